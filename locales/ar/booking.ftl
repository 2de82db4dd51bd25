## Locale: ar (Arabic, العربية)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📅 Drop-in: sessions, booking, the waitlist, reminders, closures; then the staff lists.
## Site names and addresses come from the directory and stay as they are.

menu-dropin = 📅 مركز الاستقبال (drop-in)

## Who attends (rota roles in directory/dropin/*.yaml) and what to bring

dropin-role-casework = 🏠 مساعدة في السكن وبطاقة ASPEN
dropin-role-esol = 📚 التسجيل في دروس اللغة الإنجليزية
dropin-role-health = 🩺 التسجيل عند الطبيب وطبيب الأسنان
dropin-role-welfare = 🤝 طعام وملابس ومساعدات أخرى
dropin-bring-casework = أي رسائل عن سكنك أو عن دعم اللجوء. وصور مشاكل الإصلاح، إذا كانت لديك.
dropin-bring-esol = أي وثيقة هوية لديك.
dropin-bring-health = أي رسائل من طبيب أو طبيب أسنان أو مستشفى.
dropin-bring-welfare = أي رسائل تريد المساعدة فيها.

## The drop-in screen

booking-intro = 📅 مركز الاستقبال (drop-in): مساعدة مجانية وجهًا لوجه. يمكنك أن تأتي مباشرة، أو أن تحجز وقتًا.
booking-session-line = 📍 { $site } · { $day } · { $start }–{ $end }
booking-session-who = 👥 { $roles }
booking-session-closed = ⛔ { $site } · { $day }: مغلق
booking-times-unconfirmed = ⚠️ قد تتغيّر هذه الأوقات. يرجى التأكد منها قبل أن تذهب.
booking-what-need = ما المساعدة التي تحتاجها؟
booking-none = 📅 لا توجد مواعيد لمركز الاستقبال (drop-in) خلال الأسابيع الـ 4 القادمة.
booking-walk-in-button = 🚶 سآتي بدون حجز
booking-walk-in-text = 🚶 لا تحتاج إلى حجز. تعال في أي موعد من هذه المواعيد.
booking-map = 📍 { $site }
booking-mine-button = 📋 حجوزاتي
booking-back = ↩️ رجوع
booking-needs-consent = 🔒 لكي تحجز مكانًا، نحتاج أن نحتفظ باسمك الأول ولغتك.

## Choosing a session and a time

booking-pick-session = { $role }: اختر مكانًا ويومًا.
booking-change-pick = 🔁 { $role }: اختر يومًا جديدًا. يبقى حجزك القديم إلى أن تحجز الجديد.
booking-role-none = 😔 { $role }: لا توجد مواعيد خلال الأسابيع الـ 4 القادمة.
booking-session-open = 📍 { $site } · { $day }
booking-session-full = ⏳ { $site } · { $day } · ممتلئ
booking-pick-time = 🕙 { $role }. { $site }، { $day }. اختر وقتًا.
booking-time-button = 🕙 { $time }
booking-full = 😔 هذا الموعد ممتلئ ({ $site }، { $day }). هل تريد الانضمام إلى قائمة الانتظار؟ إذا توفّر مكان، سنرسل لك رسالة.
booking-join-waitlist = ⏳ الانضمام إلى قائمة الانتظار

## Interpreter

booking-interpreter-question = 🗣 هل تريد مترجمًا؟
booking-interpreter-yes = 🗣 نعم: { $language }
booking-interpreter-other = 🌐 لغة أخرى
booking-interpreter-no = 🙅 لا، شكرًا
booking-interpreter-pick = 🌐 أي لغة؟
booking-interpreter-none = لا

## Booked

booking-confirmed =
    ✅ تمّ حجزك.

    📋 ماذا: { $role }
    📍 أين: { $site }، { $address }
    🕙 متى: { $when }
    🗣 المترجم: { $interpreter }
    🎒 أحضر معك: { $bring }

    🔔 سنذكّرك قبل الموعد بيوم، وقبله بساعتين.
booking-ics-caption = 📅 أضف هذا إلى تقويمك.
booking-ics-summary = مركز الاستقبال (drop-in): { $role } ({ $site })
booking-ics-description = أحضر معك: { $bring }
booking-ics-alarm = موعد مركز الاستقبال (drop-in) بعد ساعتين

## Problems

booking-err-closed = ⛔ عذرًا، هذا الموعد مغلق.
booking-err-gone = 😔 هذا لم يعد ممكنًا. يرجى الاختيار مرة أخرى.
booking-err-too-late = ⏰ فات الأوان لحجز هذا الوقت. يرجى اختيار وقت لاحق.
booking-err-already = ℹ️ لديك حجز في هذا الموعد من قبل. انظر 📋 حجوزاتي.
booking-err-limit = ℹ️ الحد الأقصى للحجوزات في الوقت نفسه: { $max }. ألغِ حجزًا في 📋 حجوزاتي أولًا.
booking-err-full = 😔 عذرًا، أُخذ آخر مكان قبل قليل.
booking-err-slot-taken = 😔 حجز شخص آخر هذا الوقت قبل قليل. يرجى اختيار وقت آخر.
booking-err-not-active = ℹ️ هذا الحجز لم يعد قائمًا.

## The waitlist

booking-waitlist-joined = ⏳ أنت الآن في قائمة الانتظار. رقمك { $position }. إذا توفّر مكان، سنرسل لك رسالة.
booking-waitlist-already = ℹ️ أنت في قائمة الانتظار من قبل. رقمك { $position }.
booking-waitlist-booked = ℹ️ لديك حجز في هذا الموعد من قبل.
booking-waitlist-left = ✅ خرجت من قائمة الانتظار.
booking-offer-text = 🎉 يوجد مكان متاح: { $role }، { $site }، { $when }. هل تريده؟ نحفظه لك حتى الساعة { $until }.
booking-offer-take = ✅ نعم، أريد المكان
booking-offer-decline = ❌ لا، شكرًا
booking-offer-expired = ⌛ انتهى وقت أخذ المكان. ذهب المكان إلى الشخص التالي. يمكنك اختيار موعد آخر في 📅 مركز الاستقبال (drop-in).
booking-offer-declined = 👍 حسنًا. سيذهب المكان إلى الشخص التالي.

## My bookings

booking-mine-title = 📋 حجوزاتك
booking-mine-empty = 📋 ليس لديك أي حجز.
booking-mine-line = { $number }. { $role } · { $site } · { $when }
booking-mine-waiting = { $number }. ⏳ قائمة الانتظار: { $role } · { $site } · { $day }
booking-change-number = 🔁 تغيير { $number }
booking-cancel-number = ❌ إلغاء { $number }
booking-leave-waitlist = 🚪 الخروج من قائمة الانتظار { $number }
booking-cancel-confirm = ❓ هل تريد إلغاء هذا الحجز؟ { $role }، { $site }، { $when }.
booking-cancel-yes = ✅ نعم، ألغِه
booking-cancel-no = ↩️ لا، أبقِه
booking-cancelled = ✅ أُلغي الحجز. شكرًا لأنك أخبرتنا. يمكن الآن أن يذهب مكانك إلى شخص آخر.

## Reminders

booking-reminder-eve = 🔔 غدًا الساعة { $time }: { $role }، { $site } ({ $address }).
booking-reminder-soon = 🔔 اليوم الساعة { $time }: { $role }، { $site } ({ $address }).
booking-come-button = ✅ سأحضر
booking-cancel-button = ❌ إلغاء
booking-change-button = 🔁 تغيير
booking-come-thanks = 👍 شكرًا لك. نراك هناك.

## A session is closed

booking-closed-notice = ⛔ مركز الاستقبال (drop-in) في { $site } مغلق يوم { $day }. { $reason } نحن آسفون. أُلغي حجزك.
booking-closed-next = 📅 يمكنك حجز أحد المواعيد القادمة:
booking-book-again = 📅 { $site } · { $day }
booking-reason-holiday = إنه يوم عطلة.
booking-reason-weather = السبب هو الطقس.
booking-reason-staff = لا يوجد عدد كافٍ من الموظفين.
booking-reason-building = المبنى مغلق.
booking-reason-other = تغيّر شيء ما.

## From a triage outcome

booking-button-triage = 📅 احجز وقتًا في مركز الاستقبال (drop-in)

## Staff: drop-in lists (/today, /day, /sessions, /close, /capacity)

sessions-title = 📅 الجلسات خلال الأسابيع الـ 4 القادمة
sessions-line-open = { $code } · { $site } · { $day } { $start }–{ $end } · محجوز { $booked } · ينتظرون { $waiting } · حضروا { $arrived } · لم يحضروا { $noshow }
sessions-line-closed = ⛔ { $code } · { $site } · { $day } · مغلقة ({ $reason })
sessions-unconfirmed = ⚠️ الأوقات غير مؤكدة (انظر directory/dropin/)
sessions-none = 📅 لا توجد جلسات خلال الأسابيع الـ 4 القادمة.
sessions-day-title = 📋 { $site } · { $day } · { $start }–{ $end } ({ $code })
sessions-day-closed = ⛔ مغلقة ({ $reason })
sessions-day-counts = محجوز { $booked } · حضروا { $arrived } · لم يحضروا { $noshow } · ينتظرون { $waiting } · مخصّص للقادمين بدون حجز { $walkin }
sessions-day-entry = { $time } · { $name } · { $role } · { $language } · 🗣 { $interpreter } · { $state }
sessions-day-waiting = ⏳ { $position }. { $name } · { $role } · { $language } · 🗣 { $interpreter }
sessions-day-empty = لا توجد حجوزات بعد.
sessions-day-none = 📅 لا توجد جلسة يوم { $day }.
sessions-no-interpreter = لا
sessions-state-held = معروض عليه (قائمة الانتظار)
sessions-state-booked = محجوز
sessions-state-arrived = ✅ حضر
sessions-state-no-show = ⛔ لم يحضر
sessions-state-cancelled = أُلغي
sessions-state-expired = انتهى العرض
sessions-state-closed = مغلق
sessions-confirmed = ، سيحضر
sessions-arrived-button = ✅ { $time } { $name }
sessions-noshow-button = ⛔ { $time } { $name }
sessions-marked = { $name }: { $state }
sessions-bad-date = استعمل تاريخًا مثل 2026-12-03، أو today، أو tomorrow.
sessions-unknown-site = مكان غير معروف. الأماكن: { $sites }
sessions-close-usage = الاستعمال: /close DATE SITE REASON [note]. الأسباب: { $reasons }. مثال: /close 2026-12-03 castlegate weather
sessions-already-closed = ⛔ تلك الجلسة يوم { $day } مغلقة من قبل.
sessions-closed-done = ⛔ أُغلقت: { $site }، { $day }. نُخبر الآن { $booked } من أصحاب الحجوزات و{ $waiting } من المنتظرين، كلٌّ بلغته. سيصل تقرير الإرسال هنا.
sessions-closure-report = 📣 الإغلاق { $code }: أُخبر { $sent }، فشل { $failed }، { $dropped } حظروا البوت، { $waiting } ما زالوا ينتظرون.
sessions-capacity-usage = الاستعمال: /capacity DATE SITE ROLE N لتخصيص N من الأماكن للقادمين بدون حجز. الأدوار: { $roles }
sessions-capacity-done = ✅ { $site }، { $day }، { $role }: { $walkin } أماكن مخصّصة للقادمين بدون حجز، { $bookable } متاحة للحجز، { $taken } محجوزة.

## Command menu (setMyCommands)

cmd-mybookings = حجوزاتي
