## Locale: am (Amharic, አማርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## The crisis safety net. Shown FIRST when a message suggests someone may be in danger.
## Numbers: EM-01 999, EM-03 interpreter, EM-04 press 55, EM-07 NHS 111, EM-08 111 mental
## health option (never print the old local crisis lines, EM-09), EM-11 Samaritans 116 123,
## EM-13 National Domestic Abuse Helpline 0808 2000 247, EM-14 Modern Slavery & Exploitation
## Helpline 08000 121 700, AS-02/AS-03 Migrant Help 0808 8010 503. Never change a number.

crisis-card-suicide =
    💚 ስለነገሩን እናመሰግናለን። እርስዎ አስፈላጊ ሰው ነዎት፣ ብቻዎንም አይደሉም።
    🚨 እነዚህን ሐሳቦች አሁን ተግባራዊ ሊያደርጉ እንደሚችሉ ከተሰማዎት፣ ወደ 999 ይደውሉ ወይም ወደ A&E (የሆስፒታል ድንገተኛ ክፍል) ይሂዱ።
    📞 ወደ NHS 111 ይደውሉና የአእምሮ ጤና አማራጭን ይምረጡ፣ ቀንም ሆነ ማታ። ነጻ ነው።
    📞 ወይም ወደ Samaritans በ 116 123 ይደውሉ፣ ቀንም ሆነ ማታ። ነጻ ነው።
crisis-card-violence =
    🚨 አሁን አደጋ ላይ ከሆኑ፣ ወደ 999 ይደውሉ። መናገር ካልቻሉ፣ 55 ይጫኑ።
    🏠 በቤት ውስጥ ጥቃት ወይም በደል: National Domestic Abuse Helpline 0808 2000 247፣ ቀንም ሆነ ማታ። ነጻ ነው።
    💬 እዚህም ከቡድናችን ጋር መነጋገር ይችላሉ።
crisis-card-exploitation =
    🚨 አሁን አደጋ ላይ ከሆኑ፣ ወደ 999 ይደውሉ።
    ⛓️ በግዳጅ እንዲሰሩ ከተደረጉ፣ ወይም አንድ ሰው የሚቆጣጠርዎት ከሆነ: Modern Slavery & Exploitation Helpline 08000 121 700፣ ቀንም ሆነ ማታ። ነጻ ነው። አስተርጓሚዎች አሏቸው።
    💬 እዚህም ከቡድናችን ጋር መነጋገር ይችላሉ።
crisis-card-medical =
    🚨 አሁኑኑ ወደ 999 ይደውሉ። ነጻ ነው።
    🗣️ ቋንቋዎን በእንግሊዝኛ ይናገሩ፣ ለምሳሌ "Amharic"። አስተርጓሚ ይጠብቁ።
    🩺 አደጋ ላይ አይደሉም፣ ግን ታመዋል ወይም ተጎድተዋል? ወደ NHS 111 ይደውሉ፣ ቀንም ሆነ ማታ።
crisis-card-destitution =
    🌙 በዚህ ሁኔታ ውስጥ በመሆንዎ እናዝናለን። ልንረዳዎ እንሞክራለን።
    📞 አሁኑኑ ወደ Migrant Help ይደውሉ: 0808 8010 503 (ነጻ፣ ቀንም ሆነ ማታ)። ምግብ ወይም የሚተኙበት ቦታ እንደሌለዎት ይንገሯቸው።
    🚨 አደጋ ላይ ነዎት? ወደ 999 ይደውሉ።
crisis-talk-now = 💬 አሁን ከሰው ጋር ይነጋገሩ
crisis-safe-button = ✅ ደህና ነኝ፣ ልቀጥል
crisis-team-told = 💬 ለቡድናችን ነግረናል። አንድ ሰው በተቻለ ፍጥነት እዚህ ይጽፍልዎታል።
crisis-safe-thanks = 💚 እናመሰግናለን። በማንኛውም ጊዜ ሲያስፈልጉን እዚህ አለን።
