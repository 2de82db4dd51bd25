## Locale: ps (Pashto, پښتو)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## The crisis safety net. Shown FIRST when a message suggests someone may be in danger.
## Numbers: EM-01 999, EM-03 interpreter, EM-04 press 55, EM-07 NHS 111, EM-08 111 mental
## health option (never print the old local crisis lines, EM-09), EM-11 Samaritans 116 123,
## EM-13 National Domestic Abuse Helpline 0808 2000 247, EM-14 Modern Slavery & Exploitation
## Helpline 08000 121 700, AS-02/AS-03 Migrant Help 0808 8010 503. Never change a number.

crisis-card-suicide =
    💚 مننه چې تاسو موږ ته ووېل. تاسو ارزښت لرئ، او تاسو یوازې نه یاست.
    🚨 که ښايي همدا اوس پر دې فکرونو عمل وکړئ، 999 ته زنګ ووهئ یا A&E ته (د روغتون بیړنۍ برخې ته) لاړ شئ.
    📞 د NHS 111 شمېرې ته زنګ ووهئ او د رواني روغتیا برخه وټاکئ، شپه او ورځ. وړیا دی.
    📞 یا Samaritans ته په 116 123 زنګ ووهئ، شپه او ورځ. وړیا دی.
crisis-card-violence =
    🚨 که همدا اوس په خطر کې یاست، 999 ته زنګ ووهئ. که خبرې نه شئ کولی، 55 کېکاږئ.
    🏠 په کور کې تاوتریخوالی یا ځورونه: National Domestic Abuse Helpline 0808 2000 247، شپه او ورځ. وړیا دی.
    💬 تاسو دلته هم له زموږ ټیم سره خبرې کولی شئ.
crisis-card-exploitation =
    🚨 که همدا اوس په خطر کې یاست، 999 ته زنګ ووهئ.
    ⛓️ که په زور درنه کار اخلي، یا څوک تاسو کنټرولوي: Modern Slavery & Exploitation Helpline 08000 121 700، شپه او ورځ. وړیا دی. ژباړونکي لري.
    💬 تاسو دلته هم له زموږ ټیم سره خبرې کولی شئ.
crisis-card-medical =
    🚨 همدا اوس 999 ته زنګ ووهئ. وړیا دی.
    🗣️ د خپلې ژبې نوم په انګلیسي ووایئ، د بېلګې په توګه "Pashto". د ژباړونکي انتظار وکړئ.
    🩺 په خطر کې نه یاست، خو ناروغ یا ټپي یاست؟ د NHS 111 شمېرې ته زنګ ووهئ، شپه او ورځ.
crisis-card-destitution =
    🌙 موږ خپه یو چې تاسو په دې حالت کې یاست. موږ به هڅه وکړو چې مرسته وکړو.
    📞 همدا اوس Migrant Help ته زنګ ووهئ: 0808 8010 503 (وړیا، شپه او ورځ). ووایئ چې خواړه نه لرئ، یا د ویده کېدو ځای نه لرئ.
    🚨 په خطر کې یاست؟ 999 ته زنګ ووهئ.
crisis-talk-now = 💬 همدا اوس له یو کس سره خبرې وکړئ
crisis-safe-button = ✅ زه خوندي یم، دوام ورکړئ
crisis-team-told = 💬 موږ خپل ټیم ته ووېل. څومره ژر چې وشي، یو څوک به تاسو ته دلته ولیکي.
crisis-safe-thanks = 💚 مننه. هر کله چې موږ ته اړتیا ولرئ، موږ دلته یو.
