## Locale: am (Amharic, አማርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Rules for every locale: short sentences, one idea per line, an icon on every button.
## Never put bidi marks inside /commands. Numbers and entitlements come from
## shared/reference/domain-facts.md (fact ids in comments); translate the words, never the numbers.

## Language picker

# The name of this language, written in this language (an endonym). Shown in the picker.
lang-name = አማርኛ
lang-choose = 🌐 ቋንቋዎን ይምረጡ።
lang-changed = ✅ ከአሁን ጀምሮ በአማርኛ እጽፍልዎታለሁ።

## Privacy notice (its version lives in bot/onboarding.py: PRIVACY_VERSION)

privacy-notice =
    🔒 የግል መረጃዎ ጥበቃ

    📝 የምንይዘው: ቋንቋዎን፣ የመጀመሪያ ስምዎን፣ የተስማሙበትን ቀን፣ የመረጧቸውን ርዕሶች፣ የdrop-in ማዕከል ቀጠሮዎችዎን፣ ስለ ክትትል መልእክቶች ምርጫዎን፣ እና ለቡድናችን የሚልኳቸውን መልእክቶች።
    🎯 ለምን: እርስዎን ለመርዳት እና ቋንቋዎን ለማስታወስ።
    ⏳ ለምን ያህል ጊዜ: እርስዎ እስኪሰርዙት ድረስ፣ ወይም ከመጨረሻው መልእክትዎ በኋላ ለ12 ወራት።
    👥 ማን ያየዋል: Firstport የበጎ አድራጎት ቡድን ብቻ። እኛ Home Office (የአገር ውስጥ ጉዳይ ሚኒስቴር) አይደለንም። መረጃውን ለHome Office ወይም ለመኖሪያ ቤት አቅራቢዎ አንሰጥም።
    🗑 ምርጫው የእርስዎ ነው: /mydata የምንይዘውን ያሳይዎታል። /forget ይሰርዘዋል።

    ⚠️ የHome Office ማጣቀሻ ቁጥርዎን፣ የASPEN ካርድ ቁጥርዎን ወይም PINዎን በፍጹም አይላኩልን።
privacy-agree = ✅ እስማማለሁ
privacy-decline = ✖️ አይ፣ አመሰግናለሁ
privacy-agreed = ✅ እናመሰግናለን። በማንኛውም ጊዜ በ /forget ሃሳብዎን መቀየር ይችላሉ።
privacy-declined = 👍 ችግር የለም። ስለ እርስዎ ምንም ነገር አንይዝም። አሁንም ሁሉንም መረጃ ማንበብ ይችላሉ። ሃሳብዎን ለመቀየር /start ይላኩ።
privacy-updated = 🔒 የግል መረጃ ጥበቃ ማሳወቂያችን ተቀይሯል። እባክዎ እንደገና ያንብቡት።
privacy-withdrawn = ✅ ስለ እርስዎ የያዝነውን ሰርዘናል። አሁንም ሁሉንም መረጃ ማንበብ ይችላሉ። እንደገና ለመስማማት /start ይላኩ።
privacy-stale = ⌛ ያ ማሳወቂያ የቆየ ነበር። የአሁኑ ይኸውና።

## Main menu: every item has an icon and short words

menu-title = 🏠 ዋና ማውጫ። ምን ያስፈልግዎታል?
menu-housing = 🏠 መኖሪያ ቤት
menu-aspen = 💳 የASPEN ካርድ
menu-gp = 🩺 ሐኪም (GP)
menu-dentist = 🦷 የጥርስ ሐኪም
menu-esol = 📚 የእንግሊዝኛ ትምህርት
menu-services = 📍 አገልግሎቶችን ያግኙ
menu-other = ❔ ሌላ ነገር
menu-urgent = 🆘 አስቸኳይ እርዳታ
menu-language = 🌐 ቋንቋ
menu-privacy = 🔒 የእኔ መረጃ
menu-help = ❓ እርዳታ

## Safety card (EM-01, EM-03, EM-04, EM-07, EM-08, EM-09, EM-11, EM-13, EM-14, AS-02)

safety-card =
    🆘 አስቸኳይ እርዳታ። እነዚህ ሁሉ ጥሪዎች ነጻ ናቸው።

    🚨 አሁን አደጋ ላይ ከሆኑ: ወደ 999 ይደውሉ። ቋንቋዎን በእንግሊዝኛ ይናገሩ፣ ለምሳሌ "Amharic"። አስተርጓሚ ይጠብቁ። መናገር ካልቻሉ 55 ይጫኑ።
    🩺 ከታመሙ ወይም ከተጎዱ: ወደ NHS 111 ይደውሉ፣ ቀንም ሆነ ማታ። አስተርጓሚ ለማግኘት ቋንቋዎን ይናገሩ።
    💭 በጣም ካዘኑ፣ ወይም ራስዎን ስለ ማጥፋት እያሰቡ ከሆነ: ወደ 111 ይደውሉና የአእምሮ ጤና አማራጭን ይምረጡ። ወይም ወደ Samaritans በ 116 123 ይደውሉ፣ ቀንም ሆነ ማታ።
    🏠 በቤት ውስጥ ጥቃት ወይም በደል: National Domestic Abuse Helpline 0808 2000 247፣ ቀንም ሆነ ማታ።
    ⛓️ በግዳጅ እንዲሰሩ ከተደረጉ፣ ወይም አንድ ሰው የሚቆጣጠርዎት ከሆነ: Modern Slavery & Exploitation Helpline 08000 121 700፣ ቀንም ሆነ ማታ።
    🏘️ የመኖሪያ ቤት ወይም የASPEN ካርድ ችግር: Migrant Help 0808 8010 503፣ ቀንም ሆነ ማታ።

## Help

help-text =
    ❓ Firstport እንዴት እንደሚጠቀሙ

    👆 ቁልፎቹን ይንኩ። መጻፍ አያስፈልግዎትም።
    🏠 /menu ዋናውን ማውጫ ያሳያል።
    🌐 /language ቋንቋውን ይቀይራል።
    🔔 /checkins: ደህንነትዎን ስንት ጊዜ እንጠይቅ፣ ወይም ማቆም።
    🔒 /privacy የምንይዘውን ያሳያል። /mydata ወደ እርስዎ ይልከዋል። /forget ይሰርዘዋል።
    🆘 /urgent የአደጋ ጊዜ ቁጥሮችን ያሳያል።

    እኛ የበጎ አድራጎት ቡድን ነን፣ Home Office አይደለንም። እርዳታ የት እንደሚያገኙ ልናሳይዎት እንችላለን። እዚህ ስለ ጉዳይዎ የሕግ ምክር መስጠት አንችልም።

## Command menu (setMyCommands); at most 256 characters each

cmd-start = እንደገና መጀመር
cmd-menu = ዋና ማውጫ
cmd-language = ቋንቋ መቀየር
cmd-help = ይህን ቦት እንዴት እንደሚጠቀሙ
cmd-privacy = ስለ እርስዎ የምንይዘው
cmd-mydata = መረጃዬን ላክልኝ
cmd-forget = መረጃዬን ሰርዝ
cmd-urgent = አስቸኳይ እርዳታ እና የአደጋ ጊዜ ቁጥሮች

## Bot profile (setMyDescription: at most 512 characters; short: at most 120)

about-description = Firstport ጥገኝነት ጠያቂዎችና ስደተኞች ትክክለኛውን እርዳታ እንዲያገኙ ይረዳል: መኖሪያ ቤት፣ የASPEN ካርድ፣ ሐኪም፣ የጥርስ ሐኪም እና የእንግሊዝኛ ትምህርት። ነጻ ነው። እኛ የበጎ አድራጎት ድርጅት ነን፣ Home Office አይደለንም። አደጋ ላይ ነዎት? ወደ 999 ይደውሉ።
about-short = ለመኖሪያ ቤት፣ ለASPEN ካርድ፣ ለሐኪም፣ ለጥርስ ሐኪም እና ለእንግሊዝኛ ትምህርት እርዳታ። እኛ Home Office አይደለንም።

## Your data

data-export-caption = 📄 ስለ እርስዎ የምንይዘው ሁሉ ይህ ነው።
data-export-empty = 📄 ስለ እርስዎ ምንም ነገር አንይዝም።
forget-confirm = 🗑 ስለ እርስዎ የምንይዘውን ሁሉ እንሰርዝ? ከተሰረዘ በኋላ መመለስ አይቻልም።
forget-yes = 🗑 አዎ፣ ይሰረዝ
forget-no = ↩️ አይ፣ ይቆይ
forget-done = ✅ ተጠናቋል። ስለ እርስዎ የያዝነውን ሁሉ ሰርዘናል። እንደገና ለመጀመር /start ይላኩ።
forget-nothing = ✅ ስለ እርስዎ ምንም ነገር አንይዝም። የሚሰረዝ ነገር የለም።
forget-kept = 👍 ምንም ነገር አልተሰረዘም።
data-show = 📄 መረጃዬን አሳየኝ
data-delete = 🗑 መረጃዬን ሰርዝ

## Messages we cannot use

fallback-voice = 🎤 ይቅርታ፣ የድምጽ መልእክቶችን ማዳመጥ አልችልም። እባክዎ ከታች ያለውን ቁልፍ ይንኩ።
fallback-sticker = 🙂 አመሰግናለሁ! እባክዎ ከታች ያለውን ቁልፍ ይንኩ።
fallback-photo = 🖼️ ስዕሎችን ማየት አልችልም። እባክዎ ከታች ያለውን ቁልፍ ይንኩ። የሰነዶችዎን ወይም የካርዶችዎን ፎቶ በፍጹም አይላኩ።
fallback-media = 🎬 ይህን መክፈት አልችልም። እባክዎ ከታች ያለውን ቁልፍ ይንኩ።
fallback-location = 📍 አመሰግናለሁ። የቦታ መረጃ አልይዝም። እባክዎ ከታች ያለውን ቁልፍ ይንኩ።
fallback-contact = 👤 አመሰግናለሁ። የመገናኛ መረጃ አልይዝም። እባክዎ ከታች ያለውን ቁልፍ ይንኩ።
fallback-document = 📎 ፋይሎችን መክፈት አልችልም። እባክዎ እዚህ ሰነዶችን አይላኩ። ከታች ያለውን ቁልፍ ይንኩ።
fallback-edited = ✏️ መልእክት እንደቀየሩ አይቻለሁ። የማነበው አዲስ መልእክቶችን ብቻ ነው። እባክዎ ከታች ያለውን ቁልፍ ይንኩ።
fallback-text = 🤔 ይቅርታ፣ አልገባኝም። እባክዎ ከታች ያለውን ቁልፍ ይንኩ።
fallback-other = 🤔 ይቅርታ፣ ይህን መጠቀም አልችልም። እባክዎ ከታች ያለውን ቁልፍ ይንኩ።

## Buttons that no longer work (answerCallbackQuery: at most 200 characters)

button-stale = ⌛ ይህ ቁልፍ የቆየ ነው። የአሁኖቹ ቁልፎች እነሆ።

## Navigation buttons

nav-menu = 🏠 ዋና ማውጫ
nav-back = ⬅️ ወደ ኋላ

## Groups and errors

group-private-only = 👋 የምሠራው በግል ውይይት ብቻ ነው። እባክዎ በቀጥታ ይጻፉልኝ። ደህና ይሁኑ!
error-generic = 😔 ይቅርታ፣ የሆነ ችግር ተፈጥሯል። እባክዎ እንደገና ይሞክሩ። አደጋ ላይ ነዎት? ወደ 999 ይደውሉ።
