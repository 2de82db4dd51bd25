## Locale: en (English)
## Drafted by: Firstport engineering team, 2026-12-01 (source language)
## Review status: source text
##
## Text for staff and volunteers. Alerts show only what a case needs: the need, urgency,
## tier, language and first name. Never add free text from the person.

staff-only = 🔒 This is for the Firstport team only.
staff-no-chat = ⚠️ STAFF_CHAT_ID is not set, so staff alerts cannot be posted.
staff-alert-ticket =
    🔔 New ticket #{ $ticket }
    Need: { $need } · Urgency: { $urgency } · Tier: { $tier }
    Language: { $language } · Name: { $name }
staff-alert-crisis =
    🆘 CRISIS #{ $ticket }: { $category }
    Language: { $language } · Name: { $name }
    The person has been shown the safety numbers. Please reply as soon as you can.
staff-need-housing = Housing
staff-need-aspen = ASPEN card
staff-need-gp = Doctor (GP)
staff-need-dentist = Dentist
staff-need-esol = English classes
staff-need-other = Something else
staff-need-talk = Asked for a person
staff-need-crisis = Crisis
staff-urgency-emergency = emergency
staff-urgency-urgent = urgent
staff-urgency-soon = soon
staff-urgency-routine = routine
staff-tier-self-help = self-help
staff-tier-volunteer = volunteer
staff-tier-caseworker = caseworker
staff-tier-immigration-adviser = immigration adviser (IAA Level 2)
staff-category-suicide = suicide or self-harm
staff-category-violence = violence or abuse
staff-category-exploitation = exploitation or trafficking
staff-category-medical = medical emergency
staff-category-destitution = destitution emergency
staff-category-asked = asked for help (🆘 button)
cases-title = 📋 Cases needing a person, week { $week } ({ $count })
cases-tier = { $tier } ({ $count })
cases-line = • #{ $ticket } { $need } · { $outcome } · { $urgency } · { $language } · { $when }
cases-empty = 📋 No cases needing a person in week { $week }.
cases-bad-week = Use /cases, /cases last, or /cases 2026-W49.
