## Locale: en (English)
## Drafted by: Firstport engineering team, 2026-12-01 (source language)
## Review status: source text; plain-English review by a caseworker pending
##
## Welfare check-ins: the offer after agreeing, /checkins, the check-in and its answers, and
## the buttons under follow-up questions (the questions themselves are in triage.ftl, e.g.
## gp-followup). The part for staff (call list, weekly summary, /tip, /offdays) is shown to
## the team in English, but every key exists in every locale. Keep emoji, numbers, /commands.

## The offer, right after agreeing to the privacy notice, and /checkins

checkin-offer =
    💚 Can we check in with you now and then?
    We send one short message: "How are things?" You answer with one tap.
    We keep only your choice and when you answered. You can stop at any time.
checkin-weekly-button = 📅 Every week
checkin-fortnightly-button = 🗓️ Every two weeks
checkin-decline-button = 🔕 No, thank you
checkin-when-question = 🕘 What time of day is best for a message?
checkin-morning-button = 🌅 Morning
checkin-afternoon-button = ☀️ Afternoon
checkin-evening-button = 🌆 Evening
checkin-status =
    🔔 Check-ins: { $cadence ->
        [weekly] every week
        [fortnightly] every two weeks
       *[off] off
    }
    🕘 Time of day: { $window ->
        [morning] morning
        [afternoon] afternoon
       *[evening] evening
    }
    Tap a button to change it.
checkin-saved =
    ✅ Saved. We will check in { $cadence ->
        [weekly] every week
       *[fortnightly] every two weeks
    }, in the { $window ->
        [morning] morning
        [afternoon] afternoon
       *[evening] evening
    }.
    To change or stop: /checkins
checkin-stopped = 🔕 Check-ins are off. We will not send check-ins or follow-up questions. To start again: /checkins
checkin-stop-button = 🔕 Stop check-ins
checkin-needs-consent = 🔒 For check-ins we need to keep a little information. Please read this first.

## The check-in

checkin-question =
    💚 Hello from Firstport. How are things { $cadence ->
        [fortnightly] these last two weeks
       *[weekly] this week
    }?
    Tap one answer. To stop these messages, tap 🔕.
checkin-ok-button = 🙂 OK
checkin-help-button = 🤔 I need help with something
checkin-bad-button = 😟 Not OK
checkin-sos-button = 🆘 Urgent help
checkin-ok-thanks = 🙂 Thank you for telling us. We are here if you need us.
checkin-help-menu = 🤔 What do you need help with? Choose below.
checkin-bad-question = 😟 We are sorry things are hard. Would you like someone from our team to contact you here?
checkin-bad-yes-button = ✅ Yes, please
checkin-bad-no-button = ✖️ No, thank you
checkin-bad-declined = 💚 That is fine. We are here whenever you need us. The free numbers are above. You can also choose below.

## Under a follow-up question

followup-yes-button = ✅ Yes
followup-no-button = ❌ No
followup-talk-button = 💬 Talk to a person
followup-yes-thanks = 🎉 Good news. Thank you for telling us.
followup-no-intro = 💚 Thank you for telling us. Here is the information again. Someone from our team may also contact you here.

## The tip of the week, after 🙂 OK (the tip itself is written by staff with /tip)

tip-of-the-week =
    💡 Tip of the week:
    { $tip }

## Command menu (setMyCommands); at most 256 characters

cmd-checkins = Check-ins: how often, or stop

## For staff and volunteers (shown in English in the staff chat)

staff-need-welfare = Welfare call
checkin-weekly-summary =
    📊 Check-ins, { $first } to { $last }
    📨 Sent: { $sent } · answered: { $answered }
    🙂 { $ok } · 🤔 { $help } · 😟 { $bad } · 🆘 { $sos }
    🔁 Follow-ups sent: { $followups } · ⏸️ postponed: { $postponed }
    📞 On the welfare call list now: { $calllist }
    🚫 Blocked the bot: { $blocked } ({ $newblocked } this week)
checkin-offdays-title = 📅 No check-ins, follow-ups or other messages on: { $days }
checkin-offdays-none = 📅 No days are marked off.
checkin-offdays-usage = ✍️ /offdays add 2026-12-25 2026-12-26, or a range: /offdays add 2026-12-24..2027-01-01. To undo: /offdays remove 2026-12-25
calllist-title =
    📞 Welfare call list: { $count ->
        [one] 1 person
       *[other] { $count } people
    }
calllist-empty = 📞 The welfare call list is empty.
calllist-line = { $n }. { $name } · { $language } · { $reason }
calllist-more = …and { $count } more.
calllist-reason-missed = 📭 { $count } check-ins in a row with no answer
calllist-reason-not-ok = 😟 said "Not OK", then no answer
calllist-reason-followup-no = ❌ "No" to a follow-up ({ $need })
calllist-call-button = 📞 { $n } Start a chat
calllist-done-button = ✅ { $n } Done
calllist-outcome-question = ✅ How did it go with { $name }?
calllist-reached-button = 📞 Reached
calllist-not-reached-button = 📵 Not reached
calllist-referred-button = ↪️ Referred
calllist-recorded = ✅ { $name }: { $outcome }. Off the list. Still on the list: { $left }.
calllist-already-done = ✔️ This person is no longer on the call list.
calllist-chat-started = 📞 Ticket #{ $ticket } is yours. Write first, in its topic.
calllist-chat-note =
    📞 Welfare call from the call list: { $reason }. Started by { $alias }.
    The person has not been told anything yet. Please write first.
    We keep no phone numbers. If a phone call would help, arrange it in this chat.
calllist-has-ticket = 🎫 This person already has ticket #{ $ticket }. Please use that one.
calllist-blocked = 🚫 This person has blocked the bot. We cannot write to them.
tip-usage =
    ✍️ /tip en 💡 Your tip, in that language. One language per message.
    🗑 /tip clear en removes one language. /tip clear removes all.
    A language with no tip gets no tip, never the English one. A tip is shown for 7 days.
tip-set =
    ✅ Tip of the week for { $language }, shown after 🙂 OK for { $days } days:
    { $tip }
tip-cleared = ✅ Tip removed: { $languages }.
tip-invalid = ⚠️ Not saved: { $problem }.
tip-list-title = 💡 Tips of the week:
tip-list-line = • { $language }: { $tip }
tip-list-expired = • { $language } (older than a week, not shown): { $tip }
tip-list-empty = 💡 No tip of the week is set.
tip-list-missing = No tip in: { $languages }
