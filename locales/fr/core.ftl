## Locale: fr (French, Français)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Rules for every locale: short sentences, one idea per line, an icon on every button.
## Never put bidi marks inside /commands. Numbers and entitlements come from
## shared/reference/domain-facts.md (fact ids in comments); translate the words, never the numbers.

## Language picker

# The name of this language, written in this language (an endonym). Shown in the picker.
lang-name = Français
lang-choose = 🌐 Choisissez votre langue.
lang-changed = ✅ Je vais maintenant vous écrire en français.

## Privacy notice (its version lives in bot/onboarding.py: PRIVACY_VERSION)

privacy-notice =
    🔒 Votre vie privée

    📝 Ce que nous gardons : votre langue, votre prénom, la date de votre accord, les sujets que vous avez choisis, vos rendez-vous à la permanence, vos choix pour les messages de suivi et les messages que vous envoyez à notre équipe.
    🎯 Pourquoi : pour vous aider et pour nous souvenir de votre langue.
    ⏳ Combien de temps : jusqu'à ce que vous les supprimiez, ou 12 mois après votre dernier message.
    👥 Qui les voit : seulement l'équipe de l'association Firstport. Nous ne sommes pas le Home Office (ministère de l'Intérieur). Nous ne les partageons pas avec le Home Office, ni avec la société qui vous loge.
    🗑 Votre choix : /mydata montre ce que nous gardons. /forget le supprime.

    ⚠️ Ne nous envoyez jamais votre numéro de référence du Home Office, le numéro de votre carte ASPEN ou votre code PIN.
privacy-agree = ✅ J'accepte
privacy-decline = ✖️ Non merci
privacy-agreed = ✅ Merci. Vous pouvez changer d'avis à tout moment avec /forget.
privacy-declined = 👍 Pas de problème. Nous ne gardons rien sur vous. Vous pouvez quand même lire toutes les informations. Pour changer d'avis, envoyez /start.
privacy-updated = 🔒 Notre avis sur la vie privée a changé. Merci de le relire.
privacy-withdrawn = ✅ Nous avons supprimé ce que nous gardions sur vous. Vous pouvez quand même lire toutes les informations. Pour accepter à nouveau, envoyez /start.
privacy-stale = ⌛ Cet avis était ancien. Voici l'avis actuel.

## Main menu: every item has an icon and short words

menu-title = 🏠 Menu principal. De quoi avez-vous besoin ?
menu-housing = 🏠 Logement
menu-aspen = 💳 Carte ASPEN
menu-gp = 🩺 Médecin (GP)
menu-dentist = 🦷 Dentiste
menu-esol = 📚 Cours d'anglais
menu-services = 📍 Trouver des services
menu-other = ❔ Autre chose
menu-urgent = 🆘 Aide urgente
menu-language = 🌐 Langue
menu-privacy = 🔒 Mes données
menu-help = ❓ Aide

## Safety card (EM-01, EM-03, EM-04, EM-07, EM-08, EM-09, EM-11, EM-13, EM-14, AS-02)

safety-card =
    🆘 Aide urgente. Tous ces appels sont gratuits.

    🚨 Danger maintenant : appelez le 999. Dites votre langue en anglais, par exemple "French". Attendez un interprète. Si vous ne pouvez pas parler, appuyez sur 55.
    🩺 Maladie ou blessure : appelez NHS 111, jour et nuit. Dites votre langue pour avoir un interprète.
    💭 Moral très bas, ou pensées de suicide : appelez le 111 et choisissez l'option santé mentale. Ou appelez Samaritans au 116 123, jour et nuit.
    🏠 Violence ou maltraitance à la maison : National Domestic Abuse Helpline (violences conjugales et familiales) 0808 2000 247, jour et nuit.
    ⛓️ On vous force à travailler, ou quelqu'un vous contrôle : Modern Slavery & Exploitation Helpline (esclavage moderne et exploitation) 08000 121 700, jour et nuit.
    🏘️ Problème de logement ou de carte ASPEN : Migrant Help 0808 8010 503, jour et nuit.

## Help

help-text =
    ❓ Comment utiliser Firstport

    👆 Appuyez sur les boutons. Vous n'avez pas besoin d'écrire.
    🏠 /menu montre le menu principal.
    🌐 /language change la langue.
    🔔 /checkins : à quelle fréquence nous prenons de vos nouvelles, ou arrêter.
    🔒 /privacy montre ce que nous gardons. /mydata vous l'envoie. /forget le supprime.
    🆘 /urgent montre les numéros d'urgence.

    Nous sommes une équipe d'association, pas le Home Office. Nous pouvons vous montrer où trouver de l'aide. Ici, nous ne pouvons pas vous donner de conseil juridique sur votre dossier.

## Command menu (setMyCommands); at most 256 characters each

cmd-start = Recommencer
cmd-menu = Menu principal
cmd-language = Changer de langue
cmd-help = Comment utiliser ce bot
cmd-privacy = Ce que nous gardons sur vous
cmd-mydata = M'envoyer mes données
cmd-forget = Supprimer mes données
cmd-urgent = Aide urgente et numéros d'urgence

## Bot profile (setMyDescription: at most 512 characters; short: at most 120)

about-description = Firstport aide les personnes qui demandent l'asile et les réfugiés à trouver la bonne aide : logement, carte ASPEN, médecin, dentiste et cours d'anglais. Gratuit. Nous sommes une association, pas le Home Office. En danger ? Appelez le 999.
about-short = Aide : logement, carte ASPEN, médecin, dentiste et cours d'anglais. Nous ne sommes pas le Home Office.

## Your data

data-export-caption = 📄 Voici tout ce que nous gardons sur vous.
data-export-empty = 📄 Nous ne gardons rien sur vous.
forget-confirm = 🗑 Supprimer tout ce que nous gardons sur vous ? Vous ne pourrez pas revenir en arrière.
forget-yes = 🗑 Oui, supprimer
forget-no = ↩️ Non, garder
forget-done = ✅ C'est fait. Nous avons supprimé tout ce que nous gardions sur vous. Pour recommencer, envoyez /start.
forget-nothing = ✅ Nous ne gardons rien sur vous. Il n'y a rien à supprimer.
forget-kept = 👍 Rien n'a été supprimé.
data-show = 📄 Voir mes données
data-delete = 🗑 Supprimer mes données

## Messages we cannot use

fallback-voice = 🎤 Désolé, je ne peux pas écouter les messages vocaux. Appuyez sur un bouton ci-dessous, s'il vous plaît.
fallback-sticker = 🙂 Merci ! Appuyez sur un bouton ci-dessous, s'il vous plaît.
fallback-photo = 🖼️ Je ne peux pas regarder les images. Appuyez sur un bouton ci-dessous, s'il vous plaît. N'envoyez jamais de photos de vos documents ou de vos cartes.
fallback-media = 🎬 Je ne peux pas lire ce fichier. Appuyez sur un bouton ci-dessous, s'il vous plaît.
fallback-location = 📍 Merci. Je ne garde pas les localisations. Appuyez sur un bouton ci-dessous, s'il vous plaît.
fallback-contact = 👤 Merci. Je ne garde pas les coordonnées des contacts. Appuyez sur un bouton ci-dessous, s'il vous plaît.
fallback-document = 📎 Je ne peux pas ouvrir les fichiers. N'envoyez pas de documents ici, s'il vous plaît. Appuyez sur un bouton ci-dessous.
fallback-edited = ✏️ J'ai vu que vous avez modifié un message. Je lis seulement les nouveaux messages. Appuyez sur un bouton ci-dessous, s'il vous plaît.
fallback-text = 🤔 Désolé, je n'ai pas compris. Appuyez sur un bouton ci-dessous, s'il vous plaît.
fallback-other = 🤔 Désolé, je ne peux pas utiliser ceci. Appuyez sur un bouton ci-dessous, s'il vous plaît.

## Buttons that no longer work (answerCallbackQuery: at most 200 characters)

button-stale = ⌛ Ce bouton est ancien. Voici les boutons actuels.

## Navigation buttons

nav-menu = 🏠 Menu
nav-back = ⬅️ Retour

## Groups and errors

group-private-only = 👋 Je fonctionne seulement en discussion privée. Écrivez-moi directement, s'il vous plaît. Au revoir !
error-generic = 😔 Désolé, un problème est survenu. Réessayez, s'il vous plaît. En danger ? Appelez le 999.
