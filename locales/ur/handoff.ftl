## Locale: ur (Urdu, اردو)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Talking to a person: the relay between a client and the volunteer who claimed the ticket.
## The client never sees a volunteer's name or account, only the alias they chose.

relay-greeting = 💬 آپ { $alias } سے بات کر رہے ہیں۔ یہاں لکھیں، وہ اسی چیٹ میں جواب دیں گے۔ براہ کرم اپنا Home Office ریفرنس نمبر، ASPEN کارڈ نمبر یا PIN نہ بھیجیں۔
relay-default-alias = Firstport ٹیم کے ایک رضاکار
relay-bar-menu = 🏠 مینو
relay-bar-end = ❌ چیٹ ختم کریں
relay-ended = 👋 چیٹ ختم ہو گئی۔ اب آپ دوبارہ بوٹ کے ساتھ ہیں۔ ہماری ٹیم اب بھی آپ کو یہاں لکھ سکتی ہے۔
relay-reassigned = 🔁 ہماری ٹیم کا کوئی اور فرد آپ کے ساتھ بات آگے بڑھائے گا۔ براہ کرم یہاں ان کے پیغام کا انتظار کریں۔
relay-closed-question = 🙏 ہماری ٹیم نے یہ بات چیت ختم کر دی ہے۔ کیا ہم آپ کی مدد کر سکے؟
relay-rating-yes = 👍 ہاں
relay-rating-no = 👎 نہیں
relay-rating-thanks = 🙏 ہمیں بتانے کا شکریہ۔

## Canned replies: a volunteer picks one; the client receives it in their own language.

canned-received = ✅ آپ کا پیغام ہمیں مل گیا ہے۔ کوئی جلد ہی آپ کو جواب دے گا۔
canned-dropin = 🤝 براہ کرم ڈراپ اِن (drop-in) پر آئیں۔ آپ کے پاس جو بھی خط ہوں، ساتھ لے آئیں۔
canned-migrant-help = 📞 براہ کرم Migrant Help کو 0808 8010 503 پر کال کریں۔ یہ مفت ہے، دن ہو یا رات۔
canned-nhs-111 = 🩺 صحت کے کسی مسئلے کے لیے NHS 111 پر کال کریں۔ یہ مفت ہے، دن ہو یا رات۔
canned-tomorrow = 🕒 ہم کل آپ کو دوبارہ لکھیں گے۔
canned-no-documents = 📷 براہ کرم یہاں اپنے کاغذات کی تصویریں نہ بھیجیں۔ انہیں ڈراپ اِن پر لے آئیں۔

## For staff and volunteers (in the staff chat)

handoff-header =
    🎫 #{ $ticket } · { $need } · { $language } · { $urgency }
    نتیجہ: { $outcome } · سطح: { $tier }
    نام: { $name }
    راستہ: { $path }
    حالت: { $status }
handoff-status-open = 🟡 کھلا ہے، کسی کا انتظار ہے
handoff-status-claimed = 🟢 { $alias } نے ذمہ داری لے لی
handoff-status-closed = ⚪ بند ہے
handoff-status-reopened = 🔁 دوبارہ کھلا، کسی کا انتظار ہے
handoff-claim-button = ✋ ذمہ داری لیں
handoff-close-button = ✅ بند کریں
handoff-reassign-button = 🔁 قطار میں واپس بھیجیں
handoff-canned-button = 💬 تیار جوابات
handoff-claimed-by = ✋ { $alias } نے اس ٹکٹ کی ذمہ داری لے لی ہے۔ وہ یہاں جو پیغام لکھیں گے، وہ اس شخص تک پہنچیں گے۔
handoff-already-claimed = اس ٹکٹ کی ذمہ داری پہلے ہی { $alias } لے چکے ہیں۔
handoff-not-claimable = اس ٹکٹ کی ذمہ داری ابھی نہیں لی جا سکتی۔
handoff-not-claimer = ⚠️ نہیں بھیجا گیا: صرف { $alias }، جنہوں نے اس ٹکٹ کی ذمہ داری لی ہے، اس شخص کو لکھ سکتے ہیں۔ ٹیم کے لیے نوٹ لکھنا ہو تو پیغام // سے شروع کریں۔
handoff-unclaimed-post = ⚠️ نہیں بھیجا گیا: پہلے ٹکٹ کی ذمہ داری لیں۔ ٹیم کے لیے نوٹ لکھنا ہو تو پیغام // سے شروع کریں۔
handoff-client-left = 👋 وہ شخص بوٹ کے مینو پر واپس چلا گیا۔
handoff-client-blocked = 🚫 اس شخص نے بوٹ کو بلاک کر دیا ہے۔ یہاں کے پیغامات اس تک نہیں پہنچیں گے جب تک وہ دوبارہ نہ لکھے۔
handoff-client-crisis = 🆘 اس شخص کا پیغام بحران کے الفاظ (crisis net) سے میل کھا گیا۔ انہیں حفاظتی نمبر دکھا دیے گئے۔
handoff-closed = ✅ { $alias } نے بند کر دیا۔
handoff-reopened = 🔁 ٹکٹ بند ہونے کے بعد اس شخص نے دوبارہ لکھا۔ ٹکٹ دوبارہ قطار میں ہے۔
handoff-forgotten = 🗑 اس شخص نے اپنا ڈیٹا ڈیلیٹ کر دیا۔ یہ ٹکٹ بند ہو گیا ہے اور اس کے پیغامات کے لنک ختم ہو گئے ہیں۔
handoff-rating = ⭐ "کیا ہم آپ کی مدد کر سکے؟" پر اس شخص کا جواب: { $answer }
handoff-canned-pick = 💬 ایک جواب چنیں۔ وہ شخص اسے اپنی زبان میں پائے گا؛ آپ اسے یہاں انگریزی میں دیکھیں گے۔
handoff-canned-sent = 📤 اس شخص کو بھیجا گیا: { $text }
handoff-reassigned = 🔁 { $alias } نے یہ ٹکٹ قطار میں واپس بھیج دیا۔
handoff-unclaimed-again = ⏰ ٹکٹ #{ $ticket } ابھی تک کسی کا انتظار کر رہا ہے۔
handoff-mentions = { $language } بولنے والے: { $names }
handoff-no-forum = ⚠️ اس اسٹاف چیٹ میں ٹاپکس (topics) نہیں ہیں، یا یہاں ٹاپکس کا انتظام ممکن نہیں۔ اس لیے ہر ٹکٹ ایک کارڈ کی صورت میں بھیجا جائے گا: اس شخص کو جواب دینے کے لیے ٹکٹ کے کارڈ یا اس کے پیغامات پر ریپلائی کریں۔
handoff-not-allowed = 🔒 آپ کے رول کو اس کی اجازت نہیں۔
team-title = 👥 ٹیم ({ $count })
team-line = • { $id } · { $role } · { $alias } · { $languages } · { $availability }
team-available = دستیاب
team-away = دستیاب نہیں
team-added = ✅ { $id } کا رول اب { $role } ہے۔
team-removed = ✅ { $id } کو ٹیم سے ہٹا دیا گیا۔
team-not-found = { $id } ٹیم میں نہیں ہے۔
team-usage =
    استعمال:
    /team, /team add <id> staff|volunteer, /team remove <id>
    (یا ان کے پیغام پر ریپلائی کریں)
team-alias-set = ✅ لوگ آپ کو "{ $alias }" کے نام سے دیکھیں گے۔
team-alias-usage =
    استعمال:
    /alias Sam, volunteer
team-languages-set = ✅ آپ کی زبانیں: { $languages }
team-languages-usage =
    استعمال:
    /languages ar fa en
team-now-available = ✅ آپ دستیاب ہیں۔ آپ کی زبانوں کے نئے ٹکٹوں میں آپ کو مینشن کیا جائے گا۔
team-now-away = 💤 آپ دستیاب نہیں ہیں۔ نئے ٹکٹوں میں آپ کو مینشن نہیں کیا جائے گا۔
outbox-title = 📮 بھیجے جانے والے پیغامات: { $counts }
outbox-errors = حالیہ غلطیاں:
