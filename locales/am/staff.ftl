## Locale: am (Amharic, አማርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Text for staff and volunteers. Alerts show only what a case needs: the need, urgency,
## tier, language and first name. Never add free text from the person.

staff-only = 🔒 ይህ ለFirstport ቡድን ብቻ ነው።
staff-no-chat = ⚠️ STAFF_CHAT_ID አልተዘጋጀም፣ ስለዚህ የሠራተኞች ማሳወቂያዎች መላክ አይቻልም።
staff-alert-ticket =
    🔔 አዲስ ቲኬት #{ $ticket }
    ፍላጎት: { $need } · አስቸኳይነት: { $urgency } · ደረጃ: { $tier }
    ቋንቋ: { $language } · ስም: { $name }
staff-alert-crisis =
    🆘 ቀውስ #{ $ticket }: { $category }
    ቋንቋ: { $language } · ስም: { $name }
    ግለሰቡ የደህንነት ቁጥሮቹን አይተዋል። እባክዎ በተቻለ ፍጥነት ይመልሱ።
staff-need-housing = መኖሪያ ቤት
staff-need-aspen = የASPEN ካርድ
staff-need-gp = ሐኪም (GP)
staff-need-dentist = የጥርስ ሐኪም
staff-need-esol = የእንግሊዝኛ ትምህርት
staff-need-other = ሌላ ነገር
staff-need-talk = ከሰው ጋር መነጋገር ጠይቀዋል
staff-need-crisis = ቀውስ
staff-urgency-emergency = የአደጋ ጊዜ
staff-urgency-urgent = አስቸኳይ
staff-urgency-soon = በቅርቡ
staff-urgency-routine = መደበኛ
staff-tier-self-help = ራስን መርዳት
staff-tier-volunteer = በጎ ፈቃደኛ
staff-tier-caseworker = የጉዳይ ሠራተኛ
staff-tier-immigration-adviser = የኢሚግሬሽን አማካሪ (IAA Level 2)
staff-category-suicide = ራስን ማጥፋት ወይም ራስን መጉዳት
staff-category-violence = ጥቃት ወይም በደል
staff-category-exploitation = ብዝበዛ ወይም ሕገወጥ የሰዎች ዝውውር
staff-category-medical = የሕክምና አደጋ ጊዜ
staff-category-destitution = አስቸኳይ የኑሮ ችግር (ገንዘብ ወይም መጠለያ የለም)
staff-category-asked = እርዳታ ጠይቀዋል (🆘 ቁልፍ)
cases-title = 📋 ሰው የሚያስፈልጋቸው ጉዳዮች፣ ሳምንት { $week } ({ $count })
cases-tier = { $tier } ({ $count })
cases-line = • #{ $ticket } { $need } · { $outcome } · { $urgency } · { $language } · { $when }
cases-empty = 📋 በሳምንት { $week } ሰው የሚያስፈልገው ጉዳይ የለም።
cases-bad-week = ይጠቀሙ: /cases ወይም /cases last ወይም /cases 2026-W49
