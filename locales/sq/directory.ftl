## Locale: sq (Albanian, Shqip)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📍 Find services: the directory search. Names of services stay in English.

dir-title = 📍 Gjeni shërbime. Për çfarë keni nevojë?
dir-need-food = 🍞 Ushqim
dir-need-clothing = 👕 Rroba
dir-need-drop-in = 🤝 Qendër pritjeje (drop-in)
dir-need-esol-classes = 📚 Kurse anglishteje
dir-need-conversation-clubs = 🗣️ Klube bisede
dir-need-gp-registration = 🩺 Mjeku i familjes (GP)
dir-need-routine-dental = 🦷 Dentisti
dir-need-urgent-health = 🚑 Ndihmë urgjente shëndetësore
dir-need-mental-health = 💚 Ndjenjat dhe shëndeti mendor
dir-need-immigration-advice = ⚖️ Këshilla ligjore
dir-need-asylum-support = 💳 Mbështetje azili dhe ASPEN
dir-need-accommodation-repairs = 🔧 Probleme me strehimin
dir-need-destitution-support = 🆘 Pa para
dir-need-night-shelter = 🌙 Një vend për të fjetur
dir-need-domestic-abuse = 🏠 Dhunë në shtëpi
dir-need-exploitation = ⛓️ Punë e detyruar
dir-need-digital-inclusion = 📱 Telefon dhe internet
dir-need-hc2 = 🧾 Shërbime NHS falas (HC2)
dir-place-question = 📍 Ku ndodheni?
dir-place-newcastle = 🏙️ Newcastle
dir-place-leeds = 🏙️ Leeds
dir-place-anywhere = 🇬🇧 Kudo në Mbretërinë e Bashkuar
dir-place-location = 📍 Përdor vendndodhjen time
dir-share-location = 📍 Prekni butonin më poshtë për të ndarë vendndodhjen tuaj. E përdorim vetëm për të renditur rezultatet. Nuk e ruajmë.
dir-share-button = 📍 Ndaj vendndodhjen time
dir-location-used = 📍 Faleminderit. Ja shërbimet më të afërta. Nuk e ruajtëm vendndodhjen tuaj.
dir-none-found = 😔 Ende nuk gjetëm asnjë shërbim për këtë këtu. Provoni një vend tjetër, ose flisni me një njeri.
dir-none-filtered = 😔 Asgjë nuk përputhet me këto filtra. Provoni pa to.
dir-card-count = { $index } / { $total }
dir-open-now = 🟢 Hapur tani deri në { $time }
dir-open-next = 🕒 Hapet herën tjetër: { $day }, ora { $time }
dir-open-always = 🟢 Hapur 24 orë, çdo ditë
dir-open-unknown = 🕒 Orari: ju lutemi telefononi më parë
dir-address = 📍 { $address }
dir-phone = 📞 { $phone }
dir-languages = 🗣️ { $languages }
dir-for-line = 👥 Për: { $who }
dir-for-asylum-seeker = njerëzit që kërkojnë azil
dir-for-refused = njerëzit të cilëve iu refuzua kërkesa
dir-for-refugee = refugjatët
dir-for-any = të gjithë
dir-checked = ✅ Kontrolluar për herë të fundit: { $date }
dir-uncertain = ⚠️ Disa të dhëna mund të jenë të vjetra. Ju lutemi telefononi para se të shkoni.
dir-distance = 📏 Rreth { $km } km larg
dir-map = 📍 Harta
dir-more = ➡️ Më shumë rezultate
dir-filter-open = ⏰ Hapur tani
dir-filter-language = 🗣️ Flasin gjuhën time
dir-filter-on = ✅ { $filter }
dir-feedback-question = 🤝 Dje ju treguam { $service }. A morët ndihmë atje?
dir-feedback-helpful = 👍 Po
dir-feedback-unhelpful = 👎 Jo
dir-feedback-no-access = 🚪 Nuk munda të hyja
dir-feedback-thanks = 🙏 Faleminderit. Kjo na ndihmon ta mbajmë listën të saktë.
dir-reload-ok = ✅ Lista e shërbimeve u ringarkua: { $services } shërbime.
dir-reload-failed = ❌ Të dhënat e reja të listës nuk janë të vlefshme, prandaj mbeten në përdorim të dhënat e vjetra:
dir-stale-title = 🗓️ Regjistrime për t'u kontrolluar (më të vjetra se { $days } ditë): { $count }
dir-stale-none = ✅ Asnjë regjistrim nuk ka nevojë për kontroll.
dir-stale-line = • { $service } ({ $name }): kontrolluar për herë të fundit { $days } ditë më parë
dir-feedback-title = 🤝 Përgjigjet për "A morët ndihmë atje?", sipas shërbimit:
dir-feedback-line = • { $name }: 👍 { $yes } · 👎 { $no } · 🚪 { $noaccess }
dir-feedback-empty = 🤝 Ende nuk ka përgjigje.

## Parts of a city (taxonomy firstport-district). Place names stay as they are.

dir-district-question = 📍 Cila pjesë e qytetit?
dir-district-any = 🏙 Kudo në qytet
tax-newcastle-centre = 🏙 Newcastle: Qendra e qytetit
tax-newcastle-west-end = 🏘 Newcastle: West End
tax-leeds-harehills = 🏘 Leeds: Harehills
tax-leeds-armley = 🏘 Leeds: Armley
