## Locale: fa (Farsi, فارسی)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Welfare check-ins. Short sentences. Keep emoji, numbers and /commands as they are.
## The staff part is shown in English; it is drafted here so every key exists.

## The offer, right after agreeing to the privacy notice, and /checkins

checkin-offer =
    💚 می‌توانیم هر از گاهی حال شما را بپرسیم؟
    یک پیام کوتاه می‌فرستیم: «حالتان چطور است؟» با یک لمس جواب می‌دهید.
    فقط انتخاب شما و زمان جوابتان را نگه می‌داریم. هر وقت بخواهید می‌توانید آن را متوقف کنید.
checkin-weekly-button = 📅 هر هفته
checkin-fortnightly-button = 🗓️ هر دو هفته
checkin-decline-button = 🔕 نه، ممنون
checkin-when-question = 🕘 چه وقتی از روز برای پیام بهتر است؟
checkin-morning-button = 🌅 صبح
checkin-afternoon-button = ☀️ بعدازظهر
checkin-evening-button = 🌆 عصر
checkin-status =
    🔔 احوال‌پرسی: { $cadence ->
        [weekly] هر هفته
        [fortnightly] هر دو هفته
       *[off] خاموش
    }
    🕘 وقت روز: { $window ->
        [morning] صبح
        [afternoon] بعدازظهر
       *[evening] عصر
    }
    برای تغییر، یک دکمه را بزنید.
checkin-saved =
    ✅ ذخیره شد. { $cadence ->
        [weekly] هر هفته
       *[fortnightly] هر دو هفته
    }، { $window ->
        [morning] صبح
        [afternoon] بعدازظهر
       *[evening] عصر
    }، حالتان را می‌پرسیم.
    برای تغییر یا توقف: /checkins
checkin-stopped = 🔕 احوال‌پرسی خاموش است. پیام احوال‌پرسی یا سؤال پیگیری نمی‌فرستیم. برای شروع دوباره: /checkins
checkin-stop-button = 🔕 توقف احوال‌پرسی
checkin-needs-consent = 🔒 برای احوال‌پرسی باید کمی اطلاعات نگه داریم. لطفاً اول این را بخوانید.

## The check-in

checkin-question =
    💚 سلام از Firstport. حالتان { $cadence ->
        [fortnightly] در این دو هفته
       *[weekly] این هفته
    } چطور است؟
    یک جواب را بزنید. برای توقف این پیام‌ها، 🔕 را بزنید.
checkin-ok-button = 🙂 خوبم
checkin-help-button = 🤔 در کاری کمک لازم دارم
checkin-bad-button = 😟 خوب نیستم
checkin-sos-button = 🆘 کمک فوری
checkin-ok-thanks = 🙂 ممنون که به ما گفتید. اگر به ما نیاز داشتید، اینجا هستیم.
checkin-help-menu = 🤔 در چه کاری کمک لازم دارید؟ از پایین انتخاب کنید.
checkin-bad-question = 😟 متأسفیم که اوضاع سخت است. می‌خواهید کسی از تیم ما اینجا با شما تماس بگیرد؟
checkin-bad-yes-button = ✅ بله، لطفاً
checkin-bad-no-button = ✖️ نه، ممنون
checkin-bad-declined = 💚 اشکالی ندارد. هر وقت به ما نیاز داشتید، اینجا هستیم. شماره‌های رایگان در بالا هستند. می‌توانید از پایین هم انتخاب کنید.

## Under a follow-up question

followup-yes-button = ✅ بله
followup-no-button = ❌ نه
followup-talk-button = 💬 صحبت با یک نفر
followup-yes-thanks = 🎉 خبر خوبی است. ممنون که به ما گفتید.
followup-no-intro = 💚 ممنون که به ما گفتید. این اطلاعات دوباره اینجاست. شاید کسی از تیم ما هم اینجا با شما تماس بگیرد.

## The tip of the week, after 🙂 OK

tip-of-the-week =
    💡 نکته این هفته:
    { $tip }

## Command menu (setMyCommands); at most 256 characters

cmd-checkins = احوال‌پرسی: هر چند وقت، یا توقف

## For staff and volunteers (shown in English in the staff chat)

staff-need-welfare = تماس احوال‌پرسی
checkin-weekly-summary =
    📊 احوال‌پرسی، از { $first } تا { $last }
    📨 فرستاده: { $sent } · جواب داده: { $answered }
    🙂 { $ok } · 🤔 { $help } · 😟 { $bad } · 🆘 { $sos }
    🔁 پیگیری فرستاده: { $followups } · ⏸️ عقب افتاده: { $postponed }
    📞 اکنون در فهرست تماس احوال‌پرسی: { $calllist }
    🚫 بات را مسدود کردند: { $blocked } ({ $newblocked } این هفته)
checkin-offdays-title = 📅 در این روزها احوال‌پرسی، پیگیری یا پیام دیگری نیست: { $days }
checkin-offdays-none = 📅 هیچ روزی تعطیل علامت نخورده است.
checkin-offdays-usage = ✍️ /offdays add 2026-12-25 2026-12-26، یا یک بازه: /offdays add 2026-12-24..2027-01-01. برای لغو: /offdays remove 2026-12-25
calllist-title =
    📞 فهرست تماس احوال‌پرسی: { $count ->
        [one] ۱ نفر
       *[other] { $count } نفر
    }
calllist-empty = 📞 فهرست تماس احوال‌پرسی خالی است.
calllist-line = { $n }. { $name } · { $language } · { $reason }
calllist-more = …و { $count } نفر دیگر.
calllist-reason-missed = 📭 { $count } احوال‌پرسی پشت سر هم بی‌جواب
calllist-reason-not-ok = 😟 گفت «خوب نیستم»، بعد جواب نداد
calllist-reason-followup-no = ❌ به پیگیری جواب «نه» داد ({ $need })
calllist-call-button = 📞 { $n } شروع گفتگو
calllist-done-button = ✅ { $n } انجام شد
calllist-outcome-question = ✅ با { $name } چطور پیش رفت؟
calllist-reached-button = 📞 تماس برقرار شد
calllist-not-reached-button = 📵 تماس برقرار نشد
calllist-referred-button = ↪️ ارجاع داده شد
calllist-recorded = ✅ { $name }: { $outcome }. از فهرست خارج شد. هنوز در فهرست: { $left }.
calllist-already-done = ✔️ این شخص دیگر در فهرست تماس نیست.
calllist-chat-started = 📞 تیکت #{ $ticket } مال شماست. اول شما بنویسید، در موضوع آن.
calllist-chat-note =
    📞 تماس احوال‌پرسی از فهرست: { $reason }. شروع‌کننده: { $alias }.
    هنوز چیزی به این شخص گفته نشده است. لطفاً اول شما بنویسید.
    ما شماره تلفن نگه نمی‌داریم. اگر تماس تلفنی کمک می‌کند، آن را در همین گفتگو هماهنگ کنید.
calllist-has-ticket = 🎫 این شخص از قبل تیکت #{ $ticket } دارد. لطفاً از همان استفاده کنید.
calllist-blocked = 🚫 این شخص بات را مسدود کرده است. نمی‌توانیم برایش بنویسیم.
tip-usage =
    ✍️ /tip en 💡 نکته شما، به همان زبان. هر پیام یک زبان.
    🗑 /tip clear en یک زبان را پاک می‌کند. /tip clear همه را پاک می‌کند.
    زبانی که نکته ندارد، نکته‌ای نمی‌گیرد، هرگز نکته انگلیسی را. هر نکته 7 روز نشان داده می‌شود.
tip-set =
    ✅ نکته این هفته برای { $language }، بعد از 🙂 خوبم، به مدت { $days } روز:
    { $tip }
tip-cleared = ✅ نکته پاک شد: { $languages }.
tip-invalid = ⚠️ ذخیره نشد: { $problem }.
tip-list-title = 💡 نکته‌های این هفته:
tip-list-line = • { $language }: { $tip }
tip-list-expired = • { $language } (قدیمی‌تر از یک هفته، نشان داده نمی‌شود): { $tip }
tip-list-empty = 💡 هیچ نکته‌ای برای این هفته نیست.
tip-list-missing = بدون نکته: { $languages }
