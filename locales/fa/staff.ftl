## Locale: fa (Farsi, فارسی)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Text for staff and volunteers. Alerts show only what a case needs: the need, urgency,
## tier, language and first name. Never add free text from the person.

staff-only = 🔒 این فقط برای تیم Firstport است.
staff-no-chat = ⚠️ متغیر STAFF_CHAT_ID تنظیم نشده است، برای همین هشدارهای کارکنان ارسال نمی‌شود.
staff-alert-ticket =
    🔔 درخواست جدید #{ $ticket }
    نیاز: { $need } · فوریت: { $urgency } · سطح: { $tier }
    زبان: { $language } · نام: { $name }
staff-alert-crisis =
    🆘 بحران #{ $ticket }: { $category }
    زبان: { $language } · نام: { $name }
    شماره‌های اضطراری به این شخص نشان داده شده است. لطفاً هر چه زودتر جواب دهید.
staff-need-housing = مسکن
staff-need-aspen = کارت ASPEN
staff-need-gp = پزشک عمومی (GP)
staff-need-dentist = دندانپزشک
staff-need-esol = کلاس زبان انگلیسی
staff-need-other = چیز دیگر
staff-need-talk = خواست با یک نفر صحبت کند
staff-need-crisis = بحران
staff-urgency-emergency = اضطراری
staff-urgency-urgent = فوری
staff-urgency-soon = به‌زودی
staff-urgency-routine = عادی
staff-tier-self-help = خودیاری
staff-tier-volunteer = داوطلب
staff-tier-caseworker = مددکار
staff-tier-immigration-adviser = مشاور مهاجرت (IAA Level 2)
staff-category-suicide = خودکشی یا آسیب به خود
staff-category-violence = خشونت یا آزار
staff-category-exploitation = بهره‌کشی یا قاچاق انسان
staff-category-medical = اورژانس پزشکی
staff-category-destitution = بی‌پولی یا بی‌سرپناهی اضطراری
staff-category-asked = درخواست کمک کرد (دکمه 🆘)
cases-title = 📋 پرونده‌هایی که به یک نفر نیاز دارند، هفته { $week } ({ $count })
cases-tier = { $tier } ({ $count })
cases-line = • #{ $ticket } { $need } · { $outcome } · { $urgency } · { $language } · { $when }
cases-empty = 📋 در هفته { $week } هیچ پرونده‌ای نیست که به یک نفر نیاز داشته باشد.
cases-bad-week = از /cases یا /cases last یا /cases 2026-W49 استفاده کنید.
