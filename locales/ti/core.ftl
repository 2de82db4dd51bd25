## Locale: ti (Tigrinya, ትግርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Rules for every locale: short sentences, one idea per line, an icon on every button.
## Never put bidi marks inside /commands. Numbers and entitlements come from
## shared/reference/domain-facts.md (fact ids in comments); translate the words, never the numbers.

## Language picker

# The name of this language, written in this language (an endonym). Shown in the picker.
lang-name = ትግርኛ
lang-choose = 🌐 ቋንቋኹም ምረጹ።
lang-changed = ✅ ካብ ሕጂ ብትግርኛ ክጽሕፈልኩም እየ።

## Privacy notice (its version lives in bot/onboarding.py: PRIVACY_VERSION)

privacy-notice =
    🔒 ምሕላው ሓበሬታኹም

    📝 እንታይ ንዕቅብ: ቋንቋኹም፣ ቀዳማይ ስምኩም፣ ዝተሰማማዕኩምሉ ዕለት፣ ዝመረጽኩምዎም ኣርእስትታት፣ ናይ drop-in ቆጸራታትኩም፣ ብዛዕባ ናይ ክትትል መልእኽትታት ምርጫኹም፣ ከምኡውን ናብ ጉጅለና እትሰዱዎም መልእኽትታት።
    🎯 ስለምንታይ: ንኽንሕግዘኩምን ቋንቋኹም ንኽንዝክርን።
    ⏳ ክሳብ መዓስ: ክሳብ ባዕልኹም እትድምስስዎ፣ ወይ ድማ ድሕሪ መወዳእታ መልእኽትኹም 12 ኣዋርሕ።
    👥 መን ይርእዮ: ጉጅለ ግብረ-ሰናይ Firstport ጥራይ። ንሕና Home Office (ሚኒስትሪ ጉዳያት ውሽጢ) ኣይኮናን። ምስ Home Office ወይ ምስ ኣቕራቢ መንበሪ ገዛኹም ኣይንካፈሎን።
    🗑 ምርጫ ናትኩም እዩ: /mydata እንዕቅቦ የርእየኩም። /forget ይድምስሶ።

    ⚠️ ናይ Home Office መወከሲ ቁጽሪ፣ ቁጽሪ ካርድ ASPEN ወይ PIN ፈጺምኩም ኣይትስደዱልና።
privacy-agree = ✅ እሰማማዕ እየ
privacy-decline = ✖️ የለን፣ የቐንየለይ
privacy-agreed = ✅ የቐንየልና። ኣብ ዝኾነ ግዜ ብ /forget ሓሳብኩም ክትቕይሩ ትኽእሉ ኢኹም።
privacy-declined = 👍 ጸገም የለን። ብዛዕባኹም ዋላ ሓንቲ ኣይንዕቅብን። ሕጂውን ኩሉ ሓበሬታ ከተንብቡ ትኽእሉ ኢኹም። ሓሳብኩም ክትቕይሩ፣ /start ስደዱ።
privacy-updated = 🔒 መግለጺ ምሕላው ሓበሬታና ተቐይሩ ኣሎ። በጃኹም ደጊምኩም ኣንብብዎ።
privacy-withdrawn = ✅ ብዛዕባኹም ዝዓቀብናዮ ደምሲስናዮ። ሕጂውን ኩሉ ሓበሬታ ከተንብቡ ትኽእሉ ኢኹም። ደጊምኩም ክትሰማምዑ፣ /start ስደዱ።
privacy-stale = ⌛ እቲ መግለጺ ኣረጊቱ ነይሩ። እቲ ናይ ሕጂ እነሆ።

## Main menu: every item has an icon and short words

menu-title = 🏠 ቀንዲ ዝርዝር። እንታይ የድልየኩም?
menu-housing = 🏠 መንበሪ ገዛ
menu-aspen = 💳 ካርድ ASPEN
menu-gp = 🩺 ሓኪም (GP)
menu-dentist = 🦷 ሓኪም ስኒ
menu-esol = 📚 ትምህርቲ እንግሊዝኛ
menu-services = 📍 ኣገልግሎታት ድለዩ
menu-other = ❔ ካልእ ነገር
menu-urgent = 🆘 ህጹጽ ሓገዝ
menu-language = 🌐 ቋንቋ
menu-privacy = 🔒 ሓበሬታይ
menu-help = ❓ ሓገዝ

## Safety card (EM-01, EM-03, EM-04, EM-07, EM-08, EM-09, EM-11, EM-13, EM-14, AS-02)

safety-card =
    🆘 ህጹጽ ሓገዝ። ኩሎም እዞም ደወላት ብነጻ እዮም።

    🚨 ሕጂ ኣብ ሓደጋ እንተሃሊኹም: ናብ 999 ደውሉ። ቋንቋኹም ብእንግሊዝኛ ንገሩ፣ ንኣብነት "Tigrinya"። ተርጓሚ ተጸበዩ። ክትዛረቡ እንተዘይክኢልኩም፣ 55 ጠውቑ።
    🩺 እንተሓሚምኩም ወይ እንተተጎዲእኩም: ናብ NHS 111 ደውሉ፣ ለይትን መዓልትን። ተርጓሚ ንምርካብ ቋንቋኹም ንገሩ።
    💭 ኣዝዩ ጓሂ እንተተሰሚዑኩም፣ ወይ ንርእስኹም ምቕታል እንተሓሲብኩም: ናብ 111 ደውሉ እሞ ናይ ጥዕና ኣእምሮ ምርጫ ምረጹ። ወይ ድማ ናብ Samaritans ብ 116 123 ደውሉ፣ ለይትን መዓልትን።
    🏠 ኣብ ገዛ ዓመጽ ወይ በደል: National Domestic Abuse Helpline 0808 2000 247፣ ለይትን መዓልትን።
    ⛓️ ብሓይሊ ክትሰርሑ እንተተገዲድኩም፣ ወይ ሰብ እንተተቖጻጺሩኩም: Modern Slavery & Exploitation Helpline 08000 121 700፣ ለይትን መዓልትን።
    🏘️ ጸገም መንበሪ ገዛ ወይ ካርድ ASPEN: Migrant Help 0808 8010 503፣ ለይትን መዓልትን።

## Help

help-text =
    ❓ Firstport ብኸመይ ትጥቀሙሉ

    👆 መጠወቕታት ጠውቑ። ምጽሓፍ ኣየድልየኩምን እዩ።
    🏠 /menu ቀንዲ ዝርዝር የርኢ።
    🌐 /language ቋንቋ ይቕይር።
    🔔 /checkins: ክንደይ ግዜ ኩነታትኩም ንሓትት፣ ወይ ምቁራጽ።
    🔒 /privacy እንዕቅቦ የርኢ። /mydata ናባኹም ይሰዶ። /forget ይድምስሶ።
    🆘 /urgent ቁጽርታት ህጹጽ ሓገዝ የርኢ።

    ንሕና ጉጅለ ግብረ-ሰናይ ኢና፣ Home Office ኣይኮናን። ሓገዝ ካበይ ከም እትረኽቡ ከነርእየኩም ንኽእል ኢና። ኣብዚ ብዛዕባ ጉዳይኩም ሕጋዊ ምኽሪ ክንህብ ኣይንኽእልን ኢና።

## Command menu (setMyCommands); at most 256 characters each

cmd-start = እንደገና ምጅማር
cmd-menu = ቀንዲ ዝርዝር
cmd-language = ቋንቋ ምቕያር
cmd-help = ነዚ ቦት ብኸመይ ትጥቀሙሉ
cmd-privacy = ብዛዕባኹም እንዕቅቦ
cmd-mydata = ሓበሬታይ ስደደለይ
cmd-forget = ሓበሬታይ ደምስሶ
cmd-urgent = ህጹጽ ሓገዝን ቁጽርታት ህጹጽ ረድኤትን

## Bot profile (setMyDescription: at most 512 characters; short: at most 120)

about-description = Firstport ንሓተትቲ ዑቕባን ስደተኛታትን ቅኑዕ ሓገዝ ክረኽቡ ይሕግዞም: መንበሪ ገዛ፣ ካርድ ASPEN፣ ሓኪም፣ ሓኪም ስኒ ከምኡውን ትምህርቲ እንግሊዝኛ። ብነጻ እዩ። ንሕና ግብረ-ሰናይ ትካል ኢና፣ Home Office ኣይኮናን። ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ 999 ደውሉ።
about-short = ሓገዝ ንመንበሪ ገዛ፣ ካርድ ASPEN፣ ሓኪም፣ ሓኪም ስኒ ከምኡውን ትምህርቲ እንግሊዝኛ። ንሕና Home Office ኣይኮናን።

## Your data

data-export-caption = 📄 እዚ ብዛዕባኹም እንዕቅቦ ኩሉ እዩ።
data-export-empty = 📄 ብዛዕባኹም ዋላ ሓንቲ ኣይንዕቅብን።
forget-confirm = 🗑 ብዛዕባኹም እንዕቅቦ ኩሉ ንደምስሶ ድዩ? እዚ ክምለስ ኣይክእልን እዩ።
forget-yes = 🗑 እወ፣ ደምስስዎ
forget-no = ↩️ የለን፣ ዓቅብዎ
forget-done = ✅ ተወዲኡ። ብዛዕባኹም ዝዓቀብናዮ ኩሉ ደምሲስናዮ። እንደገና ክትጅምሩ፣ /start ስደዱ።
forget-nothing = ✅ ብዛዕባኹም ዋላ ሓንቲ ኣይንዕቅብን። ዝድምሰስ ነገር የለን።
forget-kept = 👍 ዋላ ሓንቲ ኣይተደምሰሰን።
data-show = 📄 ሓበሬታይ ኣርእየኒ
data-delete = 🗑 ሓበሬታይ ደምስሶ

## Messages we cannot use

fallback-voice = 🎤 ይቕሬታ፣ ናይ ድምጺ መልእኽትታት ክሰምዕ ኣይክእልን እየ። በጃኹም ኣብ ታሕቲ ዘሎ መጠወቒ ጠውቑ።
fallback-sticker = 🙂 የቐንየለይ! በጃኹም ኣብ ታሕቲ ዘሎ መጠወቒ ጠውቑ።
fallback-photo = 🖼️ ስእልታት ክርኢ ኣይክእልን እየ። በጃኹም ኣብ ታሕቲ ዘሎ መጠወቒ ጠውቑ። ስእሊ ሰነዳትኩም ወይ ካርድታትኩም ፈጺምኩም ኣይትስደዱ።
fallback-media = 🎬 ነዚ ክኸፍቶ ኣይክእልን እየ። በጃኹም ኣብ ታሕቲ ዘሎ መጠወቒ ጠውቑ።
fallback-location = 📍 የቐንየለይ። ቦታታት ኣይዕቅብን እየ። በጃኹም ኣብ ታሕቲ ዘሎ መጠወቒ ጠውቑ።
fallback-contact = 👤 የቐንየለይ። ናይ ርክብ ሓበሬታ ኣይዕቅብን እየ። በጃኹም ኣብ ታሕቲ ዘሎ መጠወቒ ጠውቑ።
fallback-document = 📎 ፋይላት ክኸፍት ኣይክእልን እየ። በጃኹም ኣብዚ ሰነዳት ኣይትስደዱ። ኣብ ታሕቲ ዘሎ መጠወቒ ጠውቑ።
fallback-edited = ✏️ መልእኽቲ ከም ዝቐየርኩም ርእየ። ሓደስቲ መልእኽትታት ጥራይ እየ ዘንብብ። በጃኹም ኣብ ታሕቲ ዘሎ መጠወቒ ጠውቑ።
fallback-text = 🤔 ይቕሬታ፣ ኣይተረደኣንን። በጃኹም ኣብ ታሕቲ ዘሎ መጠወቒ ጠውቑ።
fallback-other = 🤔 ይቕሬታ፣ ነዚ ክጥቀመሉ ኣይክእልን እየ። በጃኹም ኣብ ታሕቲ ዘሎ መጠወቒ ጠውቑ።

## Buttons that no longer work (answerCallbackQuery: at most 200 characters)

button-stale = ⌛ እዚ መጠወቒ ኣረጊቱ እዩ። እቶም ናይ ሕጂ መጠወቕታት እነሆም።

## Navigation buttons

nav-menu = 🏠 ቀንዲ ዝርዝር
nav-back = ⬅️ ንድሕሪት

## Groups and errors

group-private-only = 👋 ኣብ ብሕታዊ ዕላል ጥራይ እየ ዝሰርሕ። በጃኹም ብቐጥታ ጽሓፉለይ። ደሓን ኩኑ!
error-generic = 😔 ይቕሬታ፣ ገለ ጌጋ ተፈጢሩ። በጃኹም ደጊምኩም ፈትኑ። ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ 999 ደውሉ።
