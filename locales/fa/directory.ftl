## Locale: fa (Farsi, فارسی)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📍 Find services: the directory search. Names of services stay in English.

dir-title = 📍 پیدا کردن خدمات. به چه چیزی نیاز دارید؟
dir-need-food = 🍞 غذا
dir-need-clothing = 👕 لباس
dir-need-drop-in = 🤝 مراجعه حضوری (drop-in)
dir-need-esol-classes = 📚 کلاس زبان انگلیسی
dir-need-conversation-clubs = 🗣️ گروه تمرین مکالمه
dir-need-gp-registration = 🩺 پزشک عمومی (GP)
dir-need-routine-dental = 🦷 دندانپزشک
dir-need-urgent-health = 🚑 کمک فوری پزشکی
dir-need-mental-health = 💚 احساسات و سلامت روان
dir-need-immigration-advice = ⚖️ مشاوره حقوقی
dir-need-asylum-support = 💳 حمایت پناهجویی و ASPEN
dir-need-accommodation-repairs = 🔧 مشکلات مسکن
dir-need-destitution-support = 🆘 هیچ پولی ندارم
dir-need-night-shelter = 🌙 جایی برای خوابیدن
dir-need-domestic-abuse = 🏠 خشونت در خانه
dir-need-exploitation = ⛓️ کار اجباری
dir-need-digital-inclusion = 📱 تلفن و اینترنت
dir-need-hc2 = 🧾 هزینه‌های رایگان NHS (HC2)
dir-place-question = 📍 کجا هستید؟
dir-place-newcastle = 🏙️ نیوکاسل (Newcastle)
dir-place-leeds = 🏙️ لیدز (Leeds)
dir-place-anywhere = 🇬🇧 هر جای بریتانیا
dir-place-location = 📍 استفاده از موقعیت من
dir-share-location = 📍 دکمه پایین را بزنید تا موقعیت مکانی خود را بفرستید. فقط برای مرتب کردن نتیجه‌ها از آن استفاده می‌کنیم. آن را نگه نمی‌داریم.
dir-share-button = 📍 فرستادن موقعیت من
dir-location-used = 📍 ممنون. این‌ها نزدیک‌ترین خدمات هستند. موقعیت شما را نگه نداشتیم.
dir-none-found = 😔 هنوز اینجا خدمتی برای این پیدا نکرده‌ایم. جای دیگری را امتحان کنید، یا با یک نفر صحبت کنید.
dir-none-filtered = 😔 با این فیلترها چیزی پیدا نشد. بدون آن‌ها امتحان کنید.
dir-card-count = { $index } از { $total }
dir-open-now = 🟢 الان باز است، تا ساعت { $time }
dir-open-next = 🕒 زمان باز شدن بعدی: { $day } ساعت { $time }
dir-open-always = 🟢 24 ساعته باز است، هر روز
dir-open-unknown = 🕒 ساعت کاری: لطفاً اول تماس بگیرید
dir-address = 📍 { $address }
dir-phone = 📞 { $phone }
dir-languages = 🗣️ { $languages }
dir-for-line = 👥 برای: { $who }
dir-for-asylum-seeker = پناهجویان
dir-for-refused = کسانی که درخواستشان رد شده است
dir-for-refugee = پناهندگان
dir-for-any = همه
dir-checked = ✅ آخرین بررسی: { $date }
dir-uncertain = ⚠️ ممکن است بعضی اطلاعات قدیمی باشد. لطفاً قبل از رفتن تماس بگیرید.
dir-distance = 📏 حدود { $km } کیلومتر فاصله
dir-map = 📍 نقشه
dir-more = ➡️ نتیجه‌های بیشتر
dir-filter-open = ⏰ الان باز است
dir-filter-language = 🗣️ به زبان من حرف می‌زنند
dir-filter-on = ✅ { $filter }
dir-feedback-question = 🤝 دیروز { $service } را به شما نشان دادیم. آنجا کمک گرفتید؟
dir-feedback-helpful = 👍 بله
dir-feedback-unhelpful = 👎 نه
dir-feedback-no-access = 🚪 نتوانستم وارد شوم
dir-feedback-thanks = 🙏 ممنون. این به ما کمک می‌کند فهرست را درست نگه داریم.
dir-reload-ok = ✅ فهرست خدمات دوباره بارگذاری شد: { $services } خدمت.
dir-reload-failed = ❌ داده‌های جدید فهرست خدمات نامعتبر است، پس همان داده‌های قبلی استفاده می‌شود:
dir-stale-title = 🗓️ مواردی که باید بررسی شوند (قدیمی‌تر از { $days } روز): { $count }
dir-stale-none = ✅ هیچ موردی نیاز به بررسی ندارد.
dir-stale-line = • { $service } ({ $name }): آخرین بررسی { $days } روز پیش
dir-feedback-title = 🤝 پاسخ‌های «آنجا کمک گرفتید؟»، برای هر خدمت:
dir-feedback-line = • { $name }: 👍 { $yes } · 👎 { $no } · 🚪 { $noaccess }
dir-feedback-empty = 🤝 هنوز پاسخی نیامده است.

## Parts of a city (taxonomy firstport-district). Place names stay as they are.

dir-district-question = 📍 کدام بخش شهر؟
dir-district-any = 🏙 هر جای شهر
tax-newcastle-centre = 🏙 Newcastle: مرکز شهر
tax-newcastle-west-end = 🏘 Newcastle: West End
tax-leeds-harehills = 🏘 Leeds: Harehills
tax-leeds-armley = 🏘 Leeds: Armley
