## Locale: ar (Arabic, العربية)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Welfare check-ins. Short sentences. Keep emoji, numbers and /commands as they are.
## The staff part is shown in English; it is drafted here so every key exists.

## The offer, right after agreeing to the privacy notice, and /checkins

checkin-offer =
    💚 هل يمكننا أن نطمئن عليك من وقت لآخر؟
    نرسل رسالة قصيرة واحدة: "كيف حالك؟" تجيب بلمسة واحدة.
    نحتفظ فقط باختيارك وبوقت إجابتك. يمكنك التوقف في أي وقت.
checkin-weekly-button = 📅 كل أسبوع
checkin-fortnightly-button = 🗓️ كل أسبوعين
checkin-decline-button = 🔕 لا، شكرًا
checkin-when-question = 🕘 ما أفضل وقت في اليوم لرسالة؟
checkin-morning-button = 🌅 الصباح
checkin-afternoon-button = ☀️ بعد الظهر
checkin-evening-button = 🌆 المساء
checkin-status =
    🔔 رسائل الاطمئنان: { $cadence ->
        [weekly] كل أسبوع
        [fortnightly] كل أسبوعين
       *[off] متوقفة
    }
    🕘 وقت اليوم: { $window ->
        [morning] الصباح
        [afternoon] بعد الظهر
       *[evening] المساء
    }
    اضغط على زر لتغييره.
checkin-saved =
    ✅ تم الحفظ. سنطمئن عليك { $cadence ->
        [weekly] كل أسبوع
       *[fortnightly] كل أسبوعين
    }، في { $window ->
        [morning] الصباح
        [afternoon] فترة بعد الظهر
       *[evening] المساء
    }.
    للتغيير أو التوقف: /checkins
checkin-stopped = 🔕 رسائل الاطمئنان متوقفة. لن نرسل رسائل اطمئنان أو أسئلة متابعة. للبدء من جديد: /checkins
checkin-stop-button = 🔕 إيقاف رسائل الاطمئنان
checkin-needs-consent = 🔒 لرسائل الاطمئنان نحتاج أن نحتفظ بقليل من المعلومات. يرجى قراءة هذا أولًا.

## The check-in

checkin-question =
    💚 مرحبًا من Firstport. كيف حالك { $cadence ->
        [fortnightly] في الأسبوعين الماضيين
       *[weekly] هذا الأسبوع
    }؟
    اضغط على إجابة واحدة. لإيقاف هذه الرسائل، اضغط 🔕.
checkin-ok-button = 🙂 بخير
checkin-help-button = 🤔 أحتاج مساعدة في شيء
checkin-bad-button = 😟 لست بخير
checkin-sos-button = 🆘 مساعدة عاجلة
checkin-ok-thanks = 🙂 شكرًا لأنك أخبرتنا. نحن هنا إذا احتجت إلينا.
checkin-help-menu = 🤔 في أي شيء تحتاج مساعدة؟ اختر من الأسفل.
checkin-bad-question = 😟 نأسف لأن الأمور صعبة. هل تريد أن يتواصل معك شخص من فريقنا هنا؟
checkin-bad-yes-button = ✅ نعم، من فضلك
checkin-bad-no-button = ✖️ لا، شكرًا
checkin-bad-declined = 💚 لا بأس. نحن هنا كلما احتجت إلينا. الأرقام المجانية في الأعلى. يمكنك أيضًا الاختيار من الأسفل.

## Under a follow-up question

followup-yes-button = ✅ نعم
followup-no-button = ❌ لا
followup-talk-button = 💬 التحدث مع شخص
followup-yes-thanks = 🎉 خبر جيد. شكرًا لأنك أخبرتنا.
followup-no-intro = 💚 شكرًا لأنك أخبرتنا. هذه المعلومات مرة أخرى. قد يتواصل معك أيضًا شخص من فريقنا هنا.

## The tip of the week, after 🙂 OK

tip-of-the-week =
    💡 نصيحة الأسبوع:
    { $tip }

## Command menu (setMyCommands); at most 256 characters

cmd-checkins = رسائل الاطمئنان: كم مرة، أو إيقافها

## For staff and volunteers (shown in English in the staff chat)

staff-need-welfare = اتصال للاطمئنان
checkin-weekly-summary =
    📊 رسائل الاطمئنان، من { $first } إلى { $last }
    📨 أُرسلت: { $sent } · أُجيب عنها: { $answered }
    🙂 { $ok } · 🤔 { $help } · 😟 { $bad } · 🆘 { $sos }
    🔁 أسئلة متابعة أُرسلت: { $followups } · ⏸️ أُجّلت: { $postponed }
    📞 على قائمة اتصالات الاطمئنان الآن: { $calllist }
    🚫 حظروا البوت: { $blocked } ({ $newblocked } هذا الأسبوع)
checkin-offdays-title = 📅 لا رسائل اطمئنان ولا متابعة ولا رسائل أخرى في: { $days }
checkin-offdays-none = 📅 لا توجد أيام محددة كعطلة.
checkin-offdays-usage = ✍️ /offdays add 2026-12-25 2026-12-26، أو فترة: /offdays add 2026-12-24..2027-01-01. للإلغاء: /offdays remove 2026-12-25
calllist-title =
    📞 قائمة اتصالات الاطمئنان: { $count ->
        [one] شخص واحد
       *[other] { $count } أشخاص
    }
calllist-empty = 📞 قائمة اتصالات الاطمئنان فارغة.
calllist-line = { $n }. { $name } · { $language } · { $reason }
calllist-more = …و{ $count } آخرون.
calllist-reason-missed = 📭 { $count } رسائل اطمئنان متتالية بلا إجابة
calllist-reason-not-ok = 😟 قال "لست بخير"، ثم لم يجب
calllist-reason-followup-no = ❌ أجاب "لا" على سؤال متابعة ({ $need })
calllist-call-button = 📞 { $n } بدء محادثة
calllist-done-button = ✅ { $n } تم
calllist-outcome-question = ✅ كيف جرى الأمر مع { $name }؟
calllist-reached-button = 📞 تم التواصل
calllist-not-reached-button = 📵 لم يتم التواصل
calllist-referred-button = ↪️ تمت الإحالة
calllist-recorded = ✅ { $name }: { $outcome }. خرج من القائمة. ما زال على القائمة: { $left }.
calllist-already-done = ✔️ هذا الشخص لم يعد على قائمة الاتصالات.
calllist-chat-started = 📞 التذكرة #{ $ticket } لك. اكتب أولًا، في موضوعها.
calllist-chat-note =
    📞 اتصال اطمئنان من القائمة: { $reason }. بدأه { $alias }.
    لم يُخبر الشخص بشيء بعد. يرجى أن تكتب أولًا.
    لا نحتفظ بأرقام الهواتف. إذا كانت مكالمة هاتفية ستساعد، رتّبها في هذه المحادثة.
calllist-has-ticket = 🎫 لدى هذا الشخص التذكرة #{ $ticket } بالفعل. يرجى استخدامها.
calllist-blocked = 🚫 هذا الشخص حظر البوت. لا يمكننا الكتابة إليه.
tip-usage =
    ✍️ /tip en 💡 نصيحتك، بتلك اللغة. لغة واحدة في كل رسالة.
    🗑 /tip clear en يحذف لغة واحدة. /tip clear يحذف الكل.
    اللغة التي ليس لها نصيحة لا تحصل على نصيحة، وليس النصيحة الإنجليزية أبدًا. تظهر النصيحة لمدة 7 أيام.
tip-set =
    ✅ نصيحة الأسبوع للغة { $language }، تظهر بعد 🙂 بخير لمدة { $days } أيام:
    { $tip }
tip-cleared = ✅ حُذفت النصيحة: { $languages }.
tip-invalid = ⚠️ لم تُحفظ: { $problem }.
tip-list-title = 💡 نصائح الأسبوع:
tip-list-line = • { $language }: { $tip }
tip-list-expired = • { $language } (أقدم من أسبوع، لا تظهر): { $tip }
tip-list-empty = 💡 لا توجد نصيحة أسبوع.
tip-list-missing = لا نصيحة في: { $languages }
