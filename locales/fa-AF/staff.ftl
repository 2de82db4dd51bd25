## Locale: fa-AF (Dari, دری)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Text for staff and volunteers. Alerts show only what a case needs: the need, urgency,
## tier, language and first name. Never add free text from the person.

staff-only = 🔒 این تنها برای تیم Firstport است.
staff-no-chat = ⚠️ متغیر STAFF_CHAT_ID تنظیم نشده است، پس هشدارهای کارمندان فرستاده نمی‌شود.
staff-alert-ticket =
    🔔 تکت جدید #{ $ticket }
    ضرورت: { $need } · عاجل بودن: { $urgency } · سطح: { $tier }
    زبان: { $language } · نام: { $name }
staff-alert-crisis =
    🆘 بحران #{ $ticket }: { $category }
    زبان: { $language } · نام: { $name }
    شماره‌های کمک عاجل به این شخص نشان داده شده است. لطفاً هر چه زودتر جواب بدهید.
staff-need-housing = خانه و رهایش
staff-need-aspen = کارت ASPEN
staff-need-gp = داکتر (GP)
staff-need-dentist = داکتر دندان
staff-need-esol = کورس زبان انگلیسی
staff-need-other = چیز دیگر
staff-need-talk = خواست با یک شخص گپ بزند
staff-need-crisis = بحران
staff-urgency-emergency = اضطراری
staff-urgency-urgent = عاجل
staff-urgency-soon = به زودی
staff-urgency-routine = عادی
staff-tier-self-help = کمک به خود
staff-tier-volunteer = داوطلب
staff-tier-caseworker = مسئول دوسیه
staff-tier-immigration-adviser = مشاور مهاجرت (IAA Level 2)
staff-category-suicide = خودکشی یا آسیب رساندن به خود
staff-category-violence = خشونت یا آزار
staff-category-exploitation = بهره‌کشی یا قاچاق انسان
staff-category-medical = حالت عاجل صحی
staff-category-destitution = حالت عاجل تنگدستی (بی‌پولی یا بی‌خانمانی)
staff-category-asked = کمک خواست (دکمه 🆘)
cases-title = 📋 دوسیه‌هایی که به یک شخص ضرورت دارند، هفته { $week } ({ $count })
cases-tier = { $tier } ({ $count })
cases-line = • #{ $ticket } { $need } · { $outcome } · { $urgency } · { $language } · { $when }
cases-empty = 📋 در هفته { $week } هیچ دوسیه‌ای به یک شخص ضرورت ندارد.
cases-bad-week = از /cases، /cases last، یا /cases 2026-W49 استفاده کنید.
