## Locale: ar (Arabic, العربية)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Rules for every locale: short sentences, one idea per line, an icon on every button.
## Never put bidi marks inside /commands. Numbers and entitlements come from
## shared/reference/domain-facts.md (fact ids in comments); translate the words, never the numbers.

## Language picker

# The name of this language, written in this language (an endonym). Shown in the picker.
lang-name = العربية
lang-choose = 🌐 اختر لغتك.
lang-changed = ✅ سأكتب لك بالعربية من الآن.

## Privacy notice (its version lives in bot/onboarding.py: PRIVACY_VERSION)

privacy-notice =
    🔒 خصوصيتك

    📝 ما نحتفظ به: لغتك، واسمك الأول، وتاريخ موافقتك، والمواضيع التي اخترتها، وحجوزاتك في مركز الاستقبال، واختياراتك لرسائل المتابعة، والرسائل التي ترسلها إلى فريقنا.
    🎯 لماذا: لنساعدك ولنتذكر لغتك.
    ⏳ إلى متى: حتى تحذفها، أو 12 شهرًا بعد آخر رسالة منك.
    👥 من يراها: فريق جمعية Firstport الخيرية فقط. نحن لسنا Home Office (وزارة الداخلية). لا نشاركها مع Home Office ولا مع الشركة التي توفر لك السكن.
    🗑 اختيارك: الأمر /mydata يعرض ما نحتفظ به. الأمر /forget يحذفه.

    ⚠️ لا ترسل لنا أبدًا رقمك المرجعي لدى Home Office، ولا رقم بطاقة ASPEN، ولا الرقم السري (PIN).
privacy-agree = ✅ أوافق
privacy-decline = ✖️ لا، شكرًا
privacy-agreed = ✅ شكرًا لك. يمكنك تغيير رأيك في أي وقت بإرسال /forget.
privacy-declined = 👍 لا بأس. لا نحتفظ بأي شيء عنك. ما زال بإمكانك قراءة كل المعلومات. إذا غيّرت رأيك، أرسل /start.
privacy-updated = 🔒 تغيّر إشعار الخصوصية لدينا. يرجى قراءته مرة أخرى.
privacy-withdrawn = ✅ حذفنا ما كنا نحتفظ به عنك. ما زال بإمكانك قراءة كل المعلومات. للموافقة مرة أخرى، أرسل /start.
privacy-stale = ⌛ ذلك الإشعار كان قديمًا. هذا هو الإشعار الحالي.

## Main menu: every item has an icon and short words

menu-title = 🏠 القائمة الرئيسية. ماذا تحتاج؟
menu-housing = 🏠 السكن
menu-aspen = 💳 بطاقة ASPEN
menu-gp = 🩺 الطبيب (GP)
menu-dentist = 🦷 طبيب الأسنان
menu-esol = 📚 دروس اللغة الإنجليزية
menu-services = 📍 البحث عن خدمات
menu-other = ❔ شيء آخر
menu-urgent = 🆘 مساعدة عاجلة
menu-language = 🌐 اللغة
menu-privacy = 🔒 بياناتي
menu-help = ❓ المساعدة

## Safety card (EM-01, EM-03, EM-04, EM-07, EM-08, EM-09, EM-11, EM-13, EM-14, AS-02)

safety-card =
    🆘 مساعدة عاجلة. كل هذه المكالمات مجانية.

    🚨 إذا كنت في خطر الآن: اتصل بالرقم 999. قل اسم لغتك بالإنجليزية، مثلًا "Arabic". انتظر المترجم. إذا لم تستطع الكلام، اضغط 55.
    🩺 إذا كنت مريضًا أو مصابًا: اتصل بـ NHS 111، ليلًا ونهارًا. قل اسم لغتك لتحصل على مترجم.
    💭 إذا كنت حزينًا جدًا، أو تفكر في الانتحار: اتصل بالرقم 111 واختر خيار الصحة النفسية. أو اتصل بـ Samaritans: 116 123، ليلًا ونهارًا.
    🏠 عنف أو إساءة في البيت: National Domestic Abuse Helpline 0808 2000 247، ليلًا ونهارًا.
    ⛓️ إذا أُجبرت على العمل، أو يتحكم بك شخص ما: Modern Slavery & Exploitation Helpline 08000 121 700، ليلًا ونهارًا.
    🏘️ مشكلة في السكن أو في بطاقة ASPEN: Migrant Help 0808 8010 503، ليلًا ونهارًا.

## Help

help-text =
    ❓ طريقة استخدام Firstport

    👆 اضغط على الأزرار. لا تحتاج إلى الكتابة.
    🏠 الأمر /menu يعرض القائمة الرئيسية.
    🌐 الأمر /language يغيّر اللغة.
    🔔 الأمر /checkins: كم مرة نطمئن عليك، أو إيقاف ذلك.
    🔒 الأمر /privacy يعرض ما نحتفظ به. الأمر /mydata يرسله إليك. الأمر /forget يحذفه.
    🆘 لعرض أرقام الطوارئ، أرسل /urgent.

    نحن فريق جمعية خيرية، ولسنا Home Office. يمكننا أن نريك أين تجد المساعدة. لا يمكننا هنا تقديم نصيحة قانونية عن قضيتك.

## Command menu (setMyCommands); at most 256 characters each

cmd-start = البدء من جديد
cmd-menu = القائمة الرئيسية
cmd-language = تغيير اللغة
cmd-help = طريقة استخدام هذا البوت
cmd-privacy = ما نحتفظ به عنك
cmd-mydata = أرسل لي بياناتي
cmd-forget = احذف بياناتي
cmd-urgent = مساعدة عاجلة وأرقام الطوارئ

## Bot profile (setMyDescription: at most 512 characters; short: at most 120)

about-description = يساعد Firstport طالبي اللجوء واللاجئين في الوصول إلى المساعدة المناسبة: السكن، وبطاقة ASPEN، والطبيب، وطبيب الأسنان، ودروس اللغة الإنجليزية. الخدمة مجانية. نحن جمعية خيرية، ولسنا Home Office. هل أنت في خطر؟ اتصل بالرقم 999.
about-short = مساعدة في السكن، وبطاقة ASPEN، والطبيب، وطبيب الأسنان، ودروس الإنجليزية. لسنا Home Office.

## Your data

data-export-caption = 📄 هذا كل ما نحتفظ به عنك.
data-export-empty = 📄 لا نحتفظ بأي شيء عنك.
forget-confirm = 🗑 هل تريد حذف كل ما نحتفظ به عنك؟ لا يمكن التراجع عن ذلك.
forget-yes = 🗑 نعم، احذفه
forget-no = ↩️ لا، أبقِه
forget-done = ✅ تم. حذفنا كل ما كنا نحتفظ به عنك. للبدء من جديد، أرسل /start.
forget-nothing = ✅ لا نحتفظ بأي شيء عنك. لا يوجد شيء لحذفه.
forget-kept = 👍 لم يُحذف أي شيء.
data-show = 📄 عرض بياناتي
data-delete = 🗑 حذف بياناتي

## Messages we cannot use

fallback-voice = 🎤 عذرًا، لا أستطيع الاستماع إلى الرسائل الصوتية. يرجى الضغط على زر في الأسفل.
fallback-sticker = 🙂 شكرًا لك! يرجى الضغط على زر في الأسفل.
fallback-photo = 🖼️ لا أستطيع رؤية الصور. يرجى الضغط على زر في الأسفل. لا ترسل أبدًا صور وثائقك أو بطاقاتك.
fallback-media = 🎬 لا أستطيع تشغيل هذا. يرجى الضغط على زر في الأسفل.
fallback-location = 📍 شكرًا لك. لا أحتفظ بالمواقع. يرجى الضغط على زر في الأسفل.
fallback-contact = 👤 شكرًا لك. لا أحتفظ بمعلومات الاتصال. يرجى الضغط على زر في الأسفل.
fallback-document = 📎 لا أستطيع فتح الملفات. يرجى عدم إرسال الوثائق هنا. اضغط على زر في الأسفل.
fallback-edited = ✏️ رأيت أنك غيّرت رسالة. أنا أقرأ الرسائل الجديدة فقط. يرجى الضغط على زر في الأسفل.
fallback-text = 🤔 عذرًا، لم أفهم. يرجى الضغط على زر في الأسفل.
fallback-other = 🤔 عذرًا، لا أستطيع استخدام هذا. يرجى الضغط على زر في الأسفل.

## Buttons that no longer work (answerCallbackQuery: at most 200 characters)

button-stale = ⌛ هذا الزر قديم. هذه هي الأزرار الحالية.

## Navigation buttons

nav-menu = 🏠 القائمة
nav-back = ⬅️ رجوع

## Groups and errors

group-private-only = 👋 أعمل في المحادثات الخاصة فقط. يرجى مراسلتي مباشرة. مع السلامة!
error-generic = 😔 عذرًا، حدث خطأ ما. يرجى المحاولة مرة أخرى. هل أنت في خطر؟ اتصل بالرقم 999.
