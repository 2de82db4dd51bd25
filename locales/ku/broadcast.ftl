## Locale: ku (Kurdish Kurmanji, Kurdî)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📣 Staff broadcasts. First what clients see (template notices, the "(English)" marker and
## the buttons), then the staff wizard. The staff texts are an AI-assisted machine draft too,
## like the client texts (the staff chat itself uses STAFF_LOCALE, which is English).

## Template notices. Site names come from the directory; dates and times are formatted for
## this language.

notice-closed = ⛔ Navenda drop-in li { $site } roja { $date } girtî ye.
notice-moved = 📍 Navenda drop-in ya roja { $date } çû { $site }, saet { $time }.
notice-esol = 📚 Dersa nû ya Îngilîzî (ESOL) roja { $date } dest pê dike. Li navenda drop-in xwe qeyd bikin.

## Free text sent in English to someone whose language has no version

broadcast-in-english = (bi Îngilîzî)

## Buttons on a broadcast

broadcast-got-it = 👍 Min fêm kir
broadcast-book-button = 📅 Randevûyê bigirin
broadcast-thanks = 👍 Spas.

## The wizard (staff)

broadcast-kind-question = 📣 Peyama giştî ya nû #{ $id }. Çi cure?
broadcast-kind-template = 📋 Agahdariya amade
broadcast-kind-text = ✏️ Nivîsa azad
broadcast-template-question = Kîjan agahdarî? Ew jixwe bi hemû zimanan hatiye nivîsandin.
broadcast-notice-closed = ⛔ Navenda drop-in girtî ye
broadcast-notice-moved = 📍 Navenda drop-in hat guhastin
broadcast-notice-esol = 📚 Dersa nû ya ESOL
broadcast-session-question = Ew li ser kîjan roja drop-in e?
broadcast-no-sessions = Di 4 hefteyên bê de tu rojên drop-in tune ne, ji ber vê yekê tiştek tune ku agahdarî li ser were dayîn.
broadcast-card =
    📣 Peyama giştî #{ $id } (reşnivîs)
    Naverok: { $kind }
    Guherto: { $versions }
    Wergir: { $audience } → { $total } kes ({ $counts })
    Zimanên bê guherto: { $missing } → { $choice }
    Bişkok: { $button }
    Kengê: { $when }
broadcast-help-card =
    Wergir: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N (bi AND bi hev re tên girêdan)
    Dem: /broadcast at YYYY-MM-DD HH:MM (Europe/London) | /broadcast at now
    Nivîsa azad: /version LANGUAGE text (ji bo her zimanî yek; wêneyek bi wê binnivîsê (caption) wêneyê jî zêde dike)
broadcast-now = niha (now)
broadcast-everyone-button = 👥 Her kes
broadcast-booked-button = 📅 Yên bi randevû ji bo vê rojê
broadcast-button-none = Bê bişkok
broadcast-button-ack = 👍 Min fêm kir
broadcast-button-book = 📅 Girêdana randevûyê
broadcast-missing-skip = Ji van kesan re neşînin
broadcast-missing-english = Bi Îngilîzî bişînin, bi nîşana "(bi Îngilîzî)"
broadcast-preview-button = 👁 Pêşdîtin û piştrastkirin
broadcast-cancel-button = ✖ Betal bikin
broadcast-send-button = ✅ Bişînin
broadcast-preview-header = 👁 { $lang } · { $count } kes · { $how } (own = guhertoya bi zimanê wan, english = guhertoya Îngilîzî bi nîşana "(bi Îngilîzî)", skip = nayê şandin)
broadcast-confirm =
    📣 Peyama giştî #{ $id }: { $total } kes
    { $lines }
    Kengê: { $when } · Pejirandina karmendekî din hewce ye: { $approval }
    Ji bo piştrastkirinê li ✅ Bişînin bitikînin.
broadcast-need-kind = Pêşî cureyekê hilbijêrin.
broadcast-need-template = Pêşî agahdariyê û roja wê hilbijêrin.
broadcast-need-version = Pêşî nivîsekê zêde bikin: /version en Nivîsa we
broadcast-nobody = Di nav van wergiran de tu kes tune.
broadcast-need-missing-choice = Hin zimanên di nav wergiran de guhertoya wan tune: "Ji van kesan re neşînin" an "Bi Îngilîzî bişînin" hilbijêrin.
broadcast-need-english = Ji bo ku hûn Îngilîzî ji zimanên din re bişînin, guhertoyeke Îngilîzî zêde bikin: /version en Nivîsa we
broadcast-need-preview = Pêşî pêşdîtinê bikin: berî ku bikare were şandin, her guherto tê nîşandan.
broadcast-started = 📣 Peyama giştî #{ $id } ji { $total } kesan re tê şandin. Pêşveçûn di chata karmendan de tê nîşandan; /broadcast_cancel wê radiwestîne.
broadcast-scheduled = 🕒 Peyama giştî #{ $id } dê di { $when } (Europe/London) de dest pê bike.
broadcast-awaiting = ⏳ Peyama giştî #{ $id } diçe { $total } kesan, ji { $threshold } zêdetir: divê karmendekî din di chata karmendan de li Bipejirînin bitikîne.
broadcast-approval-request = ⏳ Peyama giştî #{ $id } ya ji bo { $total } kesan pejirandina karmendekî din hewce dike.
broadcast-approve-button = ✅ Bipejirînin
broadcast-approve-self = We ev peyama giştî çêkir: divê karmendekî din wê bipejirîne.
broadcast-approved = ✅ Peyama giştî #{ $id } hat pejirandin.
broadcast-gone = Ev peyama giştî êdî li benda vê yekê nîne.
broadcast-dropped = ✖ Peyama giştî #{ $id } hat avêtin.
broadcast-no-draft = Tu reşnivîsa peyama giştî ya bi nivîsa azad tune. Bi /broadcast yekê dest pê bikin.
broadcast-usage = Bikaranîn: /broadcast, /broadcast to …, /broadcast at …
broadcast-version-usage = Bikaranîn: /version LANGUAGE text. Ziman: { $locales }
broadcast-version-saved = ✅ Guhertoya { $lang } hat tomarkirin (ji aliyê { $by } ve hat zêdekirin).
broadcast-audience-usage = Bikaranîn: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N
broadcast-at-usage = Bikaranîn: /broadcast at YYYY-MM-DD HH:MM (demeke di pêşerojê de, Europe/London) an /broadcast at now
broadcast-cancelled = ✖ Peyama giştî #{ $id } hat betalkirin. Tiştê ku hatiye şandin, şandî dimîne.
broadcast-nothing-to-cancel = Tu peyama giştî tune ku were betalkirin.
broadcast-edit-usage = Bikaranîn: /broadcast_edit ID LANGUAGE corrected text
broadcast-edit-template = Tenê guhertoya zimanekî ya peyameke giştî ya bi nivîsa azad dikare were guhertin. Ji bo agahdariya amade, wê jê bibin û yeke rastkirî bişînin.
broadcast-edited = ✏️ Peyama giştî #{ $id }: { $count } kopiyên bi { $lang } têne rastkirin.
broadcast-delete-usage = Bikaranîn: /broadcast_delete ID (peyameke giştî ya ku hatiye şandin)
broadcast-deleted = 🗑 Peyama giştî #{ $id }: { $count } kopî têne jêbirin.
broadcast-unknown = Peyama giştî ya şandî #{ $id } tune.
broadcast-progress =
    📣 Peyama giştî #{ $id }
    { $bar } { $percent }%
    ✅ hatin şandin { $sent } · ❌ têk çûn { $failed } · ⏳ mane { $left } · nêzîkî { $eta } maye
broadcast-report =
    📣 Peyama giştî #{ $id }: rapora dawî
    Kes: { $total }
    ✅ Gihîşt: { $sent }
    ❌ Negihîşt: bot asteng kirin { $blocked } · hesab nemaye { $gone } · hat redkirin an dev jê hat berdan { $failed }
    ➖ Nehat şandin: guhertoya bi zimanê wan tune { $skipped } · sînorê rojane tije bû { $capped } · hat betalkirin { $cancelled }
    Li gorî ziman (gihîşt/kes): { $languages }
    Tikandina bişkokan: { $pressed }
