## Locale: ur (Urdu, اردو)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Text for staff and volunteers. Alerts show only what a case needs: the need, urgency,
## tier, language and first name. Never add free text from the person.

staff-only = 🔒 یہ صرف Firstport ٹیم کے لیے ہے۔
staff-no-chat = ⚠️ اسٹاف کو الرٹ نہیں بھیجے جا سکتے، کیونکہ STAFF_CHAT_ID سیٹ نہیں ہے۔
staff-alert-ticket =
    🔔 نیا ٹکٹ #{ $ticket }
    ضرورت: { $need } · عجلت: { $urgency } · سطح: { $tier }
    زبان: { $language } · نام: { $name }
staff-alert-crisis =
    🆘 بحران #{ $ticket }: { $category }
    زبان: { $language } · نام: { $name }
    اس شخص کو ایمرجنسی نمبر دکھا دیے گئے ہیں۔ براہ کرم جتنی جلدی ہو سکے جواب دیں۔
staff-need-housing = رہائش
staff-need-aspen = ASPEN کارڈ
staff-need-gp = ڈاکٹر (GP)
staff-need-dentist = دانتوں کا ڈاکٹر
staff-need-esol = انگریزی کی کلاسیں
staff-need-other = کچھ اور
staff-need-talk = کسی شخص سے بات کی درخواست
staff-need-crisis = بحران
staff-urgency-emergency = ایمرجنسی
staff-urgency-urgent = فوری
staff-urgency-soon = جلد
staff-urgency-routine = معمول کا
staff-tier-self-help = اپنی مدد آپ
staff-tier-volunteer = رضاکار
staff-tier-caseworker = کیس ورکر
staff-tier-immigration-adviser = امیگریشن مشیر (IAA Level 2)
staff-category-suicide = خودکشی یا خود کو نقصان پہنچانا
staff-category-violence = تشدد یا بدسلوکی
staff-category-exploitation = استحصال یا انسانی اسمگلنگ
staff-category-medical = طبی ایمرجنسی
staff-category-destitution = بے سہارا ہونے کی ایمرجنسی
staff-category-asked = مدد مانگی (🆘 بٹن)
cases-title = 📋 وہ کیس جن میں کسی شخص کی ضرورت ہے، ہفتہ { $week } ({ $count })
cases-tier = { $tier } ({ $count })
cases-line = • #{ $ticket } { $need } · { $outcome } · { $urgency } · { $language } · { $when }
cases-empty = 📋 ہفتہ { $week } میں کوئی ایسا کیس نہیں جس میں کسی شخص کی ضرورت ہو۔
cases-bad-week = براہ کرم /cases یا /cases last یا /cases 2026-W49 استعمال کریں۔
