## Locale: fr (French, Français)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📅 Drop-in: sessions, booking, the waitlist, reminders, closures; then the staff lists.
## Site names and addresses come from the directory and stay as they are.

menu-dropin = 📅 Permanence (drop-in)

## Who attends (rota roles in directory/dropin/*.yaml) and what to bring

dropin-role-casework = 🏠 Aide pour le logement et la carte ASPEN
dropin-role-esol = 📚 Inscription aux cours d'anglais
dropin-role-health = 🩺 Inscription chez un médecin et un dentiste
dropin-role-welfare = 🤝 Nourriture, vêtements et autres aides
dropin-bring-casework = Les lettres que vous avez sur votre logement ou votre aide aux demandeurs d'asile. Des photos des choses à réparer, si vous en avez.
dropin-bring-esol = Les papiers d'identité que vous avez.
dropin-bring-health = Les lettres d'un médecin, d'un dentiste ou d'un hôpital, si vous en avez.
dropin-bring-welfare = Les lettres pour lesquelles vous voulez de l'aide.

## The drop-in screen

booking-intro = 📅 La permanence (drop-in) : de l'aide gratuite, en personne. Vous pouvez venir sans rendez-vous, ou réserver une heure.
booking-session-line = 📍 { $site } · { $day } · { $start }–{ $end }
booking-session-who = 👥 { $roles }
booking-session-closed = ⛔ { $site } · { $day } : fermé
booking-times-unconfirmed = ⚠️ Ces horaires peuvent changer. Vérifiez avant de vous déplacer, s'il vous plaît.
booking-what-need = De quoi avez-vous besoin ?
booking-none = 📅 Il n'y a pas de permanence dans les 4 prochaines semaines.
booking-walk-in-button = 🚶 Venir sans rendez-vous
booking-walk-in-text = 🚶 Vous n'avez pas besoin de réserver. Venez à l'une de ces permanences.
booking-map = 📍 { $site }
booking-mine-button = 📋 Mes rendez-vous
booking-back = ↩️ Retour
booking-needs-consent = 🔒 Pour réserver une place, nous devons garder votre prénom et votre langue.

## Choosing a session and a time

booking-pick-session = { $role } : choisissez un lieu et un jour.
booking-change-pick = 🔁 { $role } : choisissez un nouveau jour. Votre ancien rendez-vous reste valable jusqu'à ce que vous réserviez le nouveau.
booking-role-none = 😔 { $role } : pas de permanence dans les 4 prochaines semaines.
booking-session-open = 📍 { $site } · { $day }
booking-session-full = ⏳ { $site } · { $day } · complet
booking-pick-time = 🕙 { $role }. { $site }, { $day }. Choisissez une heure.
booking-time-button = 🕙 { $time }
booking-full = 😔 Cette permanence est complète ({ $site }, { $day }). Voulez-vous vous inscrire sur la liste d'attente ? Si une place se libère, nous vous enverrons un message.
booking-join-waitlist = ⏳ M'inscrire sur la liste d'attente

## Interpreter

booking-interpreter-question = 🗣 Voulez-vous un interprète ?
booking-interpreter-yes = 🗣 Oui : { $language }
booking-interpreter-other = 🌐 Une autre langue
booking-interpreter-no = 🙅 Non merci
booking-interpreter-pick = 🌐 Quelle langue ?
booking-interpreter-none = aucun

## Booked

booking-confirmed =
    ✅ Votre rendez-vous est réservé.

    📋 Pour quoi : { $role }
    📍 Où : { $site }, { $address }
    🕙 Quand : { $when }
    🗣 Interprète : { $interpreter }
    🎒 À apporter : { $bring }

    🔔 Nous vous enverrons un rappel la veille et 2 heures avant.
booking-ics-caption = 📅 Ajoutez ce rendez-vous à votre calendrier.
booking-ics-summary = Permanence : { $role } ({ $site })
booking-ics-description = À apporter : { $bring }
booking-ics-alarm = Permanence dans 2 heures

## Problems

booking-err-closed = ⛔ Désolé, cette permanence est fermée.
booking-err-gone = 😔 Ce n'est plus possible. Choisissez à nouveau, s'il vous plaît.
booking-err-too-late = ⏰ Il est trop tard pour réserver cette heure. Choisissez une heure plus tard, s'il vous plaît.
booking-err-already = ℹ️ Vous avez déjà un rendez-vous pour cette permanence. Regardez dans 📋 Mes rendez-vous.
booking-err-limit = ℹ️ Vous pouvez avoir { $max } rendez-vous en même temps. Annulez-en d'abord un dans 📋 Mes rendez-vous.
booking-err-full = 😔 Désolé, la dernière place vient d'être prise.
booking-err-slot-taken = 😔 Quelqu'un vient de prendre cette heure. Choisissez-en une autre, s'il vous plaît.
booking-err-not-active = ℹ️ Ce rendez-vous n'est plus actif.

## The waitlist

booking-waitlist-joined = ⏳ Vous êtes sur la liste d'attente. Vous êtes numéro { $position }. Si une place se libère, nous vous enverrons un message.
booking-waitlist-already = ℹ️ Vous êtes déjà sur la liste d'attente. Vous êtes numéro { $position }.
booking-waitlist-booked = ℹ️ Vous avez déjà un rendez-vous pour cette permanence.
booking-waitlist-left = ✅ Vous n'êtes plus sur la liste d'attente.
booking-offer-text = 🎉 Une place est libre : { $role }, { $site }, { $when }. La voulez-vous ? Nous vous la gardons jusqu'à { $until }.
booking-offer-take = ✅ Prendre la place
booking-offer-decline = ❌ Non merci
booking-offer-expired = ⌛ Le temps pour prendre la place est passé. Elle est allée à la personne suivante. Vous pouvez choisir une autre permanence dans 📅 Permanence (drop-in).
booking-offer-declined = 👍 D'accord. La place va à la personne suivante.

## My bookings

booking-mine-title = 📋 Vos rendez-vous
booking-mine-empty = 📋 Vous n'avez aucun rendez-vous.
booking-mine-line = { $number }. { $role } · { $site } · { $when }
booking-mine-waiting = { $number }. ⏳ Liste d'attente : { $role } · { $site } · { $day }
booking-change-number = 🔁 Changer { $number }
booking-cancel-number = ❌ Annuler { $number }
booking-leave-waitlist = 🚪 Quitter la liste d'attente { $number }
booking-cancel-confirm = ❓ Annuler ce rendez-vous ? { $role }, { $site }, { $when }.
booking-cancel-yes = ✅ Oui, annuler
booking-cancel-no = ↩️ Non, le garder
booking-cancelled = ✅ C'est annulé. Merci de nous avoir prévenus. Votre place peut aller à quelqu'un d'autre.

## Reminders

booking-reminder-eve = 🔔 Demain à { $time } : { $role }, { $site } ({ $address }).
booking-reminder-soon = 🔔 Aujourd'hui à { $time } : { $role }, { $site } ({ $address }).
booking-come-button = ✅ Je viendrai
booking-cancel-button = ❌ Annuler
booking-change-button = 🔁 Changer
booking-come-thanks = 👍 Merci. À bientôt, là-bas !

## A session is closed

booking-closed-notice = ⛔ La permanence à { $site }, le { $day }, est fermée. { $reason } Nous sommes désolés. Votre place est annulée.
booking-closed-next = 📅 Vous pouvez réserver une des prochaines permanences :
booking-book-again = 📅 { $site } · { $day }
booking-reason-holiday = C'est un jour férié.
booking-reason-weather = C'est à cause de la météo.
booking-reason-staff = Il n'y a pas assez de personnel.
booking-reason-building = Le bâtiment est fermé.
booking-reason-other = Quelque chose a changé.

## From a triage outcome

booking-button-triage = 📅 Réserver une heure à la permanence

## Staff: drop-in lists (/today, /day, /sessions, /close, /capacity)

sessions-title = 📅 Permanences des 4 prochaines semaines
sessions-line-open = { $code } · { $site } · { $day } { $start }–{ $end } · réservés { $booked } · en attente { $waiting } · arrivés { $arrived } · absents { $noshow }
sessions-line-closed = ⛔ { $code } · { $site } · { $day } · fermée ({ $reason })
sessions-unconfirmed = ⚠️ horaires non confirmés (voir directory/dropin/)
sessions-none = 📅 Aucune permanence dans les 4 prochaines semaines.
sessions-day-title = 📋 { $site } · { $day } · { $start }–{ $end } ({ $code })
sessions-day-closed = ⛔ Fermée ({ $reason })
sessions-day-counts = Réservés { $booked } · arrivés { $arrived } · absents { $noshow } · en attente { $waiting } · gardées pour les visites sans rendez-vous { $walkin }
sessions-day-entry = { $time } · { $name } · { $role } · { $language } · 🗣 { $interpreter } · { $state }
sessions-day-waiting = ⏳ { $position }. { $name } · { $role } · { $language } · 🗣 { $interpreter }
sessions-day-empty = Pas encore de rendez-vous.
sessions-day-none = 📅 Pas de permanence le { $day }.
sessions-no-interpreter = non
sessions-state-held = proposé (liste d'attente)
sessions-state-booked = réservé
sessions-state-arrived = ✅ arrivé
sessions-state-no-show = ⛔ absent
sessions-state-cancelled = annulé
sessions-state-expired = offre expirée
sessions-state-closed = fermé
sessions-confirmed = , viendra
sessions-arrived-button = ✅ { $time } { $name }
sessions-noshow-button = ⛔ { $time } { $name }
sessions-marked = { $name } : { $state }
sessions-bad-date = Utilisez une date comme 2026-12-03, ou today (aujourd'hui), ou tomorrow (demain).
sessions-unknown-site = Lieu inconnu. Lieux : { $sites }
sessions-close-usage = Utilisez : /close DATE LIEU RAISON [note]. Raisons : { $reasons }. Exemple : /close 2026-12-03 castlegate weather
sessions-already-closed = ⛔ Cette permanence du { $day } est déjà fermée.
sessions-closed-done = ⛔ Fermée : { $site }, { $day }. Nous prévenons { $booked } personnes avec rendez-vous et { $waiting } personnes en attente, dans leur langue. Un rapport d'envoi suivra ici.
sessions-closure-report = 📣 Fermeture { $code } : { $sent } prévenues, { $failed } échecs, { $dropped } ont bloqué le bot, { $waiting } pas encore envoyés.
sessions-capacity-usage = Utilisez : /capacity DATE LIEU RÔLE N pour garder N places pour les visites sans rendez-vous. Rôles : { $roles }
sessions-capacity-done = ✅ { $site }, { $day }, { $role } : { $walkin } places gardées pour les visites sans rendez-vous, { $bookable } réservables, { $taken } prises.

## Command menu (setMyCommands)

cmd-mybookings = Mes rendez-vous
