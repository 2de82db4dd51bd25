## Locale: ku (Kurdish Kurmanji, Kurdî)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📅 Drop-in: sessions, booking, the waitlist, reminders, closures; then the staff lists.
## Site names and addresses come from the directory and stay as they are.

menu-dropin = 📅 Navenda drop-in

## Who attends (rota roles in directory/dropin/*.yaml) and what to bring

dropin-role-casework = 🏠 Alîkarî ji bo xanî û karta ASPEN
dropin-role-esol = 📚 Qeydkirin ji bo dersên Îngilîzî
dropin-role-health = 🩺 Qeydkirin li ba doktor û doktorê diranan
dropin-role-welfare = 🤝 Xwarin, cil û alîkariyên din
dropin-bring-casework = Hemû nameyên li ser xanî an piştgiriya penaxwaziyê yên ku we hene. Heke hebin, wêneyên pirsgirêkên ku tamîr hewce dikin.
dropin-bring-esol = Her nasnameyeke ku we heye.
dropin-bring-health = Hemû nameyên ji doktor, doktorê diranan an nexweşxaneyê yên ku we hene.
dropin-bring-welfare = Hemû nameyên ku hûn dixwazin ji bo wan alîkariyê bistînin.

## The drop-in screen

booking-intro = 📅 Navenda drop-in: alîkariya belaş, rû bi rû. Hûn dikarin bi tenê werin, an randevûyekê bigirin.
booking-session-line = 📍 { $site } · { $day } · { $start }–{ $end }
booking-session-who = 👥 { $roles }
booking-session-closed = ⛔ { $site } · { $day }: girtî ye
booking-times-unconfirmed = ⚠️ Dibe ku ev dem biguherin. Ji kerema xwe berî ku hûn bi rê bikevin, kontrol bikin.
booking-what-need = Hûn ji bo çi alîkariyê dixwazin?
booking-none = 📅 Di 4 hefteyên bê de tu rojên navenda drop-in tune ne.
booking-walk-in-button = 🚶 Bi tenê werin
booking-walk-in-text = 🚶 Ne hewce ye ku hûn randevû bigirin. Di yek ji van rojan de werin.
booking-map = 📍 { $site }
booking-mine-button = 📋 Randevûyên min
booking-back = ↩️ Paş ve
booking-needs-consent = 🔒 Ji bo girtina randevûyê, divê em navê we yê pêşîn û zimanê we tomar bikin.

## Choosing a session and a time

booking-pick-session = { $role }: cihekî û rojekê hilbijêrin.
booking-change-pick = 🔁 { $role }: rojeke nû hilbijêrin. Randevûya we ya kevn dimîne heta ku hûn ya nû bigirin.
booking-role-none = 😔 { $role }: di 4 hefteyên bê de tu roj tune ne.
booking-session-open = 📍 { $site } · { $day }
booking-session-full = ⏳ { $site } · { $day } · tije ye
booking-pick-time = 🕙 { $role }. { $site }, { $day }. Demekê hilbijêrin.
booking-time-button = 🕙 { $time }
booking-full = 😔 Ev roj tije ye ({ $site }, { $day }). Hûn dixwazin bikevin lîsteya bendê? Heke cihek vala bibe, em ê peyamekê ji we re bişînin.
booking-join-waitlist = ⏳ Bikevin lîsteya bendê

## Interpreter

booking-interpreter-question = 🗣 Hûn wergêrekî dixwazin?
booking-interpreter-yes = 🗣 Erê: { $language }
booking-interpreter-other = 🌐 Zimanekî din
booking-interpreter-no = 🙅 Na, spas
booking-interpreter-pick = 🌐 Kîjan ziman?
booking-interpreter-none = na

## Booked

booking-confirmed =
    ✅ Randevûya we hat girtin.

    📋 Çi: { $role }
    📍 Li ku: { $site }, { $address }
    🕙 Kengê: { $when }
    🗣 Wergêr: { $interpreter }
    🎒 Bi xwe re bînin: { $bring }

    🔔 Em ê rojek berê û 2 saet berê bînin bîra we.
booking-ics-caption = 📅 Vê li salnameya xwe (calendar) zêde bikin.
booking-ics-summary = Navenda drop-in: { $role } ({ $site })
booking-ics-description = Bi xwe re bînin: { $bring }
booking-ics-alarm = Navenda drop-in piştî 2 saetan

## Problems

booking-err-closed = ⛔ Biborin, ev roj girtî ye.
booking-err-gone = 😔 Ev êdî ne gengaz e. Ji kerema xwe dîsa hilbijêrin.
booking-err-too-late = ⏰ Êdî dereng e ku hûn vê demê bigirin. Ji kerema xwe demeke paştir hilbijêrin.
booking-err-already = ℹ️ Ji bo vê rojê jixwe randevûyek we heye. Li 📋 Randevûyên min binêrin.
booking-err-limit = ℹ️ Di heman demê de hûn dikarin { $max } randevûyan hebin. Pêşî yekê di 📋 Randevûyên min de betal bikin.
booking-err-full = 😔 Biborin, cihê dawî niha hat girtin.
booking-err-slot-taken = 😔 Kesekî niha ew dem girt. Ji kerema xwe demeke din hilbijêrin.
booking-err-not-active = ℹ️ Ev randevû êdî ne çalak e.

## The waitlist

booking-waitlist-joined = ⏳ Hûn di lîsteya bendê de ne. Rêza we: { $position }. Heke cihek vala bibe, em ê peyamekê ji we re bişînin.
booking-waitlist-already = ℹ️ Hûn jixwe di lîsteya bendê de ne. Rêza we: { $position }.
booking-waitlist-booked = ℹ️ Ji bo vê rojê jixwe randevûyek we heye.
booking-waitlist-left = ✅ Hûn ji lîsteya bendê derketin.
booking-offer-text = 🎉 Cihek vala bû: { $role }, { $site }, { $when }. Hûn wî dixwazin? Em wî heta { $until } ji bo we dihêlin.
booking-offer-take = ✅ Cih bigirin
booking-offer-decline = ❌ Na, spas
booking-offer-expired = ⌛ Dema girtina cih derbas bû. Cih çû ba kesê din. Hûn dikarin di 📅 Navenda drop-in de rojeke din hilbijêrin.
booking-offer-declined = 👍 Baş e. Cih diçe ba kesê din.

## My bookings

booking-mine-title = 📋 Randevûyên we
booking-mine-empty = 📋 Tu randevûyên we tune ne.
booking-mine-line = { $number }. { $role } · { $site } · { $when }
booking-mine-waiting = { $number }. ⏳ Lîsteya bendê: { $role } · { $site } · { $day }
booking-change-number = 🔁 { $number } biguherînin
booking-cancel-number = ❌ { $number } betal bikin
booking-leave-waitlist = 🚪 { $number }: ji lîsteya bendê derkevin
booking-cancel-confirm = ❓ Vê randevûyê betal bikin? { $role }, { $site }, { $when }.
booking-cancel-yes = ✅ Erê, betal bikin
booking-cancel-no = ↩️ Na, bihêlin
booking-cancelled = ✅ Hat betalkirin. Spas ku we ji me re got. Em dikarin cihê we bidin kesekî din.

## Reminders

booking-reminder-eve = 🔔 Sibê saet { $time }: { $role }, { $site } ({ $address }).
booking-reminder-soon = 🔔 Îro saet { $time }: { $role }, { $site } ({ $address }).
booking-come-button = ✅ Ez ê werim
booking-cancel-button = ❌ Betal bikin
booking-change-button = 🔁 Biguherînin
booking-come-thanks = 👍 Spas. Em ê we li wir bibînin.

## A session is closed

booking-closed-notice = ⛔ Navenda drop-in li { $site } roja { $day } girtî ye. { $reason } Em lêborînê dixwazin. Randevûya we hat betalkirin.
booking-closed-next = 📅 Hûn dikarin ji bo yek ji van rojên bê randevûyê bigirin:
booking-book-again = 📅 { $site } · { $day }
booking-reason-holiday = Roja betlaneyê ye.
booking-reason-weather = Ev ji ber rewşa hewayê ye.
booking-reason-staff = Karmendên têr tune ne.
booking-reason-building = Avahî girtî ye.
booking-reason-other = Tiştek guherî.

## From a triage outcome

booking-button-triage = 📅 Li navenda drop-in randevûyê bigirin

## Staff: drop-in lists (/today, /day, /sessions, /close, /capacity)

sessions-title = 📅 Rojên drop-in di 4 hefteyên bê de
sessions-line-open = { $code } · { $site } · { $day } { $start }–{ $end } · randevû { $booked } · li bendê { $waiting } · hatin { $arrived } · nehatin { $noshow }
sessions-line-closed = ⛔ { $code } · { $site } · { $day } · girtî ({ $reason })
sessions-unconfirmed = ⚠️ dem nehatine piştrastkirin (li directory/dropin/ binêrin)
sessions-none = 📅 Di 4 hefteyên bê de tu rojên drop-in tune ne.
sessions-day-title = 📋 { $site } · { $day } · { $start }–{ $end } ({ $code })
sessions-day-closed = ⛔ Girtî ({ $reason })
sessions-day-counts = Randevû { $booked } · hatin { $arrived } · nehatin { $noshow } · li bendê { $waiting } · ji bo kesên bê randevû hatine hiştin { $walkin }
sessions-day-entry = { $time } · { $name } · { $role } · { $language } · 🗣 { $interpreter } · { $state }
sessions-day-waiting = ⏳ { $position }. { $name } · { $role } · { $language } · 🗣 { $interpreter }
sessions-day-empty = Hîn tu randevû tune ne.
sessions-day-none = 📅 { $day }: tu roja drop-in tune ye.
sessions-no-interpreter = na
sessions-state-held = hat pêşkêşkirin (lîsteya bendê)
sessions-state-booked = randevû heye
sessions-state-arrived = ✅ hat
sessions-state-no-show = ⛔ nehat
sessions-state-cancelled = hat betalkirin
sessions-state-expired = dema pêşkêşkirinê qediya
sessions-state-closed = girtî
sessions-confirmed = , dê were
sessions-arrived-button = ✅ { $time } { $name }
sessions-noshow-button = ⛔ { $time } { $name }
sessions-marked = { $name }: { $state }
sessions-bad-date = Dîrokeke wek 2026-12-03 bi kar bînin, an today, an tomorrow.
sessions-unknown-site = Cihekî nenas. Cih: { $sites }
sessions-close-usage = Bikaranîn: /close DATE SITE REASON [note]. Sedem: { $reasons }. Mînak: /close 2026-12-03 castlegate weather
sessions-already-closed = ⛔ Ew roj ({ $day }) jixwe girtî ye.
sessions-closed-done = ⛔ Hat girtin: { $site }, { $day }. Em bi zimanên wan { $booked } kesên bi randevû û { $waiting } kesên li bendê agahdar dikin. Rapora şandinê li vir tê.
sessions-closure-report = 📣 Girtina { $code }: { $sent } hatin agahdarkirin, { $failed } nehat şandin, { $dropped } bot asteng kirine, { $waiting } hîn li bendê ne.
sessions-capacity-usage = Bikaranîn: /capacity DATE SITE ROLE N, da ku N cih ji bo kesên bê randevû bên hiştin. Rol: { $roles }
sessions-capacity-done = ✅ { $site }, { $day }, { $role }: { $walkin } cih ji bo kesên bê randevû hatin hiştin, { $bookable } ji bo randevûyê vekirî ne, { $taken } hatine girtin.

## Command menu (setMyCommands)

cmd-mybookings = Randevûyên min
