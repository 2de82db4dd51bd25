## Locale: ckb (Kurdish Sorani, کوردی)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Text for staff and volunteers. Alerts show only what a case needs: the need, urgency,
## tier, language and first name. Never add free text from the person.

staff-only = 🔒 ئەمە تەنها بۆ تیمی Firstport دانراوە.
staff-no-chat = ⚠️ ئاگادارییەکانی ستاف نانێردرێن، چونکە STAFF_CHAT_ID دانەنراوە.
staff-alert-ticket =
    🔔 تیکێتی نوێ #{ $ticket }
    پێویستی: { $need } · پەلە: { $urgency } · ئاست: { $tier }
    زمان: { $language } · ناو: { $name }
staff-alert-crisis =
    🆘 قەیران #{ $ticket }: { $category }
    زمان: { $language } · ناو: { $name }
    ژمارەکانی سەلامەتی پیشانی ئەم کەسە دراون. تکایە هەرچی زووە وەڵام بدەنەوە.
staff-need-housing = خانوو
staff-need-aspen = کارتی ASPEN
staff-need-gp = دکتۆر (GP)
staff-need-dentist = دکتۆری ددان
staff-need-esol = خولی زمانی ئینگلیزی
staff-need-other = شتێکی تر
staff-need-talk = داوای کەسێکی کرد
staff-need-crisis = قەیران
staff-urgency-emergency = فریاکەوتن
staff-urgency-urgent = بەپەلە
staff-urgency-soon = بەم زووانە
staff-urgency-routine = ئاسایی
staff-tier-self-help = یارمەتیی خۆ
staff-tier-volunteer = خۆبەخش
staff-tier-caseworker = کارمەندی دۆسیە (caseworker)
staff-tier-immigration-adviser = ڕاوێژکاری کۆچ (IAA Level 2)
staff-category-suicide = خۆکوشتن یان ئازاردانی خۆ
staff-category-violence = توندوتیژی یان ئازاردان
staff-category-exploitation = چەوساندنەوە یان بازرگانی بە مرۆڤ
staff-category-medical = فریاکەوتنی پزیشکی
staff-category-destitution = بێ دەرامەتیی بەپەلە
staff-category-asked = داوای یارمەتی کرد (دوگمەی 🆘)
cases-title = 📋 ئەو دۆسیانەی پێویستیان بە کەسێکە، هەفتەی { $week } ({ $count })
cases-tier = { $tier } ({ $count })
cases-line = • #{ $ticket } { $need } · { $outcome } · { $urgency } · { $language } · { $when }
cases-empty = 📋 لە هەفتەی { $week } دا هیچ دۆسیەیەک نییە کە پێویستی بە کەسێک بێت.
cases-bad-week = ئەمانە بەکاربهێنن: /cases یان /cases last یان /cases 2026-W49.
