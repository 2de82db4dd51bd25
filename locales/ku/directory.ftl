## Locale: ku (Kurdish Kurmanji, Kurdî)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📍 Find services: the directory search. Names of services stay in English.

dir-title = 📍 Xizmetan bibînin. Hûn çi hewce dikin?
dir-need-food = 🍞 Xwarin
dir-need-clothing = 👕 Cil û berg
dir-need-drop-in = 🤝 Navenda drop-in
dir-need-esol-classes = 📚 Dersên Îngilîzî
dir-need-conversation-clubs = 🗣️ Klûbên axaftinê
dir-need-gp-registration = 🩺 Doktor (GP)
dir-need-routine-dental = 🦷 Doktorê diranan
dir-need-urgent-health = 🚑 Tenduristiya bilez
dir-need-mental-health = 💚 Hest û tenduristiya derûnî
dir-need-immigration-advice = ⚖️ Şîreta hiqûqî
dir-need-asylum-support = 💳 Piştgiriya penaxwaziyê û ASPEN
dir-need-accommodation-repairs = 🔧 Pirsgirêkên xanî
dir-need-destitution-support = 🆘 Pereyê min tune
dir-need-night-shelter = 🌙 Cihekî razanê
dir-need-domestic-abuse = 🏠 Tundî li malê
dir-need-exploitation = ⛓️ Karê bi zorê
dir-need-digital-inclusion = 📱 Telefon û înternet
dir-need-hc2 = 🧾 Lêçûnên NHS ên belaş (HC2)
dir-place-question = 📍 Hûn li ku ne?
dir-place-newcastle = 🏙️ Newcastle
dir-place-leeds = 🏙️ Leeds
dir-place-anywhere = 🇬🇧 Li her derê Brîtanyayê
dir-place-location = 📍 Cihê min bi kar bînin
dir-share-location = 📍 Ji bo şandina cihê xwe, bişkoka li jêr bitikînin. Em wê tenê ji bo rêzkirina encaman bi kar tînin. Em wê tomar nakin.
dir-share-button = 📍 Şandina cihê min
dir-location-used = 📍 Spas. Xizmetên herî nêzîk ev in. Me cihê we tomar nekir.
dir-none-found = 😔 Me hîn li vir ji bo vê xizmetek nedît. Cihekî din biceribînin, an bi kesekî re biaxivin.
dir-none-filtered = 😔 Li gorî van fîlteran tiştek tune. Bêyî wan biceribînin.
dir-card-count = { $index } / { $total }
dir-open-now = 🟢 Niha vekirî ye, heta { $time }
dir-open-next = 🕒 Cara din vedibe: { $day } { $time }
dir-open-always = 🟢 24 saet vekirî ye, her roj
dir-open-unknown = 🕒 Demên vebûnê: ji kerema xwe pêşî telefon bikin
dir-address = 📍 { $address }
dir-phone = 📞 { $phone }
dir-languages = 🗣️ { $languages }
dir-for-line = 👥 Ji bo: { $who }
dir-for-asylum-seeker = penaxwazan
dir-for-refused = kesên ku daxwaza wan hatiye redkirin
dir-for-refugee = penaberan
dir-for-any = her kesî
dir-checked = ✅ Kontrola dawî: { $date }
dir-uncertain = ⚠️ Dibe ku hin agahî kevn bin. Ji kerema xwe berî ku hûn biçin, telefon bikin.
dir-distance = 📏 Nêzîkî { $km } km dûr e
dir-map = 📍 Nexşe
dir-more = ➡️ Encamên zêdetir
dir-filter-open = ⏰ Niha vekirî
dir-filter-language = 🗣️ Bi zimanê min diaxivin
dir-filter-on = ✅ { $filter }
dir-feedback-question = 🤝 Duh me { $service } nîşanî we da. Ma we li wir alîkarî stend?
dir-feedback-helpful = 👍 Erê
dir-feedback-unhelpful = 👎 Na
dir-feedback-no-access = 🚪 Min nekarî bikevim hundir
dir-feedback-thanks = 🙏 Spas. Ev alîkariya me dike ku em lîsteyê rast bihêlin.
dir-reload-ok = ✅ Lîsteya xizmetan ji nû ve hat barkirin: { $services } xizmet.
dir-reload-failed = ❌ Daneyên nû yên lîsteya xizmetan ne derbasdar in, ji ber vê yekê daneyên kevn hê jî tên bikaranîn:
dir-stale-title = 🗓️ Tomarên ku dema kontrolê hatiye (ji { $days } rojan kevntir): { $count }
dir-stale-none = ✅ Tu tomar ne li benda kontrolê ye.
dir-stale-line = • { $service } ({ $name }): kontrola dawî berî { $days } rojan
dir-feedback-title = 🤝 Bersivên "Ma we li wir alîkarî stend?", li gorî xizmetê:
dir-feedback-line = • { $name }: 👍 { $yes } · 👎 { $no } · 🚪 { $noaccess }
dir-feedback-empty = 🤝 Hîn tu bersiv tune.

## Parts of a city (taxonomy firstport-district). Place names stay as they are.

dir-district-question = 📍 Kîjan beşê bajêr?
dir-district-any = 🏙 Li her derê bajêr
tax-newcastle-centre = 🏙 Newcastle: Navenda bajêr
tax-newcastle-west-end = 🏘 Newcastle: West End
tax-leeds-harehills = 🏘 Leeds: Harehills
tax-leeds-armley = 🏘 Leeds: Armley
