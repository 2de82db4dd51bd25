## Locale: ckb (Kurdish Sorani, کوردی)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📍 Find services: the directory search. Names of services stay in English.

dir-title = 📍 دۆزینەوەی خزمەتگوزاری. پێویستتان بە چییە؟
dir-need-food = 🍞 خواردن
dir-need-clothing = 👕 جل و بەرگ
dir-need-drop-in = 🤝 بنکەی یارمەتی (drop-in)
dir-need-esol-classes = 📚 خولی زمانی ئینگلیزی
dir-need-conversation-clubs = 🗣️ یانەی قسەکردن
dir-need-gp-registration = 🩺 دکتۆر (GP)
dir-need-routine-dental = 🦷 دکتۆری ددان
dir-need-urgent-health = 🚑 تەندروستیی بەپەلە
dir-need-mental-health = 💚 هەست و تەندروستیی دەروونی
dir-need-immigration-advice = ⚖️ ئامۆژگاریی یاسایی
dir-need-asylum-support = 💳 یارمەتیی پەنابەری و ASPEN
dir-need-accommodation-repairs = 🔧 کێشەی خانوو
dir-need-destitution-support = 🆘 هیچ پارەم نییە
dir-need-night-shelter = 🌙 شوێنێک بۆ خەوتن
dir-need-domestic-abuse = 🏠 توندوتیژی لە ماڵەوە
dir-need-exploitation = ⛓️ کاری بەزۆر
dir-need-digital-inclusion = 📱 مۆبایل و ئینتەرنێت
dir-need-hc2 = 🧾 تێچووی NHS بەخۆڕایی (HC2)
dir-place-question = 📍 ئێوە لە کوێن؟
dir-place-newcastle = 🏙️ نیوکاسڵ (Newcastle)
dir-place-leeds = 🏙️ لیدز (Leeds)
dir-place-anywhere = 🇬🇧 هەر شوێنێک لە بەریتانیا
dir-place-location = 📍 شوێنەکەم بەکاربهێنن
dir-share-location = 📍 بۆ ناردنی شوێنەکەتان، دوگمەکەی خوارەوە دابگرن. تەنها بۆ ڕیزکردنی ئەنجامەکان بەکاری دەهێنین. هەڵی ناگرین.
dir-share-button = 📍 ناردنی شوێنەکەم
dir-location-used = 📍 سوپاس. ئەمانە نزیکترین خزمەتگوزارییەکانن. شوێنەکەتانمان هەڵنەگرت.
dir-none-found = 😔 هێشتا لێرە هیچ خزمەتگوزارییەکمان بۆ ئەمە نەدۆزیوەتەوە. شوێنێکی تر تاقی بکەنەوە، یان قسە لەگەڵ کەسێک بکەن.
dir-none-filtered = 😔 هیچ شتێک لەگەڵ ئەم فلتەرانە ناگونجێت. بەبێ فلتەر تاقی بکەنەوە.
dir-card-count = { $index } / { $total }
dir-open-now = 🟢 ئێستا کراوەیە تا { $time }
dir-open-next = 🕒 کردنەوەی داهاتوو: { $day } { $time }
dir-open-always = 🟢 24 کاتژمێر کراوەیە، هەموو ڕۆژێک
dir-open-unknown = 🕒 کاتەکانی کردنەوە: تکایە سەرەتا پەیوەندی بکەن
dir-address = 📍 { $address }
dir-phone = 📞 { $phone }
dir-languages = 🗣️ { $languages }
dir-for-line = 👥 بۆ: { $who }
dir-for-asylum-seeker = داواکارانی پەنابەری
dir-for-refused = ئەو کەسانەی داواکارییەکەیان ڕەتکراوەتەوە
dir-for-refugee = پەنابەران
dir-for-any = هەمووان
dir-checked = ✅ دوایین پشکنین: { $date }
dir-uncertain = ⚠️ لەوانەیە هەندێک زانیاری کۆن بێت. تکایە پێش ئەوەی بچن، پەیوەندی بکەن.
dir-distance = 📏 نزیکەی { $km } کیلۆمەتر دوورە
dir-map = 📍 نەخشە
dir-more = ➡️ ئەنجامی زیاتر
dir-filter-open = ⏰ ئێستا کراوەیە
dir-filter-language = 🗣️ بە زمانەکەم قسە دەکەن
dir-filter-on = ✅ { $filter }
dir-feedback-question = 🤝 دوێنێ ئەم شوێنەمان پیشان دان: { $service }. ئایا لەوێ یارمەتیتان وەرگرت؟
dir-feedback-helpful = 👍 بەڵێ
dir-feedback-unhelpful = 👎 نەخێر
dir-feedback-no-access = 🚪 نەمتوانی بچمە ژوورەوە
dir-feedback-thanks = 🙏 سوپاس. ئەمە یارمەتیمان دەدات لیستەکە دروست بهێڵینەوە.
dir-reload-ok = ✅ لیستی خزمەتگوزارییەکان نوێ کرایەوە: { $services } خزمەتگوزاری.
dir-reload-failed = ❌ زانیارییە نوێیەکانی لیستی خزمەتگوزارییەکان هەڵەن، بۆیە زانیارییە کۆنەکان هەر بەکاردەهێنرێن:
dir-stale-title = 🗓️ ئەو تۆمارانەی کاتی پشکنینیان هاتووە (کۆنتر لە { $days } ڕۆژ): { $count }
dir-stale-none = ✅ هیچ تۆمارێک کاتی پشکنینی نەهاتووە.
dir-stale-line = • { $service } ({ $name }): دوایین پشکنین { $days } ڕۆژ لەمەوبەر
dir-feedback-title = 🤝 وەڵامەکانی "ئایا لەوێ یارمەتیتان وەرگرت؟"، بەپێی خزمەتگوزاری:
dir-feedback-line = • { $name }: 👍 { $yes } · 👎 { $no } · 🚪 { $noaccess }
dir-feedback-empty = 🤝 هێشتا هیچ وەڵامێک نییە.

## Parts of a city (taxonomy firstport-district). Place names stay as they are.

dir-district-question = 📍 کام بەشی شار؟
dir-district-any = 🏙 هەر شوێنێکی شار
tax-newcastle-centre = 🏙 Newcastle: ناوەندی شار
tax-newcastle-west-end = 🏘 Newcastle: West End
tax-leeds-harehills = 🏘 Leeds: Harehills
tax-leeds-armley = 🏘 Leeds: Armley
