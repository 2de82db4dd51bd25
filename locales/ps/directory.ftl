## Locale: ps (Pashto, پښتو)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📍 Find services: the directory search. Names of services stay in English.

dir-title = 📍 خدمتونه ومومئ. تاسو څه ته اړتیا لرئ؟
dir-need-food = 🍞 خواړه
dir-need-clothing = 👕 جامې
dir-need-drop-in = 🤝 د مرستې مرکز (drop-in)
dir-need-esol-classes = 📚 د انګلیسي ژبې کورسونه
dir-need-conversation-clubs = 🗣️ د خبرو کلبونه
dir-need-gp-registration = 🩺 ډاکټر (GP)
dir-need-routine-dental = 🦷 د غاښونو ډاکټر
dir-need-urgent-health = 🚑 بیړنۍ روغتیایي مرسته
dir-need-mental-health = 💚 احساسات او رواني روغتیا
dir-need-immigration-advice = ⚖️ حقوقي مشوره
dir-need-asylum-support = 💳 د پناه غوښتنې مرسته او ASPEN
dir-need-accommodation-repairs = 🔧 د کور ستونزې
dir-need-destitution-support = 🆘 پیسې نه لرم
dir-need-night-shelter = 🌙 د ویده کېدو ځای
dir-need-domestic-abuse = 🏠 په کور کې تاوتریخوالی
dir-need-exploitation = ⛓️ جبري کار
dir-need-digital-inclusion = 📱 ټیلیفون او انټرنېټ
dir-need-hc2 = 🧾 د NHS وړیا لګښتونه (HC2)
dir-place-question = 📍 تاسو چېرې یاست؟
dir-place-newcastle = 🏙️ نیوکاسل (Newcastle)
dir-place-leeds = 🏙️ لیډز (Leeds)
dir-place-anywhere = 🇬🇧 په بریتانیا کې هر ځای
dir-place-location = 📍 زما ځای وکاروئ
dir-share-location = 📍 لاندې تڼۍ کېکاږئ چې خپل ځای شریک کړئ. موږ یې یوازې د پایلو د ترتیب لپاره کاروو. موږ یې نه ساتو.
dir-share-button = 📍 زما ځای شریک کړئ
dir-location-used = 📍 مننه. دا تر ټولو نږدې خدمتونه دي. موږ ستاسو ځای ونه ساته.
dir-none-found = 😔 موږ تر اوسه دلته د دې لپاره کوم خدمت نه دی موندلی. بل ځای وګورئ، یا له یو کس سره خبرې وکړئ.
dir-none-filtered = 😔 له دې فلټرونو سره هېڅ شی برابر نه شو. بې له دوی یې هڅه وکړئ.
dir-card-count = { $index }/{ $total }
dir-open-now = 🟢 اوس خلاص دی، تر { $time } پورې
dir-open-next = 🕒 بل ځل خلاصېږي: { $day }، { $time }
dir-open-always = 🟢 24 ساعته خلاص دی، هره ورځ
dir-open-unknown = 🕒 د خلاصېدو وختونه: مهرباني وکړئ لومړی زنګ ووهئ
dir-address = 📍 { $address }
dir-phone = 📞 { $phone }
dir-languages = 🗣️ { $languages }
dir-for-line = 👥 د چا لپاره: { $who }
dir-for-asylum-seeker = پناه غوښتونکي
dir-for-refused = هغه کسان چې غوښتنه یې رد شوې
dir-for-refugee = کډوال
dir-for-any = هر څوک
dir-checked = ✅ وروستی ځل وکتل شو: { $date }
dir-uncertain = ⚠️ ځینې معلومات ښايي زاړه وي. مهرباني وکړئ له تګ مخکې زنګ ووهئ.
dir-distance = 📏 شاوخوا { $km } کیلومتره لرې
dir-map = 📍 نقشه
dir-more = ➡️ نورې پایلې
dir-filter-open = ⏰ اوس خلاص
dir-filter-language = 🗣️ زما په ژبه خبرې کوي
dir-filter-on = ✅ { $filter }
dir-feedback-question = 🤝 پرون مو تاسو ته { $service } وښود. ایا هلته درسره مرسته وشوه؟
dir-feedback-helpful = 👍 هو
dir-feedback-unhelpful = 👎 نه
dir-feedback-no-access = 🚪 دننه نه شوم تللی
dir-feedback-thanks = 🙏 مننه. دا له موږ سره مرسته کوي چې لیست سم وساتو.
dir-reload-ok = ✅ د خدمتونو لیست بیا پورته شو. د خدمتونو شمېر: { $services }.
dir-reload-failed = ❌ د لیست نوي معلومات سم نه دي، نو زاړه معلومات لا هم کارول کېږي:
dir-stale-title = 🗓️ هغه برخې چې باید وکتل شي (له { $days } ورځو زړې): { $count }
dir-stale-none = ✅ هېڅ برخه کتلو ته اړتیا نه لري.
dir-stale-line = • { $service } ({ $name }): وروستی ځل { $days } ورځې مخکې وکتل شو
dir-feedback-title = 🤝 د «ایا هلته درسره مرسته وشوه؟» ځوابونه، د هر خدمت لپاره:
dir-feedback-line = • { $name }: 👍 { $yes } · 👎 { $no } · 🚪 { $noaccess }
dir-feedback-empty = 🤝 تر اوسه هېڅ ځواب نشته.

## Parts of a city (taxonomy firstport-district). Place names stay as they are.

dir-district-question = 📍 د ښار کومه برخه؟
dir-district-any = 🏙 د ښار هر ځای
tax-newcastle-centre = 🏙 Newcastle: د ښار مرکز
tax-newcastle-west-end = 🏘 Newcastle: West End
tax-leeds-harehills = 🏘 Leeds: Harehills
tax-leeds-armley = 🏘 Leeds: Armley
