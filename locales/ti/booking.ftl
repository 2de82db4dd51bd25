## Locale: ti (Tigrinya, ትግርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📅 Drop-in: sessions, booking, the waitlist, reminders, closures; then the staff lists.
## Site names and addresses come from the directory and stay as they are.

menu-dropin = 📅 Drop-in

## Who attends (rota roles in directory/dropin/*.yaml) and what to bring

dropin-role-casework = 🏠 ሓገዝ መንበሪ ገዛን ካርድ ASPENን
dropin-role-esol = 📚 ንትምህርቲ እንግሊዝኛ ምምዝጋብ
dropin-role-health = 🩺 ኣብ ሓኪምን ሓኪም ስንን ምምዝጋብ
dropin-role-welfare = 🤝 መግቢ፣ ክዳንን ካልእ ሓገዝን
dropin-bring-casework = ብዛዕባ መንበሪ ገዛኹም ወይ ሓገዝ ዑቕባኹም ዘለኩም ደብዳቤታት። እንተሃልዩኩም፣ ስእልታት ጽገና ዘድልዮም ጸገማት።
dropin-bring-esol = ዘለኩም ዝኾነ መንነት (ID)።
dropin-bring-health = ካብ ሓኪም፣ ሓኪም ስኒ ወይ ሆስፒታል ዝመጽኡኹም ደብዳቤታት።
dropin-bring-welfare = ሓገዝ ዝደለኹምሎም ደብዳቤታት።

## The drop-in screen

booking-intro = 📅 Drop-in: ብኣካል ዝወሃብ ነጻ ሓገዝ። ብዘይ ቆጸራ ክትመጹ ትኽእሉ ኢኹም፣ ወይ ድማ ቆጸራ ክትሕዙ ትኽእሉ ኢኹም።
booking-session-line = 📍 { $site } · { $day } · { $start }–{ $end }
booking-session-who = 👥 { $roles }
booking-session-closed = ⛔ { $site } · { $day }: ዕጹው እዩ
booking-times-unconfirmed = ⚠️ እዞም ሰዓታት ክቕየሩ ይኽእሉ እዮም። በጃኹም ቅድሚ ምጉዓዝኩም ኣረጋግጹ።
booking-what-need = ብዛዕባ እንታይ ሓገዝ የድልየኩም?
booking-none = 📅 ኣብ ዝመጽእ 4 ሰሙን ዋላ ሓንቲ መዓልቲ drop-in የለን።
booking-walk-in-button = 🚶 ብዘይ ቆጸራ ምጹ
booking-walk-in-text = 🚶 ቆጸራ ምሓዝ ኣየድልየኩምን። ኣብ ዝኾነት ካብዘን መዓልታት ምጹ።
booking-map = 📍 { $site }
booking-mine-button = 📋 ቆጸራታተይ
booking-back = ↩️ ንድሕሪት
booking-needs-consent = 🔒 ቆጸራ ንምሓዝ፣ ቀዳማይ ስምኩምን ቋንቋኹምን ክንዕቅብ የድልየና።

## Choosing a session and a time

booking-pick-session = { $role }: ቦታን መዓልትን ምረጹ።
booking-change-pick = 🔁 { $role }: ሓዳስ መዓልቲ ምረጹ። ሓድሽ ቆጸራ ክሳብ እትሕዙ፣ እቲ ናይ ቀደም ቆጸራኹም ይጸንሕ።
booking-role-none = 😔 { $role }: ኣብ ዝመጽእ 4 ሰሙን ዋላ ሓንቲ መዓልቲ የለን።
booking-session-open = 📍 { $site } · { $day }
booking-session-full = ⏳ { $site } · { $day } · መሊኡ
booking-pick-time = 🕙 { $role }። { $site }፣ { $day }። ሰዓት ምረጹ።
booking-time-button = 🕙 { $time }
booking-full = 😔 እዛ መዓልቲ መሊኣ እያ ({ $site }፣ { $day })። ኣብ ዝርዝር ተጸበይቲ ክትኣትዉ ትደልዩ ዶ? ቦታ እንተተረኺቡ፣ መልእኽቲ ክንሰደልኩም ኢና።
booking-join-waitlist = ⏳ ኣብ ዝርዝር ተጸበይቲ ኣእትዉኒ

## Interpreter

booking-interpreter-question = 🗣 ተርጓሚ ትደልዩ ዶ?
booking-interpreter-yes = 🗣 እወ: { $language }
booking-interpreter-other = 🌐 ካልእ ቋንቋ
booking-interpreter-no = 🙅 የለን፣ የቐንየለይ
booking-interpreter-pick = 🌐 ኣየናይ ቋንቋ?
booking-interpreter-none = ኣየድልን

## Booked

booking-confirmed =
    ✅ ቆጸራኹም ተታሒዙ ኣሎ።

    📋 እንታይ: { $role }
    📍 ኣበይ: { $site }፣ { $address }
    🕙 መዓስ: { $when }
    🗣 ተርጓሚ: { $interpreter }
    🎒 ኣምጽኡ: { $bring }

    🔔 ሓደ መዓልቲ ቀደም ከምኡውን 2 ሰዓት ቀደም ከነዘኻኽረኩም ኢና።
booking-ics-caption = 📅 ነዚ ኣብ ካሌንደርኩም (calendar) ወስኽዎ።
booking-ics-summary = Drop-in: { $role } ({ $site })
booking-ics-description = ኣምጽኡ: { $bring }
booking-ics-alarm = Drop-in ድሕሪ 2 ሰዓት

## Problems

booking-err-closed = ⛔ ይቕሬታ፣ እዛ መዓልቲ ዕጽውቲ እያ።
booking-err-gone = 😔 እዚ ደጊሙ ኣይከኣልን እዩ። በጃኹም እንደገና ምረጹ።
booking-err-too-late = ⏰ ነዚ ሰዓት ንምሓዝ ደንጉዩ እዩ። በጃኹም ድሒሩ ዘሎ ሰዓት ምረጹ።
booking-err-already = ℹ️ ነዛ መዓልቲ ድሮ ቆጸራ ኣለኩም። 📋 ቆጸራታተይ ርኣዩ።
booking-err-limit = ℹ️ ኣብ ሓደ ግዜ { $max } ቆጸራታት ክህልወኩም ይኽእል። መጀመርታ ኣብ 📋 ቆጸራታተይ ሓደ ሰርዙ።
booking-err-full = 😔 ይቕሬታ፣ እቲ ናይ መወዳእታ ቦታ ሕጂ ተወሲዱ።
booking-err-slot-taken = 😔 ሓደ ሰብ ነቲ ሰዓት ሕጂ ወሲድዎ። በጃኹም ካልእ ምረጹ።
booking-err-not-active = ℹ️ እዚ ቆጸራ ደጊሙ ንጡፍ ኣይኮነን።

## The waitlist

booking-waitlist-joined = ⏳ ኣብ ዝርዝር ተጸበይቲ ኣቲኹም ኣለኹም። ተራኹም: { $position }። ቦታ እንተተረኺቡ፣ መልእኽቲ ክንሰደልኩም ኢና።
booking-waitlist-already = ℹ️ ድሮ ኣብ ዝርዝር ተጸበይቲ ኣለኹም። ተራኹም: { $position }።
booking-waitlist-booked = ℹ️ ነዛ መዓልቲ ድሮ ቆጸራ ኣለኩም።
booking-waitlist-left = ✅ ካብ ዝርዝር ተጸበይቲ ወጺእኩም።
booking-offer-text = 🎉 ቦታ ተረኺቡ: { $role }፣ { $site }፣ { $when }። ትደልይዎ ዶ? ክሳብ { $until } ንዓኹም ሒዝናዮ ንጸንሕ።
booking-offer-take = ✅ ነቲ ቦታ ክወስዶ እየ
booking-offer-decline = ❌ የለን፣ የቐንየለይ
booking-offer-expired = ⌛ ነቲ ቦታ ንምውሳድ ዝነበረ ግዜ ሓሊፉ። ንዝቕጽል ሰብ ተዋሂቡ። ኣብ 📅 Drop-in ካልእ መዓልቲ ክትመርጹ ትኽእሉ ኢኹም።
booking-offer-declined = 👍 ሕራይ። እቲ ቦታ ንዝቕጽል ሰብ ይወሃብ።

## My bookings

booking-mine-title = 📋 ቆጸራታትኩም
booking-mine-empty = 📋 ዋላ ሓደ ቆጸራ የብልኩምን።
booking-mine-line = { $number }. { $role } · { $site } · { $when }
booking-mine-waiting = { $number }. ⏳ ዝርዝር ተጸበይቲ: { $role } · { $site } · { $day }
booking-change-number = 🔁 ቁጽሪ { $number } ቀይር
booking-cancel-number = ❌ ቁጽሪ { $number } ሰርዝ
booking-leave-waitlist = 🚪 ቁጽሪ { $number }: ካብ ዝርዝር ተጸበይቲ ውጻእ
booking-cancel-confirm = ❓ እዚ ቆጸራ ይሰረዝ ዶ? { $role }፣ { $site }፣ { $when }።
booking-cancel-yes = ✅ እወ፣ ሰርዝዎ
booking-cancel-no = ↩️ የለን፣ ዓቅብዎ
booking-cancelled = ✅ ተሰሪዙ። ስለ ዝነገርኩምና የቐንየልና። ቦታኹም ንኻልእ ሰብ ክወሃብ ይኽእል።

## Reminders

booking-reminder-eve = 🔔 ጽባሕ ሰዓት { $time }: { $role }፣ { $site } ({ $address })።
booking-reminder-soon = 🔔 ሎሚ ሰዓት { $time }: { $role }፣ { $site } ({ $address })።
booking-come-button = ✅ ክመጽእ እየ
booking-cancel-button = ❌ ሰርዝ
booking-change-button = 🔁 ቀይር
booking-come-thanks = 👍 የቐንየልና። ኣብኡ ክንራኸብ ኢና።

## A session is closed

booking-closed-notice = ⛔ ኣብ { $site } ዘሎ drop-in ብ { $day } ዕጹው እዩ። { $reason } ይቕሬታ ንሓትት። ቆጸራኹም ተሰሪዙ።
booking-closed-next = 📅 ኣብ ሓንቲ ካብዘን ዝቕጽላ መዓልታት ቆጸራ ክትሕዙ ትኽእሉ ኢኹም:
booking-book-again = 📅 { $site } · { $day }
booking-reason-holiday = መዓልቲ በዓል እያ።
booking-reason-weather = እዚ ብሰንኪ ኩነታት ኣየር እዩ።
booking-reason-staff = እኹላት ሰራሕተኛታት የለውን።
booking-reason-building = እቲ ህንጻ ዕጹው እዩ።
booking-reason-other = ገለ ነገር ተቐይሩ።

## From a triage outcome

booking-button-triage = 📅 ኣብ drop-in ቆጸራ ሓዙ

## Staff: drop-in lists (/today, /day, /sessions, /close, /capacity)

sessions-title = 📅 ኣብ ዝመጽእ 4 ሰሙን ዘለዋ መዓልታት drop-in
sessions-line-open = { $code } · { $site } · { $day } { $start }–{ $end } · ቆጸራ ዝሓዙ { $booked } · ተጸበይቲ { $waiting } · ዝመጹ { $arrived } · ዘይመጹ { $noshow }
sessions-line-closed = ⛔ { $code } · { $site } · { $day } · ዕጹው ({ $reason })
sessions-unconfirmed = ⚠️ ሰዓታት ኣይተረጋገጹን (directory/dropin/ ርኣዩ)
sessions-none = 📅 ኣብ ዝመጽእ 4 ሰሙን drop-in የለን።
sessions-day-title = 📋 { $site } · { $day } · { $start }–{ $end } ({ $code })
sessions-day-closed = ⛔ ዕጹው ({ $reason })
sessions-day-counts = ቆጸራ ዝሓዙ { $booked } · ዝመጹ { $arrived } · ዘይመጹ { $noshow } · ተጸበይቲ { $waiting } · ብዘይ ቆጸራ ንዝመጹ ዝተዓቀቡ { $walkin }
sessions-day-entry = { $time } · { $name } · { $role } · { $language } · 🗣 { $interpreter } · { $state }
sessions-day-waiting = ⏳ { $position }. { $name } · { $role } · { $language } · 🗣 { $interpreter }
sessions-day-empty = ገና ዋላ ሓደ ቆጸራ የለን።
sessions-day-none = 📅 ብ { $day } drop-in የለን።
sessions-no-interpreter = የለን
sessions-state-held = ቦታ ቀሪቡሉ (ካብ ዝርዝር ተጸበይቲ)
sessions-state-booked = ቆጸራ ሒዙ
sessions-state-arrived = ✅ መጺኡ
sessions-state-no-show = ⛔ ኣይመጸን
sessions-state-cancelled = ተሰሪዙ
sessions-state-expired = ግዜ እቲ ዝቐረበ ቦታ ሓሊፉ
sessions-state-closed = ዕጹው
sessions-confirmed = ፣ ክመጽእ እዩ
sessions-arrived-button = ✅ { $time } { $name }
sessions-noshow-button = ⛔ { $time } { $name }
sessions-marked = { $name }: { $state }
sessions-bad-date = ከም 2026-12-03 ዝኣመሰለ ዕለት ተጠቐሙ፣ ወይ today፣ ወይ tomorrow።
sessions-unknown-site = ዘይፍለጥ ቦታ። ቦታታት: { $sites }
sessions-close-usage = ተጠቐሙ: /close DATE SITE REASON [note]። ምኽንያታት: { $reasons }። ኣብነት: /close 2026-12-03 castlegate weather
sessions-already-closed = ⛔ እቲ ብ { $day } ዘሎ drop-in ድሮ ዕጹው እዩ።
sessions-closed-done = ⛔ ተዓጽዩ: { $site }፣ { $day }። ንቆጸራ ዝሓዙ { $booked } ሰባትን ንዝጽበዩ { $waiting } ሰባትን ብቋንቋኦም ንሕብር ኣለና። ጸብጻብ ምብጻሕ ኣብዚ ክስዕብ እዩ።
sessions-closure-report = 📣 ምዕጻው { $code }: { $sent } ተሓቢሮም፣ { $failed } ኣይሰለጠን፣ { $dropped } ነቲ ቦት ዓጊቶምዎ፣ { $waiting } ገና ይጽበዩ ኣለዉ።
sessions-capacity-usage = ተጠቐሙ: /capacity DATE SITE ROLE N፣ ብዘይ ቆጸራ ንዝመጹ N ቦታታት ንምዕቃብ። ግደታት: { $roles }
sessions-capacity-done = ✅ { $site }፣ { $day }፣ { $role }: ብዘይ ቆጸራ ንዝመጹ { $walkin } ቦታታት ተዓቂቦም፣ { $bookable } ንቆጸራ ክፉታት፣ { $taken } ተወሲዶም።

## Command menu (setMyCommands)

cmd-mybookings = ቆጸራታተይ
