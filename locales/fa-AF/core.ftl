## Locale: fa-AF (Dari, دری)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Rules for every locale: short sentences, one idea per line, an icon on every button.
## Never put bidi marks inside /commands. Numbers and entitlements come from
## shared/reference/domain-facts.md (fact ids in comments); translate the words, never the numbers.

## Language picker

# The name of this language, written in this language (an endonym). Shown in the picker.
lang-name = دری
lang-choose = 🌐 زبان خود را انتخاب کنید.
lang-changed = ✅ از حالا به زبان دری برای شما می‌نویسم.

## Privacy notice (its version lives in bot/onboarding.py: PRIVACY_VERSION)

privacy-notice =
    🔒 حریم خصوصی شما

    📝 چه چیزهایی را نگه می‌داریم: زبان شما، نام اول شما، تاریخی که موافقه کردید، موضوع‌هایی که انتخاب کردید، وقت‌های ملاقات شما در مرکز مراجعه، انتخاب‌های شما درباره پیام‌های پیگیری، و پیام‌هایی که به تیم ما می‌فرستید.
    🎯 چرا: تا به شما کمک کنیم و زبان شما را به یاد داشته باشیم.
    ⏳ تا چه وقت: تا وقتی که شما آن را پاک کنید، یا تا 12 ماه بعد از آخرین پیام شما.
    👥 چه کسی آن را می‌بیند: تنها تیم خیریه Firstport. ما Home Office (وزارت داخله بریتانیا) نیستیم. این معلومات را با Home Office یا با شرکتی که به شما خانه داده است، شریک نمی‌سازیم.
    🗑 انتخاب با شماست: با /mydata می‌بینید که چه چیزهایی را نگه می‌داریم. با /forget همه پاک می‌شود.

    ⚠️ هرگز شماره مرجع Home Office، شماره کارت ASPEN یا رمز (PIN) خود را برای ما نفرستید.
privacy-agree = ✅ موافقم
privacy-decline = ✖️ نه، تشکر
privacy-agreed = ✅ تشکر. هر وقت بخواهید، می‌توانید با /forget نظر خود را تغییر دهید.
privacy-declined = 👍 مشکلی نیست. ما هیچ چیزی در باره شما نگه نمی‌داریم. باز هم می‌توانید همه معلومات را بخوانید. اگر نظر شما تغییر کرد، /start را بفرستید.
privacy-updated = 🔒 اطلاعیه حریم خصوصی ما تغییر کرده است. لطفاً آن را دوباره بخوانید.
privacy-withdrawn = ✅ آنچه را در باره شما نگه داشته بودیم پاک کردیم. باز هم می‌توانید همه معلومات را بخوانید. برای موافقه دوباره، /start را بفرستید.
privacy-stale = ⌛ آن اطلاعیه کهنه بود. این اطلاعیه فعلی است.

## Main menu: every item has an icon and short words

menu-title = 🏠 فهرست اصلی. به چه چیزی ضرورت دارید؟
menu-housing = 🏠 خانه و رهایش
menu-aspen = 💳 کارت ASPEN
menu-gp = 🩺 داکتر (GP)
menu-dentist = 🦷 داکتر دندان
menu-esol = 📚 کورس زبان انگلیسی
menu-services = 📍 پیدا کردن خدمات
menu-other = ❔ چیز دیگر
menu-urgent = 🆘 کمک عاجل
menu-language = 🌐 زبان
menu-privacy = 🔒 معلومات من
menu-help = ❓ رهنمایی

## Safety card (EM-01, EM-03, EM-04, EM-07, EM-08, EM-09, EM-11, EM-13, EM-14, AS-02)

safety-card =
    🆘 کمک عاجل. همه این تماس‌ها رایگان است.

    🚨 اگر همین حالا در خطر هستید: به 999 زنگ بزنید. نام زبان خود را به انگلیسی بگویید، مثلاً "Dari". منتظر ترجمان باشید. اگر گپ زده نمی‌توانید، 55 را فشار دهید.
    🩺 اگر مریض یا زخمی هستید: به NHS 111 زنگ بزنید، شب و روز. نام زبان خود را بگویید تا ترجمان بگیرید.
    💭 اگر بسیار غمگین هستید، یا به خودکشی فکر می‌کنید: به 111 زنگ بزنید و گزینه صحت روانی را انتخاب کنید. یا به Samaritans 116 123 زنگ بزنید، شب و روز.
    🏠 خشونت یا آزار در خانه: National Domestic Abuse Helpline 0808 2000 247، شب و روز.
    ⛓️ اگر شما را به زور به کار وادار می‌کنند، یا کسی شما را کنترول می‌کند: Modern Slavery & Exploitation Helpline 08000 121 700، شب و روز.
    🏘️ مشکل خانه یا کارت ASPEN: Migrant Help 0808 8010 503، شب و روز.

## Help

help-text =
    ❓ طریقه استفاده از Firstport

    👆 دکمه‌ها را فشار دهید. نوشتن ضرورت نیست.
    🏠 با /menu فهرست اصلی را می‌بینید.
    🌐 با /language زبان را تغییر می‌دهید.
    🔔 /checkins: هر چند وقت از احوال تان بپرسیم، یا بند کردن آن.
    🔒 با /privacy می‌بینید که چه چیزهایی را نگه می‌داریم. با /mydata آن را برای شما می‌فرستیم. با /forget آن را پاک می‌کنیم.
    🆘 شماره‌های عاجل: /urgent

    ما یک تیم خیریه هستیم، نه Home Office. می‌توانیم به شما نشان دهیم که از کجا کمک بگیرید. اینجا نمی‌توانیم در باره دوسیه شما مشوره حقوقی بدهیم.

## Command menu (setMyCommands); at most 256 characters each

cmd-start = شروع دوباره
cmd-menu = فهرست اصلی
cmd-language = تغییر زبان
cmd-help = طریقه استفاده از این ربات
cmd-privacy = چه چیزهایی را در باره شما نگه می‌داریم
cmd-mydata = معلوماتم را برایم بفرست
cmd-forget = معلوماتم را پاک کن
cmd-urgent = کمک عاجل و شماره‌های عاجل

## Bot profile (setMyDescription: at most 512 characters; short: at most 120)

about-description = ربات Firstport به پناه‌جویان و پناهنده‌ها کمک می‌کند تا کمک درست را پیدا کنند: خانه، کارت ASPEN، داکتر، داکتر دندان و کورس زبان انگلیسی. رایگان است. ما یک مؤسسه خیریه هستیم، نه Home Office. در خطر هستید؟ به 999 زنگ بزنید.
about-short = کمک برای خانه، کارت ASPEN، داکتر، داکتر دندان و کورس زبان انگلیسی. ما Home Office نیستیم.

## Your data

data-export-caption = 📄 این همه چیزهایی است که در باره شما نگه می‌داریم.
data-export-empty = 📄 ما هیچ چیزی در باره شما نگه نمی‌داریم.
forget-confirm = 🗑 همه چیزهایی را که در باره شما نگه می‌داریم پاک کنیم؟ این کار دوباره برگشت داده نمی‌شود.
forget-yes = 🗑 بلی، پاک شود
forget-no = ↩️ نخیر، نگه دارید
forget-done = ✅ انجام شد. همه چیزهایی را که در باره شما نگه داشته بودیم پاک کردیم. برای شروع دوباره، /start را بفرستید.
forget-nothing = ✅ ما هیچ چیزی در باره شما نگه نمی‌داریم. چیزی برای پاک کردن نیست.
forget-kept = 👍 هیچ چیزی پاک نشد.
data-show = 📄 دیدن معلومات من
data-delete = 🗑 پاک کردن معلومات من

## Messages we cannot use

fallback-voice = 🎤 ببخشید، من پیام صوتی را شنیده نمی‌توانم. لطفاً یکی از دکمه‌های پایین را فشار دهید.
fallback-sticker = 🙂 تشکر! لطفاً یکی از دکمه‌های پایین را فشار دهید.
fallback-photo = 🖼️ من عکس‌ها را دیده نمی‌توانم. لطفاً یکی از دکمه‌های پایین را فشار دهید. هرگز از اسناد یا کارت‌های خود عکس نفرستید.
fallback-media = 🎬 من این را پخش کرده نمی‌توانم. لطفاً یکی از دکمه‌های پایین را فشار دهید.
fallback-location = 📍 تشکر. من موقعیت‌ها را نگه نمی‌دارم. لطفاً یکی از دکمه‌های پایین را فشار دهید.
fallback-contact = 👤 تشکر. من معلومات تماس را نگه نمی‌دارم. لطفاً یکی از دکمه‌های پایین را فشار دهید.
fallback-document = 📎 من فایل‌ها را باز کرده نمی‌توانم. لطفاً اسناد را اینجا نفرستید. یکی از دکمه‌های پایین را فشار دهید.
fallback-edited = ✏️ دیدم که شما یک پیام را تغییر دادید. من تنها پیام‌های جدید را می‌خوانم. لطفاً یکی از دکمه‌های پایین را فشار دهید.
fallback-text = 🤔 ببخشید، نفهمیدم. لطفاً یکی از دکمه‌های پایین را فشار دهید.
fallback-other = 🤔 ببخشید، من از این استفاده کرده نمی‌توانم. لطفاً یکی از دکمه‌های پایین را فشار دهید.

## Buttons that no longer work (answerCallbackQuery: at most 200 characters)

button-stale = ⌛ این دکمه کهنه است. این هم دکمه‌های فعلی.

## Navigation buttons

nav-menu = 🏠 فهرست
nav-back = ⬅️ برگشت

## Groups and errors

group-private-only = 👋 من تنها در گفتگوهای خصوصی کار می‌کنم. لطفاً مستقیم به من پیام بدهید. خدا حافظ!
error-generic = 😔 ببخشید، یک مشکل پیش آمد. لطفاً دوباره کوشش کنید. در خطر هستید؟ به 999 زنگ بزنید.
