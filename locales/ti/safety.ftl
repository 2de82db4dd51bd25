## Locale: ti (Tigrinya, ትግርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## The crisis safety net. Shown FIRST when a message suggests someone may be in danger.
## Numbers: EM-01 999, EM-03 interpreter, EM-04 press 55, EM-07 NHS 111, EM-08 111 mental
## health option (never print the old local crisis lines, EM-09), EM-11 Samaritans 116 123,
## EM-13 National Domestic Abuse Helpline 0808 2000 247, EM-14 Modern Slavery & Exploitation
## Helpline 08000 121 700, AS-02/AS-03 Migrant Help 0808 8010 503. Never change a number.

crisis-card-suicide =
    💚 ስለ ዝነገርኩምና የቐንየልና። ንስኹም ኣገደስቲ ኢኹም፣ በይንኹም ድማ ኣይኮንኩምን።
    🚨 ሕጂ ነዚ ሓሳባት ናብ ግብሪ ከተውዕልዎ ትኽእሉ እንተኾይንኩም፣ ናብ 999 ደውሉ ወይ ናብ A&E (ክፍሊ ህጹጽ ረድኤት ሆስፒታል) ኪዱ።
    📞 ናብ NHS 111 ደውሉ እሞ ናይ ጥዕና ኣእምሮ ምርጫ ምረጹ፣ ለይትን መዓልትን። ብነጻ እዩ።
    📞 ወይ ድማ ናብ Samaritans ብ 116 123 ደውሉ፣ ለይትን መዓልትን። ብነጻ እዩ።
crisis-card-violence =
    🚨 ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 999 ደውሉ። ክትዛረቡ እንተዘይክኢልኩም፣ 55 ጠውቑ።
    🏠 ኣብ ገዛ ዓመጽ ወይ በደል: National Domestic Abuse Helpline 0808 2000 247፣ ለይትን መዓልትን። ብነጻ እዩ።
    💬 ኣብዚ ምስ ጉጅለና እውን ክትዛረቡ ትኽእሉ ኢኹም።
crisis-card-exploitation =
    🚨 ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 999 ደውሉ።
    ⛓️ ብሓይሊ ክትሰርሑ እንተተገዲድኩም፣ ወይ ሰብ እንተተቖጻጺሩኩም: Modern Slavery & Exploitation Helpline 08000 121 700፣ ለይትን መዓልትን። ብነጻ እዩ። ተርጎምቲ ኣለዉዎም።
    💬 ኣብዚ ምስ ጉጅለና እውን ክትዛረቡ ትኽእሉ ኢኹም።
crisis-card-medical =
    🚨 ሕጂ ናብ 999 ደውሉ። ብነጻ እዩ።
    🗣️ ቋንቋኹም ብእንግሊዝኛ ንገሩ፣ ንኣብነት "Tigrinya"። ተርጓሚ ተጸበዩ።
    🩺 ኣብ ሓደጋ ኣይኮንኩምን፣ ግን ሓሚምኩም ወይ ተጎዲእኩም? ናብ NHS 111 ደውሉ፣ ለይትን መዓልትን።
crisis-card-destitution =
    🌙 ኣብዚ ኩነታት ብምህላውኩም የሕዝነና። ክንሕግዘኩም ክንፍትን ኢና።
    📞 ሕጂ ናብ Migrant Help ደውሉ: 0808 8010 503 (ብነጻ፣ ለይትን መዓልትን)። መግቢ ወይ እትሓድሩሉ ቦታ ከም ዘይብልኩም ንገሩ።
    🚨 ኣብ ሓደጋ ዲኹም? ናብ 999 ደውሉ።
crisis-talk-now = 💬 ሕጂ ምስ ሰብ ተዛረቡ
crisis-safe-button = ✅ ውሑስ እየ፣ ቀጽሉ
crisis-team-told = 💬 ንጉጅለና ሓቢርናዮም ኣለና። ሓደ ሰብ ብዝተኻእለ መጠን ቀልጢፉ ኣብዚ ክጽሕፈልኩም እዩ።
crisis-safe-thanks = 💚 የቐንየልና። ኣብ ዘድልየኩም ግዜ ኩሉ ኣብዚ ኣለና።
