## Locale: ur (Urdu, اردو)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📍 Find services: the directory search. Names of services stay in English.

dir-title = 📍 خدمات تلاش کریں۔ آپ کو کیا چاہیے؟
dir-need-food = 🍞 کھانا
dir-need-clothing = 👕 کپڑے
dir-need-drop-in = 🤝 ڈراپ اِن (Drop-in)
dir-need-esol-classes = 📚 انگریزی کی کلاسیں
dir-need-conversation-clubs = 🗣️ بات چیت کے کلب
dir-need-gp-registration = 🩺 ڈاکٹر (GP)
dir-need-routine-dental = 🦷 دانتوں کا ڈاکٹر
dir-need-urgent-health = 🚑 صحت کے لیے فوری مدد
dir-need-mental-health = 💚 احساسات اور ذہنی صحت
dir-need-immigration-advice = ⚖️ قانونی مشورہ
dir-need-asylum-support = 💳 پناہ کی امداد اور ASPEN
dir-need-accommodation-repairs = 🔧 رہائش کے مسائل
dir-need-destitution-support = 🆘 پیسے نہیں ہیں
dir-need-night-shelter = 🌙 سونے کی جگہ
dir-need-domestic-abuse = 🏠 گھر میں تشدد
dir-need-exploitation = ⛓️ جبری مشقت
dir-need-digital-inclusion = 📱 فون اور انٹرنیٹ
dir-need-hc2 = 🧾 NHS کے اخراجات مفت (HC2)
dir-place-question = 📍 آپ کہاں ہیں؟
dir-place-newcastle = 🏙️ نیو کاسل (Newcastle)
dir-place-leeds = 🏙️ لیڈز (Leeds)
dir-place-anywhere = 🇬🇧 برطانیہ میں کہیں بھی
dir-place-location = 📍 میری لوکیشن استعمال کریں
dir-share-location = 📍 اپنی لوکیشن بھیجنے کے لیے نیچے والا بٹن دبائیں۔ ہم اسے صرف نتائج کو ترتیب دینے کے لیے استعمال کرتے ہیں۔ ہم اسے محفوظ نہیں رکھتے۔
dir-share-button = 📍 اپنی لوکیشن بھیجیں
dir-location-used = 📍 شکریہ۔ یہ رہیں سب سے قریبی خدمات۔ ہم نے آپ کی لوکیشن محفوظ نہیں رکھی۔
dir-none-found = 😔 ہمیں ابھی یہاں اس کے لیے کوئی سروس نہیں ملی۔ کوئی اور جگہ آزمائیں، یا کسی شخص سے بات کریں۔
dir-none-filtered = 😔 ان فلٹرز کے ساتھ کچھ نہیں ملا۔ فلٹرز کے بغیر کوشش کریں۔
dir-card-count = { $index } / { $total }
dir-open-now = 🟢 ابھی کھلا ہے، { $time } تک
dir-open-next = 🕒 اگلی بار کھلے گا: { $day } { $time }
dir-open-always = 🟢 24 گھنٹے کھلا ہے، ہر روز
dir-open-unknown = 🕒 کھلنے کے اوقات: براہ کرم پہلے کال کریں
dir-address = 📍 { $address }
dir-phone = 📞 { $phone }
dir-languages = 🗣️ { $languages }
dir-for-line = 👥 کس کے لیے: { $who }
dir-for-asylum-seeker = پناہ کے متلاشی افراد
dir-for-refused = وہ لوگ جن کی درخواست مسترد ہو گئی
dir-for-refugee = پناہ گزین
dir-for-any = سب لوگ
dir-checked = ✅ آخری جانچ: { $date }
dir-uncertain = ⚠️ کچھ معلومات پرانی ہو سکتی ہیں۔ براہ کرم جانے سے پہلے کال کریں۔
dir-distance = 📏 تقریباً { $km } کلومیٹر دور
dir-map = 📍 نقشہ
dir-more = ➡️ مزید نتائج
dir-filter-open = ⏰ ابھی کھلا ہے
dir-filter-language = 🗣️ میری زبان بولتے ہیں
dir-filter-on = ✅ { $filter }
dir-feedback-question = 🤝 کل ہم نے آپ کو { $service } دکھایا تھا۔ کیا وہاں آپ کو مدد ملی؟
dir-feedback-helpful = 👍 ہاں
dir-feedback-unhelpful = 👎 نہیں
dir-feedback-no-access = 🚪 اندر جانا ممکن نہیں ہوا
dir-feedback-thanks = 🙏 شکریہ۔ اس سے ہمیں فہرست درست رکھنے میں مدد ملتی ہے۔
dir-reload-ok = ✅ ڈائریکٹری دوبارہ لوڈ ہو گئی: { $services } خدمات۔
dir-reload-failed = ❌ ڈائریکٹری کا نیا ڈیٹا درست نہیں، اس لیے پرانا ڈیٹا ہی استعمال ہو رہا ہے:
dir-stale-title = 🗓️ وہ اندراجات جن کی جانچ کا وقت ہو گیا ہے ({ $days } دن سے پرانے): { $count }
dir-stale-none = ✅ کسی اندراج کی جانچ کا وقت نہیں ہوا۔
dir-stale-line = • { $service } ({ $name }): آخری جانچ { $days } دن پہلے
dir-feedback-title = 🤝 "کیا وہاں آپ کو مدد ملی؟" کے جوابات، ہر سروس کے لیے:
dir-feedback-line = • { $name }: 👍 { $yes } · 👎 { $no } · 🚪 { $noaccess }
dir-feedback-empty = 🤝 ابھی کوئی جواب نہیں۔

## Parts of a city (taxonomy firstport-district). Place names stay as they are.

dir-district-question = 📍 شہر کا کون سا حصہ؟
dir-district-any = 🏙 شہر میں کہیں بھی
tax-newcastle-centre = 🏙 Newcastle: شہر کا مرکز
tax-newcastle-west-end = 🏘 Newcastle: West End
tax-leeds-harehills = 🏘 Leeds: Harehills
tax-leeds-armley = 🏘 Leeds: Armley
