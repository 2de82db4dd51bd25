## Locale: am (Amharic, አማርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📍 Find services: the directory search. Names of services stay in English.

dir-title = 📍 አገልግሎቶችን ያግኙ። ምን ያስፈልግዎታል?
dir-need-food = 🍞 ምግብ
dir-need-clothing = 👕 ልብስ
dir-need-drop-in = 🤝 Drop-in ማዕከል
dir-need-esol-classes = 📚 የእንግሊዝኛ ትምህርት
dir-need-conversation-clubs = 🗣️ የንግግር ክበቦች
dir-need-gp-registration = 🩺 ሐኪም (GP)
dir-need-routine-dental = 🦷 የጥርስ ሐኪም
dir-need-urgent-health = 🚑 አስቸኳይ የጤና እርዳታ
dir-need-mental-health = 💚 ስሜቶች እና የአእምሮ ጤና
dir-need-immigration-advice = ⚖️ የሕግ ምክር
dir-need-asylum-support = 💳 የጥገኝነት ድጋፍ እና ASPEN
dir-need-accommodation-repairs = 🔧 የመኖሪያ ቤት ችግሮች
dir-need-destitution-support = 🆘 ገንዘብ የለኝም
dir-need-night-shelter = 🌙 የማደሪያ ቦታ
dir-need-domestic-abuse = 🏠 በቤት ውስጥ ጥቃት
dir-need-exploitation = ⛓️ የግዳጅ ሥራ
dir-need-digital-inclusion = 📱 ስልክ እና ኢንተርኔት
dir-need-hc2 = 🧾 ነጻ የNHS ወጪዎች (HC2)
dir-place-question = 📍 የት ነዎት?
dir-place-newcastle = 🏙️ ኒውካስል (Newcastle)
dir-place-leeds = 🏙️ ሊድስ (Leeds)
dir-place-anywhere = 🇬🇧 በመላው ዩኬ (UK)
dir-place-location = 📍 ያለሁበትን ቦታ ተጠቀም
dir-share-location = 📍 ያሉበትን ቦታ ለማጋራት ከታች ያለውን ቁልፍ ይንኩ። የምንጠቀምበት ውጤቶቹን ለመደርደር ብቻ ነው። አንይዘውም።
dir-share-button = 📍 ያለሁበትን ቦታ አጋራ
dir-location-used = 📍 እናመሰግናለን። በአቅራቢያዎ ያሉት አገልግሎቶች እነሆ። ያሉበትን ቦታ አልያዝንም።
dir-none-found = 😔 እዚህ ለዚህ የሚሆን አገልግሎት እስካሁን አላገኘንም። ሌላ ቦታ ይሞክሩ፣ ወይም ከሰው ጋር ይነጋገሩ።
dir-none-filtered = 😔 ከመረጧቸው ማጣሪያዎች ጋር የሚስማማ ምንም የለም። ያለ ማጣሪያዎቹ ይሞክሩ።
dir-card-count = { $index } / { $total }
dir-open-now = 🟢 አሁን ክፍት ነው፣ እስከ { $time } ድረስ
dir-open-next = 🕒 የሚቀጥለው የሚከፈትበት ጊዜ: { $day } { $time }
dir-open-always = 🟢 በየቀኑ ለ24 ሰዓት ክፍት ነው
dir-open-unknown = 🕒 የሥራ ሰዓት: እባክዎ መጀመሪያ ይደውሉ
dir-address = 📍 { $address }
dir-phone = 📞 { $phone }
dir-languages = 🗣️ { $languages }
dir-for-line = 👥 ለማን: { $who }
dir-for-asylum-seeker = ጥገኝነት ጠያቂዎች
dir-for-refused = ጥያቄያቸው ውድቅ የተደረገባቸው ሰዎች
dir-for-refugee = ስደተኞች
dir-for-any = ሁሉም ሰው
dir-checked = ✅ ለመጨረሻ ጊዜ የተረጋገጠው: { $date }
dir-uncertain = ⚠️ አንዳንድ መረጃዎች የቆዩ ሊሆኑ ይችላሉ። እባክዎ ከመሄድዎ በፊት ይደውሉ።
dir-distance = 📏 በግምት { $km } ኪ.ሜ ይርቃል
dir-map = 📍 ካርታ
dir-more = ➡️ ተጨማሪ ውጤቶች
dir-filter-open = ⏰ አሁን ክፍት
dir-filter-language = 🗣️ ቋንቋዬን የሚናገሩ
dir-filter-on = ✅ { $filter }
dir-feedback-question = 🤝 ትናንት { $service } የተባለውን አገልግሎት አሳይተንዎት ነበር። እዚያ እርዳታ አገኙ?
dir-feedback-helpful = 👍 አዎ
dir-feedback-unhelpful = 👎 አይ
dir-feedback-no-access = 🚪 መግባት አልቻልኩም
dir-feedback-thanks = 🙏 እናመሰግናለን። ይህ ዝርዝሩን ትክክል አድርገን እንድንይዝ ይረዳናል።
dir-reload-ok = ✅ የአገልግሎቶች ዝርዝር እንደገና ተጭኗል: { $services } አገልግሎቶች።
dir-reload-failed = ❌ አዲሱ የዝርዝር መረጃ ትክክል አይደለም፣ ስለዚህ የድሮው መረጃ ሥራ ላይ ይቆያል:
dir-stale-title = 🗓️ መረጋገጥ ያለባቸው መዝገቦች (ከ{ $days } ቀናት በላይ የቆዩ): { $count }
dir-stale-none = ✅ መረጋገጥ ያለበት መዝገብ የለም።
dir-stale-line = • { $service } ({ $name }): ከ{ $days } ቀናት በፊት ተረጋግጧል
dir-feedback-title = 🤝 ለ"እዚያ እርዳታ አገኙ?" የተሰጡ መልሶች፣ በየአገልግሎቱ:
dir-feedback-line = • { $name }: 👍 { $yes } · 👎 { $no } · 🚪 { $noaccess }
dir-feedback-empty = 🤝 እስካሁን ምንም መልስ የለም።

## Parts of a city (taxonomy firstport-district). Place names stay as they are.

dir-district-question = 📍 የትኛው የከተማው ክፍል?
dir-district-any = 🏙 በከተማው ውስጥ የትም
tax-newcastle-centre = 🏙 Newcastle: የከተማው መሃል
tax-newcastle-west-end = 🏘 Newcastle: West End
tax-leeds-harehills = 🏘 Leeds: Harehills
tax-leeds-armley = 🏘 Leeds: Armley
