## Locale: ar (Arabic, العربية)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Talking to a person: the relay between a client and the volunteer who claimed the ticket.
## The client never sees a volunteer's name or account, only the alias they chose.

relay-greeting = 💬 أنت تتحدث الآن مع { $alias }. اكتب هنا، وستصلك الإجابة في هذه المحادثة. يرجى عدم إرسال رقمك المرجعي لدى Home Office، ولا رقم بطاقة ASPEN، ولا الرقم السري (PIN).
relay-default-alias = متطوع من فريق Firstport
relay-bar-menu = 🏠 القائمة
relay-bar-end = ❌ إنهاء المحادثة
relay-ended = 👋 انتهت المحادثة. عدت الآن إلى البوت. ما زال بإمكان فريقنا أن يكتب لك هنا.
relay-reassigned = 🔁 سيتابع معك شخص آخر من فريقنا. يرجى انتظار رسالته هنا.
relay-closed-question = 🙏 أنهى فريقنا هذه المحادثة. هل ساعدناك؟
relay-rating-yes = 👍 نعم
relay-rating-no = 👎 لا
relay-rating-thanks = 🙏 شكرًا لأنك أخبرتنا.

## Canned replies: a volunteer picks one; the client receives it in their own language.

canned-received = ✅ وصلتنا رسالتك. سيرد عليك شخص قريبًا.
canned-dropin = 🤝 يرجى الحضور إلى مركز الاستقبال (drop-in). أحضر معك أي رسائل لديك.
canned-migrant-help = 📞 يرجى الاتصال بـ Migrant Help على 0808 8010 503. الاتصال مجاني، ليلًا ونهارًا.
canned-nhs-111 = 🩺 إذا كانت لديك مشكلة صحية، اتصل بـ NHS 111. الاتصال مجاني، ليلًا ونهارًا.
canned-tomorrow = 🕒 سنكتب لك مرة أخرى غدًا.
canned-no-documents = 📷 يرجى عدم إرسال صور وثائقك هنا. أحضرها إلى مركز الاستقبال (drop-in).

## For staff and volunteers (in the staff chat)

handoff-header =
    🎫 #{ $ticket } · { $need } · { $language } · { $urgency }
    النتيجة: { $outcome } · المستوى: { $tier }
    الاسم: { $name }
    المسار: { $path }
    الحالة: { $status }
handoff-status-open = 🟡 مفتوحة، بانتظار شخص
handoff-status-claimed = 🟢 تولّاها { $alias }
handoff-status-closed = ⚪ مغلقة
handoff-status-reopened = 🔁 أُعيد فتحها، بانتظار شخص
handoff-claim-button = ✋ تولّي التذكرة
handoff-close-button = ✅ إغلاق
handoff-reassign-button = 🔁 إعادة إلى القائمة
handoff-canned-button = 💬 ردود جاهزة
handoff-claimed-by = ✋ تولّى { $alias } هذه التذكرة. الرسائل التي ينشرها هنا تصل إلى الشخص.
handoff-already-claimed = هذه التذكرة تولّاها { $alias } من قبل.
handoff-not-claimable = لا يمكن تولّي هذه التذكرة الآن.
handoff-not-claimer = ⚠️ لم تُرسَل: فقط { $alias }، الذي تولّى هذه التذكرة، يمكنه الكتابة إلى الشخص. ابدأ الرسالة بـ // لكتابة ملاحظة للفريق.
handoff-unclaimed-post = ⚠️ لم تُرسَل: تولَّ التذكرة أولًا. ابدأ الرسالة بـ // لكتابة ملاحظة للفريق.
handoff-client-left = 👋 عاد الشخص إلى قائمة البوت.
handoff-client-blocked = 🚫 قام الشخص بحظر البوت. لن تصل إليه الرسائل المنشورة هنا حتى يكتب مرة أخرى.
handoff-client-crisis = 🆘 رسالة الشخص طابقت قائمة كلمات الأزمة. عُرضت عليه أرقام الطوارئ.
handoff-closed = ✅ أغلقها { $alias }.
handoff-reopened = 🔁 كتب الشخص مرة أخرى بعد إغلاق هذه التذكرة. عادت إلى قائمة الانتظار.
handoff-forgotten = 🗑 حذف الشخص بياناته. أُغلقت هذه التذكرة وحُذفت روابط رسائلها.
handoff-rating = ⭐ أجاب الشخص عن سؤال "هل ساعدناك؟": { $answer }
handoff-canned-pick = 💬 اختر ردًا. يصل الرد إلى الشخص بلغته، وتراه أنت هنا بالإنجليزية.
handoff-canned-sent = 📤 أُرسل إلى الشخص: { $text }
handoff-reassigned = 🔁 أعاد { $alias } هذه التذكرة إلى قائمة الانتظار.
handoff-unclaimed-again = ⏰ التذكرة #{ $ticket } ما زالت بانتظار شخص.
handoff-mentions = يتحدثون { $language }: { $names }
handoff-no-forum = ⚠️ محادثة الفريق هذه ليس فيها مواضيع (topics)، أو لا أستطيع إدارة المواضيع هنا. لذلك سأنشر كل تذكرة على شكل بطاقة: للرد على الشخص، رُدّ على بطاقة التذكرة أو على رسائلها.
handoff-not-allowed = 🔒 دورك لا يسمح بذلك.
team-title = 👥 الفريق ({ $count })
team-line = • { $id } · { $role } · { $alias } · { $languages } · { $availability }
team-available = متاح
team-away = غير متاح
team-added = ✅ دور { $id } الآن: { $role }.
team-removed = ✅ أُزيل { $id } من الفريق.
team-not-found = { $id } ليس في الفريق.
team-usage = الاستعمال: /team، أو /team add <id> staff|volunteer، أو /team remove <id> (أو رُدّ على رسالته).
team-alias-set = ✅ سيراك الناس باسم "{ $alias }".
team-alias-usage = الاستعمال: /alias Sam, volunteer
team-languages-set = ✅ لغاتك: { $languages }
team-languages-usage = الاستعمال: /languages ar fa en
team-now-available = ✅ أنت متاح الآن. التذاكر الجديدة بلغاتك ستشير إليك (mention).
team-now-away = 💤 أنت غير متاح الآن. التذاكر الجديدة لن تشير إليك.
outbox-title = 📮 صندوق الصادر: { $counts }
outbox-errors = آخر الأخطاء:
