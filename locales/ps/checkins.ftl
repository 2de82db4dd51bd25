## Locale: ps (Pashto, پښتو)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Welfare check-ins. Short sentences. Keep emoji, numbers and /commands as they are.
## The staff part is shown in English; it is drafted here so every key exists.

## The offer, right after agreeing to the privacy notice, and /checkins

checkin-offer =
    💚 ایا موږ کولای شو کله ناکله ستاسو حال وپوښتو؟
    موږ یو لنډ پیغام لیږو: «حال مو څنګه دی؟» تاسو په یوه ټک ځواب ورکوئ.
    موږ یوازې ستاسو انتخاب او د ځواب وخت ساتو. هر وخت چې وغواړئ، بندولی یې شئ.
checkin-weekly-button = 📅 هره اونۍ
checkin-fortnightly-button = 🗓️ هرې دوه اونۍ
checkin-decline-button = 🔕 نه، مننه
checkin-when-question = 🕘 د ورځې کوم وخت د پیغام لپاره ښه دی؟
checkin-morning-button = 🌅 سهار
checkin-afternoon-button = ☀️ غرمه وروسته
checkin-evening-button = 🌆 ماښام
checkin-status =
    🔔 د حال پوښتنه: { $cadence ->
        [weekly] هره اونۍ
        [fortnightly] هرې دوه اونۍ
       *[off] بنده
    }
    🕘 د ورځې وخت: { $window ->
        [morning] سهار
        [afternoon] غرمه وروسته
       *[evening] ماښام
    }
    د بدلولو لپاره یوه تڼۍ ټک کړئ.
checkin-saved =
    ✅ خوندي شو. موږ به { $cadence ->
        [weekly] هره اونۍ
       *[fortnightly] هرې دوه اونۍ
    }، { $window ->
        [morning] سهار
        [afternoon] غرمه وروسته
       *[evening] ماښام
    }، ستاسو حال وپوښتو.
    د بدلولو یا بندولو لپاره: /checkins
checkin-stopped = 🔕 د حال پوښتنه بنده ده. موږ د حال پوښتنې یا تعقیبي پوښتنې نه لیږو. د بیا پیل لپاره: /checkins
checkin-stop-button = 🔕 د حال پوښتنه بنده کړئ
checkin-needs-consent = 🔒 د حال پوښتنې لپاره موږ باید لږ معلومات وساتو. مهرباني وکړئ لومړی دا ولولئ.

## The check-in

checkin-question =
    💚 سلام، له Firstport څخه. { $cadence ->
        [fortnightly] په دې دوو اونیو کې
       *[weekly] دا اونۍ
    } حال مو څنګه دی؟
    یو ځواب ټک کړئ. د دې پیغامونو د بندولو لپاره 🔕 ټک کړئ.
checkin-ok-button = 🙂 ښه یم
checkin-help-button = 🤔 په یو کار کې مرستې ته اړتیا لرم
checkin-bad-button = 😟 ښه نه یم
checkin-sos-button = 🆘 بیړنۍ مرسته
checkin-ok-thanks = 🙂 مننه چې تاسو موږ ته وویل. که موږ ته اړتیا ولرئ، موږ دلته یو.
checkin-help-menu = 🤔 په څه کې مرستې ته اړتیا لرئ؟ لاندې انتخاب کړئ.
checkin-bad-question = 😟 موږ بښنه غواړو چې شیان سخت دي. ایا غواړئ زموږ د ټیم یو کس دلته له تاسو سره اړیکه ونیسي؟
checkin-bad-yes-button = ✅ هو، مهرباني
checkin-bad-no-button = ✖️ نه، مننه
checkin-bad-declined = 💚 سمه ده. هر کله چې موږ ته اړتیا ولرئ، موږ دلته یو. وړیا شمېرې پورته دي. تاسو کولای شئ لاندې هم انتخاب وکړئ.

## Under a follow-up question

followup-yes-button = ✅ هو
followup-no-button = ❌ نه
followup-talk-button = 💬 له یو کس سره خبرې وکړئ
followup-yes-thanks = 🎉 ښه خبر دی. مننه چې تاسو موږ ته وویل.
followup-no-intro = 💚 مننه چې تاسو موږ ته وویل. دا معلومات بیا دلته دي. کېدای شي زموږ د ټیم یو کس هم دلته له تاسو سره اړیکه ونیسي.

## The tip of the week, after 🙂 OK

tip-of-the-week =
    💡 د اونۍ لارښوونه:
    { $tip }

## Command menu (setMyCommands); at most 256 characters

cmd-checkins = د حال پوښتنه: څو ځله، یا بندول

## For staff and volunteers (shown in English in the staff chat)

staff-need-welfare = د حال پوښتنې زنګ
checkin-weekly-summary =
    📊 د حال پوښتنې، له { $first } تر { $last }
    📨 ولېږل شوې: { $sent } · ځواب شوې: { $answered }
    🙂 { $ok } · 🤔 { $help } · 😟 { $bad } · 🆘 { $sos }
    🔁 تعقیبي پوښتنې ولېږل شوې: { $followups } · ⏸️ وځنډول شوې: { $postponed }
    📞 اوس د حال پوښتنې د زنګونو په لېست کې: { $calllist }
    🚫 بوټ یې بلاک کړ: { $blocked } ({ $newblocked } دا اونۍ)
checkin-offdays-title = 📅 په دې ورځو کې د حال پوښتنه، تعقیب یا بل پیغام نشته: { $days }
checkin-offdays-none = 📅 هېڅ ورځ د رخصتۍ په توګه نه ده نښه شوې.
checkin-offdays-usage = ✍️ /offdays add 2026-12-25 2026-12-26، یا یوه موده: /offdays add 2026-12-24..2027-01-01. د لغوه کولو لپاره: /offdays remove 2026-12-25
calllist-title =
    📞 د حال پوښتنې د زنګونو لېست: { $count ->
        [one] 1 کس
       *[other] { $count } کسان
    }
calllist-empty = 📞 د حال پوښتنې د زنګونو لېست خالي دی.
calllist-line = { $n }. { $name } · { $language } · { $reason }
calllist-more = …او { $count } نور.
calllist-reason-missed = 📭 { $count } پرله‌پسې د حال پوښتنې بې ځوابه
calllist-reason-not-ok = 😟 ویې ویل «ښه نه یم»، بیا یې ځواب ور نه کړ
calllist-reason-followup-no = ❌ تعقیبي پوښتنې ته یې «نه» وویل ({ $need })
calllist-call-button = 📞 { $n } خبرې پیل کړئ
calllist-done-button = ✅ { $n } بشپړ شو
calllist-outcome-question = ✅ له { $name } سره څنګه وشول؟
calllist-reached-button = 📞 اړیکه وشوه
calllist-not-reached-button = 📵 اړیکه ونه شوه
calllist-referred-button = ↪️ راجع شو
calllist-recorded = ✅ { $name }: { $outcome }. له لېست څخه ووت. لا هم په لېست کې: { $left }.
calllist-already-done = ✔️ دا کس نور د زنګونو په لېست کې نشته.
calllist-chat-started = 📞 ټکټ #{ $ticket } ستاسو دی. لومړی تاسو ولیکئ، د هغه په موضوع کې.
calllist-chat-note =
    📞 له لېست څخه د حال پوښتنې زنګ: { $reason }. پیل کوونکی: { $alias }.
    دې کس ته لا څه نه دي ویل شوي. مهرباني وکړئ لومړی تاسو ولیکئ.
    موږ د تلیفون شمېرې نه ساتو. که د تلیفون زنګ مرسته کوي، په همدې خبرو کې یې برابر کړئ.
calllist-has-ticket = 🎫 دا کس دمخه ټکټ #{ $ticket } لري. مهرباني وکړئ هماغه وکاروئ.
calllist-blocked = 🚫 دې کس بوټ بلاک کړی دی. موږ ورته لیکلی نه شو.
tip-usage =
    ✍️ /tip en 💡 ستاسو لارښوونه، په هماغه ژبه. په هر پیغام کې یوه ژبه.
    🗑 /tip clear en یوه ژبه لرې کوي. /tip clear ټولې لرې کوي.
    هغه ژبه چې لارښوونه نه لري، لارښوونه نه ترلاسه کوي، هېڅکله انګلیسي نه. لارښوونه 7 ورځې ښودل کېږي.
tip-set =
    ✅ د { $language } لپاره د اونۍ لارښوونه، له 🙂 ښه یم وروسته، { $days } ورځې:
    { $tip }
tip-cleared = ✅ لارښوونه لرې شوه: { $languages }.
tip-invalid = ⚠️ خوندي نه شوه: { $problem }.
tip-list-title = 💡 د اونۍ لارښوونې:
tip-list-line = • { $language }: { $tip }
tip-list-expired = • { $language } (له یوې اونۍ زوړ، نه ښودل کېږي): { $tip }
tip-list-empty = 💡 د اونۍ هېڅ لارښوونه نشته.
tip-list-missing = بې لارښوونې: { $languages }
