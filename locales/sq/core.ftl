## Locale: sq (Albanian, Shqip)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Rules for every locale: short sentences, one idea per line, an icon on every button.
## Never put bidi marks inside /commands. Numbers and entitlements come from
## shared/reference/domain-facts.md (fact ids in comments); translate the words, never the numbers.

## Language picker

# The name of this language, written in this language (an endonym). Shown in the picker.
lang-name = Shqip
lang-choose = 🌐 Zgjidhni gjuhën tuaj.
lang-changed = ✅ Tani do t'ju shkruaj në shqip.

## Privacy notice (its version lives in bot/onboarding.py: PRIVACY_VERSION)

privacy-notice =
    🔒 Privatësia juaj

    📝 Çfarë ruajmë: gjuhën tuaj, emrin tuaj (pa mbiemër), datën kur pranuat, temat që zgjodhët, rezervimet tuaja në qendrën e pritjes, zgjedhjet tuaja për mesazhet e ndjekjes dhe mesazhet që i dërgoni ekipit tonë.
    🎯 Pse: për t'ju ndihmuar dhe për të mbajtur mend gjuhën tuaj.
    ⏳ Për sa kohë: derisa t'i fshini, ose 12 muaj pas mesazhit tuaj të fundit.
    👥 Kush i sheh: vetëm ekipi i organizatës bamirëse Firstport. Ne nuk jemi Home Office (Ministria e Brendshme). Ne nuk i ndajmë me Home Office, as me ofruesin e strehimit tuaj.
    🗑 Zgjedhja juaj: /mydata tregon çfarë ruajmë. /forget i fshin.

    ⚠️ Mos na dërgoni kurrë numrin e referencës së Home Office, numrin e kartës ASPEN ose kodin PIN.
privacy-agree = ✅ Pranoj
privacy-decline = ✖️ Jo, faleminderit
privacy-agreed = ✅ Faleminderit. Mund të ndryshoni mendje në çdo kohë me /forget.
privacy-declined = 👍 Në rregull. Ne nuk ruajmë asgjë për ju. Përsëri mund të lexoni të gjitha informacionet. Për të ndryshuar mendje, dërgoni /start.
privacy-updated = 🔒 Njoftimi ynë për privatësinë ka ndryshuar. Ju lutemi lexojeni përsëri.
privacy-withdrawn = ✅ Fshimë atë që ruanim për ju. Përsëri mund të lexoni të gjitha informacionet. Për të pranuar përsëri, dërgoni /start.
privacy-stale = ⌛ Ai njoftim ishte i vjetër. Ja njoftimi i tanishëm.

## Main menu: every item has an icon and short words

menu-title = 🏠 Menyja kryesore. Për çfarë keni nevojë?
menu-housing = 🏠 Strehimi
menu-aspen = 💳 Karta ASPEN
menu-gp = 🩺 Mjeku i familjes (GP)
menu-dentist = 🦷 Dentisti
menu-esol = 📚 Kurse anglishteje
menu-services = 📍 Gjeni shërbime
menu-other = ❔ Diçka tjetër
menu-urgent = 🆘 Ndihmë urgjente
menu-language = 🌐 Gjuha
menu-privacy = 🔒 Të dhënat e mia
menu-help = ❓ Ndihmë

## Safety card (EM-01, EM-03, EM-04, EM-07, EM-08, EM-09, EM-11, EM-13, EM-14, AS-02)

safety-card =
    🆘 Ndihmë urgjente. Të gjitha këto thirrje janë falas.

    🚨 Në rrezik tani: telefononi 999. Thoni gjuhën tuaj në anglisht, për shembull "Albanian". Prisni një përkthyes. Nëse nuk mund të flisni, shtypni 55.
    🩺 Sëmundje ose lëndim: telefononi NHS 111, ditë e natë. Thoni gjuhën tuaj për të marrë një përkthyes.
    💭 Ndiheni shumë keq, ose mendoni për vetëvrasje: telefononi 111 dhe zgjidhni opsionin për shëndetin mendor. Ose telefononi Samaritans në 116 123, ditë e natë.
    🏠 Dhunë ose abuzim në shtëpi: National Domestic Abuse Helpline (linja për dhunën në familje) 0808 2000 247, ditë e natë.
    ⛓️ Ju detyrojnë të punoni, ose dikush ju kontrollon: Modern Slavery & Exploitation Helpline (linja për skllavërinë moderne dhe shfrytëzimin) 08000 121 700, ditë e natë.
    🏘️ Problem me strehimin ose me kartën ASPEN: Migrant Help 0808 8010 503, ditë e natë.

## Help

help-text =
    ❓ Si ta përdorni Firstport

    👆 Prekni butonat. Nuk keni nevojë të shkruani.
    🏠 /menu tregon menynë kryesore.
    🌐 /language ndryshon gjuhën.
    🔔 /checkins: sa shpesh t'ju pyesim si jeni, ose ta ndaloni.
    🔒 /privacy tregon çfarë ruajmë. /mydata jua dërgon. /forget i fshin.
    🆘 /urgent tregon numrat e urgjencës.

    Ne jemi një ekip bamirësie, jo Home Office. Mund t'ju tregojmë ku të gjeni ndihmë. Këtu nuk mund t'ju japim këshilla ligjore për çështjen tuaj.

## Command menu (setMyCommands); at most 256 characters each

cmd-start = Fillo përsëri
cmd-menu = Menyja kryesore
cmd-language = Ndrysho gjuhën
cmd-help = Si ta përdorni këtë bot
cmd-privacy = Çfarë ruajmë për ju
cmd-mydata = Më dërgo të dhënat e mia
cmd-forget = Fshi të dhënat e mia
cmd-urgent = Ndihmë urgjente dhe numrat e urgjencës

## Bot profile (setMyDescription: at most 512 characters; short: at most 120)

about-description = Firstport ndihmon njerëzit që kërkojnë azil dhe refugjatët të gjejnë ndihmën e duhur: strehim, kartë ASPEN, mjek, dentist dhe kurse anglishteje. Falas. Ne jemi organizatë bamirëse, jo Home Office. Në rrezik? Telefononi 999.
about-short = Ndihmë për strehimin, kartën ASPEN, mjekun, dentistin dhe kurset e anglishtes. Ne nuk jemi Home Office.

## Your data

data-export-caption = 📄 Kjo është gjithçka që ruajmë për ju.
data-export-empty = 📄 Ne nuk ruajmë asgjë për ju.
forget-confirm = 🗑 Të fshijmë gjithçka që ruajmë për ju? Kjo nuk mund të kthehet mbrapsht.
forget-yes = 🗑 Po, fshije
forget-no = ↩️ Jo, mbaje
forget-done = ✅ U krye. Fshimë gjithçka që ruanim për ju. Për të filluar përsëri, dërgoni /start.
forget-nothing = ✅ Ne nuk ruajmë asgjë për ju. Nuk ka asgjë për të fshirë.
forget-kept = 👍 Asgjë nuk u fshi.
data-show = 📄 Shiko të dhënat e mia
data-delete = 🗑 Fshi të dhënat e mia

## Messages we cannot use

fallback-voice = 🎤 Më vjen keq, nuk mund të dëgjoj mesazhe zanore. Ju lutemi prekni një buton më poshtë.
fallback-sticker = 🙂 Faleminderit! Ju lutemi prekni një buton më poshtë.
fallback-photo = 🖼️ Nuk mund të shikoj fotografi. Ju lutemi prekni një buton më poshtë. Mos dërgoni kurrë foto të dokumenteve ose të kartave tuaja.
fallback-media = 🎬 Nuk mund ta luaj këtë. Ju lutemi prekni një buton më poshtë.
fallback-location = 📍 Faleminderit. Unë nuk ruaj vendndodhje. Ju lutemi prekni një buton më poshtë.
fallback-contact = 👤 Faleminderit. Unë nuk ruaj të dhëna kontakti. Ju lutemi prekni një buton më poshtë.
fallback-document = 📎 Nuk mund të hap skedarë. Ju lutemi mos dërgoni dokumente këtu. Prekni një buton më poshtë.
fallback-edited = ✏️ Pashë që ndryshuat një mesazh. Unë lexoj vetëm mesazhe të reja. Ju lutemi prekni një buton më poshtë.
fallback-text = 🤔 Më vjen keq, nuk kuptova. Ju lutemi prekni një buton më poshtë.
fallback-other = 🤔 Më vjen keq, nuk mund ta përdor këtë. Ju lutemi prekni një buton më poshtë.

## Buttons that no longer work (answerCallbackQuery: at most 200 characters)

button-stale = ⌛ Ky buton është i vjetër. Ja butonat e tanishëm.

## Navigation buttons

nav-menu = 🏠 Menyja
nav-back = ⬅️ Prapa

## Groups and errors

group-private-only = 👋 Unë punoj vetëm në biseda private. Ju lutemi më shkruani drejtpërdrejt. Mirupafshim!
error-generic = 😔 Më vjen keq, diçka shkoi keq. Ju lutemi provoni përsëri. Në rrezik? Telefononi 999.
