## Locale: sq (Albanian, Shqip)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Text for staff and volunteers. Alerts show only what a case needs: the need, urgency,
## tier, language and first name. Never add free text from the person.

staff-only = 🔒 Kjo është vetëm për ekipin e Firstport.
staff-no-chat = ⚠️ STAFF_CHAT_ID nuk është vendosur, prandaj njoftimet për stafin nuk mund të postohen.
staff-alert-ticket =
    🔔 Kërkesë e re #{ $ticket }
    Nevoja: { $need } · Urgjenca: { $urgency } · Niveli: { $tier }
    Gjuha: { $language } · Emri: { $name }
staff-alert-crisis =
    🆘 KRIZË #{ $ticket }: { $category }
    Gjuha: { $language } · Emri: { $name }
    Personit iu treguan numrat e sigurisë. Ju lutemi përgjigjuni sa më shpejt.
staff-need-housing = Strehimi
staff-need-aspen = Karta ASPEN
staff-need-gp = Mjeku i familjes (GP)
staff-need-dentist = Dentisti
staff-need-esol = Kurse anglishteje
staff-need-other = Diçka tjetër
staff-need-talk = Kërkoi një njeri
staff-need-crisis = Krizë
staff-urgency-emergency = urgjencë
staff-urgency-urgent = urgjent
staff-urgency-soon = së shpejti
staff-urgency-routine = rutinë
staff-tier-self-help = vetëndihmë
staff-tier-volunteer = vullnetar
staff-tier-caseworker = menaxher rasti
staff-tier-immigration-adviser = këshilltar imigracioni (IAA Level 2)
staff-category-suicide = vetëvrasje ose vetëlëndim
staff-category-violence = dhunë ose abuzim
staff-category-exploitation = shfrytëzim ose trafikim
staff-category-medical = urgjencë mjekësore
staff-category-destitution = urgjencë: pa mjete jetese
staff-category-asked = kërkoi ndihmë (butoni 🆘)
cases-title = 📋 Raste që kanë nevojë për një njeri, java { $week } ({ $count })
cases-tier = { $tier } ({ $count })
cases-line = • #{ $ticket } { $need } · { $outcome } · { $urgency } · { $language } · { $when }
cases-empty = 📋 Asnjë rast nuk ka nevojë për një njeri në javën { $week }.
cases-bad-week = Përdorni /cases, /cases last, ose /cases 2026-W49.
