## Locale: am (Amharic, አማርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Talking to a person: the relay between a client and the volunteer who claimed the ticket.
## The client never sees a volunteer's name or account, only the alias they chose.

relay-greeting = 💬 አሁን የሚያነጋግርዎት { $alias } ነው። እዚህ ይጻፉ፣ በዚህ ውይይት ውስጥ ይመልሱልዎታል። እባክዎ የHome Office ማጣቀሻ ቁጥርዎን፣ የASPEN ካርድ ቁጥርዎን ወይም PINዎን አይላኩ።
relay-default-alias = የFirstport ቡድን በጎ ፈቃደኛ
relay-bar-menu = 🏠 ዋና ማውጫ
relay-bar-end = ❌ ውይይቱን ጨርስ
relay-ended = 👋 ውይይቱ አብቅቷል። ወደ ቦቱ ተመልሰዋል። ቡድናችን አሁንም እዚህ ሊጽፍልዎ ይችላል።
relay-reassigned = 🔁 ከቡድናችን ሌላ ሰው ከእርስዎ ጋር ይቀጥላል። እባክዎ መልእክቱን እዚህ ይጠብቁ።
relay-closed-question = 🙏 ቡድናችን ይህን ውይይት ጨርሷል። ረድተንዎታል?
relay-rating-yes = 👍 አዎ
relay-rating-no = 👎 አይ
relay-rating-thanks = 🙏 ስለነገሩን እናመሰግናለን።

## Canned replies: a volunteer picks one; the client receives it in their own language.

canned-received = ✅ መልእክትዎ ደርሶናል። በቅርቡ አንድ ሰው ይመልስልዎታል።
canned-dropin = 🤝 እባክዎ ወደ drop-in ማዕከላችን ይምጡ። ያሉዎትን ደብዳቤዎች ይዘው ይምጡ።
canned-migrant-help = 📞 እባክዎ ወደ Migrant Help በ 0808 8010 503 ይደውሉ። ነጻ ነው፣ ቀንም ሆነ ማታ።
canned-nhs-111 = 🩺 የጤና ችግር ካለዎት ወደ NHS 111 ይደውሉ። ነጻ ነው፣ ቀንም ሆነ ማታ።
canned-tomorrow = 🕒 ነገ እንደገና እንጽፍልዎታለን።
canned-no-documents = 📷 እባክዎ የሰነዶችዎን ፎቶ እዚህ አይላኩ። ወደ drop-in ማዕከላችን ይዘው ይምጡ።

## For staff and volunteers (in the staff chat)

handoff-header =
    🎫 #{ $ticket } · { $need } · { $language } · { $urgency }
    ውጤት: { $outcome } · ደረጃ: { $tier }
    ስም: { $name }
    መንገድ: { $path }
    ሁኔታ: { $status }
handoff-status-open = 🟡 ክፍት፣ ሰው እየጠበቀ ነው
handoff-status-claimed = 🟢 በ{ $alias } ተይዟል
handoff-status-closed = ⚪ ተዘግቷል
handoff-status-reopened = 🔁 እንደገና ተከፍቷል፣ ሰው እየጠበቀ ነው
handoff-claim-button = ✋ ያዝ
handoff-close-button = ✅ ዝጋ
handoff-reassign-button = 🔁 ወደ ወረፋ መልስ
handoff-canned-button = 💬 የተዘጋጁ መልሶች
handoff-claimed-by = ✋ ይህ ቲኬት በ{ $alias } ተይዟል። እሳቸው እዚህ የሚጽፉት መልእክት ወደ ግለሰቡ ይሄዳል።
handoff-already-claimed = ይህ ቲኬት አስቀድሞ በ{ $alias } ተይዟል።
handoff-not-claimable = ይህ ቲኬት አሁን ሊያዝ አይችልም።
handoff-not-claimer = ⚠️ አልተላከም: ለግለሰቡ መጻፍ የሚችሉት ይህን ቲኬት የያዙት { $alias } ብቻ ናቸው። ለቡድን ማስታወሻ መልእክትዎን በ // ይጀምሩ።
handoff-unclaimed-post = ⚠️ አልተላከም: መጀመሪያ ቲኬቱን ይያዙ። ለቡድን ማስታወሻ መልእክትዎን በ // ይጀምሩ።
handoff-client-left = 👋 ግለሰቡ ወደ ቦቱ ማውጫ ተመልሰዋል።
handoff-client-blocked = 🚫 ሰውዬው ቦቱን አግዷል። እንደገና እስኪጽፍ ድረስ እዚህ የሚለጠፉ መልእክቶች አይደርሱትም።
handoff-client-crisis = 🆘 በግለሰቡ መልእክት ውስጥ የቀውስ ምልክት ተገኝቷል። ግለሰቡ የደህንነት ቁጥሮቹን አይተዋል።
handoff-closed = ✅ በ{ $alias } ተዘግቷል።
handoff-reopened = 🔁 ይህ ቲኬት ከተዘጋ በኋላ ግለሰቡ እንደገና ጽፈዋል። ቲኬቱ ወደ ወረፋው ተመልሷል።
handoff-forgotten = 🗑 ግለሰቡ መረጃቸውን ሰርዘዋል። ይህ ቲኬት ተዘግቷል፣ የመልእክቶቹ ሊንኮችም ጠፍተዋል።
handoff-rating = ⭐ ግለሰቡ "ረድተንዎታል?" ለሚለው ጥያቄ መልስ ሰጥተዋል: { $answer }
handoff-canned-pick = 💬 መልስ ይምረጡ። ግለሰቡ በቋንቋቸው ይደርሳቸዋል፤ እርስዎ ግን እዚህ በእንግሊዝኛ ያዩታል።
handoff-canned-sent = 📤 ለግለሰቡ ተልኳል: { $text }
handoff-reassigned = 🔁 { $alias } ይህን ቲኬት ወደ ወረፋው መልሰዋል።
handoff-unclaimed-again = ⏰ ቲኬት #{ $ticket } አሁንም ሰው እየጠበቀ ነው።
handoff-mentions = { $language } የሚናገሩ: { $names }
handoff-no-forum = ⚠️ ይህ የሠራተኞች ውይይት ርዕሶች (topics) የሉትም፣ ወይም እዚህ ርዕሶችን ማስተዳደር አልችልም። ስለዚህ እያንዳንዱን ቲኬት እንደ ካርድ እለጥፋለሁ: ለግለሰቡ ለመመለስ ለቲኬቱ ካርድ ወይም ለመልእክቶቹ reply ያድርጉ።
handoff-not-allowed = 🔒 የእርስዎ ሚና (role) ይህን እንዲያደርጉ አይፈቅድም።
team-title = 👥 ቡድን ({ $count })
team-line = • { $id } · { $role } · { $alias } · { $languages } · { $availability }
team-available = ዝግጁ
team-away = አይገኝም
team-added = ✅ { $id } አሁን { $role } ነው።
team-removed = ✅ { $id } ከቡድኑ ተወግዷል።
team-not-found = { $id } በቡድኑ ውስጥ የለም።
team-usage = ይጠቀሙ: /team, /team add <id> staff|volunteer, /team remove <id> (ወይም ለመልእክታቸው reply ያድርጉ)።
team-alias-set = ✅ ሰዎች እርስዎን "{ $alias }" ብለው ያዩዎታል።
team-alias-usage = ይጠቀሙ: /alias Sam, volunteer
team-languages-set = ✅ ቋንቋዎችዎ: { $languages }
team-languages-usage = ይጠቀሙ: /languages ar fa en
team-now-available = ✅ ዝግጁ ነዎት። በቋንቋዎችዎ የሚመጡ አዲስ ቲኬቶች እርስዎን ይጠቅሳሉ (mention)።
team-now-away = 💤 አሁን አይገኙም። አዲስ ቲኬቶች እርስዎን አይጠቅሱም።
outbox-title = 📮 የወጪ መልእክቶች (Outbox): { $counts }
outbox-errors = የመጨረሻ ስህተቶች:
