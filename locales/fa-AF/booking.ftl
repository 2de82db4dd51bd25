## Locale: fa-AF (Dari, دری)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📅 Drop-in: sessions, booking, the waitlist, reminders, closures; then the staff lists.
## Site names and addresses come from the directory and stay as they are.

menu-dropin = 📅 مرکز مراجعه (drop-in)

## Who attends (rota roles in directory/dropin/*.yaml) and what to bring

dropin-role-casework = 🏠 کمک برای خانه و کارت ASPEN
dropin-role-esol = 📚 ثبت نام در کورس زبان انگلیسی
dropin-role-health = 🩺 ثبت نام نزد داکتر و داکتر دندان
dropin-role-welfare = 🤝 غذا، لباس و کمک‌های دیگر
dropin-bring-casework = هر نامه‌ای در باره خانه یا کمک پناه‌جویی خود. اگر دارید، عکس چیزهایی که خراب است و ترمیم می‌خواهد.
dropin-bring-esol = هر مدرک هویتی که دارید.
dropin-bring-health = هر نامه‌ای از داکتر، داکتر دندان یا شفاخانه.
dropin-bring-welfare = هر نامه‌ای که در باره آن کمک می‌خواهید.

## The drop-in screen

booking-intro = 📅 مرکز مراجعه (drop-in): کمک رایگان، رو در رو. می‌توانید بدون وقت ملاقات بیایید، یا وقت ملاقات بگیرید.
booking-session-line = 📍 { $site } · { $day } · { $start }–{ $end }
booking-session-who = 👥 { $roles }
booking-session-closed = ⛔ { $site } · { $day }: بسته است
booking-times-unconfirmed = ⚠️ شاید این ساعت‌ها تغییر کنند. لطفاً پیش از رفتن، دوباره چک کنید.
booking-what-need = به چه کمکی ضرورت دارید؟
booking-none = 📅 در 4 هفته آینده، مرکز مراجعه (drop-in) هیچ جلسه ندارد.
booking-walk-in-button = 🚶 بدون وقت ملاقات می‌آیم
booking-walk-in-text = 🚶 لازم نیست وقت ملاقات بگیرید. به هر کدام از این جلسه‌ها بیایید.
booking-map = 📍 { $site }
booking-mine-button = 📋 وقت‌های ملاقات من
booking-back = ↩️ برگشت
booking-needs-consent = 🔒 برای گرفتن وقت ملاقات، باید نام اول و زبان شما را نگه داریم.

## Choosing a session and a time

booking-pick-session = { $role }: یک جا و یک روز را انتخاب کنید.
booking-change-pick = 🔁 { $role }: یک روز نو را انتخاب کنید. وقت ملاقات قبلی شما می‌ماند، تا وقتی که وقت ملاقات نو را بگیرید.
booking-role-none = 😔 { $role }: در 4 هفته آینده هیچ جلسه نیست.
booking-session-open = 📍 { $site } · { $day }
booking-session-full = ⏳ { $site } · { $day } · پر است
booking-pick-time = 🕙 { $role }. { $site }، { $day }. یک وقت را انتخاب کنید.
booking-time-button = 🕙 { $time }
booking-full = 😔 این جلسه پر است ({ $site }، { $day }). می‌خواهید به لیست انتظار بروید؟ اگر جای خالی شد، به شما پیام می‌فرستیم.
booking-join-waitlist = ⏳ رفتن به لیست انتظار

## Interpreter

booking-interpreter-question = 🗣 ترجمان می‌خواهید؟
booking-interpreter-yes = 🗣 بلی: { $language }
booking-interpreter-other = 🌐 زبان دیگر
booking-interpreter-no = 🙅 نخیر، تشکر
booking-interpreter-pick = 🌐 کدام زبان؟
booking-interpreter-none = نخیر

## Booked

booking-confirmed =
    ✅ وقت ملاقات شما گرفته شد.

    📋 چه کاری: { $role }
    📍 کجا: { $site }، { $address }
    🕙 چه وقت: { $when }
    🗣 ترجمان: { $interpreter }
    🎒 با خود بیاورید: { $bring }

    🔔 یک روز پیش و 2 ساعت پیش، به شما یادآوری می‌کنیم.
booking-ics-caption = 📅 این را به تقویم خود اضافه کنید.
booking-ics-summary = مرکز مراجعه (drop-in): { $role } ({ $site })
booking-ics-description = با خود بیاورید: { $bring }
booking-ics-alarm = مرکز مراجعه (drop-in) تا 2 ساعت دیگر

## Problems

booking-err-closed = ⛔ ببخشید، این جلسه بسته است.
booking-err-gone = 😔 این کار دیگر ممکن نیست. لطفاً دوباره انتخاب کنید.
booking-err-too-late = ⏰ برای گرفتن این وقت دیر شده است. لطفاً یک وقت دیرتر را انتخاب کنید.
booking-err-already = ℹ️ شما برای این جلسه وقت ملاقات دارید. 📋 وقت‌های ملاقات من را ببینید.
booking-err-limit = ℹ️ در یک زمان می‌توانید { $max } وقت ملاقات داشته باشید. اول یکی را در 📋 وقت‌های ملاقات من لغو کنید.
booking-err-full = 😔 ببخشید، آخرین جای خالی همین حالا گرفته شد.
booking-err-slot-taken = 😔 همین حالا کس دیگری این وقت را گرفت. لطفاً وقت دیگری را انتخاب کنید.
booking-err-not-active = ℹ️ این وقت ملاقات دیگر فعال نیست.

## The waitlist

booking-waitlist-joined = ⏳ شما در لیست انتظار هستید. نمبر شما { $position } است. اگر جای خالی شد، به شما پیام می‌فرستیم.
booking-waitlist-already = ℹ️ شما از قبل در لیست انتظار هستید. نمبر شما { $position } است.
booking-waitlist-booked = ℹ️ شما برای این جلسه وقت ملاقات دارید.
booking-waitlist-left = ✅ از لیست انتظار بیرون شدید.
booking-offer-text = 🎉 یک جای خالی پیدا شد: { $role }، { $site }، { $when }. آن را می‌خواهید؟ تا ساعت { $until } آن را برای شما نگه می‌داریم.
booking-offer-take = ✅ این جا را می‌گیرم
booking-offer-decline = ❌ نخیر، تشکر
booking-offer-expired = ⌛ وقت گرفتن این جا تمام شد. این جا به نفر بعدی داده شد. می‌توانید در 📅 مرکز مراجعه (drop-in) جلسه دیگری را انتخاب کنید.
booking-offer-declined = 👍 خوب. این جا به نفر بعدی داده می‌شود.

## My bookings

booking-mine-title = 📋 وقت‌های ملاقات شما
booking-mine-empty = 📋 شما هیچ وقت ملاقات ندارید.
booking-mine-line = { $number }. { $role } · { $site } · { $when }
booking-mine-waiting = { $number }. ⏳ لیست انتظار: { $role } · { $site } · { $day }
booking-change-number = 🔁 تغییر { $number }
booking-cancel-number = ❌ لغو { $number }
booking-leave-waitlist = 🚪 بیرون شدن از لیست انتظار { $number }
booking-cancel-confirm = ❓ این وقت ملاقات لغو شود؟ { $role }، { $site }، { $when }.
booking-cancel-yes = ✅ بلی، لغو شود
booking-cancel-no = ↩️ نخیر، نگه دارید
booking-cancelled = ✅ لغو شد. تشکر که به ما خبر دادید. حالا جای شما می‌تواند به کس دیگری داده شود.

## Reminders

booking-reminder-eve = 🔔 فردا ساعت { $time }: { $role }، { $site } ({ $address }).
booking-reminder-soon = 🔔 امروز ساعت { $time }: { $role }، { $site } ({ $address }).
booking-come-button = ✅ می‌آیم
booking-cancel-button = ❌ لغو
booking-change-button = 🔁 تغییر
booking-come-thanks = 👍 تشکر. آنجا شما را می‌بینیم.

## A session is closed

booking-closed-notice = ⛔ مرکز مراجعه (drop-in) در { $site } روز { $day } بسته است. { $reason } متأسفیم. وقت ملاقات شما لغو شد.
booking-closed-next = 📅 می‌توانید برای یکی از جلسه‌های بعدی وقت ملاقات بگیرید:
booking-book-again = 📅 { $site } · { $day }
booking-reason-holiday = آن روز رخصتی است.
booking-reason-weather = به خاطر وضع هوا است.
booking-reason-staff = کارمند کافی نداریم.
booking-reason-building = ساختمان بسته است.
booking-reason-other = چیزی تغییر کرده است.

## From a triage outcome

booking-button-triage = 📅 گرفتن وقت ملاقات در مرکز مراجعه (drop-in)

## Staff: drop-in lists (/today, /day, /sessions, /close, /capacity)

sessions-title = 📅 جلسه‌های 4 هفته آینده
sessions-line-open = { $code } · { $site } · { $day } { $start }–{ $end } · وقت گرفته { $booked } · در انتظار { $waiting } · آمده { $arrived } · نیامده { $noshow }
sessions-line-closed = ⛔ { $code } · { $site } · { $day } · بسته ({ $reason })
sessions-unconfirmed = ⚠️ ساعت‌ها تأیید نشده است (directory/dropin/ را ببینید)
sessions-none = 📅 در 4 هفته آینده هیچ جلسه نیست.
sessions-day-title = 📋 { $site } · { $day } · { $start }–{ $end } ({ $code })
sessions-day-closed = ⛔ بسته ({ $reason })
sessions-day-counts = وقت گرفته { $booked } · آمده { $arrived } · نیامده { $noshow } · در انتظار { $waiting } · نگه داشته برای آمدن بدون وقت { $walkin }
sessions-day-entry = { $time } · { $name } · { $role } · { $language } · 🗣 { $interpreter } · { $state }
sessions-day-waiting = ⏳ { $position }. { $name } · { $role } · { $language } · 🗣 { $interpreter }
sessions-day-empty = هنوز هیچ وقت ملاقات گرفته نشده است.
sessions-day-none = 📅 روز { $day } هیچ جلسه نیست.
sessions-no-interpreter = نخیر
sessions-state-held = پیشنهاد شده (لیست انتظار)
sessions-state-booked = وقت گرفته
sessions-state-arrived = ✅ آمد
sessions-state-no-show = ⛔ نیامد
sessions-state-cancelled = لغو شد
sessions-state-expired = وقت پیشنهاد ختم شد
sessions-state-closed = بسته
sessions-confirmed = ، می‌آید
sessions-arrived-button = ✅ { $time } { $name }
sessions-noshow-button = ⛔ { $time } { $name }
sessions-marked = { $name }: { $state }
sessions-bad-date = تاریخی مانند 2026-12-03، یا today، یا tomorrow بنویسید.
sessions-unknown-site = جای نامعلوم. جاها: { $sites }
sessions-close-usage = طریقه استفاده: /close DATE SITE REASON [note]. دلیل‌ها: { $reasons }. مثال: /close 2026-12-03 castlegate weather
sessions-already-closed = ⛔ آن جلسه در روز { $day } از قبل بسته است.
sessions-closed-done = ⛔ بسته شد: { $site }، { $day }. به { $booked } نفر که وقت گرفته‌اند و { $waiting } نفر که در انتظار هستند، به زبان خود شان خبر می‌دهیم. گزارش فرستادن همین‌جا می‌آید.
sessions-closure-report = 📣 بسته شدن { $code }: به { $sent } نفر خبر داده شد، { $failed } ناکام، { $dropped } نفر ربات را بلاک کرده‌اند، { $waiting } نفر هنوز در انتظار.
sessions-capacity-usage = طریقه استفاده: /capacity DATE SITE ROLE N برای نگه داشتن N جا برای کسانی که بدون وقت می‌آیند. نقش‌ها: { $roles }
sessions-capacity-done = ✅ { $site }، { $day }، { $role }: { $walkin } جا برای آمدن بدون وقت نگه داشته شد، { $bookable } جا برای وقت گرفتن، { $taken } جا گرفته شده.

## Command menu (setMyCommands)

cmd-mybookings = وقت‌های ملاقات من
