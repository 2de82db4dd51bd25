## Locale: so (Somali, Soomaali)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Text for staff and volunteers. Alerts show only what a case needs: the need, urgency,
## tier, language and first name. Never add free text from the person.

staff-only = 🔒 Tani waxay u gaar tahay kooxda Firstport oo keliya.
staff-no-chat = ⚠️ STAFF_CHAT_ID lama dejin, sidaas darteed digniinaha shaqaalaha lama diri karo.
staff-alert-ticket =
    🔔 Tigidh cusub #{ $ticket }
    Baahi: { $need } · Degdeg: { $urgency } · Heer: { $tier }
    Luqad: { $language } · Magac: { $name }
staff-alert-crisis =
    🆘 XAALAD KHATAR AH #{ $ticket }: { $category }
    Luqad: { $language } · Magac: { $name }
    Qofka waxaa la tusay lambarrada badbaadada. Fadlan u jawaab sida ugu dhakhsaha badan.
staff-need-housing = Guri
staff-need-aspen = Kaarka ASPEN
staff-need-gp = Dhakhtar (GP)
staff-need-dentist = Dhakhtarka ilkaha
staff-need-esol = Fasallada Ingiriisiga
staff-need-other = Wax kale
staff-need-talk = Waxaa la codsaday qof lala hadlo
staff-need-crisis = Xaalad khatar ah
staff-urgency-emergency = xaalad degdeg ah
staff-urgency-urgent = degdeg
staff-urgency-soon = dhawaan
staff-urgency-routine = caadi
staff-tier-self-help = is-caawin
staff-tier-volunteer = tabaruce
staff-tier-caseworker = hawlwadeenka kiiska
staff-tier-immigration-adviser = la-taliye socdaal (IAA Level 2)
staff-category-suicide = is-dil ama is-dhaawac
staff-category-violence = rabshad ama xadgudub
staff-category-exploitation = ka faa'iidaysi ama ka ganacsiga dadka
staff-category-medical = xaalad caafimaad oo degdeg ah
staff-category-destitution = faqri degdeg ah (lacag ama hoy la'aan)
staff-category-asked = caawimaad ayaa la codsaday (badhanka 🆘)
cases-title = 📋 Kiisaska u baahan qof, toddobaadka { $week } ({ $count })
cases-tier = { $tier } ({ $count })
cases-line = • #{ $ticket } { $need } · { $outcome } · { $urgency } · { $language } · { $when }
cases-empty = 📋 Ma jiraan kiisas u baahan qof toddobaadka { $week }.
cases-bad-week = Isticmaal /cases, /cases last, ama /cases 2026-W49.
