## Locale: ti (Tigrinya, ትግርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📍 Find services: the directory search. Names of services stay in English.

dir-title = 📍 ኣገልግሎታት ድለዩ። እንታይ የድልየኩም?
dir-need-food = 🍞 መግቢ
dir-need-clothing = 👕 ክዳን
dir-need-drop-in = 🤝 Drop-in (ብዘይ ቆጸራ)
dir-need-esol-classes = 📚 ትምህርቲ እንግሊዝኛ
dir-need-conversation-clubs = 🗣️ ክለባት ዕላል
dir-need-gp-registration = 🩺 ሓኪም (GP)
dir-need-routine-dental = 🦷 ሓኪም ስኒ
dir-need-urgent-health = 🚑 ህጹጽ ሓገዝ ጥዕና
dir-need-mental-health = 💚 ስምዒታትን ጥዕና ኣእምሮን
dir-need-immigration-advice = ⚖️ ሕጋዊ ምኽሪ
dir-need-asylum-support = 💳 ሓገዝ ዑቕባ ከምኡውን ASPEN
dir-need-accommodation-repairs = 🔧 ጸገማት መንበሪ ገዛ
dir-need-destitution-support = 🆘 ገንዘብ የብለይን
dir-need-night-shelter = 🌙 ዝሓድረሉ ቦታ
dir-need-domestic-abuse = 🏠 ኣብ ገዛ ዓመጽ
dir-need-exploitation = ⛓️ ብሓይሊ ምስራሕ
dir-need-digital-inclusion = 📱 ተሌፎንን ኢንተርነትን
dir-need-hc2 = 🧾 ነጻ ወጻኢታት NHS (HC2)
dir-place-question = 📍 ኣበይ ኣለኹም?
dir-place-newcastle = 🏙️ ኒውካስል (Newcastle)
dir-place-leeds = 🏙️ ሊድስ (Leeds)
dir-place-anywhere = 🇬🇧 ብመላእ UK
dir-place-location = 📍 ዘለኹዎ ቦታ ተጠቐም
dir-share-location = 📍 ቦታኹም ንምካፋል ኣብ ታሕቲ ዘሎ መጠወቒ ጠውቑ። ነቲ ውጽኢታት ንምስራዕ ጥራይ ኢና ንጥቀመሉ። ኣይንዕቅቦን።
dir-share-button = 📍 ቦታይ ኣካፍል
dir-location-used = 📍 የቐንየልና። ኣብ ጥቓኹም ዘለዉ ኣገልግሎታት እነሆም። ቦታኹም ኣይዓቀብናዮን።
dir-none-found = 😔 ኣብዚ ቦታ ነዚ ዝኸውን ኣገልግሎት ገና ኣይረኸብናን። ካልእ ቦታ ፈትኑ፣ ወይ ምስ ሰብ ተዛረቡ።
dir-none-filtered = 😔 ምስዚ ምርጫታትኩም ዝሰማማዕ ዋላ ሓደ የለን። ብዘይ እዞም ምርጫታት ፈትኑ።
dir-card-count = { $index } / { $total }
dir-open-now = 🟢 ሕጂ ክፉት እዩ፣ ክሳብ { $time }
dir-open-next = 🕒 ዝቕጽል ዝኽፈተሉ ግዜ: { $day } { $time }
dir-open-always = 🟢 ኩሉ መዓልቲ 24 ሰዓት ክፉት እዩ
dir-open-unknown = 🕒 ሰዓታት ስራሕ: በጃኹም መጀመርታ ደውሉ
dir-address = 📍 { $address }
dir-phone = 📞 { $phone }
dir-languages = 🗣️ { $languages }
dir-for-line = 👥 ንመን: { $who }
dir-for-asylum-seeker = ሓተትቲ ዑቕባ
dir-for-refused = ሕቶ ዑቕባኦም ዝተነጸገ ሰባት
dir-for-refugee = ስደተኛታት
dir-for-any = ኩሉ ሰብ
dir-checked = ✅ ናይ መወዳእታ ዝተረጋገጸሉ ዕለት: { $date }
dir-uncertain = ⚠️ ገለ ሓበሬታ ኣረጊቱ ክኸውን ይኽእል። በጃኹም ቅድሚ ምኻድኩም ደውሉ።
dir-distance = 📏 ኣስታት { $km } ኪ.ሜ ይርሕቕ
dir-map = 📍 ካርታ
dir-more = ➡️ ተወሳኺ ውጽኢታት
dir-filter-open = ⏰ ሕጂ ክፉት
dir-filter-language = 🗣️ ቋንቋይ ዝዛረቡ
dir-filter-on = ✅ { $filter }
dir-feedback-question = 🤝 ትማሊ { $service } ዝበሃል ኣገልግሎት ኣርኢናኩም ነይርና። ኣብኡ ሓገዝ ረኺብኩም ዶ?
dir-feedback-helpful = 👍 እወ
dir-feedback-unhelpful = 👎 የለን
dir-feedback-no-access = 🚪 ክኣቱ ኣይከኣልኩን
dir-feedback-thanks = 🙏 የቐንየልና። እዚ ነቲ ዝርዝር ቅኑዕ ገይርና ክንሕዞ ይሕግዘና።
dir-reload-ok = ✅ ዝርዝር ኣገልግሎታት ተሓዲሱ: { $services } ኣገልግሎታት።
dir-reload-failed = ❌ እቲ ሓድሽ ሓበሬታ ዝርዝር ጌጋ እዩ፣ ስለዚ እቲ ናይ ቀደም ሓበሬታ ኣብ ስራሕ ይቕጽል:
dir-stale-title = 🗓️ ክረጋገጹ ዘለዎም (ካብ { $days } መዓልቲ ዝኣረጉ): { $count }
dir-stale-none = ✅ ክረጋገጽ ዘለዎ ዋላ ሓደ የለን።
dir-stale-line = • { $service } ({ $name }): ቅድሚ { $days } መዓልቲ እዩ ተረጋጊጹ
dir-feedback-title = 🤝 መልስታት "ኣብኡ ሓገዝ ረኺብኩም ዶ?"፣ ብነፍሲ ወከፍ ኣገልግሎት:
dir-feedback-line = • { $name }: 👍 { $yes } · 👎 { $no } · 🚪 { $noaccess }
dir-feedback-empty = 🤝 ገና መልሲ የለን።

## Parts of a city (taxonomy firstport-district). Place names stay as they are.

dir-district-question = 📍 ኣየናይ ክፋል ከተማ?
dir-district-any = 🏙 ኣብ ዝኾነ ቦታ ከተማ
tax-newcastle-centre = 🏙 Newcastle: ማእከል ከተማ
tax-newcastle-west-end = 🏘 Newcastle: West End
tax-leeds-harehills = 🏘 Leeds: Harehills
tax-leeds-armley = 🏘 Leeds: Armley
