## Locale: fr (French, Français)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📍 Find services: the directory search. Names of services stay in English.

dir-title = 📍 Trouver des services. De quoi avez-vous besoin ?
dir-need-food = 🍞 Nourriture
dir-need-clothing = 👕 Vêtements
dir-need-drop-in = 🤝 Permanence (drop-in)
dir-need-esol-classes = 📚 Cours d'anglais
dir-need-conversation-clubs = 🗣️ Clubs de conversation
dir-need-gp-registration = 🩺 Médecin (GP)
dir-need-routine-dental = 🦷 Dentiste
dir-need-urgent-health = 🚑 Soins urgents
dir-need-mental-health = 💚 Émotions et santé mentale
dir-need-immigration-advice = ⚖️ Conseil juridique
dir-need-asylum-support = 💳 Aide asile et carte ASPEN
dir-need-accommodation-repairs = 🔧 Problèmes de logement
dir-need-destitution-support = 🆘 Pas d'argent
dir-need-night-shelter = 🌙 Un endroit pour dormir
dir-need-domestic-abuse = 🏠 Violence à la maison
dir-need-exploitation = ⛓️ Travail forcé
dir-need-digital-inclusion = 📱 Téléphone et internet
dir-need-hc2 = 🧾 Soins NHS gratuits (HC2)
dir-place-question = 📍 Où êtes-vous ?
dir-place-newcastle = 🏙️ Newcastle
dir-place-leeds = 🏙️ Leeds
dir-place-anywhere = 🇬🇧 Partout au Royaume-Uni
dir-place-location = 📍 Utiliser ma position
dir-share-location = 📍 Appuyez sur le bouton ci-dessous pour partager votre position. Nous l'utilisons seulement pour trier les résultats. Nous ne la gardons pas.
dir-share-button = 📍 Partager ma position
dir-location-used = 📍 Merci. Voici les services les plus proches. Nous n'avons pas gardé votre position.
dir-none-found = 😔 Nous n'avons pas encore trouvé de service pour cela ici. Essayez un autre endroit, ou parlez à une personne.
dir-none-filtered = 😔 Rien ne correspond à ces filtres. Essayez sans les filtres.
dir-card-count = { $index } / { $total }
dir-open-now = 🟢 Ouvert maintenant jusqu'à { $time }
dir-open-next = 🕒 Prochaine ouverture : { $day } à { $time }
dir-open-always = 🟢 Ouvert 24 h sur 24, tous les jours
dir-open-unknown = 🕒 Horaires : appelez d'abord, s'il vous plaît
dir-address = 📍 { $address }
dir-phone = 📞 { $phone }
dir-languages = 🗣️ { $languages }
dir-for-line = 👥 Pour : { $who }
dir-for-asylum-seeker = personnes qui demandent l'asile
dir-for-refused = personnes dont la demande a été refusée
dir-for-refugee = réfugiés
dir-for-any = tout le monde
dir-checked = ✅ Dernière vérification : { $date }
dir-uncertain = ⚠️ Certaines informations ne sont peut-être plus à jour. Appelez avant d'y aller, s'il vous plaît.
dir-distance = 📏 À environ { $km } km
dir-map = 📍 Carte
dir-more = ➡️ Plus de résultats
dir-filter-open = ⏰ Ouvert maintenant
dir-filter-language = 🗣️ Parle ma langue
dir-filter-on = ✅ { $filter }
dir-feedback-question = 🤝 Hier, nous vous avons montré { $service }. Avez-vous reçu de l'aide là-bas ?
dir-feedback-helpful = 👍 Oui
dir-feedback-unhelpful = 👎 Non
dir-feedback-no-access = 🚪 Je n'ai pas pu entrer
dir-feedback-thanks = 🙏 Merci. Cela nous aide à garder la liste à jour.
dir-reload-ok = ✅ Annuaire rechargé : { $services } services.
dir-reload-failed = ❌ Les nouvelles données de l'annuaire ne sont pas valides. Les anciennes données restent utilisées :
dir-stale-title = 🗓️ Fiches à vérifier (plus de { $days } jours) : { $count }
dir-stale-none = ✅ Aucune fiche n'est à vérifier.
dir-stale-line = • { $service } ({ $name }) : dernière vérification il y a { $days } jours
dir-feedback-title = 🤝 Réponses à "Avez-vous reçu de l'aide là-bas ?", par service :
dir-feedback-line = • { $name } : 👍 { $yes } · 👎 { $no } · 🚪 { $noaccess }
dir-feedback-empty = 🤝 Pas encore de réponses.

## Parts of a city (taxonomy firstport-district). Place names stay as they are.

dir-district-question = 📍 Quel quartier de la ville ?
dir-district-any = 🏙 N'importe où dans la ville
tax-newcastle-centre = 🏙 Newcastle: Centre-ville
tax-newcastle-west-end = 🏘 Newcastle: West End
tax-leeds-harehills = 🏘 Leeds: Harehills
tax-leeds-armley = 🏘 Leeds: Armley
