## Locale: ku (Kurdish Kurmanji, Kurdî)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## The crisis safety net. Shown FIRST when a message suggests someone may be in danger.
## Numbers: EM-01 999, EM-03 interpreter, EM-04 press 55, EM-07 NHS 111, EM-08 111 mental
## health option (never print the old local crisis lines, EM-09), EM-11 Samaritans 116 123,
## EM-13 National Domestic Abuse Helpline 0808 2000 247, EM-14 Modern Slavery & Exploitation
## Helpline 08000 121 700, AS-02/AS-03 Migrant Help 0808 8010 503. Never change a number.

crisis-card-suicide =
    💚 Spas ku we ji me re got. Hûn girîng in, û hûn ne tenê ne.
    🚨 Heke dibe ku hûn niha van ramanan bi cih bînin, li 999 bigerin an herin A&E (beşa acîl a nexweşxaneyê).
    📞 Li NHS 111 bigerin û beşa tenduristiya derûnî hilbijêrin, şev û roj. Belaş e.
    📞 An jî li Samaritans bigerin: 116 123, şev û roj. Belaş e.
crisis-card-violence =
    🚨 Heke hûn niha di xeterê de ne, li 999 bigerin. Heke hûn nikarin biaxivin, 55 bitikînin.
    🏠 Tundî an destdirêjî li malê: National Domestic Abuse Helpline 0808 2000 247, şev û roj. Belaş e.
    💬 Hûn dikarin li vir bi tîma me re jî biaxivin.
crisis-card-exploitation =
    🚨 Heke hûn niha di xeterê de ne, li 999 bigerin.
    ⛓️ Heke hûn bi zorê têne xebitandin, an kesek we kontrol dike: Modern Slavery & Exploitation Helpline 08000 121 700, şev û roj. Belaş e. Wergêrên wan hene.
    💬 Hûn dikarin li vir bi tîma me re jî biaxivin.
crisis-card-medical =
    🚨 Niha li 999 bigerin. Belaş e.
    🗣️ Zimanê xwe bi Îngilîzî bibêjin, wek mînak "Kurdish Kurmanji". Li benda wergêr bisekinin.
    🩺 Ne di xeterê de ne, lê nexweş an birîndar in? Li NHS 111 bigerin, şev û roj.
crisis-card-destitution =
    🌙 Em xemgîn in ku hûn di vê rewşê de ne. Em ê hewl bidin ku alîkariya we bikin.
    📞 Niha li Migrant Help bigerin: 0808 8010 503 (belaş, şev û roj). Bibêjin ku xwarina we tune an cihekî we yê razanê tune.
    🚨 Di xeterê de ne? Li 999 bigerin.
crisis-talk-now = 💬 Niha bi kesekî re biaxivin
crisis-safe-button = ✅ Ez ewle me, berdewam bike
crisis-team-told = 💬 Me ji tîma xwe re got. Kesek dê zûtirîn li vir ji we re binivîse.
crisis-safe-thanks = 💚 Spas. Her dema ku hûn hewceyî me bin, em li vir in.
