## Locale: fa-AF (Dari, دری)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📍 Find services: the directory search. Names of services stay in English.

dir-title = 📍 پیدا کردن خدمات. به چه چیزی ضرورت دارید؟
dir-need-food = 🍞 غذا
dir-need-clothing = 👕 لباس
dir-need-drop-in = 🤝 مرکز مراجعه (drop-in)
dir-need-esol-classes = 📚 کورس زبان انگلیسی
dir-need-conversation-clubs = 🗣️ جلسات تمرین گفتگو
dir-need-gp-registration = 🩺 داکتر (GP)
dir-need-routine-dental = 🦷 داکتر دندان
dir-need-urgent-health = 🚑 کمک صحی عاجل
dir-need-mental-health = 💚 احساسات و صحت روانی
dir-need-immigration-advice = ⚖️ مشوره حقوقی
dir-need-asylum-support = 💳 کمک پناه‌جویی و ASPEN
dir-need-accommodation-repairs = 🔧 مشکلات خانه
dir-need-destitution-support = 🆘 هیچ پول ندارم
dir-need-night-shelter = 🌙 جایی برای خوابیدن
dir-need-domestic-abuse = 🏠 خشونت در خانه
dir-need-exploitation = ⛓️ کار اجباری
dir-need-digital-inclusion = 📱 تلفون و انترنت
dir-need-hc2 = 🧾 هزینه‌های رایگان NHS (HC2)
dir-place-question = 📍 شما کجا هستید؟
dir-place-newcastle = 🏙️ نیوکاسل (Newcastle)
dir-place-leeds = 🏙️ لیدز (Leeds)
dir-place-anywhere = 🇬🇧 هر جای بریتانیا
dir-place-location = 📍 استفاده از موقعیت من
dir-share-location = 📍 دکمه پایین را فشار دهید تا موقعیت خود را شریک سازید. تنها برای ترتیب نتیجه‌ها از آن استفاده می‌کنیم. آن را نگه نمی‌داریم.
dir-share-button = 📍 شریک ساختن موقعیت من
dir-location-used = 📍 تشکر. این‌ها نزدیک‌ترین خدمات هستند. موقعیت شما را نگه نداشتیم.
dir-none-found = 😔 هنوز اینجا خدمتی برای این پیدا نکرده‌ایم. جای دیگری را امتحان کنید، یا با یک نفر گپ بزنید.
dir-none-filtered = 😔 با این فلترها چیزی پیدا نشد. بدون آن‌ها امتحان کنید.
dir-card-count = { $index } از { $total }
dir-open-now = 🟢 حالا باز است، تا ساعت { $time }
dir-open-next = 🕒 دفعه بعد باز می‌شود: { $day } ساعت { $time }
dir-open-always = 🟢 24 ساعت باز است، هر روز
dir-open-unknown = 🕒 ساعات کار: لطفاً اول زنگ بزنید
dir-address = 📍 { $address }
dir-phone = 📞 { $phone }
dir-languages = 🗣️ { $languages }
dir-for-line = 👥 برای: { $who }
dir-for-asylum-seeker = پناه‌جویان
dir-for-refused = کسانی که درخواست شان رد شده است
dir-for-refugee = پناهنده‌ها
dir-for-any = همه
dir-checked = ✅ آخرین بررسی: { $date }
dir-uncertain = ⚠️ شاید بعضی معلومات کهنه باشد. لطفاً پیش از رفتن زنگ بزنید.
dir-distance = 📏 تقریباً { $km } کیلومتر دور
dir-map = 📍 نقشه
dir-more = ➡️ نتیجه‌های بیشتر
dir-filter-open = ⏰ حالا باز است
dir-filter-language = 🗣️ به زبان من گپ می‌زنند
dir-filter-on = ✅ { $filter }
dir-feedback-question = 🤝 دیروز { $service } را به شما نشان دادیم. آیا آنجا کمک گرفتید؟
dir-feedback-helpful = 👍 بلی
dir-feedback-unhelpful = 👎 نخیر
dir-feedback-no-access = 🚪 داخل شده نتوانستم
dir-feedback-thanks = 🙏 تشکر. این به ما کمک می‌کند که فهرست را درست نگه داریم.
dir-reload-ok = ✅ فهرست خدمات دوباره بارگذاری شد: { $services } خدمت.
dir-reload-failed = ❌ معلومات جدید فهرست خدمات درست نیست، بنابراین معلومات قبلی استفاده می‌شود:
dir-stale-title = 🗓️ مواردی که باید بررسی شوند (کهنه‌تر از { $days } روز): { $count }
dir-stale-none = ✅ هیچ موردی ضرورت به بررسی ندارد.
dir-stale-line = • { $service } ({ $name }): آخرین بررسی { $days } روز پیش
dir-feedback-title = 🤝 جواب‌های «آیا آنجا کمک گرفتید؟»، برای هر خدمت:
dir-feedback-line = • { $name }: 👍 { $yes } · 👎 { $no } · 🚪 { $noaccess }
dir-feedback-empty = 🤝 هنوز جوابی نیامده است.

## Parts of a city (taxonomy firstport-district). Place names stay as they are.

dir-district-question = 📍 کدام بخش شهر؟
dir-district-any = 🏙 هر جای شهر
tax-newcastle-centre = 🏙 Newcastle: مرکز شهر
tax-newcastle-west-end = 🏘 Newcastle: West End
tax-leeds-harehills = 🏘 Leeds: Harehills
tax-leeds-armley = 🏘 Leeds: Armley
