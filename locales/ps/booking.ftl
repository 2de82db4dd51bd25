## Locale: ps (Pashto, پښتو)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📅 Drop-in: sessions, booking, the waitlist, reminders, closures; then the staff lists.
## Site names and addresses come from the directory and stay as they are.

menu-dropin = 📅 د مرستې مرکز (drop-in)

## Who attends (rota roles in directory/dropin/*.yaml) and what to bring

dropin-role-casework = 🏠 د کور او ASPEN کارت په اړه مرسته
dropin-role-esol = 📚 د انګلیسي ژبې په کورسونو کې نوم ثبتول
dropin-role-health = 🩺 له ډاکټر او د غاښونو ډاکټر سره نوم ثبتول
dropin-role-welfare = 🤝 خواړه، جامې او نورې مرستې
dropin-bring-casework = ستاسو د کور یا د پناه غوښتنې د مرستې په اړه هر ډول لیکونه. که لرئ، د هغو شیانو عکسونه چې مات دي او جوړېدو ته اړتیا لري.
dropin-bring-esol = هر ډول پېژند پاڼه (ID) چې لرئ.
dropin-bring-health = له ډاکټر، د غاښونو ډاکټر یا روغتون څخه هر ډول لیکونه.
dropin-bring-welfare = هر هغه لیک چې په اړه یې مرسته غواړئ.

## The drop-in screen

booking-intro = 📅 د مرستې مرکز (drop-in): وړیا مرسته، مخامخ. تاسو کولی شئ همداسې راشئ، یا وخت ونیسئ.
booking-session-line = 📍 { $site } · { $day } · { $start }–{ $end }
booking-session-who = 👥 { $roles }
booking-session-closed = ⛔ { $site } · { $day }: بند دی
booking-times-unconfirmed = ⚠️ دا وختونه ښايي بدل شي. مهرباني وکړئ له تګ مخکې یې وګورئ.
booking-what-need = په څه کې مرستې ته اړتیا لرئ؟
booking-none = 📅 په راتلونکو 4 اونیو کې د مرستې مرکز (drop-in) هېڅ ناسته نه لري.
booking-walk-in-button = 🚶 بې له وخت نیولو راځم
booking-walk-in-text = 🚶 وخت نیولو ته اړتیا نشته. دې ناستو ته چې هره یې غواړئ، راشئ.
booking-map = 📍 { $site }
booking-mine-button = 📋 زما وختونه
booking-back = ↩️ شاته
booking-needs-consent = 🔒 د وخت نیولو لپاره، موږ باید ستاسو لومړی نوم او ژبه وساتو.

## Choosing a session and a time

booking-pick-session = { $role }: یو ځای او یوه ورځ وټاکئ.
booking-change-pick = 🔁 { $role }: یوه نوې ورځ وټاکئ. ستاسو زوړ وخت تر هغه پاتې کېږي چې نوی وخت ونیسئ.
booking-role-none = 😔 { $role }: په راتلونکو 4 اونیو کې هېڅ ناسته نشته.
booking-session-open = 📍 { $site } · { $day }
booking-session-full = ⏳ { $site } · { $day } · ډکه ده
booking-pick-time = 🕙 { $role }. { $site }، { $day }. یو وخت وټاکئ.
booking-time-button = 🕙 { $time }
booking-full = 😔 دا ناسته ډکه ده ({ $site }، { $day }). د انتظار لیست ته ورګډېږئ؟ که کوم ځای خالي شو، موږ به تاسو ته پیغام درولېږو.
booking-join-waitlist = ⏳ د انتظار لیست ته ورګډېدل

## Interpreter

booking-interpreter-question = 🗣 ژباړونکی غواړئ؟
booking-interpreter-yes = 🗣 هو: { $language }
booking-interpreter-other = 🌐 بله ژبه
booking-interpreter-no = 🙅 نه، مننه
booking-interpreter-pick = 🌐 کومه ژبه؟
booking-interpreter-none = نه

## Booked

booking-confirmed =
    ✅ ستاسو وخت ونیول شو.

    📋 څه: { $role }
    📍 چېرته: { $site }، { $address }
    🕙 کله: { $when }
    🗣 ژباړونکی: { $interpreter }
    🎒 له ځانه سره راوړئ: { $bring }

    🔔 یوه ورځ مخکې او 2 ساعته مخکې به تاسو ته یادونه وکړو.
booking-ics-caption = 📅 دا په خپل کلیز (calendar) کې ورزیات کړئ.
booking-ics-summary = د مرستې مرکز (drop-in): { $role } ({ $site })
booking-ics-description = له ځانه سره راوړئ: { $bring }
booking-ics-alarm = د مرستې مرکز (drop-in) 2 ساعته وروسته

## Problems

booking-err-closed = ⛔ بښنه غواړو، دا ناسته بنده ده.
booking-err-gone = 😔 دا نور شونی نه دی. مهرباني وکړئ بیا وټاکئ.
booking-err-too-late = ⏰ د دې وخت نیولو لپاره ډېر ناوخته دی. مهرباني وکړئ یو وروسته وخت وټاکئ.
booking-err-already = ℹ️ تاسو د دې ناستې لپاره دمخه وخت نیولی دی. 📋 زما وختونه وګورئ.
booking-err-limit = ℹ️ تاسو په یو وخت کې { $max } نیول شوي وختونه لرلی شئ. لومړی په 📋 زما وختونه کې یو لغوه کړئ.
booking-err-full = 😔 بښنه غواړو، وروستی ځای همدا اوس ونیول شو.
booking-err-slot-taken = 😔 یو بل چا همدا اوس هغه وخت ونیو. مهرباني وکړئ بل وخت وټاکئ.
booking-err-not-active = ℹ️ دا وخت نور فعال نه دی.

## The waitlist

booking-waitlist-joined = ⏳ تاسو د انتظار په لیست کې یاست. ستاسو شمېره { $position } ده. که کوم ځای خالي شو، موږ به تاسو ته پیغام درولېږو.
booking-waitlist-already = ℹ️ تاسو دمخه د انتظار په لیست کې یاست. ستاسو شمېره { $position } ده.
booking-waitlist-booked = ℹ️ تاسو د دې ناستې لپاره دمخه وخت نیولی دی.
booking-waitlist-left = ✅ تاسو د انتظار له لیست څخه ووتلئ.
booking-offer-text = 🎉 یو ځای خالي شو: { $role }، { $site }، { $when }. غواړئ یې؟ تر { $until } پورې یې ستاسو لپاره ساتو.
booking-offer-take = ✅ ځای اخلم
booking-offer-decline = ❌ نه، مننه
booking-offer-expired = ⌛ د ځای اخیستلو وخت تېر شو. ځای بل کس ته ورکړل شو. تاسو کولی شئ په 📅 د مرستې مرکز (drop-in) کې بله ناسته وټاکئ.
booking-offer-declined = 👍 سمه ده. ځای بل کس ته ورکول کېږي.

## My bookings

booking-mine-title = 📋 ستاسو وختونه
booking-mine-empty = 📋 تاسو هېڅ نیول شوی وخت نه لرئ.
booking-mine-line = { $number }. { $role } · { $site } · { $when }
booking-mine-waiting = { $number }. ⏳ د انتظار لیست: { $role } · { $site } · { $day }
booking-change-number = 🔁 بدلول { $number }
booking-cancel-number = ❌ لغوه کول { $number }
booking-leave-waitlist = 🚪 د انتظار له لیست وتل { $number }
booking-cancel-confirm = ❓ دا وخت لغوه کړو؟ { $role }، { $site }، { $when }.
booking-cancel-yes = ✅ هو، لغوه یې کړئ
booking-cancel-no = ↩️ نه، ویې ساتئ
booking-cancelled = ✅ لغوه شو. مننه چې تاسو موږ ته ووېل. ستاسو ځای اوس بل چا ته ورکول کېدای شي.

## Reminders

booking-reminder-eve = 🔔 سبا په { $time }: { $role }، { $site } ({ $address }).
booking-reminder-soon = 🔔 نن په { $time }: { $role }، { $site } ({ $address }).
booking-come-button = ✅ راځم
booking-cancel-button = ❌ لغوه کول
booking-change-button = 🔁 بدلول
booking-come-thanks = 👍 مننه. هلته به مو ووینو.

## A session is closed

booking-closed-notice = ⛔ په { $site } کې د مرستې مرکز (drop-in) د { $day } په ورځ بند دی. { $reason } بښنه غواړو. ستاسو وخت لغوه شو.
booking-closed-next = 📅 تاسو کولی شئ په راتلونکو ناستو کې یو وخت ونیسئ:
booking-book-again = 📅 { $site } · { $day }
booking-reason-holiday = رخصتي ده.
booking-reason-weather = دا د هوا د حالت له امله ده.
booking-reason-staff = کافي کارکوونکي نشته.
booking-reason-building = ودانۍ بنده ده.
booking-reason-other = یو شی بدل شوی دی.

## From a triage outcome

booking-button-triage = 📅 د مرستې په مرکز (drop-in) کې وخت نیول

## Staff: drop-in lists (/today, /day, /sessions, /close, /capacity)

sessions-title = 📅 په راتلونکو 4 اونیو کې ناستې
sessions-line-open = { $code } · { $site } · { $day } { $start }–{ $end } · نیول شوي { $booked } · په انتظار { $waiting } · راغلي { $arrived } · نه دي راغلي { $noshow }
sessions-line-closed = ⛔ { $code } · { $site } · { $day } · بنده ({ $reason })
sessions-unconfirmed = ⚠️ وختونه تایید شوي نه دي (directory/dropin/ وګورئ)
sessions-none = 📅 په راتلونکو 4 اونیو کې هېڅ ناسته نشته.
sessions-day-title = 📋 { $site } · { $day } · { $start }–{ $end } ({ $code })
sessions-day-closed = ⛔ بنده ({ $reason })
sessions-day-counts = نیول شوي { $booked } · راغلي { $arrived } · نه دي راغلي { $noshow } · په انتظار { $waiting } · بې وخته راتلونکو ته ساتل شوي { $walkin }
sessions-day-entry = { $time } · { $name } · { $role } · { $language } · 🗣 { $interpreter } · { $state }
sessions-day-waiting = ⏳ { $position }. { $name } · { $role } · { $language } · 🗣 { $interpreter }
sessions-day-empty = تر اوسه هېڅ وخت نه دی نیول شوی.
sessions-day-none = 📅 د { $day } په ورځ هېڅ ناسته نشته.
sessions-no-interpreter = نه
sessions-state-held = وړاندیز شوی (د انتظار لیست)
sessions-state-booked = نیول شوی
sessions-state-arrived = ✅ راغی
sessions-state-no-show = ⛔ رانغی
sessions-state-cancelled = لغوه شو
sessions-state-expired = وړاندیز پای ته ورسېد
sessions-state-closed = بند
sessions-confirmed = ، راځي
sessions-arrived-button = ✅ { $time } { $name }
sessions-noshow-button = ⛔ { $time } { $name }
sessions-marked = { $name }: { $state }
sessions-bad-date = داسې نېټه وکاروئ لکه 2026-12-03، یا today، یا tomorrow.
sessions-unknown-site = ناپېژندل شوی ځای. ځایونه: { $sites }
sessions-close-usage = کارول: /close DATE SITE REASON [note]. دلیلونه: { $reasons }. بېلګه: /close 2026-12-03 castlegate weather
sessions-already-closed = ⛔ د { $day } هغه ناسته دمخه بنده ده.
sessions-closed-done = ⛔ بنده شوه: { $site }، { $day }. { $booked } هغو کسانو ته چې وخت یې نیولی، او { $waiting } هغو کسانو ته چې په انتظار دي، هر یوه ته په خپله ژبه خبر ورکوو. د لېږلو راپور به دلته راشي.
sessions-closure-report = 📣 بندېدل { $code }: { $sent } کسانو ته خبر ورکړل شو، { $failed } ناکام، { $dropped } کسانو بوټ بلاک کړی، { $waiting } لا هم په انتظار.
sessions-capacity-usage = کارول: /capacity DATE SITE ROLE N، ترڅو N ځایونه بې وخته راتلونکو ته وساتل شي. رولونه: { $roles }
sessions-capacity-done = ✅ { $site }، { $day }، { $role }: { $walkin } ځایونه بې وخته راتلونکو ته ساتل شوي، { $bookable } د نیولو وړ، { $taken } نیول شوي.

## Command menu (setMyCommands)

cmd-mybookings = زما وختونه
