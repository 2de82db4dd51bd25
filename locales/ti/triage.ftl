## Locale: ti (Tigrinya, ትግርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Triage flows (flows/*.yaml). Facts come from shared/reference/domain-facts.md; the fact ids
## are in the comments. Keep every outcome to 2-4 short lines. Never change a number.

## Shared buttons and lines

triage-next = ➡️ ቀጽሉ
triage-talk = 💬 ምስ ሰብ ተዛረቡ
triage-helped-question = እዚ ሓጊዙኩም ድዩ?
triage-helped-yes = 👍 እወ
triage-helped-no = 👎 የለን
triage-feedback-thanks = 🙏 ስለ ዝነገርኩምና የቐንየልና።
triage-signposts = 📍 ሓገዝ ካበይ ትረኽቡ:
triage-signpost-phone = • { $name }: { $phone }
triage-signpost-name = • { $name }
triage-needs-consent = 🔒 ነዚ ናብ ሰብ ንምሕላፍ፣ ቁሩብ ሓበሬታ ክንዕቅብ የድልየና። በጃኹም መጀመርታ ነዚ ኣንብቡ።

## Tickets: what happens next

ticket-opened-hours = 💬 ነዚ ናብ ጉጅለና ኣሕሊፍናዮ ኣለና። ሓደ ሰብ ኣብዚ ዕላል ክምልሰልኩም እዩ። መብዛሕትኡ ግዜ ኣብ ውሽጢ ቁሩብ ሰዓታት ንምልስ፣ ኣብ ሰዓታት ስራሕ።
ticket-opened-away = 💬 ነዚ ናብ ጉጅለና ኣሕሊፍናዮ ኣለና። እቲ ጉጅለ ሕጂ ኣይሰርሕን እዩ። ካብ { $opens } ጀሚሮም ክምልሱልኩም እዮም።
    ህጹጽ እንተኾይኑ: ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 999 ደውሉ። እንተሓሚምኩም፣ ናብ NHS 111 ደውሉ። ሕጂ ምስ ሰብ ክትዛረቡ፣ ናብ Samaritans ብ 116 123 ደውሉ።
ticket-already-open = 💬 ጉጅለና ሕቶኹም ድሮ ተቐቢሉ ኣሎ። ኣብዚ ዕላል ክምልሱልኩም እዮም።

## Housing (AS-02, AS-03, AC-03, AC-04, AC-05, MO-01, MO-02, MO-04, MO-05, MO-06, EM-17, EM-18)

housing-title = 🏠 መንበሪ ገዛ
housing-q-start = 🏠 ጸገም መንበሪ ገዛኹም እንታይ እዩ?
housing-opt-repair = 🔧 ዝተበላሸወ ነገር ኣሎ
housing-opt-unsafe = 😟 ኣብ ዝነብረሉ ቦታ ውሑስ ኮይኑ ኣይስምዓንን
housing-opt-move = 🚚 ምግዓዝ፣ ወይ ሓድሽ ኣድራሻ
housing-opt-notice = 📄 ደብዳቤ ክወጽእ ከም ዘለኒ ይብል
housing-opt-nowhere = 🌙 ሎሚ ለይቲ ዝሓድረሉ ቦታ የብለይን
housing-q-repair = 🔧 እንታይ እዩ ተበላሺዩ?
housing-opt-gas = 🔥 ሽታ ጋዝ ይሸተኒ ኣሎ
housing-opt-heating = 🌡️ መውዓዪ ወይ ውዑይ ማይ የለን
housing-opt-water = 🚱 ማይ የለን
housing-opt-power = ⚡ ኤሌክትሪክ የለን
housing-opt-building = 🏚️ እቲ ህንጻ ውሑስ ኣይኮነን
housing-opt-locked = 🔑 ካብ ገዛ ወጻኢ ተሪፈ፣ ክኣቱ ኣይክእልን
housing-opt-other-repair = 🔧 ካልእ ነገር
housing-q-cold = 🌡️ ሕጂ ግዜ ቆሪ (ክረምቲ) ድዩ፣ ወይ ገዛኹም ኣዝዩ ዝሑል ድዩ?
housing-opt-cold-yes = ❄️ እወ
housing-opt-cold-no = ☀️ የለን
housing-out-gas =
    🔥 ጋዝ ሓደገኛ ክኸውን ይኽእል እዩ።
    🚪 መሳኹቲ ክፈቱ። ናይ ኤሌክትሪክ መጠወቕታት (switch)፣ ሓዊ ወይ ሽጋራ ኣይትጠቐሙ። ካብቲ ህንጻ ውጹ።
    📞 ናብ መስመር ህጹጽ ጋዝ ደውሉ: 0800 111 999። ኣብ ሓደጋ ዲኹም? ናብ 999 ደውሉ።
    📞 ድሕሪኡ ናብ Migrant Help ሓብሩ: 0808 8010 503 (ብነጻ፣ ለይትን መዓልትን)።
housing-out-emergency =
    🚨 እዚ ህጹጽ ጽገና እዩ።
    📞 ሕጂ ናብ Migrant Help ደውሉ: 0808 8010 503 (ብነጻ፣ ለይትን መዓልትን)። "emergency repair" (ህጹጽ ጽገና) በሉ።
    📝 ዝደወልኩምሉ መዓልትን ሰዓትን ጽሓፉ።
housing-out-routine =
    🔧 እቲ ጽገና ናብ Migrant Help ሓብሩ: 0808 8010 503 (ብነጻ፣ ለይትን መዓልትን)፣ ወይ ብ webchat ወይ ብኢመይል።
    📝 ዝሓበርኩምሉ መዓልቲ ጽሓፉ።
    ⏳ ቅሬታ እንተ ኣቕሪብኩም፣ እቲ ኣቕራቢ መንበሪ ገዛ ኣብ ውሽጢ 5 መዓልታት ስራሕ መልሲ ክህበኩም ኣለዎ።
housing-out-unsafe =
    🚨 ሕጂ ኣብ ሓደጋ ዲኹም? ናብ 999 ደውሉ።
    📞 ናብ Migrant Help ሓብሩ: 0808 8010 503። ጸብጻብ ምጭናቕ (harassment)ን ረብሻ (antisocial behaviour)ን ይቕበሉ እዮም።
    🛡️ ንገበን ጽልኢ (hate crime)፣ ናብ ፖሊስ ብ 101 ደውሉ፣ ወይ ብ True Vision ብኦንላይን ሓብሩ።
housing-out-move =
    🏠 መንበሪ ገዛ ሓተትቲ ዑቕባ "ምርጫ የብሉን": ኣበይ ከም እትነብሩ ዝውስን Home Office እዩ።
    ♿ መንበሪ ገዛኹም ንሓደ ድሌትኩም፣ ከም ስንክልና፣ ዘይሰማማዕ እንተኾይኑ፣ ንሓላፊ መንበሪ ገዛኹም ከምኡውን ናብ Migrant Help ሓብሩ: 0808 8010 503።
    🩺 ድሕሪ ምግዓዝ፣ ኣብ ጥቓኹም ኣብ ዘሎ ሓድሽ ሓኪም ተመዝገቡ።
housing-q-notice = 📄 እቲ ደብዳቤ እንታይ ይብል?
housing-opt-granted = ✅ ዑቕባ ተዋሂቡኒ (ፍቓድ መንበሪ)
housing-opt-refused = ❌ ሕቶ ዑቕባይ ተነጺጉ
housing-opt-unsure = ❔ ኣይተረደኣንን
housing-out-granted =
    ✅ ናይ ዑቕባ መንበሪ ገዛኹምን ገንዘብኩምን ኣብ ቀረባ ግዜ ክቋረጽ እዩ: ድሕሪ ውሳነኹም እንተወሓደ 28 መዓልቲ፣ ሓሓሊፉ 56 መዓልቲ።
    🏛️ ሎሚ: ምስ ጉጅለ ገዛ ዘይብሎም ሰባት ናይ council (ምምሕዳር ከተማ) ተራኸቡ። እቲ council ክሕግዘኩም ኣለዎ።
    💷 ሕጂ Universal Credit (ሓገዝ ገንዘብ መንግስቲ) ሕተቱ። ንምጅማር ቁጽሪ National Insurance ኣየድልየኩምን።
housing-out-refused =
    ⚠️ ድሕሪ ምንጻግ፣ ሓገዝ መብዛሕትኡ ግዜ ድሕሪ 21 መዓልቲ ይቋረጽ። ይግባይ እንተ ኢልኩም ወይ ትሕቲ 18 ዓመት ዝዕድሜኡ ቆልዓ እንተሃልዩኩም ግን ከምኡ ኣይኮነን።
    ⏳ ግዜ ይግባይ ሓጺር እዩ። ሕጂ ምስ ፍቑድ (regulated) ኣማኻሪ ስደት ወይ ጠበቓ ተዛረቡ።
    🏠 ሓገዝ Section 4 ክትረኽቡ ትኽእሉ ትኾኑ ኢኹም።
housing-out-unsure =
    📄 ነቲ ደብዳቤ ናብ drop-in (ብዘይ ቆጸራ እትመጽዎ ቦታ) ኣምጽእዎ። ምሳኹም ኮይንና ክነንብቦ ኢና።
    📷 በጃኹም ኣብዚ ዕላል ስእሊ ደብዳቤታትኩም ኣይትስደዱ።
housing-out-nowhere =
    🌙 ሕጂ ናብ Migrant Help ደውሉ: 0808 8010 503 (ብነጻ፣ ለይትን መዓልትን)። ሎሚ ለይቲ እትሓድሩሉ ቦታ ከም ዘይብልኩም ንገሩ።
    🏛️ ዑቕባ (refugee status) እንተተዋሂቡኩም፣ ሎሚ ናብ ጉጅለ ገዛ ዘይብሎም ሰባት ናይ council ኪዱ።
    🚨 ኣብ ሓደጋ ዲኹም? ናብ 999 ደውሉ።
housing-followup-repair = 🔧 ዝሓለፈ ሰሙን ብዛዕባ ጽገና ነጊርኩምና። ተጸጊኑ ድዩ?

## ASPEN card (AS-02, AS-03, AS-09, AS-10, AS-11, AS-12, EM-06)

aspen-title = 💳 ካርድ ASPEN
aspen-q-start = 💳 ካርድ ASPEN ናትኩም እንታይ ጸገም ኣለዎ?
aspen-opt-lost = 🔍 ጠፊኡ ወይ ተሰሪቑ
aspen-opt-broken = 🚫 ኣይሰርሕን፣ ወይ ጸገም PIN
aspen-opt-payment = 💷 ገንዘበይ ኣይበጽሐን
aspen-opt-never = 📭 ካርደይ ፈጺሙ ኣይበጽሐንን
aspen-opt-stopped = ⛔ ሓገዘይ ተቋሪጹ
aspen-out-lost =
    📞 ናብ Migrant Help ደውሉ: 0808 8010 503 (ብነጻ፣ ለይትን መዓልትን)።
    🗣️ ከምዚ በሉ: "My ASPEN card is lost" (ካርድ ASPEN ናተይ ጠፊኡ) (ወይ "stolen" (ተሰሪቑ))። ሓድሽ ካርድ ክሳብ ዝመጽእ ህጹጽ ክፍሊት ጥረ ገንዘብ (cash) ሕተቱ።
    👮 ተሰሪቑ እንተኾይኑ፣ ንፖሊስ ብ 101 እውን ክትሕብሩ ትኽእሉ ኢኹም።
aspen-out-broken =
    🛒 ነቲ ካርድ Mastercard ኣብ ዝቕበሉ ድኳናት ጥራይ ተጠቐሙሉ።
    📞 ናብ Migrant Help ደውሉ: 0808 8010 503። ከምዚ በሉ: "My ASPEN card is not working" (ካርድ ASPEN ናተይ ኣይሰርሕን እዩ)።
    🔒 PIN ኹም ንዝኾነ ሰብ ፈጺምኩም ኣይትንገሩ። ንዓና እውን ኣይትንገሩና።
aspen-out-payment =
    📞 ናብ Migrant Help ደውሉ: 0808 8010 503 (ብነጻ፣ ለይትን መዓልትን)።
    🗣️ ከምዚ በሉ: "My ASPEN payment did not arrive" (ክፍሊት ASPEN ናተይ ኣይበጽሐን)። ህጹጽ ክፍሊት ጥረ ገንዘብ ሕተቱ።
    🍞 ሎሚ ንመግቢ ዝኸውን ገንዘብ የብልኩምን? ብመጠወቒ ኣብ ታሕቲ ንገሩና።
aspen-out-never =
    📞 ናብ Migrant Help ደውሉ: 0808 8010 503 (ብነጻ፣ ለይትን መዓልትን)።
    🗣️ ከምዚ በሉ: "My ASPEN card has not arrived" (ካርድ ASPEN ናተይ ገና ኣይበጽሐን)።
    📄 ክትድውሉ ከለኹም፣ ደብዳቤ ሓገዝ ዑቕባኹም ኣብ ጥቓኹም ይሃሉ።
aspen-out-stopped =
    ⚠️ ሓገዝኩም እንተተቋሪጹ ወይ እንተተነጺጉ፣ ይግባይ ክትብሉ ትኽእሉ ኢኹም።
    ⏳ እቲ ቤት ፍርዲ (tribunal) ይግባይኩም ደብዳቤ ካብ ዝበጽሓኩም ኣብ ውሽጢ 3 መዓልቲ ክበጽሖ ኣለዎ። ሎሚ ተበገሱ።
    ⚖️ ASAP (Asylum Support Appeals Project) ብነጻ ምኽሪ ይህብ። ምስኦም ክትራኸቡ ክንሕግዘኩም ንኽእል ኢና።
aspen-followup = 💳 ቅድሚ ቁሩብ መዓልታት ብዛዕባ ካርድ ASPEN ናትኩም ነጊርኩምና። ሕጂ ይሰርሕ ድዩ?

## Doctor (GP) (HE-01, HE-02, HE-03, HE-04, HE-05, EM-01, EM-07)

gp-title = 🩺 ሓኪም (GP)
gp-q-start = 🩺 እንታይ የድልየኩም?
gp-opt-register = 📝 ኣብ ሓኪም ምምዝጋብ
gp-opt-refused = 🚫 ክሊኒክ GP "የለን" ኢሉኒ
gp-opt-unwell = 🤒 ሕጂ ሕማም ይስምዓኒ ኣሎ
gp-opt-certificate = 🧾 ሰርቲፊኬት HC2 (ነጻ መድሃኒት)
gp-info-rights =
    ✅ ኣብ ኢንግላንድ ዝኾነ ሰብ ኣብ GP ክምዝገብ ይኽእል። ብነጻ እዩ።
    🚫 መረጋገጺ ኣድራሻ፣ መንነት (ID)፣ ኩነታት ስደት ወይ ቁጽሪ NHS ፈጺሙ ኣየድልየኩምን።
gp-out-register =
    🔍 ኣብ ጥቓኹም ዘሎ ክሊኒክ GP ድለዩ።
    📝 ቅጥዒ GMS1 ሕተቱ፣ ወይ ናይቲ ክሊኒክ ናይ ኦንላይን ቅጥዒ ተጠቐሙ። ግዝያዊ ኣድራሻ፣ ወይ ኣድራሻ እቲ ክሊኒክ ክትህቡ ትኽእሉ ኢኹም።
    🗣️ ነጻ ተርጓሚ ክትሓቱ ትኽእሉ ኢኹም።
gp-out-refused =
    ⚖️ ክሊኒክ ብውሑዳት ምኽንያታት ጥራይ እዩ "የለን" ክብል ዝኽእል፣ ንኣብነት ዝርዝሩ ምስ ዝመልእ። ምኽንያቱ ብጽሑፍ ክነግረኩም ኣለዎ።
    🩺 ዋላ ከምኡ፣ ህጹጽ ሕክምና ክህበኩም ኣለዎ።
    📞 Doctors of the World: 0808 1647 686፣ ሰኑይ ክሳብ ዓርቢ፣ 10:00 ክሳብ 12:00። ተርጎምቲ ኣለዉዎም።
gp-q-unwell = 🤒 ክንደይ ከቢድ እዩ?
gp-opt-danger = 🚨 ህይወት ሰብ ኣብ ሓደጋ ኣሎ
gp-opt-today = 🤒 ሎሚ ሓገዝ የድልየኒ፣ ህጹጽ ሓደጋ ግን ኣይኮነን
gp-out-999 =
    🚨 ሕጂ ናብ 999 ደውሉ። ብነጻ እዩ።
    🗣️ ቋንቋኹም ብእንግሊዝኛ ንገሩ፣ ንኣብነት "Tigrinya"። ተርጓሚ ተጸበዩ።
gp-out-111 =
    📞 ናብ NHS 111 ደውሉ፣ ወይ 111 online ተጠቐሙ። ብነጻ እዩ፣ ለይትን መዓልትን።
    🗣️ ተርጓሚ ንምርካብ ቋንቋኹም ንገሩ።
gp-q-hc2 = 🧾 ካብ Home Office እንታይ ዓይነት ሓገዝ ትረኽቡ?
gp-opt-s95 = 🏠 Section 95 (ውሳነ ትጽበዩ ኣለኹም)
gp-opt-s4 = 📄 Section 98 ወይ Section 4
gp-opt-hc2-unsure = ❔ ኣይፈልጥን
gp-out-hc2-s95 =
    📬 ብ Section 95፣ ሰርቲፊኬት HC2 ደብዳቤ ሓገዝኩም ካብ ዝመጸ ኣብ ውሽጢ 21 መዓልቲ ብፖስጣ ይመጽእ።
    📞 ኣይበጽሐን? ናብ Migrant Help ደውሉ: 0808 8010 503።
    🧾 HC2 ነጻ መድሃኒት፣ ሕክምና ስኒ፣ መርመራ ዓይኒ፣ ከምኡውን ናብ ሆስፒታል ንምኻድ ሓገዝ መጓዓዝያ ይህብ። ዕለት ምውዳኡ ርኣዩ።
gp-out-hc2-hc1 =
    📝 ሰርቲፊኬት HC2 ንምርካብ ቅጥዒ HC1 ምልኡ። ኣብ drop-in ክንሕግዘኩም ንኽእል ኢና።
    📞 NHS Business Services Authority: 0300 330 1343።
gp-out-hc2-unsure =
    📄 ደብዳቤ ሓገዝ ካብ Home Office ናብ drop-in ኣምጽእዎ። ምሳኹም ኮይንና ክንርእዮ ኢና።
gp-followup = 🩺 ዝሓለፈ ሰሙን ብዛዕባ ሓኪም ሓቲትኩም ነይርኩም። ኣብ GP ክትምዝገቡ ክኢልኩም ዶ?

## Dentist (HE-05, HE-06, HE-07, HE-08, EM-07)

dentist-title = 🦷 ሓኪም ስኒ
dentist-q-start = 🦷 እንታይ የድልየኩም?
dentist-opt-pain = 😣 ቃንዛ ወይ ሕበጥ
dentist-opt-find = 🔍 ናይ NHS ሓኪም ስኒ ምድላይ
dentist-opt-missed = 📅 ቆጸራይ ሓሊፉኒ
dentist-opt-free = 🧾 ነጻ ሕክምና (HC2)
dentist-q-redflags =
    ⚠️ ካብዚኣቶም ዝኾነ ኣሎ ድዩ?
    • ኣብ ጥቓ ዓይንኹም ወይ ኣብ ክሳድኩም ሕበጥ
    • ምስትንፋስ ወይ ምውሓጥ ይኸብደኩም
    • ደው ዘይብል ደም ምፍሳስ
    • ኣብ ገጽኩም ወይ መንጋጋኹም ከቢድ መጉዳእቲ
dentist-opt-redflags-yes = 🚨 እወ
dentist-opt-redflags-no = ✅ የለን
dentist-out-ae =
    🚨 ሕጂ ናብ A&E (ክፍሊ ህጹጽ ረድኤት ሆስፒታል) ኪዱ፣ ወይ ናብ 999 ደውሉ።
    🚗 ባዕልኹም መኪና ኣይትዘውሩ።
dentist-out-urgent =
    📞 ናብ ሓኪም ስንኹም ደውሉ። ሓኪም ስኒ የብልኩምን? ናብ NHS 111 ደውሉ፣ ወይ 111 online ተጠቐሙ። ምዝጉባት ክትኮኑ ኣየድልየኩምን።
    🗣️ ተርጓሚ ንምርካብ ቋንቋኹም ንገሩ።
    🧾 ሰርቲፊኬት HC2 እንተሃልዩኩም፣ ሒዝኩምዎ ኪዱ።
dentist-out-find =
    🔍 ናይ NHS "Find a dentist" (ሓኪም ስኒ ድለዩ) ኣገልግሎት ተጠቐሙ፣ ድሕሪኡ ናብቶም ሓካይም ስኒ ደውሉ። ምዝገባ የለን፣ ናይ ከባቢ ገደብ እውን የለን።
    📞 ዋላ ሓደ ቦታ የብሉን? ናብ NHS England ደውሉ: 0300 311 2233።
    🧾 ብሰርቲፊኬት HC2፣ ሕክምና NHS ብነጻ እዩ።
dentist-out-missed =
    📞 ብዝከኣለኩም መጠን ቀልጢፍኩም ናብቲ ሓኪም ስኒ ደውሉ። ስለምንታይ ከም ዝሓለፈኩም ንገሩ። ሓድሽ ቆጸራ ሕተቱ።
    😣 ሕጂ ቃንዛ ኣለኩም ዶ? ናብ NHS 111 ደውሉ።
    💬 ክትድውሉ ወይ ጉዕዞኹም ክትውጥኑ ክንሕግዘኩም ንኽእል ኢና።
dentist-out-free =
    🧾 ብሰርቲፊኬት HC2፣ ሕክምና ስኒ NHS ብነጻ እዩ።
    📬 Section 95: ብፖስጣ ይመጽእ። Section 98 ወይ 4: ቅጥዒ HC1 ምልኡ።
dentist-followup = 🦷 ቅድሚ ቁሩብ መዓልታት ብዛዕባ ቃንዛ ስኒ ነጊርኩምና። ሓገዝ ረኺብኩም ዶ?

## English classes (ESOL) (ES-01, ES-02, ES-03, ES-04)

esol-title = 📚 ትምህርቲ እንግሊዝኛ
esol-q-start = 📚 ትምህርቲ እንግሊዝኛ። ንዓኹም ኣየናይ እዩ ሓቂ?
esol-opt-refugee = ✅ ስደተኛ እየ (ፍቓድ መንበሪ ኣለኒ)
esol-opt-waiting = ⏳ ውሳነ እጽበ ኣለኹ
esol-opt-refused = ❌ ሕቶይ ተነጺጉ
esol-opt-register = 📝 ኣብ drop-in ምምዝጋብ
esol-q-waited = ⏳ ዑቕባ ካብ እትሓቱ ክንደይ ግዜ ኮይኑ?
esol-opt-under6 = 🗓️ ካብ 6 ወርሒ ዝውሕድ
esol-opt-over6 = 📅 6 ወርሒ ወይ ልዕሊኡ
esol-out-refugee =
    ✅ ክፍሊቱ ዝተሸፈነ ትምህርቲ እንግሊዝኛ (ESOL) ክትረኽቡ ትኽእሉ ኢኹም። ግዜ ምጽባይ የለን።
    📝 ኣብ drop-in ተመዝገቡ፣ ወይ ኣብ ታሕቲ ዘለዉ ትምህርትታት ርኣዩ።
esol-out-funded =
    ✅ ድሕሪ 6 ወርሒ ምጽባይ፣ ክፍሊቱ ዝተሸፈነ ትምህርቲ እንግሊዝኛ (ESOL) ክትረኽቡ ትኽእሉ ኢኹም።
    🏛️ ሕግታት ኣብ ነፍሲ ወከፍ ከባቢ ይፈላለ። ኣብ drop-in ተመዝገቡ፣ ንሳቶም ክርእዩልኩም እዮም።
esol-out-early =
    ⏳ ክፍሊቱ ዝተሸፈነ ትምህርቲ መብዛሕትኡ ግዜ ድሕሪ 6 ወርሒ ምጽባይ እዩ ዝጅምር።
    🗣️ ነጻ ክለባት ዕላልን ናይ ወለንተኛታት ትምህርትን ሕጂ ንዓኹም ክፉታት እዮም።
    📝 ብዝተኻእለ መጠን ቀልጢፍኩም ክትጅምሩ፣ ኣብ drop-in ተመዝገቡ።
esol-out-clubs =
    🗣️ ነጻ ክለባት ዕላልን ናይ ማሕበረሰብ ትምህርትን ንኹሉ ሰብ ክፉታት እዮም።
    📝 ኣብ drop-in ሕተቱ።
esol-out-register =
    📝 እቲ drop-in ንትምህርቲ እንግሊዝኛ የመዝግበኩም፣ ስለዚ ቀልጢፍኩም ክትጅምሩ ትኽእሉ ኢኹም።
    🪪 ዘለኩም ዝኾነ መንነት (ID) ኣምጽኡ።
esol-followup = 📚 ቅድሚ ክልተ ሰሙን ብዛዕባ ትምህርቲ እንግሊዝኛ ሓቲትኩም ነይርኩም። ትምህርቲ ጀሚርኩም ዶ?

## Something else (IA-01, IA-02, IA-03, IA-04, EM-08, EM-11)

other-title = ❔ ካልእ ነገር
other-q-start = ❔ ብዛዕባ እንታይ እዩ?
other-opt-person = 💬 ምስ ሰብ ክዛረብ እደሊ
other-opt-legal = ⚖️ ጉዳይ ዑቕባይ፣ ወይ ደብዳቤ Home Office
other-opt-basics = 🍞 መግቢ፣ ክዳን ወይ ገንዘብ
other-opt-feelings = 💭 ጭንቀት፣ ጓሂ ወይ ድቃስ
other-opt-unsure = ❔ ኣይፈልጥን
other-out-person =
    💬 ካብ ጉጅለና ሓደ ሰብ ኣብዚ ክጽሕፈልኩም እዩ።
other-out-legal =
    ⚖️ ብዛዕባ ናትኩም ጉዳይ ምኽሪ ክንህብ ኣይንኽእልን ኢና። ፍቑድ (regulated) ኣማኻሪ ስደት ወይ ጠበቓ ጥራይ እዩ ዝኽእል።
    🤝 ሓደ ክትረኽቡ ክንሕግዘኩም ኢና። ሕጋዊ ሓገዝ (legal aid) ክኸፍለሉ ይኽእል እዩ።
other-out-basics =
    🍞 መግቢ፣ ክዳንን ካልእ ሓገዝን ክትረኽቡ ትኽእሉ ኢኹም። ጉጅለና ኣበይን መዓስን ክነግረኩም እዩ።
    📞 ገንዘብ ወይ መንበሪ የብልኩምን? ናብ Migrant Help እውን ክትሕብሩ ትኽእሉ ኢኹም: 0808 8010 503።
other-out-feelings =
    💚 ኣብዚ ብዙሓት ሰባት ከምዚ ይስምዖም። በይንኹም ኣይኮንኩምን። ምዝራብ ይሕግዝ።
    📞 ናብ NHS 111 ደውሉ እሞ ናይ ጥዕና ኣእምሮ ምርጫ ምረጹ፣ ለይትን መዓልትን። ወይ ድማ ናብ Samaritans ብ 116 123 ደውሉ።
    💬 ካብ ጉጅለና ሓደ ሰብ እውን ምሳኹም ክዛረብ እዩ።

## Taxonomy terms, as people see them next to a service (directory/taxonomy)

tax-accommodation-repairs = ጽገናን ጸገማትን መንበሪ ገዛ ሓተትቲ ዑቕባ
tax-asylum-support = ሓገዝ ሓተትቲ ዑቕባ ከምኡውን ካርድ ASPEN
tax-gp-registration = ኣብ ሓኪም ምምዝጋብ
tax-urgent-health = ህጹጽ ሓገዝ ጥዕና
tax-urgent-dental = ህጹጽ ሓገዝ ስኒ
tax-routine-dental = ሓኪም ስኒ ምድላይ
tax-hc2 = ሰርቲፊኬት HC2: ነጻ ወጻኢታት NHS
tax-esol-classes = ትምህርቲ እንግሊዝኛ
tax-conversation-clubs = ክለባት ዕላል
tax-immigration-advice = ሕጋዊ ምኽሪ ስደት
tax-destitution-support = ገንዘብ እንተዘይብልኩም ሓገዝ
tax-night-shelter = ሎሚ ለይቲ እትሓድሩሉ ቦታ
tax-food = መግቢ
tax-clothing = ክዳን
tax-mental-health = ጥዕና ኣእምሮን ስምዒታትን
tax-domestic-abuse = ኣብ ገዛ ዓመጽ ወይ በደል
tax-exploitation = ብሓይሊ ምስራሕን ምዝመዛን
tax-drop-in = Drop-in (ብዘይ ቆጸራ)
tax-digital-inclusion = ተሌፎን፣ ኢንተርነትን ኮምፒተርን
tax-council-housing = ሓገዝ council ንመንበሪ ገዛ
tax-welfare-benefits = ድሕሪ ውሳነ ሓገዝን ገንዘብን
tax-emergency = ህጹጽ ሓደጋ
