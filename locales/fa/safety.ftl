## Locale: fa (Farsi, فارسی)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## The crisis safety net. Shown FIRST when a message suggests someone may be in danger.
## Numbers: EM-01 999, EM-03 interpreter, EM-04 press 55, EM-07 NHS 111, EM-08 111 mental
## health option (never print the old local crisis lines, EM-09), EM-11 Samaritans 116 123,
## EM-13 National Domestic Abuse Helpline 0808 2000 247, EM-14 Modern Slavery & Exploitation
## Helpline 08000 121 700, AS-02/AS-03 Migrant Help 0808 8010 503. Never change a number.

crisis-card-suicide =
    💚 ممنون که به ما گفتید. شما مهم هستید و تنها نیستید.
    🚨 اگر ممکن است همین حالا به این فکرها عمل کنید، با 999 تماس بگیرید یا به A&E (اورژانس بیمارستان) بروید.
    📞 با NHS 111 تماس بگیرید و گزینه سلامت روان را انتخاب کنید، شب و روز. رایگان است.
    📞 یا با Samaritans به شماره 116 123 تماس بگیرید، شب و روز. رایگان است.
crisis-card-violence =
    🚨 اگر همین حالا در خطر هستید، با 999 تماس بگیرید. اگر نمی‌توانید حرف بزنید، 55 را بزنید.
    🏠 خشونت یا آزار در خانه: National Domestic Abuse Helpline (خط کمک خشونت خانگی) 0808 2000 247، شب و روز. رایگان است.
    💬 اینجا هم می‌توانید با تیم ما صحبت کنید.
crisis-card-exploitation =
    🚨 اگر همین حالا در خطر هستید، با 999 تماس بگیرید.
    ⛓️ اگر به زور از شما کار می‌کشند، یا کسی شما را کنترل می‌کند: Modern Slavery & Exploitation Helpline (خط کمک برده‌داری نوین و بهره‌کشی) 08000 121 700، شب و روز. رایگان است. مترجم دارند.
    💬 اینجا هم می‌توانید با تیم ما صحبت کنید.
crisis-card-medical =
    🚨 همین حالا با 999 تماس بگیرید. رایگان است.
    🗣️ نام زبانتان را به انگلیسی بگویید، مثلاً "Farsi". منتظر مترجم بمانید.
    🩺 در خطر نیستید، اما بیمار یا زخمی هستید؟ با NHS 111 تماس بگیرید، شب و روز.
crisis-card-destitution =
    🌙 متأسفیم که در این وضعیت هستید. سعی می‌کنیم کمک کنیم.
    📞 همین حالا با Migrant Help تماس بگیرید: 0808 8010 503 (رایگان، شب و روز). بگویید غذا یا جایی برای خوابیدن ندارید.
    🚨 در خطر هستید؟ با 999 تماس بگیرید.
crisis-talk-now = 💬 صحبت با یک نفر، همین حالا
crisis-safe-button = ✅ در امان هستم، ادامه
crisis-team-told = 💬 به تیم خودمان خبر دادیم. یک نفر هر چه زودتر اینجا برایتان می‌نویسد.
crisis-safe-thanks = 💚 ممنون. هر وقت به ما نیاز داشتید، اینجا هستیم.
