## Locale: ckb (Kurdish Sorani, کوردی)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📅 Drop-in: sessions, booking, the waitlist, reminders, closures; then the staff lists.
## Site names and addresses come from the directory and stay as they are.

menu-dropin = 📅 بنکەی یارمەتی (drop-in)

## Who attends (rota roles in directory/dropin/*.yaml) and what to bring

dropin-role-casework = 🏠 یارمەتی بۆ خانوو و کارتی ASPEN
dropin-role-esol = 📚 ناو تۆمارکردن بۆ خولی ئینگلیزی
dropin-role-health = 🩺 ناو تۆمارکردن لای دکتۆر و دکتۆری ددان
dropin-role-welfare = 🤝 خواردن، جل و بەرگ و یارمەتیی تر
dropin-bring-casework = هەر نامەیەکتان هەیە دەربارەی خانوو یان یارمەتیی پەنابەری. وێنەی ئەو شتانەی پێویستیان بە چاککردنەوەیە، ئەگەر هەتانە.
dropin-bring-esol = هەر ناسنامەیەکتان هەیە.
dropin-bring-health = هەر نامەیەکتان هەیە لە دکتۆر، دکتۆری ددان یان نەخۆشخانەوە.
dropin-bring-welfare = ئەو نامانەی دەتانەوێت یارمەتییان تێدا وەربگرن.

## The drop-in screen

booking-intro = 📅 بنکەی یارمەتی (drop-in): یارمەتیی بەخۆڕایی، ڕووبەڕوو. دەتوانن هەروا بێن، یان نۆرە بگرن.
booking-session-line = 📍 { $site } · { $day } · { $start }–{ $end }
booking-session-who = 👥 { $roles }
booking-session-closed = ⛔ { $site } · { $day }: داخراوە
booking-times-unconfirmed = ⚠️ لەوانەیە ئەم کاتانە بگۆڕێن. تکایە پێش ئەوەی بکەونە ڕێ، بپشکنن.
booking-what-need = بۆ چی یارمەتیتان دەوێت؟
booking-none = 📅 لە 4 هەفتەی داهاتوودا بنکەی یارمەتی (drop-in) هیچ ڕۆژێکی کراوەی نییە.
booking-walk-in-button = 🚶 هەروا وەرن
booking-walk-in-text = 🚶 پێویست ناکات نۆرە بگرن. لە هەر یەکێک لەم ڕۆژانەدا وەرن.
booking-map = 📍 { $site }
booking-mine-button = 📋 نۆرەکانم
booking-back = ↩️ گەڕانەوە
booking-needs-consent = 🔒 بۆ گرتنی نۆرە، پێویستە ناوی یەکەمتان و زمانەکەتان هەڵبگرین.

## Choosing a session and a time

booking-pick-session = { $role }: شوێنێک و ڕۆژێک هەڵبژێرن.
booking-change-pick = 🔁 { $role }: ڕۆژێکی نوێ هەڵبژێرن. نۆرە کۆنەکەتان دەمێنێت تا نۆرە نوێیەکە دەگرن.
booking-role-none = 😔 { $role }: لە 4 هەفتەی داهاتوودا هیچ ڕۆژێک نییە.
booking-session-open = 📍 { $site } · { $day }
booking-session-full = ⏳ { $site } · { $day } · پڕە
booking-pick-time = 🕙 { $role }. { $site }، { $day }. کاتێک هەڵبژێرن.
booking-time-button = 🕙 { $time }
booking-full = 😔 ئەم ڕۆژە پڕە ({ $site }، { $day }). دەتانەوێت بچنە ناو لیستی چاوەڕوانی؟ ئەگەر جێگەیەک بەتاڵ بوو، نامەتان بۆ دەنێرین.
booking-join-waitlist = ⏳ چوونە ناو لیستی چاوەڕوانی

## Interpreter

booking-interpreter-question = 🗣 وەرگێڕتان دەوێت؟
booking-interpreter-yes = 🗣 بەڵێ: { $language }
booking-interpreter-other = 🌐 زمانێکی تر
booking-interpreter-no = 🙅 نەخێر، سوپاس
booking-interpreter-pick = 🌐 کام زمان؟
booking-interpreter-none = نەخێر

## Booked

booking-confirmed =
    ✅ نۆرەکەتان گیرا.

    📋 چی: { $role }
    📍 لە کوێ: { $site }، { $address }
    🕙 کەی: { $when }
    🗣 وەرگێڕ: { $interpreter }
    🎒 لەگەڵ خۆتان بهێنن: { $bring }

    🔔 ڕۆژێک پێشتر و 2 کاتژمێر پێشتر بیرتان دەخەینەوە.
booking-ics-caption = 📅 ئەمە بخەنە ناو ساڵنامەکەتان (کالێندەر).
booking-ics-summary = بنکەی یارمەتی (drop-in): { $role } ({ $site })
booking-ics-description = لەگەڵ خۆتان بهێنن: { $bring }
booking-ics-alarm = بنکەی یارمەتی (drop-in) 2 کاتژمێری تر

## Problems

booking-err-closed = ⛔ ببورن، ئەم ڕۆژە داخراوە.
booking-err-gone = 😔 ئەمە ئیتر ناکرێت. تکایە دووبارە هەڵبژێرن.
booking-err-too-late = ⏰ درەنگە بۆ گرتنی ئەم کاتە. تکایە کاتێکی دواتر هەڵبژێرن.
booking-err-already = ℹ️ پێشتر بۆ ئەم ڕۆژە نۆرەتان گرتووە. سەیری 📋 نۆرەکانم بکەن.
booking-err-limit = ℹ️ لە یەک کاتدا دەتوانن { $max } نۆرەتان هەبێت. سەرەتا یەکێکیان لە 📋 نۆرەکانم هەڵبوەشێننەوە.
booking-err-full = 😔 ببورن، دوایین جێگە ئێستا گیرا.
booking-err-slot-taken = 😔 کەسێک ئێستا ئەو کاتەی گرت. تکایە کاتێکی تر هەڵبژێرن.
booking-err-not-active = ℹ️ ئەم نۆرەیە ئیتر چالاک نییە.

## The waitlist

booking-waitlist-joined = ⏳ ئێستا لە لیستی چاوەڕوانیدان. ژمارەی ئێوە لە ڕیزدا: { $position }. ئەگەر جێگەیەک بەتاڵ بوو، نامەتان بۆ دەنێرین.
booking-waitlist-already = ℹ️ پێشتر لە لیستی چاوەڕوانیدان. ژمارەی ئێوە لە ڕیزدا: { $position }.
booking-waitlist-booked = ℹ️ پێشتر بۆ ئەم ڕۆژە نۆرەتان گرتووە.
booking-waitlist-left = ✅ لە لیستی چاوەڕوانی هاتنە دەرەوە.
booking-offer-text = 🎉 جێگەیەک بەتاڵ بوو: { $role }، { $site }، { $when }. دەتانەوێت؟ تا { $until } بۆتانی دەهێڵینەوە.
booking-offer-take = ✅ وەرگرتنی جێگەکە
booking-offer-decline = ❌ نەخێر، سوپاس
booking-offer-expired = ⌛ کاتی وەرگرتنی جێگەکە تێپەڕی. درا بە کەسی دواتر. دەتوانن لە 📅 بنکەی یارمەتی (drop-in) ڕۆژێکی تر هەڵبژێرن.
booking-offer-declined = 👍 باشە. جێگەکە دەدرێت بە کەسی دواتر.

## My bookings

booking-mine-title = 📋 نۆرەکانتان
booking-mine-empty = 📋 هیچ نۆرەیەکتان نییە.
booking-mine-line = { $number }. { $role } · { $site } · { $when }
booking-mine-waiting = { $number }. ⏳ لیستی چاوەڕوانی: { $role } · { $site } · { $day }
booking-change-number = 🔁 گۆڕینی { $number }
booking-cancel-number = ❌ هەڵوەشاندنەوەی { $number }
booking-leave-waitlist = 🚪 دەرچوون لە لیستی چاوەڕوانی { $number }
booking-cancel-confirm = ❓ ئەم نۆرەیە هەڵبوەشێنرێتەوە؟ { $role }، { $site }، { $when }.
booking-cancel-yes = ✅ بەڵێ، هەڵیبوەشێنەوە
booking-cancel-no = ↩️ نەخێر، با بمێنێت
booking-cancelled = ✅ هەڵوەشایەوە. سوپاس کە پێتان گوتین. جێگەکەتان دەدرێت بە کەسێکی تر.

## Reminders

booking-reminder-eve = 🔔 سبەینێ کاتژمێر { $time }: { $role }، { $site } ({ $address }).
booking-reminder-soon = 🔔 ئەمڕۆ کاتژمێر { $time }: { $role }، { $site } ({ $address }).
booking-come-button = ✅ دێم
booking-cancel-button = ❌ هەڵوەشاندنەوە
booking-change-button = 🔁 گۆڕین
booking-come-thanks = 👍 سوپاس. لەوێ دەتانبینین.

## A session is closed

booking-closed-notice = ⛔ بنکەی یارمەتی (drop-in) لە { $site } لە ڕۆژی { $day } داخراوە. { $reason } داوای لێبوردن دەکەین. نۆرەکەتان هەڵوەشایەوە.
booking-closed-next = 📅 دەتوانن بۆ یەکێک لەم ڕۆژانەی داهاتوو نۆرە بگرن:
booking-book-again = 📅 { $site } · { $day }
booking-reason-holiday = ڕۆژی پشووە.
booking-reason-weather = بەهۆی کەش و هەواوەیە.
booking-reason-staff = کارمەندی تەواومان نییە.
booking-reason-building = بیناکە داخراوە.
booking-reason-other = شتێک گۆڕاوە.

## From a triage outcome

booking-button-triage = 📅 گرتنی نۆرە لە بنکەی یارمەتی (drop-in)

## Staff: drop-in lists (/today, /day, /sessions, /close, /capacity)

sessions-title = 📅 ڕۆژەکانی بنکەی یارمەتی لە 4 هەفتەی داهاتوودا
sessions-line-open = { $code } · { $site } · { $day } { $start }–{ $end } · نۆرەگرتوو { $booked } · چاوەڕوان { $waiting } · هاتوو { $arrived } · نەهاتوو { $noshow }
sessions-line-closed = ⛔ { $code } · { $site } · { $day } · داخراوە ({ $reason })
sessions-unconfirmed = ⚠️ کاتەکان پشتڕاست نەکراونەتەوە (سەیری directory/dropin/ بکەن)
sessions-none = 📅 لە 4 هەفتەی داهاتوودا هیچ ڕۆژێک نییە.
sessions-day-title = 📋 { $site } · { $day } · { $start }–{ $end } ({ $code })
sessions-day-closed = ⛔ داخراوە ({ $reason })
sessions-day-counts = نۆرەگرتوو { $booked } · هاتوو { $arrived } · نەهاتوو { $noshow } · چاوەڕوان { $waiting } · هێڵراوە بۆ ئەوانەی بێ نۆرە دێن { $walkin }
sessions-day-entry = { $time } · { $name } · { $role } · { $language } · 🗣 { $interpreter } · { $state }
sessions-day-waiting = ⏳ { $position }. { $name } · { $role } · { $language } · 🗣 { $interpreter }
sessions-day-empty = هێشتا هیچ نۆرەیەک نییە.
sessions-day-none = 📅 لە { $day } هیچ ڕۆژێکی بنکەی یارمەتی نییە.
sessions-no-interpreter = نەخێر
sessions-state-held = پێشکەشکراوە (لیستی چاوەڕوانی)
sessions-state-booked = نۆرەی گرتووە
sessions-state-arrived = ✅ هات
sessions-state-no-show = ⛔ نەهات
sessions-state-cancelled = هەڵوەشایەوە
sessions-state-expired = ماوەی پێشکەشکردن تەواو بوو
sessions-state-closed = داخراوە
sessions-confirmed = ، دێت
sessions-arrived-button = ✅ { $time } { $name }
sessions-noshow-button = ⛔ { $time } { $name }
sessions-marked = { $name }: { $state }
sessions-bad-date = بەروارێک وەک 2026-12-03 بەکاربهێنن، یان today، یان tomorrow.
sessions-unknown-site = شوێنی نەناسراو. شوێنەکان: { $sites }
sessions-close-usage = بەکارهێنان: /close DATE SITE REASON [note]. هۆکارەکان: { $reasons }. نموونە: /close 2026-12-03 castlegate weather
sessions-already-closed = ⛔ ئەو ڕۆژە ({ $day }) پێشتر داخراوە.
sessions-closed-done = ⛔ داخرا: { $site }، { $day }. بە زمانی خۆیان ئاگاداری { $booked } کەسی نۆرەگرتوو و { $waiting } کەسی چاوەڕوان دەکەینەوە. ڕاپۆرتی گەیاندن لێرە دێت.
sessions-closure-report = 📣 داخستنی { $code }: { $sent } ئاگادار کرانەوە، { $failed } نەگەیشت، { $dropped } بۆتەکەیان بلۆک کردووە، { $waiting } هێشتا چاوەڕوانن.
sessions-capacity-usage = بەکارهێنان: /capacity DATE SITE ROLE N بۆ هێشتنەوەی N جێگە بۆ ئەوانەی بێ نۆرە دێن. ڕۆڵەکان: { $roles }
sessions-capacity-done = ✅ { $site }، { $day }، { $role }: { $walkin } جێگە بۆ ئەوانەی بێ نۆرە دێن هێڵرایەوە، { $bookable } جێگە بۆ نۆرەگرتن، { $taken } گیراون.

## Command menu (setMyCommands)

cmd-mybookings = نۆرەکانم
