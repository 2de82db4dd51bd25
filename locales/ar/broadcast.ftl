## Locale: ar (Arabic, العربية)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📣 Staff broadcasts. First what clients see (template notices, the "(English)" marker and
## the buttons), then the staff wizard.
## The staff texts (the wizard) are an AI draft in this language too, like the client texts.

## Template notices. Site names come from the directory; dates and times are formatted for
## this language.

notice-closed = ⛔ مركز الاستقبال (drop-in) في { $site } مغلق يوم { $date }.
notice-moved = 📍 انتقل مركز الاستقبال (drop-in) يوم { $date } إلى { $site }، الساعة { $time }.
notice-esol = 📚 يبدأ صف جديد للغة الإنجليزية (ESOL) يوم { $date }. سجّل في مركز الاستقبال.

## Free text sent in English to someone whose language has no version

broadcast-in-english = (بالإنجليزية)

## Buttons on a broadcast

broadcast-got-it = 👍 فهمت
broadcast-book-button = 📅 احجز موعدًا
broadcast-thanks = 👍 شكرًا لك.

## The wizard (staff)

broadcast-kind-question = 📣 رسالة جماعية جديدة #{ $id }. ما نوعها؟
broadcast-kind-template = 📋 إشعار جاهز
broadcast-kind-text = ✏️ نص حر
broadcast-template-question = أي إشعار؟ إنه مكتوب مسبقًا بكل اللغات.
broadcast-notice-closed = ⛔ مركز الاستقبال مغلق
broadcast-notice-moved = 📍 مركز الاستقبال انتقل
broadcast-notice-esol = 📚 صف ESOL جديد
broadcast-session-question = عن أي جلسة من جلسات مركز الاستقبال (drop-in)؟
broadcast-no-sessions = لا توجد جلسات لمركز الاستقبال (drop-in) خلال الأسابيع الـ 4 القادمة، لذلك لا يوجد ما يُعلَن عنه.
broadcast-card =
    📣 رسالة جماعية #{ $id } (مسودة)
    المحتوى: { $kind }
    النسخ: { $versions }
    المستلمون: { $audience } → { $total } شخصًا ({ $counts })
    لغات بلا نسخة: { $missing } → { $choice }
    الزر: { $button }
    الموعد: { $when }
broadcast-help-card =
    المستلمون: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N (تُجمع الشروط بـ AND)
    الوقت: /broadcast at YYYY-MM-DD HH:MM (Europe/London) | /broadcast at now
    نص حر: /version LANGUAGE text (نسخة واحدة لكل لغة؛ صورة مع هذا النص كتعليق تضيف الصورة)
broadcast-now = الآن
broadcast-everyone-button = 👥 الجميع
broadcast-booked-button = 📅 من لديهم حجز في هذه الجلسة
broadcast-button-none = بلا زر
broadcast-button-ack = 👍 فهمت
broadcast-button-book = 📅 رابط الحجز
broadcast-missing-skip = تخطَّ هؤلاء الأشخاص
broadcast-missing-english = أرسل الإنجليزية مع علامة "(بالإنجليزية)"
broadcast-preview-button = 👁 معاينة وتأكيد
broadcast-cancel-button = ✖ إلغاء
broadcast-send-button = ✅ إرسال
broadcast-preview-header = 👁 { $lang } · { $count } شخصًا · { $how } (own = نسختهم بلغتهم، english = النسخة الإنجليزية مع علامة "(بالإنجليزية)"، skip = لا تُرسل)
broadcast-confirm =
    📣 رسالة جماعية #{ $id }: { $total } شخصًا
    { $lines }
    الموعد: { $when } · تحتاج إلى موافقة عضو ثانٍ من الفريق: { $approval }
    اضغط ✅ إرسال للتأكيد.
broadcast-need-kind = اختر النوع أولًا.
broadcast-need-template = اختر الإشعار وجلسته أولًا.
broadcast-need-version = أضف نصًا أولًا: /version en Your text
broadcast-nobody = لا يوجد أحد ضمن هؤلاء المستلمين.
broadcast-need-missing-choice = بعض لغات المستلمين ليس لها نسخة: اختر "تخطَّ هؤلاء الأشخاص" أو "أرسل الإنجليزية".
broadcast-need-english = لإرسال الإنجليزية إلى اللغات الأخرى، أضف نسخة إنجليزية: /version en Your text
broadcast-need-preview = اعرض المعاينة أولًا: تُعرض كل نسخة قبل أن يمكن إرسالها.
broadcast-started = 📣 الرسالة الجماعية #{ $id } قيد الإرسال إلى { $total } شخصًا. يظهر التقدّم في دردشة الفريق، والأمر /broadcast_cancel يوقفها.
broadcast-scheduled = 🕒 ستبدأ الرسالة الجماعية #{ $id } في { $when } (Europe/London).
broadcast-awaiting = ⏳ الرسالة الجماعية #{ $id } موجّهة إلى { $total } شخصًا، أي أكثر من { $threshold }: يجب أن يضغط عضو ثانٍ من الفريق على موافقة في دردشة الفريق.
broadcast-approval-request = ⏳ الرسالة الجماعية #{ $id } إلى { $total } شخصًا تحتاج إلى موافقة عضو ثانٍ من الفريق.
broadcast-approve-button = ✅ موافقة
broadcast-approve-self = أنت أنشأت هذه الرسالة الجماعية: يجب أن يوافق عليها عضو آخر من الفريق.
broadcast-approved = ✅ تمت الموافقة على الرسالة الجماعية #{ $id }.
broadcast-gone = هذه الرسالة الجماعية لم تعد تنتظر ذلك.
broadcast-dropped = ✖ تم التخلي عن مسودة الرسالة الجماعية #{ $id }.
broadcast-no-draft = لا توجد مسودة رسالة جماعية بنص حر. ابدأ واحدة بالأمر /broadcast.
broadcast-usage = الاستعمال: /broadcast، /broadcast to …، /broadcast at …
broadcast-version-usage = الاستعمال: /version LANGUAGE text. اللغات: { $locales }
broadcast-version-saved = ✅ حُفظت النسخة { $lang } (أضافها { $by }).
broadcast-audience-usage = الاستعمال: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N
broadcast-at-usage = الاستعمال: /broadcast at YYYY-MM-DD HH:MM (وقت في المستقبل، Europe/London) أو /broadcast at now
broadcast-cancelled = ✖ أُلغيت الرسالة الجماعية #{ $id }. ما أُرسل يبقى مُرسَلًا.
broadcast-nothing-to-cancel = لا توجد رسالة جماعية لإلغائها.
broadcast-edit-usage = الاستعمال: /broadcast_edit ID LANGUAGE corrected text
broadcast-edit-template = لا يمكن تعديل إلا نسخة لغة من رسالة جماعية بنص حر. أما الإشعار الجاهز، فاحذفه وأرسل إشعارًا مصحّحًا.
broadcast-edited = ✏️ الرسالة الجماعية #{ $id }: يجري تصحيح { $count } من الرسائل المُرسَلة بلغة { $lang }.
broadcast-delete-usage = الاستعمال: /broadcast_delete ID (رسالة جماعية أُرسلت)
broadcast-deleted = 🗑 الرسالة الجماعية #{ $id }: يجري حذف { $count } من الرسائل المُرسَلة.
broadcast-unknown = لا توجد رسالة جماعية مُرسَلة رقمها #{ $id }.
broadcast-progress =
    📣 رسالة جماعية #{ $id }
    { $bar } { $percent }%
    ✅ أُرسلت { $sent } · ❌ فشلت { $failed } · ⏳ متبقية { $left } · يتبقى نحو { $eta }
broadcast-report =
    📣 رسالة جماعية #{ $id }: التقرير النهائي
    الأشخاص: { $total }
    ✅ وصلت: { $sent }
    ❌ لم تصل: حظروا البوت { $blocked } · الحساب لم يعد موجودًا { $gone } · رُفضت أو توقفت المحاولات { $failed }
    ➖ لم تُرسل: لا نسخة بلغتهم { $skipped } · بلغوا الحد اليومي { $capped } · أُلغيت { $cancelled }
    حسب اللغة (وصلت/الأشخاص): { $languages }
    ضغطات الزر: { $pressed }
