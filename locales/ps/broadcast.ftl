## Locale: ps (Pashto, پښتو)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📣 Staff broadcasts. First what clients see (template notices, the "(English)" marker and
## the buttons), then the staff wizard.
## The staff texts (the wizard) are an AI draft in this language too, like the client texts.

## Template notices. Site names come from the directory; dates and times are formatted for
## this language.

notice-closed = ⛔ په { $site } کې د مرستې مرکز (drop-in) د { $date } په ورځ بند دی.
notice-moved = 📍 د { $date } د مرستې مرکز (drop-in) { $site } ته لېږدول شوی، په { $time } بجو.
notice-esol = 📚 د انګلیسي ژبې (ESOL) نوی ټولګی په { $date } پیلېږي. د مرستې په مرکز کې نوم ولیکئ.

## Free text sent in English to someone whose language has no version

broadcast-in-english = (په انګلیسي)

## Buttons on a broadcast

broadcast-got-it = 👍 پوه شوم
broadcast-book-button = 📅 وخت ونیسئ
broadcast-thanks = 👍 مننه.

## The wizard (staff)

broadcast-kind-question = 📣 نوی عمومي پیغام #{ $id }. کوم ډول؟
broadcast-kind-template = 📋 چمتو خبرتیا
broadcast-kind-text = ✏️ آزاد متن
broadcast-template-question = کومه خبرتیا؟ دا دمخه په ټولو ژبو لیکل شوې ده.
broadcast-notice-closed = ⛔ د مرستې مرکز بند دی
broadcast-notice-moved = 📍 د مرستې مرکز لېږدول شوی
broadcast-notice-esol = 📚 نوی ESOL ټولګی
broadcast-session-question = د مرستې مرکز (drop-in) د کومې ناستې په اړه ده؟
broadcast-no-sessions = په راتلونکو 4 اونیو کې د مرستې مرکز (drop-in) هېڅ ناسته نشته، نو د خبرتیا لپاره هېڅ شی نشته.
broadcast-card =
    📣 عمومي پیغام #{ $id } (مسوده)
    منځپانګه: { $kind }
    نسخې: { $versions }
    مخاطبین: { $audience } → { $total } کسان ({ $counts })
    هغه ژبې چې نسخه نه لري: { $missing } → { $choice }
    تڼۍ: { $button }
    وخت: { $when }
broadcast-help-card =
    مخاطبین: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N (شرطونه د AND سره یو ځای کېږي)
    وخت: /broadcast at YYYY-MM-DD HH:MM (Europe/London) | /broadcast at now
    آزاد متن: /version LANGUAGE text (د هرې ژبې لپاره یوه؛ د همدې لیکنې سره عکس، عکس هم ور زیاتوي)
broadcast-now = همدا اوس
broadcast-everyone-button = 👥 ټول
broadcast-booked-button = 📅 هغوی چې په دې ناسته کې یې وخت نیولی
broadcast-button-none = بې تڼۍ
broadcast-button-ack = 👍 پوه شوم
broadcast-button-book = 📅 د وخت نیولو لینک
broadcast-missing-skip = دغو کسانو ته یې مه لېږئ
broadcast-missing-english = انګلیسي ولېږئ، د "(په انګلیسي)" نښې سره
broadcast-preview-button = 👁 مخکتنه او تایید
broadcast-cancel-button = ✖ لغوه
broadcast-send-button = ✅ لېږل
broadcast-preview-header = 👁 { $lang } · { $count } کسان · { $how } (own = د دوی خپله نسخه، english = انګلیسي نسخه د "(په انګلیسي)" نښې سره، skip = نه لېږل کېږي)
broadcast-confirm =
    📣 عمومي پیغام #{ $id }: { $total } کسان
    { $lines }
    وخت: { $when } · د یو بل کارکوونکي منظورۍ ته اړتیا: { $approval }
    د تایید لپاره ✅ لېږل کېکاږئ.
broadcast-need-kind = لومړی ډول وټاکئ.
broadcast-need-template = لومړی خبرتیا او د هغې ناسته وټاکئ.
broadcast-need-version = لومړی یو متن ور زیات کړئ: /version en Your text
broadcast-nobody = په دې مخاطبینو کې هېڅوک نشته.
broadcast-need-missing-choice = د مخاطبینو ځینې ژبې نسخه نه لري: "دغو کسانو ته یې مه لېږئ" یا "انګلیسي ولېږئ" وټاکئ.
broadcast-need-english = که غواړئ نورو ژبو ته انګلیسي ولېږئ، یوه انګلیسي نسخه ور زیاته کړئ: /version en Your text
broadcast-need-preview = لومړی یې مخکتنه وکړئ: هره نسخه د لېږلو مخکې ښودل کېږي.
broadcast-started = 📣 عمومي پیغام #{ $id } { $total } کسانو ته لېږل کېږي. پرمختګ د کارکوونکو په چټ کې ښودل کېږي؛ /broadcast_cancel یې دروي.
broadcast-scheduled = 🕒 عمومي پیغام #{ $id } به په { $when } (Europe/London) پیل شي.
broadcast-awaiting = ⏳ عمومي پیغام #{ $id } { $total } کسانو ته ځي، چې له { $threshold } څخه زیات دي: یو بل کارکوونکی باید د کارکوونکو په چټ کې د منظورۍ تڼۍ کېکاږي.
broadcast-approval-request = ⏳ عمومي پیغام #{ $id } { $total } کسانو ته د یو بل کارکوونکي منظورۍ ته اړتیا لري.
broadcast-approve-button = ✅ منظور کړئ
broadcast-approve-self = دا عمومي پیغام تاسو جوړ کړی: یو بل کارکوونکی باید منظور یې کړي.
broadcast-approved = ✅ عمومي پیغام #{ $id } منظور شو.
broadcast-gone = دا عمومي پیغام نور د دې شي انتظار نه باسي.
broadcast-dropped = ✖ د عمومي پیغام #{ $id } مسوده پرېښودل شوه.
broadcast-no-draft = د آزاد متن د عمومي پیغام هېڅ مسوده نشته. یوه یې په /broadcast پیل کړئ.
broadcast-usage = کارول: /broadcast، /broadcast to …، /broadcast at …
broadcast-version-usage = کارول: /version LANGUAGE text. ژبې: { $locales }
broadcast-version-saved = ✅ د { $lang } نسخه خوندي شوه ({ $by } ور زیاته کړه).
broadcast-audience-usage = کارول: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N
broadcast-at-usage = کارول: /broadcast at YYYY-MM-DD HH:MM (راتلونکی وخت، Europe/London) یا /broadcast at now
broadcast-cancelled = ✖ عمومي پیغام #{ $id } لغوه شو. څه چې لېږل شوي، لېږل شوي پاتې کېږي.
broadcast-nothing-to-cancel = د لغوه کولو لپاره هېڅ عمومي پیغام نشته.
broadcast-edit-usage = کارول: /broadcast_edit ID LANGUAGE corrected text
broadcast-edit-template = یوازې د آزاد متن د عمومي پیغام د یوې ژبې نسخه سمېدای شي. چمتو خبرتیا ړنګه کړئ او یوه سمه شوې خبرتیا ولېږئ.
broadcast-edited = ✏️ عمومي پیغام #{ $id }: په { $lang } کې { $count } لېږل شوي پیغامونه سمېږي.
broadcast-delete-usage = کارول: /broadcast_delete ID (یو عمومي پیغام چې لېږل شوی وي)
broadcast-deleted = 🗑 عمومي پیغام #{ $id }: { $count } لېږل شوي پیغامونه ړنګېږي.
broadcast-unknown = د #{ $id } شمېرې هېڅ لېږل شوی عمومي پیغام نشته.
broadcast-progress =
    📣 عمومي پیغام #{ $id }
    { $bar } { $percent }%
    ✅ لېږل شوي { $sent } · ❌ ناکام { $failed } · ⏳ پاتې { $left } · نږدې { $eta } نور
broadcast-report =
    📣 عمومي پیغام #{ $id }: وروستی راپور
    کسان: { $total }
    ✅ ورسېدل: { $sent }
    ❌ ونه رسېدل: بوټ یې بلاک کړی { $blocked } · حساب نور نشته { $gone } · رد شول یا هڅه پرېښودل شوه { $failed }
    ➖ ونه لېږل شول: په خپله ژبه نسخه نه وه { $skipped } · ورځني حد ته رسېدلي { $capped } · لغوه شول { $cancelled }
    د ژبې له مخې (رسېدلي/کسان): { $languages }
    د تڼۍ کېکاږل: { $pressed }
