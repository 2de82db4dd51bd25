## Locale: so (Somali, Soomaali)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Talking to a person: the relay between a client and the volunteer who claimed the ticket.
## The client never sees a volunteer's name or account, only the alias they chose.

relay-greeting = 💬 Waxaad la hadlaysaa { $alias }. Halkan wax ku qor, waxay kaaga jawaabi doonaan wada-sheekaysigan. Fadlan ha soo dirin lambarka tixraaca Home Office, lambarka kaarka ASPEN ama PIN-kaaga.
relay-default-alias = tabaruce ka tirsan kooxda Firstport
relay-bar-menu = 🏠 Liiska
relay-bar-end = ❌ Jooji wada-sheekaysiga
relay-ended = 👋 Wada-sheekaysigii wuu dhammaaday. Waxaad dib ugu noqotay bot-ka. Kooxdayadu weli halkan way kuugu soo qori kartaa.
relay-reassigned = 🔁 Qof kale oo kooxdayada ka mid ah ayaa kula sii wadi doona. Fadlan halkan ku sug fariintiisa.
relay-closed-question = 🙏 Kooxdayadu way dhammaysay wada-sheekaysigan. Ma ku caawinnay?
relay-rating-yes = 👍 Haa
relay-rating-no = 👎 Maya
relay-rating-thanks = 🙏 Mahadsanid inaad noo sheegtay.

## Canned replies: a volunteer picks one; the client receives it in their own language.

canned-received = ✅ Fariintaada waan helnay. Qof ayaa dhawaan kuu jawaabi doona.
canned-dropin = 🤝 Fadlan kaalay drop-in-ka (xarunta booqashada). Keen warqad kasta oo aad haysato.
canned-migrant-help = 📞 Fadlan wac Migrant Help 0808 8010 503. Waa bilaash, habeen iyo maalin.
canned-nhs-111 = 🩺 Haddii aad qabto dhibaato caafimaad, wac NHS 111. Waa bilaash, habeen iyo maalin.
canned-tomorrow = 🕒 Berri ayaan mar kale kuu soo qori doonnaa.
canned-no-documents = 📷 Fadlan halkan ha ku soo dirin sawirrada dukumentiyadaada. Keen drop-in-ka.

## For staff and volunteers (in the staff chat)

handoff-header =
    🎫 #{ $ticket } · { $need } · { $language } · { $urgency }
    Natiijo: { $outcome } · Heer: { $tier }
    Magac: { $name }
    Waddo: { $path }
    Xaalad: { $status }
handoff-status-open = 🟡 furan, qof ayuu sugayaa
handoff-status-claimed = 🟢 waxaa qaatay { $alias }
handoff-status-closed = ⚪ xiran
handoff-status-reopened = 🔁 dib loo furay, qof ayuu sugayaa
handoff-claim-button = ✋ Qaado
handoff-close-button = ✅ Xir
handoff-reassign-button = 🔁 Dib ugu celi safka
handoff-canned-button = 💬 Jawaabo diyaarsan
handoff-claimed-by = ✋ { $alias } ayaa qaatay tigidhkan. Fariimaha ay halkan ku qoraan waxay gaarayaan qofka.
handoff-already-claimed = Tigidhkan waxaa horey u qaatay { $alias }.
handoff-not-claimable = Tigidhkan hadda lama qaadan karo.
handoff-not-claimer = ⚠️ Lama dirin: kaliya { $alias }, oo qaatay tigidhkan, ayaa u qori kara qofka. Si aad kooxda qoraal ugu qorto, fariinta ku bilow //.
handoff-unclaimed-post = ⚠️ Lama dirin: marka hore qaado tigidhka. Si aad kooxda qoraal ugu qorto, fariinta ku bilow //.
handoff-client-left = 👋 Qofku wuxuu dib ugu noqday liiska bot-ka.
handoff-client-blocked = 🚫 Qofku wuu xannibay bot-ka. Fariimaha halkan lagu qoro ma gaarayaan ilaa uu mar kale qoro.
handoff-client-crisis = 🆘 Fariinta qofka waxaa laga helay calaamad xaalad khatar ah. Qofka waxaa la tusay lambarrada badbaadada.
handoff-closed = ✅ Waxaa xiray { $alias }.
handoff-reopened = 🔁 Qofku mar kale ayuu wax soo qoray kadib markii tigidhkan la xiray. Wuxuu dib ugu jiraa safka.
handoff-forgotten = 🗑 Qofku wuxuu tirtiray xogtiisa. Tigidhkan waa la xiray, linkiyada fariimihiisana waa la tirtiray.
handoff-rating = ⭐ Qofku wuxuu ka jawaabay "Ma ku caawinnay?": { $answer }
handoff-canned-pick = 💬 Dooro jawaab. Qofku wuxuu ku helayaa luqaddiisa; adigu halkan waxaad ku arkaysaa Ingiriisi.
handoff-canned-sent = 📤 Waxaa loo diray qofka: { $text }
handoff-reassigned = 🔁 { $alias } ayaa tigidhkan dib ugu celiyay safka.
handoff-unclaimed-again = ⏰ Tigidhka #{ $ticket } weli qof ayuu sugayaa.
handoff-mentions = Ku hadla { $language }: { $names }
handoff-no-forum = ⚠️ Wada-sheekaysiga shaqaalahan ma laha mawduucyo (topics), ama halkan ma maamuli karo mawduucyada. Sidaas darteed tigidh kasta waxaan u dhigi doonaa kaar ahaan: si aad qofka ugu jawaabto, reply u samee kaarka tigidhka ama fariimihiisa.
handoff-not-allowed = 🔒 Doorkaagu (role) ma oggola taas.
team-title = 👥 Kooxda ({ $count })
team-line = • { $id } · { $role } · { $alias } · { $languages } · { $availability }
team-available = diyaar
team-away = maqan
team-added = ✅ { $id } hadda waa { $role }.
team-removed = ✅ { $id } waa laga saaray kooxda.
team-not-found = { $id } kuma jiro kooxda.
team-usage = Isticmaal: /team, /team add <id> staff|volunteer, /team remove <id> (ama reply u samee fariintooda).
team-alias-set = ✅ Dadku waxay arki doonaan magaca "{ $alias }".
team-alias-usage = Isticmaal: /alias Sam, volunteer
team-languages-set = ✅ Luqadahaaga: { $languages }
team-languages-usage = Isticmaal: /languages ar fa en
team-now-available = ✅ Waad diyaar tahay. Tigidhada cusub ee luqadahaaga ayaa ku xusi doona (mention).
team-now-away = 💤 Waad maqan tahay. Tigidhada cusub kuma xusi doonaan.
outbox-title = 📮 Sanduuqa diritaanka (Outbox): { $counts }
outbox-errors = Khaladaadkii ugu dambeeyay:
