## Locale: ur (Urdu, اردو)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📅 Drop-in: sessions, booking, the waitlist, reminders, closures; then the staff lists.
## Site names and addresses come from the directory and stay as they are.

menu-dropin = 📅 ڈراپ اِن (Drop-in)

## Who attends (rota roles in directory/dropin/*.yaml) and what to bring

dropin-role-casework = 🏠 رہائش اور ASPEN کارڈ میں مدد
dropin-role-esol = 📚 انگریزی کی کلاسوں کے لیے رجسٹریشن
dropin-role-health = 🩺 ڈاکٹر اور دانتوں کے ڈاکٹر کے پاس رجسٹریشن
dropin-role-welfare = 🤝 کھانا، کپڑے اور دوسری مدد
dropin-bring-casework = آپ کی رہائش یا پناہ کی امداد کے بارے میں کوئی بھی خط۔ اگر ہوں تو ان چیزوں کی تصویریں جن کی مرمت ہونی ہے۔
dropin-bring-esol = آپ کے پاس جو بھی شناختی کاغذ ہو۔
dropin-bring-health = ڈاکٹر، دانتوں کے ڈاکٹر یا ہسپتال کا کوئی بھی خط۔
dropin-bring-welfare = کوئی بھی خط جس کے بارے میں آپ مدد چاہتے ہیں۔

## The drop-in screen

booking-intro = 📅 ڈراپ اِن (drop-in): مفت مدد، آمنے سامنے۔ آپ بس آ سکتے ہیں، یا وقت بک کر سکتے ہیں۔
booking-session-line = 📍 { $site } · { $day } · { $start }–{ $end }
booking-session-who = 👥 { $roles }
booking-session-closed = ⛔ { $site } · { $day }: بند ہے
booking-times-unconfirmed = ⚠️ یہ اوقات بدل سکتے ہیں۔ براہ کرم جانے سے پہلے معلوم کر لیں۔
booking-what-need = آپ کو کس چیز میں مدد چاہیے؟
booking-none = 📅 اگلے 4 ہفتوں میں ڈراپ اِن کا کوئی سیشن نہیں ہے۔
booking-walk-in-button = 🚶 بغیر بکنگ کے آئیں
booking-walk-in-text = 🚶 بکنگ کی ضرورت نہیں۔ ان میں سے کسی بھی سیشن میں آ جائیں۔
booking-map = 📍 { $site }
booking-mine-button = 📋 میری بکنگز
booking-back = ↩️ واپس
booking-needs-consent = 🔒 جگہ بک کرنے کے لیے ہمیں آپ کا پہلا نام اور زبان رکھنی ہوگی۔

## Choosing a session and a time

booking-pick-session = { $role }: جگہ اور دن منتخب کریں۔
booking-change-pick = 🔁 { $role }: نیا دن منتخب کریں۔ جب تک آپ نئی بکنگ نہیں کرتے، آپ کی پرانی بکنگ برقرار رہے گی۔
booking-role-none = 😔 { $role }: اگلے 4 ہفتوں میں کوئی سیشن نہیں ہے۔
booking-session-open = 📍 { $site } · { $day }
booking-session-full = ⏳ { $site } · { $day } · بھر گیا
booking-pick-time = 🕙 { $role }۔ { $site }، { $day }۔ وقت منتخب کریں۔
booking-time-button = 🕙 { $time }
booking-full = 😔 یہ سیشن بھر گیا ہے ({ $site }، { $day })۔ کیا آپ ویٹنگ لسٹ میں شامل ہونا چاہتے ہیں؟ اگر کوئی جگہ خالی ہوئی تو ہم آپ کو پیغام بھیجیں گے۔
booking-join-waitlist = ⏳ ویٹنگ لسٹ میں شامل ہوں

## Interpreter

booking-interpreter-question = 🗣 کیا آپ کو مترجم چاہیے؟
booking-interpreter-yes = 🗣 ہاں: { $language }
booking-interpreter-other = 🌐 کوئی اور زبان
booking-interpreter-no = 🙅 نہیں، شکریہ
booking-interpreter-pick = 🌐 کون سی زبان؟
booking-interpreter-none = نہیں

## Booked

booking-confirmed =
    ✅ آپ کی بکنگ ہو گئی ہے۔

    📋 کیا: { $role }
    📍 کہاں: { $site }، { $address }
    🕙 کب: { $when }
    🗣 مترجم: { $interpreter }
    🎒 ساتھ لائیں: { $bring }

    🔔 ہم آپ کو ایک دن پہلے اور 2 گھنٹے پہلے یاد دلائیں گے۔
booking-ics-caption = 📅 اسے اپنے کیلنڈر میں شامل کریں۔
booking-ics-summary = ڈراپ اِن: { $role } ({ $site })
booking-ics-description = ساتھ لائیں: { $bring }
booking-ics-alarm = ڈراپ اِن 2 گھنٹے میں

## Problems

booking-err-closed = ⛔ معذرت، یہ سیشن بند ہے۔
booking-err-gone = 😔 اب یہ ممکن نہیں۔ براہ کرم دوبارہ منتخب کریں۔
booking-err-too-late = ⏰ اس وقت کی بکنگ کے لیے اب دیر ہو گئی ہے۔ براہ کرم بعد کا کوئی وقت منتخب کریں۔
booking-err-already = ℹ️ اس سیشن کے لیے آپ کی بکنگ پہلے سے موجود ہے۔ 📋 میری بکنگز دیکھیں۔
booking-err-limit = ℹ️ آپ ایک وقت میں { $max } بکنگز رکھ سکتے ہیں۔ پہلے 📋 میری بکنگز میں سے ایک منسوخ کریں۔
booking-err-full = 😔 معذرت، آخری جگہ ابھی ابھی کسی نے لے لی۔
booking-err-slot-taken = 😔 یہ وقت ابھی ابھی کسی اور نے لے لیا۔ براہ کرم کوئی اور وقت منتخب کریں۔
booking-err-not-active = ℹ️ یہ بکنگ اب فعال نہیں ہے۔

## The waitlist

booking-waitlist-joined = ⏳ آپ ویٹنگ لسٹ میں ہیں۔ آپ کا نمبر { $position } ہے۔ اگر کوئی جگہ خالی ہوئی تو ہم آپ کو پیغام بھیجیں گے۔
booking-waitlist-already = ℹ️ آپ پہلے سے ویٹنگ لسٹ میں ہیں۔ آپ کا نمبر { $position } ہے۔
booking-waitlist-booked = ℹ️ اس سیشن کے لیے آپ کی بکنگ پہلے سے موجود ہے۔
booking-waitlist-left = ✅ آپ کا نام ویٹنگ لسٹ سے نکال دیا گیا ہے۔
booking-offer-text = 🎉 ایک جگہ خالی ہے: { $role }، { $site }، { $when }۔ کیا آپ یہ جگہ لینا چاہتے ہیں؟ ہم { $until } تک یہ جگہ آپ کے لیے رکھیں گے۔
booking-offer-take = ✅ یہ جگہ لیں
booking-offer-decline = ❌ نہیں، شکریہ
booking-offer-expired = ⌛ جگہ لینے کا وقت گزر گیا۔ یہ جگہ اگلے شخص کو دے دی گئی۔ آپ 📅 ڈراپ اِن میں کوئی اور سیشن منتخب کر سکتے ہیں۔
booking-offer-declined = 👍 ٹھیک ہے۔ یہ جگہ اگلے شخص کو دی جائے گی۔

## My bookings

booking-mine-title = 📋 آپ کی بکنگز
booking-mine-empty = 📋 آپ کی کوئی بکنگ نہیں ہے۔
booking-mine-line = { $number }. { $role } · { $site } · { $when }
booking-mine-waiting = { $number }. ⏳ ویٹنگ لسٹ: { $role } · { $site } · { $day }
booking-change-number = 🔁 تبدیل کریں { $number }
booking-cancel-number = ❌ منسوخ کریں { $number }
booking-leave-waitlist = 🚪 ویٹنگ لسٹ چھوڑیں { $number }
booking-cancel-confirm = ❓ کیا یہ بکنگ منسوخ کر دیں؟ { $role }، { $site }، { $when }۔
booking-cancel-yes = ✅ ہاں، منسوخ کریں
booking-cancel-no = ↩️ نہیں، رہنے دیں
booking-cancelled = ✅ بکنگ منسوخ ہو گئی۔ ہمیں بتانے کا شکریہ۔ اب آپ کی جگہ کسی اور کو مل سکتی ہے۔

## Reminders

booking-reminder-eve = 🔔 کل { $time } بجے: { $role }، { $site } ({ $address })۔
booking-reminder-soon = 🔔 آج { $time } بجے: { $role }، { $site } ({ $address })۔
booking-come-button = ✅ میں آؤں گا / آؤں گی
booking-cancel-button = ❌ منسوخ کریں
booking-change-button = 🔁 تبدیل کریں
booking-come-thanks = 👍 شکریہ۔ وہاں ملاقات ہوگی۔

## A session is closed

booking-closed-notice = ⛔ { $day } کو { $site } پر ڈراپ اِن بند ہے۔ { $reason } ہمیں افسوس ہے۔ آپ کی بکنگ منسوخ ہو گئی ہے۔
booking-closed-next = 📅 آپ اگلے سیشنز میں سے کوئی ایک بک کر سکتے ہیں:
booking-book-again = 📅 { $site } · { $day }
booking-reason-holiday = چھٹی کا دن ہے۔
booking-reason-weather = یہ موسم کی وجہ سے ہے۔
booking-reason-staff = عملہ کافی نہیں ہے۔
booking-reason-building = عمارت بند ہے۔
booking-reason-other = کچھ بدل گیا ہے۔

## From a triage outcome

booking-button-triage = 📅 ڈراپ اِن کا وقت بک کریں

## Staff: drop-in lists (/today, /day, /sessions, /close, /capacity)

sessions-title = 📅 اگلے 4 ہفتوں کے سیشن
sessions-line-open = { $code } · { $site } · { $day } { $start }–{ $end } · بک { $booked } · انتظار میں { $waiting } · آئے { $arrived } · نہیں آئے { $noshow }
sessions-line-closed = ⛔ { $code } · { $site } · { $day } · بند ({ $reason })
sessions-unconfirmed = ⚠️ اوقات کی تصدیق نہیں ہوئی (directory/dropin/ دیکھیں)
sessions-none = 📅 اگلے 4 ہفتوں میں کوئی سیشن نہیں۔
sessions-day-title = 📋 { $site } · { $day } · { $start }–{ $end } ({ $code })
sessions-day-closed = ⛔ بند ({ $reason })
sessions-day-counts = بک { $booked } · آئے { $arrived } · نہیں آئے { $noshow } · انتظار میں { $waiting } · بغیر بکنگ آنے والوں کے لیے { $walkin }
sessions-day-entry = { $time } · { $name } · { $role } · { $language } · 🗣 { $interpreter } · { $state }
sessions-day-waiting = ⏳ { $position }. { $name } · { $role } · { $language } · 🗣 { $interpreter }
sessions-day-empty = ابھی کوئی بکنگ نہیں۔
sessions-day-none = 📅 { $day } کو کوئی سیشن نہیں۔
sessions-no-interpreter = نہیں
sessions-state-held = پیشکش کی گئی (ویٹنگ لسٹ)
sessions-state-booked = بک ہے
sessions-state-arrived = ✅ آ گئے
sessions-state-no-show = ⛔ نہیں آئے
sessions-state-cancelled = منسوخ
sessions-state-expired = پیشکش ختم
sessions-state-closed = بند
sessions-confirmed = ، آئیں گے
sessions-arrived-button = ✅ { $time } { $name }
sessions-noshow-button = ⛔ { $time } { $name }
sessions-marked = { $name }: { $state }
sessions-bad-date = تاریخ اس طرح لکھیں: 2026-12-03، یا today، یا tomorrow۔
sessions-unknown-site = نامعلوم جگہ۔ جگہیں: { $sites }
sessions-close-usage = استعمال: /close DATE SITE REASON [note]۔ وجوہات: { $reasons }۔ مثال: /close 2026-12-03 castlegate weather
sessions-already-closed = ⛔ { $day } کا وہ سیشن پہلے سے بند ہے۔
sessions-closed-done = ⛔ بند کر دیا گیا: { $site }، { $day }۔ { $booked } بکنگ والے اور { $waiting } انتظار والے لوگوں کو ان کی زبانوں میں بتایا جا رہا ہے۔ ترسیل کی رپورٹ یہیں آئے گی۔
sessions-closure-report = 📣 بندش { $code }: { $sent } کو بتا دیا گیا، { $failed } ناکام، { $dropped } نے بوٹ بلاک کیا ہوا ہے، { $waiting } ابھی انتظار میں۔
sessions-capacity-usage = استعمال: /capacity DATE SITE ROLE N، تاکہ N جگہیں بغیر بکنگ آنے والوں کے لیے رکھی جائیں۔ رولز: { $roles }
sessions-capacity-done = ✅ { $site }، { $day }، { $role }: { $walkin } جگہیں بغیر بکنگ آنے والوں کے لیے رکھی گئیں، { $bookable } بک ہو سکتی ہیں، { $taken } لی جا چکی ہیں۔

## Command menu (setMyCommands)

cmd-mybookings = میری بکنگز
