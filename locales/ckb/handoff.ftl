## Locale: ckb (Kurdish Sorani, کوردی)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Talking to a person: the relay between a client and the volunteer who claimed the ticket.
## The client never sees a volunteer's name or account, only the alias they chose.

relay-greeting = 💬 ئێستا قسە لەگەڵ { $alias } دەکەن. لێرە بنووسن، ئەو لەم چاتەدا وەڵامتان دەداتەوە. تکایە ژمارەی ڕیفرێنسی Home Office، ژمارەی کارتی ASPEN یان ژمارەی PIN مەنێرن.
relay-default-alias = خۆبەخشێک لە تیمی Firstport
relay-bar-menu = 🏠 لیستی سەرەکی
relay-bar-end = ❌ کۆتاییهێنان بە چات
relay-ended = 👋 چاتەکە کۆتایی هات. ئێستا دیسان لەگەڵ بۆتەکەدان. تیمەکەمان هێشتا دەتوانێت لێرە بۆتان بنووسێت.
relay-reassigned = 🔁 کەسێکی تری تیمەکەمان بەردەوام دەبێت لەگەڵتان. تکایە لێرە چاوەڕێی نامەکەی بن.
relay-closed-question = 🙏 تیمەکەمان ئەم گفتوگۆیەی تەواو کرد. ئایا توانیمان یارمەتیتان بدەین؟
relay-rating-yes = 👍 بەڵێ
relay-rating-no = 👎 نەخێر
relay-rating-thanks = 🙏 سوپاس کە پێتان گوتین.

## Canned replies: a volunteer picks one; the client receives it in their own language.

canned-received = ✅ نامەکەتانمان پێگەیشت. کەسێک بەم زووانە وەڵامتان دەداتەوە.
canned-dropin = 🤝 تکایە وەرن بۆ بنکەی یارمەتی (drop-in). هەر نامەیەکتان هەیە لەگەڵ خۆتان بیهێنن.
canned-migrant-help = 📞 تکایە پەیوەندی بە Migrant Help بکەن لەسەر 0808 8010 503. بەخۆڕاییە، شەو و ڕۆژ.
canned-nhs-111 = 🩺 بۆ کێشەی تەندروستی، پەیوەندی بە NHS 111 بکەن. بەخۆڕاییە، شەو و ڕۆژ.
canned-tomorrow = 🕒 سبەینێ دووبارە بۆتان دەنووسینەوە.
canned-no-documents = 📷 تکایە لێرە وێنەی بەڵگەنامەکانتان مەنێرن. بیانهێنن بۆ بنکەی یارمەتی (drop-in).

## For staff and volunteers (in the staff chat)

handoff-header =
    🎫 #{ $ticket } · { $need } · { $language } · { $urgency }
    ئەنجام: { $outcome } · ئاست: { $tier }
    ناو: { $name }
    ڕێڕەو: { $path }
    دۆخ: { $status }
handoff-status-open = 🟡 کراوەیە، چاوەڕێی کەسێکە
handoff-status-claimed = 🟢 { $alias } وەریگرتووە
handoff-status-closed = ⚪ داخراوە
handoff-status-reopened = 🔁 دووبارە کرایەوە، چاوەڕێی کەسێکە
handoff-claim-button = ✋ وەرگرتن
handoff-close-button = ✅ داخستن
handoff-reassign-button = 🔁 گەڕاندنەوە بۆ ڕیز
handoff-canned-button = 💬 وەڵامی ئامادە
handoff-claimed-by = ✋ { $alias } ئەم تیکێتەی وەرگرت. ئەو نامانەی لێرە دەینێرێت دەگەنە دەست ئەو کەسە.
handoff-already-claimed = ئەم تیکێتە پێشتر { $alias } وەریگرتووە.
handoff-not-claimable = ئێستا ناتوانرێت ئەم تیکێتە وەربگیرێت.
handoff-not-claimer = ⚠️ نەنێردرا: تەنها { $alias }، کە ئەم تیکێتەی وەرگرتووە، دەتوانێت بۆ ئەو کەسە بنووسێت. بۆ تێبینیی ناوخۆی تیم، نامەکە بە // دەست پێبکەن.
handoff-unclaimed-post = ⚠️ نەنێردرا: سەرەتا تیکێتەکە وەربگرن. بۆ تێبینیی ناوخۆی تیم، نامەکە بە // دەست پێبکەن.
handoff-client-left = 👋 ئەو کەسە گەڕایەوە بۆ لیستی بۆتەکە.
handoff-client-blocked = 🚫 ئەم کەسە بۆتەکەی بلۆک کردووە. نامەکانی ئێرە پێی ناگەن تا دووبارە بنووسێت.
handoff-client-crisis = 🆘 نامەی ئەو کەسە لەگەڵ وشەکانی قەیران (crisis net) یەکی گرتەوە. ژمارەکانی سەلامەتی پیشانی دران.
handoff-closed = ✅ { $alias } دایخست.
handoff-reopened = 🔁 ئەو کەسە دوای داخستنی ئەم تیکێتە دووبارە نووسیەوە. تیکێتەکە گەڕایەوە بۆ ڕیز.
handoff-forgotten = 🗑 ئەو کەسە زانیارییەکانی خۆی سڕییەوە. ئەم تیکێتە داخرا و بەستەری نامەکانی نەماون.
handoff-rating = ⭐ وەڵامی ئەو کەسە بۆ "ئایا توانیمان یارمەتیتان بدەین؟": { $answer }
handoff-canned-pick = 💬 وەڵامێک هەڵبژێرن. ئەو کەسە بە زمانی خۆی وەریدەگرێت، ئێوەش لێرە بە ئینگلیزی دەیبینن.
handoff-canned-sent = 📤 بۆ ئەو کەسە نێردرا: { $text }
handoff-reassigned = 🔁 { $alias } ئەم تیکێتەی گەڕاندەوە بۆ ڕیز.
handoff-unclaimed-again = ⏰ تیکێتی #{ $ticket } هێشتا چاوەڕێی کەسێکە.
handoff-mentions = بە { $language } قسە دەکەن: { $names }
handoff-no-forum = ⚠️ ئەم چاتی ستافە بابەتی (topics) تێدا نییە، یان ناتوانم لێرە بابەتەکان بەڕێوە ببەم. لە جیاتی ئەوە هەر تیکێتێک وەک کارتێک دەنێرم: بۆ وەڵامدانەوەی ئەو کەسە، ڕیپلای لەسەر کارتی تیکێتەکە یان لەسەر نامەکانی بکەن.
handoff-not-allowed = 🔒 ڕۆڵەکەتان ڕێگەی ئەمە نادات.
team-title = 👥 تیم ({ $count })
team-line = • { $id } · { $role } · { $alias } · { $languages } · { $availability }
team-available = ئامادەیە
team-away = ئامادە نییە
team-added = ✅ ڕۆڵی نوێی { $id }: { $role }
team-removed = ✅ { $id } لە تیمەکە لابرا.
team-not-found = { $id } لە تیمەکەدا نییە.
team-usage =
    بەکارهێنان:
    /team, /team add <id> staff|volunteer, /team remove <id>
    (یان ڕیپلای لەسەر نامەکەی بکەن)
team-alias-set = ✅ خەڵک بە ناوی "{ $alias }" دەتانبینن.
team-alias-usage =
    بەکارهێنان:
    /alias Sam, volunteer
team-languages-set = ✅ زمانەکانتان: { $languages }
team-languages-usage =
    بەکارهێنان:
    /languages ar fa en
team-now-available = ✅ ئێستا ئامادەن. تیکێتە نوێیەکان بە زمانەکانی ئێوە ئاگادارتان دەکەنەوە.
team-now-away = 💤 ئێستا ئامادە نین. تیکێتە نوێیەکان ئاگادارتان ناکەنەوە.
outbox-title = 📮 نامەکانی چاوەڕێی ناردن: { $counts }
outbox-errors = دوایین هەڵەکان:
