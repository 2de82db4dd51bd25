## Locale: so (Somali, Soomaali)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📅 Drop-in: sessions, booking, the waitlist, reminders, closures; then the staff lists.
## Site names and addresses come from the directory and stay as they are.

menu-dropin = 📅 Drop-in (xarunta booqashada)

## Who attends (rota roles in directory/dropin/*.yaml) and what to bring

dropin-role-casework = 🏠 Caawimaad guri iyo kaarka ASPEN
dropin-role-esol = 📚 Is-diiwaangelinta fasallada Ingiriisiga
dropin-role-health = 🩺 Is-diiwaangelinta dhakhtar iyo dhakhtarka ilkaha
dropin-role-welfare = 🤝 Cunto, dhar iyo caawimaad kale
dropin-bring-casework = Warqad kasta oo ku saabsan gurigaaga ama taageerada magangalyada. Sawirrada waxyaabaha u baahan dayactir, haddii aad haysato.
dropin-bring-esol = Aqoonsi kasta oo aad haysato.
dropin-bring-health = Warqad kasta oo ka timid dhakhtar, dhakhtarka ilkaha ama isbitaal.
dropin-bring-welfare = Warqad kasta oo aad rabto in laguu caawiyo.

## The drop-in screen

booking-intro = 📅 Drop-in-ka (xarunta booqashada): caawimaad bilaash ah oo fool ka fool ah. Waad iska iman kartaa, ama waqti ayaad qabsan kartaa.
booking-session-line = 📍 { $site } · { $day } · { $start }–{ $end }
booking-session-who = 👥 { $roles }
booking-session-closed = ⛔ { $site } · { $day }: xiran
booking-times-unconfirmed = ⚠️ Waqtiyadan way is beddeli karaan. Fadlan hubi intaadan safarin.
booking-what-need = Caawimaad noocee ah ayaad u baahan tahay?
booking-none = 📅 Ma jiraan fadhiyo drop-in ah 4-ta toddobaad ee soo socda.
booking-walk-in-button = 🚶 Iska kaalay, ballan la'aan
booking-walk-in-text = 🚶 Uma baahnid inaad ballan qabsato. Kaalay mid kasta oo ka mid ah fadhiyadan.
booking-map = 📍 { $site }
booking-mine-button = 📋 Ballamahayga
booking-back = ↩️ Dib u noqo
booking-needs-consent = 🔒 Si aad boos u qabsato, waxaan u baahannahay inaan kaydinno magacaaga koowaad iyo luqaddaada.

## Choosing a session and a time

booking-pick-session = { $role }: dooro meel iyo maalin.
booking-change-pick = 🔁 { $role }: dooro maalin cusub. Ballantaada hore way sii jiraysaa ilaa aad qabsato ballanta cusub.
booking-role-none = 😔 { $role }: ma jiraan fadhiyo 4-ta toddobaad ee soo socda.
booking-session-open = 📍 { $site } · { $day }
booking-session-full = ⏳ { $site } · { $day } · buuxa
booking-pick-time = 🕙 { $role }. { $site }, { $day }. Dooro waqti.
booking-time-button = 🕙 { $time }
booking-full = 😔 Fadhigan waa buuxaa ({ $site }, { $day }). Ma rabtaa inaad ku biirto liiska sugitaanka? Haddii boos banaanaado, fariin ayaan kuu soo diri doonnaa.
booking-join-waitlist = ⏳ Ku biir liiska sugitaanka

## Interpreter

booking-interpreter-question = 🗣 Ma rabtaa turjubaan?
booking-interpreter-yes = 🗣 Haa: { $language }
booking-interpreter-other = 🌐 Luqad kale
booking-interpreter-no = 🙅 Maya, mahadsanid
booking-interpreter-pick = 🌐 Luqaddee?
booking-interpreter-none = ma jiro

## Booked

booking-confirmed =
    ✅ Ballantaada waa la qabsaday.

    📋 Caawimaadda: { $role }
    📍 Meesha: { $site }, { $address }
    🕙 Goorta: { $when }
    🗣 Turjubaan: { $interpreter }
    🎒 Keen: { $bring }

    🔔 Waan ku xusuusin doonnaa maalinta ka horreysa iyo 2 saacadood ka hor.
booking-ics-caption = 📅 Ku dar tan jadwalkaaga (kalandarka).
booking-ics-summary = Drop-in: { $role } ({ $site })
booking-ics-description = Keen: { $bring }
booking-ics-alarm = Drop-in-ku wuxuu bilaabmayaa 2 saacadood kadib

## Problems

booking-err-closed = ⛔ Waan ka xumahay, fadhigan waa xiran yahay.
booking-err-gone = 😔 Tan hadda suurtagal ma aha. Fadlan mar kale dooro.
booking-err-too-late = ⏰ Waqtigan hadda lama qabsan karo, waa goor dambe. Fadlan dooro waqti ka dambeeya.
booking-err-already = ℹ️ Horey ayaad ballan ugu haysataa fadhigan. Eeg 📋 Ballamahayga.
booking-err-limit = ℹ️ Hal mar waxaad haysan kartaa { $max } ballan. Marka hore mid ka baaji 📋 Ballamahayga.
booking-err-full = 😔 Waan ka xumahay, booskii ugu dambeeyay hadda ayaa la qaatay.
booking-err-slot-taken = 😔 Qof ayaa hadda qaatay waqtigaas. Fadlan dooro waqti kale.
booking-err-not-active = ℹ️ Ballantan hadda ma jirto.

## The waitlist

booking-waitlist-joined = ⏳ Waxaad ku jirtaa liiska sugitaanka. Waxaad tahay lambarka { $position }. Haddii boos banaanaado, fariin ayaan kuu soo diri doonnaa.
booking-waitlist-already = ℹ️ Horey ayaad ugu jirtay liiska sugitaanka. Waxaad tahay lambarka { $position }.
booking-waitlist-booked = ℹ️ Horey ayaad ballan ugu haysataa fadhigan.
booking-waitlist-left = ✅ Waad ka baxday liiska sugitaanka.
booking-offer-text = 🎉 Boos ayaa banaan: { $role }, { $site }, { $when }. Ma rabtaa? Waan kuu haynaynaa ilaa { $until }.
booking-offer-take = ✅ Qaado booska
booking-offer-decline = ❌ Maya, mahadsanid
booking-offer-expired = ⌛ Waqtigii aad booska ku qaadan lahayd wuu dhaafay. Waxaa la siiyay qofka xiga. Fadhi kale waxaad ka dooran kartaa 📅 Drop-in (xarunta booqashada).
booking-offer-declined = 👍 Waa hagaag. Booska waxaa la siinayaa qofka xiga.

## My bookings

booking-mine-title = 📋 Ballamahaaga
booking-mine-empty = 📋 Ballan ma haysatid.
booking-mine-line = { $number }. { $role } · { $site } · { $when }
booking-mine-waiting = { $number }. ⏳ Liiska sugitaanka: { $role } · { $site } · { $day }
booking-change-number = 🔁 Beddel { $number }
booking-cancel-number = ❌ Baaji { $number }
booking-leave-waitlist = 🚪 Ka bax liiska sugitaanka { $number }
booking-cancel-confirm = ❓ Ma baajinaysaa ballantan? { $role }, { $site }, { $when }.
booking-cancel-yes = ✅ Haa, baaji
booking-cancel-no = ↩️ Maya, hay
booking-cancelled = ✅ Waa la baajiyay. Mahadsanid inaad noo sheegtay. Booskaaga waxaa la siin karaa qof kale.

## Reminders

booking-reminder-eve = 🔔 Berri saacadda { $time }: { $role }, { $site } ({ $address }).
booking-reminder-soon = 🔔 Maanta saacadda { $time }: { $role }, { $site } ({ $address }).
booking-come-button = ✅ Waan imanayaa
booking-cancel-button = ❌ Baaji
booking-change-button = 🔁 Beddel
booking-come-thanks = 👍 Mahadsanid. Halkaas ayaan kugu arki doonnaa.

## A session is closed

booking-closed-notice = ⛔ Drop-in-ka { $site } ee { $day } waa xiran yahay. { $reason } Waan ka xumahay. Booskaaga waa la baajiyay.
booking-closed-next = 📅 Waxaad qabsan kartaa mid ka mid ah fadhiyada soo socda:
booking-book-again = 📅 { $site } · { $day }
booking-reason-holiday = Waa maalin fasax ah.
booking-reason-weather = Sababtu waa cimilada.
booking-reason-staff = Shaqaale ku filan ma jiraan.
booking-reason-building = Dhismaha waa xiran yahay.
booking-reason-other = Wax baa is beddelay.

## From a triage outcome

booking-button-triage = 📅 Qabso waqti drop-in-ka

## Staff: drop-in lists (/today, /day, /sessions, /close, /capacity)

sessions-title = 📅 Fadhiyada 4-ta toddobaad ee soo socda
sessions-line-open = { $code } · { $site } · { $day } { $start }–{ $end } · la qabsaday { $booked } · sugaya { $waiting } · yimid { $arrived } · ma iman { $noshow }
sessions-line-closed = ⛔ { $code } · { $site } · { $day } · xiran ({ $reason })
sessions-unconfirmed = ⚠️ waqtiyada lama xaqiijin (eeg directory/dropin/)
sessions-none = 📅 Ma jiraan fadhiyo 4-ta toddobaad ee soo socda.
sessions-day-title = 📋 { $site } · { $day } · { $start }–{ $end } ({ $code })
sessions-day-closed = ⛔ Xiran ({ $reason })
sessions-day-counts = La qabsaday { $booked } · yimid { $arrived } · ma iman { $noshow } · sugaya { $waiting } · loo hayo dadka ballan la'aanta yimaada { $walkin }
sessions-day-entry = { $time } · { $name } · { $role } · { $language } · 🗣 { $interpreter } · { $state }
sessions-day-waiting = ⏳ { $position }. { $name } · { $role } · { $language } · 🗣 { $interpreter }
sessions-day-empty = Weli ballan ma jirto.
sessions-day-none = 📅 Fadhi ma jiro: { $day }.
sessions-no-interpreter = maya
sessions-state-held = loo soo bandhigay (liiska sugitaanka)
sessions-state-booked = la qabsaday
sessions-state-arrived = ✅ yimid
sessions-state-no-show = ⛔ ma iman
sessions-state-cancelled = la baajiyay
sessions-state-expired = dalabkii wuu dhacay
sessions-state-closed = xiran
sessions-confirmed = , imaanshaha waa la xaqiijiyay
sessions-arrived-button = ✅ { $time } { $name }
sessions-noshow-button = ⛔ { $time } { $name }
sessions-marked = { $name }: { $state }
sessions-bad-date = Isticmaal taariikh sida 2026-12-03, ama today (maanta), ama tomorrow (berri).
sessions-unknown-site = Goob aan la aqoon. Goobaha: { $sites }
sessions-close-usage = Isticmaal: /close TAARIIKH GOOB SABAB [qoraal]. Sababaha: { $reasons }. Tusaale: /close 2026-12-03 castlegate weather
sessions-already-closed = ⛔ Fadhigaas ({ $day }) horey ayuu u xirnaa.
sessions-closed-done = ⛔ Waa la xiray: { $site }, { $day }. Waxaan u sheegaynaa { $booked } qof oo ballan haysta iyo { $waiting } qof oo sugaya, luqaddooda. Warbixinta diritaanka halkan ayay ku imaan doontaa.
sessions-closure-report = 📣 Xiritaanka { $code }: { $sent } waa loo sheegay, { $failed } way fashilmeen, { $dropped } waxay xireen (block) bot-ka, { $waiting } weli lama dirin.
sessions-capacity-usage = Isticmaal: /capacity TAARIIKH GOOB DOOR N si aad N boos ugu hayso dadka ballan la'aanta yimaada. Doorarka: { $roles }
sessions-capacity-done = ✅ { $site }, { $day }, { $role }: { $walkin } boos oo loo hayo dadka ballan la'aanta yimaada, { $bookable } la qabsan karo, { $taken } la qaatay.

## Command menu (setMyCommands)

cmd-mybookings = Ballamahayga
