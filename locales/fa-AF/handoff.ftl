## Locale: fa-AF (Dari, دری)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Talking to a person: the relay between a client and the volunteer who claimed the ticket.
## The client never sees a volunteer's name or account, only the alias they chose.

relay-greeting = 💬 شما با { $alias } گپ می‌زنید. اینجا بنویسید. جواب را در همین گفتگو می‌گیرید. لطفاً شماره مرجع Home Office، شماره کارت ASPEN یا رمز (PIN) خود را نفرستید.
relay-default-alias = یک داوطلب از تیم Firstport
relay-bar-menu = 🏠 فهرست
relay-bar-end = ❌ ختم گفتگو
relay-ended = 👋 گفتگو ختم شد. دوباره با ربات هستید. تیم ما هنوز هم می‌تواند اینجا برای شما بنویسد.
relay-reassigned = 🔁 شخص دیگری از تیم ما با شما ادامه می‌دهد. لطفاً اینجا منتظر پیام او باشید.
relay-closed-question = 🙏 تیم ما این گفتگو را ختم کرد. آیا به شما کمک کردیم؟
relay-rating-yes = 👍 بلی
relay-rating-no = 👎 نخیر
relay-rating-thanks = 🙏 تشکر که به ما گفتید.

## Canned replies: a volunteer picks one; the client receives it in their own language.

canned-received = ✅ پیام شما به ما رسید. به زودی یک نفر به شما جواب می‌دهد.
canned-dropin = 🤝 لطفاً به مرکز مراجعه (drop-in) بیایید. هر نامه‌ای که دارید، با خود بیاورید.
canned-migrant-help = 📞 لطفاً به Migrant Help به شماره 0808 8010 503 زنگ بزنید. رایگان است، شب و روز.
canned-nhs-111 = 🩺 برای مشکل صحی، به NHS 111 زنگ بزنید. رایگان است، شب و روز.
canned-tomorrow = 🕒 فردا دوباره برای شما می‌نویسیم.
canned-no-documents = 📷 لطفاً اینجا از اسناد خود عکس نفرستید. آن‌ها را به مرکز مراجعه (drop-in) بیاورید.

## For staff and volunteers (in the staff chat)

handoff-header =
    🎫 #{ $ticket } · { $need } · { $language } · { $urgency }
    نتیجه: { $outcome } · سطح: { $tier }
    نام: { $name }
    مسیر: { $path }
    حالت: { $status }
handoff-status-open = 🟡 باز، منتظر یک نفر
handoff-status-claimed = 🟢 به عهده { $alias }
handoff-status-closed = ⚪ بسته
handoff-status-reopened = 🔁 دوباره باز شد، منتظر یک نفر
handoff-claim-button = ✋ به عهده می‌گیرم
handoff-close-button = ✅ بستن
handoff-reassign-button = 🔁 پس فرستادن به صف
handoff-canned-button = 💬 جواب‌های آماده
handoff-claimed-by = ✋ { $alias } این تکت را به عهده گرفت. پیام‌هایی که اینجا می‌فرستد، به آن شخص می‌رسد.
handoff-already-claimed = این تکت از قبل به عهده { $alias } است.
handoff-not-claimable = این تکت را حالا به عهده گرفته نمی‌توانید.
handoff-not-claimer = ⚠️ فرستاده نشد: تنها { $alias }، که این تکت را به عهده گرفته است، می‌تواند به آن شخص بنویسد. برای یادداشت تیم، پیام را با // شروع کنید.
handoff-unclaimed-post = ⚠️ فرستاده نشد: اول تکت را به عهده بگیرید. برای یادداشت تیم، پیام را با // شروع کنید.
handoff-client-left = 👋 آن شخص به فهرست ربات برگشت.
handoff-client-blocked = 🚫 این شخص ربات را بند کرده است. پیام‌های اینجا تا وقتی دوباره بنویسد به او نمی‌رسد.
handoff-client-crisis = 🆘 پیام این شخص با لست کلمات بحران مطابقت داشت. شماره‌های کمک عاجل به او نشان داده شد.
handoff-closed = ✅ { $alias } آن را بست.
handoff-reopened = 🔁 آن شخص بعد از بسته شدن این تکت دوباره نوشت. تکت دوباره در صف انتظار است.
handoff-forgotten = 🗑 آن شخص معلومات خود را پاک کرد. این تکت بسته شد و لینک‌های پیام‌های آن از بین رفت.
handoff-rating = ⭐ آن شخص به "آیا به شما کمک کردیم؟" جواب داد: { $answer }
handoff-canned-pick = 💬 یک جواب را انتخاب کنید. آن شخص آن را به زبان خود می‌گیرد؛ شما آن را اینجا به انگلیسی می‌بینید.
handoff-canned-sent = 📤 به آن شخص فرستاده شد: { $text }
handoff-reassigned = 🔁 { $alias } این تکت را دوباره به صف انتظار فرستاد.
handoff-unclaimed-again = ⏰ تکت #{ $ticket } هنوز منتظر یک نفر است.
handoff-mentions = به زبان { $language } گپ می‌زنند: { $names }
handoff-no-forum = ⚠️ این گفتگوی کارمندان موضوع‌ها (topics) ندارد، یا من اینجا موضوع‌ها را مدیریت کرده نمی‌توانم. پس هر تکت را به شکل یک کارت می‌فرستم: برای جواب دادن به آن شخص، به کارت تکت یا به پیام‌های آن ریپلای (reply) کنید.
handoff-not-allowed = 🔒 نقش شما اجازه این کار را ندارد.
team-title = 👥 تیم ({ $count })
team-line = • { $id } · { $role } · { $alias } · { $languages } · { $availability }
team-available = در دسترس
team-away = در دسترس نیست
team-added = ✅ نقش { $id } از حالا: { $role }
team-removed = ✅ { $id } از تیم برداشته شد.
team-not-found = { $id } در تیم نیست.
team-usage = طریقه استفاده: /team، /team add <id> staff|volunteer، /team remove <id> (یا به پیام او ریپلای کنید).
team-alias-set = ✅ مردم شما را به نام "{ $alias }" می‌بینند.
team-alias-usage = طریقه استفاده: /alias Sam, volunteer
team-languages-set = ✅ زبان‌های شما: { $languages }
team-languages-usage = طریقه استفاده: /languages ar fa en
team-now-available = ✅ شما در دسترس هستید. در تکت‌های جدید به زبان‌های شما، از شما نام گرفته می‌شود (mention).
team-now-away = 💤 شما در دسترس نیستید. در تکت‌های جدید از شما نام گرفته نمی‌شود.
outbox-title = 📮 صندوق خروجی (Outbox): { $counts }
outbox-errors = آخرین خطاها:
