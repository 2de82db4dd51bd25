## Locale: so (Somali, Soomaali)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📣 Staff broadcasts. First what clients see (template notices, the "(English)" marker and
## the buttons), then the staff wizard. The staff texts are shown in English (STAFF_LOCALE); here
## they are an AI draft in this language too, like the client texts.

## Template notices. Site names come from the directory; dates and times are formatted for
## this language.

notice-closed = ⛔ Drop-in-ka { $site } waa xiran yahay { $date }.
notice-moved = 📍 Drop-in-ka { $date } wuxuu u guuray { $site }, saacadda { $time }.
notice-esol = 📚 Fasal cusub oo Ingiriisi ah (ESOL) ayaa bilaabanaya { $date }. Iska diiwaangeli drop-in-ka.

## Free text sent in English to someone whose language has no version

broadcast-in-english = (Ingiriisi)

## Buttons on a broadcast

broadcast-got-it = 👍 Waan fahmay
broadcast-book-button = 📅 Qabso waqti
broadcast-thanks = 👍 Mahadsanid.

## The wizard (staff)

broadcast-kind-question = 📣 Fariin guud oo cusub #{ $id }. Noocee ah?
broadcast-kind-template = 📋 Ogeysiis diyaarsan
broadcast-kind-text = ✏️ Qoraal xor ah
broadcast-template-question = Ogeysiiskee? Horey ayaa loogu qoray luqad kasta.
broadcast-notice-closed = ⛔ Drop-in-ka waa xiran yahay
broadcast-notice-moved = 📍 Drop-in-ka wuu guuray
broadcast-notice-esol = 📚 Fasal ESOL oo cusub
broadcast-session-question = Fadhigee drop-in-ka ayay ku saabsan tahay?
broadcast-no-sessions = Ma jiraan fadhiyo drop-in ah 4-ta toddobaad ee soo socda, sidaas darteed ma jiro wax la ogeysiiyo.
broadcast-card =
    📣 Fariin guud #{ $id } (qabyo)
    Waxa ku jira: { $kind }
    Noocyada luqadaha: { $versions }
    Dadka loo dirayo: { $audience } → { $total } qof ({ $counts })
    Luqadaha aan nooc lahayn: { $missing } → { $choice }
    Badhan: { $button }
    Goorma: { $when }
broadcast-help-card =
    Dadka loo dirayo: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N (waxaa lagu xiraa AND: dhammaan shuruudaha waa inay buuxsamaan)
    Waqtiga: /broadcast at YYYY-MM-DD HH:MM (Europe/London) | /broadcast at now
    Qoraal xor ah: /version LANGUAGE text (mid luqad kasta; sawir leh qoraalkaas oo caption ah wuxuu ku darayaa sawirka)
broadcast-now = hadda
broadcast-everyone-button = 👥 Qof walba
broadcast-booked-button = 📅 Kuwa fadhigan ballan ku haysta
broadcast-button-none = Badhan la'aan
broadcast-button-ack = 👍 Waan fahmay
broadcast-button-book = 📅 Linkiga ballansashada
broadcast-missing-skip = Ka bood dadkaas
broadcast-missing-english = U dir Ingiriisi, oo lagu calaamadeeyay "(Ingiriisi)"
broadcast-preview-button = 👁 Eeg oo xaqiiji
broadcast-cancel-button = ✖ Baaji
broadcast-send-button = ✅ Dir
broadcast-preview-header = 👁 { $lang } · { $count } qof · { $how } (own = nooca luqaddooda, english = nooca Ingiriisiga oo lagu calaamadeeyay "(Ingiriisi)", skip = lama diro)
broadcast-confirm =
    📣 Fariin guud #{ $id }: { $total } qof
    { $lines }
    Goorma: { $when } · Ma u baahan tahay ansixinta xubin labaad oo shaqaalaha ah: { $approval }
    Riix ✅ Dir si aad u xaqiijiso.
broadcast-need-kind = Marka hore dooro nooca.
broadcast-need-template = Marka hore dooro ogeysiiska iyo fadhigiisa.
broadcast-need-version = Marka hore ku dar qoraal: /version en Your text
broadcast-nobody = Qofna kuma jiro dadkan loo dirayo.
broadcast-need-missing-choice = Luqadaha qaarkood ee dadka loo dirayo ma laha nooc: dooro "Ka bood dadkaas" ama "U dir Ingiriisi".
broadcast-need-english = Si aad Ingiriisi ugu dirto luqadaha kale, ku dar nooc Ingiriisi ah: /version en Your text
broadcast-need-preview = Marka hore eeg: nooc kasta waa la muujiyaa ka hor inta aan la dirin.
broadcast-started = 📣 Fariinta guud #{ $id } waxaa loo dirayaa { $total } qof. Horumarka waxaa lagu muujiyaa wada-sheekaysiga shaqaalaha; /broadcast_cancel ayaa joojiya.
broadcast-scheduled = 🕒 Fariinta guud #{ $id } waxay bilaabanaysaa { $when } (Europe/London).
broadcast-awaiting = ⏳ Fariinta guud #{ $id } waxay gaaraysaa { $total } qof, oo ka badan { $threshold }: xubin labaad oo shaqaalaha ah waa inay riixdo Ansixi wada-sheekaysiga shaqaalaha.
broadcast-approval-request = ⏳ Fariinta guud #{ $id } ee { $total } qof waxay u baahan tahay ansixinta xubin labaad oo shaqaalaha ah.
broadcast-approve-button = ✅ Ansixi
broadcast-approve-self = Adiga ayaa sameeyay fariintan guud: xubin kale oo shaqaalaha ah waa inay ansixiso.
broadcast-approved = ✅ Fariinta guud #{ $id } waa la ansixiyay.
broadcast-gone = Fariintan guud hadda ma sugayso taas.
broadcast-dropped = ✖ Fariinta guud #{ $id } waa laga tagay.
broadcast-no-draft = Ma jiro qabyo fariin guud oo qoraal xor ah. Mid ku bilow /broadcast.
broadcast-usage = Isticmaal: /broadcast, /broadcast to …, /broadcast at …
broadcast-version-usage = Isticmaal: /version LANGUAGE text. Luqadaha: { $locales }
broadcast-version-saved = ✅ Nooca { $lang } waa la keydiyay (waxaa ku daray { $by }).
broadcast-audience-usage = Isticmaal: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N
broadcast-at-usage = Isticmaal: /broadcast at YYYY-MM-DD HH:MM (waqti soo socda, Europe/London) ama /broadcast at now
broadcast-cancelled = ✖ Fariinta guud #{ $id } waa la baajiyay. Wixii horey loo diray sidooda ayay u jirayaan.
broadcast-nothing-to-cancel = Ma jirto fariin guud oo la baajin karo.
broadcast-edit-usage = Isticmaal: /broadcast_edit ID LANGUAGE corrected text
broadcast-edit-template = Waxaa la beddeli karaa oo keliya nooc luqadeed oo ka mid ah fariin guud oo qoraal xor ah. Ogeysiis diyaarsan, tirtir oo dir mid la saxay.
broadcast-edited = ✏️ Fariinta guud #{ $id }: { $count } nuqul oo { $lang } ah ayaa la saxayaa.
broadcast-delete-usage = Isticmaal: /broadcast_delete ID (fariin guud oo la diray)
broadcast-deleted = 🗑 Fariinta guud #{ $id }: { $count } nuqul ayaa la tirtirayaa.
broadcast-unknown = Ma jirto fariin guud oo la diray oo ah #{ $id }.
broadcast-progress =
    📣 Fariinta guud #{ $id }
    { $bar } { $percent }%
    ✅ la diray { $sent } · ❌ fashilmay { $failed } · ⏳ haray { $left } · qiyaastii { $eta } ayaa dhiman
broadcast-report =
    📣 Fariinta guud #{ $id }: warbixinta ugu dambaysa
    Dadka: { $total }
    ✅ La gaarsiiyay: { $sent }
    ❌ Lama gaarsiin: xannibay bot-ka { $blocked } · akoonkii ma jiro { $gone } · la diiday ama laga quustay { $failed }
    ➖ Lama dirin: nooc luqaddooda ah ma jiro { $skipped } · xadka maalinlaha ah waa la gaaray { $capped } · la baajiyay { $cancelled }
    Luqad kasta (la gaarsiiyay/dadka): { $languages }
    Riixitaanka badhanka: { $pressed }
