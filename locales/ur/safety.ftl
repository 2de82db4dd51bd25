## Locale: ur (Urdu, اردو)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## The crisis safety net. Shown FIRST when a message suggests someone may be in danger.
## Numbers: EM-01 999, EM-03 interpreter, EM-04 press 55, EM-07 NHS 111, EM-08 111 mental
## health option (never print the old local crisis lines, EM-09), EM-11 Samaritans 116 123,
## EM-13 National Domestic Abuse Helpline 0808 2000 247, EM-14 Modern Slavery & Exploitation
## Helpline 08000 121 700, AS-02/AS-03 Migrant Help 0808 8010 503. Never change a number.

crisis-card-suicide =
    💚 ہمیں بتانے کا شکریہ۔ آپ اہم ہیں، اور آپ اکیلے نہیں ہیں۔
    🚨 اگر خطرہ ہے کہ آپ ابھی ان خیالات پر عمل کر لیں، تو 999 پر کال کریں یا A&E (ہسپتال کا ایمرجنسی شعبہ) جائیں۔
    📞 NHS 111 پر کال کریں اور ذہنی صحت کا آپشن چنیں، دن ہو یا رات۔ مفت۔
    📞 یا Samaritans کو 116 123 پر کال کریں، دن ہو یا رات۔ مفت۔
crisis-card-violence =
    🚨 اگر آپ ابھی خطرے میں ہیں تو 999 پر کال کریں۔ اگر بول نہیں سکتے تو 55 دبائیں۔
    🏠 گھر میں تشدد یا بدسلوکی: National Domestic Abuse Helpline (گھریلو تشدد کی ہیلپ لائن) 0808 2000 247، دن ہو یا رات۔ مفت۔
    💬 آپ یہاں ہماری ٹیم سے بھی بات کر سکتے ہیں۔
crisis-card-exploitation =
    🚨 اگر آپ ابھی خطرے میں ہیں تو 999 پر کال کریں۔
    ⛓️ اگر آپ سے زبردستی کام کروایا جا رہا ہے، یا کوئی آپ کو کنٹرول کر رہا ہے: Modern Slavery & Exploitation Helpline (جدید غلامی اور استحصال کی ہیلپ لائن) 08000 121 700، دن ہو یا رات۔ مفت۔ ان کے پاس مترجم ہوتے ہیں۔
    💬 آپ یہاں ہماری ٹیم سے بھی بات کر سکتے ہیں۔
crisis-card-medical =
    🚨 ابھی 999 پر کال کریں۔ یہ مفت ہے۔
    🗣️ انگریزی میں اپنی زبان کا نام بتائیں، مثلاً "Urdu"۔ مترجم کا انتظار کریں۔
    🩺 خطرے میں نہیں، مگر بیمار یا زخمی ہیں؟ NHS 111 پر کال کریں، دن ہو یا رات۔
crisis-card-destitution =
    🌙 ہمیں افسوس ہے کہ آپ اس حال میں ہیں۔ ہم مدد کرنے کی کوشش کریں گے۔
    📞 ابھی Migrant Help کو کال کریں: 0808 8010 503 (مفت، دن ہو یا رات)۔ بتائیں کہ آپ کے پاس کھانا نہیں یا سونے کی جگہ نہیں۔
    🚨 خطرے میں ہیں؟ 999 پر کال کریں۔
crisis-talk-now = 💬 ابھی کسی شخص سے بات کریں
crisis-safe-button = ✅ میں محفوظ ہوں، آگے چلیں
crisis-team-told = 💬 ہم نے اپنی ٹیم کو بتا دیا ہے۔ کوئی جتنی جلدی ہو سکے یہاں آپ کو لکھے گا۔
crisis-safe-thanks = 💚 شکریہ۔ جب بھی آپ کو ہماری ضرورت ہو، ہم یہاں ہیں۔
