## Locale: fa-AF (Dari, دری)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Welfare check-ins. Short sentences. Keep emoji, numbers and /commands as they are.
## The staff part is shown in English; it is drafted here so every key exists.

## The offer, right after agreeing to the privacy notice, and /checkins

checkin-offer =
    💚 آیا می‌توانیم گاه‌گاهی از احوال شما بپرسیم؟
    یک پیام کوتاه می‌فرستیم: «احوال تان چطور است؟» با یک لمس جواب می‌دهید.
    تنها انتخاب شما و وقت جواب تان را نگه می‌داریم. هر وقت بخواهید می‌توانید آن را بند کنید.
checkin-weekly-button = 📅 هر هفته
checkin-fortnightly-button = 🗓️ هر دو هفته
checkin-decline-button = 🔕 نه، تشکر
checkin-when-question = 🕘 کدام وقت روز برای پیام بهتر است؟
checkin-morning-button = 🌅 صبح
checkin-afternoon-button = ☀️ بعد از چاشت
checkin-evening-button = 🌆 شام
checkin-status =
    🔔 احوال‌پرسی: { $cadence ->
        [weekly] هر هفته
        [fortnightly] هر دو هفته
       *[off] بند
    }
    🕘 وقت روز: { $window ->
        [morning] صبح
        [afternoon] بعد از چاشت
       *[evening] شام
    }
    برای تغییر، یک دکمه را بزنید.
checkin-saved =
    ✅ ذخیره شد. { $cadence ->
        [weekly] هر هفته
       *[fortnightly] هر دو هفته
    }، { $window ->
        [morning] صبح
        [afternoon] بعد از چاشت
       *[evening] شام
    }، از احوال تان می‌پرسیم.
    برای تغییر یا بند کردن: /checkins
checkin-stopped = 🔕 احوال‌پرسی بند است. پیام احوال‌پرسی یا سوال پیگیری نمی‌فرستیم. برای شروع دوباره: /checkins
checkin-stop-button = 🔕 بند کردن احوال‌پرسی
checkin-needs-consent = 🔒 برای احوال‌پرسی باید کمی معلومات نگه داریم. لطفاً اول این را بخوانید.

## The check-in

checkin-question =
    💚 سلام از Firstport. احوال تان { $cadence ->
        [fortnightly] در این دو هفته
       *[weekly] این هفته
    } چطور است؟
    یک جواب را بزنید. برای بند کردن این پیام‌ها، 🔕 را بزنید.
checkin-ok-button = 🙂 خوب هستم
checkin-help-button = 🤔 در یک کار کمک ضرورت دارم
checkin-bad-button = 😟 خوب نیستم
checkin-sos-button = 🆘 کمک عاجل
checkin-ok-thanks = 🙂 تشکر که به ما گفتید. اگر به ما ضرورت داشتید، ما اینجا هستیم.
checkin-help-menu = 🤔 در چه کاری کمک ضرورت دارید؟ از پایین انتخاب کنید.
checkin-bad-question = 😟 متأسفیم که وضع سخت است. آیا می‌خواهید کسی از تیم ما اینجا با شما تماس بگیرد؟
checkin-bad-yes-button = ✅ بلی، لطفاً
checkin-bad-no-button = ✖️ نه، تشکر
checkin-bad-declined = 💚 مشکلی نیست. هر وقت به ما ضرورت داشتید، ما اینجا هستیم. شماره‌های رایگان در بالا هستند. می‌توانید از پایین هم انتخاب کنید.

## Under a follow-up question

followup-yes-button = ✅ بلی
followup-no-button = ❌ نخیر
followup-talk-button = 💬 گپ زدن با یک شخص
followup-yes-thanks = 🎉 خبر خوب است. تشکر که به ما گفتید.
followup-no-intro = 💚 تشکر که به ما گفتید. این معلومات دوباره اینجا است. شاید کسی از تیم ما هم اینجا با شما تماس بگیرد.

## The tip of the week, after 🙂 OK

tip-of-the-week =
    💡 رهنمایی این هفته:
    { $tip }

## Command menu (setMyCommands); at most 256 characters

cmd-checkins = احوال‌پرسی: هر چند وقت، یا بند کردن

## For staff and volunteers (shown in English in the staff chat)

staff-need-welfare = تماس احوال‌پرسی
checkin-weekly-summary =
    📊 احوال‌پرسی، از { $first } تا { $last }
    📨 فرستاده شد: { $sent } · جواب داده شد: { $answered }
    🙂 { $ok } · 🤔 { $help } · 😟 { $bad } · 🆘 { $sos }
    🔁 پیگیری فرستاده شد: { $followups } · ⏸️ به تعویق افتاد: { $postponed }
    📞 حالا در فهرست تماس احوال‌پرسی: { $calllist }
    🚫 بات را بلاک کردند: { $blocked } ({ $newblocked } این هفته)
checkin-offdays-title = 📅 در این روزها احوال‌پرسی، پیگیری یا پیام دیگر نیست: { $days }
checkin-offdays-none = 📅 هیچ روزی رخصتی نشانی نشده است.
checkin-offdays-usage = ✍️ /offdays add 2026-12-25 2026-12-26، یا یک دوره: /offdays add 2026-12-24..2027-01-01. برای لغو: /offdays remove 2026-12-25
calllist-title =
    📞 فهرست تماس احوال‌پرسی: { $count ->
        [one] ۱ نفر
       *[other] { $count } نفر
    }
calllist-empty = 📞 فهرست تماس احوال‌پرسی خالی است.
calllist-line = { $n }. { $name } · { $language } · { $reason }
calllist-more = …و { $count } نفر دیگر.
calllist-reason-missed = 📭 { $count } احوال‌پرسی پشت هم بدون جواب
calllist-reason-not-ok = 😟 گفت «خوب نیستم»، بعد جواب نداد
calllist-reason-followup-no = ❌ به پیگیری «نخیر» گفت ({ $need })
calllist-call-button = 📞 { $n } شروع گپ
calllist-done-button = ✅ { $n } تمام شد
calllist-outcome-question = ✅ با { $name } چطور شد؟
calllist-reached-button = 📞 تماس شد
calllist-not-reached-button = 📵 تماس نشد
calllist-referred-button = ↪️ راجع شد
calllist-recorded = ✅ { $name }: { $outcome }. از فهرست بیرون شد. هنوز در فهرست: { $left }.
calllist-already-done = ✔️ این شخص دیگر در فهرست تماس نیست.
calllist-chat-started = 📞 تکت #{ $ticket } از شما است. اول شما بنویسید، در موضوع آن.
calllist-chat-note =
    📞 تماس احوال‌پرسی از فهرست: { $reason }. شروع کننده: { $alias }.
    هنوز به این شخص چیزی گفته نشده است. لطفاً اول شما بنویسید.
    ما شماره تیلفون نگه نمی‌داریم. اگر تماس تیلفونی کمک می‌کند، آن را در همین گپ تنظیم کنید.
calllist-has-ticket = 🎫 این شخص از قبل تکت #{ $ticket } دارد. لطفاً از همان استفاده کنید.
calllist-blocked = 🚫 این شخص بات را بلاک کرده است. نمی‌توانیم برایش بنویسیم.
tip-usage =
    ✍️ /tip en 💡 رهنمایی شما، به همان زبان. هر پیام یک زبان.
    🗑 /tip clear en یک زبان را پاک می‌کند. /tip clear همه را پاک می‌کند.
    زبانی که رهنمایی ندارد، رهنمایی نمی‌گیرد، هیچ وقت رهنمایی انگلیسی را. هر رهنمایی 7 روز نشان داده می‌شود.
tip-set =
    ✅ رهنمایی این هفته برای { $language }، بعد از 🙂 خوب هستم، برای { $days } روز:
    { $tip }
tip-cleared = ✅ رهنمایی پاک شد: { $languages }.
tip-invalid = ⚠️ ذخیره نشد: { $problem }.
tip-list-title = 💡 رهنمایی‌های این هفته:
tip-list-line = • { $language }: { $tip }
tip-list-expired = • { $language } (کهنه‌تر از یک هفته، نشان داده نمی‌شود): { $tip }
tip-list-empty = 💡 هیچ رهنمایی برای این هفته نیست.
tip-list-missing = بدون رهنمایی: { $languages }
