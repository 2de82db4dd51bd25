## Locale: ar (Arabic, العربية)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Text for staff and volunteers. Alerts show only what a case needs: the need, urgency,
## tier, language and first name. Never add free text from the person.

staff-only = 🔒 هذا لفريق Firstport فقط.
staff-no-chat = ⚠️ لم يتم ضبط STAFF_CHAT_ID، لذلك لا يمكن نشر تنبيهات الفريق.
staff-alert-ticket =
    🔔 تذكرة جديدة #{ $ticket }
    الحاجة: { $need } · الاستعجال: { $urgency } · المستوى: { $tier }
    اللغة: { $language } · الاسم: { $name }
staff-alert-crisis =
    🆘 أزمة #{ $ticket }: { $category }
    اللغة: { $language } · الاسم: { $name }
    عُرضت أرقام الطوارئ على الشخص. يرجى الرد في أسرع وقت ممكن.
staff-need-housing = السكن
staff-need-aspen = بطاقة ASPEN
staff-need-gp = الطبيب (GP)
staff-need-dentist = طبيب الأسنان
staff-need-esol = دروس اللغة الإنجليزية
staff-need-other = شيء آخر
staff-need-talk = طلب التحدث مع شخص
staff-need-crisis = أزمة
staff-urgency-emergency = طارئ
staff-urgency-urgent = عاجل
staff-urgency-soon = قريبًا
staff-urgency-routine = عادي
staff-tier-self-help = مساعدة ذاتية
staff-tier-volunteer = متطوع
staff-tier-caseworker = مسؤول حالة
staff-tier-immigration-adviser = مستشار هجرة (IAA Level 2)
staff-category-suicide = انتحار أو إيذاء النفس
staff-category-violence = عنف أو إساءة
staff-category-exploitation = استغلال أو اتجار بالبشر
staff-category-medical = حالة طبية طارئة
staff-category-destitution = عوز شديد طارئ (بلا مال أو مأوى)
staff-category-asked = طلب المساعدة (زر 🆘)
cases-title = 📋 حالات تحتاج إلى شخص، الأسبوع { $week } ({ $count })
cases-tier = { $tier } ({ $count })
cases-line = • #{ $ticket } { $need } · { $outcome } · { $urgency } · { $language } · { $when }
cases-empty = 📋 لا توجد حالات تحتاج إلى شخص في الأسبوع { $week }.
cases-bad-week = استعمل /cases، أو /cases last، أو /cases 2026-W49.
