## Locale: sq (Albanian, Shqip)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📣 Staff broadcasts. First what clients see (template notices, the "(English)" marker and
## the buttons), then the staff wizard. The staff texts are shown in English (STAFF_LOCALE) and
## are kept in English here on purpose; only the client texts are drafted in this language.

## Template notices. Site names come from the directory; dates and times are formatted for
## this language.

notice-closed = ⛔ Qendra e pritjes (drop-in) në { $site } është e mbyllur më { $date }.
notice-moved = 📍 Qendra e pritjes (drop-in) e { $date } u zhvendos në { $site }, në orën { $time }.
notice-esol = 📚 Një kurs i ri anglishteje (ESOL) fillon më { $date }. Regjistrohuni në qendrën e pritjes.

## Free text sent in English to someone whose language has no version

broadcast-in-english = (në anglisht)

## Buttons on a broadcast

broadcast-got-it = 👍 E kuptova
broadcast-book-button = 📅 Rezervoni një orë
broadcast-thanks = 👍 Faleminderit.

## The wizard (staff)

broadcast-kind-question = 📣 New broadcast #{ $id }. What kind?
broadcast-kind-template = 📋 Template notice
broadcast-kind-text = ✏️ Free text
broadcast-template-question = Which notice? It is already written in every language.
broadcast-notice-closed = ⛔ Drop-in closed
broadcast-notice-moved = 📍 Drop-in moved
broadcast-notice-esol = 📚 New ESOL class
broadcast-session-question = Which drop-in session is it about?
broadcast-no-sessions = There are no drop-in sessions in the next 4 weeks, so there is nothing to give notice of.
broadcast-card =
    📣 Broadcast #{ $id } (draft)
    Content: { $kind }
    Versions: { $versions }
    Audience: { $audience } → { $total } people ({ $counts })
    Languages without a version: { $missing } → { $choice }
    Button: { $button }
    When: { $when }
broadcast-help-card =
    Audience: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N (combined with AND)
    Time: /broadcast at YYYY-MM-DD HH:MM (Europe/London) | /broadcast at now
    Free text: /version LANGUAGE text (one per language; a photo with that caption adds the photo)
broadcast-now = now
broadcast-everyone-button = 👥 Everyone
broadcast-booked-button = 📅 Booked on this session
broadcast-button-none = No button
broadcast-button-ack = 👍 Got it
broadcast-button-book = 📅 Booking link
broadcast-missing-skip = Skip those people
broadcast-missing-english = Send English, marked "(English)"
broadcast-preview-button = 👁 Preview and confirm
broadcast-cancel-button = ✖ Cancel
broadcast-send-button = ✅ Send
broadcast-preview-header = 👁 { $lang } · { $count } people · { $how } (own = their own version, english = the English version marked "(English)", skip = not sent)
broadcast-confirm =
    📣 Broadcast #{ $id }: { $total } people
    { $lines }
    When: { $when } · Needs a second staff member's approval: { $approval }
    Press ✅ Send to confirm.
broadcast-need-kind = Choose a kind first.
broadcast-need-template = Choose the notice and its session first.
broadcast-need-version = Add a text first: /version en Your text
broadcast-nobody = Nobody is in this audience.
broadcast-need-missing-choice = Some languages in the audience have no version: choose "Skip those people" or "Send English".
broadcast-need-english = To send English to the other languages, add an English version: /version en Your text
broadcast-need-preview = Preview it first: every version is shown before it can be sent.
broadcast-started = 📣 Broadcast #{ $id } is sending to { $total } people. Progress is shown in the staff chat; /broadcast_cancel stops it.
broadcast-scheduled = 🕒 Broadcast #{ $id } will start at { $when } (Europe/London).
broadcast-awaiting = ⏳ Broadcast #{ $id } goes to { $total } people, more than { $threshold }: a second staff member must press Approve in the staff chat.
broadcast-approval-request = ⏳ Broadcast #{ $id } to { $total } people needs a second staff member's approval.
broadcast-approve-button = ✅ Approve
broadcast-approve-self = You created this broadcast: another staff member must approve it.
broadcast-approved = ✅ Broadcast #{ $id } approved.
broadcast-gone = This broadcast is no longer waiting for that.
broadcast-dropped = ✖ Broadcast #{ $id } dropped.
broadcast-no-draft = There is no free-text broadcast draft. Start one with /broadcast.
broadcast-usage = Use: /broadcast, /broadcast to …, /broadcast at …
broadcast-version-usage = Use: /version LANGUAGE text. Languages: { $locales }
broadcast-version-saved = ✅ Version { $lang } saved (added by { $by }).
broadcast-audience-usage = Use: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N
broadcast-at-usage = Use: /broadcast at YYYY-MM-DD HH:MM (a future time, Europe/London) or /broadcast at now
broadcast-cancelled = ✖ Broadcast #{ $id } cancelled. What was sent stays sent.
broadcast-nothing-to-cancel = There is no broadcast to cancel.
broadcast-edit-usage = Use: /broadcast_edit ID LANGUAGE corrected text
broadcast-edit-template = Only a language version of a free-text broadcast can be edited. For a template notice, delete it and send a corrected one.
broadcast-edited = ✏️ Broadcast #{ $id }: { $count } copies in { $lang } are being corrected.
broadcast-delete-usage = Use: /broadcast_delete ID (a broadcast that was sent)
broadcast-deleted = 🗑 Broadcast #{ $id }: { $count } copies are being deleted.
broadcast-unknown = There is no sent broadcast #{ $id }.
broadcast-progress =
    📣 Broadcast #{ $id }
    { $bar } { $percent }%
    ✅ sent { $sent } · ❌ failed { $failed } · ⏳ left { $left } · about { $eta } to go
broadcast-report =
    📣 Broadcast #{ $id }: final report
    People: { $total }
    ✅ Delivered: { $sent }
    ❌ Not delivered: blocked the bot { $blocked } · account gone { $gone } · refused or gave up { $failed }
    ➖ Not sent: no version in their language { $skipped } · daily limit reached { $capped } · cancelled { $cancelled }
    Per language (delivered/people): { $languages }
    Button presses: { $pressed }
