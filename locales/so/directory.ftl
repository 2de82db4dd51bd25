## Locale: so (Somali, Soomaali)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📍 Find services: the directory search. Names of services stay in English.

dir-title = 📍 Hel adeegyo. Maxaad u baahan tahay?
dir-need-food = 🍞 Cunto
dir-need-clothing = 👕 Dhar
dir-need-drop-in = 🤝 Drop-in (xarunta booqashada)
dir-need-esol-classes = 📚 Fasallada Ingiriisiga
dir-need-conversation-clubs = 🗣️ Kooxaha wada-hadalka
dir-need-gp-registration = 🩺 Dhakhtar (GP)
dir-need-routine-dental = 🦷 Dhakhtarka ilkaha
dir-need-urgent-health = 🚑 Caafimaad degdeg ah
dir-need-mental-health = 💚 Dareenka iyo maskaxda
dir-need-immigration-advice = ⚖️ Talo sharci
dir-need-asylum-support = 💳 Taageerada iyo kaarka ASPEN
dir-need-accommodation-repairs = 🔧 Dhibaatooyinka guriga
dir-need-destitution-support = 🆘 Lacag ma haysto
dir-need-night-shelter = 🌙 Meel aan seexdo
dir-need-domestic-abuse = 🏠 Rabshad guriga dhexdiisa ah
dir-need-exploitation = ⛓️ Shaqo qasab ah
dir-need-digital-inclusion = 📱 Taleefan iyo internet
dir-need-hc2 = 🧾 NHS bilaash ah (HC2)
dir-place-question = 📍 Xaggee joogtaa?
dir-place-newcastle = 🏙️ Newcastle
dir-place-leeds = 🏙️ Leeds
dir-place-anywhere = 🇬🇧 Meel kasta oo UK ah
dir-place-location = 📍 Isticmaal goobtayda
dir-share-location = 📍 Taabo badhanka hoos ku yaal si aad noola wadaagto goobtaada. Waxaan u isticmaalnaa kaliya inaan natiijooyinka u habeynno. Ma kaydinno.
dir-share-button = 📍 Wadaag goobtayda
dir-location-used = 📍 Mahadsanid. Kuwani waa adeegyada kuugu dhow. Goobtaada ma aanu kaydin.
dir-none-found = 😔 Weli ma aanu helin adeeg arrintan ah oo halkan ku yaal. Isku day meel kale, ama la hadal qof.
dir-none-filtered = 😔 Waxba kuma habboona doorashooyinkan. Isku day la'aantood.
dir-card-count = { $index } / { $total }
dir-open-now = 🟢 Hadda waa furan yahay, ilaa { $time }
dir-open-next = 🕒 Marka xigta ee la furayo: { $day } { $time }
dir-open-always = 🟢 Waa furan yahay 24 saacadood, maalin kasta
dir-open-unknown = 🕒 Saacadaha furitaanka: fadlan marka hore wac
dir-address = 📍 { $address }
dir-phone = 📞 { $phone }
dir-languages = 🗣️ { $languages }
dir-for-line = 👥 Loogu talagalay: { $who }
dir-for-asylum-seeker = dadka magangalyo doonka ah
dir-for-refused = dadka codsigooda la diiday
dir-for-refugee = qaxootiga
dir-for-any = qof walba
dir-checked = ✅ Markii ugu dambaysay ee la hubiyay: { $date }
dir-uncertain = ⚠️ Xogta qaar waxaa laga yaabaa inay duugowday. Fadlan wac intaadan tegin.
dir-distance = 📏 Qiyaastii { $km } km ayay kaa fog tahay
dir-map = 📍 Khariidad
dir-more = ➡️ Natiijooyin kale
dir-filter-open = ⏰ Hadda furan
dir-filter-language = 🗣️ Ku hadla luqaddayda
dir-filter-on = ✅ { $filter }
dir-feedback-question = 🤝 Shalay waxaan ku tusnay { $service }. Caawimaad ma ka heshay halkaas?
dir-feedback-helpful = 👍 Haa
dir-feedback-unhelpful = 👎 Maya
dir-feedback-no-access = 🚪 Ma aan geli karin
dir-feedback-thanks = 🙏 Mahadsanid. Tani waxay naga caawinaysaa inaan liiska sax ku hayno.
dir-reload-ok = ✅ Liiska adeegyada dib ayaa loo soo raray: { $services } adeeg.
dir-reload-failed = ❌ Xogta cusub ee liiska waa khalad, sidaa darteed xogtii hore ayaa weli la isticmaalayaa:
dir-stale-title = 🗓️ Adeegyada u baahan hubin (ka duugsan { $days } maalmood): { $count }
dir-stale-none = ✅ Ma jiraan adeegyo u baahan hubin.
dir-stale-line = • { $service } ({ $name }): la hubiyay { $days } maalmood ka hor
dir-feedback-title = 🤝 Jawaabaha "Caawimaad ma ka heshay halkaas?", adeeg kasta:
dir-feedback-line = • { $name }: 👍 { $yes } · 👎 { $no } · 🚪 { $noaccess }
dir-feedback-empty = 🤝 Weli jawaab ma jirto.

## Parts of a city (taxonomy firstport-district). Place names stay as they are.

dir-district-question = 📍 Qaybtee magaalada?
dir-district-any = 🏙 Meel kasta oo magaalada ah
tax-newcastle-centre = 🏙 Newcastle: Bartamaha magaalada
tax-newcastle-west-end = 🏘 Newcastle: West End
tax-leeds-harehills = 🏘 Leeds: Harehills
tax-leeds-armley = 🏘 Leeds: Armley
