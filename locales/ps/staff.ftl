## Locale: ps (Pashto, پښتو)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Text for staff and volunteers. Alerts show only what a case needs: the need, urgency,
## tier, language and first name. Never add free text from the person.

staff-only = 🔒 دا یوازې د Firstport ټیم لپاره دی.
staff-no-chat = ⚠️ د کارکوونکو خبرتیاوې نه شي لېږل کېدای، ځکه چې STAFF_CHAT_ID نه دی ټاکل شوی.
staff-alert-ticket =
    🔔 نوی ټکټ #{ $ticket }
    اړتیا: { $need } · بیړنیتوب: { $urgency } · کچه: { $tier }
    ژبه: { $language } · نوم: { $name }
staff-alert-crisis =
    🆘 بحران #{ $ticket }: { $category }
    ژبه: { $language } · نوم: { $name }
    دې کس ته د خوندیتوب شمېرې ښودل شوې دي. مهرباني وکړئ څومره ژر چې کولی شئ ځواب ورکړئ.
staff-need-housing = کور او استوګنه
staff-need-aspen = د ASPEN کارت
staff-need-gp = ډاکټر (GP)
staff-need-dentist = د غاښونو ډاکټر
staff-need-esol = د انګلیسي ژبې کورسونه
staff-need-other = بل څه
staff-need-talk = د یو کس غوښتنه یې وکړه
staff-need-crisis = بحران
staff-urgency-emergency = بیړنی حالت
staff-urgency-urgent = بیړنی
staff-urgency-soon = ژر
staff-urgency-routine = عادي
staff-tier-self-help = پخپله مرسته
staff-tier-volunteer = رضاکار
staff-tier-caseworker = د دوسیې کارکوونکی (caseworker)
staff-tier-immigration-adviser = مهاجرتي مشاور (IAA Level 2)
staff-category-suicide = ځان وژنه یا ځان ته زیان رسول
staff-category-violence = تاوتریخوالی یا ځورونه
staff-category-exploitation = استثمار یا قاچاق
staff-category-medical = طبي بیړنی حالت
staff-category-destitution = د بې وزلۍ بیړنی حالت
staff-category-asked = مرسته یې وغوښته (🆘 تڼۍ)
cases-title = 📋 هغه دوسیې چې یو کس ته اړتیا لري، اونۍ { $week } ({ $count })
cases-tier = { $tier } ({ $count })
cases-line = • #{ $ticket } { $need } · { $outcome } · { $urgency } · { $language } · { $when }
cases-empty = 📋 په اونۍ { $week } کې هېڅ داسې دوسیه نشته چې یو کس ته اړتیا ولري.
cases-bad-week = دا وکاروئ: /cases یا /cases last یا /cases 2026-W49.
