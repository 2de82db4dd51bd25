## Locale: fr (French, Français)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📣 Staff broadcasts. First what clients see (template notices, the "(English)" marker and
## the buttons), then the staff wizard. The staff texts are shown in English (STAFF_LOCALE); here
## they are an AI draft in this language too, like the client texts.

## Template notices. Site names come from the directory; dates and times are formatted for
## this language.

notice-closed = ⛔ La permanence (drop-in) à { $site } est fermée le { $date }.
notice-moved = 📍 La permanence (drop-in) du { $date } a lieu à { $site }, à { $time }.
notice-esol = 📚 Un nouveau cours d'anglais (ESOL) commence le { $date }. Inscrivez-vous à la permanence.

## Free text sent in English to someone whose language has no version

broadcast-in-english = (en anglais)

## Buttons on a broadcast

broadcast-got-it = 👍 Compris
broadcast-book-button = 📅 Réserver un horaire
broadcast-thanks = 👍 Merci.

## The wizard (staff)

broadcast-kind-question = 📣 Nouvelle diffusion #{ $id }. De quel type ?
broadcast-kind-template = 📋 Avis modèle
broadcast-kind-text = ✏️ Texte libre
broadcast-template-question = Quel avis ? Il est déjà rédigé dans toutes les langues.
broadcast-notice-closed = ⛔ Permanence fermée
broadcast-notice-moved = 📍 Permanence déplacée
broadcast-notice-esol = 📚 Nouveau cours ESOL
broadcast-session-question = De quelle permanence s'agit-il ?
broadcast-no-sessions = Aucune permanence dans les 4 prochaines semaines : il n'y a donc rien à annoncer.
broadcast-card =
    📣 Diffusion #{ $id } (brouillon)
    Contenu : { $kind }
    Versions : { $versions }
    Public : { $audience } → { $total } personnes ({ $counts })
    Langues sans version : { $missing } → { $choice }
    Bouton : { $button }
    Quand : { $when }
broadcast-help-card =
    Public : /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N (critères combinés avec AND : tous doivent correspondre)
    Heure : /broadcast at YYYY-MM-DD HH:MM (Europe/London) | /broadcast at now
    Texte libre : /version LANGUAGE text (une par langue ; une photo avec cette légende ajoute la photo)
broadcast-now = maintenant
broadcast-everyone-button = 👥 Tout le monde
broadcast-booked-button = 📅 Réservés pour cette permanence
broadcast-button-none = Aucun bouton
broadcast-button-ack = 👍 Compris
broadcast-button-book = 📅 Lien de réservation
broadcast-missing-skip = Ignorer ces personnes
broadcast-missing-english = Envoyer en anglais, avec la mention « (en anglais) »
broadcast-preview-button = 👁 Aperçu et confirmation
broadcast-cancel-button = ✖ Annuler
broadcast-send-button = ✅ Envoyer
broadcast-preview-header = 👁 { $lang } · { $count } personnes · { $how } (own = leur propre version, english = la version anglaise avec la mention « (en anglais) », skip = non envoyé)
broadcast-confirm =
    📣 Diffusion #{ $id } : { $total } personnes
    { $lines }
    Quand : { $when } · Approbation d'un second membre de l'équipe nécessaire : { $approval }
    Appuyez sur ✅ Envoyer pour confirmer.
broadcast-need-kind = Choisissez d'abord un type.
broadcast-need-template = Choisissez d'abord l'avis et sa permanence.
broadcast-need-version = Ajoutez d'abord un texte : /version en Your text
broadcast-nobody = Personne ne fait partie de ce public.
broadcast-need-missing-choice = Certaines langues du public n'ont pas de version : choisissez « Ignorer ces personnes » ou « Envoyer en anglais ».
broadcast-need-english = Pour envoyer l'anglais aux autres langues, ajoutez une version anglaise : /version en Your text
broadcast-need-preview = Affichez d'abord l'aperçu : chaque version est montrée avant de pouvoir être envoyée.
broadcast-started = 📣 La diffusion #{ $id } est en cours d'envoi à { $total } personnes. La progression s'affiche dans le groupe d'équipe ; /broadcast_cancel l'arrête.
broadcast-scheduled = 🕒 La diffusion #{ $id } commencera le { $when } (Europe/London).
broadcast-awaiting = ⏳ La diffusion #{ $id } s'adresse à { $total } personnes, plus de { $threshold } : un second membre de l'équipe doit appuyer sur Approuver dans le groupe d'équipe.
broadcast-approval-request = ⏳ La diffusion #{ $id } à { $total } personnes doit être approuvée par un second membre de l'équipe.
broadcast-approve-button = ✅ Approuver
broadcast-approve-self = Vous avez créé cette diffusion : un autre membre de l'équipe doit l'approuver.
broadcast-approved = ✅ Diffusion #{ $id } approuvée.
broadcast-gone = Cette diffusion n'attend plus cette action.
broadcast-dropped = ✖ Diffusion #{ $id } abandonnée.
broadcast-no-draft = Il n'y a aucun brouillon de diffusion en texte libre. Commencez-en un avec /broadcast.
broadcast-usage = Utilisez : /broadcast, /broadcast to …, /broadcast at …
broadcast-version-usage = Utilisez : /version LANGUAGE text. Langues : { $locales }
broadcast-version-saved = ✅ Version { $lang } enregistrée (ajoutée par { $by }).
broadcast-audience-usage = Utilisez : /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N
broadcast-at-usage = Utilisez : /broadcast at YYYY-MM-DD HH:MM (une heure à venir, Europe/London) ou /broadcast at now
broadcast-cancelled = ✖ Diffusion #{ $id } annulée. Ce qui a déjà été envoyé le reste.
broadcast-nothing-to-cancel = Il n'y a aucune diffusion à annuler.
broadcast-edit-usage = Utilisez : /broadcast_edit ID LANGUAGE corrected text
broadcast-edit-template = Seule une version linguistique d'une diffusion en texte libre peut être modifiée. Pour un avis modèle, supprimez-le et envoyez-en un corrigé.
broadcast-edited = ✏️ Diffusion #{ $id } : { $count } copies en { $lang } sont en cours de correction.
broadcast-delete-usage = Utilisez : /broadcast_delete ID (une diffusion déjà envoyée)
broadcast-deleted = 🗑 Diffusion #{ $id } : { $count } copies sont en cours de suppression.
broadcast-unknown = Aucune diffusion envoyée ne porte le numéro #{ $id }.
broadcast-progress =
    📣 Diffusion #{ $id }
    { $bar } { $percent }%
    ✅ envoyés { $sent } · ❌ échecs { $failed } · ⏳ restants { $left } · encore environ { $eta }
broadcast-report =
    📣 Diffusion #{ $id } : rapport final
    Personnes : { $total }
    ✅ Remis : { $sent }
    ❌ Non remis : ont bloqué le bot { $blocked } · compte supprimé { $gone } · refusé ou abandonné { $failed }
    ➖ Non envoyés : pas de version dans leur langue { $skipped } · limite quotidienne atteinte { $capped } · annulés { $cancelled }
    Par langue (remis/personnes) : { $languages }
    Appuis sur les boutons : { $pressed }
