## Locale: ku (Kurdish Kurmanji, Kurdî)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Rules for every locale: short sentences, one idea per line, an icon on every button.
## Never put bidi marks inside /commands. Numbers and entitlements come from
## shared/reference/domain-facts.md (fact ids in comments); translate the words, never the numbers.

## Language picker

# The name of this language, written in this language (an endonym). Shown in the picker.
lang-name = Kurdî
lang-choose = 🌐 Ji kerema xwe zimanê xwe hilbijêrin.
lang-changed = ✅ Ez ê niha bi Kurdî ji we re binivîsim.

## Privacy notice (its version lives in bot/onboarding.py: PRIVACY_VERSION)

privacy-notice =
    🔒 Parastina agahiyên we

    📝 Em çi tomar dikin: zimanê we, navê we yê pêşîn, dîroka ku we qebûl kir, mijarên ku we hilbijartin, randevûyên we yên navenda drop-in, bijartinên we ji bo peyamên şopandinê, û peyamên ku hûn ji tîma me re dişînin.
    🎯 Çima: ji bo ku em alîkariya we bikin û zimanê we bi bîr bînin.
    ⏳ Heta kengê: heta ku hûn wan jê bibin, an jî 12 meh piştî peyama we ya dawî.
    👥 Kî dibîne: tenê tîma xêrxwaziyê ya Firstport. Em ne Home Office (Wezareta Navxwe) ne. Em wan bi Home Office an bi dabînkerê xaniyê we re parve nakin.
    🗑 Biryar di destê we de ye: /mydata nîşan dide ka em çi tomar dikin. /forget wan jê dibe.

    ⚠️ Tu caran jimareya referansê ya Home Office, jimareya karta ASPEN an PIN-a xwe ji me re neşînin.
privacy-agree = ✅ Ez qebûl dikim
privacy-decline = ✖️ Na, spas
privacy-agreed = ✅ Spas. Hûn dikarin her dem bi /forget biryara xwe biguherînin.
privacy-declined = 👍 Baş e. Em tu tiştî li ser we tomar nakin. Hûn dîsa jî dikarin hemû agahiyan bixwînin. Ji bo guhertina biryara xwe, /start bişînin.
privacy-updated = 🔒 Daxuyaniya me ya parastina agahiyan hat guhertin. Ji kerema xwe dîsa bixwînin.
privacy-withdrawn = ✅ Me tiştên ku li ser we tomar kiribûn jê birin. Hûn dîsa jî dikarin hemû agahiyan bixwînin. Ji bo ku hûn dîsa qebûl bikin, /start bişînin.
privacy-stale = ⌛ Ew daxuyanî kevn bû. Ya niha ev e.

## Main menu: every item has an icon and short words

menu-title = 🏠 Menuya sereke. Hûn çi hewce dikin?
menu-housing = 🏠 Xanî
menu-aspen = 💳 Karta ASPEN
menu-gp = 🩺 Doktor (GP)
menu-dentist = 🦷 Doktorê diranan
menu-esol = 📚 Dersên Îngilîzî
menu-services = 📍 Xizmetan bibînin
menu-other = ❔ Tiştekî din
menu-urgent = 🆘 Alîkariya bilez
menu-language = 🌐 Ziman
menu-privacy = 🔒 Agahiyên min
menu-help = ❓ Alîkarî

## Safety card (EM-01, EM-03, EM-04, EM-07, EM-08, EM-09, EM-11, EM-13, EM-14, AS-02)

safety-card =
    🆘 Alîkariya bilez. Gerîna van hemû jimareyan belaş e.

    🚨 Heke hûn niha di xeterê de ne: li 999 bigerin. Zimanê xwe bi Îngilîzî bibêjin, wek mînak "Kurdish Kurmanji". Li benda wergêr bisekinin. Heke hûn nikarin biaxivin, 55 bitikînin.
    🩺 Heke hûn nexweş an birîndar in: li NHS 111 bigerin, şev û roj. Zimanê xwe bibêjin da ku wergêrek ji we re were dayîn.
    💭 Heke hûn pir xemgîn in, an li ser xwekuştinê difikirin: li 111 bigerin û beşa tenduristiya derûnî hilbijêrin. An jî li Samaritans bigerin: 116 123, şev û roj.
    🏠 Tundî an destdirêjî li malê: National Domestic Abuse Helpline 0808 2000 247, şev û roj.
    ⛓️ Heke hûn bi zorê têne xebitandin, an kesek we kontrol dike: Modern Slavery & Exploitation Helpline 08000 121 700, şev û roj.
    🏘️ Pirsgirêka xanî an karta ASPEN: Migrant Help 0808 8010 503, şev û roj.

## Help

help-text =
    ❓ Firstport çawa tê bikaranîn

    👆 Bişkokan bitikînin. Ne hewce ye ku hûn binivîsin.
    🏠 /menu menuya sereke nîşan dide.
    🌐 /language ziman diguherîne.
    🔔 /checkins: em çend caran li rewşa we bipirsin, an rawestandin.
    🔒 /privacy nîşan dide ka em çi tomar dikin. /mydata wan ji we re dişîne. /forget wan jê dibe.
    🆘 /urgent jimareyên acîl nîşan dide.

    Em tîmeke xêrxwaziyê ne, ne Home Office. Em dikarin nîşanî we bidin ka hûn li ku derê alîkariyê bistînin. Em li vir nikarin li ser doza we şîreta hiqûqî bidin.

## Command menu (setMyCommands); at most 256 characters each

cmd-start = Ji nû ve dest pê bike
cmd-menu = Menuya sereke
cmd-language = Ziman biguherîne
cmd-help = Ev bot çawa tê bikaranîn
cmd-privacy = Em çi li ser we tomar dikin
cmd-mydata = Agahiyên min ji min re bişîne
cmd-forget = Agahiyên min jê bibe
cmd-urgent = Alîkariya bilez û jimareyên acîl

## Bot profile (setMyDescription: at most 512 characters; short: at most 120)

about-description = Firstport alîkariya penaxwaz û penaberan dike da ku alîkariya rast bibînin: xanî, karta ASPEN, doktor, doktorê diranan û dersên Îngilîzî. Belaş e. Em rêxistineke xêrxwaziyê ne, ne Home Office. Hûn di xeterê de ne? Li 999 bigerin.
about-short = Alîkarî ji bo xanî, karta ASPEN, doktor, doktorê diranan û dersên Îngilîzî. Em ne Home Office ne.

## Your data

data-export-caption = 📄 Ev hemû tiştên ku em li ser we tomar dikin in.
data-export-empty = 📄 Em tu tiştî li ser we tomar nakin.
forget-confirm = 🗑 Em hemû tiştên ku li ser we tomar dikin jê bibin? Ev nayê vegerandin.
forget-yes = 🗑 Erê, jê bibin
forget-no = ↩️ Na, bihêlin
forget-done = ✅ Temam. Me hemû tiştên ku li ser we tomar kiribûn jê birin. Ji bo ku ji nû ve dest pê bikin, /start bişînin.
forget-nothing = ✅ Em tu tiştî li ser we tomar nakin. Tiştek tune ku were jêbirin.
forget-kept = 👍 Tu tişt nehat jêbirin.
data-show = 📄 Agahiyên min nîşan bide
data-delete = 🗑 Agahiyên min jê bibe

## Messages we cannot use

fallback-voice = 🎤 Biborin, ez nikarim guh bidim peyamên dengî. Ji kerema xwe li jêr bişkokekê bitikînin.
fallback-sticker = 🙂 Spas! Ji kerema xwe li jêr bişkokekê bitikînin.
fallback-photo = 🖼️ Ez nikarim li wêneyan binêrim. Ji kerema xwe li jêr bişkokekê bitikînin. Tu caran wêneyên belge an kartên xwe neşînin.
fallback-media = 🎬 Ez nikarim vê vekim. Ji kerema xwe li jêr bişkokekê bitikînin.
fallback-location = 📍 Spas. Ez cihan tomar nakim. Ji kerema xwe li jêr bişkokekê bitikînin.
fallback-contact = 👤 Spas. Ez agahiyên têkiliyê tomar nakim. Ji kerema xwe li jêr bişkokekê bitikînin.
fallback-document = 📎 Ez nikarim pelan vekim. Ji kerema xwe li vir belgeyan neşînin. Li jêr bişkokekê bitikînin.
fallback-edited = ✏️ Min dît ku we peyamek guhert. Ez tenê peyamên nû dixwînim. Ji kerema xwe li jêr bişkokekê bitikînin.
fallback-text = 🤔 Biborin, min fêm nekir. Ji kerema xwe li jêr bişkokekê bitikînin.
fallback-other = 🤔 Biborin, ez nikarim vê bi kar bînim. Ji kerema xwe li jêr bişkokekê bitikînin.

## Buttons that no longer work (answerCallbackQuery: at most 200 characters)

button-stale = ⌛ Ev bişkok kevn e. Bişkokên niha ev in.

## Navigation buttons

nav-menu = 🏠 Menu
nav-back = ⬅️ Paş ve

## Groups and errors

group-private-only = 👋 Ez tenê di sohbetên taybet de dixebitim. Ji kerema xwe rasterast ji min re binivîsin. Bi xatirê we!
error-generic = 😔 Biborin, tiştek şaş çû. Ji kerema xwe dîsa biceribînin. Hûn di xeterê de ne? Li 999 bigerin.
