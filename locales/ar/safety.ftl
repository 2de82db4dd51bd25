## Locale: ar (Arabic, العربية)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## The crisis safety net. Shown FIRST when a message suggests someone may be in danger.
## Numbers: EM-01 999, EM-03 interpreter, EM-04 press 55, EM-07 NHS 111, EM-08 111 mental
## health option (never print the old local crisis lines, EM-09), EM-11 Samaritans 116 123,
## EM-13 National Domestic Abuse Helpline 0808 2000 247, EM-14 Modern Slavery & Exploitation
## Helpline 08000 121 700, AS-02/AS-03 Migrant Help 0808 8010 503. Never change a number.

crisis-card-suicide =
    💚 شكرًا لأنك أخبرتنا. وجودك مهم، ولست وحدك.
    🚨 إذا كنت تشعر أنك قد تنفّذ هذه الأفكار الآن، اتصل بالرقم 999 أو اذهب إلى A&E (قسم الطوارئ في المستشفى).
    📞 اتصل بـ NHS 111 واختر خيار الصحة النفسية، ليلًا ونهارًا. الاتصال مجاني.
    📞 أو اتصل بـ Samaritans على 116 123، ليلًا ونهارًا. الاتصال مجاني.
crisis-card-violence =
    🚨 إذا كنت في خطر الآن، اتصل بالرقم 999. إذا لم تستطع الكلام، اضغط 55.
    🏠 عنف أو إساءة في البيت: National Domestic Abuse Helpline (خط المساعدة الوطني للعنف الأسري) 0808 2000 247، ليلًا ونهارًا. مجاني.
    💬 يمكنك أيضًا التحدث مع فريقنا هنا.
crisis-card-exploitation =
    🚨 إذا كنت في خطر الآن، اتصل بالرقم 999.
    ⛓️ إذا أُجبرت على العمل، أو يتحكم بك شخص ما: Modern Slavery & Exploitation Helpline (خط المساعدة للعبودية الحديثة والاستغلال) 08000 121 700، ليلًا ونهارًا. مجاني. لديهم مترجمون.
    💬 يمكنك أيضًا التحدث مع فريقنا هنا.
crisis-card-medical =
    🚨 اتصل بالرقم 999 الآن. الاتصال مجاني.
    🗣️ قل اسم لغتك بالإنجليزية، مثلًا "Arabic". انتظر المترجم.
    🩺 لست في خطر، لكنك مريض أو مصاب؟ اتصل بـ NHS 111، ليلًا ونهارًا.
crisis-card-destitution =
    🌙 نأسف لأنك في هذا الوضع. سنحاول أن نساعدك.
    📞 اتصل بـ Migrant Help الآن: 0808 8010 503 (مجاني، ليلًا ونهارًا). قل إنه ليس لديك طعام، أو ليس لديك مكان تنام فيه.
    🚨 في خطر؟ اتصل بالرقم 999.
crisis-talk-now = 💬 التحدث مع شخص الآن
crisis-safe-button = ✅ أنا بأمان، تابع
crisis-team-told = 💬 أخبرنا فريقنا. سيكتب لك شخص هنا في أسرع وقت ممكن.
crisis-safe-thanks = 💚 شكرًا لك. نحن هنا كلما احتجت إلينا.
