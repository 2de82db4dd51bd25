## Locale: ti (Tigrinya, ትግርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Talking to a person: the relay between a client and the volunteer who claimed the ticket.
## The client never sees a volunteer's name or account, only the alias they chose.

relay-greeting = 💬 ምስ { $alias } ትዘራረቡ ኣለኹም። ኣብዚ ጽሓፉ፣ ኣብዚ ዕላል ክምልሱልኩም እዮም። በጃኹም ናይ Home Office መወከሲ ቁጽሪ፣ ቁጽሪ ካርድ ASPEN ወይ PIN ኣይትስደዱ።
relay-default-alias = ሓደ ወለንተኛ ካብ ጉጅለ Firstport
relay-bar-menu = 🏠 ቀንዲ ዝርዝር
relay-bar-end = ❌ ዕላል ኣቋርጽ
relay-ended = 👋 እቲ ዕላል ተወዲኡ። ናብ ቦት ተመሊስኩም ኣለኹም። ጉጅለና ሕጂውን ኣብዚ ክጽሕፈልኩም ይኽእል እዩ።
relay-reassigned = 🔁 ካልእ ሰብ ካብ ጉጅለና ምሳኹም ክቕጽል እዩ። በጃኹም መልእኽቱ ኣብዚ ተጸበዩ።
relay-closed-question = 🙏 ጉጅለና ነዚ ዕላል ወዲእዎ ኣሎ። ሓጊዝናኩም ዶ?
relay-rating-yes = 👍 እወ
relay-rating-no = 👎 የለን
relay-rating-thanks = 🙏 ስለ ዝነገርኩምና የቐንየልና።

## Canned replies: a volunteer picks one; the client receives it in their own language.

canned-received = ✅ መልእኽትኹም በጺሑና ኣሎ። ሓደ ሰብ ቀልጢፉ ክምልሰልኩም እዩ።
canned-dropin = 🤝 በጃኹም ናብ drop-in (ብዘይ ቆጸራ እትመጽዎ ቦታ) ምጹ። ዘለኩም ደብዳቤታት ኣምጽኡ።
canned-migrant-help = 📞 በጃኹም ናብ Migrant Help ብ 0808 8010 503 ደውሉ። ብነጻ እዩ፣ ለይትን መዓልትን።
canned-nhs-111 = 🩺 ጸገም ጥዕና እንተሃልዩኩም፣ ናብ NHS 111 ደውሉ። ብነጻ እዩ፣ ለይትን መዓልትን።
canned-tomorrow = 🕒 ጽባሕ ደጊምና ክንጽሕፈልኩም ኢና።
canned-no-documents = 📷 በጃኹም ኣብዚ ስእሊ ሰነዳትኩም ኣይትስደዱ። ናብ drop-in ኣምጽእዎም።

## For staff and volunteers (in the staff chat)

handoff-header =
    🎫 #{ $ticket } · { $need } · { $language } · { $urgency }
    ውጽኢት: { $outcome } · ደረጃ: { $tier }
    ስም: { $name }
    መንገዲ: { $path }
    ኩነታት: { $status }
handoff-status-open = 🟡 ክፉት፣ ሰብ ይጽበ ኣሎ
handoff-status-claimed = 🟢 ብ { $alias } ተወሲዱ
handoff-status-closed = ⚪ ተዓጽዩ
handoff-status-reopened = 🔁 ደጊሙ ተኸፊቱ፣ ሰብ ይጽበ ኣሎ
handoff-claim-button = ✋ ውሰድ
handoff-close-button = ✅ ዕጸው
handoff-reassign-button = 🔁 ናብ መስርዕ መልሶ
handoff-canned-button = 💬 ድሉዋት መልስታት
handoff-claimed-by = ✋ እዚ ቲኬት ብ { $alias } ተወሲዱ። ኣብዚ ዝጽሕፍዎ መልእኽትታት ናብቲ ሰብ ይበጽሑ።
handoff-already-claimed = እዚ ቲኬት ድሮ ብ { $alias } ተወሲዱ ኣሎ።
handoff-not-claimable = እዚ ቲኬት ሕጂ ክውሰድ ኣይክእልን።
handoff-not-claimer = ⚠️ ኣይተሰደደን: ናብቲ ሰብ ክጽሕፍ ዝኽእል፣ ነዚ ቲኬት ዝወሰደ { $alias } ጥራይ እዩ። ናይ ጉጅለ መዘኻኸሪ ንምጽሓፍ፣ መልእኽትኹም ብ // ጀምሩ።
handoff-unclaimed-post = ⚠️ ኣይተሰደደን: መጀመርታ ነቲ ቲኬት ውሰድዎ። ናይ ጉጅለ መዘኻኸሪ ንምጽሓፍ፣ መልእኽትኹም ብ // ጀምሩ።
handoff-client-left = 👋 እቲ ሰብ ናብ ዝርዝር ቦት ተመሊሱ።
handoff-client-blocked = 🚫 እቲ ሰብ ነቲ ቦት ዓጊትዎ ኣሎ። ደጊሙ ክሳብ ዝጽሕፍ ኣብዚ ዝለጠፉ መልእኽትታት ኣይበጽሕዎን።
handoff-client-crisis = 🆘 ኣብ መልእኽቲ እቲ ሰብ ምልክት ቅልውላው ተረኺቡ። እቲ ሰብ ቁጽርታት ድሕንነት ተራእይዎ ኣሎ።
handoff-closed = ✅ ብ { $alias } ተዓጽዩ።
handoff-reopened = 🔁 እዚ ቲኬት ድሕሪ ምዕጻዉ፣ እቲ ሰብ ደጊሙ ጽሒፉ። ናብ መስርዕ ተመሊሱ ኣሎ።
handoff-forgotten = 🗑 እቲ ሰብ ሓበሬታኡ ደምሲሱ። እዚ ቲኬት ተዓጽዩ፣ ሊንክታት መልእኽትታቱ ድማ ጠፊኦም።
handoff-rating = ⭐ እቲ ሰብ ንሕቶ "ሓጊዝናኩም ዶ?" መሊሱ: { $answer }
handoff-canned-pick = 💬 መልሲ ምረጹ። እቲ ሰብ ብቋንቋኡ ይበጽሖ፣ ንስኹም ግን ኣብዚ ብእንግሊዝኛ ትርእይዎ።
handoff-canned-sent = 📤 ናብቲ ሰብ ተሰዲዱ: { $text }
handoff-reassigned = 🔁 እዚ ቲኬት ብ { $alias } ናብ መስርዕ ተመሊሱ።
handoff-unclaimed-again = ⏰ ቲኬት #{ $ticket } ገና ሰብ ይጽበ ኣሎ።
handoff-mentions = { $language } ዝዛረቡ: { $names }
handoff-no-forum = ⚠️ እዚ ዕላል ሰራሕተኛታት ኣርእስትታት (topics) የብሉን፣ ወይ ኣብዚ ኣርእስትታት ከመሓድር ኣይክእልን። ስለዚ ነፍሲ ወከፍ ቲኬት ከም ካርድ ክልጥፎ እየ: ነቲ ሰብ ንምምላስ፣ ንካርድ እቲ ቲኬት ወይ ንመልእኽትታቱ reply ግበሩሉ።
handoff-not-allowed = 🔒 ብግደኹም (role) ነዚ ክትገብሩ ኣይፍቀደልኩምን።
team-title = 👥 ጉጅለ ({ $count })
team-line = • { $id } · { $role } · { $alias } · { $languages } · { $availability }
team-available = ድሉው
team-away = ኣይርከብን
team-added = ✅ { $id } ሕጂ { $role } እዩ።
team-removed = ✅ { $id } ካብ ጉጅለ ተኣልዩ።
team-not-found = { $id } ኣብ ጉጅለ የለን።
team-usage = ተጠቐሙ: /team, /team add <id> staff|volunteer, /team remove <id> (ወይ ንመልእኽቱ reply ግበሩሉ)።
team-alias-set = ✅ ሰባት ከም "{ $alias }" ጌሮም ክርእዩኹም እዮም።
team-alias-usage = ተጠቐሙ: /alias Sam, volunteer
team-languages-set = ✅ ቋንቋታትኩም: { $languages }
team-languages-usage = ተጠቐሙ: /languages ar fa en
team-now-available = ✅ ድሉዋት ኢኹም። ብቋንቋታትኩም ዝመጹ ሓደስቲ ቲኬታት ስምኩም ክጠቕሱ (mention) እዮም።
team-now-away = 💤 ሕጂ ኣይትርከቡን ኢኹም። ሓደስቲ ቲኬታት ስምኩም ኣይክጠቕሱን እዮም።
outbox-title = 📮 መውጽኢ መልእኽትታት (Outbox): { $counts }
outbox-errors = ናይ መወዳእታ ጌጋታት:
