## Locale: ku (Kurdish Kurmanji, Kurdî)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Talking to a person: the relay between a client and the volunteer who claimed the ticket.
## The client never sees a volunteer's name or account, only the alias they chose.

relay-greeting = 💬 Hûn niha bi { $alias } re diaxivin. Li vir binivîsin, ew ê di vê sohbetê de bersiva we bide. Ji kerema xwe jimareya referansê ya Home Office, jimareya karta ASPEN an PIN-a xwe neşînin.
relay-default-alias = dilxwazekî ji tîma Firstport
relay-bar-menu = 🏠 Menu
relay-bar-end = ❌ Sohbetê biqedînin
relay-ended = 👋 Sohbet qediya. Hûn dîsa bi botê re ne. Tîma me dîsa jî dikare li vir ji we re binivîse.
relay-reassigned = 🔁 Kesekî din ji tîma me dê bi we re berdewam bike. Ji kerema xwe li vir li benda peyama wî bin.
relay-closed-question = 🙏 Tîma me ev axaftin qedand. Ma me alîkariya we kir?
relay-rating-yes = 👍 Erê
relay-rating-no = 👎 Na
relay-rating-thanks = 🙏 Spas ku we ji me re got.

## Canned replies: a volunteer picks one; the client receives it in their own language.

canned-received = ✅ Peyama we gihîşt me. Kesek dê di demeke nêz de bersiva we bide.
canned-dropin = 🤝 Ji kerema xwe werin navenda drop-in. Hemû nameyên ku we hene bi xwe re bînin.
canned-migrant-help = 📞 Ji kerema xwe li Migrant Help bigerin: 0808 8010 503. Belaş e, şev û roj.
canned-nhs-111 = 🩺 Ji bo pirsgirêkeke tenduristiyê, li NHS 111 bigerin. Belaş e, şev û roj.
canned-tomorrow = 🕒 Em ê sibê dîsa ji we re binivîsin.
canned-no-documents = 📷 Ji kerema xwe wêneyên belgeyên xwe li vir neşînin. Wan bînin navenda drop-in.

## For staff and volunteers (in the staff chat)

handoff-header =
    🎫 #{ $ticket } · { $need } · { $language } · { $urgency }
    Encam: { $outcome } · Ast: { $tier }
    Nav: { $name }
    Rê: { $path }
    Rewş: { $status }
handoff-status-open = 🟡 vekirî ye, li benda kesekî ye
handoff-status-claimed = 🟢 { $alias } girt ser xwe
handoff-status-closed = ⚪ girtî ye
handoff-status-reopened = 🔁 dîsa vebû, li benda kesekî ye
handoff-claim-button = ✋ Bigire ser xwe
handoff-close-button = ✅ Bigire
handoff-reassign-button = 🔁 Vegerîne rêzê
handoff-canned-button = 💬 Bersivên amade
handoff-claimed-by = ✋ { $alias } ev tîket girt ser xwe. Peyamên ku ew li vir dişîne diçin ba wî kesî.
handoff-already-claimed = { $alias } ev tîket berê girtiye ser xwe.
handoff-not-claimable = Ev tîket niha nayê girtin ser xwe.
handoff-not-claimer = ⚠️ Nehat şandin: tenê { $alias }, yê ku ev tîket girtiye ser xwe, dikare ji wî kesî re binivîse. Ji bo nîşeyeke tîmê, peyamê bi // dest pê bikin.
handoff-unclaimed-post = ⚠️ Nehat şandin: pêşî tîketê bigirin ser xwe. Ji bo nîşeyeke tîmê, peyamê bi // dest pê bikin.
handoff-client-left = 👋 Kes vegeriya menuya botê.
handoff-client-blocked = 🚫 Vî kesî bot asteng kiriye. Peyamên li vir nagihîjin wî heta ku ew dîsa binivîse.
handoff-client-crisis = 🆘 Peyama kesî bi peyvên krîzê (crisis net) re li hev hat. Jimareyên ewlehiyê nîşanî wî hatin dayîn.
handoff-closed = ✅ Ji aliyê { $alias } ve hat girtin.
handoff-reopened = 🔁 Kes piştî girtina vê tîketê dîsa nivîsî. Tîket vegeriya rêzê.
handoff-forgotten = 🗑 Kes agahiyên xwe jê birin. Ev tîket hat girtin û girêdanên peyamên wê nemane.
handoff-rating = ⭐ Bersiva kesî ji bo "Ma me alîkariya we kir?": { $answer }
handoff-canned-pick = 💬 Bersivekê hilbijêrin. Kes wê bi zimanê xwe distîne; hûn wê li vir bi Îngilîzî dibînin.
handoff-canned-sent = 📤 Ji kesî re hat şandin: { $text }
handoff-reassigned = 🔁 { $alias } ev tîket vegerand rêzê.
handoff-unclaimed-again = ⏰ Tîketa #{ $ticket } hîn li benda kesekî ye.
handoff-mentions = Bi { $language } diaxivin: { $names }
handoff-no-forum = ⚠️ Di vê sohbeta karmendan de mijar (topics) tune ne, an ez nikarim li vir mijaran birêve bibim. Li şûna wê, ez ê her tîketê wek kartekê bişînim: ji bo bersiva kesî bidin, bersiva karta tîketê an peyamên wê bidin.
handoff-not-allowed = 🔒 Rola we destûra vê yekê nade.
team-title = 👥 Tîm ({ $count })
team-line = • { $id } · { $role } · { $alias } · { $languages } · { $availability }
team-available = amade
team-away = ne amade
team-added = ✅ { $id } niha { $role } e.
team-removed = ✅ { $id } ji tîmê hat derxistin.
team-not-found = { $id } ne di tîmê de ye.
team-usage = Bikaranîn: /team, /team add <id> staff|volunteer, /team remove <id> (an bersiva peyama wan bidin).
team-alias-set = ✅ Mirov dê we wek "{ $alias }" bibînin.
team-alias-usage = Bikaranîn: /alias Sam, volunteer
team-languages-set = ✅ Zimanên we: { $languages }
team-languages-usage = Bikaranîn: /languages ar fa en
team-now-available = ✅ Hûn amade ne. Tîketên nû yên bi zimanên we dê we agahdar bikin.
team-now-away = 💤 Hûn ne amade ne. Tîketên nû dê we agahdar nekin.
outbox-title = 📮 Peyamên li benda şandinê: { $counts }
outbox-errors = Çewtiyên dawî:
