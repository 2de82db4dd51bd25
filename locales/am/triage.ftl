## Locale: am (Amharic, አማርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Triage flows (flows/*.yaml). Facts come from shared/reference/domain-facts.md; the fact ids
## are in the comments. Keep every outcome to 2-4 short lines. Never change a number.

## Shared buttons and lines

triage-next = ➡️ ቀጣይ
triage-talk = 💬 ከሰው ጋር ይነጋገሩ
triage-helped-question = ይህ ረድቶዎታል?
triage-helped-yes = 👍 አዎ
triage-helped-no = 👎 አይ
triage-feedback-thanks = 🙏 ስለነገሩን እናመሰግናለን።
triage-signposts = 📍 እርዳታ የሚያገኙበት ቦታ:
triage-signpost-phone = • { $name }: { $phone }
triage-signpost-name = • { $name }
triage-needs-consent = 🔒 ይህን ለአንድ ሰው ለማስተላለፍ ትንሽ መረጃ መያዝ አለብን። እባክዎ መጀመሪያ ይህን ያንብቡ።

## Tickets: what happens next

ticket-opened-hours = 💬 ይህን ለቡድናችን አስተላልፈናል። አንድ ሰው በዚህ ውይይት ውስጥ ይመልስልዎታል። ብዙውን ጊዜ በሥራ ሰዓት፣ በጥቂት ሰዓታት ውስጥ እንመልሳለን።
ticket-opened-away = 💬 ይህን ለቡድናችን አስተላልፈናል። ቡድኑ አሁን እየሠራ አይደለም። ከ{ $opens } ጀምሮ ይመልሱልዎታል።
    አስቸኳይ ከሆነ: አደጋ ላይ ከሆኑ ወደ 999 ይደውሉ። ከታመሙ ወደ NHS 111 ይደውሉ። አሁን ከአንድ ሰው ጋር ለመነጋገር ወደ Samaritans በ 116 123 ይደውሉ።
ticket-already-open = 💬 ቡድናችን ጥያቄዎን አስቀድሞ ተቀብሏል። በዚህ ውይይት ውስጥ ይመልሱልዎታል።

## Housing (AS-02, AS-03, AC-03, AC-04, AC-05, MO-01, MO-02, MO-04, MO-05, MO-06, EM-17, EM-18)

housing-title = 🏠 መኖሪያ ቤት
housing-q-start = 🏠 በመኖሪያ ቤትዎ ላይ ያለው ችግር ምንድን ነው?
housing-opt-repair = 🔧 የተበላሸ ነገር አለ
housing-opt-unsafe = 😟 በምኖርበት ቦታ ደህንነት አይሰማኝም
housing-opt-move = 🚚 መዛወር፣ ወይም አዲስ አድራሻ
housing-opt-notice = 📄 መልቀቅ እንዳለብኝ የሚገልጽ ደብዳቤ ደረሰኝ
housing-opt-nowhere = 🌙 ዛሬ ማታ የምተኛበት ቦታ የለኝም
housing-q-repair = 🔧 የተበላሸው ምንድን ነው?
housing-opt-gas = 🔥 የጋዝ ሽታ ይሸተኛል
housing-opt-heating = 🌡️ ማሞቂያ ወይም ሙቅ ውሃ የለም
housing-opt-water = 🚱 ውሃ የለም
housing-opt-power = ⚡ መብራት (ኤሌክትሪክ) የለም
housing-opt-building = 🏚️ ሕንጻው ደህንነቱ የተጠበቀ አይደለም
housing-opt-locked = 🔑 በሩ ተዘግቶብኝ መግባት አልቻልኩም
housing-opt-other-repair = 🔧 ሌላ ነገር
housing-q-cold = 🌡️ ቀዝቃዛው ወቅት (ክረምት) ነው፣ ወይስ ቤትዎ በጣም ቀዝቃዛ ነው?
housing-opt-cold-yes = ❄️ አዎ
housing-opt-cold-no = ☀️ አይ
housing-out-gas =
    🔥 ጋዝ አደገኛ ሊሆን ይችላል።
    🚪 መስኮቶቹን ይክፈቱ። ማብሪያ ማጥፊያዎችን፣ እሳትን ወይም ሲጋራን አይጠቀሙ። ከሕንጻው ይውጡ።
    📞 ወደ ጋዝ የአደጋ ጊዜ መስመር ይደውሉ: 0800 111 999። አደጋ ላይ ነዎት? ወደ 999 ይደውሉ።
    📞 ከዚያ ለMigrant Help ይንገሩ: 0808 8010 503 (ነጻ፣ ቀንም ሆነ ማታ)።
housing-out-emergency =
    🚨 ይህ አስቸኳይ ጥገና ነው።
    📞 አሁኑኑ ወደ Migrant Help ይደውሉ: 0808 8010 503 (ነጻ፣ ቀንም ሆነ ማታ)። "emergency repair" (አስቸኳይ ጥገና) ይበሉ።
    📝 የደወሉበትን ቀን እና ሰዓት ይጻፉ።
housing-out-routine =
    🔧 ጥገናውን ለMigrant Help ያሳውቁ: 0808 8010 503 (ነጻ፣ ቀንም ሆነ ማታ)፣ ወይም በwebchat (የኢንተርኔት ውይይት) ወይም በኢሜይል።
    📝 ያሳወቁበትን ቀን ይጻፉ።
    ⏳ ቅሬታ ካቀረቡ፣ የመኖሪያ ቤት አቅራቢው በ5 የሥራ ቀናት ውስጥ መልስ መስጠት አለበት።
housing-out-unsafe =
    🚨 አሁን አደጋ ላይ ነዎት? ወደ 999 ይደውሉ።
    📞 ለMigrant Help ይንገሩ: 0808 8010 503። ስለ ትንኮሳ እና ሌሎችን ስለሚረብሽ ባህሪ የሚቀርቡ ሪፖርቶችን ይቀበላሉ።
    🛡️ ለጥላቻ ወንጀል፣ ወደ ፖሊስ በ101 ይደውሉ፣ ወይም በTrue Vision በኢንተርኔት ሪፖርት ያድርጉ።
housing-out-move =
    🏠 የጥገኝነት ጠያቂዎች መኖሪያ ቤት "ምርጫ የሌለው" ነው: የት እንደሚኖሩ የሚወስነው Home Office ነው።
    ♿ መኖሪያ ቤትዎ እንደ አካል ጉዳት ያለ ፍላጎትዎን የማያሟላ ከሆነ፣ ለመኖሪያ ቤት ኃላፊዎ እና ለMigrant Help ይንገሩ: 0808 8010 503።
    🩺 ከተዛወሩ በኋላ፣ በአቅራቢያዎ ካለ አዲስ ሐኪም ጋር ይመዝገቡ።
housing-q-notice = 📄 ደብዳቤው ምን ይላል?
housing-opt-granted = ✅ የስደተኛነት ደረጃ አገኘሁ (leave to remain)
housing-opt-refused = ❌ የጥገኝነት ጥያቄዬ ውድቅ ተደረገ
housing-opt-unsure = ❔ አልገባኝም
housing-out-granted =
    ✅ የጥገኝነት መኖሪያ ቤትዎ እና ገንዘብዎ በቅርቡ ይቆማሉ: ውሳኔዎ ከተሰጠ ቢያንስ ከ28 ቀናት በኋላ፣ አንዳንዴ ከ56 ቀናት በኋላ።
    🏛️ ዛሬውኑ: የካውንስሉን (የአካባቢ አስተዳደር) የቤት አልባዎች ቡድን ያነጋግሩ። ካውንስሉ እርስዎን መርዳት አለበት።
    💷 አሁኑኑ Universal Credit (የመንግሥት የኑሮ ድጋፍ) ያመልክቱ። ለመጀመር National Insurance ቁጥር አያስፈልግዎትም።
housing-out-refused =
    ⚠️ ጥያቄዎ ውድቅ ከተደረገ በኋላ፣ ድጋፉ ብዙውን ጊዜ ከ21 ቀናት በኋላ ይቆማል። ይግባኝ ካሉ ወይም ከ18 ዓመት በታች የሆነ ልጅ ካለዎት ግን ድጋፉ ከ21 ቀናት በኋላ አይቆምም።
    ⏳ ይግባኝ ለማለት ያለው የጊዜ ገደብ አጭር ነው። አሁኑኑ ፈቃድ ካለው የኢሚግሬሽን አማካሪ ወይም ጠበቃ ጋር ይነጋገሩ።
    🏠 የSection 4 ድጋፍ ማግኘት ይችሉ ይሆናል።
housing-out-unsure =
    📄 ደብዳቤውን ወደ drop-in ማዕከላችን ይዘው ይምጡ። ከእርስዎ ጋር አብረን እናነበዋለን።
    📷 እባክዎ የደብዳቤዎችዎን ፎቶ በዚህ ውይይት አይላኩ።
housing-out-nowhere =
    🌙 አሁኑኑ ወደ Migrant Help ይደውሉ: 0808 8010 503 (ነጻ፣ ቀንም ሆነ ማታ)። ዛሬ ማታ የሚተኙበት ቦታ እንደሌለዎት ይንገሯቸው።
    🏛️ የስደተኛነት ደረጃ ካለዎት፣ ዛሬውኑ ወደ ካውንስሉ የቤት አልባዎች ቡድን ይሂዱ።
    🚨 አደጋ ላይ ነዎት? ወደ 999 ይደውሉ።
housing-followup-repair = 🔧 ባለፈው ሳምንት ስለ አንድ ጥገና ነግረውን ነበር። ተጠግኗል?

## ASPEN card (AS-02, AS-03, AS-09, AS-10, AS-11, AS-12, EM-06)

aspen-title = 💳 የASPEN ካርድ
aspen-q-start = 💳 በASPEN ካርድዎ ላይ ያለው ችግር ምንድን ነው?
aspen-opt-lost = 🔍 ጠፍቷል ወይም ተሰርቋል
aspen-opt-broken = 🚫 አይሠራም፣ ወይም የPIN ችግር
aspen-opt-payment = 💷 ገንዘቤ አልደረሰም
aspen-opt-never = 📭 ካርዴ ፈጽሞ አልደረሰኝም
aspen-opt-stopped = ⛔ ድጋፌ ተቋርጧል
aspen-out-lost =
    📞 ወደ Migrant Help ይደውሉ: 0808 8010 503 (ነጻ፣ ቀንም ሆነ ማታ)።
    🗣️ እንዲህ ይበሉ: "My ASPEN card is lost" (የASPEN ካርዴ ጠፍቷል)፣ ወይም "stolen" (ተሰርቋል)። አዲሱ ካርድ እስኪመጣ ድረስ የአስቸኳይ ጊዜ የጥሬ ገንዘብ ክፍያ ይጠይቁ።
    👮 ከተሰረቀ፣ ለፖሊስም በ101 ማሳወቅ ይችላሉ።
aspen-out-broken =
    🛒 ካርዱን Mastercard በሚቀበሉ ሱቆች ውስጥ ብቻ ይጠቀሙ።
    📞 ወደ Migrant Help ይደውሉ: 0808 8010 503። እንዲህ ይበሉ: "My ASPEN card is not working" (የASPEN ካርዴ አይሠራም)።
    🔒 PINዎን ለማንም በፍጹም አይንገሩ። ለእኛም ቢሆን አይንገሩ።
aspen-out-payment =
    📞 ወደ Migrant Help ይደውሉ: 0808 8010 503 (ነጻ፣ ቀንም ሆነ ማታ)።
    🗣️ እንዲህ ይበሉ: "My ASPEN payment did not arrive" (የASPEN ክፍያዬ አልደረሰም)። የአስቸኳይ ጊዜ የጥሬ ገንዘብ ክፍያ ይጠይቁ።
    🍞 ዛሬ ለምግብ የሚሆን ገንዘብ የለዎትም? ከታች ባለው ቁልፍ ይንገሩን።
aspen-out-never =
    📞 ወደ Migrant Help ይደውሉ: 0808 8010 503 (ነጻ፣ ቀንም ሆነ ማታ)።
    🗣️ እንዲህ ይበሉ: "My ASPEN card has not arrived" (የASPEN ካርዴ አልደረሰም)።
    📄 ሲደውሉ የጥገኝነት ድጋፍ ደብዳቤዎን በአጠገብዎ ያስቀምጡ።
aspen-out-stopped =
    ⚠️ ድጋፍዎ ከተቋረጠ ወይም ውድቅ ከተደረገ፣ ይግባኝ ማለት ይችላሉ።
    ⏳ ደብዳቤውን ካገኙ በ3 ቀናት ውስጥ ይግባኝዎ ለፍርድ ቤቱ (tribunal) መድረስ አለበት። ዛሬውኑ እርምጃ ይውሰዱ።
    ⚖️ ASAP (Asylum Support Appeals Project) ነጻ ምክር ይሰጣል። እነሱን እንዲያገኙ ልንረዳዎ እንችላለን።
aspen-followup = 💳 ከጥቂት ቀናት በፊት ስለ ASPEN ካርድዎ ነግረውን ነበር። አሁን እየሠራ ነው?

## Doctor (GP) (HE-01, HE-02, HE-03, HE-04, HE-05, EM-01, EM-07)

gp-title = 🩺 ሐኪም (GP)
gp-q-start = 🩺 ምን ያስፈልግዎታል?
gp-opt-register = 📝 ከሐኪም ጋር መመዝገብ
gp-opt-refused = 🚫 የGP ክሊኒክ አልመዘግብም አለ
gp-opt-unwell = 🤒 አሁን ሕመም ይሰማኛል
gp-opt-certificate = 🧾 የHC2 ሰርተፊኬት (ነጻ መድኃኒቶች)
gp-info-rights =
    ✅ በእንግሊዝ (England) ውስጥ ማንኛውም ሰው ከGP ጋር መመዝገብ ይችላል። ነጻ ነው።
    🚫 የአድራሻ ማረጋገጫ፣ መታወቂያ፣ የኢሚግሬሽን ሁኔታ ወይም የNHS ቁጥር ፈጽሞ አያስፈልግዎትም።
gp-out-register =
    🔍 በአቅራቢያዎ ያለ የGP ክሊኒክ ይፈልጉ።
    📝 የGMS1 ቅጽ ይጠይቁ፣ ወይም የክሊኒኩን የኢንተርኔት ቅጽ ይጠቀሙ። ጊዜያዊ አድራሻ፣ ወይም የክሊኒኩን አድራሻ መስጠት ይችላሉ።
    🗣️ ነጻ አስተርጓሚ መጠየቅ ይችላሉ።
gp-out-refused =
    ⚖️ ክሊኒኩ እምቢ ማለት የሚችለው በጥቂት ምክንያቶች ብቻ ነው፣ ለምሳሌ ዝርዝሩ ከሞላ። ለምን እንደሆነ በጽሑፍ ሊነግርዎት ግዴታ አለበት።
    🩺 ቢሆንም የአስቸኳይ ጊዜ ሕክምና ሊሰጥዎት ግዴታ አለበት።
    📞 Doctors of the World: 0808 1647 686፣ ከሰኞ እስከ ዓርብ፣ ከ10:00 እስከ 12:00 (ጠዋት፣ በእንግሊዝ ሰዓት)። አስተርጓሚዎች አሏቸው።
gp-q-unwell = 🤒 ምን ያህል ከባድ ነው?
gp-opt-danger = 🚨 የአንድ ሰው ሕይወት አደጋ ላይ ነው
gp-opt-today = 🤒 ዛሬ እርዳታ ያስፈልገኛል፣ ግን የአደጋ ጊዜ አይደለም
gp-out-999 =
    🚨 አሁኑኑ ወደ 999 ይደውሉ። ነጻ ነው።
    🗣️ ቋንቋዎን በእንግሊዝኛ ይናገሩ፣ ለምሳሌ "Amharic"። አስተርጓሚ ይጠብቁ።
gp-out-111 =
    📞 ወደ NHS 111 ይደውሉ፣ ወይም 111 online (በኢንተርኔት) ይጠቀሙ። ነጻ ነው፣ ቀንም ሆነ ማታ።
    🗣️ አስተርጓሚ ለማግኘት ቋንቋዎን ይናገሩ።
gp-q-hc2 = 🧾 ከHome Office ምን ዓይነት ድጋፍ ያገኛሉ?
gp-opt-s95 = 🏠 Section 95 (ውሳኔ እየጠበቅሁ ነው)
gp-opt-s4 = 📄 Section 98 ወይም Section 4
gp-opt-hc2-unsure = ❔ አላውቅም
gp-out-hc2-s95 =
    📬 Section 95 ካለዎት፣ የHC2 ሰርተፊኬቱ ከድጋፍ ደብዳቤዎ በኋላ በ21 ቀናት ውስጥ በፖስታ ይመጣል።
    📞 አልደረሰም? ወደ Migrant Help ይደውሉ: 0808 8010 503።
    🧾 HC2 ነጻ መድኃኒቶችን፣ የጥርስ ሕክምናን፣ የዓይን ምርመራን እና ወደ ሆስፒታል ለመጓዝ እርዳታን ይሰጣል። የሚያበቃበትን ቀን ያረጋግጡ።
gp-out-hc2-hc1 =
    📝 የHC2 ሰርተፊኬት ለማግኘት የHC1 ቅጽ ይሙሉ። drop-in ማዕከላችን ውስጥ ልንረዳዎ እንችላለን።
    📞 NHS Business Services Authority: 0300 330 1343።
gp-out-hc2-unsure =
    📄 የHome Office የድጋፍ ደብዳቤዎን ወደ drop-in ማዕከላችን ይዘው ይምጡ። ከእርስዎ ጋር አብረን እናየዋለን።
gp-followup = 🩺 ባለፈው ሳምንት ስለ ሐኪም ጠይቀውን ነበር። ከGP ጋር መመዝገብ ችለዋል?

## Dentist (HE-05, HE-06, HE-07, HE-08, EM-07)

dentist-title = 🦷 የጥርስ ሐኪም
dentist-q-start = 🦷 ምን ያስፈልግዎታል?
dentist-opt-pain = 😣 ሕመም ወይም እብጠት
dentist-opt-find = 🔍 የNHS የጥርስ ሐኪም ማግኘት
dentist-opt-missed = 📅 ቀጠሮዬ አመለጠኝ
dentist-opt-free = 🧾 ነጻ ሕክምና (HC2)
dentist-q-redflags =
    ⚠️ ከእነዚህ ውስጥ አንዱ እየደረሰብዎት ነው?
    • በዓይንዎ አጠገብ ወይም በአንገትዎ ላይ እብጠት
    • መተንፈስ ወይም መዋጥ ከብዶዎታል
    • የማይቆም ደም መፍሰስ
    • በፊትዎ ወይም በመንጋጋዎ ላይ ከባድ ጉዳት
dentist-opt-redflags-yes = 🚨 አዎ
dentist-opt-redflags-no = ✅ አይ
dentist-out-ae =
    🚨 አሁኑኑ ወደ A&E (የሆስፒታል ድንገተኛ ክፍል) ይሂዱ፣ ወይም ወደ 999 ይደውሉ።
    🚗 ራስዎ መኪና እየነዱ አይሂዱ።
dentist-out-urgent =
    📞 ወደ ጥርስ ሐኪምዎ ይደውሉ። የጥርስ ሐኪም የለዎትም? ወደ NHS 111 ይደውሉ፣ ወይም 111 online ይጠቀሙ። መመዝገብ አያስፈልግዎትም።
    🗣️ አስተርጓሚ ለማግኘት ቋንቋዎን ይናገሩ።
    🧾 የHC2 ሰርተፊኬት ካለዎት ይዘው ይሂዱ።
dentist-out-find =
    🔍 የNHS "Find a dentist" (የጥርስ ሐኪም ፈልግ) አገልግሎትን ይጠቀሙ፣ ከዚያ ወደ ጥርስ ሐኪሞቹ ስልክ ይደውሉ። ምዝገባም ሆነ የአካባቢ ገደብ የለም።
    📞 አንዳቸውም ቦታ የላቸውም? ወደ NHS England ይደውሉ: 0300 311 2233።
    🧾 የHC2 ሰርተፊኬት ካለዎት፣ የNHS ሕክምና ነጻ ነው።
dentist-out-missed =
    📞 በተቻለዎት ፍጥነት ወደ ጥርስ ሐኪሙ ይደውሉ። ለምን እንዳመለጠዎት ይንገሩ። አዲስ ቀጠሮ ይጠይቁ።
    😣 አሁን ሕመም አለብዎት? ወደ NHS 111 ይደውሉ።
    💬 ለመደወል ወይም ጉዞውን ለማቀድ ልንረዳዎ እንችላለን።
dentist-out-free =
    🧾 የHC2 ሰርተፊኬት ካለዎት፣ የNHS የጥርስ ሕክምና ነጻ ነው።
    📬 Section 95: በፖስታ ይመጣል። Section 98 ወይም 4: የHC1 ቅጽ ይሙሉ።
dentist-followup = 🦷 ከጥቂት ቀናት በፊት ስለ ጥርስ ሕመም ነግረውን ነበር። እርዳታ አገኙ?

## English classes (ESOL) (ES-01, ES-02, ES-03, ES-04)

esol-title = 📚 የእንግሊዝኛ ትምህርት
esol-q-start = 📚 የእንግሊዝኛ ትምህርት። ከእነዚህ ውስጥ የእርስዎ ሁኔታ የትኛው ነው?
esol-opt-refugee = ✅ ስደተኛ ነኝ (leave to remain አለኝ)
esol-opt-waiting = ⏳ ውሳኔ እየጠበቅሁ ነው
esol-opt-refused = ❌ ጥያቄዬ ውድቅ ተደርጓል
esol-opt-register = 📝 drop-in ማዕከሉ ውስጥ መመዝገብ
esol-q-waited = ⏳ ጥገኝነት የጠየቁት ከምን ያህል ጊዜ በፊት ነው?
esol-opt-under6 = 🗓️ ከ6 ወር በታች
esol-opt-over6 = 📅 6 ወር ወይም ከዚያ በላይ
esol-out-refugee =
    ✅ ወጪው የሚሸፈንልዎ የእንግሊዝኛ (ESOL) ትምህርት ማግኘት ይችላሉ። የመጠበቂያ ጊዜ የለም።
    📝 drop-in ማዕከላችን ውስጥ ይመዝገቡ፣ ወይም ከታች ያሉትን ትምህርቶች ይመልከቱ።
esol-out-funded =
    ✅ ከ6 ወር መጠበቅ በኋላ፣ ወጪው የሚሸፈንልዎ የእንግሊዝኛ (ESOL) ትምህርት ማግኘት ይችላሉ።
    🏛️ ደንቦቹ በየአካባቢው ይለያያሉ። drop-in ማዕከላችን ውስጥ ይመዝገቡ፣ እነሱም ያረጋግጡልዎታል።
esol-out-early =
    ⏳ ወጪው የሚሸፈን ትምህርት ብዙውን ጊዜ የሚጀምረው ከ6 ወር መጠበቅ በኋላ ነው።
    🗣️ ነጻ የንግግር ክበቦች እና የበጎ ፈቃደኞች ትምህርቶች አሁኑኑ ለእርስዎ ክፍት ናቸው።
    📝 በተቻለ ፍጥነት ለመጀመር drop-in ማዕከላችን ውስጥ ይመዝገቡ።
esol-out-clubs =
    🗣️ ነጻ የንግግር ክበቦች እና የማኅበረሰብ ትምህርቶች ለሁሉም ክፍት ናቸው።
    📝 drop-in ማዕከላችን ውስጥ ይጠይቁ።
esol-out-register =
    📝 drop-in ማዕከሉ ለእንግሊዝኛ ትምህርት ይመዘግብዎታል፣ ስለዚህ በቅርቡ መጀመር ይችላሉ።
    🪪 ያለዎትን ማንኛውንም መታወቂያ ይዘው ይምጡ።
esol-followup = 📚 ከሁለት ሳምንት በፊት ስለ እንግሊዝኛ ትምህርት ጠይቀውን ነበር። ትምህርት ጀምረዋል?

## Something else (IA-01, IA-02, IA-03, IA-04, EM-08, EM-11)

other-title = ❔ ሌላ ነገር
other-q-start = ❔ ስለ ምንድን ነው?
other-opt-person = 💬 ከሰው ጋር መነጋገር እፈልጋለሁ
other-opt-legal = ⚖️ የጥገኝነት ጉዳዬ፣ ወይም የHome Office ደብዳቤ
other-opt-basics = 🍞 ምግብ፣ ልብስ ወይም ገንዘብ
other-opt-feelings = 💭 ጭንቀት፣ ሐዘን ወይም እንቅልፍ
other-opt-unsure = ❔ አላውቅም
other-out-person =
    💬 ከቡድናችን አንድ ሰው እዚህ ይጽፍልዎታል።
other-out-legal =
    ⚖️ ስለ እርስዎ የግል ጉዳይ ምክር መስጠት አንችልም። ይህን ማድረግ የሚችለው ፈቃድ ያለው የኢሚግሬሽን አማካሪ ወይም ጠበቃ ብቻ ነው።
    🤝 አንዱን እንዲያገኙ እንረዳዎታለን። ወጪውን የሕግ ድጋፍ (legal aid) ሊሸፍን ይችላል።
other-out-basics =
    🍞 ምግብ፣ ልብስ እና ሌላ እርዳታ ማግኘት ይችላሉ። ቡድናችን የትና መቼ እንደሆነ ይነግርዎታል።
    📞 ምንም ገንዘብ የለዎትም ወይም ቤት አልባ ነዎት? ለMigrant Help መንገርም ይችላሉ: 0808 8010 503።
other-out-feelings =
    💚 እዚህ ያሉ ብዙ ሰዎች እንደዚህ ይሰማቸዋል። ብቻዎን አይደሉም። መነጋገር ይረዳል።
    📞 ወደ NHS 111 ይደውሉና የአእምሮ ጤና አማራጭን ይምረጡ፣ ቀንም ሆነ ማታ። ወይም ወደ Samaritans በ 116 123 ይደውሉ።
    💬 ከቡድናችን አንድ ሰውም ያነጋግርዎታል።

## Taxonomy terms, as people see them next to a service (directory/taxonomy)

tax-accommodation-repairs = የጥገኝነት መኖሪያ ቤት ጥገና እና ችግሮች
tax-asylum-support = የጥገኝነት ድጋፍ እና የASPEN ካርድ
tax-gp-registration = ከሐኪም ጋር መመዝገብ
tax-urgent-health = አስቸኳይ የጤና እርዳታ
tax-urgent-dental = አስቸኳይ የጥርስ ሕክምና እርዳታ
tax-routine-dental = የጥርስ ሐኪም ማግኘት
tax-hc2 = የHC2 ሰርተፊኬት: ነጻ የNHS ወጪዎች
tax-esol-classes = የእንግሊዝኛ ትምህርት
tax-conversation-clubs = የንግግር ክበቦች
tax-immigration-advice = የኢሚግሬሽን የሕግ ምክር
tax-destitution-support = ገንዘብ ከሌለዎት እርዳታ
tax-night-shelter = ዛሬ ማታ የሚተኙበት ቦታ
tax-food = ምግብ
tax-clothing = ልብስ
tax-mental-health = የአእምሮ ጤና እና ስሜቶች
tax-domestic-abuse = በቤት ውስጥ ጥቃት ወይም በደል
tax-exploitation = የግዳጅ ሥራ እና ብዝበዛ
tax-drop-in = Drop-in (የምክር ማዕከል)
tax-digital-inclusion = ስልኮች፣ ኢንተርኔት እና ኮምፒውተሮች
tax-council-housing = የካውንስል የመኖሪያ ቤት እርዳታ
tax-welfare-benefits = ከውሳኔ በኋላ የሚገኙ ድጎማዎች እና ገንዘብ
tax-emergency = የአደጋ ጊዜ
