## Locale: sq (Albanian, Shqip)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📅 Drop-in: sessions, booking, the waitlist, reminders, closures; then the staff lists.
## Site names and addresses come from the directory and stay as they are.

menu-dropin = 📅 Qendra e pritjes (drop-in)

## Who attends (rota roles in directory/dropin/*.yaml) and what to bring

dropin-role-casework = 🏠 Ndihmë për strehimin dhe kartën ASPEN
dropin-role-esol = 📚 Regjistrim në kurset e anglishtes
dropin-role-health = 🩺 Regjistrim te mjeku dhe dentisti
dropin-role-welfare = 🤝 Ushqim, rroba dhe ndihmë tjetër
dropin-bring-casework = Çdo letër që keni për strehimin ose për mbështetjen e azilit. Foto të gjërave që duhen riparuar, nëse keni.
dropin-bring-esol = Çdo dokument identiteti që keni.
dropin-bring-health = Çdo letër nga një mjek, dentist ose spital.
dropin-bring-welfare = Çdo letër për të cilën doni ndihmë.

## The drop-in screen

booking-intro = 📅 Qendra e pritjes (drop-in): ndihmë falas, personalisht. Mund të vini thjesht, pa takim, ose të rezervoni një orë.
booking-session-line = 📍 { $site } · { $day } · { $start }–{ $end }
booking-session-who = 👥 { $roles }
booking-session-closed = ⛔ { $site } · { $day }: mbyllur
booking-times-unconfirmed = ⚠️ Këto orare mund të ndryshojnë. Ju lutemi kontrolloni para se të udhëtoni.
booking-what-need = Për çfarë ju duhet ndihmë?
booking-none = 📅 Nuk ka seanca të qendrës së pritjes në 4 javët e ardhshme.
booking-walk-in-button = 🚶 Ejani thjesht, pa takim
booking-walk-in-text = 🚶 Nuk keni nevojë të rezervoni. Ejani në cilëndo nga këto seanca.
booking-map = 📍 { $site }
booking-mine-button = 📋 Rezervimet e mia
booking-back = ↩️ Prapa
booking-needs-consent = 🔒 Për të rezervuar një vend, duhet të ruajmë emrin tuaj (pa mbiemër) dhe gjuhën tuaj.

## Choosing a session and a time

booking-pick-session = { $role }: zgjidhni një vend dhe një ditë.
booking-change-pick = 🔁 { $role }: zgjidhni një ditë të re. Rezervimi juaj i vjetër mbetet derisa të rezervoni të riun.
booking-role-none = 😔 { $role }: nuk ka seanca në 4 javët e ardhshme.
booking-session-open = 📍 { $site } · { $day }
booking-session-full = ⏳ { $site } · { $day } · plot
booking-pick-time = 🕙 { $role }. { $site }, { $day }. Zgjidhni një orë.
booking-time-button = 🕙 { $time }
booking-full = 😔 Kjo seancë është plot ({ $site }, { $day }). Doni të hyni në listën e pritjes? Nëse lirohet një vend, do t'ju dërgojmë mesazh.
booking-join-waitlist = ⏳ Hyr në listën e pritjes

## Interpreter

booking-interpreter-question = 🗣 Doni një përkthyes?
booking-interpreter-yes = 🗣 Po: { $language }
booking-interpreter-other = 🌐 Një gjuhë tjetër
booking-interpreter-no = 🙅 Jo, faleminderit
booking-interpreter-pick = 🌐 Cila gjuhë?
booking-interpreter-none = asnjë

## Booked

booking-confirmed =
    ✅ Rezervimi juaj u bë.

    📋 Për çfarë: { $role }
    📍 Ku: { $site }, { $address }
    🕙 Kur: { $when }
    🗣 Përkthyes: { $interpreter }
    🎒 Sillni: { $bring }

    🔔 Do t'jua kujtojmë një ditë më parë dhe 2 orë më parë.
booking-ics-caption = 📅 Shtojeni këtë në kalendarin tuaj.
booking-ics-summary = Qendra e pritjes: { $role } ({ $site })
booking-ics-description = Sillni: { $bring }
booking-ics-alarm = Qendra e pritjes pas 2 orësh

## Problems

booking-err-closed = ⛔ Na vjen keq, kjo seancë është e mbyllur.
booking-err-gone = 😔 Kjo nuk është më e mundur. Ju lutemi zgjidhni përsëri.
booking-err-too-late = ⏰ Është tepër vonë për ta rezervuar këtë orë. Ju lutemi zgjidhni një orë më vonë.
booking-err-already = ℹ️ Keni tashmë një rezervim për këtë seancë. Shikoni 📋 Rezervimet e mia.
booking-err-limit = ℹ️ Mund të keni { $max } rezervime njëherësh. Së pari anuloni një te 📋 Rezervimet e mia.
booking-err-full = 😔 Na vjen keq, vendi i fundit sapo u zu.
booking-err-slot-taken = 😔 Dikush sapo e zuri atë orë. Ju lutemi zgjidhni një tjetër.
booking-err-not-active = ℹ️ Ky rezervim nuk është më aktiv.

## The waitlist

booking-waitlist-joined = ⏳ Jeni në listën e pritjes. Jeni numri { $position }. Nëse lirohet një vend, do t'ju dërgojmë mesazh.
booking-waitlist-already = ℹ️ Jeni tashmë në listën e pritjes. Jeni numri { $position }.
booking-waitlist-booked = ℹ️ Keni tashmë një rezervim për këtë seancë.
booking-waitlist-left = ✅ Dolët nga lista e pritjes.
booking-offer-text = 🎉 Një vend është i lirë: { $role }, { $site }, { $when }. E doni? Jua mbajmë deri në { $until }.
booking-offer-take = ✅ Merre vendin
booking-offer-decline = ❌ Jo, faleminderit
booking-offer-expired = ⌛ Koha për ta marrë vendin kaloi. Vendi shkoi te personi tjetër. Mund të zgjidhni një seancë tjetër te 📅 Qendra e pritjes (drop-in).
booking-offer-declined = 👍 Në rregull. Vendi shkon te personi tjetër.

## My bookings

booking-mine-title = 📋 Rezervimet tuaja
booking-mine-empty = 📋 Nuk keni asnjë rezervim.
booking-mine-line = { $number }. { $role } · { $site } · { $when }
booking-mine-waiting = { $number }. ⏳ Lista e pritjes: { $role } · { $site } · { $day }
booking-change-number = 🔁 Ndrysho { $number }
booking-cancel-number = ❌ Anulo { $number }
booking-leave-waitlist = 🚪 Dil nga lista e pritjes { $number }
booking-cancel-confirm = ❓ Ta anulojmë këtë rezervim? { $role }, { $site }, { $when }.
booking-cancel-yes = ✅ Po, anuloje
booking-cancel-no = ↩️ Jo, mbaje
booking-cancelled = ✅ U anulua. Faleminderit që na e thatë. Vendi juaj mund t'i shkojë dikujt tjetër.

## Reminders

booking-reminder-eve = 🔔 Nesër në orën { $time }: { $role }, { $site } ({ $address }).
booking-reminder-soon = 🔔 Sot në orën { $time }: { $role }, { $site } ({ $address }).
booking-come-button = ✅ Do të vij
booking-cancel-button = ❌ Anulo
booking-change-button = 🔁 Ndrysho
booking-come-thanks = 👍 Faleminderit. Shihemi atje.

## A session is closed

booking-closed-notice = ⛔ Qendra e pritjes në { $site }, ditën { $day }, është e mbyllur. { $reason } Na vjen keq. Vendi juaj është anuluar.
booking-closed-next = 📅 Mund të rezervoni një nga seancat e ardhshme:
booking-book-again = 📅 { $site } · { $day }
booking-reason-holiday = Është ditë feste.
booking-reason-weather = Kjo është për shkak të motit.
booking-reason-staff = Nuk ka mjaftueshëm staf.
booking-reason-building = Ndërtesa është e mbyllur.
booking-reason-other = Diçka ndryshoi.

## From a triage outcome

booking-button-triage = 📅 Rezervo një orë në qendrën e pritjes

## Staff: drop-in lists (/today, /day, /sessions, /close, /capacity)

sessions-title = 📅 Seancat në 4 javët e ardhshme
sessions-line-open = { $code } · { $site } · { $day } { $start }–{ $end } · rezervuar { $booked } · në pritje { $waiting } · erdhën { $arrived } · nuk erdhën { $noshow }
sessions-line-closed = ⛔ { $code } · { $site } · { $day } · mbyllur ({ $reason })
sessions-unconfirmed = ⚠️ oraret nuk janë konfirmuar (shikoni directory/dropin/)
sessions-none = 📅 Asnjë seancë në 4 javët e ardhshme.
sessions-day-title = 📋 { $site } · { $day } · { $start }–{ $end } ({ $code })
sessions-day-closed = ⛔ Mbyllur ({ $reason })
sessions-day-counts = Rezervuar { $booked } · erdhën { $arrived } · nuk erdhën { $noshow } · në pritje { $waiting } · mbajtur për ata që vijnë pa takim { $walkin }
sessions-day-entry = { $time } · { $name } · { $role } · { $language } · 🗣 { $interpreter } · { $state }
sessions-day-waiting = ⏳ { $position }. { $name } · { $role } · { $language } · 🗣 { $interpreter }
sessions-day-empty = Ende nuk ka rezervime.
sessions-day-none = 📅 Asnjë seancë: { $day }.
sessions-no-interpreter = jo
sessions-state-held = ofruar (lista e pritjes)
sessions-state-booked = rezervuar
sessions-state-arrived = ✅ erdhi
sessions-state-no-show = ⛔ nuk erdhi
sessions-state-cancelled = anuluar
sessions-state-expired = oferta skadoi
sessions-state-closed = mbyllur
sessions-confirmed = , do të vijë
sessions-arrived-button = ✅ { $time } { $name }
sessions-noshow-button = ⛔ { $time } { $name }
sessions-marked = { $name }: { $state }
sessions-bad-date = Përdorni një datë si 2026-12-03, ose today (sot), ose tomorrow (nesër).
sessions-unknown-site = Vend i panjohur. Vendet: { $sites }
sessions-close-usage = Përdorni: /close DATA VENDI ARSYEJA [shënim]. Arsyet: { $reasons }. Shembull: /close 2026-12-03 castlegate weather
sessions-already-closed = ⛔ Ajo seancë ({ $day }) është tashmë e mbyllur.
sessions-closed-done = ⛔ U mbyll: { $site }, { $day }. Po njoftojmë { $booked } persona me rezervim dhe { $waiting } persona në pritje, në gjuhët e tyre. Një raport dërgimi do të vijë këtu.
sessions-closure-report = 📣 Mbyllja { $code }: { $sent } u njoftuan, { $failed } dështuan, { $dropped } e kanë bllokuar botin, { $waiting } ende pa u dërguar.
sessions-capacity-usage = Përdorni: /capacity DATA VENDI ROLI N për të mbajtur N vende për ata që vijnë pa takim. Rolet: { $roles }
sessions-capacity-done = ✅ { $site }, { $day }, { $role }: { $walkin } vende të mbajtura për ata që vijnë pa takim, { $bookable } për rezervim, { $taken } të zëna.

## Command menu (setMyCommands)

cmd-mybookings = Rezervimet e mia
