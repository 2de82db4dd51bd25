## Locale: so (Somali, Soomaali)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## The crisis safety net. Shown FIRST when a message suggests someone may be in danger.
## Numbers: EM-01 999, EM-03 interpreter, EM-04 press 55, EM-07 NHS 111, EM-08 111 mental
## health option (never print the old local crisis lines, EM-09), EM-11 Samaritans 116 123,
## EM-13 National Domestic Abuse Helpline 0808 2000 247, EM-14 Modern Slavery & Exploitation
## Helpline 08000 121 700, AS-02/AS-03 Migrant Help 0808 8010 503. Never change a number.

crisis-card-suicide =
    💚 Mahadsanid inaad noo sheegtay. Adigu waad muhiim tahay, kaligaana ma tihid.
    🚨 Haddii ay dhici karto inaad hadda ku dhaqanto fikradahan, wac 999 ama tag A&E (qaybta degdegga ee isbitaalka).
    📞 Wac NHS 111 oo dooro caafimaadka maskaxda, habeen iyo maalin. Waa bilaash.
    📞 Ama wac Samaritans 116 123, habeen iyo maalin. Waa bilaash.
crisis-card-violence =
    🚨 Haddii aad hadda khatar ku jirto, wac 999. Haddii aadan hadli karin, riix 55.
    🏠 Rabshad ama xadgudub guriga dhexdiisa ah: National Domestic Abuse Helpline (khadka xadgudubka qoyska) 0808 2000 247, habeen iyo maalin. Waa bilaash.
    💬 Sidoo kale halkan kula hadli kartaa kooxdayada.
crisis-card-exploitation =
    🚨 Haddii aad hadda khatar ku jirto, wac 999.
    ⛓️ Haddii lagu qasbay inaad shaqayso, ama qof uu ku xakameeyo: Modern Slavery & Exploitation Helpline 08000 121 700, habeen iyo maalin. Waa bilaash. Waxay haystaan turjubaanno.
    💬 Sidoo kale halkan kula hadli kartaa kooxdayada.
crisis-card-medical =
    🚨 Hadda wac 999. Waa bilaash.
    🗣️ Luqaddaada ku sheeg Ingiriisi, tusaale ahaan "Somali". Sug turjubaan.
    🩺 Khatar kuma jirtid, laakiin waad jiran tahay ama waad dhaawacantay? Wac NHS 111, habeen iyo maalin.
crisis-card-destitution =
    🌙 Waan ka xunnahay inaad xaaladdan ku jirto. Waan isku dayi doonnaa inaan ku caawinno.
    📞 Hadda wac Migrant Help: 0808 8010 503 (bilaash, habeen iyo maalin). U sheeg inaadan haysan cunto ama meel aad seexato.
    🚨 Khatar ma ku jirtaa? Wac 999.
crisis-talk-now = 💬 Hadda la hadal qof
crisis-safe-button = ✅ Ammaan baan ahay, sii wad
crisis-team-told = 💬 Waxaan u sheegnay kooxdayada. Qof ayaa halkan kuugu soo qori doona sida ugu dhakhsaha badan.
crisis-safe-thanks = 💚 Mahadsanid. Halkan ayaan joognaa mar kasta oo aad na u baahato.
