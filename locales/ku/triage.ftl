## Locale: ku (Kurdish Kurmanji, Kurdî)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Triage flows (flows/*.yaml). Facts come from shared/reference/domain-facts.md; the fact ids
## are in the comments. Keep every outcome to 2-4 short lines. Never change a number.

## Shared buttons and lines

triage-next = ➡️ Pêş ve
triage-talk = 💬 Bi kesekî re biaxivin
triage-helped-question = Ma vê yekê alîkariya we kir?
triage-helped-yes = 👍 Erê
triage-helped-no = 👎 Na
triage-feedback-thanks = 🙏 Spas ku we ji me re got.
triage-signposts = 📍 Hûn dikarin li ku alîkariyê bistînin:
triage-signpost-phone = • { $name }: { $phone }
triage-signpost-name = • { $name }
triage-needs-consent = 🔒 Ji bo ku em vê bigihînin kesekî, divê em hinek agahiyan tomar bikin. Ji kerema xwe pêşî vê bixwînin.

## Tickets: what happens next

ticket-opened-hours = 💬 Me ev ji tîma xwe re şand. Kesek dê di vê sohbetê de bersiva we bide. Em bi gelemperî di nav çend saetan de bersiv didin, di saetên kar de.
ticket-opened-away = 💬 Me ev ji tîma xwe re şand. Tîm niha naxebite. Ew ê ji { $opens } û pê ve bersiva we bidin.
    Heke acîl be: heke hûn di xeterê de ne, li 999 bigerin. Heke hûn nexweş in, li NHS 111 bigerin. Ji bo ku niha bi kesekî re biaxivin, li Samaritans bigerin: 116 123.
ticket-already-open = 💬 Pirsa we jixwe li ba tîma me ye. Ew ê di vê sohbetê de bersiva we bidin.

## Housing (AS-02, AS-03, AC-03, AC-04, AC-05, MO-01, MO-02, MO-04, MO-05, MO-06, EM-17, EM-18)

housing-title = 🏠 Xanî
housing-q-start = 🏠 Pirsgirêka xaniyê we çi ye?
housing-opt-repair = 🔧 Tiştek xera bûye
housing-opt-unsafe = 😟 Li cihê ku ez lê dijîm, ez xwe ewle hîs nakim
housing-opt-move = 🚚 Barkirin, an navnîşaneke nû
housing-opt-notice = 📄 Nameyek dibêje ku divê ez derkevim
housing-opt-nowhere = 🌙 Îşev cihekî min ê razanê tune
housing-q-repair = 🔧 Çi xera bûye?
housing-opt-gas = 🔥 Bêhna gazê tê
housing-opt-heating = 🌡️ Germkirin an ava germ tune
housing-opt-water = 🚱 Av tune
housing-opt-power = ⚡ Elektrîk tune
housing-opt-building = 🏚️ Avahî ne ewle ye
housing-opt-locked = 🔑 Ez li derve mame, nikarim bikevim hundir
housing-opt-other-repair = 🔧 Tiştekî din
housing-q-cold = 🌡️ Ma zivistan e, an xaniyê we pir sar e?
housing-opt-cold-yes = ❄️ Erê
housing-opt-cold-no = ☀️ Na
housing-out-gas =
    🔥 Gaz dikare xeternak be.
    🚪 Pencereyan vekin. Swîçên elektrîkê, agir an cigareyan bi kar neynin. Ji avahiyê derkevin.
    📞 Li xeta acîl a gazê bigerin: 0800 111 999. Di xeterê de ne? Li 999 bigerin.
    📞 Paşê ji Migrant Help re bibêjin: 0808 8010 503 (belaş, şev û roj).
housing-out-emergency =
    🚨 Ev tamîreke acîl e.
    📞 Niha li Migrant Help bigerin: 0808 8010 503 (belaş, şev û roj). Bibêjin "emergency repair" (tamîra acîl).
    📝 Roj û saeta ku we telefon kir binivîsin.
housing-out-routine =
    🔧 Tamîrê ji Migrant Help re ragihînin: 0808 8010 503 (belaş, şev û roj), an bi webchat an email.
    📝 Roja ku we ragihand binivîsin.
    ⏳ Heke hûn gilî bikin, divê dabînkerê xanî di nav 5 rojên kar de bersiva we bide.
housing-out-unsafe =
    🚨 Niha di xeterê de ne? Li 999 bigerin.
    📞 Ji Migrant Help re bibêjin: 0808 8010 503. Ew giliyên li ser tacîz û tevgerên dijî civakê (antisocial behaviour) werdigirin.
    🛡️ Ji bo sûcê nefretê (hate crime), li polîsan bigerin li ser 101, an jî bi True Vision li ser înternetê ragihînin.
housing-out-move =
    🏠 Xaniyê penaxwaziyê "bê hilbijartin" e: Home Office biryar dide ku hûn li ku bijîn.
    ♿ Heke xanî li gorî hewcedariyeke we nayê, wek seqetiyekê, ji karmendê xaniyê xwe û ji Migrant Help re bibêjin: 0808 8010 503.
    🩺 Piştî barkirinê, xwe li ba doktorekî nû yê nêzî xwe qeyd bikin.
housing-q-notice = 📄 Name çi dibêje?
housing-opt-granted = ✅ Min statuya penaberiyê wergirt (destûra mayînê)
housing-opt-refused = ❌ Daxwaza min a penaxwaziyê hat redkirin
housing-opt-unsure = ❔ Ez jê fêm nakim
housing-out-granted =
    ✅ Xanî û pereyê we yê penaxwaziyê dê di demeke nêz de rawestin: herî kêm 28 roj piştî biryara we, carinan 56 roj.
    🏛️ Îro: bi tîma bêmaliyê ya şaredariyê (council) re têkilî daynin. Divê şaredarî alîkariya we bike.
    💷 Niha daxwaza Universal Credit (alîkariya diravî ya dewletê) bikin. Ji bo destpêkirinê, jimareya National Insurance ne hewce ye.
housing-out-refused =
    ⚠️ Piştî redkirinê, piştgirî bi gelemperî piştî 21 rojan radiweste. Ev nabe heke hûn îtiraz bikin an zarokekî we yê ji 18 salî biçûktir hebe.
    ⏳ Dema îtirazê kurt e. Niha bi şêwirmendekî koçberiyê yê bi destûr (regulated) an bi parêzerekî re biaxivin.
    🏠 Dibe ku hûn bikaribin piştgiriya Section 4 bistînin.
housing-out-unsure =
    📄 Nameyê bînin navenda drop-in (bê randevû). Em ê bi we re bixwînin.
    📷 Ji kerema xwe wêneyên nameyên xwe di vê sohbetê de neşînin.
housing-out-nowhere =
    🌙 Niha li Migrant Help bigerin: 0808 8010 503 (belaş, şev û roj). Bibêjin ku îşev cihekî we yê razanê tune.
    🏛️ Heke statuya we ya penaberiyê hebe, îro herin tîma bêmaliyê ya şaredariyê (council).
    🚨 Di xeterê de ne? Li 999 bigerin.
housing-followup-repair = 🔧 Hefteya borî we behsa tamîrekê ji me re kir. Ma ew hat çêkirin?

## ASPEN card (AS-02, AS-03, AS-09, AS-10, AS-11, AS-12, EM-06)

aspen-title = 💳 Karta ASPEN
aspen-q-start = 💳 Pirsgirêka karta we ya ASPEN çi ye?
aspen-opt-lost = 🔍 Winda bûye an hatiye dizîn
aspen-opt-broken = 🚫 Naxebite, an pirsgirêka PIN-ê
aspen-opt-payment = 💷 Pereyê min nehat
aspen-opt-never = 📭 Karta min qet negihîşt
aspen-opt-stopped = ⛔ Piştgiriya min hat rawestandin
aspen-out-lost =
    📞 Li Migrant Help bigerin: 0808 8010 503 (belaş, şev û roj).
    🗣️ Bibêjin: "My ASPEN card is lost" (Karta min a ASPEN winda bûye) (an "stolen" (hatiye dizîn)). Heta ku karta nû were, pereyekî kaş ê acîl bixwazin.
    👮 Heke hatibe dizîn, hûn dikarin li ser 101 ji polîsan re jî bibêjin.
aspen-out-broken =
    🛒 Kartê tenê li dikanên ku Mastercard qebûl dikin bi kar bînin.
    📞 Li Migrant Help bigerin: 0808 8010 503. Bibêjin: "My ASPEN card is not working" (Karta min a ASPEN naxebite).
    🔒 Tu caran PIN-a xwe ji tu kesî re nebêjin. Ji me re jî nebêjin.
aspen-out-payment =
    📞 Li Migrant Help bigerin: 0808 8010 503 (belaş, şev û roj).
    🗣️ Bibêjin: "My ASPEN payment did not arrive" (Pereyê min ê ASPEN nehat). Pereyekî kaş ê acîl bixwazin.
    🍞 Îro pereyê we yê xwarinê tune? Bi bişkoka li jêr ji me re bibêjin.
aspen-out-never =
    📞 Li Migrant Help bigerin: 0808 8010 503 (belaş, şev û roj).
    🗣️ Bibêjin: "My ASPEN card has not arrived" (Karta min a ASPEN negihîştiye).
    📄 Dema ku hûn telefon dikin, nameya xwe ya piştgiriya penaxwaziyê li ba xwe bihêlin.
aspen-out-stopped =
    ⚠️ Heke piştgiriya we hatibe rawestandin an redkirin, hûn dikarin îtiraz bikin.
    ⏳ Divê îtiraza we di nav 3 rojan de, ji roja ku name gihîşt we, bigihîje dadgehê (tribunal). Îro tevbigerin.
    ⚖️ ASAP (Asylum Support Appeals Project) belaş şîretan dide. Em dikarin alîkariya we bikin ku hûn bi wan re têkilî daynin.
aspen-followup = 💳 Çend roj berê we behsa karta xwe ya ASPEN ji me re kir. Ma niha dixebite?

## Doctor (GP) (HE-01, HE-02, HE-03, HE-04, HE-05, EM-01, EM-07)

gp-title = 🩺 Doktor (GP)
gp-q-start = 🩺 Hûn çi hewce dikin?
gp-opt-register = 📝 Xwe li ba doktor qeyd kirin
gp-opt-refused = 🚫 Navenda GP got na
gp-opt-unwell = 🤒 Ez niha nexweş im
gp-opt-certificate = 🧾 Belgeya HC2 (dermanên belaş)
gp-info-rights =
    ✅ Li Îngilterayê her kes dikare xwe li ba GP qeyd bike. Belaş e.
    🚫 Ji bo vê, belgeya navnîşanê, nasname, statuya koçberiyê an jimareya NHS NE hewce ye.
gp-out-register =
    🔍 Navendeke GP ya nêzî xwe bibînin.
    📝 Forma GMS1 bixwazin, an forma online ya navendê bi kar bînin. Hûn dikarin navnîşaneke demkî, an navnîşana navendê bidin.
    🗣️ Hûn dikarin wergêrekî belaş bixwazin.
gp-out-refused =
    ⚖️ Navendek tenê ji ber çend sedeman dikare na bibêje, wek mînak lîsteya wê tije be. Divê ew sedemê bi nivîskî ji we re bibêje.
    🩺 Divê ew dîsa jî dermankirina acîl bide we.
    📞 Doctors of the World: 0808 1647 686, Duşemê heta Înê, 10:00 heta 12:00. Wergêrên wan hene.
gp-q-unwell = 🤒 Çiqas giran e?
gp-opt-danger = 🚨 Jiyana kesekî di xeterê de ye
gp-opt-today = 🤒 Îro hewceyî alîkariyê me, ne acîl e
gp-out-999 =
    🚨 Niha li 999 bigerin. Belaş e.
    🗣️ Zimanê xwe bi Îngilîzî bibêjin, wek mînak "Kurdish Kurmanji". Li benda wergêr bisekinin.
gp-out-111 =
    📞 Li NHS 111 bigerin, an 111 online bi kar bînin. Belaş e, şev û roj.
    🗣️ Zimanê xwe bibêjin da ku wergêrek ji we re were dayîn.
gp-q-hc2 = 🧾 Hûn ji Home Office kîjan piştgiriyê distînin?
gp-opt-s95 = 🏠 Section 95 (li benda biryarê)
gp-opt-s4 = 📄 Section 98 an Section 4
gp-opt-hc2-unsure = ❔ Ez nizanim
gp-out-hc2-s95 =
    📬 Bi Section 95, belgeya HC2 di nav 21 rojan de piştî nameya we ya piştgiriyê bi postê tê.
    📞 Nehatiye? Li Migrant Help bigerin: 0808 8010 503.
    🧾 Bi HC2, derman, lênêrîna diranan û testên çavan belaş in, û alîkarî ji bo rêwîtiya nexweşxaneyê heye. Dîroka dawiya wê kontrol bikin.
gp-out-hc2-hc1 =
    📝 Ji bo ku belgeya HC2 bistînin, forma HC1 dagirin. Em dikarin li navenda drop-in alîkariyê bikin.
    📞 NHS Business Services Authority: 0300 330 1343.
gp-out-hc2-unsure =
    📄 Nameya xwe ya piştgiriyê ya Home Office bînin navenda drop-in. Em ê bi we re lê binêrin.
gp-followup = 🩺 Hefteya borî we li ser doktor pirsî. Ma we karî xwe li ba GP qeyd bikin?

## Dentist (HE-05, HE-06, HE-07, HE-08, EM-07)

dentist-title = 🦷 Doktorê diranan
dentist-q-start = 🦷 Hûn çi hewce dikin?
dentist-opt-pain = 😣 Êş an werimandin
dentist-opt-find = 🔍 Doktorekî diranan ê NHS bibînin
dentist-opt-missed = 📅 Ez neçûm randevûya xwe
dentist-opt-free = 🧾 Dermankirina belaş (HC2)
dentist-q-redflags =
    ⚠️ Ma yek ji van tiştan heye?
    • Werimandin li nêzî çavê we an li stûyê we
    • Bêhngirtin an daqurandin zehmet e
    • Xwîn diherike û naseke
    • Birîneke giran li rû an çeneya we
dentist-opt-redflags-yes = 🚨 Erê
dentist-opt-redflags-no = ✅ Na
dentist-out-ae =
    🚨 Niha herin A&E (beşa acîl a nexweşxaneyê), an li 999 bigerin.
    🚗 Bi xwe erebeyê neajon.
dentist-out-urgent =
    📞 Li doktorê xwe yê diranan bigerin. Doktorê we yê diranan tune? Li NHS 111 bigerin, an 111 online bi kar bînin. Ne hewce ye ku hûn qeydkirî bin.
    🗣️ Zimanê xwe bibêjin da ku wergêrek ji we re were dayîn.
    🧾 Heke belgeya we ya HC2 hebe, bi xwe re bibin.
dentist-out-find =
    🔍 Xizmeta NHS "Find a dentist" (doktorê diranan bibînin) bi kar bînin, paşê li doktorên diranan telefon bikin. Qeydkirin tune û sînorê herêmê tune.
    📞 Li tu yekê cih tune? Li NHS England bigerin: 0300 311 2233.
    🧾 Bi belgeya HC2, dermankirina NHS belaş e.
dentist-out-missed =
    📞 Zûtirîn li doktorê diranan bigerin. Bibêjin çima hûn neçûn. Randevûyeke nû bixwazin.
    😣 Niha êşa we heye? Li NHS 111 bigerin.
    💬 Em dikarin alîkariya we bikin ku hûn telefon bikin, an rêwîtiyê plan bikin.
dentist-out-free =
    🧾 Bi belgeya HC2, dermankirina diranan a NHS belaş e.
    📬 Section 95: bi postê tê. Section 98 an 4: forma HC1 dagirin.
dentist-followup = 🦷 Çend roj berê we behsa êşa diranan ji me re kir. Ma we alîkarî stend?

## English classes (ESOL) (ES-01, ES-02, ES-03, ES-04)

esol-title = 📚 Dersên Îngilîzî
esol-q-start = 📚 Dersên Îngilîzî. Kîjan ji bo we rast e?
esol-opt-refugee = ✅ Ez penaber im (destûra mayînê)
esol-opt-waiting = ⏳ Ez li benda biryarê me
esol-opt-refused = ❌ Daxwaza min hat redkirin
esol-opt-register = 📝 Qeydkirin li navenda drop-in
esol-q-waited = ⏳ Çiqas berê we daxwaza penaxwaziyê kir?
esol-opt-under6 = 🗓️ Kêmtir ji 6 mehan
esol-opt-over6 = 📅 6 meh an zêdetir
esol-out-refugee =
    ✅ Hûn dikarin dersên Îngilîzî (ESOL) yên fonkirî (lêçûna wan tê dayîn) bistînin. Dema bendewariyê tune.
    📝 Li navenda drop-in qeyd bibin, an li dersên li jêr binêrin.
esol-out-funded =
    ✅ Piştî 6 mehan bendewariyê, hûn dikarin dersên Îngilîzî (ESOL) yên fonkirî bistînin.
    🏛️ Qaîde li her herêmê cuda ne. Li navenda drop-in qeyd bibin û ew ê ji bo we kontrol bikin.
esol-out-early =
    ⏳ Dersên fonkirî bi gelemperî piştî 6 mehan bendewariyê dest pê dikin.
    🗣️ Klûbên axaftinê yên belaş û dersên dilxwazan niha ji we re vekirî ne.
    📝 Li navenda drop-in qeyd bibin, da ku hûn zûtirîn dest pê bikin.
esol-out-clubs =
    🗣️ Klûbên axaftinê yên belaş û dersên civakê ji her kesî re vekirî ne.
    📝 Li navenda drop-in bipirsin.
esol-out-register =
    📝 Navenda drop-in we ji bo dersên Îngilîzî qeyd dike, da ku hûn zû dest pê bikin.
    🪪 Her nasnameyeke ku we heye bînin.
esol-followup = 📚 Du hefte berê we li ser dersên Îngilîzî pirsî. Ma we dest bi dersekê kiriye?

## Something else (IA-01, IA-02, IA-03, IA-04, EM-08, EM-11)

other-title = ❔ Tiştekî din
other-q-start = ❔ Li ser çi ye?
other-opt-person = 💬 Ez dixwazim bi kesekî re biaxivim
other-opt-legal = ⚖️ Doza min a penaxwaziyê, an nameyeke Home Office
other-opt-basics = 🍞 Xwarin, cil an pere
other-opt-feelings = 💭 Stres, xemgînî an xew
other-opt-unsure = ❔ Ez nizanim
other-out-person =
    💬 Kesek ji tîma me dê li vir ji we re binivîse.
other-out-legal =
    ⚖️ Em nikarin li ser doza we ya taybet şîretan bidin. Tenê şêwirmendekî koçberiyê yê bi destûr (regulated) an parêzerek dikare.
    🤝 Em ê alîkariya we bikin ku hûn yekî bibînin. Dibe ku alîkariya hiqûqî (legal aid) pereyê wê bide.
other-out-basics =
    🍞 Hûn dikarin xwarin, cil û alîkariyên din bistînin. Tîma me dê ji we re bibêje li ku û kengê.
    📞 Bê pere an bê mal in? Hûn dikarin ji Migrant Help re jî bibêjin: 0808 8010 503.
other-out-feelings =
    💚 Gelek kesên li vir jî wiha hîs dikin. Hûn ne tenê ne. Axaftin alîkar e.
    📞 Li NHS 111 bigerin û beşa tenduristiya derûnî hilbijêrin, şev û roj. An jî li Samaritans bigerin: 116 123.
    💬 Kesek ji tîma me jî dê bi we re biaxive.

## Taxonomy terms, as people see them next to a service (directory/taxonomy)

tax-accommodation-repairs = Tamîr û pirsgirêkên xaniyê penaxwaziyê
tax-asylum-support = Piştgiriya penaxwaziyê û karta ASPEN
tax-gp-registration = Qeydkirina li ba doktor
tax-urgent-health = Alîkariya tenduristiyê ya bilez
tax-urgent-dental = Alîkariya diranan a bilez
tax-routine-dental = Dîtina doktorê diranan
tax-hc2 = Belgeya HC2: lêçûnên NHS ên belaş
tax-esol-classes = Dersên Îngilîzî
tax-conversation-clubs = Klûbên axaftinê
tax-immigration-advice = Şîreta hiqûqî ya koçberiyê
tax-destitution-support = Alîkarî heke pereyê we tune be
tax-night-shelter = Cihekî razanê ji bo îşev
tax-food = Xwarin
tax-clothing = Cil û berg
tax-mental-health = Tenduristiya derûnî û hest
tax-domestic-abuse = Tundî an destdirêjî li malê
tax-exploitation = Karê bi zorê û îstismar
tax-drop-in = Navenda drop-in (bê randevû)
tax-digital-inclusion = Telefon, înternet û kompîuter
tax-council-housing = Alîkariya şaredariyê (council) ji bo xanî
tax-welfare-benefits = Alîkarî û pere piştî biryarê
tax-emergency = Acîl
