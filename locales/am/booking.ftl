## Locale: am (Amharic, አማርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📅 Drop-in: sessions, booking, the waitlist, reminders, closures; then the staff lists.
## Site names and addresses come from the directory and stay as they are.

menu-dropin = 📅 Drop-in ማዕከል

## Who attends (rota roles in directory/dropin/*.yaml) and what to bring

dropin-role-casework = 🏠 የመኖሪያ ቤት እና የASPEN እርዳታ
dropin-role-esol = 📚 ለእንግሊዝኛ ትምህርት መመዝገብ
dropin-role-health = 🩺 ከሐኪም እና ከጥርስ ሐኪም ጋር መመዝገብ
dropin-role-welfare = 🤝 ምግብ፣ ልብስ እና ሌላ እርዳታ
dropin-bring-casework = ስለ መኖሪያ ቤትዎ ወይም ስለ ጥገኝነት ድጋፍዎ ያሉዎትን ደብዳቤዎች። ካሉዎት፣ መጠገን ያለባቸውን ችግሮች የሚያሳዩ ፎቶዎች።
dropin-bring-esol = ያለዎትን ማንኛውንም መታወቂያ።
dropin-bring-health = ከሐኪም፣ ከጥርስ ሐኪም ወይም ከሆስፒታል የደረሱዎትን ደብዳቤዎች።
dropin-bring-welfare = እርዳታ የሚፈልጉባቸውን ደብዳቤዎች።

## The drop-in screen

booking-intro = 📅 Drop-in ማዕከል: በአካል የሚሰጥ ነጻ እርዳታ። ዝም ብለው መምጣት ይችላሉ፣ ወይም ቀጠሮ መያዝ ይችላሉ።
booking-session-line = 📍 { $site } · { $day } · { $start }–{ $end }
booking-session-who = 👥 { $roles }
booking-session-closed = ⛔ { $site } · { $day }: ዝግ ነው
booking-times-unconfirmed = ⚠️ እነዚህ ሰዓቶች ሊቀየሩ ይችላሉ። እባክዎ ከመጓዝዎ በፊት ያረጋግጡ።
booking-what-need = በምን ጉዳይ እርዳታ ይፈልጋሉ?
booking-none = 📅 በሚቀጥሉት 4 ሳምንታት ውስጥ ምንም የdrop-in ክፍለ ጊዜ የለም።
booking-walk-in-button = 🚶 ዝም ብለው ይምጡ
booking-walk-in-text = 🚶 ቀጠሮ መያዝ አያስፈልግዎትም። ከእነዚህ ክፍለ ጊዜዎች በአንዱ ይምጡ።
booking-map = 📍 { $site }
booking-mine-button = 📋 የእኔ ቀጠሮዎች
booking-back = ↩️ ወደ ኋላ
booking-needs-consent = 🔒 ቀጠሮ ለመያዝ፣ የመጀመሪያ ስምዎን እና ቋንቋዎን መያዝ አለብን።

## Choosing a session and a time

booking-pick-session = { $role }: ቦታ እና ቀን ይምረጡ።
booking-change-pick = 🔁 { $role }: አዲስ ቀን ይምረጡ። አዲሱን ቀጠሮ እስኪይዙ ድረስ የድሮው ቀጠሮዎ ይቆያል።
booking-role-none = 😔 { $role }: በሚቀጥሉት 4 ሳምንታት ውስጥ ምንም ክፍለ ጊዜ የለም።
booking-session-open = 📍 { $site } · { $day }
booking-session-full = ⏳ { $site } · { $day } · ሞልቷል
booking-pick-time = 🕙 { $role }። { $site }፣ { $day }። ሰዓት ይምረጡ።
booking-time-button = 🕙 { $time }
booking-full = 😔 ይህ ክፍለ ጊዜ ሞልቷል ({ $site }፣ { $day })። ወደ ተጠባባቂ ዝርዝር መግባት ይፈልጋሉ? ቦታ ከተገኘ መልእክት እንልክልዎታለን።
booking-join-waitlist = ⏳ ወደ ተጠባባቂ ዝርዝር ግባ

## Interpreter

booking-interpreter-question = 🗣 አስተርጓሚ ይፈልጋሉ?
booking-interpreter-yes = 🗣 አዎ: { $language }
booking-interpreter-other = 🌐 ሌላ ቋንቋ
booking-interpreter-no = 🙅 አይ፣ አመሰግናለሁ
booking-interpreter-pick = 🌐 የትኛው ቋንቋ?
booking-interpreter-none = አያስፈልግም

## Booked

booking-confirmed =
    ✅ ቀጠሮዎ ተይዟል።

    📋 ምን: { $role }
    📍 የት: { $site }፣ { $address }
    🕙 መቼ: { $when }
    🗣 አስተርጓሚ: { $interpreter }
    🎒 ይዘው ይምጡ: { $bring }

    🔔 ከአንድ ቀን በፊት እና ከ2 ሰዓት በፊት እናስታውስዎታለን።
booking-ics-caption = 📅 ይህን በቀን መቁጠሪያዎ (calendar) ላይ ያስገቡ።
booking-ics-summary = Drop-in: { $role } ({ $site })
booking-ics-description = ይዘው ይምጡ: { $bring }
booking-ics-alarm = Drop-in ከ2 ሰዓት በኋላ

## Problems

booking-err-closed = ⛔ ይቅርታ፣ ይህ ክፍለ ጊዜ ዝግ ነው።
booking-err-gone = 😔 ይህ ከአሁን በኋላ አይቻልም። እባክዎ እንደገና ይምረጡ።
booking-err-too-late = ⏰ ይህን ሰዓት ለመያዝ ጊዜው አልፏል። እባክዎ ከዚህ በኋላ ያለ ሰዓት ይምረጡ።
booking-err-already = ℹ️ ለዚህ ክፍለ ጊዜ አስቀድመው ቀጠሮ ይዘዋል። 📋 የእኔ ቀጠሮዎች የሚለውን ይመልከቱ።
booking-err-limit = ℹ️ በአንድ ጊዜ { $max } ቀጠሮዎች መያዝ ይችላሉ። መጀመሪያ በ📋 የእኔ ቀጠሮዎች ውስጥ አንዱን ይሰርዙ።
booking-err-full = 😔 ይቅርታ፣ የመጨረሻው ቦታ አሁን ተወስዷል።
booking-err-slot-taken = 😔 አንድ ሰው ያንን ሰዓት አሁን ወስዶታል። እባክዎ ሌላ ይምረጡ።
booking-err-not-active = ℹ️ ይህ ቀጠሮ ከአሁን በኋላ የሚሠራ አይደለም።

## The waitlist

booking-waitlist-joined = ⏳ ወደ ተጠባባቂ ዝርዝር ገብተዋል። ተራዎ: { $position }። ቦታ ከተገኘ መልእክት እንልክልዎታለን።
booking-waitlist-already = ℹ️ አስቀድመው በተጠባባቂ ዝርዝር ውስጥ ነዎት። ተራዎ: { $position }።
booking-waitlist-booked = ℹ️ ለዚህ ክፍለ ጊዜ አስቀድመው ቀጠሮ ይዘዋል።
booking-waitlist-left = ✅ ከተጠባባቂ ዝርዝሩ ወጥተዋል።
booking-offer-text = 🎉 ቦታ ተገኝቷል: { $role }፣ { $site }፣ { $when }። ይፈልጉታል? እስከ { $until } ድረስ እንጠብቅልዎታለን።
booking-offer-take = ✅ ቦታውን እወስዳለሁ
booking-offer-decline = ❌ አይ፣ አመሰግናለሁ
booking-offer-expired = ⌛ ቦታውን የሚወስዱበት ጊዜ አልፏል። ቦታው ለሚቀጥለው ሰው ተሰጥቷል። በ📅 Drop-in ማዕከል ውስጥ ሌላ ክፍለ ጊዜ መምረጥ ይችላሉ።
booking-offer-declined = 👍 እሺ። ቦታው ለሚቀጥለው ሰው ይሰጣል።

## My bookings

booking-mine-title = 📋 የእርስዎ ቀጠሮዎች
booking-mine-empty = 📋 ምንም ቀጠሮ የለዎትም።
booking-mine-line = { $number }. { $role } · { $site } · { $when }
booking-mine-waiting = { $number }. ⏳ ተጠባባቂ ዝርዝር: { $role } · { $site } · { $day }
booking-change-number = 🔁 ቁጥር { $number } ቀይር
booking-cancel-number = ❌ ቁጥር { $number } ሰርዝ
booking-leave-waitlist = 🚪 ቁጥር { $number }: ከተጠባባቂ ዝርዝር ውጣ
booking-cancel-confirm = ❓ ይህ ቀጠሮ ይሰረዝ? { $role }፣ { $site }፣ { $when }።
booking-cancel-yes = ✅ አዎ፣ ይሰረዝ
booking-cancel-no = ↩️ አይ፣ ይቆይ
booking-cancelled = ✅ ተሰርዟል። ስለነገሩን እናመሰግናለን። ቦታዎ ለሌላ ሰው ሊሰጥ ይችላል።

## Reminders

booking-reminder-eve = 🔔 ነገ በ{ $time }: { $role }፣ { $site } ({ $address })።
booking-reminder-soon = 🔔 ዛሬ በ{ $time }: { $role }፣ { $site } ({ $address })።
booking-come-button = ✅ እመጣለሁ
booking-cancel-button = ❌ ሰርዝ
booking-change-button = 🔁 ቀይር
booking-come-thanks = 👍 እናመሰግናለን። እዚያ እንገናኝ።

## A session is closed

booking-closed-notice = ⛔ በ{ $site } ያለው drop-in በ{ $day } ዝግ ነው። { $reason } ይቅርታ እንጠይቃለን። ቀጠሮዎ ተሰርዟል።
booking-closed-next = 📅 ከሚቀጥሉት ክፍለ ጊዜዎች በአንዱ ቀጠሮ መያዝ ይችላሉ:
booking-book-again = 📅 { $site } · { $day }
booking-reason-holiday = የበዓል ቀን ነው።
booking-reason-weather = ይህ በአየር ሁኔታው ምክንያት ነው።
booking-reason-staff = በቂ ሠራተኞች የሉም።
booking-reason-building = ሕንጻው ዝግ ነው።
booking-reason-other = አንድ ነገር ተቀይሯል።

## From a triage outcome

booking-button-triage = 📅 በdrop-in ማዕከል ቀጠሮ ይያዙ

## Staff: drop-in lists (/today, /day, /sessions, /close, /capacity)

sessions-title = 📅 በሚቀጥሉት 4 ሳምንታት ያሉ ክፍለ ጊዜዎች
sessions-line-open = { $code } · { $site } · { $day } { $start }–{ $end } · ቀጠሮ የያዙ { $booked } · የሚጠብቁ { $waiting } · የመጡ { $arrived } · ያልመጡ { $noshow }
sessions-line-closed = ⛔ { $code } · { $site } · { $day } · ዝግ ({ $reason })
sessions-unconfirmed = ⚠️ ሰዓቶቹ አልተረጋገጡም (directory/dropin/ ይመልከቱ)
sessions-none = 📅 በሚቀጥሉት 4 ሳምንታት ውስጥ ምንም ክፍለ ጊዜ የለም።
sessions-day-title = 📋 { $site } · { $day } · { $start }–{ $end } ({ $code })
sessions-day-closed = ⛔ ዝግ ({ $reason })
sessions-day-counts = ቀጠሮ የያዙ { $booked } · የመጡ { $arrived } · ያልመጡ { $noshow } · የሚጠብቁ { $waiting } · ያለ ቀጠሮ ለሚመጡ የተጠበቁ { $walkin }
sessions-day-entry = { $time } · { $name } · { $role } · { $language } · 🗣 { $interpreter } · { $state }
sessions-day-waiting = ⏳ { $position }. { $name } · { $role } · { $language } · 🗣 { $interpreter }
sessions-day-empty = እስካሁን ምንም ቀጠሮ የለም።
sessions-day-none = 📅 በ{ $day } ምንም ክፍለ ጊዜ የለም።
sessions-no-interpreter = የለም
sessions-state-held = ቦታ ቀርቦለታል (ከተጠባባቂ ዝርዝር)
sessions-state-booked = ቀጠሮ ይዟል
sessions-state-arrived = ✅ መጥቷል
sessions-state-no-show = ⛔ አልመጣም
sessions-state-cancelled = ተሰርዟል
sessions-state-expired = የቀረበው ቦታ ጊዜው አልፏል
sessions-state-closed = ዝግ
sessions-confirmed = ፣ እንደሚመጣ አረጋግጧል
sessions-arrived-button = ✅ { $time } { $name }
sessions-noshow-button = ⛔ { $time } { $name }
sessions-marked = { $name }: { $state }
sessions-bad-date = እንደ 2026-12-03 ያለ ቀን ይጠቀሙ፣ ወይም today፣ ወይም tomorrow።
sessions-unknown-site = ያልታወቀ ቦታ። ቦታዎች: { $sites }
sessions-close-usage = ይጠቀሙ: /close DATE SITE REASON [note]። ምክንያቶች: { $reasons }። ምሳሌ: /close 2026-12-03 castlegate weather
sessions-already-closed = ⛔ ያ በ{ $day } ያለው ክፍለ ጊዜ አስቀድሞ ዝግ ነው።
sessions-closed-done = ⛔ ተዘግቷል: { $site }፣ { $day }። ቀጠሮ ለያዙ { $booked } ሰዎች እና ለሚጠብቁ { $waiting } ሰዎች በቋንቋቸው እያሳወቅን ነው። የመላኪያ ሪፖርት እዚህ ይከተላል።
sessions-closure-report = 📣 መዘጋት { $code }: { $sent } ተነግሯቸዋል፣ { $failed } አልተሳካም፣ { $dropped } ቦቱን አግደዋል፣ { $waiting } አሁንም እየጠበቁ ነው።
sessions-capacity-usage = ይጠቀሙ: /capacity DATE SITE ROLE N፣ ያለ ቀጠሮ ለሚመጡ N ቦታዎችን ለመጠበቅ። ሚናዎች: { $roles }
sessions-capacity-done = ✅ { $site }፣ { $day }፣ { $role }: ያለ ቀጠሮ ለሚመጡ { $walkin } ቦታዎች ተጠብቀዋል፣ { $bookable } ለቀጠሮ ክፍት ናቸው፣ { $taken } ተወስደዋል።

## Command menu (setMyCommands)

cmd-mybookings = የእኔ ቀጠሮዎች
