## Locale: fr (French, Français)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Triage flows (flows/*.yaml). Facts come from shared/reference/domain-facts.md; the fact ids
## are in the comments. Keep every outcome to 2-4 short lines. Never change a number.

## Shared buttons and lines

triage-next = ➡️ Suivant
triage-talk = 💬 Parler à une personne
triage-helped-question = Est-ce que cela vous a aidé ?
triage-helped-yes = 👍 Oui
triage-helped-no = 👎 Non
triage-feedback-thanks = 🙏 Merci de nous l'avoir dit.
triage-signposts = 📍 Où trouver de l'aide :
triage-signpost-phone = • { $name } : { $phone }
triage-signpost-name = • { $name }
triage-needs-consent = 🔒 Pour transmettre ceci à une personne, nous devons garder quelques informations. Lisez d'abord ceci, s'il vous plaît.

## Tickets: what happens next

ticket-opened-hours = 💬 Nous avons transmis votre demande à notre équipe. Quelqu'un vous répondra dans cette discussion. En général, nous répondons en quelques heures, pendant les heures de travail.
ticket-opened-away = 💬 Nous avons transmis votre demande à notre équipe. L'équipe ne travaille pas en ce moment. Elle vous répondra à partir de { $opens }.
    Si c'est urgent : en danger, appelez le 999. Malade, appelez NHS 111. Pour parler à quelqu'un maintenant, appelez Samaritans au 116 123.
ticket-already-open = 💬 Notre équipe a déjà votre question. Elle vous répondra dans cette discussion.

## Housing (AS-02, AS-03, AC-03, AC-04, AC-05, MO-01, MO-02, MO-04, MO-05, MO-06, EM-17, EM-18)

housing-title = 🏠 Logement
housing-q-start = 🏠 Quel est le problème avec votre logement ?
housing-opt-repair = 🔧 Quelque chose est cassé
housing-opt-unsafe = 😟 Je ne me sens pas en sécurité chez moi
housing-opt-move = 🚚 Déménagement, ou nouvelle adresse
housing-opt-notice = 📄 Une lettre dit que je dois partir
housing-opt-nowhere = 🌙 Nulle part où dormir ce soir
housing-q-repair = 🔧 Qu'est-ce qui est cassé ?
housing-opt-gas = 🔥 Je sens une odeur de gaz
housing-opt-heating = 🌡️ Pas de chauffage ou pas d'eau chaude
housing-opt-water = 🚱 Pas d'eau
housing-opt-power = ⚡ Pas d'électricité
housing-opt-building = 🏚️ Le bâtiment n'est pas sûr
housing-opt-locked = 🔑 Je ne peux pas rentrer chez moi
housing-opt-other-repair = 🔧 Autre chose
housing-q-cold = 🌡️ Est-ce l'hiver, ou votre logement est-il très froid ?
housing-opt-cold-yes = ❄️ Oui
housing-opt-cold-no = ☀️ Non
housing-out-gas =
    🔥 Le gaz peut être dangereux.
    🚪 Ouvrez les fenêtres. Ne touchez pas aux interrupteurs. Pas de flamme, pas de cigarette. Sortez du bâtiment.
    📞 Appelez la ligne d'urgence gaz : 0800 111 999. En danger ? Appelez le 999.
    📞 Ensuite, prévenez Migrant Help : 0808 8010 503 (gratuit, jour et nuit).
housing-out-emergency =
    🚨 C'est une réparation urgente.
    📞 Appelez Migrant Help maintenant : 0808 8010 503 (gratuit, jour et nuit). Dites "emergency repair" (réparation urgente).
    📝 Notez le jour et l'heure de votre appel.
housing-out-routine =
    🔧 Signalez la réparation à Migrant Help : 0808 8010 503 (gratuit, jour et nuit), ou par chat en ligne, ou par e-mail.
    📝 Notez le jour où vous l'avez signalée.
    ⏳ Si vous faites une réclamation, la société qui vous loge doit répondre dans les 5 jours ouvrables.
housing-out-unsafe =
    🚨 En danger maintenant ? Appelez le 999.
    📞 Prévenez Migrant Help : 0808 8010 503. Ils reçoivent les signalements de harcèlement et de comportements antisociaux.
    🛡️ Pour un crime de haine, appelez la police au 101, ou signalez-le en ligne avec True Vision.
housing-out-move =
    🏠 Le logement des demandeurs d'asile est "sans choix" : le Home Office décide où vous vivez.
    ♿ Si votre logement ne convient pas à un besoin, comme un handicap, dites-le à la personne chargée de votre logement et à Migrant Help : 0808 8010 503.
    🩺 Après un déménagement, inscrivez-vous chez un nouveau médecin près de chez vous.
housing-q-notice = 📄 Que dit la lettre ?
housing-opt-granted = ✅ J'ai obtenu le statut de réfugié (droit de séjour)
housing-opt-refused = ❌ Ma demande d'asile a été refusée
housing-opt-unsure = ❔ Je ne la comprends pas
housing-out-granted =
    ✅ Votre logement et votre argent de demandeur d'asile vont bientôt s'arrêter : au moins 28 jours après votre décision, parfois 56 jours.
    🏛️ Aujourd'hui : contactez le service des sans-abri de la mairie (council). La mairie doit vous aider.
    💷 Demandez Universal Credit (aide sociale) maintenant. Vous n'avez pas besoin d'un numéro National Insurance (sécurité sociale) pour commencer.
housing-out-refused =
    ⚠️ Après un refus, l'aide s'arrête en général après 21 jours, sauf si vous faites appel ou si vous avez un enfant de moins de 18 ans.
    ⏳ Les délais pour faire appel sont courts. Parlez maintenant à un conseiller en immigration agréé ou à un avocat (solicitor).
    🏠 Vous pourrez peut-être recevoir l'aide Section 4.
housing-out-unsure =
    📄 Apportez la lettre à la permanence (drop-in). Nous la lirons avec vous.
    📷 S'il vous plaît, n'envoyez pas de photos de vos lettres dans cette discussion.
housing-out-nowhere =
    🌙 Appelez Migrant Help maintenant : 0808 8010 503 (gratuit, jour et nuit). Dites que vous n'avez nulle part où dormir ce soir.
    🏛️ Si vous avez le statut de réfugié, allez aujourd'hui au service des sans-abri de la mairie (council).
    🚨 En danger ? Appelez le 999.
housing-followup-repair = 🔧 La semaine dernière, vous nous avez parlé d'une réparation. Est-ce que c'est réparé ?

## ASPEN card (AS-02, AS-03, AS-09, AS-10, AS-11, AS-12, EM-06)

aspen-title = 💳 Carte ASPEN
aspen-q-start = 💳 Quel est le problème avec votre carte ASPEN ?
aspen-opt-lost = 🔍 Perdue ou volée
aspen-opt-broken = 🚫 Elle ne marche pas, ou problème de code PIN
aspen-opt-payment = 💷 Mon argent n'est pas arrivé
aspen-opt-never = 📭 Je n'ai jamais reçu ma carte
aspen-opt-stopped = ⛔ Mon aide a été arrêtée
aspen-out-lost =
    📞 Appelez Migrant Help : 0808 8010 503 (gratuit, jour et nuit).
    🗣️ Dites : "My ASPEN card is lost" (ma carte ASPEN est perdue), ou "stolen" (volée). Demandez un paiement d'urgence en espèces jusqu'à l'arrivée de la nouvelle carte.
    👮 Si elle a été volée, vous pouvez aussi prévenir la police au 101.
aspen-out-broken =
    🛒 Utilisez la carte seulement dans les magasins qui acceptent Mastercard.
    📞 Appelez Migrant Help : 0808 8010 503. Dites : "My ASPEN card is not working" (ma carte ASPEN ne marche pas).
    🔒 Ne donnez jamais votre code PIN à personne. Même pas à nous.
aspen-out-payment =
    📞 Appelez Migrant Help : 0808 8010 503 (gratuit, jour et nuit).
    🗣️ Dites : "My ASPEN payment did not arrive" (mon paiement ASPEN n'est pas arrivé). Demandez un paiement d'urgence en espèces.
    🍞 Pas d'argent pour manger aujourd'hui ? Dites-le-nous avec le bouton ci-dessous.
aspen-out-never =
    📞 Appelez Migrant Help : 0808 8010 503 (gratuit, jour et nuit).
    🗣️ Dites : "My ASPEN card has not arrived" (ma carte ASPEN n'est pas arrivée).
    📄 Gardez votre lettre d'aide aux demandeurs d'asile près de vous quand vous appelez.
aspen-out-stopped =
    ⚠️ Si votre aide a été arrêtée ou refusée, vous pouvez faire appel.
    ⏳ Le tribunal doit recevoir votre appel dans les 3 jours après que vous avez reçu la lettre. Agissez aujourd'hui.
    ⚖️ ASAP (Asylum Support Appeals Project) donne des conseils gratuits. Nous pouvons vous aider à les contacter.
aspen-followup = 💳 Il y a quelques jours, vous nous avez parlé de votre carte ASPEN. Est-ce qu'elle marche maintenant ?

## Doctor (GP) (HE-01, HE-02, HE-03, HE-04, HE-05, EM-01, EM-07)

gp-title = 🩺 Médecin (GP)
gp-q-start = 🩺 De quoi avez-vous besoin ?
gp-opt-register = 📝 M'inscrire chez un médecin
gp-opt-refused = 🚫 Un cabinet médical (GP) a dit non
gp-opt-unwell = 🤒 Je me sens mal maintenant
gp-opt-certificate = 🧾 Certificat HC2 (médicaments gratuits)
gp-info-rights =
    ✅ Tout le monde en Angleterre peut s'inscrire chez un médecin (GP). C'est gratuit.
    🚫 Vous n'avez PAS besoin de justificatif de domicile, de pièce d'identité, de statut d'immigration ni de numéro NHS.
gp-out-register =
    🔍 Trouvez un cabinet médical (GP) près de chez vous.
    📝 Demandez le formulaire GMS1, ou utilisez le formulaire en ligne du cabinet. Vous pouvez donner une adresse temporaire, ou l'adresse du cabinet.
    🗣️ Vous pouvez demander un interprète gratuit.
gp-out-refused =
    ⚖️ Un cabinet peut dire non seulement pour quelques raisons, par exemple si sa liste est pleine. Il doit vous dire pourquoi par écrit.
    🩺 Il doit quand même vous donner les soins d'urgence.
    📞 Doctors of the World (Médecins du Monde) : 0808 1647 686, du lundi au vendredi, de 10:00 à 12:00. Ils ont des interprètes.
gp-q-unwell = 🤒 À quel point est-ce grave ?
gp-opt-danger = 🚨 La vie de quelqu'un est en danger
gp-opt-today = 🤒 J'ai besoin d'aide aujourd'hui, ce n'est pas une urgence
gp-out-999 =
    🚨 Appelez le 999 maintenant. C'est gratuit.
    🗣️ Dites votre langue en anglais, par exemple "French". Attendez un interprète.
gp-out-111 =
    📞 Appelez NHS 111, ou utilisez 111 en ligne. C'est gratuit, jour et nuit.
    🗣️ Dites votre langue pour avoir un interprète.
gp-q-hc2 = 🧾 Quelle aide recevez-vous du Home Office ?
gp-opt-s95 = 🏠 Section 95 (j'attends une décision)
gp-opt-s4 = 📄 Section 98 ou Section 4
gp-opt-hc2-unsure = ❔ Je ne sais pas
gp-out-hc2-s95 =
    📬 Avec la Section 95, le certificat HC2 arrive par la poste dans les 21 jours après votre lettre d'aide.
    📞 Pas reçu ? Appelez Migrant Help : 0808 8010 503.
    🧾 Le HC2 donne des médicaments gratuits, des soins dentaires, des examens des yeux et une aide pour le transport à l'hôpital. Vérifiez sa date de fin.
gp-out-hc2-hc1 =
    📝 Remplissez le formulaire HC1 pour avoir un certificat HC2. Nous pouvons vous aider à la permanence (drop-in).
    📞 NHS Business Services Authority : 0300 330 1343.
gp-out-hc2-unsure =
    📄 Apportez votre lettre d'aide du Home Office à la permanence (drop-in). Nous la vérifierons avec vous.
gp-followup = 🩺 La semaine dernière, vous avez posé une question sur un médecin. Avez-vous réussi à vous inscrire chez un GP ?

## Dentist (HE-05, HE-06, HE-07, HE-08, EM-07)

dentist-title = 🦷 Dentiste
dentist-q-start = 🦷 De quoi avez-vous besoin ?
dentist-opt-pain = 😣 Douleur ou gonflement
dentist-opt-find = 🔍 Trouver un dentiste NHS
dentist-opt-missed = 📅 J'ai manqué mon rendez-vous
dentist-opt-free = 🧾 Soins gratuits (HC2)
dentist-q-redflags =
    ⚠️ Est-ce que l'une de ces choses arrive ?
    • Gonflement près de l'œil ou dans le cou
    • Difficulté à respirer ou à avaler
    • Un saignement qui ne s'arrête pas
    • Une blessure grave au visage ou à la mâchoire
dentist-opt-redflags-yes = 🚨 Oui
dentist-opt-redflags-no = ✅ Non
dentist-out-ae =
    🚨 Allez aux urgences de l'hôpital (A&E) maintenant, ou appelez le 999.
    🚗 Ne conduisez pas vous-même.
dentist-out-urgent =
    📞 Appelez votre dentiste. Pas de dentiste ? Appelez NHS 111, ou utilisez 111 en ligne. Vous n'avez pas besoin d'inscription.
    🗣️ Dites votre langue pour avoir un interprète.
    🧾 Prenez votre certificat HC2 si vous en avez un.
dentist-out-find =
    🔍 Utilisez le service NHS "Find a dentist" (trouver un dentiste), puis téléphonez aux dentistes. Il n'y a pas d'inscription et pas de secteur imposé.
    📞 Aucun n'a de place ? Appelez NHS England : 0300 311 2233.
    🧾 Avec un certificat HC2, les soins NHS sont gratuits.
dentist-out-missed =
    📞 Appelez le dentiste dès que possible. Dites pourquoi vous l'avez manqué. Demandez un nouveau rendez-vous.
    😣 Vous avez mal maintenant ? Appelez NHS 111.
    💬 Nous pouvons vous aider à appeler, ou à préparer le trajet.
dentist-out-free =
    🧾 Avec un certificat HC2, les soins dentaires NHS sont gratuits.
    📬 Section 95 : il arrive par la poste. Section 98 ou 4 : remplissez le formulaire HC1.
dentist-followup = 🦷 Il y a quelques jours, vous nous avez parlé d'une douleur aux dents. Avez-vous reçu de l'aide ?

## English classes (ESOL) (ES-01, ES-02, ES-03, ES-04)

esol-title = 📚 Cours d'anglais
esol-q-start = 📚 Cours d'anglais. Qu'est-ce qui est vrai pour vous ?
esol-opt-refugee = ✅ J'ai le statut de réfugié (droit de séjour)
esol-opt-waiting = ⏳ J'attends une décision
esol-opt-refused = ❌ Ma demande a été refusée
esol-opt-register = 📝 M'inscrire à la permanence (drop-in)
esol-q-waited = ⏳ Vous avez demandé l'asile il y a combien de temps ?
esol-opt-under6 = 🗓️ Moins de 6 mois
esol-opt-over6 = 📅 6 mois ou plus
esol-out-refugee =
    ✅ Vous pouvez avoir des cours d'anglais (ESOL) financés. Il n'y a pas de temps d'attente.
    📝 Inscrivez-vous à la permanence (drop-in), ou regardez les cours ci-dessous.
esol-out-funded =
    ✅ Après 6 mois d'attente, vous pouvez avoir des cours d'anglais (ESOL) financés.
    🏛️ Les règles sont différentes dans chaque région. Inscrivez-vous à la permanence (drop-in) : ils vérifieront pour vous.
esol-out-early =
    ⏳ Les cours financés commencent en général après 6 mois d'attente.
    🗣️ Les clubs de conversation gratuits et les cours donnés par des bénévoles vous sont ouverts dès maintenant.
    📝 Inscrivez-vous à la permanence (drop-in) pour commencer dès que possible.
esol-out-clubs =
    🗣️ Les clubs de conversation gratuits et les cours associatifs sont ouverts à tous.
    📝 Renseignez-vous à la permanence (drop-in).
esol-out-register =
    📝 La permanence (drop-in) vous inscrit aux cours d'anglais, pour que vous puissiez commencer bientôt.
    🪪 Apportez les papiers d'identité que vous avez.
esol-followup = 📚 Il y a deux semaines, vous avez posé une question sur les cours d'anglais. Avez-vous commencé un cours ?

## Something else (IA-01, IA-02, IA-03, IA-04, EM-08, EM-11)

other-title = ❔ Autre chose
other-q-start = ❔ De quoi s'agit-il ?
other-opt-person = 💬 Je veux parler à une personne
other-opt-legal = ⚖️ Ma demande d'asile, ou une lettre du Home Office
other-opt-basics = 🍞 Nourriture, vêtements ou argent
other-opt-feelings = 💭 Stress, tristesse ou sommeil
other-opt-unsure = ❔ Je ne sais pas
other-out-person =
    💬 Une personne de notre équipe va vous écrire ici.
other-out-legal =
    ⚖️ Nous ne pouvons pas donner de conseils sur votre propre dossier. Seul un conseiller en immigration agréé ou un avocat (solicitor) peut le faire.
    🤝 Nous vous aiderons à en trouver un. L'aide juridique (legal aid) peut peut-être le payer.
other-out-basics =
    🍞 Vous pouvez avoir de la nourriture, des vêtements et d'autres aides. Notre équipe vous dira où et quand.
    📞 Sans argent ou sans logement ? Vous pouvez aussi le dire à Migrant Help : 0808 8010 503.
other-out-feelings =
    💚 Beaucoup de personnes ici ressentent la même chose. Vous n'êtes pas seul(e). Parler aide.
    📞 Appelez NHS 111 et choisissez l'option santé mentale, jour et nuit. Ou appelez Samaritans au 116 123.
    💬 Une personne de notre équipe va aussi parler avec vous.

## Taxonomy terms, as people see them next to a service (directory/taxonomy)

tax-accommodation-repairs = Logement des demandeurs d'asile : réparations et problèmes
tax-asylum-support = Aide aux demandeurs d'asile et carte ASPEN
tax-gp-registration = S'inscrire chez un médecin
tax-urgent-health = Aide médicale urgente
tax-urgent-dental = Aide dentaire urgente
tax-routine-dental = Trouver un dentiste
tax-hc2 = Certificat HC2 : soins NHS gratuits
tax-esol-classes = Cours d'anglais
tax-conversation-clubs = Clubs de conversation
tax-immigration-advice = Conseil juridique en immigration
tax-destitution-support = Aide si vous n'avez pas d'argent
tax-night-shelter = Un endroit pour dormir ce soir
tax-food = Nourriture
tax-clothing = Vêtements
tax-mental-health = Santé mentale et émotions
tax-domestic-abuse = Violence ou maltraitance à la maison
tax-exploitation = Travail forcé et exploitation
tax-drop-in = Permanence sans rendez-vous (drop-in)
tax-digital-inclusion = Téléphones, internet et ordinateurs
tax-council-housing = Aide de la mairie (council) pour le logement
tax-welfare-benefits = Allocations et argent après une décision
tax-emergency = Urgence
