## Locale: fr (French, Français)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Welfare check-ins. Short sentences. Keep emoji, numbers and /commands as they are.
## The staff part is shown in English; it is drafted here so every key exists.

## The offer, right after agreeing to the privacy notice, and /checkins

checkin-offer =
    💚 Pouvons-nous prendre de vos nouvelles de temps en temps ?
    Nous envoyons un court message : « Comment ça va ? » Vous répondez d'un seul geste.
    Nous gardons seulement votre choix et l'heure de votre réponse. Vous pouvez arrêter à tout moment.
checkin-weekly-button = 📅 Chaque semaine
checkin-fortnightly-button = 🗓️ Toutes les deux semaines
checkin-decline-button = 🔕 Non merci
checkin-when-question = 🕘 À quel moment de la journée préférez-vous un message ?
checkin-morning-button = 🌅 Le matin
checkin-afternoon-button = ☀️ L'après-midi
checkin-evening-button = 🌆 Le soir
checkin-status =
    🔔 Nouvelles : { $cadence ->
        [weekly] chaque semaine
        [fortnightly] toutes les deux semaines
       *[off] arrêtées
    }
    🕘 Moment : { $window ->
        [morning] le matin
        [afternoon] l'après-midi
       *[evening] le soir
    }
    Touchez un bouton pour changer.
checkin-saved =
    ✅ Enregistré. Nous prendrons de vos nouvelles { $cadence ->
        [weekly] chaque semaine
       *[fortnightly] toutes les deux semaines
    }, { $window ->
        [morning] le matin
        [afternoon] l'après-midi
       *[evening] le soir
    }.
    Pour changer ou arrêter : /checkins
checkin-stopped = 🔕 Les nouvelles sont arrêtées. Nous n'enverrons plus de messages de nouvelles ni de questions de suivi. Pour recommencer : /checkins
checkin-stop-button = 🔕 Arrêter les nouvelles
checkin-needs-consent = 🔒 Pour prendre de vos nouvelles, nous devons garder un peu d'informations. Lisez d'abord ceci, s'il vous plaît.

## The check-in

checkin-question =
    💚 Bonjour de la part de Firstport. Comment ça va { $cadence ->
        [fortnightly] ces deux dernières semaines
       *[weekly] cette semaine
    } ?
    Touchez une réponse. Pour arrêter ces messages, touchez 🔕.
checkin-ok-button = 🙂 Ça va
checkin-help-button = 🤔 J'ai besoin d'aide pour quelque chose
checkin-bad-button = 😟 Ça ne va pas
checkin-sos-button = 🆘 Aide urgente
checkin-ok-thanks = 🙂 Merci de nous l'avoir dit. Nous sommes là si vous avez besoin de nous.
checkin-help-menu = 🤔 Pour quoi avez-vous besoin d'aide ? Choisissez ci-dessous.
checkin-bad-question = 😟 Nous sommes désolés que ce soit difficile. Voulez-vous qu'une personne de notre équipe vous contacte ici ?
checkin-bad-yes-button = ✅ Oui, s'il vous plaît
checkin-bad-no-button = ✖️ Non merci
checkin-bad-declined = 💚 D'accord. Nous sommes là chaque fois que vous avez besoin de nous. Les numéros gratuits sont au-dessus. Vous pouvez aussi choisir ci-dessous.

## Under a follow-up question

followup-yes-button = ✅ Oui
followup-no-button = ❌ Non
followup-talk-button = 💬 Parler à une personne
followup-yes-thanks = 🎉 Bonne nouvelle. Merci de nous l'avoir dit.
followup-no-intro = 💚 Merci de nous l'avoir dit. Voici de nouveau les informations. Une personne de notre équipe pourra aussi vous contacter ici.

## The tip of the week, after 🙂 OK

tip-of-the-week =
    💡 Conseil de la semaine :
    { $tip }

## Command menu (setMyCommands); at most 256 characters

cmd-checkins = Nouvelles : à quelle fréquence, ou arrêter

## For staff and volunteers (shown in English in the staff chat)

staff-need-welfare = Appel de nouvelles
checkin-weekly-summary =
    📊 Nouvelles, du { $first } au { $last }
    📨 Envoyées : { $sent } · avec réponse : { $answered }
    🙂 { $ok } · 🤔 { $help } · 😟 { $bad } · 🆘 { $sos }
    🔁 Suivis envoyés : { $followups } · ⏸️ reportées : { $postponed }
    📞 Sur la liste d'appels maintenant : { $calllist }
    🚫 Ont bloqué le bot : { $blocked } ({ $newblocked } cette semaine)
checkin-offdays-title = 📅 Pas de nouvelles, de suivis ni d'autres messages le : { $days }
checkin-offdays-none = 📅 Aucun jour n'est marqué comme fermé.
checkin-offdays-usage = ✍️ /offdays add 2026-12-25 2026-12-26, ou une période : /offdays add 2026-12-24..2027-01-01. Pour annuler : /offdays remove 2026-12-25
calllist-title =
    📞 Liste d'appels de nouvelles : { $count ->
        [one] 1 personne
       *[other] { $count } personnes
    }
calllist-empty = 📞 La liste d'appels de nouvelles est vide.
calllist-line = { $n }. { $name } · { $language } · { $reason }
calllist-more = …et { $count } de plus.
calllist-reason-missed = 📭 { $count } messages de nouvelles de suite sans réponse
calllist-reason-not-ok = 😟 a dit « Ça ne va pas », puis pas de réponse
calllist-reason-followup-no = ❌ « Non » à un suivi ({ $need })
calllist-call-button = 📞 { $n } Commencer une discussion
calllist-done-button = ✅ { $n } Fait
calllist-outcome-question = ✅ Comment ça s'est passé avec { $name } ?
calllist-reached-button = 📞 Joint
calllist-not-reached-button = 📵 Pas joint
calllist-referred-button = ↪️ Orienté
calllist-recorded = ✅ { $name } : { $outcome }. Retiré de la liste. Encore sur la liste : { $left }.
calllist-already-done = ✔️ Cette personne n'est plus sur la liste d'appels.
calllist-chat-started = 📞 Le ticket #{ $ticket } est à vous. Écrivez en premier, dans son sujet.
calllist-chat-note =
    📞 Appel de nouvelles depuis la liste : { $reason }. Commencé par { $alias }.
    La personne n'a encore rien reçu. Écrivez en premier, s'il vous plaît.
    Nous ne gardons aucun numéro de téléphone. Si un appel aide, organisez-le dans cette discussion.
calllist-has-ticket = 🎫 Cette personne a déjà le ticket #{ $ticket }. Utilisez celui-là, s'il vous plaît.
calllist-blocked = 🚫 Cette personne a bloqué le bot. Nous ne pouvons pas lui écrire.
tip-usage =
    ✍️ /tip en 💡 Votre conseil, dans cette langue. Une langue par message.
    🗑 /tip clear en retire une langue. /tip clear retire tout.
    Une langue sans conseil n'a pas de conseil, jamais celui en anglais. Un conseil est affiché 7 jours.
tip-set =
    ✅ Conseil de la semaine pour { $language }, affiché après 🙂 Ça va pendant { $days } jours :
    { $tip }
tip-cleared = ✅ Conseil retiré : { $languages }.
tip-invalid = ⚠️ Pas enregistré : { $problem }.
tip-list-title = 💡 Conseils de la semaine :
tip-list-line = • { $language } : { $tip }
tip-list-expired = • { $language } (plus d'une semaine, pas affiché) : { $tip }
tip-list-empty = 💡 Aucun conseil de la semaine.
tip-list-missing = Pas de conseil en : { $languages }
