## Locale: fa-AF (Dari, دری)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## The crisis safety net. Shown FIRST when a message suggests someone may be in danger.
## Numbers: EM-01 999, EM-03 interpreter, EM-04 press 55, EM-07 NHS 111, EM-08 111 mental
## health option (never print the old local crisis lines, EM-09), EM-11 Samaritans 116 123,
## EM-13 National Domestic Abuse Helpline 0808 2000 247, EM-14 Modern Slavery & Exploitation
## Helpline 08000 121 700, AS-02/AS-03 Migrant Help 0808 8010 503. Never change a number.

crisis-card-suicide =
    💚 تشکر که به ما گفتید. شما ارزش دارید، و تنها نیستید.
    🚨 اگر فکر می‌کنید که همین حالا ممکن است به این فکرها عمل کنید، به 999 زنگ بزنید یا به A&E (بخش عاجل شفاخانه) بروید.
    📞 به NHS 111 زنگ بزنید و گزینه صحت روانی را انتخاب کنید، شب و روز. رایگان است.
    📞 یا به Samaritans به شماره 116 123 زنگ بزنید، شب و روز. رایگان است.
crisis-card-violence =
    🚨 اگر همین حالا در خطر هستید، به 999 زنگ بزنید. اگر گپ زده نمی‌توانید، 55 را فشار دهید.
    🏠 خشونت یا آزار در خانه: National Domestic Abuse Helpline (خط کمک ملی برای خشونت خانگی) 0808 2000 247، شب و روز. رایگان است.
    💬 اینجا هم می‌توانید با تیم ما گپ بزنید.
crisis-card-exploitation =
    🚨 اگر همین حالا در خطر هستید، به 999 زنگ بزنید.
    ⛓️ اگر شما را به زور به کار وادار می‌کنند، یا کسی شما را کنترول می‌کند: Modern Slavery & Exploitation Helpline (خط کمک برای برده‌داری مدرن و بهره‌کشی) 08000 121 700، شب و روز. رایگان است. آن‌ها ترجمان دارند.
    💬 اینجا هم می‌توانید با تیم ما گپ بزنید.
crisis-card-medical =
    🚨 همین حالا به 999 زنگ بزنید. رایگان است.
    🗣️ نام زبان خود را به انگلیسی بگویید، مثلاً "Dari". منتظر ترجمان باشید.
    🩺 در خطر نیستید، اما مریض یا زخمی هستید؟ به NHS 111 زنگ بزنید، شب و روز.
crisis-card-destitution =
    🌙 متأسفیم که در این وضعیت هستید. کوشش می‌کنیم کمک کنیم.
    📞 همین حالا به Migrant Help زنگ بزنید: 0808 8010 503 (رایگان، شب و روز). بگویید که غذا ندارید یا جایی برای خوابیدن ندارید.
    🚨 در خطر هستید؟ به 999 زنگ بزنید.
crisis-talk-now = 💬 همین حالا با یک شخص گپ بزنید
crisis-safe-button = ✅ در امان هستم، ادامه بده
crisis-team-told = 💬 به تیم خود خبر دادیم. یک نفر هر چه زودتر اینجا برای شما می‌نویسد.
crisis-safe-thanks = 💚 تشکر. هر وقت به ما ضرورت داشتید، ما اینجا هستیم.
