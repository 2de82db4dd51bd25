## Locale: fr (French, Français)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Text for staff and volunteers. Alerts show only what a case needs: the need, urgency,
## tier, language and first name. Never add free text from the person.

staff-only = 🔒 Ceci est réservé à l'équipe Firstport.
staff-no-chat = ⚠️ STAFF_CHAT_ID n'est pas défini : impossible de publier les alertes pour l'équipe.
staff-alert-ticket =
    🔔 Nouveau ticket #{ $ticket }
    Besoin : { $need } · Urgence : { $urgency } · Niveau : { $tier }
    Langue : { $language } · Prénom : { $name }
staff-alert-crisis =
    🆘 CRISE #{ $ticket } : { $category }
    Langue : { $language } · Prénom : { $name }
    Les numéros d'urgence ont été montrés à la personne. Merci de répondre dès que possible.
staff-need-housing = Logement
staff-need-aspen = Carte ASPEN
staff-need-gp = Médecin (GP)
staff-need-dentist = Dentiste
staff-need-esol = Cours d'anglais
staff-need-other = Autre chose
staff-need-talk = A demandé une personne
staff-need-crisis = Crise
staff-urgency-emergency = urgence vitale
staff-urgency-urgent = urgent
staff-urgency-soon = bientôt
staff-urgency-routine = courant
staff-tier-self-help = autonomie
staff-tier-volunteer = bénévole
staff-tier-caseworker = travailleur social
staff-tier-immigration-adviser = conseiller en immigration (IAA Level 2)
staff-category-suicide = suicide ou automutilation
staff-category-violence = violence ou maltraitance
staff-category-exploitation = exploitation ou traite
staff-category-medical = urgence médicale
staff-category-destitution = urgence : sans ressources
staff-category-asked = a demandé de l'aide (bouton 🆘)
cases-title = 📋 Dossiers qui ont besoin d'une personne, semaine { $week } ({ $count })
cases-tier = { $tier } ({ $count })
cases-line = • #{ $ticket } { $need } · { $outcome } · { $urgency } · { $language } · { $when }
cases-empty = 📋 Aucun dossier n'a besoin d'une personne en semaine { $week }.
cases-bad-week = Utilisez /cases, /cases last, ou /cases 2026-W49.
