## Locale: ckb (Kurdish Sorani, کوردی)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Rules for every locale: short sentences, one idea per line, an icon on every button.
## Never put bidi marks inside /commands. Numbers and entitlements come from
## shared/reference/domain-facts.md (fact ids in comments); translate the words, never the numbers.

## Language picker

# The name of this language, written in this language (an endonym). Shown in the picker.
lang-name = کوردی
lang-choose = 🌐 زمانەکەتان هەڵبژێرن.
lang-changed = ✅ ئێستا بە کوردی بۆتان دەنووسم.

## Privacy notice (its version lives in bot/onboarding.py: PRIVACY_VERSION)

privacy-notice =
    🔒 پاراستنی زانیارییەکانتان

    📝 ئەوەی هەڵیدەگرین: زمانەکەتان، ناوی یەکەمتان، ڕێکەوتی ڕەزامەندییەکەتان، ئەو بابەتانەی هەڵتانبژاردوون، نۆرەکانتان لە بنکەی یارمەتی، هەڵبژاردنەکانتان بۆ نامەکانی بەدواداچوون، و ئەو نامانەی بۆ تیمەکەمان دەینێرن.
    🎯 بۆچی: بۆ ئەوەی یارمەتیتان بدەین و زمانەکەتان لەبیر بێت.
    ⏳ بۆ چەند ماوەیەک: تا خۆتان دەیسڕنەوە، یان 12 مانگ دوای دوایین نامەتان.
    👥 کێ دەیبینێت: تەنها تیمی خێرخوازیی Firstport. ئێمە Home Office (وەزارەتی ناوخۆ) نین. نایدەین بە Home Office یان بە دابینکەری خانووەکەتان.
    🗑 بڕیار بە دەست خۆتانە: /mydata پیشانتان دەدات چی هەڵدەگرین. /forget دەیسڕێتەوە.

    ⚠️ هەرگیز ژمارەی ڕیفرێنسی Home Office، ژمارەی کارتی ASPEN یان ژمارەی PIN بۆمان مەنێرن.
privacy-agree = ✅ ڕازیم
privacy-decline = ✖️ نەخێر، سوپاس
privacy-agreed = ✅ سوپاس. هەر کاتێک بتانەوێت، دەتوانن بە /forget بڕیارەکەتان بگۆڕن.
privacy-declined = 👍 کێشە نییە. هیچ شتێک دەربارەی ئێوە هەڵناگرین. هێشتا دەتوانن هەموو زانیارییەکان بخوێننەوە. بۆ گۆڕینی بڕیارەکەتان، /start بنێرن.
privacy-updated = 🔒 ڕوونکردنەوەی پاراستنی زانیارییەکانمان گۆڕاوە. تکایە دووبارە بیخوێننەوە.
privacy-withdrawn = ✅ ئەوەی دەربارەی ئێوە هەڵمانگرتبوو سڕیمانەوە. هێشتا دەتوانن هەموو زانیارییەکان بخوێننەوە. بۆ ئەوەی دووبارە ڕازی بن، /start بنێرن.
privacy-stale = ⌛ ئەو ڕوونکردنەوەیە کۆن بوو. ئەمە ڕوونکردنەوە نوێیەکەیە.

## Main menu: every item has an icon and short words

menu-title = 🏠 لیستی سەرەکی. پێویستتان بە چییە؟
menu-housing = 🏠 خانوو
menu-aspen = 💳 کارتی ASPEN
menu-gp = 🩺 دکتۆر (GP)
menu-dentist = 🦷 دکتۆری ددان
menu-esol = 📚 خولی زمانی ئینگلیزی
menu-services = 📍 دۆزینەوەی خزمەتگوزاری
menu-other = ❔ شتێکی تر
menu-urgent = 🆘 یارمەتیی بەپەلە
menu-language = 🌐 زمان
menu-privacy = 🔒 زانیارییەکانم
menu-help = ❓ یارمەتی

## Safety card (EM-01, EM-03, EM-04, EM-07, EM-08, EM-09, EM-11, EM-13, EM-14, AS-02)

safety-card =
    🆘 یارمەتیی بەپەلە. هەموو ئەم پەیوەندییانە بەخۆڕایین.

    🚨 ئەگەر ئێستا لە مەترسیدان: پەیوەندی بە 999 بکەن. زمانەکەتان بە ئینگلیزی بڵێن، بۆ نموونە "Kurdish Sorani". چاوەڕێی وەرگێڕ بکەن. ئەگەر ناتوانن قسە بکەن، 55 دابگرن.
    🩺 ئەگەر نەخۆشن یان بریندارن: پەیوەندی بە NHS 111 بکەن، شەو و ڕۆژ. زمانەکەتان بڵێن بۆ ئەوەی وەرگێڕتان بۆ دابین بکرێت.
    💭 ئەگەر زۆر دڵتەنگن، یان بیر لە خۆکوشتن دەکەنەوە: پەیوەندی بە 111 بکەن و بەشی تەندروستیی دەروونی هەڵبژێرن. یان پەیوەندی بە Samaritans بکەن لەسەر 116 123، شەو و ڕۆژ.
    🏠 توندوتیژی یان ئازاردان لە ماڵەوە: National Domestic Abuse Helpline 0808 2000 247، شەو و ڕۆژ.
    ⛓️ ئەگەر بە زۆر کارتان پێدەکەن، یان کەسێک کۆنترۆڵتان دەکات: Modern Slavery & Exploitation Helpline 08000 121 700، شەو و ڕۆژ.
    🏘️ کێشەی خانوو یان کارتی ASPEN: Migrant Help 0808 8010 503، شەو و ڕۆژ.

## Help

help-text =
    ❓ چۆن Firstport بەکاربهێنن

    👆 دوگمەکان دابگرن. پێویست ناکات بنووسن.
    🏠 /menu لیستی سەرەکی پیشان دەدات.
    🌐 /language زمان دەگۆڕێت.
    🔔 /checkins: چەند جار هەواڵت بپرسین، یان ڕاگرتنی.
    🔒 /privacy پیشان دەدات چی هەڵدەگرین. /mydata بۆتانی دەنێرێت. /forget دەیسڕێتەوە.
    🆘 /urgent ژمارەکانی فریاکەوتن پیشان دەدات.

    ئێمە تیمێکی خێرخوازین، Home Office نین. دەتوانین پیشانتان بدەین لە کوێ یارمەتی وەربگرن. لێرە ناتوانین ئامۆژگاریی یاسایی دەربارەی دۆسیەکەتان بدەین.

## Command menu (setMyCommands); at most 256 characters each

cmd-start = دەستپێکردنەوە
cmd-menu = لیستی سەرەکی
cmd-language = گۆڕینی زمان
cmd-help = چۆنیەتیی بەکارهێنانی ئەم بۆتە
cmd-privacy = چی دەربارەی ئێوە هەڵدەگرین
cmd-mydata = ناردنی زانیارییەکانم بۆ من
cmd-forget = سڕینەوەی زانیارییەکانم
cmd-urgent = یارمەتیی بەپەلە و ژمارەکانی فریاکەوتن

## Bot profile (setMyDescription: at most 512 characters; short: at most 120)

about-description = Firstport یارمەتیی داواکارانی پەنابەری و پەنابەران دەدات بۆ دۆزینەوەی یارمەتیی گونجاو: خانوو، کارتی ASPEN، دکتۆر، دکتۆری ددان و خولی زمانی ئینگلیزی. بەخۆڕایە. ئێمە ڕێکخراوێکی خێرخوازین، Home Office نین. لە مەترسیدان؟ پەیوەندی بە 999 بکەن.
about-short = یارمەتی بۆ خانوو، کارتی ASPEN، دکتۆر، دکتۆری ددان و خولی زمانی ئینگلیزی. ئێمە Home Office نین.

## Your data

data-export-caption = 📄 ئەمە هەموو ئەو شتانەیە کە دەربارەی ئێوە هەڵیدەگرین.
data-export-empty = 📄 هیچ شتێک دەربارەی ئێوە هەڵناگرین.
forget-confirm = 🗑 هەموو ئەو شتانەی دەربارەی ئێوە هەڵیدەگرین بسڕینەوە؟ دوای سڕینەوە ناگەڕێنەوە.
forget-yes = 🗑 بەڵێ، بیسڕنەوە
forget-no = ↩️ نەخێر، با بمێنێت
forget-done = ✅ تەواو. هەموو ئەو شتانەی دەربارەی ئێوە هەڵمانگرتبوو سڕیمانەوە. بۆ دەستپێکردنەوە، /start بنێرن.
forget-nothing = ✅ هیچ شتێک دەربارەی ئێوە هەڵناگرین. هیچ شتێک نییە بۆ سڕینەوە.
forget-kept = 👍 هیچ شتێک نەسڕایەوە.
data-show = 📄 بینینی زانیارییەکانم
data-delete = 🗑 سڕینەوەی زانیارییەکانم

## Messages we cannot use

fallback-voice = 🎤 ببورن، ناتوانم گوێ لە نامەی دەنگی بگرم. تکایە دوگمەیەک لە خوارەوە دابگرن.
fallback-sticker = 🙂 سوپاس! تکایە دوگمەیەک لە خوارەوە دابگرن.
fallback-photo = 🖼️ ناتوانم سەیری وێنە بکەم. تکایە دوگمەیەک لە خوارەوە دابگرن. هەرگیز وێنەی بەڵگەنامە یان کارتەکانتان مەنێرن.
fallback-media = 🎬 ناتوانم ئەمە لێبدەم. تکایە دوگمەیەک لە خوارەوە دابگرن.
fallback-location = 📍 سوپاس. من شوێن هەڵناگرم. تکایە دوگمەیەک لە خوارەوە دابگرن.
fallback-contact = 👤 سوپاس. من زانیاریی پەیوەندی هەڵناگرم. تکایە دوگمەیەک لە خوارەوە دابگرن.
fallback-document = 📎 ناتوانم فایل بکەمەوە. تکایە لێرە بەڵگەنامە مەنێرن. دوگمەیەک لە خوارەوە دابگرن.
fallback-edited = ✏️ بینیم نامەیەکتان گۆڕی. من تەنها نامە نوێیەکان دەخوێنمەوە. تکایە دوگمەیەک لە خوارەوە دابگرن.
fallback-text = 🤔 ببورن، تێنەگەیشتم. تکایە دوگمەیەک لە خوارەوە دابگرن.
fallback-other = 🤔 ببورن، ناتوانم ئەمە بەکاربهێنم. تکایە دوگمەیەک لە خوارەوە دابگرن.

## Buttons that no longer work (answerCallbackQuery: at most 200 characters)

button-stale = ⌛ ئەم دوگمەیە کۆنە. ئەمانە دوگمە نوێیەکانن.

## Navigation buttons

nav-menu = 🏠 لیستی سەرەکی
nav-back = ⬅️ گەڕانەوە

## Groups and errors

group-private-only = 👋 من تەنها لە چاتی تایبەتدا کار دەکەم. تکایە ڕاستەوخۆ بۆم بنووسن. ماڵئاوا!
error-generic = 😔 ببورن، هەڵەیەک ڕوویدا. تکایە دووبارە هەوڵ بدەنەوە. لە مەترسیدان؟ پەیوەندی بە 999 بکەن.
