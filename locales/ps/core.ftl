## Locale: ps (Pashto, پښتو)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Rules for every locale: short sentences, one idea per line, an icon on every button.
## Never put bidi marks inside /commands. Numbers and entitlements come from
## shared/reference/domain-facts.md (fact ids in comments); translate the words, never the numbers.

## Language picker

# The name of this language, written in this language (an endonym). Shown in the picker.
lang-name = پښتو
lang-choose = 🌐 خپله ژبه وټاکئ.
lang-changed = ✅ اوس به تاسو ته په پښتو ولیکم.

## Privacy notice (its version lives in bot/onboarding.py: PRIVACY_VERSION)

privacy-notice =
    🔒 ستاسو محرمیت

    📝 موږ څه ساتو: ستاسو ژبه، ستاسو لومړی نوم، هغه نېټه چې تاسو موافقه وکړه، هغه موضوعګانې چې تاسو وټاکلې، د مرستې مرکز لپاره ستاسو وختونه، د تعقیب پیغامونو په اړه ستاسو خوښه، او هغه پیغامونه چې زموږ ټیم ته یې لېږئ.
    🎯 ولې: ترڅو له تاسو سره مرسته وکړو او ستاسو ژبه په یاد ولرو.
    ⏳ تر کومه وخته: تر هغه چې تاسو یې پاک کړئ، یا ستاسو له وروستي پیغام څخه 12 میاشتې وروسته.
    👥 څوک یې ویني: یوازې د Firstport خیریه ټیم. موږ Home Office (د بریتانیا د کورنیو چارو وزارت) نه یو. موږ دا معلومات Home Office ته، یا هغه شرکت ته چې تاسو ته یې کور درکړی، نه ورکوو.
    🗑 ستاسو خوښه: په /mydata سره ګورئ چې موږ څه ساتو. په /forget سره هر څه پاکېږي.

    ⚠️ هېڅکله موږ ته د Home Office د حوالې شمېره، د ASPEN کارت شمېره یا پټ نمبر (PIN) مه لېږئ.
privacy-agree = ✅ موافق یم
privacy-decline = ✖️ نه، مننه
privacy-agreed = ✅ مننه. هر وخت چې وغواړئ، په /forget سره خپله پرېکړه بدلولی شئ.
privacy-declined = 👍 هېڅ خبره نه ده. موږ ستاسو په اړه هېڅ شی نه ساتو. تاسو لا هم ټول معلومات لوستلی شئ. که مو نظر بدل شو، /start ولېږئ.
privacy-updated = 🔒 زموږ د محرمیت خبرتیا بدله شوې ده. مهرباني وکړئ بیا یې ولولئ.
privacy-withdrawn = ✅ هغه څه چې ستاسو په اړه مو ساتلي وو، پاک مو کړل. تاسو لا هم ټول معلومات لوستلی شئ. د بیا موافقې لپاره، /start ولېږئ.
privacy-stale = ⌛ هغه خبرتیا زړه وه. دا اوسنۍ خبرتیا ده.

## Main menu: every item has an icon and short words

menu-title = 🏠 اصلي مینو. تاسو څه ته اړتیا لرئ؟
menu-housing = 🏠 کور او استوګنه
menu-aspen = 💳 د ASPEN کارت
menu-gp = 🩺 ډاکټر (GP)
menu-dentist = 🦷 د غاښونو ډاکټر
menu-esol = 📚 د انګلیسي ژبې کورسونه
menu-services = 📍 خدمتونه ومومئ
menu-other = ❔ بل څه
menu-urgent = 🆘 بیړنۍ مرسته
menu-language = 🌐 ژبه
menu-privacy = 🔒 زما معلومات
menu-help = ❓ لارښوونه

## Safety card (EM-01, EM-03, EM-04, EM-07, EM-08, EM-09, EM-11, EM-13, EM-14, AS-02)

safety-card =
    🆘 بیړنۍ مرسته. دا ټول زنګونه وړیا دي.

    🚨 که همدا اوس په خطر کې یاست: 999 ته زنګ ووهئ. د خپلې ژبې نوم په انګلیسي ووایئ، د بېلګې په توګه "Pashto". د ژباړونکي انتظار وکړئ. که خبرې نه شئ کولی، 55 کېکاږئ.
    🩺 که ناروغ یا ټپي یاست: NHS 111 ته زنګ ووهئ، شپه او ورځ. د خپلې ژبې نوم ووایئ، چې ژباړونکی درکړل شي.
    💭 که ډېر خپه یاست، یا د ځان وژنې فکر کوئ: 111 ته زنګ ووهئ او د رواني روغتیا برخه وټاکئ. یا Samaritans 116 123 ته زنګ ووهئ، شپه او ورځ.
    🏠 په کور کې تاوتریخوالی یا ځورونه: National Domestic Abuse Helpline 0808 2000 247، شپه او ورځ.
    ⛓️ که په زور درنه کار اخلي، یا څوک تاسو کنټرولوي: Modern Slavery & Exploitation Helpline 08000 121 700، شپه او ورځ.
    🏘️ د کور یا د ASPEN کارت ستونزه: Migrant Help 0808 8010 503، شپه او ورځ.

## Help

help-text =
    ❓ د Firstport د کارولو طریقه

    👆 تڼۍ کېکاږئ. لیکلو ته اړتیا نشته.
    🏠 په /menu سره اصلي مینو ګورئ.
    🌐 په /language سره ژبه بدلوئ.
    🔔 /checkins: څو ځله ستاسو حال وپوښتو، یا یې بند کړئ.
    🔒 په /privacy سره ګورئ چې موږ څه ساتو. په /mydata سره یې تاسو ته لېږو. په /forget سره یې پاکوو.
    🆘 بیړنۍ شمېرې: /urgent

    موږ یو خیریه ټیم یو، نه Home Office. موږ تاسو ته ښودلی شو چې مرسته له کومه ترلاسه کړئ. موږ دلته ستاسو د دوسیې په اړه حقوقي مشوره نه شو درکولی.

## Command menu (setMyCommands); at most 256 characters each

cmd-start = بیا پیل کړئ
cmd-menu = اصلي مینو
cmd-language = ژبه بدله کړئ
cmd-help = د کارولو طریقه
cmd-privacy = موږ ستاسو په اړه څه ساتو
cmd-mydata = زما معلومات ماته راولېږئ
cmd-forget = زما معلومات پاک کړئ
cmd-urgent = بیړنۍ مرسته او بیړنۍ شمېرې

## Bot profile (setMyDescription: at most 512 characters; short: at most 120)

about-description = د Firstport خدمت له پناه غوښتونکو او کډوالو سره مرسته کوي چې سمه مرسته ومومي: کور او استوګنه، د ASPEN کارت، ډاکټر، د غاښونو ډاکټر او د انګلیسي ژبې کورسونه. وړیا دی. موږ یوه خیریه موسسه یو، نه Home Office. په خطر کې یاست؟ 999 ته زنګ ووهئ.
about-short = د کور، ASPEN کارت، ډاکټر، د غاښونو ډاکټر او انګلیسي کورسونو لپاره مرسته. موږ Home Office نه یو.

## Your data

data-export-caption = 📄 دا هر هغه څه دي چې موږ یې ستاسو په اړه ساتو.
data-export-empty = 📄 موږ ستاسو په اړه هېڅ شی نه ساتو.
forget-confirm = 🗑 هر هغه څه چې ستاسو په اړه یې ساتو، پاک یې کړو؟ دا کار بېرته نه راګرځي.
forget-yes = 🗑 هو، پاک یې کړئ
forget-no = ↩️ نه، ویې ساتئ
forget-done = ✅ وشول. هر هغه څه چې ستاسو په اړه مو ساتل، پاک مو کړل. د بیا پیل لپاره، /start ولېږئ.
forget-nothing = ✅ موږ ستاسو په اړه هېڅ شی نه ساتو. د پاکولو لپاره هېڅ شی نشته.
forget-kept = 👍 هېڅ شی پاک نه شو.
data-show = 📄 زما معلومات وګورئ
data-delete = 🗑 زما معلومات پاک کړئ

## Messages we cannot use

fallback-voice = 🎤 بښنه غواړم، زه غږیز پیغامونه نه شم اورېدلی. مهرباني وکړئ لاندې یوه تڼۍ کېکاږئ.
fallback-sticker = 🙂 مننه! مهرباني وکړئ لاندې یوه تڼۍ کېکاږئ.
fallback-photo = 🖼️ زه انځورونه نه شم کتلی. مهرباني وکړئ لاندې یوه تڼۍ کېکاږئ. هېڅکله د خپلو اسنادو یا کارتونو عکسونه مه لېږئ.
fallback-media = 🎬 زه دا نه شم چلولی. مهرباني وکړئ لاندې یوه تڼۍ کېکاږئ.
fallback-location = 📍 مننه. زه د ځای معلومات نه ساتم. مهرباني وکړئ لاندې یوه تڼۍ کېکاږئ.
fallback-contact = 👤 مننه. زه د اړیکې معلومات نه ساتم. مهرباني وکړئ لاندې یوه تڼۍ کېکاږئ.
fallback-document = 📎 زه فایلونه نه شم خلاصولی. مهرباني وکړئ دلته اسناد مه لېږئ. لاندې یوه تڼۍ کېکاږئ.
fallback-edited = ✏️ ما ولیدل چې تاسو یو پیغام بدل کړ. زه یوازې نوي پیغامونه لولم. مهرباني وکړئ لاندې یوه تڼۍ کېکاږئ.
fallback-text = 🤔 بښنه غواړم، پوه نه شوم. مهرباني وکړئ لاندې یوه تڼۍ کېکاږئ.
fallback-other = 🤔 بښنه غواړم، زه دا نه شم کارولی. مهرباني وکړئ لاندې یوه تڼۍ کېکاږئ.

## Buttons that no longer work (answerCallbackQuery: at most 200 characters)

button-stale = ⌛ دا تڼۍ زړه ده. دا دي اوسنۍ تڼۍ.

## Navigation buttons

nav-menu = 🏠 مینو
nav-back = ⬅️ شاته

## Groups and errors

group-private-only = 👋 زه یوازې په شخصي چټونو کې کار کوم. مهرباني وکړئ ماته مستقیم پیغام راولېږئ. په مخه مو ښه!
error-generic = 😔 بښنه غواړم، یوه ستونزه پیدا شوه. مهرباني وکړئ بیا هڅه وکړئ. په خطر کې یاست؟ 999 ته زنګ ووهئ.
