## Locale: ur (Urdu, اردو)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Welfare check-ins. Short sentences. Keep emoji, numbers and /commands as they are.
## The staff part is shown in English; it is drafted here so every key exists.

## The offer, right after agreeing to the privacy notice, and /checkins

checkin-offer =
    💚 کیا ہم کبھی کبھی آپ کا حال پوچھ سکتے ہیں؟
    ہم ایک مختصر پیغام بھیجتے ہیں: "آپ کیسے ہیں؟" آپ ایک ٹیپ سے جواب دیتے ہیں۔
    ہم صرف آپ کا انتخاب اور آپ کے جواب کا وقت رکھتے ہیں۔ آپ کسی بھی وقت اسے روک سکتے ہیں۔
checkin-weekly-button = 📅 ہر ہفتے
checkin-fortnightly-button = 🗓️ ہر دو ہفتے
checkin-decline-button = 🔕 نہیں، شکریہ
checkin-when-question = 🕘 پیغام کے لیے دن کا کون سا وقت بہتر ہے؟
checkin-morning-button = 🌅 صبح
checkin-afternoon-button = ☀️ دوپہر
checkin-evening-button = 🌆 شام
checkin-status =
    🔔 حال پرسی: { $cadence ->
        [weekly] ہر ہفتے
        [fortnightly] ہر دو ہفتے
       *[off] بند
    }
    🕘 دن کا وقت: { $window ->
        [morning] صبح
        [afternoon] دوپہر
       *[evening] شام
    }
    بدلنے کے لیے ایک بٹن دبائیں۔
checkin-saved =
    ✅ محفوظ ہو گیا۔ ہم { $cadence ->
        [weekly] ہر ہفتے
       *[fortnightly] ہر دو ہفتے
    }، { $window ->
        [morning] صبح
        [afternoon] دوپہر
       *[evening] شام
    } میں آپ کا حال پوچھیں گے۔
    بدلنے یا روکنے کے لیے: /checkins
checkin-stopped = 🔕 حال پرسی بند ہے۔ ہم حال پرسی کے پیغام یا فالو اپ سوال نہیں بھیجیں گے۔ دوبارہ شروع کرنے کے لیے: /checkins
checkin-stop-button = 🔕 حال پرسی بند کریں
checkin-needs-consent = 🔒 حال پرسی کے لیے ہمیں تھوڑی سی معلومات رکھنی ہوں گی۔ براہ کرم پہلے یہ پڑھیں۔

## The check-in

checkin-question =
    💚 Firstport کی طرف سے سلام۔ { $cadence ->
        [fortnightly] پچھلے دو ہفتوں میں
       *[weekly] اس ہفتے
    } آپ کیسے ہیں؟
    ایک جواب دبائیں۔ یہ پیغام روکنے کے لیے 🔕 دبائیں۔
checkin-ok-button = 🙂 ٹھیک ہوں
checkin-help-button = 🤔 مجھے کسی چیز میں مدد چاہیے
checkin-bad-button = 😟 ٹھیک نہیں ہوں
checkin-sos-button = 🆘 فوری مدد
checkin-ok-thanks = 🙂 ہمیں بتانے کا شکریہ۔ اگر آپ کو ہماری ضرورت ہو تو ہم یہاں ہیں۔
checkin-help-menu = 🤔 آپ کو کس چیز میں مدد چاہیے؟ نیچے سے چنیں۔
checkin-bad-question = 😟 ہمیں افسوس ہے کہ حالات مشکل ہیں۔ کیا آپ چاہتے ہیں کہ ہماری ٹیم کا کوئی شخص یہاں آپ سے رابطہ کرے؟
checkin-bad-yes-button = ✅ ہاں، براہ کرم
checkin-bad-no-button = ✖️ نہیں، شکریہ
checkin-bad-declined = 💚 کوئی بات نہیں۔ جب بھی آپ کو ہماری ضرورت ہو، ہم یہاں ہیں۔ مفت نمبر اوپر ہیں۔ آپ نیچے سے بھی چن سکتے ہیں۔

## Under a follow-up question

followup-yes-button = ✅ ہاں
followup-no-button = ❌ نہیں
followup-talk-button = 💬 کسی شخص سے بات کریں
followup-yes-thanks = 🎉 اچھی خبر ہے۔ ہمیں بتانے کا شکریہ۔
followup-no-intro = 💚 ہمیں بتانے کا شکریہ۔ یہ معلومات دوبارہ یہاں ہیں۔ ہماری ٹیم کا کوئی شخص یہاں آپ سے رابطہ بھی کر سکتا ہے۔

## The tip of the week, after 🙂 OK

tip-of-the-week =
    💡 اس ہفتے کا مشورہ:
    { $tip }

## Command menu (setMyCommands); at most 256 characters

cmd-checkins = حال پرسی: کتنی بار، یا بند کریں

## For staff and volunteers (shown in English in the staff chat)

staff-need-welfare = حال پرسی کی کال
checkin-weekly-summary =
    📊 حال پرسی، { $first } سے { $last } تک
    📨 بھیجے گئے: { $sent } · جواب ملے: { $answered }
    🙂 { $ok } · 🤔 { $help } · 😟 { $bad } · 🆘 { $sos }
    🔁 فالو اپ بھیجے گئے: { $followups } · ⏸️ مؤخر: { $postponed }
    📞 ابھی حال پرسی کی کال لسٹ پر: { $calllist }
    🚫 بوٹ کو بلاک کیا: { $blocked } ({ $newblocked } اس ہفتے)
checkin-offdays-title = 📅 ان دنوں میں حال پرسی، فالو اپ یا کوئی اور پیغام نہیں: { $days }
checkin-offdays-none = 📅 کوئی دن چھٹی کے طور پر نشان زد نہیں ہے۔
checkin-offdays-usage = ✍️ /offdays add 2026-12-25 2026-12-26، یا ایک مدت: /offdays add 2026-12-24..2027-01-01۔ واپس لینے کے لیے: /offdays remove 2026-12-25
calllist-title =
    📞 حال پرسی کی کال لسٹ: { $count ->
        [one] 1 شخص
       *[other] { $count } افراد
    }
calllist-empty = 📞 حال پرسی کی کال لسٹ خالی ہے۔
calllist-line = { $n }. { $name } · { $language } · { $reason }
calllist-more = …اور { $count } مزید۔
calllist-reason-missed = 📭 لگاتار { $count } حال پرسی کا کوئی جواب نہیں
calllist-reason-not-ok = 😟 کہا "ٹھیک نہیں ہوں"، پھر جواب نہیں دیا
calllist-reason-followup-no = ❌ فالو اپ کا جواب "نہیں" ({ $need })
calllist-call-button = 📞 { $n } بات شروع کریں
calllist-done-button = ✅ { $n } مکمل
calllist-outcome-question = ✅ { $name } کے ساتھ کیسا رہا؟
calllist-reached-button = 📞 رابطہ ہو گیا
calllist-not-reached-button = 📵 رابطہ نہیں ہوا
calllist-referred-button = ↪️ ریفر کیا گیا
calllist-recorded = ✅ { $name }: { $outcome }۔ لسٹ سے ہٹ گئے۔ ابھی بھی لسٹ پر: { $left }۔
calllist-already-done = ✔️ یہ شخص اب کال لسٹ پر نہیں ہے۔
calllist-chat-started = 📞 ٹکٹ #{ $ticket } آپ کا ہے۔ پہلے آپ لکھیں، اس کے ٹاپک میں۔
calllist-chat-note =
    📞 لسٹ سے حال پرسی کی کال: { $reason }۔ شروع کرنے والے: { $alias }۔
    اس شخص کو ابھی کچھ نہیں بتایا گیا۔ براہ کرم پہلے آپ لکھیں۔
    ہم فون نمبر نہیں رکھتے۔ اگر فون کال مدد کرے تو اسی بات چیت میں اس کا انتظام کریں۔
calllist-has-ticket = 🎫 اس شخص کے پاس پہلے سے ٹکٹ #{ $ticket } ہے۔ براہ کرم وہی استعمال کریں۔
calllist-blocked = 🚫 اس شخص نے بوٹ کو بلاک کر دیا ہے۔ ہم انہیں نہیں لکھ سکتے۔
tip-usage =
    ✍️ /tip en 💡 آپ کا مشورہ، اسی زبان میں۔ ہر پیغام میں ایک زبان۔
    🗑 /tip clear en ایک زبان ہٹاتا ہے۔ /tip clear سب ہٹاتا ہے۔
    جس زبان کا مشورہ نہیں، اسے کوئی مشورہ نہیں ملتا، کبھی انگریزی والا نہیں۔ مشورہ 7 دن دکھایا جاتا ہے۔
tip-set =
    ✅ { $language } کے لیے اس ہفتے کا مشورہ، 🙂 ٹھیک ہوں کے بعد { $days } دن:
    { $tip }
tip-cleared = ✅ مشورہ ہٹا دیا گیا: { $languages }۔
tip-invalid = ⚠️ محفوظ نہیں ہوا: { $problem }۔
tip-list-title = 💡 اس ہفتے کے مشورے:
tip-list-line = • { $language }: { $tip }
tip-list-expired = • { $language } (ایک ہفتے سے پرانا، نہیں دکھایا جاتا): { $tip }
tip-list-empty = 💡 اس ہفتے کا کوئی مشورہ نہیں ہے۔
tip-list-missing = بغیر مشورے کے: { $languages }
