## Locale: fa-AF (Dari, دری)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📣 Staff broadcasts. First what clients see (template notices, the "(English)" marker and
## the buttons), then the staff wizard.
## The staff texts (the wizard) are an AI draft in this language too, like the client texts.

## Template notices. Site names come from the directory; dates and times are formatted for
## this language.

notice-closed = ⛔ مرکز مراجعه (drop-in) در { $site } روز { $date } بسته است.
notice-moved = 📍 مرکز مراجعه (drop-in) روز { $date } به { $site } منتقل شده است، ساعت { $time }.
notice-esol = 📚 صنف جدید زبان انگلیسی (ESOL) از { $date } شروع می‌شود. در مرکز مراجعه ثبت نام کنید.

## Free text sent in English to someone whose language has no version

broadcast-in-english = (به انگلیسی)

## Buttons on a broadcast

broadcast-got-it = 👍 فهمیدم
broadcast-book-button = 📅 وقت ملاقات بگیرید
broadcast-thanks = 👍 تشکر.

## The wizard (staff)

broadcast-kind-question = 📣 پیام همگانی جدید #{ $id }. چه نوع؟
broadcast-kind-template = 📋 اطلاعیه آماده
broadcast-kind-text = ✏️ متن آزاد
broadcast-template-question = کدام اطلاعیه؟ این اطلاعیه از قبل به همه زبان‌ها نوشته شده است.
broadcast-notice-closed = ⛔ مرکز مراجعه بسته است
broadcast-notice-moved = 📍 مرکز مراجعه جابجا شد
broadcast-notice-esol = 📚 صنف جدید ESOL
broadcast-session-question = در باره کدام جلسه مرکز مراجعه (drop-in) است؟
broadcast-no-sessions = در 4 هفته آینده هیچ جلسه مرکز مراجعه (drop-in) نیست، پس چیزی برای اطلاع دادن نیست.
broadcast-card =
    📣 پیام همگانی #{ $id } (مسوده)
    محتوا: { $kind }
    نسخه‌ها: { $versions }
    مخاطبان: { $audience } → { $total } نفر ({ $counts })
    زبان‌های بدون نسخه: { $missing } → { $choice }
    دکمه: { $button }
    وقت: { $when }
broadcast-help-card =
    مخاطبان: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N (شرط‌ها با AND یکجا می‌شوند)
    وقت: /broadcast at YYYY-MM-DD HH:MM (Europe/London) | /broadcast at now
    متن آزاد: /version LANGUAGE text (برای هر زبان یکی؛ عکسی با همین نوشته، عکس را هم اضافه می‌کند)
broadcast-now = همین حالا
broadcast-everyone-button = 👥 همه
broadcast-booked-button = 📅 کسانی که در این جلسه وقت گرفته‌اند
broadcast-button-none = بدون دکمه
broadcast-button-ack = 👍 فهمیدم
broadcast-button-book = 📅 لینک وقت گرفتن
broadcast-missing-skip = به این اشخاص نفرست
broadcast-missing-english = انگلیسی بفرست، با علامت "(به انگلیسی)"
broadcast-preview-button = 👁 پیش‌نمایش و تأیید
broadcast-cancel-button = ✖ لغو
broadcast-send-button = ✅ فرستادن
broadcast-preview-header = 👁 { $lang } · { $count } نفر · { $how } (own = نسخه خود شان، english = نسخه انگلیسی با علامت "(به انگلیسی)"، skip = فرستاده نمی‌شود)
broadcast-confirm =
    📣 پیام همگانی #{ $id }: { $total } نفر
    { $lines }
    وقت: { $when } · ضرورت به تأیید یک کارمند دیگر: { $approval }
    برای تأیید، ✅ فرستادن را فشار بدهید.
broadcast-need-kind = اول نوع را انتخاب کنید.
broadcast-need-template = اول اطلاعیه و جلسه آن را انتخاب کنید.
broadcast-need-version = اول یک متن اضافه کنید: /version en Your text
broadcast-nobody = هیچ کس در این گروه مخاطبان نیست.
broadcast-need-missing-choice = بعضی زبان‌های مخاطبان نسخه ندارند: "به این اشخاص نفرست" یا "انگلیسی بفرست" را انتخاب کنید.
broadcast-need-english = برای فرستادن انگلیسی به زبان‌های دیگر، یک نسخه انگلیسی اضافه کنید: /version en Your text
broadcast-need-preview = اول پیش‌نمایش را ببینید: هر نسخه پیش از فرستادن نشان داده می‌شود.
broadcast-started = 📣 پیام همگانی #{ $id } به { $total } نفر فرستاده می‌شود. پیشرفت کار در چت کارمندان نشان داده می‌شود؛ /broadcast_cancel آن را متوقف می‌کند.
broadcast-scheduled = 🕒 پیام همگانی #{ $id } در { $when } (Europe/London) شروع می‌شود.
broadcast-awaiting = ⏳ پیام همگانی #{ $id } به { $total } نفر می‌رود، یعنی بیشتر از { $threshold }: یک کارمند دیگر باید در چت کارمندان دکمه تأیید را فشار بدهد.
broadcast-approval-request = ⏳ پیام همگانی #{ $id } به { $total } نفر به تأیید یک کارمند دیگر ضرورت دارد.
broadcast-approve-button = ✅ تأیید
broadcast-approve-self = شما این پیام همگانی را ساخته‌اید: یک کارمند دیگر باید آن را تأیید کند.
broadcast-approved = ✅ پیام همگانی #{ $id } تأیید شد.
broadcast-gone = این پیام همگانی دیگر منتظر این کار نیست.
broadcast-dropped = ✖ مسوده پیام همگانی #{ $id } کنار گذاشته شد.
broadcast-no-draft = هیچ مسوده پیام همگانی با متن آزاد نیست. با /broadcast یکی را شروع کنید.
broadcast-usage = طریقه استفاده: /broadcast، /broadcast to …، /broadcast at …
broadcast-version-usage = طریقه استفاده: /version LANGUAGE text. زبان‌ها: { $locales }
broadcast-version-saved = ✅ نسخه { $lang } ذخیره شد (از طرف { $by } اضافه شد).
broadcast-audience-usage = طریقه استفاده: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N
broadcast-at-usage = طریقه استفاده: /broadcast at YYYY-MM-DD HH:MM (وقتی در آینده، Europe/London) یا /broadcast at now
broadcast-cancelled = ✖ پیام همگانی #{ $id } لغو شد. آنچه فرستاده شده، فرستاده شده می‌ماند.
broadcast-nothing-to-cancel = هیچ پیام همگانی برای لغو کردن نیست.
broadcast-edit-usage = طریقه استفاده: /broadcast_edit ID LANGUAGE corrected text
broadcast-edit-template = تنها نسخه یک زبان از پیام همگانی با متن آزاد را می‌توان تغییر داد. اطلاعیه آماده را پاک کنید و یک اطلاعیه اصلاح شده بفرستید.
broadcast-edited = ✏️ پیام همگانی #{ $id }: { $count } پیام فرستاده شده به زبان { $lang } اصلاح می‌شود.
broadcast-delete-usage = طریقه استفاده: /broadcast_delete ID (پیام همگانی‌ای که فرستاده شده است)
broadcast-deleted = 🗑 پیام همگانی #{ $id }: { $count } پیام فرستاده شده پاک می‌شود.
broadcast-unknown = هیچ پیام همگانی فرستاده شده با نمبر #{ $id } نیست.
broadcast-progress =
    📣 پیام همگانی #{ $id }
    { $bar } { $percent }%
    ✅ فرستاده شد { $sent } · ❌ ناکام { $failed } · ⏳ باقی‌مانده { $left } · تقریباً { $eta } دیگر
broadcast-report =
    📣 پیام همگانی #{ $id }: گزارش نهایی
    اشخاص: { $total }
    ✅ رسید: { $sent }
    ❌ نرسید: ربات را بلاک کرده‌اند { $blocked } · حساب دیگر وجود ندارد { $gone } · رد شد یا کوشش متوقف شد { $failed }
    ➖ فرستاده نشد: نسخه به زبان خود شان نبود { $skipped } · به حد روزانه رسیده بودند { $capped } · لغو شد { $cancelled }
    به تفکیک زبان (رسیده/اشخاص): { $languages }
    فشار دادن دکمه: { $pressed }
