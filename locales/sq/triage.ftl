## Locale: sq (Albanian, Shqip)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Triage flows (flows/*.yaml). Facts come from shared/reference/domain-facts.md; the fact ids
## are in the comments. Keep every outcome to 2-4 short lines. Never change a number.

## Shared buttons and lines

triage-next = ➡️ Vazhdo
triage-talk = 💬 Flisni me një njeri
triage-helped-question = A ju ndihmoi kjo?
triage-helped-yes = 👍 Po
triage-helped-no = 👎 Jo
triage-feedback-thanks = 🙏 Faleminderit që na e thatë.
triage-signposts = 📍 Ku të gjeni ndihmë:
triage-signpost-phone = • { $name }: { $phone }
triage-signpost-name = • { $name }
triage-needs-consent = 🔒 Për t'ia kaluar këtë një njeriu, duhet të ruajmë pak informacion. Ju lutemi lexoni këtë më parë.

## Tickets: what happens next

ticket-opened-hours = 💬 Ia kaluam këtë ekipit tonë. Dikush do t'ju përgjigjet në këtë bisedë. Zakonisht përgjigjemi brenda pak orësh, në orarin e punës.
ticket-opened-away = 💬 Ia kaluam këtë ekipit tonë. Ekipi nuk po punon tani. Do t'ju përgjigjen nga { $opens }.
    Nëse është urgjente: në rrezik, telefononi 999. Për sëmundje, telefononi NHS 111. Për të folur me dikë tani, telefononi Samaritans në 116 123.
ticket-already-open = 💬 Ekipi ynë e ka tashmë pyetjen tuaj. Do t'ju përgjigjen në këtë bisedë.

## Housing (AS-02, AS-03, AC-03, AC-04, AC-05, MO-01, MO-02, MO-04, MO-05, MO-06, EM-17, EM-18)

housing-title = 🏠 Strehimi
housing-q-start = 🏠 Cili është problemi me strehimin tuaj?
housing-opt-repair = 🔧 Diçka është prishur
housing-opt-unsafe = 😟 Nuk ndihem në siguri ku jetoj
housing-opt-move = 🚚 Zhvendosje, ose adresë e re
housing-opt-notice = 📄 Një letër thotë se duhet të largohem
housing-opt-nowhere = 🌙 Nuk kam ku të fle sonte
housing-q-repair = 🔧 Çfarë është prishur?
housing-opt-gas = 🔥 Më vjen erë gazi
housing-opt-heating = 🌡️ Nuk ka ngrohje ose ujë të ngrohtë
housing-opt-water = 🚱 Nuk ka ujë
housing-opt-power = ⚡ Nuk ka energji elektrike
housing-opt-building = 🏚️ Ndërtesa nuk është e sigurt
housing-opt-locked = 🔑 Kam mbetur jashtë shtëpisë
housing-opt-other-repair = 🔧 Diçka tjetër
housing-q-cold = 🌡️ A është dimër, apo shtëpia juaj është shumë e ftohtë?
housing-opt-cold-yes = ❄️ Po
housing-opt-cold-no = ☀️ Jo
housing-out-gas =
    🔥 Gazi mund të jetë i rrezikshëm.
    🚪 Hapni dritaret. Mos prekni çelësat e dritave. Mos ndizni flakë ose cigare. Dilni nga ndërtesa.
    📞 Telefononi linjën e urgjencës për gazin: 0800 111 999. Në rrezik? Telefononi 999.
    📞 Pastaj njoftoni Migrant Help: 0808 8010 503 (falas, ditë e natë).
housing-out-emergency =
    🚨 Ky është një riparim urgjent.
    📞 Telefononi Migrant Help tani: 0808 8010 503 (falas, ditë e natë). Thoni "emergency repair" (riparim urgjent).
    📝 Shkruani ditën dhe orën kur telefonuat.
housing-out-routine =
    🔧 Njoftoni Migrant Help për riparimin: 0808 8010 503 (falas, ditë e natë), ose me bisedë në internet (webchat) ose me email.
    📝 Shkruani ditën kur e njoftuat.
    ⏳ Nëse bëni ankesë, ofruesi i strehimit duhet t'ju përgjigjet brenda 5 ditëve të punës.
housing-out-unsafe =
    🚨 Në rrezik tani? Telefononi 999.
    📞 Njoftoni Migrant Help: 0808 8010 503. Ata pranojnë njoftime për ngacmime dhe sjellje antisociale.
    🛡️ Për një krim urrejtjeje, telefononi policinë në 101, ose raportojeni në internet me True Vision.
housing-out-move =
    🏠 Strehimi për azilkërkuesit është "pa zgjedhje": Home Office vendos ku jetoni.
    ♿ Nëse strehimi nuk i përshtatet një nevoje, si një aftësi e kufizuar, njoftoni zyrtarin tuaj të strehimit dhe Migrant Help: 0808 8010 503.
    🩺 Pas zhvendosjes, regjistrohuni te një mjek i ri afër jush.
housing-q-notice = 📄 Çfarë thotë letra?
housing-opt-granted = ✅ Mora statusin e refugjatit (leje qëndrimi)
housing-opt-refused = ❌ Kërkesa ime për azil u refuzua
housing-opt-unsure = ❔ Nuk e kuptoj
housing-out-granted =
    ✅ Strehimi dhe paratë për azilkërkuesit do të ndalojnë së shpejti: të paktën 28 ditë pas vendimit tuaj, ndonjëherë 56 ditë.
    🏛️ Sot: kontaktoni ekipin e bashkisë (council) për të pastrehët. Bashkia duhet t'ju ndihmojë.
    💷 Aplikoni tani për Universal Credit (ndihmë financiare nga shteti). Nuk ju duhet numër National Insurance (numri i sigurimeve shoqërore) për të filluar.
housing-out-refused =
    ⚠️ Pas një refuzimi, mbështetja zakonisht ndalon pas 21 ditësh, përveç nëse bëni apel ose keni një fëmijë nën 18 vjeç.
    ⏳ Afatet për apel janë të shkurtra. Flisni tani me një këshilltar imigracioni të licencuar ose me një avokat (solicitor).
    🏠 Ndoshta mund të merrni mbështetjen Section 4.
housing-out-unsure =
    📄 Sillni letrën në qendrën e pritjes (drop-in). Do ta lexojmë bashkë me ju.
    📷 Ju lutemi mos dërgoni foto të letrave tuaja në këtë bisedë.
housing-out-nowhere =
    🌙 Telefononi Migrant Help tani: 0808 8010 503 (falas, ditë e natë). Thoni që nuk keni ku të flini sonte.
    🏛️ Nëse keni statusin e refugjatit, shkoni sot te ekipi i bashkisë (council) për të pastrehët.
    🚨 Në rrezik? Telefononi 999.
housing-followup-repair = 🔧 Javën e kaluar na treguat për një riparim. A është rregulluar?

## ASPEN card (AS-02, AS-03, AS-09, AS-10, AS-11, AS-12, EM-06)

aspen-title = 💳 Karta ASPEN
aspen-q-start = 💳 Cili është problemi me kartën tuaj ASPEN?
aspen-opt-lost = 🔍 E humbur ose e vjedhur
aspen-opt-broken = 🚫 Nuk punon, ose problem me PIN-in
aspen-opt-payment = 💷 Paratë e mia nuk erdhën
aspen-opt-never = 📭 Karta ime nuk erdhi kurrë
aspen-opt-stopped = ⛔ Mbështetja ime u ndalua
aspen-out-lost =
    📞 Telefononi Migrant Help: 0808 8010 503 (falas, ditë e natë).
    🗣️ Thoni: "My ASPEN card is lost" (më humbi karta ASPEN), ose "stolen" (e vjedhur). Kërkoni një pagesë urgjente në para në dorë derisa të vijë karta e re.
    👮 Nëse jua vodhën, mund ta njoftoni edhe policinë në 101.
aspen-out-broken =
    🛒 Përdoreni kartën vetëm në dyqane që pranojnë Mastercard.
    📞 Telefononi Migrant Help: 0808 8010 503. Thoni: "My ASPEN card is not working" (karta ime ASPEN nuk punon).
    🔒 Mos ia tregoni kurrë askujt PIN-in tuaj. As neve.
aspen-out-payment =
    📞 Telefononi Migrant Help: 0808 8010 503 (falas, ditë e natë).
    🗣️ Thoni: "My ASPEN payment did not arrive" (pagesa ime ASPEN nuk erdhi). Kërkoni një pagesë urgjente në para në dorë.
    🍞 Nuk keni para për ushqim sot? Na tregoni me butonin më poshtë.
aspen-out-never =
    📞 Telefononi Migrant Help: 0808 8010 503 (falas, ditë e natë).
    🗣️ Thoni: "My ASPEN card has not arrived" (karta ime ASPEN nuk ka ardhur).
    📄 Kur telefononi, mbani afër letrën e mbështetjes për azilkërkuesit.
aspen-out-stopped =
    ⚠️ Nëse mbështetja juaj u ndalua ose u refuzua, mund të bëni apel.
    ⏳ Gjykata (tribunal) duhet ta marrë apelin tuaj brenda 3 ditëve nga dita kur morët letrën. Veproni sot.
    ⚖️ ASAP (Asylum Support Appeals Project) jep këshilla falas. Mund t'ju ndihmojmë t'i kontaktoni.
aspen-followup = 💳 Disa ditë më parë na treguat për kartën tuaj ASPEN. A punon tani?

## Doctor (GP) (HE-01, HE-02, HE-03, HE-04, HE-05, EM-01, EM-07)

gp-title = 🩺 Mjeku i familjes (GP)
gp-q-start = 🩺 Për çfarë keni nevojë?
gp-opt-register = 📝 Të regjistrohem te një mjek
gp-opt-refused = 🚫 Një qendër mjekësore (GP) më tha jo
gp-opt-unwell = 🤒 Nuk ndihem mirë tani
gp-opt-certificate = 🧾 Certifikata HC2 (ilaçe falas)
gp-info-rights =
    ✅ Çdokush në Angli mund të regjistrohet te një mjek i familjes (GP). Është falas.
    🚫 NUK ju duhet vërtetim adrese, dokument identiteti, status imigracioni ose numër NHS.
gp-out-register =
    🔍 Gjeni një qendër mjekësore (GP) afër jush.
    📝 Kërkoni formularin GMS1, ose përdorni formularin në internet të qendrës. Mund të jepni një adresë të përkohshme, ose adresën e qendrës.
    🗣️ Mund të kërkoni një përkthyes falas.
gp-out-refused =
    ⚖️ Një qendër mjekësore mund të thotë jo vetëm për disa arsye, për shembull kur lista është plot. Duhet t'ju tregojë arsyen me shkrim.
    🩺 Gjithsesi duhet t'ju japë trajtim urgjent.
    📞 Doctors of the World: 0808 1647 686, nga e hëna në të premte, 10:00 deri 12:00. Kanë përkthyes.
gp-q-unwell = 🤒 Sa serioze është?
gp-opt-danger = 🚨 Jeta e dikujt është në rrezik
gp-opt-today = 🤒 Kam nevojë për ndihmë sot, nuk është urgjencë
gp-out-999 =
    🚨 Telefononi 999 tani. Është falas.
    🗣️ Thoni gjuhën tuaj në anglisht, për shembull "Albanian". Prisni një përkthyes.
gp-out-111 =
    📞 Telefononi NHS 111, ose përdorni 111 në internet. Është falas, ditë e natë.
    🗣️ Thoni gjuhën tuaj për të marrë një përkthyes.
gp-q-hc2 = 🧾 Çfarë mbështetjeje merrni nga Home Office?
gp-opt-s95 = 🏠 Section 95 (pres një vendim)
gp-opt-s4 = 📄 Section 98 ose Section 4
gp-opt-hc2-unsure = ❔ Nuk e di
gp-out-hc2-s95 =
    📬 Me Section 95, certifikata HC2 vjen me postë brenda 21 ditëve nga letra juaj e mbështetjes.
    📞 Nuk ka ardhur? Telefononi Migrant Help: 0808 8010 503.
    🧾 HC2 jep ilaçe falas, kujdes dentar, kontrolle të syve dhe ndihmë për udhëtimin në spital. Kontrolloni datën kur mbaron.
gp-out-hc2-hc1 =
    📝 Plotësoni formularin HC1 për të marrë një certifikatë HC2. Mund t'ju ndihmojmë në qendrën e pritjes (drop-in).
    📞 NHS Business Services Authority: 0300 330 1343.
gp-out-hc2-unsure =
    📄 Sillni letrën e mbështetjes nga Home Office në qendrën e pritjes (drop-in). Do ta kontrollojmë bashkë me ju.
gp-followup = 🩺 Javën e kaluar pyetët për një mjek. A arritët të regjistroheni te një mjek i familjes (GP)?

## Dentist (HE-05, HE-06, HE-07, HE-08, EM-07)

dentist-title = 🦷 Dentisti
dentist-q-start = 🦷 Për çfarë keni nevojë?
dentist-opt-pain = 😣 Dhimbje ose ënjtje
dentist-opt-find = 🔍 Gjeni një dentist NHS
dentist-opt-missed = 📅 Humba takimin
dentist-opt-free = 🧾 Trajtim falas (HC2)
dentist-q-redflags =
    ⚠️ A po ndodh ndonjë nga këto?
    • Ënjtje afër syrit ose në qafë
    • Merrni frymë ose gëlltisni me vështirësi
    • Gjakderdhje që nuk ndalon
    • Një dëmtim i rëndë në fytyrë ose në nofull
dentist-opt-redflags-yes = 🚨 Po
dentist-opt-redflags-no = ✅ Jo
dentist-out-ae =
    🚨 Shkoni tani në A&E (urgjenca e spitalit), ose telefononi 999.
    🚗 Mos e ngisni vetë makinën.
dentist-out-urgent =
    📞 Telefononi dentistin tuaj. Nuk keni dentist? Telefononi NHS 111, ose përdorni 111 në internet. Nuk ka nevojë të jeni të regjistruar.
    🗣️ Thoni gjuhën tuaj për të marrë një përkthyes.
    🧾 Merrni me vete certifikatën HC2, nëse e keni.
dentist-out-find =
    🔍 Përdorni shërbimin e NHS "Find a dentist" (gjeni një dentist), pastaj telefononi dentistët. Nuk ka regjistrim dhe nuk ka kufizim zone.
    📞 Asnjë nuk ka vend? Telefononi NHS England: 0300 311 2233.
    🧾 Me certifikatën HC2, trajtimi NHS është falas.
dentist-out-missed =
    📞 Telefononi dentistin sa më shpejt. Tregoni pse e humbët takimin. Kërkoni një takim të ri.
    😣 Keni dhimbje tani? Telefononi NHS 111.
    💬 Mund t'ju ndihmojmë të telefononi, ose të planifikoni udhëtimin.
dentist-out-free =
    🧾 Me certifikatën HC2, trajtimi dentar NHS është falas.
    📬 Section 95: vjen me postë. Section 98 ose 4: plotësoni formularin HC1.
dentist-followup = 🦷 Disa ditë më parë na treguat për dhimbje dhëmbi. A morët ndihmë?

## English classes (ESOL) (ES-01, ES-02, ES-03, ES-04)

esol-title = 📚 Kurse anglishteje
esol-q-start = 📚 Kurse anglishteje. Cila është e vërtetë për ju?
esol-opt-refugee = ✅ Kam statusin e refugjatit (leje qëndrimi)
esol-opt-waiting = ⏳ Pres një vendim
esol-opt-refused = ❌ Kërkesa ime u refuzua
esol-opt-register = 📝 Regjistrim në qendrën e pritjes (drop-in)
esol-q-waited = ⏳ Sa kohë më parë kërkuat azil?
esol-opt-under6 = 🗓️ Më pak se 6 muaj
esol-opt-over6 = 📅 6 muaj ose më shumë
esol-out-refugee =
    ✅ Mund të merrni kurse anglishteje (ESOL) të financuara. Nuk ka kohë pritjeje.
    📝 Regjistrohuni në qendrën e pritjes (drop-in), ose shikoni kurset më poshtë.
esol-out-funded =
    ✅ Pas 6 muajsh pritjeje, mund të merrni kurse anglishteje (ESOL) të financuara.
    🏛️ Rregullat janë të ndryshme në çdo zonë. Regjistrohuni në qendrën e pritjes (drop-in) dhe ata do ta kontrollojnë për ju.
esol-out-early =
    ⏳ Kurset e financuara zakonisht fillojnë pas 6 muajsh pritjeje.
    🗣️ Klubet falas të bisedës dhe kurset me vullnetarë janë të hapura për ju që tani.
    📝 Regjistrohuni në qendrën e pritjes (drop-in) për të filluar sa më shpejt.
esol-out-clubs =
    🗣️ Klubet falas të bisedës dhe kurset e komunitetit janë të hapura për të gjithë.
    📝 Pyesni në qendrën e pritjes (drop-in).
esol-out-register =
    📝 Qendra e pritjes (drop-in) ju regjistron për kurse anglishteje, që të filloni së shpejti.
    🪪 Sillni çdo dokument identiteti që keni.
esol-followup = 📚 Dy javë më parë pyetët për kurset e anglishtes. A keni filluar një kurs?

## Something else (IA-01, IA-02, IA-03, IA-04, EM-08, EM-11)

other-title = ❔ Diçka tjetër
other-q-start = ❔ Për çfarë bëhet fjalë?
other-opt-person = 💬 Dua të flas me një njeri
other-opt-legal = ⚖️ Çështja ime e azilit, ose një letër nga Home Office
other-opt-basics = 🍞 Ushqim, rroba ose para
other-opt-feelings = 💭 Stres, trishtim ose gjumë
other-opt-unsure = ❔ Nuk e di
other-out-person =
    💬 Dikush nga ekipi ynë do t'ju shkruajë këtu.
other-out-legal =
    ⚖️ Nuk mund t'ju japim këshilla për çështjen tuaj. Këtë mund ta bëjë vetëm një këshilltar imigracioni i licencuar ose një avokat (solicitor).
    🤝 Do t'ju ndihmojmë të gjeni një të tillë. Ndihma juridike (legal aid) mund ta paguajë.
other-out-basics =
    🍞 Mund të merrni ushqim, rroba dhe ndihmë tjetër. Ekipi ynë do t'ju tregojë ku dhe kur.
    📞 Pa para ose pa shtëpi? Mund ta njoftoni edhe Migrant Help: 0808 8010 503.
other-out-feelings =
    💚 Shumë njerëz këtu ndihen kështu. Nuk jeni vetëm. Të flasësh ndihmon.
    📞 Telefononi NHS 111 dhe zgjidhni opsionin për shëndetin mendor, ditë e natë. Ose telefononi Samaritans në 116 123.
    💬 Dikush nga ekipi ynë do të flasë edhe me ju.

## Taxonomy terms, as people see them next to a service (directory/taxonomy)

tax-accommodation-repairs = Riparime dhe probleme në strehimin e azilkërkuesve
tax-asylum-support = Mbështetja për azilkërkuesit dhe karta ASPEN
tax-gp-registration = Regjistrimi te mjeku
tax-urgent-health = Ndihmë urgjente shëndetësore
tax-urgent-dental = Ndihmë urgjente dentare
tax-routine-dental = Gjetja e një dentisti
tax-hc2 = Certifikata HC2: shërbime NHS falas
tax-esol-classes = Kurse anglishteje
tax-conversation-clubs = Klube bisede
tax-immigration-advice = Këshilla ligjore për imigracionin
tax-destitution-support = Ndihmë nëse nuk keni para
tax-night-shelter = Një vend për të fjetur sonte
tax-food = Ushqim
tax-clothing = Rroba
tax-mental-health = Shëndeti mendor dhe ndjenjat
tax-domestic-abuse = Dhunë ose abuzim në shtëpi
tax-exploitation = Punë e detyruar dhe shfrytëzim
tax-drop-in = Qendër pritjeje pa takim (drop-in)
tax-digital-inclusion = Telefona, internet dhe kompjuterë
tax-council-housing = Ndihmë nga bashkia (council) për strehimin
tax-welfare-benefits = Përfitime dhe para pas një vendimi
tax-emergency = Urgjencë
