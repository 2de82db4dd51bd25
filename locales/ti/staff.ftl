## Locale: ti (Tigrinya, ትግርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Text for staff and volunteers. Alerts show only what a case needs: the need, urgency,
## tier, language and first name. Never add free text from the person.

staff-only = 🔒 እዚ ንጉጅለ Firstport ጥራይ እዩ።
staff-no-chat = ⚠️ STAFF_CHAT_ID ኣይተዳለወን፣ ስለዚ ናይ ሰራሕተኛታት መጠንቀቕታ ክለጠፍ ኣይክእልን።
staff-alert-ticket =
    🔔 ሓድሽ ቲኬት #{ $ticket }
    ድሌት: { $need } · ህጹጽነት: { $urgency } · ደረጃ: { $tier }
    ቋንቋ: { $language } · ስም: { $name }
staff-alert-crisis =
    🆘 ቅልውላው #{ $ticket }: { $category }
    ቋንቋ: { $language } · ስም: { $name }
    እቲ ሰብ ቁጽርታት ድሕንነት ተራእይዎ ኣሎ። በጃኹም ብዝተኻእለ መጠን ቀልጢፍኩም መልሱ።
staff-need-housing = መንበሪ ገዛ
staff-need-aspen = ካርድ ASPEN
staff-need-gp = ሓኪም (GP)
staff-need-dentist = ሓኪም ስኒ
staff-need-esol = ትምህርቲ እንግሊዝኛ
staff-need-other = ካልእ ነገር
staff-need-talk = ሰብ ሓቲቱ
staff-need-crisis = ቅልውላው
staff-urgency-emergency = ህጹጽ ሓደጋ
staff-urgency-urgent = ህጹጽ
staff-urgency-soon = ቀልጢፉ
staff-urgency-routine = ልሙድ
staff-tier-self-help = ባዕልኻ ምሕጋዝ
staff-tier-volunteer = ወለንተኛ
staff-tier-caseworker = ሰራሕተኛ ጉዳይ (caseworker)
staff-tier-immigration-adviser = ኣማኻሪ ስደት (IAA Level 2)
staff-category-suicide = ነብሰ-ቕትለት ወይ ንርእስኻ ምጉዳእ
staff-category-violence = ዓመጽ ወይ በደል
staff-category-exploitation = ምዝመዛ ወይ ዘውቲ ደቂ ሰባት
staff-category-medical = ህጹጽ ሕክምና
staff-category-destitution = ህጹጽ ድኽነት (መግቢ ወይ መሕደሪ የለን)
staff-category-asked = ሓገዝ ሓቲቱ (መጠወቒ 🆘)
cases-title = 📋 ሰብ ዘድልዮም ጉዳያት፣ ሰሙን { $week } ({ $count })
cases-tier = { $tier } ({ $count })
cases-line = • #{ $ticket } { $need } · { $outcome } · { $urgency } · { $language } · { $when }
cases-empty = 📋 ኣብ ሰሙን { $week } ሰብ ዘድልዮ ጉዳይ የለን።
cases-bad-week = /cases ወይ /cases last ወይ /cases 2026-W49 ተጠቐሙ።
