## Locale: ps (Pashto, پښتو)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Talking to a person: the relay between a client and the volunteer who claimed the ticket.
## The client never sees a volunteer's name or account, only the alias they chose.

relay-greeting = 💬 اوس { $alias } له تاسو سره خبرې کوي. دلته ولیکئ. ځواب به په همدې چټ کې ترلاسه کړئ. مهرباني وکړئ د Home Office د حوالې شمېره، د ASPEN کارت شمېره یا پټ نمبر (PIN) مه لېږئ.
relay-default-alias = د Firstport ټیم یو رضاکار
relay-bar-menu = 🏠 مینو
relay-bar-end = ❌ چټ بند کړئ
relay-ended = 👋 چټ پای ته ورسېد. تاسو بېرته له بوټ سره یاست. زموږ ټیم لا هم دلته تاسو ته لیکلی شي.
relay-reassigned = 🔁 زموږ د ټیم بل کس به ستاسو سره دوام ورکړي. مهرباني وکړئ دلته د هغه پیغام ته انتظار وکړئ.
relay-closed-question = 🙏 زموږ ټیم دا خبرې پای ته ورسولې. ایا موږ ستاسو مرسته وکړه؟
relay-rating-yes = 👍 هو
relay-rating-no = 👎 نه
relay-rating-thanks = 🙏 مننه چې تاسو موږ ته ووېل.

## Canned replies: a volunteer picks one; the client receives it in their own language.

canned-received = ✅ ستاسو پیغام موږ ته رارسېدلی. یو کس به ژر تاسو ته ځواب درکړي.
canned-dropin = 🤝 مهرباني وکړئ د مرستې مرکز (drop-in) ته راشئ. کوم لیکونه چې لرئ، له ځانه سره یې راوړئ.
canned-migrant-help = 📞 مهرباني وکړئ Migrant Help ته په 0808 8010 503 زنګ ووهئ. وړیا دی، شپه او ورځ.
canned-nhs-111 = 🩺 د روغتیا د ستونزې لپاره، NHS 111 ته زنګ ووهئ. وړیا دی، شپه او ورځ.
canned-tomorrow = 🕒 سبا به بیا تاسو ته ولیکو.
canned-no-documents = 📷 مهرباني وکړئ دلته د خپلو اسنادو عکسونه مه لېږئ. هغه د مرستې مرکز (drop-in) ته راوړئ.

## For staff and volunteers (in the staff chat)

handoff-header =
    🎫 #{ $ticket } · { $need } · { $language } · { $urgency }
    پایله: { $outcome } · کچه: { $tier }
    نوم: { $name }
    لاره: { $path }
    حالت: { $status }
handoff-status-open = 🟡 خلاص، د یو کس په تمه
handoff-status-claimed = 🟢 د { $alias } په غاړه
handoff-status-closed = ⚪ بند
handoff-status-reopened = 🔁 بیا خلاص شو، د یو کس په تمه
handoff-claim-button = ✋ په غاړه یې اخلم
handoff-close-button = ✅ بندول
handoff-reassign-button = 🔁 بېرته کتار ته
handoff-canned-button = 💬 چمتو ځوابونه
handoff-claimed-by = ✋ { $alias } دا ټکټ په غاړه واخیست. هغه پیغامونه چې دوی یې دلته لیکي، هغه کس ته ځي.
handoff-already-claimed = دا ټکټ دمخه د { $alias } په غاړه دی.
handoff-not-claimable = دا ټکټ اوس په غاړه نه شي اخیستل کېدای.
handoff-not-claimer = ⚠️ ونه لېږل شو: یوازې { $alias }، چې دا ټکټ یې په غاړه اخیستی، هغه کس ته لیکلی شي. د ټیم د یادښت لپاره، پیغام په // پیل کړئ.
handoff-unclaimed-post = ⚠️ ونه لېږل شو: لومړی ټکټ په غاړه واخلئ. د ټیم د یادښت لپاره، پیغام په // پیل کړئ.
handoff-client-left = 👋 هغه کس بېرته د بوټ مینو ته لاړ.
handoff-client-blocked = 🚫 دې کس بوټ بند کړی دی. دلته پیغامونه هغه ته نه رسیږي تر څو بیا ولیکي.
handoff-client-crisis = 🆘 د دې کس پیغام د بحران د کلمو له لېست سره برابر شو. هغه ته د خوندیتوب شمېرې وښودل شوې.
handoff-closed = ✅ { $alias } بند کړ.
handoff-reopened = 🔁 هغه کس د دې ټکټ له بندېدو وروسته بیا ولیکل. ټکټ بېرته په کتار کې دی.
handoff-forgotten = 🗑 هغه کس خپل معلومات پاک کړل. دا ټکټ بند شو او د پیغامونو لینکونه یې له منځه تللي.
handoff-rating = ⭐ هغه کس "ایا موږ ستاسو مرسته وکړه؟" ته ځواب ورکړ: { $answer }
handoff-canned-pick = 💬 یو ځواب وټاکئ. هغه کس یې په خپله ژبه ترلاسه کوي؛ تاسو یې دلته په انګلیسي ګورئ.
handoff-canned-sent = 📤 هغه کس ته ولېږل شو: { $text }
handoff-reassigned = 🔁 { $alias } دا ټکټ بېرته کتار ته واستاوه.
handoff-unclaimed-again = ⏰ ټکټ #{ $ticket } لا هم د یو کس په تمه دی.
handoff-mentions = په { $language } خبرې کوي: { $names }
handoff-no-forum = ⚠️ د کارکوونکو په دې چټ کې موضوعګانې (topics) نشته، یا زه دلته موضوعګانې نه شم اداره کولی. نو هر ټکټ به د یوه کارت په بڼه ولېږم: هغه کس ته د ځواب لپاره، د ټکټ کارت یا د هغه پیغامونو ته ځواب (reply) ورکړئ.
handoff-not-allowed = 🔒 ستاسو رول دا کار نه شي کولی.
team-title = 👥 ټیم ({ $count })
team-line = • { $id } · { $role } · { $alias } · { $languages } · { $availability }
team-available = حاضر
team-away = غیر حاضر
team-added = ✅ د { $id } رول اوس: { $role }
team-removed = ✅ { $id } له ټیم څخه لرې شو.
team-not-found = { $id } په ټیم کې نشته.
team-usage = کارول: /team، /team add <id> staff|volunteer، /team remove <id> (یا د هغه پیغام ته ځواب ورکړئ).
team-alias-set = ✅ خلک به تاسو د "{ $alias }" په نوم ګوري.
team-alias-usage = کارول: /alias Sam, volunteer
team-languages-set = ✅ ستاسو ژبې: { $languages }
team-languages-usage = کارول: /languages ar fa en
team-now-available = ✅ تاسو حاضر یاست. په هغو نویو ټکټونو کې چې ستاسو په ژبو وي، ستاسو نوم به یادېږي (mention).
team-now-away = 💤 تاسو حاضر نه یاست. په نویو ټکټونو کې به ستاسو نوم نه یادېږي.
outbox-title = 📮 د لېږلو صندوق (Outbox): { $counts }
outbox-errors = وروستۍ تېروتنې:
