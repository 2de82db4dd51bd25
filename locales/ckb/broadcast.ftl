## Locale: ckb (Kurdish Sorani, کوردی)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📣 Staff broadcasts. First what clients see (template notices, the "(English)" marker and
## the buttons), then the staff wizard. The staff texts are an AI-assisted machine draft too,
## like the client texts (the staff chat itself uses STAFF_LOCALE, which is English).

## Template notices. Site names come from the directory; dates and times are formatted for
## this language.

notice-closed = ⛔ بنکەی یارمەتی (drop-in) لە { $site } لە ڕۆژی { $date } داخراوە.
notice-moved = 📍 بنکەی یارمەتی (drop-in)ی ڕۆژی { $date } گوازرایەوە بۆ { $site }، کاتژمێر { $time }.
notice-esol = 📚 پۆلێکی نوێی ئینگلیزی (ESOL) لە { $date } دەست پێدەکات. لە بنکەی یارمەتی ناو بنووسە.

## Free text sent in English to someone whose language has no version

broadcast-in-english = (بە ئینگلیزی)

## Buttons on a broadcast

broadcast-got-it = 👍 تێگەیشتم
broadcast-book-button = 📅 نۆرە بگرە
broadcast-thanks = 👍 سوپاس.

## The wizard (staff)

broadcast-kind-question = 📣 نامەی گشتیی نوێ #{ $id }. چ جۆرێک؟
broadcast-kind-template = 📋 ئاگادارکردنەوەی ئامادە
broadcast-kind-text = ✏️ دەقی ئازاد
broadcast-template-question = کام ئاگادارکردنەوە؟ پێشتر بە هەموو زمانەکان نووسراوە.
broadcast-notice-closed = ⛔ بنکەی یارمەتی داخراوە
broadcast-notice-moved = 📍 بنکەی یارمەتی گوازرایەوە
broadcast-notice-esol = 📚 پۆلی نوێی ESOL
broadcast-session-question = دەربارەی کام ڕۆژی بنکەی یارمەتییە؟
broadcast-no-sessions = لە 4 هەفتەی داهاتوودا هیچ ڕۆژێکی بنکەی یارمەتی نییە، بۆیە هیچ شتێک نییە کە ئاگاداری لەسەر بدرێت.
broadcast-card =
    📣 نامەی گشتی #{ $id } (ڕەشنووس)
    ناوەڕۆک: { $kind }
    وەشانەکان: { $versions }
    وەرگران: { $audience } → { $total } کەس ({ $counts })
    زمانە بێ وەشانەکان: { $missing } → { $choice }
    دوگمە: { $button }
    کەی: { $when }
broadcast-help-card =
    وەرگران: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N (بە AND پێکەوە دەبەسترێن)
    کات: /broadcast at YYYY-MM-DD HH:MM (Europe/London) | /broadcast at now
    دەقی ئازاد: /version LANGUAGE text (بۆ هەر زمانێک یەکێک؛ وێنەیەک بەو نووسینەوە (caption) وێنەکەش زیاد دەکات)
broadcast-now = ئێستا (now)
broadcast-everyone-button = 👥 هەموو کەس
broadcast-booked-button = 📅 نۆرەگرتووانی ئەم ڕۆژە
broadcast-button-none = بێ دوگمە
broadcast-button-ack = 👍 تێگەیشتم
broadcast-button-book = 📅 بەستەری نۆرەگرتن
broadcast-missing-skip = بۆ ئەو کەسانە مەنێرن
broadcast-missing-english = ئینگلیزی بنێرن، بە نیشانەی «(بە ئینگلیزی)»
broadcast-preview-button = 👁 پێشاندانی پێشوەختە و پشتڕاستکردنەوە
broadcast-cancel-button = ✖ هەڵوەشاندنەوە
broadcast-send-button = ✅ ناردن
broadcast-preview-header = 👁 { $lang } · { $count } کەس · { $how } (own = وەشانی زمانی خۆیان، english = وەشانی ئینگلیزی بە نیشانەی «(بە ئینگلیزی)»، skip = نانێردرێت)
broadcast-confirm =
    📣 نامەی گشتی #{ $id }: { $total } کەس
    { $lines }
    کەی: { $when } · پێویستی بە پەسەندکردنی کارمەندێکی تری ستاف هەیە: { $approval }
    بۆ پشتڕاستکردنەوە ✅ ناردن دابگرن.
broadcast-need-kind = سەرەتا جۆرێک هەڵبژێرن.
broadcast-need-template = سەرەتا ئاگادارکردنەوەکە و ڕۆژەکەی هەڵبژێرن.
broadcast-need-version = سەرەتا دەقێک زیاد بکەن: /version en دەقەکەتان
broadcast-nobody = لەناو ئەم وەرگرانەدا هیچ کەس نییە.
broadcast-need-missing-choice = هەندێک زمان لەناو وەرگراندا وەشانیان نییە: «بۆ ئەو کەسانە مەنێرن» یان «ئینگلیزی بنێرن» هەڵبژێرن.
broadcast-need-english = بۆ ناردنی ئینگلیزی بۆ زمانەکانی تر، وەشانێکی ئینگلیزی زیاد بکەن: /version en دەقەکەتان
broadcast-need-preview = سەرەتا پێشاندانی پێشوەختەی بکەن: هەموو وەشانێک پیشان دەدرێت پێش ئەوەی بتوانرێت بنێردرێت.
broadcast-started = 📣 نامەی گشتی #{ $id } بۆ { $total } کەس دەنێردرێت. ڕەوتی ناردن لە گفتوگۆی ستافدا پیشان دەدرێت؛ /broadcast_cancel ڕایدەگرێت.
broadcast-scheduled = 🕒 نامەی گشتی #{ $id } لە { $when } (Europe/London) دەست پێدەکات.
broadcast-awaiting = ⏳ نامەی گشتی #{ $id } بۆ { $total } کەس دەچێت، کە زیاترە لە { $threshold }: پێویستە کارمەندێکی تری ستاف لە گفتوگۆی ستافدا «پەسەندکردن» دابگرێت.
broadcast-approval-request = ⏳ نامەی گشتی #{ $id } بۆ { $total } کەس پێویستی بە پەسەندکردنی کارمەندێکی تری ستاف هەیە.
broadcast-approve-button = ✅ پەسەندکردن
broadcast-approve-self = ئێوە ئەم نامە گشتییەتان دروست کردووە: پێویستە کارمەندێکی تری ستاف پەسەندی بکات.
broadcast-approved = ✅ نامەی گشتی #{ $id } پەسەند کرا.
broadcast-gone = ئەم نامە گشتییە ئیتر چاوەڕێی ئەوە ناکات.
broadcast-dropped = ✖ نامەی گشتی #{ $id } لابرا.
broadcast-no-draft = هیچ ڕەشنووسێکی نامەی گشتیی دەقی ئازاد نییە. بە /broadcast یەکێک دەست پێبکەن.
broadcast-usage = بەکارهێنان: /broadcast, /broadcast to …, /broadcast at …
broadcast-version-usage = بەکارهێنان: /version LANGUAGE text. زمانەکان: { $locales }
broadcast-version-saved = ✅ وەشانی { $lang } پاشەکەوت کرا (لەلایەن { $by } زیاد کرا).
broadcast-audience-usage = بەکارهێنان: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N
broadcast-at-usage = بەکارهێنان: /broadcast at YYYY-MM-DD HH:MM (کاتێکی داهاتوو، Europe/London) یان /broadcast at now
broadcast-cancelled = ✖ نامەی گشتی #{ $id } هەڵوەشایەوە. ئەوەی نێردراوە، بە نێردراوی دەمێنێتەوە.
broadcast-nothing-to-cancel = هیچ نامەیەکی گشتی نییە بۆ هەڵوەشاندنەوە.
broadcast-edit-usage = بەکارهێنان: /broadcast_edit ID LANGUAGE corrected text
broadcast-edit-template = تەنها وەشانی زمانێکی نامەی گشتیی دەقی ئازاد دەستکاری دەکرێت. بۆ ئاگادارکردنەوەی ئامادە، بیسڕنەوە و یەکێکی ڕاستکراوە بنێرن.
broadcast-edited = ✏️ نامەی گشتی #{ $id }: { $count } نوسخە بە { $lang } ڕاست دەکرێنەوە.
broadcast-delete-usage = بەکارهێنان: /broadcast_delete ID (نامەیەکی گشتی کە نێردراوە)
broadcast-deleted = 🗑 نامەی گشتی #{ $id }: { $count } نوسخە دەسڕدرێنەوە.
broadcast-unknown = هیچ نامەیەکی گشتیی نێردراو بە ژمارەی #{ $id } نییە.
broadcast-progress =
    📣 نامەی گشتی #{ $id }
    { $bar } { $percent }%
    ✅ نێردرا { $sent } · ❌ سەرنەکەوت { $failed } · ⏳ ماوە { $left } · نزیکەی { $eta } ی ماوە
broadcast-report =
    📣 نامەی گشتی #{ $id }: ڕاپۆرتی کۆتایی
    کەسەکان: { $total }
    ✅ گەیشت: { $sent }
    ❌ نەگەیشت: بۆتەکەیان بلۆک کردووە { $blocked } · هەژمارەکەیان نەماوە { $gone } · ڕەتکرایەوە یان وازی لێهێنرا { $failed }
    ➖ نەنێردرا: وەشان بە زمانی خۆیان نییە { $skipped } · سنووری ڕۆژانە تەواو بوو { $capped } · هەڵوەشایەوە { $cancelled }
    بەپێی زمان (گەیشتوو/کەس): { $languages }
    داگرتنی دوگمە: { $pressed }
