## Locale: fa (Farsi, فارسی)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Talking to a person: the relay between a client and the volunteer who claimed the ticket.
## The client never sees a volunteer's name or account, only the alias they chose.

relay-greeting = 💬 شما با { $alias } صحبت می‌کنید. اینجا بنویسید. جواب را در همین گفت‌وگو می‌گیرید. لطفاً شماره مرجع Home Office، شماره کارت ASPEN یا رمز (PIN) خود را نفرستید.
relay-default-alias = یکی از داوطلبان تیم Firstport
relay-bar-menu = 🏠 منو
relay-bar-end = ❌ پایان گفت‌وگو
relay-ended = 👋 گفت‌وگو تمام شد. دوباره با ربات هستید. تیم ما باز هم می‌تواند اینجا برایتان بنویسد.
relay-reassigned = 🔁 فرد دیگری از تیم ما با شما ادامه می‌دهد. لطفاً اینجا منتظر پیام او باشید.
relay-closed-question = 🙏 تیم ما این گفت‌وگو را تمام کرد. به شما کمک کردیم؟
relay-rating-yes = 👍 بله
relay-rating-no = 👎 نه
relay-rating-thanks = 🙏 ممنون که به ما گفتید.

## Canned replies: a volunteer picks one; the client receives it in their own language.

canned-received = ✅ پیام شما به دست ما رسید. به‌زودی یک نفر جواب شما را می‌دهد.
canned-dropin = 🤝 لطفاً به دفتر مراجعه حضوری (drop-in) بیایید. هر نامه‌ای که دارید، با خودتان بیاورید.
canned-migrant-help = 📞 لطفاً با Migrant Help به شماره 0808 8010 503 تماس بگیرید. رایگان است، شب و روز.
canned-nhs-111 = 🩺 برای مشکل سلامتی، با NHS 111 تماس بگیرید. رایگان است، شب و روز.
canned-tomorrow = 🕒 فردا دوباره برایتان می‌نویسیم.
canned-no-documents = 📷 لطفاً اینجا از مدارک خود عکس نفرستید. آن‌ها را به دفتر مراجعه حضوری (drop-in) بیاورید.

## For staff and volunteers (in the staff chat)

handoff-header =
    🎫 #{ $ticket } · { $need } · { $language } · { $urgency }
    نتیجه: { $outcome } · سطح: { $tier }
    نام: { $name }
    مسیر: { $path }
    وضعیت: { $status }
handoff-status-open = 🟡 باز، منتظر یک نفر
handoff-status-claimed = 🟢 بر عهده { $alias }
handoff-status-closed = ⚪ بسته
handoff-status-reopened = 🔁 دوباره باز شد، منتظر یک نفر
handoff-claim-button = ✋ بر عهده می‌گیرم
handoff-close-button = ✅ بستن
handoff-reassign-button = 🔁 برگرداندن به صف
handoff-canned-button = 💬 پاسخ‌های آماده
handoff-claimed-by = ✋ { $alias } این درخواست را بر عهده گرفت. پیام‌هایی که اینجا می‌فرستد، به آن شخص می‌رسد.
handoff-already-claimed = این درخواست از قبل بر عهده { $alias } است.
handoff-not-claimable = این درخواست را الان نمی‌شود بر عهده گرفت.
handoff-not-claimer = ⚠️ فرستاده نشد: فقط { $alias }، که این درخواست را بر عهده گرفته، می‌تواند به آن شخص پیام بدهد. برای یادداشت تیمی، پیام را با // شروع کنید.
handoff-unclaimed-post = ⚠️ فرستاده نشد: اول درخواست را بر عهده بگیرید. برای یادداشت تیمی، پیام را با // شروع کنید.
handoff-client-left = 👋 آن شخص به منوی ربات برگشت.
handoff-client-blocked = 🚫 این فرد ربات را مسدود کرده است. پیام‌های اینجا تا وقتی دوباره بنویسد به او نمی‌رسد.
handoff-client-crisis = 🆘 پیام این شخص با فهرست کلمات بحران جور بود. شماره‌های اضطراری به او نشان داده شد.
handoff-closed = ✅ { $alias } آن را بست.
handoff-reopened = 🔁 آن شخص بعد از بسته شدن این درخواست دوباره نوشت. درخواست به صف برگشته است.
handoff-forgotten = 🗑 آن شخص اطلاعاتش را پاک کرد. این درخواست بسته شد و پیوند پیام‌هایش دیگر وجود ندارد.
handoff-rating = ⭐ آن شخص به "به شما کمک کردیم؟" جواب داد: { $answer }
handoff-canned-pick = 💬 یک پاسخ انتخاب کنید. آن شخص آن را به زبان خودش می‌گیرد؛ شما آن را اینجا به انگلیسی می‌بینید.
handoff-canned-sent = 📤 برای آن شخص فرستاده شد: { $text }
handoff-reassigned = 🔁 { $alias } این درخواست را به صف برگرداند.
handoff-unclaimed-again = ⏰ درخواست #{ $ticket } هنوز منتظر یک نفر است.
handoff-mentions = به { $language } صحبت می‌کنند: { $names }
handoff-no-forum = ⚠️ این گفت‌وگوی کارکنان تاپیک (topics) ندارد، یا من نمی‌توانم اینجا تاپیک‌ها را مدیریت کنم. برای همین هر درخواست را به شکل یک کارت می‌فرستم: برای جواب دادن به آن شخص، به کارت درخواست یا به پیام‌های آن ریپلای (reply) کنید.
handoff-not-allowed = 🔒 نقش شما اجازه این کار را ندارد.
team-title = 👥 تیم ({ $count })
team-line = • { $id } · { $role } · { $alias } · { $languages } · { $availability }
team-available = در دسترس
team-away = در دسترس نیست
team-added = ✅ نقش { $id } از حالا: { $role }
team-removed = ✅ { $id } از تیم حذف شد.
team-not-found = { $id } در تیم نیست.
team-usage = روش استفاده: /team، /team add <id> staff|volunteer، /team remove <id> (یا به پیام او ریپلای کنید).
team-alias-set = ✅ مردم شما را با نام "{ $alias }" می‌بینند.
team-alias-usage = روش استفاده: /alias Sam, volunteer
team-languages-set = ✅ زبان‌های شما: { $languages }
team-languages-usage = روش استفاده: /languages ar fa en
team-now-available = ✅ شما در دسترس هستید. درخواست‌های جدید به زبان‌های شما، شما را منشن (mention) می‌کنند.
team-now-away = 💤 شما در دسترس نیستید. درخواست‌های جدید شما را منشن نمی‌کنند.
outbox-title = 📮 صندوق خروجی (Outbox): { $counts }
outbox-errors = آخرین خطاها:
