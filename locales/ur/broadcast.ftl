## Locale: ur (Urdu, اردو)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📣 Staff broadcasts. First what clients see (template notices, the "(English)" marker and
## the buttons), then the staff wizard.
## The staff texts (the wizard) are an AI draft in this language too, like the client texts.

## Template notices. Site names come from the directory; dates and times are formatted for
## this language.

notice-closed = ⛔ { $date } کو { $site } پر ڈراپ اِن بند ہے۔
notice-moved = 📍 { $date } کا ڈراپ اِن { $site } منتقل ہو گیا ہے، { $time } بجے۔
notice-esol = 📚 انگریزی (ESOL) کی نئی کلاس { $date } سے شروع ہو رہی ہے۔ ڈراپ اِن پر اندراج کروائیں۔

## Free text sent in English to someone whose language has no version

broadcast-in-english = (انگریزی میں)

## Buttons on a broadcast

broadcast-got-it = 👍 سمجھ گیا
broadcast-book-button = 📅 وقت بک کریں
broadcast-thanks = 👍 شکریہ۔

## The wizard (staff)

broadcast-kind-question = 📣 نیا براڈکاسٹ #{ $id }۔ کس قسم کا؟
broadcast-kind-template = 📋 تیار نوٹس
broadcast-kind-text = ✏️ آزاد متن
broadcast-template-question = کون سا نوٹس؟ یہ پہلے سے ہر زبان میں لکھا ہوا ہے۔
broadcast-notice-closed = ⛔ ڈراپ اِن بند
broadcast-notice-moved = 📍 ڈراپ اِن منتقل
broadcast-notice-esol = 📚 ESOL کی نئی کلاس
broadcast-session-question = یہ ڈراپ اِن کے کس سیشن کے بارے میں ہے؟
broadcast-no-sessions = اگلے 4 ہفتوں میں ڈراپ اِن کا کوئی سیشن نہیں، اس لیے اطلاع دینے کو کچھ نہیں۔
broadcast-card =
    📣 براڈکاسٹ #{ $id } (ڈرافٹ)
    مواد: { $kind }
    ورژن: { $versions }
    مخاطبین: { $audience } → { $total } لوگ ({ $counts })
    بغیر ورژن والی زبانیں: { $missing } → { $choice }
    بٹن: { $button }
    کب: { $when }
broadcast-help-card =
    مخاطبین: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N (شرطیں AND سے جوڑی جاتی ہیں)
    وقت: /broadcast at YYYY-MM-DD HH:MM (Europe/London) | /broadcast at now
    آزاد متن: /version LANGUAGE text (ہر زبان کے لیے ایک؛ اسی کیپشن والی تصویر بھیجنے سے تصویر بھی شامل ہو جاتی ہے)
broadcast-now = ابھی
broadcast-everyone-button = 👥 سب
broadcast-booked-button = 📅 اس سیشن میں بکنگ والے
broadcast-button-none = کوئی بٹن نہیں
broadcast-button-ack = 👍 سمجھ گیا
broadcast-button-book = 📅 بکنگ کا لنک
broadcast-missing-skip = ان لوگوں کو چھوڑ دیں
broadcast-missing-english = انگریزی بھیجیں، "(انگریزی میں)" کے نشان کے ساتھ
broadcast-preview-button = 👁 پیش نظارہ اور تصدیق
broadcast-cancel-button = ✖ منسوخ
broadcast-send-button = ✅ بھیجیں
broadcast-preview-header = 👁 { $lang } · { $count } لوگ · { $how } (own = ان کا اپنا ورژن، english = "(انگریزی میں)" کے نشان والا انگریزی ورژن، skip = نہیں بھیجا جائے گا)
broadcast-confirm =
    📣 براڈکاسٹ #{ $id }: { $total } لوگ
    { $lines }
    کب: { $when } · اسٹاف کے دوسرے رکن کی منظوری درکار ہے: { $approval }
    تصدیق کے لیے ✅ بھیجیں دبائیں۔
broadcast-need-kind = پہلے قسم منتخب کریں۔
broadcast-need-template = پہلے نوٹس اور اس کا سیشن منتخب کریں۔
broadcast-need-version = پہلے ایک متن شامل کریں: /version en Your text
broadcast-nobody = ان مخاطبین میں کوئی نہیں ہے۔
broadcast-need-missing-choice = مخاطبین کی کچھ زبانوں کا کوئی ورژن نہیں: "ان لوگوں کو چھوڑ دیں" یا "انگریزی بھیجیں" منتخب کریں۔
broadcast-need-english = دوسری زبانوں کو انگریزی بھیجنے کے لیے انگریزی ورژن شامل کریں: /version en Your text
broadcast-need-preview = پہلے پیش نظارہ دیکھیں: بھیجے جانے سے پہلے ہر ورژن دکھایا جاتا ہے۔
broadcast-started = 📣 براڈکاسٹ #{ $id } { $total } لوگوں کو بھیجا جا رہا ہے۔ پیش رفت اسٹاف چیٹ میں دکھائی جاتی ہے؛ /broadcast_cancel اسے روک دیتا ہے۔
broadcast-scheduled = 🕒 براڈکاسٹ #{ $id } { $when } (Europe/London) پر شروع ہو گا۔
broadcast-awaiting = ⏳ براڈکاسٹ #{ $id } { $total } لوگوں کو جائے گا، جو { $threshold } سے زیادہ ہیں: اسٹاف کے دوسرے رکن کو اسٹاف چیٹ میں منظور کریں دبانا ہو گا۔
broadcast-approval-request = ⏳ { $total } لوگوں کے لیے براڈکاسٹ #{ $id } کو اسٹاف کے دوسرے رکن کی منظوری درکار ہے۔
broadcast-approve-button = ✅ منظور کریں
broadcast-approve-self = یہ براڈکاسٹ آپ نے بنایا ہے: اسٹاف کا کوئی دوسرا رکن اسے منظور کرے۔
broadcast-approved = ✅ براڈکاسٹ #{ $id } منظور ہو گیا۔
broadcast-gone = یہ براڈکاسٹ اب اس کا انتظار نہیں کر رہا۔
broadcast-dropped = ✖ براڈکاسٹ #{ $id } کا ڈرافٹ ختم کر دیا گیا۔
broadcast-no-draft = آزاد متن والے براڈکاسٹ کا کوئی ڈرافٹ نہیں ہے۔ /broadcast سے نیا شروع کریں۔
broadcast-usage = استعمال: /broadcast، /broadcast to …، /broadcast at …
broadcast-version-usage = استعمال: /version LANGUAGE text۔ زبانیں: { $locales }
broadcast-version-saved = ✅ ورژن { $lang } محفوظ ہو گیا ({ $by } نے شامل کیا)۔
broadcast-audience-usage = استعمال: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N
broadcast-at-usage = استعمال: /broadcast at YYYY-MM-DD HH:MM (مستقبل کا وقت، Europe/London) یا /broadcast at now
broadcast-cancelled = ✖ براڈکاسٹ #{ $id } منسوخ کر دیا گیا۔ جو بھیجا جا چکا ہے وہ بھیجا ہوا ہی رہے گا۔
broadcast-nothing-to-cancel = منسوخ کرنے کے لیے کوئی براڈکاسٹ نہیں۔
broadcast-edit-usage = استعمال: /broadcast_edit ID LANGUAGE corrected text
broadcast-edit-template = صرف آزاد متن والے براڈکاسٹ کا کسی زبان کا ورژن ہی تبدیل کیا جا سکتا ہے۔ تیار نوٹس کو حذف کریں اور درست کیا ہوا نوٹس بھیجیں۔
broadcast-edited = ✏️ براڈکاسٹ #{ $id }: { $lang } میں { $count } بھیجے گئے پیغامات درست کیے جا رہے ہیں۔
broadcast-delete-usage = استعمال: /broadcast_delete ID (ایسا براڈکاسٹ جو بھیجا جا چکا ہو)
broadcast-deleted = 🗑 براڈکاسٹ #{ $id }: { $count } بھیجے گئے پیغامات حذف کیے جا رہے ہیں۔
broadcast-unknown = #{ $id } نمبر کا کوئی بھیجا گیا براڈکاسٹ نہیں ہے۔
broadcast-progress =
    📣 براڈکاسٹ #{ $id }
    { $bar } { $percent }%
    ✅ بھیجے گئے { $sent } · ❌ ناکام { $failed } · ⏳ باقی { $left } · تقریباً { $eta } مزید
broadcast-report =
    📣 براڈکاسٹ #{ $id }: حتمی رپورٹ
    لوگ: { $total }
    ✅ پہنچ گئے: { $sent }
    ❌ نہیں پہنچے: بوٹ بلاک کیا { $blocked } · اکاؤنٹ ختم { $gone } · انکار یا کوشش ترک { $failed }
    ➖ نہیں بھیجے گئے: ان کی زبان میں ورژن نہیں { $skipped } · روزانہ کی حد پوری { $capped } · منسوخ { $cancelled }
    زبان کے لحاظ سے (پہنچے/لوگ): { $languages }
    بٹن دبائے گئے: { $pressed }
