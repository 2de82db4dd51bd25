## Locale: ar (Arabic, العربية)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Triage flows (flows/*.yaml). Facts come from shared/reference/domain-facts.md; the fact ids
## are in the comments. Keep every outcome to 2-4 short lines. Never change a number.

## Shared buttons and lines

triage-next = ➡️ التالي
triage-talk = 💬 التحدث مع شخص
triage-helped-question = هل ساعدك هذا؟
triage-helped-yes = 👍 نعم
triage-helped-no = 👎 لا
triage-feedback-thanks = 🙏 شكرًا لأنك أخبرتنا.
triage-signposts = 📍 أين تجد المساعدة:
triage-signpost-phone = • { $name }: { $phone }
triage-signpost-name = • { $name }
triage-needs-consent = 🔒 لكي نرسل هذا إلى شخص من فريقنا، نحتاج أن نحتفظ ببعض المعلومات. يرجى قراءة هذا أولًا.

## Tickets: what happens next

ticket-opened-hours = 💬 أرسلنا هذا إلى فريقنا. سيرد عليك شخص في هذه المحادثة. نرد عادةً خلال بضع ساعات، في أوقات العمل.
ticket-opened-away = 💬 أرسلنا هذا إلى فريقنا. الفريق لا يعمل الآن. سيردون عليك ابتداءً من { $opens }.
    إذا كان الأمر عاجلًا: إذا كنت في خطر، اتصل بالرقم 999. إذا كنت مريضًا، اتصل بـ NHS 111. للتحدث مع شخص الآن، اتصل بـ Samaritans على 116 123.
ticket-already-open = 💬 سؤالك وصل إلى فريقنا من قبل. سيردون عليك في هذه المحادثة.

## Housing (AS-02, AS-03, AC-03, AC-04, AC-05, MO-01, MO-02, MO-04, MO-05, MO-06, EM-17, EM-18)

housing-title = 🏠 السكن
housing-q-start = 🏠 ما المشكلة في سكنك؟
housing-opt-repair = 🔧 شيء معطّل
housing-opt-unsafe = 😟 لا أشعر بالأمان في مكان سكني
housing-opt-move = 🚚 الانتقال، أو عنوان جديد
housing-opt-notice = 📄 رسالة تقول إن عليّ أن أغادر
housing-opt-nowhere = 🌙 ليس لدي مكان أنام فيه الليلة
housing-q-repair = 🔧 ما الشيء المعطّل؟
housing-opt-gas = 🔥 أشمّ رائحة غاز
housing-opt-heating = 🌡️ لا توجد تدفئة أو ماء ساخن
housing-opt-water = 🚱 لا يوجد ماء
housing-opt-power = ⚡ لا توجد كهرباء
housing-opt-building = 🏚️ المبنى غير آمن
housing-opt-locked = 🔑 الباب مقفل ولا أستطيع الدخول
housing-opt-other-repair = 🔧 شيء آخر
housing-q-cold = 🌡️ هل نحن في الشتاء، أو هل بيتك بارد جدًا؟
housing-opt-cold-yes = ❄️ نعم
housing-opt-cold-no = ☀️ لا
housing-out-gas =
    🔥 الغاز قد يكون خطيرًا.
    🚪 افتح النوافذ. لا تلمس مفاتيح الكهرباء، ولا تشعل نارًا أو سيجارة. اخرج من المبنى.
    📞 اتصل بخط طوارئ الغاز: 0800 111 999. في خطر؟ اتصل بالرقم 999.
    📞 بعد ذلك أخبر Migrant Help: 0808 8010 503 (مجاني، ليلًا ونهارًا).
housing-out-emergency =
    🚨 هذا إصلاح طارئ.
    📞 اتصل بـ Migrant Help الآن: 0808 8010 503 (مجاني، ليلًا ونهارًا). قل "emergency repair" (إصلاح طارئ).
    📝 اكتب اليوم والساعة التي اتصلت فيها.
housing-out-routine =
    🔧 أبلغ Migrant Help عن الإصلاح: 0808 8010 503 (مجاني، ليلًا ونهارًا)، أو عبر الدردشة على موقعهم، أو بالبريد الإلكتروني.
    📝 اكتب اليوم الذي أبلغت فيه.
    ⏳ إذا قدّمت شكوى، يجب على شركة السكن أن ترد خلال 5 أيام عمل.
housing-out-unsafe =
    🚨 في خطر الآن؟ اتصل بالرقم 999.
    📞 أخبر Migrant Help: 0808 8010 503. هم يستقبلون البلاغات عن المضايقة والسلوك المؤذي من الآخرين.
    🛡️ في حالة جريمة كراهية، اتصل بالشرطة على 101، أو أبلغ عنها على الإنترنت عبر True Vision.
housing-out-move =
    🏠 سكن اللجوء "بلا اختيار": Home Office (وزارة الداخلية) هي التي تقرر أين تسكن.
    ♿ إذا كان سكنك لا يناسب حاجة لديك، مثل إعاقة، أخبر مسؤول السكن، وأخبر Migrant Help: 0808 8010 503.
    🩺 بعد الانتقال، سجّل عند طبيب جديد قريب منك.
housing-q-notice = 📄 ماذا تقول الرسالة؟
housing-opt-granted = ✅ حصلت على صفة لاجئ (إذن بالإقامة)
housing-opt-refused = ❌ رُفض طلب لجوئي
housing-opt-unsure = ❔ لا أفهمها
housing-out-granted =
    ✅ سيتوقف سكن اللجوء والمال الذي تحصل عليه قريبًا: بعد 28 يومًا على الأقل من قرارك، وأحيانًا بعد 56 يومًا.
    🏛️ اليوم: تواصل مع فريق المساعدة في السكن للمشردين في البلدية (council). يجب على البلدية أن تساعدك.
    💷 قدّم طلب Universal Credit (إعانة حكومية) الآن. لا تحتاج إلى رقم National Insurance (التأمين الوطني) لكي تبدأ.
housing-out-refused =
    ⚠️ بعد الرفض، يتوقف الدعم عادةً بعد 21 يومًا، إلا إذا قدّمت استئنافًا أو كان لديك طفل عمره أقل من 18 سنة.
    ⏳ مُهل الاستئناف قصيرة. تحدّث الآن مع مستشار هجرة مرخّص أو مع محامٍ.
    🏠 قد تستطيع الحصول على دعم Section 4.
housing-out-unsure =
    📄 أحضر الرسالة إلى مركز الاستقبال (drop-in). سنقرؤها معك.
    📷 يرجى عدم إرسال صور رسائلك في هذه المحادثة.
housing-out-nowhere =
    🌙 اتصل بـ Migrant Help الآن: 0808 8010 503 (مجاني، ليلًا ونهارًا). قل إنه ليس لديك مكان تنام فيه الليلة.
    🏛️ إذا كانت لديك صفة لاجئ، اذهب اليوم إلى فريق المساعدة في السكن للمشردين في البلدية.
    🚨 في خطر؟ اتصل بالرقم 999.
housing-followup-repair = 🔧 في الأسبوع الماضي أخبرتنا عن شيء يحتاج إلى إصلاح. هل تم إصلاحه؟

## ASPEN card (AS-02, AS-03, AS-09, AS-10, AS-11, AS-12, EM-06)

aspen-title = 💳 بطاقة ASPEN
aspen-q-start = 💳 ما المشكلة في بطاقة ASPEN؟
aspen-opt-lost = 🔍 ضاعت أو سُرقت
aspen-opt-broken = 🚫 لا تعمل، أو مشكلة في الرقم السري (PIN)
aspen-opt-payment = 💷 لم يصل مالي
aspen-opt-never = 📭 لم تصلني البطاقة أبدًا
aspen-opt-stopped = ⛔ أُوقف الدعم عني
aspen-out-lost =
    📞 اتصل بـ Migrant Help: 0808 8010 503 (مجاني، ليلًا ونهارًا).
    🗣️ قل: "My ASPEN card is lost" (ضاعت بطاقة ASPEN الخاصة بي)، أو "stolen" (سُرقت). اطلب دفعة نقدية طارئة إلى أن تصل البطاقة الجديدة.
    👮 إذا سُرقت، يمكنك أيضًا إبلاغ الشرطة على 101.
aspen-out-broken =
    🛒 استعمل البطاقة فقط في المحلات التي تقبل Mastercard.
    📞 اتصل بـ Migrant Help: 0808 8010 503. قل: "My ASPEN card is not working" (بطاقة ASPEN الخاصة بي لا تعمل).
    🔒 لا تخبر أحدًا أبدًا برقمك السري (PIN). ولا حتى نحن.
aspen-out-payment =
    📞 اتصل بـ Migrant Help: 0808 8010 503 (مجاني، ليلًا ونهارًا).
    🗣️ قل: "My ASPEN payment did not arrive" (لم تصل دفعة ASPEN الخاصة بي). اطلب دفعة نقدية طارئة.
    🍞 ليس لديك مال للطعام اليوم؟ أخبرنا بالزر في الأسفل.
aspen-out-never =
    📞 اتصل بـ Migrant Help: 0808 8010 503 (مجاني، ليلًا ونهارًا).
    🗣️ قل: "My ASPEN card has not arrived" (لم تصل بطاقة ASPEN الخاصة بي).
    📄 اجعل رسالة دعم اللجوء قريبة منك عندما تتصل.
aspen-out-stopped =
    ⚠️ إذا أُوقف دعمك أو رُفض، يمكنك أن تقدّم استئنافًا.
    ⏳ يجب أن يصل استئنافك إلى المحكمة (tribunal) خلال 3 أيام من يوم استلامك الرسالة. تحرّك اليوم.
    ⚖️ منظمة ASAP (Asylum Support Appeals Project) تقدّم نصيحة مجانية. يمكننا مساعدتك في التواصل معهم.
aspen-followup = 💳 قبل بضعة أيام أخبرتنا عن بطاقة ASPEN. هل تعمل الآن؟

## Doctor (GP) (HE-01, HE-02, HE-03, HE-04, HE-05, EM-01, EM-07)

gp-title = 🩺 الطبيب (GP)
gp-q-start = 🩺 ماذا تحتاج؟
gp-opt-register = 📝 التسجيل عند طبيب
gp-opt-refused = 🚫 عيادة الطبيب رفضت تسجيلي
gp-opt-unwell = 🤒 أشعر بالمرض الآن
gp-opt-certificate = 🧾 شهادة HC2 (أدوية مجانية)
gp-info-rights =
    ✅ يمكن لأي شخص في إنجلترا أن يسجّل عند طبيب (GP). التسجيل مجاني.
    🚫 لا تحتاج إلى إثبات عنوان، ولا إلى هوية، ولا إلى وضع هجرة، ولا إلى رقم NHS.
gp-out-register =
    🔍 ابحث عن عيادة طبيب (GP) قريبة منك.
    📝 اطلب استمارة GMS1، أو استعمل استمارة العيادة على الإنترنت. يمكنك أن تعطي عنوانًا مؤقتًا، أو عنوان العيادة.
    🗣️ يمكنك أن تطلب مترجمًا مجانيًا.
gp-out-refused =
    ⚖️ لا يمكن للعيادة أن ترفضك إلا لأسباب قليلة، مثلًا إذا كانت قائمتها ممتلئة. ويجب أن تخبرك بالسبب كتابةً.
    🩺 ومع ذلك يجب أن تقدّم لك العلاج الطارئ.
    📞 منظمة Doctors of the World (أطباء العالم): 0808 1647 686، من الاثنين إلى الجمعة، من 10:00 إلى 12:00. لديهم مترجمون.
gp-q-unwell = 🤒 ما مدى خطورة حالتك؟
gp-opt-danger = 🚨 حياة شخص في خطر
gp-opt-today = 🤒 أحتاج إلى مساعدة اليوم، وليست حالة طارئة
gp-out-999 =
    🚨 اتصل بالرقم 999 الآن. الاتصال مجاني.
    🗣️ قل اسم لغتك بالإنجليزية، مثلًا "Arabic". انتظر المترجم.
gp-out-111 =
    📞 اتصل بـ NHS 111، أو استعمل خدمة 111 على الإنترنت. الخدمة مجانية، ليلًا ونهارًا.
    🗣️ قل اسم لغتك لتحصل على مترجم.
gp-q-hc2 = 🧾 ما نوع الدعم الذي تحصل عليه من Home Office؟
gp-opt-s95 = 🏠 دعم Section 95 (أنتظر القرار)
gp-opt-s4 = 📄 دعم Section 98 أو Section 4
gp-opt-hc2-unsure = ❔ لا أعرف
gp-out-hc2-s95 =
    📬 مع دعم Section 95، تصلك شهادة HC2 بالبريد خلال 21 يومًا من رسالة الدعم.
    📞 لم تصل؟ اتصل بـ Migrant Help: 0808 8010 503.
    🧾 شهادة HC2 تعطيك مجانًا: الأدوية، وعلاج الأسنان، وفحص النظر، ومساعدة في أجرة الطريق إلى المستشفى. انتبه إلى تاريخ انتهائها.
gp-out-hc2-hc1 =
    📝 املأ استمارة HC1 لتحصل على شهادة HC2. يمكننا مساعدتك في مركز الاستقبال (drop-in).
    📞 هيئة NHS Business Services Authority: 0300 330 1343.
gp-out-hc2-unsure =
    📄 أحضر رسالة الدعم من Home Office إلى مركز الاستقبال (drop-in). سنتحقق منها معك.
gp-followup = 🩺 في الأسبوع الماضي سألت عن طبيب. هل استطعت التسجيل عند طبيب (GP)؟

## Dentist (HE-05, HE-06, HE-07, HE-08, EM-07)

dentist-title = 🦷 طبيب الأسنان
dentist-q-start = 🦷 ماذا تحتاج؟
dentist-opt-pain = 😣 ألم أو تورّم
dentist-opt-find = 🔍 البحث عن طبيب أسنان في NHS
dentist-opt-missed = 📅 فاتني موعدي
dentist-opt-free = 🧾 علاج مجاني (HC2)
dentist-q-redflags =
    ⚠️ هل يحدث أي شيء من هذا؟
    • تورّم قرب عينك أو في رقبتك
    • صعوبة في التنفس أو في البلع
    • نزيف لا يتوقف
    • إصابة شديدة في وجهك أو فكّك
dentist-opt-redflags-yes = 🚨 نعم
dentist-opt-redflags-no = ✅ لا
dentist-out-ae =
    🚨 اذهب الآن إلى A&E (قسم الطوارئ في المستشفى)، أو اتصل بالرقم 999.
    🚗 لا تقد السيارة بنفسك.
dentist-out-urgent =
    📞 اتصل بطبيب أسنانك. ليس لديك طبيب أسنان؟ اتصل بـ NHS 111، أو استعمل خدمة 111 على الإنترنت. لا تحتاج أن تكون مسجّلًا.
    🗣️ قل اسم لغتك لتحصل على مترجم.
    🧾 خذ معك شهادة HC2 إذا كانت لديك.
dentist-out-find =
    🔍 استعمل خدمة NHS "Find a dentist" (ابحث عن طبيب أسنان)، ثم اتصل بأطباء الأسنان. لا يوجد تسجيل، ولا توجد منطقة محددة.
    📞 لا يوجد مكان عند أي منهم؟ اتصل بـ NHS England: 0300 311 2233.
    🧾 مع شهادة HC2، علاج NHS مجاني.
dentist-out-missed =
    📞 اتصل بطبيب الأسنان في أقرب وقت تستطيعه. قل لماذا فاتك الموعد. اطلب موعدًا جديدًا.
    😣 تتألم الآن؟ اتصل بـ NHS 111.
    💬 يمكننا مساعدتك في الاتصال، أو في التخطيط للطريق.
dentist-out-free =
    🧾 مع شهادة HC2، علاج الأسنان في NHS مجاني.
    📬 دعم Section 95: تصلك بالبريد. دعم Section 98 أو 4: املأ استمارة HC1.
dentist-followup = 🦷 قبل بضعة أيام أخبرتنا عن ألم في أسنانك. هل حصلت على مساعدة؟

## English classes (ESOL) (ES-01, ES-02, ES-03, ES-04)

esol-title = 📚 دروس اللغة الإنجليزية
esol-q-start = 📚 دروس اللغة الإنجليزية. أيّ من هذه ينطبق عليك؟
esol-opt-refugee = ✅ أنا لاجئ (لدي إذن بالإقامة)
esol-opt-waiting = ⏳ أنتظر القرار
esol-opt-refused = ❌ رُفض طلبي
esol-opt-register = 📝 التسجيل في مركز الاستقبال (drop-in)
esol-q-waited = ⏳ منذ متى قدّمت طلب اللجوء؟
esol-opt-under6 = 🗓️ أقل من 6 أشهر
esol-opt-over6 = 📅 6 أشهر أو أكثر
esol-out-refugee =
    ✅ يمكنك الحصول على دروس إنجليزية (ESOL) مموّلة. لا يوجد وقت انتظار.
    📝 سجّل في مركز الاستقبال (drop-in)، أو انظر إلى الدروس في الأسفل.
esol-out-funded =
    ✅ بعد 6 أشهر من الانتظار، يمكنك الحصول على دروس إنجليزية (ESOL) مموّلة.
    🏛️ القواعد مختلفة في كل منطقة. سجّل في مركز الاستقبال (drop-in)، وهم سيتحققون من ذلك لك.
esol-out-early =
    ⏳ الدروس المموّلة تبدأ عادةً بعد 6 أشهر من الانتظار.
    🗣️ نوادي المحادثة المجانية ودروس المتطوعين مفتوحة لك الآن.
    📝 سجّل في مركز الاستقبال (drop-in) لتبدأ في أقرب وقت ممكن.
esol-out-clubs =
    🗣️ نوادي المحادثة المجانية ودروس المجتمع المحلي مفتوحة للجميع.
    📝 اسأل في مركز الاستقبال (drop-in).
esol-out-register =
    📝 مركز الاستقبال (drop-in) يسجّلك في دروس الإنجليزية، لكي تبدأ قريبًا.
    🪪 أحضر أي وثيقة هوية لديك.
esol-followup = 📚 قبل أسبوعين سألت عن دروس الإنجليزية. هل بدأت درسًا؟

## Something else (IA-01, IA-02, IA-03, IA-04, EM-08, EM-11)

other-title = ❔ شيء آخر
other-q-start = ❔ عن أي موضوع؟
other-opt-person = 💬 أريد التحدث مع شخص
other-opt-legal = ⚖️ قضية لجوئي، أو رسالة من Home Office
other-opt-basics = 🍞 طعام أو ملابس أو مال
other-opt-feelings = 💭 توتر أو حزن أو مشاكل في النوم
other-opt-unsure = ❔ لا أعرف
other-out-person =
    💬 سيكتب لك شخص من فريقنا هنا.
other-out-legal =
    ⚖️ لا يمكننا تقديم نصيحة عن قضيتك أنت. فقط مستشار هجرة مرخّص أو محامٍ يستطيع ذلك.
    🤝 سنساعدك في إيجاد واحد. قد تدفع المساعدة القانونية (legal aid) تكاليفه.
other-out-basics =
    🍞 يمكنك الحصول على طعام وملابس ومساعدات أخرى. فريقنا سيخبرك أين ومتى.
    📞 ليس لديك أي مال، أو ليس لديك مأوى؟ يمكنك أيضًا إخبار Migrant Help: 0808 8010 503.
other-out-feelings =
    💚 كثير من الناس هنا يشعرون بهذا. أنت لست وحدك. الكلام يساعد.
    📞 اتصل بـ NHS 111 واختر خيار الصحة النفسية، ليلًا ونهارًا. أو اتصل بـ Samaritans على 116 123.
    💬 وسيتحدث معك أيضًا شخص من فريقنا.

## Taxonomy terms, as people see them next to a service (directory/taxonomy)

tax-accommodation-repairs = إصلاحات ومشاكل سكن اللجوء
tax-asylum-support = دعم اللجوء وبطاقة ASPEN
tax-gp-registration = التسجيل عند طبيب
tax-urgent-health = مساعدة صحية عاجلة
tax-urgent-dental = مساعدة عاجلة للأسنان
tax-routine-dental = إيجاد طبيب أسنان
tax-hc2 = شهادة HC2: تكاليف NHS مجانية
tax-esol-classes = دروس اللغة الإنجليزية
tax-conversation-clubs = نوادي المحادثة
tax-immigration-advice = نصيحة قانونية في الهجرة
tax-destitution-support = مساعدة إذا لم يكن لديك مال
tax-night-shelter = مكان للنوم الليلة
tax-food = طعام
tax-clothing = ملابس
tax-mental-health = الصحة النفسية والمشاعر
tax-domestic-abuse = عنف أو إساءة في البيت
tax-exploitation = العمل بالإكراه والاستغلال
tax-drop-in = مركز الاستقبال (drop-in)
tax-digital-inclusion = الهواتف والإنترنت والكمبيوتر
tax-council-housing = مساعدة البلدية في السكن
tax-welfare-benefits = الإعانات والمال بعد القرار
tax-emergency = طوارئ
