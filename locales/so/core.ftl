## Locale: so (Somali, Soomaali)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Rules for every locale: short sentences, one idea per line, an icon on every button.
## Never put bidi marks inside /commands. Numbers and entitlements come from
## shared/reference/domain-facts.md (fact ids in comments); translate the words, never the numbers.

## Language picker

# The name of this language, written in this language (an endonym). Shown in the picker.
lang-name = Soomaali
lang-choose = 🌐 Dooro luqaddaada.
lang-changed = ✅ Hadda waxaan kuugu qori doonaa Soomaali.

## Privacy notice (its version lives in bot/onboarding.py: PRIVACY_VERSION)

privacy-notice =
    🔒 Ilaalinta xogtaada

    📝 Waxa aan kaydinno: luqaddaada, magacaaga koowaad, taariikhda aad oggolaatay, mawduucyada aad dooratay, ballamahaaga drop-in-ka, doorashadaada ku saabsan fariimaha la-socodka, iyo fariimaha aad u soo dirto kooxdayada.
    🎯 Sababta: si aan kuu caawinno oo aan u xusuusanno luqaddaada.
    ⏳ Muddada: ilaa aad tirtirto, ama 12 bilood kadib fariintaadii ugu dambaysay.
    👥 Cidda arkaysa: kaliya kooxda hay'adda samafalka ee Firstport. Annagu ma nihin Home Office (Wasaaradda Arrimaha Gudaha). Lama wadaagno Home Office, lamana wadaagno shirkadda ku siisa guriga.
    🗑 Doorashadaada: /mydata waxay tusaysaa waxa aan kaydinno. /forget waxay tirtiraysaa.

    ⚠️ Weligaa ha noo soo dirin lambarka tixraaca Home Office, lambarka kaarka ASPEN ama PIN-kaaga.
privacy-agree = ✅ Waan oggolahay
privacy-decline = ✖️ Maya, mahadsanid
privacy-agreed = ✅ Mahadsanid. Waqti kasta waad beddeli kartaa go'aankaaga adigoo isticmaalaya /forget.
privacy-declined = 👍 Waa hagaag. Waxba kaama kaydinno. Weli waad akhrin kartaa macluumaadka oo dhan. Haddii aad go'aankaaga beddesho, soo dir /start.
privacy-updated = 🔒 Ogeysiiskayaga ilaalinta xogta wuu is beddelay. Fadlan mar kale akhri.
privacy-withdrawn = ✅ Waxaan tirtirnay wixii aan kaa kaydinnay. Weli waad akhrin kartaa macluumaadka oo dhan. Si aad mar kale u oggolaato, soo dir /start.
privacy-stale = ⌛ Ogeysiiskaas wuu duugoobay. Kan hadda jira waa kan.

## Main menu: every item has an icon and short words

menu-title = 🏠 Liiska ugu weyn. Maxaad u baahan tahay?
menu-housing = 🏠 Guri
menu-aspen = 💳 Kaarka ASPEN
menu-gp = 🩺 Dhakhtar (GP)
menu-dentist = 🦷 Dhakhtarka ilkaha
menu-esol = 📚 Fasallada Ingiriisiga
menu-services = 📍 Hel adeegyo
menu-other = ❔ Wax kale
menu-urgent = 🆘 Caawimaad degdeg ah
menu-language = 🌐 Luqadda
menu-privacy = 🔒 Xogtayda
menu-help = ❓ Caawimaad

## Safety card (EM-01, EM-03, EM-04, EM-07, EM-08, EM-09, EM-11, EM-13, EM-14, AS-02)

safety-card =
    🆘 Caawimaad degdeg ah. Wicitaannadan oo dhan waa bilaash.

    🚨 Haddii aad hadda khatar ku jirto: wac 999. Luqaddaada ku sheeg Ingiriisi, tusaale ahaan "Somali". Sug turjubaan. Haddii aadan hadli karin, riix 55.
    🩺 Haddii aad jiran tahay ama aad dhaawacantay: wac NHS 111, habeen iyo maalin. Sheeg luqaddaada si laguu siiyo turjubaan.
    💭 Haddii aad aad u murugaysan tahay, ama aad ka fikirayso inaad is disho: wac 111 oo dooro caafimaadka maskaxda. Ama wac Samaritans 116 123, habeen iyo maalin.
    🏠 Rabshad ama xadgudub guriga dhexdiisa ah: National Domestic Abuse Helpline (khadka xadgudubka qoyska) 0808 2000 247, habeen iyo maalin.
    ⛓️ Haddii lagu qasbay inaad shaqayso, ama qof uu ku xakameeyo: Modern Slavery & Exploitation Helpline (khadka addoonsiga casriga ah iyo ka faa'iidaysiga) 08000 121 700, habeen iyo maalin.
    🏘️ Dhibaato guriga ama kaarka ASPEN ah: Migrant Help 0808 8010 503, habeen iyo maalin.

## Help

help-text =
    ❓ Sida loo isticmaalo Firstport

    👆 Taabo badhamada. Uma baahnid inaad wax qorto.
    🏠 /menu wuxuu tusaa liiska ugu weyn.
    🌐 /language wuxuu beddelaa luqadda.
    🔔 /checkins: intee jeer ayaan ku weydiinnaa xaaladdaada, ama jooji.
    🔒 /privacy wuxuu tusaa waxa aan kaydinno. /mydata wuu kuu soo dirayaa. /forget wuu tirtirayaa.
    🆘 /urgent wuxuu tusaa lambarrada degdegga ah.

    Waxaan nahay koox samafal ah, ma nihin Home Office. Waxaan ku tusi karnaa meesha aad caawimaad ka heli karto. Halkan kaama siin karno talo sharci ah oo ku saabsan kiiskaaga.

## Command menu (setMyCommands); at most 256 characters each

cmd-start = Dib u bilow
cmd-menu = Liiska ugu weyn
cmd-language = Beddel luqadda
cmd-help = Sida loo isticmaalo bot-kan
cmd-privacy = Waxa aan kaa kaydinno
cmd-mydata = Ii soo dir xogtayda
cmd-forget = Tirtir xogtayda
cmd-urgent = Caawimaad iyo lambarrada degdegga

## Bot profile (setMyDescription: at most 512 characters; short: at most 120)

about-description = Firstport wuxuu caawiyaa dadka magangalyo raadsanaya iyo qaxootiga si ay u helaan caawimaadda saxda ah: guri, kaarka ASPEN, dhakhtar, dhakhtarka ilkaha iyo fasallada Ingiriisiga. Bilaash. Waxaan nahay hay'ad samafal, ma nihin Home Office. Khatar ma ku jirtaa? Wac 999.
about-short = Caawimaad guri, kaarka ASPEN, dhakhtar, dhakhtarka ilkaha iyo fasallada Ingiriisiga. Ma nihin Home Office.

## Your data

data-export-caption = 📄 Kani waa waxa aan kaa kaydinno oo dhan.
data-export-empty = 📄 Waxba kaama kaydinno.
forget-confirm = 🗑 Ma tirtirnaa wax kasta oo aan kaa kaydinno? Dib looma soo celin karo.
forget-yes = 🗑 Haa, tirtir
forget-no = ↩️ Maya, hay
forget-done = ✅ Waa la dhammeeyey. Waxaan tirtirnay wax kasta oo aan kaa kaydinnay. Si aad dib u bilowdo, soo dir /start.
forget-nothing = ✅ Waxba kaama kaydinno. Wax la tirtiro ma jiraan.
forget-kept = 👍 Waxba lama tirtirin.
data-show = 📄 Arag xogtayda
data-delete = 🗑 Tirtir xogtayda

## Messages we cannot use

fallback-voice = 🎤 Waan ka xumahay, ma dhagaysan karo fariimaha codka. Fadlan taabo badhan hoos ku yaal.
fallback-sticker = 🙂 Mahadsanid! Fadlan taabo badhan hoos ku yaal.
fallback-photo = 🖼️ Ma eegi karo sawirrada. Fadlan taabo badhan hoos ku yaal. Weligaa ha soo dirin sawirrada dukumentiyadaada ama kaararkaaga.
fallback-media = 🎬 Ma furi karo tan. Fadlan taabo badhan hoos ku yaal.
fallback-location = 📍 Mahadsanid. Ma kaydiyo goobaha. Fadlan taabo badhan hoos ku yaal.
fallback-contact = 👤 Mahadsanid. Ma kaydiyo macluumaadka xiriirka. Fadlan taabo badhan hoos ku yaal.
fallback-document = 📎 Ma furi karo faylasha. Fadlan halkan ha ku soo dirin dukumentiyo. Taabo badhan hoos ku yaal.
fallback-edited = ✏️ Waxaan arkay inaad beddeshay fariin. Waxaan akhriyaa kaliya fariimaha cusub. Fadlan taabo badhan hoos ku yaal.
fallback-text = 🤔 Waan ka xumahay, ma fahmin. Fadlan taabo badhan hoos ku yaal.
fallback-other = 🤔 Waan ka xumahay, tan ma isticmaali karo. Fadlan taabo badhan hoos ku yaal.

## Buttons that no longer work (answerCallbackQuery: at most 200 characters)

button-stale = ⌛ Badhankani waa duug. Kuwa hadda jira waa kuwan.

## Navigation buttons

nav-menu = 🏠 Liiska
nav-back = ⬅️ Dib u noqo

## Groups and errors

group-private-only = 👋 Waxaan ka shaqeeyaa kaliya wada-sheekaysiga gaarka ah. Fadlan si toos ah iigu soo qor. Nabad gelyo!
error-generic = 😔 Waan ka xumahay, wax baa khaldamay. Fadlan isku day mar kale. Khatar ma ku jirtaa? Wac 999.
