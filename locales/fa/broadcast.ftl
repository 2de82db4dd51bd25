## Locale: fa (Farsi, فارسی)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📣 Staff broadcasts. First what clients see (template notices, the "(English)" marker and
## the buttons), then the staff wizard.
## The staff texts (the wizard) are an AI draft in this language too, like the client texts.

## Template notices. Site names come from the directory; dates and times are formatted for
## this language.

notice-closed = ⛔ دفتر مراجعه حضوری (drop-in) در { $site } روز { $date } بسته است.
notice-moved = 📍 مراجعه حضوری (drop-in) روز { $date } به { $site } منتقل شده است، ساعت { $time }.
notice-esol = 📚 کلاس جدید زبان انگلیسی (ESOL) از { $date } شروع می‌شود. در دفتر مراجعه حضوری ثبت‌نام کنید.

## Free text sent in English to someone whose language has no version

broadcast-in-english = (به انگلیسی)

## Buttons on a broadcast

broadcast-got-it = 👍 متوجه شدم
broadcast-book-button = 📅 نوبت بگیرید
broadcast-thanks = 👍 متشکریم.

## The wizard (staff)

broadcast-kind-question = 📣 پیام همگانی جدید #{ $id }. چه نوعی؟
broadcast-kind-template = 📋 اطلاعیه آماده
broadcast-kind-text = ✏️ متن آزاد
broadcast-template-question = کدام اطلاعیه؟ این اطلاعیه از قبل به همه زبان‌ها نوشته شده است.
broadcast-notice-closed = ⛔ مراجعه حضوری تعطیل است
broadcast-notice-moved = 📍 مراجعه حضوری جابه‌جا شد
broadcast-notice-esol = 📚 کلاس جدید ESOL
broadcast-session-question = درباره کدام جلسه مراجعه حضوری (drop-in) است؟
broadcast-no-sessions = در 4 هفته آینده هیچ جلسه مراجعه حضوری (drop-in) نیست، پس چیزی برای اطلاع‌رسانی وجود ندارد.
broadcast-card =
    📣 پیام همگانی #{ $id } (پیش‌نویس)
    محتوا: { $kind }
    نسخه‌ها: { $versions }
    مخاطبان: { $audience } → { $total } نفر ({ $counts })
    زبان‌های بدون نسخه: { $missing } → { $choice }
    دکمه: { $button }
    زمان: { $when }
broadcast-help-card =
    مخاطبان: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N (شرط‌ها با AND ترکیب می‌شوند)
    زمان: /broadcast at YYYY-MM-DD HH:MM (Europe/London) | /broadcast at now
    متن آزاد: /version LANGUAGE text (برای هر زبان یکی؛ عکسی با همین توضیح، عکس را هم اضافه می‌کند)
broadcast-now = همین حالا
broadcast-everyone-button = 👥 همه
broadcast-booked-button = 📅 کسانی که در این جلسه نوبت دارند
broadcast-button-none = بدون دکمه
broadcast-button-ack = 👍 متوجه شدم
broadcast-button-book = 📅 لینک نوبت‌گیری
broadcast-missing-skip = به این افراد نفرست
broadcast-missing-english = انگلیسی بفرست، با علامت "(به انگلیسی)"
broadcast-preview-button = 👁 پیش‌نمایش و تأیید
broadcast-cancel-button = ✖ لغو
broadcast-send-button = ✅ ارسال
broadcast-preview-header = 👁 { $lang } · { $count } نفر · { $how } (own = نسخه خودشان، english = نسخه انگلیسی با علامت "(به انگلیسی)"، skip = ارسال نمی‌شود)
broadcast-confirm =
    📣 پیام همگانی #{ $id }: { $total } نفر
    { $lines }
    زمان: { $when } · نیاز به تأیید نفر دومی از کارکنان: { $approval }
    برای تأیید، ✅ ارسال را بزنید.
broadcast-need-kind = اول نوع را انتخاب کنید.
broadcast-need-template = اول اطلاعیه و جلسه آن را انتخاب کنید.
broadcast-need-version = اول یک متن اضافه کنید: /version en Your text
broadcast-nobody = هیچ کس در این گروه مخاطبان نیست.
broadcast-need-missing-choice = برخی از زبان‌های مخاطبان نسخه‌ای ندارند: "به این افراد نفرست" یا "انگلیسی بفرست" را انتخاب کنید.
broadcast-need-english = برای فرستادن انگلیسی به زبان‌های دیگر، یک نسخه انگلیسی اضافه کنید: /version en Your text
broadcast-need-preview = اول پیش‌نمایش را ببینید: هر نسخه پیش از ارسال نشان داده می‌شود.
broadcast-started = 📣 پیام همگانی #{ $id } در حال ارسال به { $total } نفر است. پیشرفت کار در گفت‌وگوی کارکنان نشان داده می‌شود؛ /broadcast_cancel آن را متوقف می‌کند.
broadcast-scheduled = 🕒 پیام همگانی #{ $id } در { $when } (Europe/London) شروع می‌شود.
broadcast-awaiting = ⏳ پیام همگانی #{ $id } به { $total } نفر می‌رسد، یعنی بیشتر از { $threshold }: نفر دومی از کارکنان باید در گفت‌وگوی کارکنان دکمه تأیید را بزند.
broadcast-approval-request = ⏳ پیام همگانی #{ $id } به { $total } نفر به تأیید نفر دومی از کارکنان نیاز دارد.
broadcast-approve-button = ✅ تأیید
broadcast-approve-self = این پیام همگانی را شما ساخته‌اید: یک نفر دیگر از کارکنان باید آن را تأیید کند.
broadcast-approved = ✅ پیام همگانی #{ $id } تأیید شد.
broadcast-gone = این پیام همگانی دیگر منتظر این کار نیست.
broadcast-dropped = ✖ پیش‌نویس پیام همگانی #{ $id } کنار گذاشته شد.
broadcast-no-draft = هیچ پیش‌نویس پیام همگانی با متن آزاد وجود ندارد. با /broadcast یکی شروع کنید.
broadcast-usage = روش استفاده: /broadcast، /broadcast to …، /broadcast at …
broadcast-version-usage = روش استفاده: /version LANGUAGE text. زبان‌ها: { $locales }
broadcast-version-saved = ✅ نسخه { $lang } ذخیره شد (اضافه‌شده توسط { $by }).
broadcast-audience-usage = روش استفاده: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N
broadcast-at-usage = روش استفاده: /broadcast at YYYY-MM-DD HH:MM (زمانی در آینده، Europe/London) یا /broadcast at now
broadcast-cancelled = ✖ پیام همگانی #{ $id } لغو شد. آنچه فرستاده شده، فرستاده‌شده باقی می‌ماند.
broadcast-nothing-to-cancel = هیچ پیام همگانی‌ای برای لغو وجود ندارد.
broadcast-edit-usage = روش استفاده: /broadcast_edit ID LANGUAGE corrected text
broadcast-edit-template = فقط نسخه زبانی یک پیام همگانی با متن آزاد قابل ویرایش است. اطلاعیه آماده را حذف کنید و یک اطلاعیه اصلاح‌شده بفرستید.
broadcast-edited = ✏️ پیام همگانی #{ $id }: { $count } پیام فرستاده‌شده به زبان { $lang } در حال اصلاح است.
broadcast-delete-usage = روش استفاده: /broadcast_delete ID (پیام همگانی‌ای که فرستاده شده است)
broadcast-deleted = 🗑 پیام همگانی #{ $id }: { $count } پیام فرستاده‌شده در حال حذف است.
broadcast-unknown = هیچ پیام همگانی فرستاده‌شده‌ای با شماره #{ $id } وجود ندارد.
broadcast-progress =
    📣 پیام همگانی #{ $id }
    { $bar } { $percent }%
    ✅ فرستاده { $sent } · ❌ ناموفق { $failed } · ⏳ مانده { $left } · حدود { $eta } دیگر
broadcast-report =
    📣 پیام همگانی #{ $id }: گزارش نهایی
    افراد: { $total }
    ✅ رسید: { $sent }
    ❌ نرسید: ربات را مسدود کرده‌اند { $blocked } · حساب دیگر وجود ندارد { $gone } · رد شد یا تلاش متوقف شد { $failed }
    ➖ فرستاده نشد: نسخه‌ای به زبان خودشان نبود { $skipped } · به سقف روزانه رسیده بودند { $capped } · لغو شد { $cancelled }
    به تفکیک زبان (رسیده/افراد): { $languages }
    زدن دکمه: { $pressed }
