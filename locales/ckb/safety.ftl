## Locale: ckb (Kurdish Sorani, کوردی)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## The crisis safety net. Shown FIRST when a message suggests someone may be in danger.
## Numbers: EM-01 999, EM-03 interpreter, EM-04 press 55, EM-07 NHS 111, EM-08 111 mental
## health option (never print the old local crisis lines, EM-09), EM-11 Samaritans 116 123,
## EM-13 National Domestic Abuse Helpline 0808 2000 247, EM-14 Modern Slavery & Exploitation
## Helpline 08000 121 700, AS-02/AS-03 Migrant Help 0808 8010 503. Never change a number.

crisis-card-suicide =
    💚 سوپاس کە پێتان گوتین. ئێوە گرنگن، و تەنها نین.
    🚨 ئەگەر لەوانەیە ئێستا بەپێی ئەم بیرانە کار بکەن، پەیوەندی بە 999 بکەن یان بچن بۆ A&E (بەشی فریاکەوتنی نەخۆشخانە).
    📞 پەیوەندی بە NHS 111 بکەن و بەشی تەندروستیی دەروونی هەڵبژێرن، شەو و ڕۆژ. بەخۆڕاییە.
    📞 یان پەیوەندی بە Samaritans بکەن لەسەر 116 123، شەو و ڕۆژ. بەخۆڕاییە.
crisis-card-violence =
    🚨 ئەگەر ئێستا لە مەترسیدان، پەیوەندی بە 999 بکەن. ئەگەر ناتوانن قسە بکەن، 55 دابگرن.
    🏠 توندوتیژی یان ئازاردان لە ماڵەوە: National Domestic Abuse Helpline 0808 2000 247، شەو و ڕۆژ. بەخۆڕاییە.
    💬 دەتوانن لێرەش قسە لەگەڵ تیمەکەمان بکەن.
crisis-card-exploitation =
    🚨 ئەگەر ئێستا لە مەترسیدان، پەیوەندی بە 999 بکەن.
    ⛓️ ئەگەر بە زۆر کارتان پێدەکەن، یان کەسێک کۆنترۆڵتان دەکات: Modern Slavery & Exploitation Helpline 08000 121 700، شەو و ڕۆژ. بەخۆڕاییە. وەرگێڕیان هەیە.
    💬 دەتوانن لێرەش قسە لەگەڵ تیمەکەمان بکەن.
crisis-card-medical =
    🚨 ئێستا پەیوەندی بە 999 بکەن. بەخۆڕاییە.
    🗣️ زمانەکەتان بە ئینگلیزی بڵێن، بۆ نموونە "Kurdish Sorani". چاوەڕێی وەرگێڕ بکەن.
    🩺 لە مەترسیدا نین، بەڵام نەخۆشن یان بریندارن؟ پەیوەندی بە NHS 111 بکەن، شەو و ڕۆژ.
crisis-card-destitution =
    🌙 داخمان هەیە کە لەم بارودۆخەدان. هەوڵ دەدەین یارمەتیتان بدەین.
    📞 ئێستا پەیوەندی بە Migrant Help بکەن: 0808 8010 503 (بەخۆڕایی، شەو و ڕۆژ). بڵێن کە خواردنتان نییە یان شوێنتان نییە بۆ خەوتن.
    🚨 لە مەترسیدان؟ پەیوەندی بە 999 بکەن.
crisis-talk-now = 💬 ئێستا قسە لەگەڵ کەسێک بکەن
crisis-safe-button = ✅ سەلامەتم، با بەردەوام بین
crisis-team-told = 💬 بە تیمەکەمان گوت. کەسێک هەرچی زووە لێرە بۆتان دەنووسێت.
crisis-safe-thanks = 💚 سوپاس. هەر کاتێک پێویستتان پێمان بوو، ئێمە لێرەین.
