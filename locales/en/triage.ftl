## Locale: en (English)
## Drafted by: Firstport engineering team, 2026-12-01 (source language)
## Review status: source text; caseworker review of the advice pending
##
## Triage flows (flows/*.yaml). Facts come from shared/reference/domain-facts.md; the fact ids
## are in the comments. Keep every outcome to 2-4 short lines. Never change a number.

## Shared buttons and lines

triage-next = ➡️ Next
triage-talk = 💬 Talk to a person
triage-helped-question = Did this help?
triage-helped-yes = 👍 Yes
triage-helped-no = 👎 No
triage-feedback-thanks = 🙏 Thank you for telling us.
triage-signposts = 📍 Where to get help:
triage-signpost-phone = • { $name }: { $phone }
triage-signpost-name = • { $name }
triage-needs-consent = 🔒 To pass this to a person, we need to keep a little information. Please read this first.

## Tickets: what happens next

ticket-opened-hours = 💬 We have passed this to our team. Someone will reply in this chat. We usually reply within a few hours, in working hours.
ticket-opened-away = 💬 We have passed this to our team. The team is not working now. They will reply from { $opens }.
    If it is urgent: in danger, call 999. Ill, call NHS 111. To talk to someone now, call Samaritans on 116 123.
ticket-already-open = 💬 Our team already has your question. They will reply in this chat.

## Housing (AS-02, AS-03, AC-03, AC-04, AC-05, MO-01, MO-02, MO-04, MO-05, MO-06, EM-17, EM-18)

housing-title = 🏠 Housing
housing-q-start = 🏠 What is the problem with your housing?
housing-opt-repair = 🔧 Something is broken
housing-opt-unsafe = 😟 I feel unsafe where I live
housing-opt-move = 🚚 Moving, or a new address
housing-opt-notice = 📄 A letter says I must leave
housing-opt-nowhere = 🌙 Nowhere to sleep tonight
housing-q-repair = 🔧 What is broken?
housing-opt-gas = 🔥 I smell gas
housing-opt-heating = 🌡️ No heating or hot water
housing-opt-water = 🚱 No water
housing-opt-power = ⚡ No electricity
housing-opt-building = 🏚️ The building is not safe
housing-opt-locked = 🔑 I am locked out
housing-opt-other-repair = 🔧 Something else
housing-q-cold = 🌡️ Is it winter, or is your home very cold?
housing-opt-cold-yes = ❄️ Yes
housing-opt-cold-no = ☀️ No
housing-out-gas =
    🔥 Gas can be dangerous.
    🚪 Open the windows. Do not use switches, flames or cigarettes. Leave the building.
    📞 Call the gas emergency line: 0800 111 999. In danger? Call 999.
    📞 Then tell Migrant Help: 0808 8010 503 (free, day or night).
housing-out-emergency =
    🚨 This is an emergency repair.
    📞 Call Migrant Help now: 0808 8010 503 (free, day or night). Say "emergency repair".
    📝 Write down the day and time you called.
housing-out-routine =
    🔧 Report the repair to Migrant Help: 0808 8010 503 (free, day or night), or by webchat or email.
    📝 Write down the day you reported it.
    ⏳ If you complain, the housing provider must answer within 5 working days.
housing-out-unsafe =
    🚨 In danger now? Call 999.
    📞 Tell Migrant Help: 0808 8010 503. They take reports of harassment and antisocial behaviour.
    🛡️ For a hate crime, call the police on 101, or report it online with True Vision.
housing-out-move =
    🏠 Asylum housing is "no choice": the Home Office decides where you live.
    ♿ If your housing does not suit a need, like a disability, tell your housing officer and Migrant Help: 0808 8010 503.
    🩺 After a move, register with a new doctor near you.
housing-q-notice = 📄 What does the letter say?
housing-opt-granted = ✅ I got refugee status (leave to remain)
housing-opt-refused = ❌ My asylum claim was refused
housing-opt-unsure = ❔ I do not understand it
housing-out-granted =
    ✅ Your asylum housing and money will stop soon: at least 28 days after your decision, sometimes 56 days.
    🏛️ Today: contact the council's homelessness team. The council must help you.
    💷 Claim Universal Credit now. You do not need a National Insurance number to start.
housing-out-refused =
    ⚠️ After a refusal, support usually stops after 21 days, unless you appeal or have a child under 18.
    ⏳ Time limits to appeal are short. Talk to a regulated immigration adviser or solicitor now.
    🏠 You may be able to get Section 4 support.
housing-out-unsure =
    📄 Bring the letter to the drop-in. We will read it with you.
    📷 Please do not send photos of your letters in this chat.
housing-out-nowhere =
    🌙 Call Migrant Help now: 0808 8010 503 (free, day or night). Say you have nowhere to sleep tonight.
    🏛️ If you have refugee status, go to the council's homelessness team today.
    🚨 In danger? Call 999.
housing-followup-repair = 🔧 Last week you told us about a repair. Has it been fixed?

## ASPEN card (AS-02, AS-03, AS-09, AS-10, AS-11, AS-12, EM-06)

aspen-title = 💳 ASPEN card
aspen-q-start = 💳 What is the problem with your ASPEN card?
aspen-opt-lost = 🔍 Lost or stolen
aspen-opt-broken = 🚫 Not working, or a PIN problem
aspen-opt-payment = 💷 My money did not arrive
aspen-opt-never = 📭 My card never arrived
aspen-opt-stopped = ⛔ My support was stopped
aspen-out-lost =
    📞 Call Migrant Help: 0808 8010 503 (free, day or night).
    🗣️ Say: "My ASPEN card is lost" (or "stolen"). Ask for an emergency cash payment until the new card comes.
    👮 If it was stolen, you can also tell the police on 101.
aspen-out-broken =
    🛒 Use the card only in shops that take Mastercard.
    📞 Call Migrant Help: 0808 8010 503. Say: "My ASPEN card is not working".
    🔒 Never tell anyone your PIN. Not even us.
aspen-out-payment =
    📞 Call Migrant Help: 0808 8010 503 (free, day or night).
    🗣️ Say: "My ASPEN payment did not arrive". Ask for an emergency cash payment.
    🍞 No money for food today? Tell us with the button below.
aspen-out-never =
    📞 Call Migrant Help: 0808 8010 503 (free, day or night).
    🗣️ Say: "My ASPEN card has not arrived".
    📄 Have your asylum support letter near you when you call.
aspen-out-stopped =
    ⚠️ If your support was stopped or refused, you can appeal.
    ⏳ The tribunal must get your appeal within 3 days of you getting the letter. Act today.
    ⚖️ ASAP (Asylum Support Appeals Project) gives free advice. We can help you contact them.
aspen-followup = 💳 A few days ago you told us about your ASPEN card. Is it working now?

## Doctor (GP) (HE-01, HE-02, HE-03, HE-04, HE-05, EM-01, EM-07)

gp-title = 🩺 Doctor (GP)
gp-q-start = 🩺 What do you need?
gp-opt-register = 📝 Register with a doctor
gp-opt-refused = 🚫 A GP surgery said no
gp-opt-unwell = 🤒 I feel unwell now
gp-opt-certificate = 🧾 HC2 certificate (free medicines)
gp-info-rights =
    ✅ Anyone in England can register with a GP. It is free.
    🚫 You do NOT need proof of address, ID, immigration status or an NHS number.
gp-out-register =
    🔍 Find a GP surgery near you.
    📝 Ask for form GMS1, or use the surgery's online form. You can give a temporary address, or the surgery's address.
    🗣️ You can ask for a free interpreter.
gp-out-refused =
    ⚖️ A surgery can say no only for a few reasons, for example a full list. It must tell you why in writing.
    🩺 It must still give you emergency treatment.
    📞 Doctors of the World: 0808 1647 686, Monday to Friday, 10:00 to 12:00. They have interpreters.
gp-q-unwell = 🤒 How bad is it?
gp-opt-danger = 🚨 Someone's life is in danger
gp-opt-today = 🤒 I need help today, not an emergency
gp-out-999 =
    🚨 Call 999 now. It is free.
    🗣️ Say your language in English, for example "Arabic". Wait for an interpreter.
gp-out-111 =
    📞 Call NHS 111, or use 111 online. It is free, day or night.
    🗣️ Say your language to get an interpreter.
gp-q-hc2 = 🧾 Which support do you get from the Home Office?
gp-opt-s95 = 🏠 Section 95 (waiting for a decision)
gp-opt-s4 = 📄 Section 98 or Section 4
gp-opt-hc2-unsure = ❔ I do not know
gp-out-hc2-s95 =
    📬 With Section 95, the HC2 certificate comes by post within 21 days of your support letter.
    📞 Not arrived? Call Migrant Help: 0808 8010 503.
    🧾 HC2 gives free medicines, dental care, eye tests and help with travel to hospital. Check its end date.
gp-out-hc2-hc1 =
    📝 Fill in form HC1 to get an HC2 certificate. We can help at the drop-in.
    📞 NHS Business Services Authority: 0300 330 1343.
gp-out-hc2-unsure =
    📄 Bring your Home Office support letter to the drop-in. We will check it with you.
gp-followup = 🩺 Last week you asked about a doctor. Did you manage to register with a GP?

## Dentist (HE-05, HE-06, HE-07, HE-08, EM-07)

dentist-title = 🦷 Dentist
dentist-q-start = 🦷 What do you need?
dentist-opt-pain = 😣 Pain or swelling
dentist-opt-find = 🔍 Find an NHS dentist
dentist-opt-missed = 📅 I missed my appointment
dentist-opt-free = 🧾 Free treatment (HC2)
dentist-q-redflags =
    ⚠️ Is any of this happening?
    • Swelling near your eye or in your neck
    • It is hard to breathe or swallow
    • Bleeding that will not stop
    • A bad injury to your face or jaw
dentist-opt-redflags-yes = 🚨 Yes
dentist-opt-redflags-no = ✅ No
dentist-out-ae =
    🚨 Go to A&E (hospital emergency department) now, or call 999.
    🚗 Do not drive yourself.
dentist-out-urgent =
    📞 Call your dentist. No dentist? Call NHS 111, or use 111 online. You do not need to be registered.
    🗣️ Say your language to get an interpreter.
    🧾 Take your HC2 certificate if you have one.
dentist-out-find =
    🔍 Use the NHS "Find a dentist" service, then phone the dentists. There is no registration and no area.
    📞 None has space? Call NHS England: 0300 311 2233.
    🧾 With an HC2 certificate, NHS treatment is free.
dentist-out-missed =
    📞 Call the dentist as soon as you can. Say why you missed it. Ask for a new appointment.
    😣 In pain now? Call NHS 111.
    💬 We can help you call, or plan the journey.
dentist-out-free =
    🧾 With an HC2 certificate, NHS dental treatment is free.
    📬 Section 95: it comes by post. Section 98 or 4: fill in form HC1.
dentist-followup = 🦷 A few days ago you told us about tooth pain. Did you get help?

## English classes (ESOL) (ES-01, ES-02, ES-03, ES-04)

esol-title = 📚 English classes
esol-q-start = 📚 English classes. Which is true for you?
esol-opt-refugee = ✅ I am a refugee (leave to remain)
esol-opt-waiting = ⏳ I am waiting for a decision
esol-opt-refused = ❌ My claim was refused
esol-opt-register = 📝 Register at the drop-in
esol-q-waited = ⏳ How long ago did you claim asylum?
esol-opt-under6 = 🗓️ Less than 6 months
esol-opt-over6 = 📅 6 months or more
esol-out-refugee =
    ✅ You can get funded English (ESOL) classes. There is no waiting time.
    📝 Register at the drop-in, or see the classes below.
esol-out-funded =
    ✅ After 6 months of waiting, you can get funded English (ESOL) classes.
    🏛️ Rules are different in each area. Register at the drop-in and they will check for you.
esol-out-early =
    ⏳ Funded classes usually start after 6 months of waiting.
    🗣️ Free conversation clubs and volunteer classes are open to you now.
    📝 Register at the drop-in to start as soon as you can.
esol-out-clubs =
    🗣️ Free conversation clubs and community classes are open to everyone.
    📝 Ask at the drop-in.
esol-out-register =
    📝 The drop-in registers you for English classes, so you can start soon.
    🪪 Bring any ID you have.
esol-followup = 📚 Two weeks ago you asked about English classes. Have you started a class?

## Something else (IA-01, IA-02, IA-03, IA-04, EM-08, EM-11)

other-title = ❔ Something else
other-q-start = ❔ What is it about?
other-opt-person = 💬 I want to talk to a person
other-opt-legal = ⚖️ My asylum case, or a Home Office letter
other-opt-basics = 🍞 Food, clothes or money
other-opt-feelings = 💭 Stress, sadness or sleep
other-opt-unsure = ❔ I do not know
other-out-person =
    💬 A person from our team will write to you here.
other-out-legal =
    ⚖️ We cannot give advice about your own case. Only a regulated immigration adviser or solicitor can.
    🤝 We will help you find one. Legal aid may pay for it.
other-out-basics =
    🍞 You can get food, clothes and other help. Our team will tell you where and when.
    📞 Destitute or homeless? You can also tell Migrant Help: 0808 8010 503.
other-out-feelings =
    💚 Many people here feel this way. You are not alone. Talking helps.
    📞 Call NHS 111 and choose the mental health option, day or night. Or call Samaritans on 116 123.
    💬 Someone from our team will also talk with you.

## Taxonomy terms, as people see them next to a service (directory/taxonomy)

tax-accommodation-repairs = Asylum housing repairs and problems
tax-asylum-support = Asylum support and ASPEN card
tax-gp-registration = Registering with a doctor
tax-urgent-health = Urgent health help
tax-urgent-dental = Urgent dental help
tax-routine-dental = Finding a dentist
tax-hc2 = HC2 certificate: free NHS costs
tax-esol-classes = English classes
tax-conversation-clubs = Conversation clubs
tax-immigration-advice = Immigration legal advice
tax-destitution-support = Help if you have no money
tax-night-shelter = A place to sleep tonight
tax-food = Food
tax-clothing = Clothes
tax-mental-health = Mental health and feelings
tax-domestic-abuse = Violence or abuse at home
tax-exploitation = Forced work and exploitation
tax-drop-in = Drop-in
tax-digital-inclusion = Phones, internet and computers
tax-council-housing = Council help with housing
tax-welfare-benefits = Benefits and money after a decision
tax-emergency = Emergency
