## Locale: fa (Farsi, فارسی)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📅 Drop-in: sessions, booking, the waitlist, reminders, closures; then the staff lists.
## Site names and addresses come from the directory and stay as they are.

menu-dropin = 📅 مراجعه حضوری (drop-in)

## Who attends (rota roles in directory/dropin/*.yaml) and what to bring

dropin-role-casework = 🏠 کمک برای مسکن و کارت ASPEN
dropin-role-esol = 📚 ثبت‌نام در کلاس زبان انگلیسی
dropin-role-health = 🩺 ثبت‌نام نزد پزشک و دندانپزشک
dropin-role-welfare = 🤝 غذا، لباس و کمک‌های دیگر
dropin-bring-casework = هر نامه‌ای درباره مسکن یا حمایت پناهجویی خود. اگر دارید، عکس چیزهایی که خراب است و تعمیر لازم دارد.
dropin-bring-esol = هر مدرک شناسایی که دارید.
dropin-bring-health = هر نامه‌ای از پزشک، دندانپزشک یا بیمارستان.
dropin-bring-welfare = هر نامه‌ای که برای آن کمک می‌خواهید.

## The drop-in screen

booking-intro = 📅 دفتر مراجعه حضوری (drop-in): کمک رایگان، رو در رو. می‌توانید بدون نوبت بیایید، یا نوبت بگیرید.
booking-session-line = 📍 { $site } · { $day } · { $start }–{ $end }
booking-session-who = 👥 { $roles }
booking-session-closed = ⛔ { $site } · { $day }: بسته است
booking-times-unconfirmed = ⚠️ این ساعت‌ها ممکن است تغییر کنند. لطفاً پیش از رفتن، دوباره بررسی کنید.
booking-what-need = برای چه کاری کمک می‌خواهید؟
booking-none = 📅 در 4 هفته آینده، جلسه مراجعه حضوری (drop-in) نداریم.
booking-walk-in-button = 🚶 بدون نوبت می‌آیم
booking-walk-in-text = 🚶 لازم نیست نوبت بگیرید. به هر کدام از این جلسه‌ها که خواستید، بیایید.
booking-map = 📍 { $site }
booking-mine-button = 📋 نوبت‌های من
booking-back = ↩️ برگشت
booking-needs-consent = 🔒 برای گرفتن نوبت، باید نام کوچک و زبان شما را نگه داریم.

## Choosing a session and a time

booking-pick-session = { $role }: یک مکان و یک روز انتخاب کنید.
booking-change-pick = 🔁 { $role }: یک روز جدید انتخاب کنید. نوبت قبلی شما سر جایش می‌ماند، تا وقتی که نوبت جدید را بگیرید.
booking-role-none = 😔 { $role }: در 4 هفته آینده جلسه‌ای نیست.
booking-session-open = 📍 { $site } · { $day }
booking-session-full = ⏳ { $site } · { $day } · پر است
booking-pick-time = 🕙 { $role }. { $site }، { $day }. یک ساعت انتخاب کنید.
booking-time-button = 🕙 { $time }
booking-full = 😔 این جلسه پر است ({ $site }، { $day }). می‌خواهید در لیست انتظار بمانید؟ اگر جایی خالی شد، به شما پیام می‌دهیم.
booking-join-waitlist = ⏳ ثبت در لیست انتظار

## Interpreter

booking-interpreter-question = 🗣 مترجم می‌خواهید؟
booking-interpreter-yes = 🗣 بله: { $language }
booking-interpreter-other = 🌐 یک زبان دیگر
booking-interpreter-no = 🙅 نه، ممنون
booking-interpreter-pick = 🌐 کدام زبان؟
booking-interpreter-none = نه

## Booked

booking-confirmed =
    ✅ نوبت شما ثبت شد.

    📋 چه کاری: { $role }
    📍 کجا: { $site }، { $address }
    🕙 چه وقت: { $when }
    🗣 مترجم: { $interpreter }
    🎒 با خودتان بیاورید: { $bring }

    🔔 یک روز قبل و 2 ساعت قبل، به شما یادآوری می‌کنیم.
booking-ics-caption = 📅 این را به تقویم خود اضافه کنید.
booking-ics-summary = مراجعه حضوری (drop-in): { $role } ({ $site })
booking-ics-description = با خودتان بیاورید: { $bring }
booking-ics-alarm = مراجعه حضوری (drop-in) تا 2 ساعت دیگر

## Problems

booking-err-closed = ⛔ متأسفیم، این جلسه بسته است.
booking-err-gone = 😔 این کار دیگر ممکن نیست. لطفاً دوباره انتخاب کنید.
booking-err-too-late = ⏰ برای گرفتن این ساعت دیر شده است. لطفاً یک ساعت دیرتر انتخاب کنید.
booking-err-already = ℹ️ شما برای این جلسه نوبت دارید. به 📋 نوبت‌های من نگاه کنید.
booking-err-limit = ℹ️ هم‌زمان می‌توانید { $max } نوبت داشته باشید. اول یکی را در 📋 نوبت‌های من لغو کنید.
booking-err-full = 😔 متأسفیم، آخرین جا همین الان گرفته شد.
booking-err-slot-taken = 😔 همین الان کس دیگری این ساعت را گرفت. لطفاً ساعت دیگری انتخاب کنید.
booking-err-not-active = ℹ️ این نوبت دیگر فعال نیست.

## The waitlist

booking-waitlist-joined = ⏳ شما در لیست انتظار هستید. نفر { $position } هستید. اگر جایی خالی شد، به شما پیام می‌دهیم.
booking-waitlist-already = ℹ️ شما از قبل در لیست انتظار هستید. نفر { $position } هستید.
booking-waitlist-booked = ℹ️ شما برای این جلسه نوبت دارید.
booking-waitlist-left = ✅ از لیست انتظار بیرون آمدید.
booking-offer-text = 🎉 یک جا خالی شد: { $role }، { $site }، { $when }. آن را می‌خواهید؟ تا ساعت { $until } برایتان نگه می‌داریم.
booking-offer-take = ✅ این جا را می‌خواهم
booking-offer-decline = ❌ نه، ممنون
booking-offer-expired = ⌛ وقت گرفتن این جا تمام شد. جا به نفر بعدی رسید. می‌توانید در 📅 مراجعه حضوری (drop-in) جلسه دیگری انتخاب کنید.
booking-offer-declined = 👍 باشد. این جا به نفر بعدی می‌رسد.

## My bookings

booking-mine-title = 📋 نوبت‌های شما
booking-mine-empty = 📋 هیچ نوبتی ندارید.
booking-mine-line = { $number }. { $role } · { $site } · { $when }
booking-mine-waiting = { $number }. ⏳ لیست انتظار: { $role } · { $site } · { $day }
booking-change-number = 🔁 تغییر { $number }
booking-cancel-number = ❌ لغو { $number }
booking-leave-waitlist = 🚪 خروج از لیست انتظار { $number }
booking-cancel-confirm = ❓ این نوبت لغو شود؟ { $role }، { $site }، { $when }.
booking-cancel-yes = ✅ بله، لغو شود
booking-cancel-no = ↩️ نه، نگه دارید
booking-cancelled = ✅ لغو شد. ممنون که به ما خبر دادید. حالا جای شما می‌تواند به کس دیگری برسد.

## Reminders

booking-reminder-eve = 🔔 فردا ساعت { $time }: { $role }، { $site } ({ $address }).
booking-reminder-soon = 🔔 امروز ساعت { $time }: { $role }، { $site } ({ $address }).
booking-come-button = ✅ می‌آیم
booking-cancel-button = ❌ لغو
booking-change-button = 🔁 تغییر
booking-come-thanks = 👍 ممنون. آنجا می‌بینیمتان.

## A session is closed

booking-closed-notice = ⛔ دفتر مراجعه حضوری (drop-in) در { $site } روز { $day } بسته است. { $reason } متأسفیم. نوبت شما لغو شد.
booking-closed-next = 📅 می‌توانید برای یکی از جلسه‌های بعدی نوبت بگیرید:
booking-book-again = 📅 { $site } · { $day }
booking-reason-holiday = آن روز تعطیل است.
booking-reason-weather = به خاطر وضع هوا است.
booking-reason-staff = کارمند به اندازه کافی نداریم.
booking-reason-building = ساختمان بسته است.
booking-reason-other = چیزی تغییر کرده است.

## From a triage outcome

booking-button-triage = 📅 گرفتن نوبت مراجعه حضوری (drop-in)

## Staff: drop-in lists (/today, /day, /sessions, /close, /capacity)

sessions-title = 📅 جلسه‌های 4 هفته آینده
sessions-line-open = { $code } · { $site } · { $day } { $start }–{ $end } · نوبت { $booked } · در انتظار { $waiting } · آمده { $arrived } · نیامده { $noshow }
sessions-line-closed = ⛔ { $code } · { $site } · { $day } · بسته ({ $reason })
sessions-unconfirmed = ⚠️ ساعت‌ها تأیید نشده‌اند (directory/dropin/ را ببینید)
sessions-none = 📅 در 4 هفته آینده جلسه‌ای نیست.
sessions-day-title = 📋 { $site } · { $day } · { $start }–{ $end } ({ $code })
sessions-day-closed = ⛔ بسته ({ $reason })
sessions-day-counts = نوبت { $booked } · آمده { $arrived } · نیامده { $noshow } · در انتظار { $waiting } · نگه‌داشته برای مراجعه بدون نوبت { $walkin }
sessions-day-entry = { $time } · { $name } · { $role } · { $language } · 🗣 { $interpreter } · { $state }
sessions-day-waiting = ⏳ { $position }. { $name } · { $role } · { $language } · 🗣 { $interpreter }
sessions-day-empty = هنوز نوبتی ثبت نشده است.
sessions-day-none = 📅 روز { $day } جلسه‌ای نیست.
sessions-no-interpreter = نه
sessions-state-held = پیشنهاد شده (لیست انتظار)
sessions-state-booked = نوبت دارد
sessions-state-arrived = ✅ آمد
sessions-state-no-show = ⛔ نیامد
sessions-state-cancelled = لغو شد
sessions-state-expired = مهلت پیشنهاد تمام شد
sessions-state-closed = بسته
sessions-confirmed = ، می‌آید
sessions-arrived-button = ✅ { $time } { $name }
sessions-noshow-button = ⛔ { $time } { $name }
sessions-marked = { $name }: { $state }
sessions-bad-date = تاریخی مثل 2026-12-03، یا today، یا tomorrow بنویسید.
sessions-unknown-site = مکان ناشناخته. مکان‌ها: { $sites }
sessions-close-usage = روش استفاده: /close DATE SITE REASON [note]. دلیل‌ها: { $reasons }. مثال: /close 2026-12-03 castlegate weather
sessions-already-closed = ⛔ آن جلسه در روز { $day } از قبل بسته است.
sessions-closed-done = ⛔ بسته شد: { $site }، { $day }. داریم به { $booked } نفر که نوبت دارند و { $waiting } نفر که در انتظارند، هر کدام به زبان خودشان، خبر می‌دهیم. گزارش ارسال همین‌جا می‌آید.
sessions-closure-report = 📣 تعطیلی { $code }: به { $sent } نفر خبر داده شد، { $failed } ناموفق، { $dropped } نفر ربات را مسدود کرده‌اند، { $waiting } نفر هنوز در انتظار.
sessions-capacity-usage = روش استفاده: /capacity DATE SITE ROLE N برای نگه داشتن N جا برای مراجعه بدون نوبت. نقش‌ها: { $roles }
sessions-capacity-done = ✅ { $site }، { $day }، { $role }: { $walkin } جا برای مراجعه بدون نوبت نگه داشته شد، { $bookable } جا برای نوبت‌گیری، { $taken } جا گرفته شده.

## Command menu (setMyCommands)

cmd-mybookings = نوبت‌های من
