## Locale: sq (Albanian, Shqip)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## The crisis safety net. Shown FIRST when a message suggests someone may be in danger.
## Numbers: EM-01 999, EM-03 interpreter, EM-04 press 55, EM-07 NHS 111, EM-08 111 mental
## health option (never print the old local crisis lines, EM-09), EM-11 Samaritans 116 123,
## EM-13 National Domestic Abuse Helpline 0808 2000 247, EM-14 Modern Slavery & Exploitation
## Helpline 08000 121 700, AS-02/AS-03 Migrant Help 0808 8010 503. Never change a number.

crisis-card-suicide =
    💚 Faleminderit që na e thatë. Ju keni rëndësi, dhe nuk jeni vetëm.
    🚨 Nëse mund të veproni sipas këtyre mendimeve tani, telefononi 999 ose shkoni në A&E (urgjenca e spitalit).
    📞 Telefononi NHS 111 dhe zgjidhni opsionin për shëndetin mendor, ditë e natë. Falas.
    📞 Ose telefononi Samaritans në 116 123, ditë e natë. Falas.
crisis-card-violence =
    🚨 Nëse jeni në rrezik tani, telefononi 999. Nëse nuk mund të flisni, shtypni 55.
    🏠 Dhunë ose abuzim në shtëpi: National Domestic Abuse Helpline (linja për dhunën në familje) 0808 2000 247, ditë e natë. Falas.
    💬 Mund të flisni edhe me ekipin tonë këtu.
crisis-card-exploitation =
    🚨 Nëse jeni në rrezik tani, telefononi 999.
    ⛓️ Ju detyrojnë të punoni, ose dikush ju kontrollon: Modern Slavery & Exploitation Helpline (linja për skllavërinë moderne dhe shfrytëzimin) 08000 121 700, ditë e natë. Falas. Kanë përkthyes.
    💬 Mund të flisni edhe me ekipin tonë këtu.
crisis-card-medical =
    🚨 Telefononi 999 tani. Është falas.
    🗣️ Thoni gjuhën tuaj në anglisht, për shembull "Albanian". Prisni një përkthyes.
    🩺 Nuk jeni në rrezik, por keni një sëmundje ose lëndim? Telefononi NHS 111, ditë e natë.
crisis-card-destitution =
    🌙 Na vjen keq që jeni në këtë situatë. Do të përpiqemi t'ju ndihmojmë.
    📞 Telefononi Migrant Help tani: 0808 8010 503 (falas, ditë e natë). Thoni që nuk keni ushqim ose nuk keni ku të flini.
    🚨 Në rrezik? Telefononi 999.
crisis-talk-now = 💬 Flisni me një njeri tani
crisis-safe-button = ✅ Jam në siguri, vazhdo
crisis-team-told = 💬 E njoftuam ekipin tonë. Dikush do t'ju shkruajë këtu sa më shpejt të jetë e mundur.
crisis-safe-thanks = 💚 Faleminderit. Jemi këtu sa herë që keni nevojë për ne.
