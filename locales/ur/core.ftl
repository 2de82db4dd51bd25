## Locale: ur (Urdu, اردو)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Rules for every locale: short sentences, one idea per line, an icon on every button.
## Never put bidi marks inside /commands. Numbers and entitlements come from
## shared/reference/domain-facts.md (fact ids in comments); translate the words, never the numbers.

## Language picker

# The name of this language, written in this language (an endonym). Shown in the picker.
lang-name = اردو
lang-choose = 🌐 اپنی زبان منتخب کریں۔
lang-changed = ✅ اب آپ کو اردو میں پیغامات ملیں گے۔

## Privacy notice (its version lives in bot/onboarding.py: PRIVACY_VERSION)

privacy-notice =
    🔒 آپ کی پرائیویسی

    📝 ہم کیا رکھتے ہیں: آپ کی زبان، آپ کا پہلا نام، آپ کی رضامندی کی تاریخ، آپ کے چنے ہوئے موضوعات، ڈراپ اِن کی آپ کی بکنگز، فالو اپ پیغامات کے بارے میں آپ کی پسند، اور ہماری ٹیم کو بھیجے گئے آپ کے پیغامات۔
    🎯 کیوں: آپ کی مدد کرنے اور آپ کی زبان یاد رکھنے کے لیے۔
    ⏳ کب تک: جب تک آپ اسے ڈیلیٹ نہ کر دیں، یا آپ کے آخری پیغام کے 12 مہینے بعد تک۔
    👥 اسے کون دیکھتا ہے: صرف Firstport خیراتی ادارے کی ٹیم۔ ہم Home Office (ہوم آفس) نہیں ہیں۔ ہم یہ معلومات Home Office یا آپ کو رہائش دینے والی کمپنی کے ساتھ شیئر نہیں کرتے۔
    🗑 آپ کی مرضی: /mydata سے دیکھیں کہ ہم کیا رکھتے ہیں۔ /forget سے سب کچھ ڈیلیٹ ہو جاتا ہے۔

    ⚠️ ہمیں کبھی بھی اپنا Home Office ریفرنس نمبر، ASPEN کارڈ نمبر یا PIN نہ بھیجیں۔
privacy-agree = ✅ میں متفق ہوں
privacy-decline = ✖️ نہیں، شکریہ
privacy-agreed = ✅ شکریہ۔ آپ کسی بھی وقت /forget سے اپنا فیصلہ بدل سکتے ہیں۔
privacy-declined = 👍 کوئی بات نہیں۔ ہم آپ کے بارے میں کچھ نہیں رکھتے۔ آپ پھر بھی ساری معلومات پڑھ سکتے ہیں۔ اگر آپ کا ارادہ بدلے تو /start بھیجیں۔
privacy-updated = 🔒 ہمارا پرائیویسی نوٹس بدل گیا ہے۔ براہ کرم اسے دوبارہ پڑھیں۔
privacy-withdrawn = ✅ ہم نے آپ کے بارے میں رکھی ہوئی معلومات ڈیلیٹ کر دی ہیں۔ آپ پھر بھی ساری معلومات پڑھ سکتے ہیں۔ دوبارہ متفق ہونے کے لیے /start بھیجیں۔
privacy-stale = ⌛ وہ نوٹس پرانا تھا۔ یہ رہا موجودہ نوٹس۔

## Main menu: every item has an icon and short words

menu-title = 🏠 مین مینو۔ آپ کو کیا چاہیے؟
menu-housing = 🏠 رہائش
menu-aspen = 💳 ASPEN کارڈ
menu-gp = 🩺 ڈاکٹر (GP)
menu-dentist = 🦷 دانتوں کا ڈاکٹر
menu-esol = 📚 انگریزی کی کلاسیں
menu-services = 📍 خدمات تلاش کریں
menu-other = ❔ کچھ اور
menu-urgent = 🆘 فوری مدد
menu-language = 🌐 زبان
menu-privacy = 🔒 میرا ڈیٹا
menu-help = ❓ مدد

## Safety card (EM-01, EM-03, EM-04, EM-07, EM-08, EM-09, EM-11, EM-13, EM-14, AS-02)

safety-card =
    🆘 فوری مدد۔ یہ سب کالیں مفت ہیں۔

    🚨 اگر آپ ابھی خطرے میں ہیں: 999 پر کال کریں۔ انگریزی میں اپنی زبان کا نام بتائیں، مثلاً "Urdu"۔ مترجم کا انتظار کریں۔ اگر بولنا ممکن نہ ہو تو 55 دبائیں۔
    🩺 اگر آپ بیمار یا زخمی ہیں: NHS 111 پر کال کریں، دن ہو یا رات۔ مترجم کے لیے اپنی زبان کا نام بتائیں۔
    💭 اگر بہت زیادہ اداسی ہو، یا خودکشی کے خیالات آئیں: 111 پر کال کریں اور ذہنی صحت کا آپشن چنیں۔ یا Samaritans 116 123 پر کال کریں، دن ہو یا رات۔
    🏠 گھر میں تشدد یا بدسلوکی: National Domestic Abuse Helpline 0808 2000 247، دن ہو یا رات۔
    ⛓️ اگر آپ سے زبردستی کام کروایا جائے، یا کوئی آپ کو کنٹرول کرے: Modern Slavery & Exploitation Helpline 08000 121 700، دن ہو یا رات۔
    🏘️ رہائش یا ASPEN کارڈ کا مسئلہ: Migrant Help 0808 8010 503، دن ہو یا رات۔

## Help

help-text =
    ❓ آپ Firstport کو کیسے استعمال کریں

    👆 بٹن دبائیں۔ آپ کو کچھ لکھنے کی ضرورت نہیں۔
    🏠 مین مینو کے لیے /menu بھیجیں۔
    🌐 زبان بدلنے کے لیے /language بھیجیں۔
    🔔 /checkins: ہم کتنی بار آپ کا حال پوچھیں، یا اسے بند کریں۔
    🔒 ہم کیا رکھتے ہیں، یہ دیکھنے کے لیے /privacy بھیجیں۔ اپنا ڈیٹا لینے کے لیے /mydata بھیجیں۔ اسے ڈیلیٹ کرنے کے لیے /forget بھیجیں۔
    🆘 ایمرجنسی نمبر: /urgent

    ہم ایک خیراتی ٹیم ہیں، Home Office نہیں۔ ہم آپ کو بتا سکتے ہیں کہ مدد کہاں سے ملے گی۔ ہم یہاں آپ کے کیس کے بارے میں قانونی مشورہ نہیں دے سکتے۔

## Command menu (setMyCommands); at most 256 characters each

cmd-start = دوبارہ شروع کریں
cmd-menu = مین مینو
cmd-language = زبان بدلیں
cmd-help = یہ بوٹ کیسے استعمال کریں
cmd-privacy = ہم آپ کے بارے میں کیا رکھتے ہیں
cmd-mydata = مجھے میرا ڈیٹا بھیجیں
cmd-forget = میرا ڈیٹا ڈیلیٹ کریں
cmd-urgent = فوری مدد اور ایمرجنسی نمبر

## Bot profile (setMyDescription: at most 512 characters; short: at most 120)

about-description = پناہ کے متلاشی افراد اور پناہ گزینوں کو Firstport صحیح مدد تلاش کرنے میں مدد دیتا ہے: رہائش، ASPEN کارڈ، ڈاکٹر، دانتوں کا ڈاکٹر اور انگریزی کی کلاسیں۔ یہ مفت ہے۔ ہم ایک خیراتی ادارہ ہیں، Home Office نہیں۔ خطرے میں ہیں؟ 999 پر کال کریں۔
about-short = رہائش، ASPEN کارڈ، ڈاکٹر، دانتوں کے ڈاکٹر اور انگریزی کلاسوں کے لیے مدد۔ ہم Home Office نہیں ہیں۔

## Your data

data-export-caption = 📄 ہم آپ کے بارے میں جو کچھ رکھتے ہیں، وہ سب یہ ہے۔
data-export-empty = 📄 ہم آپ کے بارے میں کچھ نہیں رکھتے۔
forget-confirm = 🗑 کیا ہم آپ کے بارے میں رکھی ہوئی ہر چیز ڈیلیٹ کر دیں؟ یہ واپس نہیں ہو سکتا۔
forget-yes = 🗑 ہاں، ڈیلیٹ کریں
forget-no = ↩️ نہیں، رہنے دیں
forget-done = ✅ ہو گیا۔ ہم نے آپ کے بارے میں رکھی ہوئی ہر چیز ڈیلیٹ کر دی ہے۔ دوبارہ شروع کرنے کے لیے /start بھیجیں۔
forget-nothing = ✅ ہم آپ کے بارے میں کچھ نہیں رکھتے۔ ڈیلیٹ کرنے کے لیے کچھ نہیں ہے۔
forget-kept = 👍 کچھ بھی ڈیلیٹ نہیں ہوا۔
data-show = 📄 میرا ڈیٹا دیکھیں
data-delete = 🗑 میرا ڈیٹا ڈیلیٹ کریں

## Messages we cannot use

fallback-voice = 🎤 معذرت، یہاں وائس میسج نہیں سنے جا سکتے۔ براہ کرم نیچے کوئی بٹن دبائیں۔
fallback-sticker = 🙂 شکریہ! براہ کرم نیچے کوئی بٹن دبائیں۔
fallback-photo = 🖼️ یہاں تصویریں نہیں دیکھی جا سکتیں۔ براہ کرم نیچے کوئی بٹن دبائیں۔ اپنے کاغذات یا کارڈز کی تصویریں کبھی نہ بھیجیں۔
fallback-media = 🎬 یہ یہاں نہیں چلایا جا سکتا۔ براہ کرم نیچے کوئی بٹن دبائیں۔
fallback-location = 📍 شکریہ۔ ہم لوکیشن محفوظ نہیں رکھتے۔ براہ کرم نیچے کوئی بٹن دبائیں۔
fallback-contact = 👤 شکریہ۔ ہم رابطے کی تفصیلات محفوظ نہیں رکھتے۔ براہ کرم نیچے کوئی بٹن دبائیں۔
fallback-document = 📎 یہاں فائلیں نہیں کھولی جا سکتیں۔ براہ کرم یہاں دستاویزات نہ بھیجیں۔ نیچے کوئی بٹن دبائیں۔
fallback-edited = ✏️ آپ نے ایک پیغام بدلا ہے۔ یہاں صرف نئے پیغامات پڑھے جاتے ہیں۔ براہ کرم نیچے کوئی بٹن دبائیں۔
fallback-text = 🤔 معذرت، بات سمجھ نہیں آئی۔ براہ کرم نیچے کوئی بٹن دبائیں۔
fallback-other = 🤔 معذرت، یہ یہاں استعمال نہیں ہو سکتا۔ براہ کرم نیچے کوئی بٹن دبائیں۔

## Buttons that no longer work (answerCallbackQuery: at most 200 characters)

button-stale = ⌛ یہ بٹن پرانا ہے۔ یہ رہے موجودہ بٹن۔

## Navigation buttons

nav-menu = 🏠 مینو
nav-back = ⬅️ واپس

## Groups and errors

group-private-only = 👋 یہ بوٹ صرف پرائیویٹ چیٹ میں کام کرتا ہے۔ براہ کرم مجھے براہ راست پیغام بھیجیں۔ خدا حافظ!
error-generic = 😔 معذرت، کچھ غلط ہو گیا۔ براہ کرم دوبارہ کوشش کریں۔ خطرے میں ہیں؟ 999 پر کال کریں۔
