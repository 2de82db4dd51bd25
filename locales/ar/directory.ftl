## Locale: ar (Arabic, العربية)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📍 Find services: the directory search. Names of services stay in English.

dir-title = 📍 البحث عن خدمات. ماذا تحتاج؟
dir-need-food = 🍞 طعام
dir-need-clothing = 👕 ملابس
dir-need-drop-in = 🤝 مركز الاستقبال (drop-in)
dir-need-esol-classes = 📚 دروس اللغة الإنجليزية
dir-need-conversation-clubs = 🗣️ نوادي المحادثة
dir-need-gp-registration = 🩺 الطبيب (GP)
dir-need-routine-dental = 🦷 طبيب الأسنان
dir-need-urgent-health = 🚑 مساعدة صحية عاجلة
dir-need-mental-health = 💚 المشاعر والصحة النفسية
dir-need-immigration-advice = ⚖️ نصيحة قانونية
dir-need-asylum-support = 💳 دعم اللجوء وبطاقة ASPEN
dir-need-accommodation-repairs = 🔧 مشاكل السكن
dir-need-destitution-support = 🆘 ليس لدي مال
dir-need-night-shelter = 🌙 مكان للنوم
dir-need-domestic-abuse = 🏠 عنف في البيت
dir-need-exploitation = ⛓️ العمل بالإكراه
dir-need-digital-inclusion = 📱 الهاتف والإنترنت
dir-need-hc2 = 🧾 تكاليف NHS مجانية (HC2)
dir-place-question = 📍 أين أنت؟
dir-place-newcastle = 🏙️ نيوكاسل (Newcastle)
dir-place-leeds = 🏙️ ليدز (Leeds)
dir-place-anywhere = 🇬🇧 أي مكان في بريطانيا
dir-place-location = 📍 استعمل موقعي
dir-share-location = 📍 اضغط على الزر في الأسفل لمشاركة موقعك. نستعمله فقط لترتيب النتائج. لا نحتفظ به.
dir-share-button = 📍 شارك موقعي
dir-location-used = 📍 شكرًا لك. هذه أقرب الخدمات إليك. لم نحتفظ بموقعك.
dir-none-found = 😔 لم نجد خدمة لهذا هنا بعد. جرّب مكانًا آخر، أو تحدّث مع شخص.
dir-none-filtered = 😔 لا توجد نتائج بهذه الخيارات. جرّب من دونها.
dir-card-count = { $index } من { $total }
dir-open-now = 🟢 مفتوح الآن حتى الساعة { $time }
dir-open-next = 🕒 يفتح مرة أخرى: { $day } الساعة { $time }
dir-open-always = 🟢 مفتوح 24 ساعة، كل يوم
dir-open-unknown = 🕒 أوقات العمل: يرجى الاتصال أولًا
dir-address = 📍 { $address }
dir-phone = 📞 { $phone }
dir-languages = 🗣️ { $languages }
dir-for-line = 👥 الخدمة مخصّصة لـ: { $who }
dir-for-asylum-seeker = طالبي اللجوء
dir-for-refused = الأشخاص الذين رُفض طلب لجوئهم
dir-for-refugee = اللاجئين
dir-for-any = الجميع
dir-checked = ✅ آخر تحقق: { $date }
dir-uncertain = ⚠️ قد تكون بعض المعلومات قديمة. يرجى الاتصال قبل أن تذهب.
dir-distance = 📏 على بعد { $km } كم تقريبًا
dir-map = 📍 الخريطة
dir-more = ➡️ نتائج أخرى
dir-filter-open = ⏰ مفتوح الآن
dir-filter-language = 🗣️ يتحدثون لغتي
dir-filter-on = ✅ { $filter }
dir-feedback-question = 🤝 أمس أريناك { $service }. هل حصلت على مساعدة هناك؟
dir-feedback-helpful = 👍 نعم
dir-feedback-unhelpful = 👎 لا
dir-feedback-no-access = 🚪 لم أستطع الدخول
dir-feedback-thanks = 🙏 شكرًا لك. هذا يساعدنا على إبقاء القائمة صحيحة.
dir-reload-ok = ✅ أُعيد تحميل دليل الخدمات. عدد الخدمات: { $services }.
dir-reload-failed = ❌ بيانات الدليل الجديدة غير صالحة، لذلك ما زالت البيانات القديمة مستعملة:
dir-stale-title =
    🗓️ إدخالات يجب التحقق منها (أقدم من { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }): { $count }
dir-stale-none = ✅ لا توجد إدخالات يجب التحقق منها.
dir-stale-line =
    • { $service } ({ $name }): آخر تحقق قبل { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
dir-feedback-title = 🤝 إجابات "هل حصلت على مساعدة هناك؟"، لكل خدمة:
dir-feedback-line = • { $name }: 👍 { $yes } · 👎 { $no } · 🚪 { $noaccess }
dir-feedback-empty = 🤝 لا توجد إجابات بعد.

## Parts of a city (taxonomy firstport-district). Place names stay as they are.

dir-district-question = 📍 في أي جزء من المدينة؟
dir-district-any = 🏙 أي مكان في المدينة
tax-newcastle-centre = 🏙 Newcastle: وسط المدينة
tax-newcastle-west-end = 🏘 Newcastle: West End
tax-leeds-harehills = 🏘 Leeds: Harehills
tax-leeds-armley = 🏘 Leeds: Armley
