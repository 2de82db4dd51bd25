## Locale: fr (French, Français)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## The crisis safety net. Shown FIRST when a message suggests someone may be in danger.
## Numbers: EM-01 999, EM-03 interpreter, EM-04 press 55, EM-07 NHS 111, EM-08 111 mental
## health option (never print the old local crisis lines, EM-09), EM-11 Samaritans 116 123,
## EM-13 National Domestic Abuse Helpline 0808 2000 247, EM-14 Modern Slavery & Exploitation
## Helpline 08000 121 700, AS-02/AS-03 Migrant Help 0808 8010 503. Never change a number.

crisis-card-suicide =
    💚 Merci de nous l'avoir dit. Vous comptez, et vous n'êtes pas seul(e).
    🚨 Si vous risquez de passer à l'acte maintenant, appelez le 999 ou allez aux urgences (A&E).
    📞 Appelez NHS 111 et choisissez l'option santé mentale, jour et nuit. Gratuit.
    📞 Ou appelez Samaritans au 116 123, jour et nuit. Gratuit.
crisis-card-violence =
    🚨 Si vous êtes en danger maintenant, appelez le 999. Si vous ne pouvez pas parler, appuyez sur 55.
    🏠 Violence ou maltraitance à la maison : National Domestic Abuse Helpline (violences conjugales et familiales) 0808 2000 247, jour et nuit. Gratuit.
    💬 Vous pouvez aussi parler à notre équipe ici.
crisis-card-exploitation =
    🚨 Si vous êtes en danger maintenant, appelez le 999.
    ⛓️ On vous force à travailler, ou quelqu'un vous contrôle : Modern Slavery & Exploitation Helpline (esclavage moderne et exploitation) 08000 121 700, jour et nuit. Gratuit. Ils ont des interprètes.
    💬 Vous pouvez aussi parler à notre équipe ici.
crisis-card-medical =
    🚨 Appelez le 999 maintenant. C'est gratuit.
    🗣️ Dites votre langue en anglais, par exemple "French". Attendez un interprète.
    🩺 Pas en danger, mais malade ou blessé(e) ? Appelez NHS 111, jour et nuit.
crisis-card-destitution =
    🌙 Nous sommes désolés que vous soyez dans cette situation. Nous allons essayer de vous aider.
    📞 Appelez Migrant Help maintenant : 0808 8010 503 (gratuit, jour et nuit). Dites que vous n'avez rien à manger ou nulle part où dormir.
    🚨 En danger ? Appelez le 999.
crisis-talk-now = 💬 Parler à une personne maintenant
crisis-safe-button = ✅ Je suis en sécurité, continuer
crisis-team-told = 💬 Nous avons prévenu notre équipe. Quelqu'un va vous écrire ici dès que possible.
crisis-safe-thanks = 💚 Merci. Nous sommes là chaque fois que vous avez besoin de nous.
