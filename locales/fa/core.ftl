## Locale: fa (Farsi, فارسی)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Rules for every locale: short sentences, one idea per line, an icon on every button.
## Never put bidi marks inside /commands. Numbers and entitlements come from
## shared/reference/domain-facts.md (fact ids in comments); translate the words, never the numbers.

## Language picker

# The name of this language, written in this language (an endonym). Shown in the picker.
lang-name = فارسی
lang-choose = 🌐 زبان خود را انتخاب کنید.
lang-changed = ✅ از این به بعد به فارسی برایتان می‌نویسم.

## Privacy notice (its version lives in bot/onboarding.py: PRIVACY_VERSION)

privacy-notice =
    🔒 حریم خصوصی شما

    📝 چه چیزهایی را نگه می‌داریم: زبان شما، نام کوچک شما، تاریخی که موافقت کردید، موضوع‌هایی که انتخاب کردید، نوبت‌های مراجعه حضوری شما، انتخاب‌های شما درباره پیام‌های پیگیری، و پیام‌هایی که برای تیم ما می‌فرستید.
    🎯 چرا: برای اینکه به شما کمک کنیم و زبانتان را به خاطر بسپاریم.
    ⏳ تا چه مدت: تا وقتی که خودتان آن را پاک کنید، یا تا 12 ماه بعد از آخرین پیامتان.
    👥 چه کسی آن را می‌بیند: فقط تیم خیریه Firstport. ما Home Office (وزارت کشور بریتانیا) نیستیم. این اطلاعات را به Home Office یا به شرکتی که برایتان مسکن تهیه کرده است نمی‌دهیم.
    🗑 انتخاب با شماست: با /mydata می‌بینید چه چیزهایی را نگه می‌داریم. با /forget همه پاک می‌شود.

    ⚠️ هرگز شماره مرجع Home Office، شماره کارت ASPEN یا رمز (PIN) خود را برای ما نفرستید.
privacy-agree = ✅ موافقم
privacy-decline = ✖️ نه، ممنون
privacy-agreed = ✅ متشکرم. هر وقت خواستید، می‌توانید با /forget نظرتان را تغییر دهید.
privacy-declined = 👍 اشکالی ندارد. ما هیچ چیزی درباره شما نگه نمی‌داریم. باز هم می‌توانید همه اطلاعات را بخوانید. اگر نظرتان عوض شد، /start را بفرستید.
privacy-updated = 🔒 متن حریم خصوصی ما تغییر کرده است. لطفاً دوباره آن را بخوانید.
privacy-withdrawn = ✅ آنچه درباره شما نگه داشته بودیم را پاک کردیم. باز هم می‌توانید همه اطلاعات را بخوانید. برای موافقت دوباره، /start را بفرستید.
privacy-stale = ⌛ آن متن قدیمی بود. این متن فعلی است.

## Main menu: every item has an icon and short words

menu-title = 🏠 منوی اصلی. به چه چیزی نیاز دارید؟
menu-housing = 🏠 مسکن
menu-aspen = 💳 کارت ASPEN
menu-gp = 🩺 پزشک عمومی (GP)
menu-dentist = 🦷 دندانپزشک
menu-esol = 📚 کلاس زبان انگلیسی
menu-services = 📍 پیدا کردن خدمات
menu-other = ❔ چیز دیگر
menu-urgent = 🆘 کمک فوری
menu-language = 🌐 زبان
menu-privacy = 🔒 اطلاعات من
menu-help = ❓ راهنما

## Safety card (EM-01, EM-03, EM-04, EM-07, EM-08, EM-09, EM-11, EM-13, EM-14, AS-02)

safety-card =
    🆘 کمک فوری. همه این تماس‌ها رایگان است.

    🚨 اگر همین حالا در خطر هستید: با 999 تماس بگیرید. نام زبانتان را به انگلیسی بگویید، مثلاً "Farsi". منتظر مترجم بمانید. اگر نمی‌توانید حرف بزنید، 55 را بزنید.
    🩺 اگر بیمار یا زخمی هستید: با NHS 111 تماس بگیرید، شب و روز. نام زبانتان را بگویید تا مترجم بگیرید.
    💭 اگر خیلی ناراحت و دلشکسته هستید، یا به خودکشی فکر می‌کنید: با 111 تماس بگیرید و گزینه سلامت روان را انتخاب کنید. یا با Samaritans 116 123 تماس بگیرید، شب و روز.
    🏠 خشونت یا آزار در خانه: National Domestic Abuse Helpline 0808 2000 247، شب و روز.
    ⛓️ اگر به زور از شما کار می‌کشند، یا کسی شما را کنترل می‌کند: Modern Slavery & Exploitation Helpline 08000 121 700، شب و روز.
    🏘️ مشکل مسکن یا کارت ASPEN: Migrant Help 0808 8010 503، شب و روز.

## Help

help-text =
    ❓ راهنمای استفاده از Firstport

    👆 روی دکمه‌ها بزنید. لازم نیست چیزی بنویسید.
    🏠 با /menu منوی اصلی را می‌بینید.
    🌐 با /language زبان را عوض می‌کنید.
    🔔 /checkins: هر چند وقت حالتان را بپرسیم، یا توقف آن.
    🔒 با /privacy می‌بینید چه چیزهایی را نگه می‌داریم. با /mydata آن را برایتان می‌فرستیم. با /forget آن را پاک می‌کنیم.
    🆘 شماره‌های اضطراری: /urgent

    ما یک تیم خیریه هستیم، نه Home Office. می‌توانیم به شما نشان دهیم از کجا کمک بگیرید. اینجا نمی‌توانیم درباره پرونده شما مشاوره حقوقی بدهیم.

## Command menu (setMyCommands); at most 256 characters each

cmd-start = شروع دوباره
cmd-menu = منوی اصلی
cmd-language = تغییر زبان
cmd-help = راهنمای استفاده از این ربات
cmd-privacy = چه چیزهایی درباره شما نگه می‌داریم
cmd-mydata = اطلاعاتم را برایم بفرست
cmd-forget = اطلاعاتم را پاک کن
cmd-urgent = کمک فوری و شماره‌های اضطراری

## Bot profile (setMyDescription: at most 512 characters; short: at most 120)

about-description = ربات Firstport به پناهجویان و پناهندگان کمک می‌کند تا کمک مناسب را پیدا کنند: مسکن، کارت ASPEN، پزشک، دندانپزشک و کلاس زبان انگلیسی. رایگان است. ما یک مؤسسه خیریه هستیم، نه Home Office. در خطر هستید؟ با 999 تماس بگیرید.
about-short = کمک برای مسکن، کارت ASPEN، پزشک، دندانپزشک و کلاس زبان انگلیسی. ما Home Office نیستیم.

## Your data

data-export-caption = 📄 این همه چیزهایی است که درباره شما نگه می‌داریم.
data-export-empty = 📄 ما هیچ چیزی درباره شما نگه نمی‌داریم.
forget-confirm = 🗑 همه چیزهایی که درباره شما نگه می‌داریم پاک شود؟ این کار برگشت ندارد.
forget-yes = 🗑 بله، پاک شود
forget-no = ↩️ نه، نگه دارید
forget-done = ✅ انجام شد. همه چیزهایی را که درباره شما نگه داشته بودیم پاک کردیم. برای شروع دوباره، /start را بفرستید.
forget-nothing = ✅ ما هیچ چیزی درباره شما نگه نمی‌داریم. چیزی برای پاک کردن نیست.
forget-kept = 👍 هیچ چیزی پاک نشد.
data-show = 📄 دیدن اطلاعات من
data-delete = 🗑 پاک کردن اطلاعات من

## Messages we cannot use

fallback-voice = 🎤 متأسفم، نمی‌توانم پیام صوتی را گوش کنم. لطفاً یکی از دکمه‌های پایین را بزنید.
fallback-sticker = 🙂 ممنون! لطفاً یکی از دکمه‌های پایین را بزنید.
fallback-photo = 🖼️ نمی‌توانم عکس‌ها را ببینم. لطفاً یکی از دکمه‌های پایین را بزنید. هرگز از مدارک یا کارت‌هایتان عکس نفرستید.
fallback-media = 🎬 نمی‌توانم این را پخش کنم. لطفاً یکی از دکمه‌های پایین را بزنید.
fallback-location = 📍 ممنون. من موقعیت مکانی را نگه نمی‌دارم. لطفاً یکی از دکمه‌های پایین را بزنید.
fallback-contact = 👤 ممنون. من اطلاعات تماس را نگه نمی‌دارم. لطفاً یکی از دکمه‌های پایین را بزنید.
fallback-document = 📎 نمی‌توانم فایل‌ها را باز کنم. لطفاً اینجا مدرک نفرستید. یکی از دکمه‌های پایین را بزنید.
fallback-edited = ✏️ دیدم که یک پیام را تغییر دادید. من فقط پیام‌های جدید را می‌خوانم. لطفاً یکی از دکمه‌های پایین را بزنید.
fallback-text = 🤔 متأسفم، متوجه نشدم. لطفاً یکی از دکمه‌های پایین را بزنید.
fallback-other = 🤔 متأسفم، نمی‌توانم از این استفاده کنم. لطفاً یکی از دکمه‌های پایین را بزنید.

## Buttons that no longer work (answerCallbackQuery: at most 200 characters)

button-stale = ⌛ این دکمه قدیمی است. دکمه‌های فعلی اینجا هستند.

## Navigation buttons

nav-menu = 🏠 منو
nav-back = ⬅️ برگشت

## Groups and errors

group-private-only = 👋 من فقط در گفت‌وگوی خصوصی کار می‌کنم. لطفاً مستقیم به من پیام بدهید. خداحافظ!
error-generic = 😔 متأسفم، مشکلی پیش آمد. لطفاً دوباره امتحان کنید. در خطر هستید؟ با 999 تماس بگیرید.
