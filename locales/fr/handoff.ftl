## Locale: fr (French, Français)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Talking to a person: the relay between a client and the volunteer who claimed the ticket.
## The client never sees a volunteer's name or account, only the alias they chose.

relay-greeting = 💬 Vous parlez avec { $alias }. Écrivez ici, et cette personne vous répondra dans cette discussion. Merci de ne pas envoyer votre numéro de référence du Home Office, le numéro de votre carte ASPEN ou votre code PIN.
relay-default-alias = une personne bénévole de l'équipe Firstport
relay-bar-menu = 🏠 Menu
relay-bar-end = ❌ Terminer la discussion
relay-ended = 👋 La discussion est terminée. Vous êtes de retour avec le bot. Notre équipe peut toujours vous écrire ici.
relay-reassigned = 🔁 Une autre personne de notre équipe va continuer avec vous. Merci d'attendre son message ici.
relay-closed-question = 🙏 Notre équipe a terminé cette conversation. Est-ce que nous vous avons aidé ?
relay-rating-yes = 👍 Oui
relay-rating-no = 👎 Non
relay-rating-thanks = 🙏 Merci de nous l'avoir dit.

## Canned replies: a volunteer picks one; the client receives it in their own language.

canned-received = ✅ Nous avons bien reçu votre message. Quelqu'un va vous répondre bientôt.
canned-dropin = 🤝 Venez à la permanence (drop-in), s'il vous plaît. Apportez toutes les lettres que vous avez.
canned-migrant-help = 📞 Appelez Migrant Help au 0808 8010 503, s'il vous plaît. C'est gratuit, jour et nuit.
canned-nhs-111 = 🩺 Pour un problème de santé, appelez NHS 111. C'est gratuit, jour et nuit.
canned-tomorrow = 🕒 Nous vous écrirons de nouveau demain.
canned-no-documents = 📷 S'il vous plaît, n'envoyez pas de photos de vos documents ici. Apportez-les à la permanence (drop-in).

## For staff and volunteers (in the staff chat)

handoff-header =
    🎫 #{ $ticket } · { $need } · { $language } · { $urgency }
    Résultat : { $outcome } · Niveau : { $tier }
    Prénom : { $name }
    Parcours : { $path }
    Statut : { $status }
handoff-status-open = 🟡 ouvert, en attente de quelqu'un
handoff-status-claimed = 🟢 pris en charge par { $alias }
handoff-status-closed = ⚪ fermé
handoff-status-reopened = 🔁 rouvert, en attente de quelqu'un
handoff-claim-button = ✋ Prendre en charge
handoff-close-button = ✅ Fermer
handoff-reassign-button = 🔁 Réattribuer
handoff-canned-button = 💬 Réponses types
handoff-claimed-by = ✋ { $alias } a pris en charge ce ticket. Ses messages ici sont envoyés à la personne.
handoff-already-claimed = Ce ticket est déjà pris en charge par { $alias }.
handoff-not-claimable = Ce ticket ne peut pas être pris en charge pour le moment.
handoff-not-claimer = ⚠️ Non envoyé : seul { $alias }, qui a pris en charge ce ticket, peut écrire à la personne. Pour une note d'équipe, commencez votre message par //.
handoff-unclaimed-post = ⚠️ Non envoyé : prenez d'abord le ticket en charge. Pour une note d'équipe, commencez votre message par //.
handoff-client-left = 👋 La personne est revenue au menu du bot.
handoff-client-blocked = 🚫 La personne a bloqué le bot. Les messages postés ici ne lui parviennent pas tant qu'elle n'écrit pas à nouveau.
handoff-client-crisis = 🆘 Le message de la personne a déclenché la détection de crise. Les numéros d'urgence lui ont été montrés.
handoff-closed = ✅ Fermé par { $alias }.
handoff-reopened = 🔁 La personne a écrit de nouveau après la fermeture de ce ticket. Il est de retour dans la file d'attente.
handoff-forgotten = 🗑 La personne a supprimé ses données. Ce ticket est fermé et les liens vers ses messages n'existent plus.
handoff-rating = ⭐ La personne a répondu à "Est-ce que nous vous avons aidé ?" : { $answer }
handoff-canned-pick = 💬 Choisissez une réponse. La personne la reçoit dans sa langue ; vous la voyez ici en anglais.
handoff-canned-sent = 📤 Envoyé à la personne : { $text }
handoff-reassigned = 🔁 { $alias } a remis ce ticket dans la file d'attente.
handoff-unclaimed-again = ⏰ Le ticket #{ $ticket } attend toujours quelqu'un.
handoff-mentions = Personnes qui parlent { $language } : { $names }
handoff-no-forum = ⚠️ Ce groupe d'équipe n'a pas de sujets, ou je ne peux pas gérer les sujets ici. Je publierai plutôt chaque ticket sous forme de carte : pour répondre à la personne, répondez à la carte du ticket ou à ses messages.
handoff-not-allowed = 🔒 Votre rôle ne permet pas de faire cela.
team-title = 👥 Équipe ({ $count })
team-line = • { $id } · { $role } · { $alias } · { $languages } · { $availability }
team-available = disponible
team-away = indisponible
team-added = ✅ { $id } a maintenant le rôle { $role }.
team-removed = ✅ { $id } ne fait plus partie de l'équipe.
team-not-found = { $id } ne fait pas partie de l'équipe.
team-usage = Utilisez : /team, /team add <id> staff|volunteer, /team remove <id> (ou répondez à son message).
team-alias-set = ✅ Les gens vous verront sous le nom "{ $alias }".
team-alias-usage = Utilisez : /alias Sam, volunteer
team-languages-set = ✅ Vos langues : { $languages }
team-languages-usage = Utilisez : /languages ar fa en
team-now-available = ✅ Vous êtes disponible. Les nouveaux tickets dans vos langues vous mentionneront.
team-now-away = 💤 Vous êtes indisponible. Les nouveaux tickets ne vous mentionneront pas.
outbox-title = 📮 File d'envoi : { $counts }
outbox-errors = Dernières erreurs :
