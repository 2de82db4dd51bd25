## Locale: ku (Kurdish Kurmanji, Kurdî)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Text for staff and volunteers. Alerts show only what a case needs: the need, urgency,
## tier, language and first name. Never add free text from the person.

staff-only = 🔒 Ev tenê ji bo tîma Firstport e.
staff-no-chat = ⚠️ STAFF_CHAT_ID nehatiye danîn, ji ber vê yekê hişyariyên karmendan nayên şandin.
staff-alert-ticket =
    🔔 Tîketa nû #{ $ticket }
    Hewcedarî: { $need } · Bilezî: { $urgency } · Ast: { $tier }
    Ziman: { $language } · Nav: { $name }
staff-alert-crisis =
    🆘 KRÎZ #{ $ticket }: { $category }
    Ziman: { $language } · Nav: { $name }
    Jimareyên ewlehiyê ji vî kesî re hatin nîşandan. Ji kerema xwe zûtirîn bersiv bidin.
staff-need-housing = Xanî
staff-need-aspen = Karta ASPEN
staff-need-gp = Doktor (GP)
staff-need-dentist = Doktorê diranan
staff-need-esol = Dersên Îngilîzî
staff-need-other = Tiştekî din
staff-need-talk = Kesek xwest
staff-need-crisis = Krîz
staff-urgency-emergency = acîl
staff-urgency-urgent = bilez
staff-urgency-soon = zû
staff-urgency-routine = asayî
staff-tier-self-help = alîkariya xwe bi xwe
staff-tier-volunteer = dilxwaz
staff-tier-caseworker = karmendê dozê (caseworker)
staff-tier-immigration-adviser = şêwirmendê koçberiyê (IAA Level 2)
staff-category-suicide = xwekuştin an xwe birîndarkirin
staff-category-violence = tundî an destdirêjî
staff-category-exploitation = îstismar an bazirganiya mirovan
staff-category-medical = acîliya tenduristiyê
staff-category-destitution = acîliya bêpereyî û bêmaliyê
staff-category-asked = alîkarî xwest (bişkoka 🆘)
cases-title = 📋 Dozên ku hewceyî kesekî ne, hefteya { $week } ({ $count })
cases-tier = { $tier } ({ $count })
cases-line = • #{ $ticket } { $need } · { $outcome } · { $urgency } · { $language } · { $when }
cases-empty = 📋 Di hefteya { $week } de tu doz tune ku hewceyî kesekî be.
cases-bad-week = /cases, /cases last, an /cases 2026-W49 bi kar bînin.
