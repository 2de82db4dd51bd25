## Locale: en (English)
## Drafted by: Firstport engineering team, 2026-12-01 (source language)
## Review status: source text
##
## 📅 Drop-in: sessions, booking, the waitlist, reminders, closures; then the staff lists.
## Site names and addresses come from the directory and stay as they are.

menu-dropin = 📅 Drop-in

## Who attends (rota roles in directory/dropin/*.yaml) and what to bring

dropin-role-casework = 🏠 Housing and ASPEN help
dropin-role-esol = 📚 English class registration
dropin-role-health = 🩺 Doctor and dentist registration
dropin-role-welfare = 🤝 Food, clothes and other help
dropin-bring-casework = Any letters about your housing or asylum support. Photos of repair problems, if you have them.
dropin-bring-esol = Any ID you have.
dropin-bring-health = Any letters from a doctor, dentist or hospital.
dropin-bring-welfare = Any letters you want help with.

## The drop-in screen

booking-intro = 📅 The drop-in: free help in person. You can just come, or book a time.
booking-session-line = 📍 { $site } · { $day } · { $start }–{ $end }
booking-session-who = 👥 { $roles }
booking-session-closed = ⛔ { $site } · { $day }: closed
booking-times-unconfirmed = ⚠️ These times may change. Please check before you travel.
booking-what-need = What do you need help with?
booking-none = 📅 There are no drop-in sessions in the next 4 weeks.
booking-walk-in-button = 🚶 Just come along
booking-walk-in-text = 🚶 You do not need to book. Come to any of these sessions.
booking-map = 📍 { $site }
booking-mine-button = 📋 My bookings
booking-back = ↩️ Back
booking-needs-consent = 🔒 To book a place, we need to keep your first name and language.

## Choosing a session and a time

booking-pick-session = { $role }: choose a place and a day.
booking-change-pick = 🔁 { $role }: choose a new day. Your old booking stays until you book the new one.
booking-role-none = 😔 { $role } has no sessions in the next 4 weeks.
booking-session-open = 📍 { $site } · { $day }
booking-session-full = ⏳ { $site } · { $day } · full
booking-pick-time = 🕙 { $role }. { $site }, { $day }. Choose a time.
booking-time-button = 🕙 { $time }
booking-full = 😔 This session is full ({ $site }, { $day }). Join the waitlist? If a place frees up, we will message you.
booking-join-waitlist = ⏳ Join the waitlist

## Interpreter

booking-interpreter-question = 🗣 Do you want an interpreter?
booking-interpreter-yes = 🗣 Yes: { $language }
booking-interpreter-other = 🌐 Another language
booking-interpreter-no = 🙅 No, thank you
booking-interpreter-pick = 🌐 Which language?
booking-interpreter-none = none

## Booked

booking-confirmed =
    ✅ You are booked.

    📋 What: { $role }
    📍 Where: { $site }, { $address }
    🕙 When: { $when }
    🗣 Interpreter: { $interpreter }
    🎒 Bring: { $bring }

    🔔 We will remind you the day before and 2 hours before.
booking-ics-caption = 📅 Add this to your calendar.
booking-ics-summary = Drop-in: { $role } ({ $site })
booking-ics-description = Bring: { $bring }
booking-ics-alarm = Drop-in in 2 hours

## Problems

booking-err-closed = ⛔ Sorry, this session is closed.
booking-err-gone = 😔 This is no longer possible. Please choose again.
booking-err-too-late = ⏰ It is too late to book this time. Please choose a later time.
booking-err-already = ℹ️ You already have a booking for this session. See 📋 My bookings.
booking-err-limit = ℹ️ You can have { $max } bookings at a time. Cancel one in 📋 My bookings first.
booking-err-full = 😔 Sorry, the last place was just taken.
booking-err-slot-taken = 😔 Someone just took that time. Please choose another.
booking-err-not-active = ℹ️ This booking is no longer active.

## The waitlist

booking-waitlist-joined = ⏳ You are on the waitlist. You are number { $position }. If a place frees up, we will message you.
booking-waitlist-already = ℹ️ You are already on the waitlist. You are number { $position }.
booking-waitlist-booked = ℹ️ You already have a booking for this session.
booking-waitlist-left = ✅ You left the waitlist.
booking-offer-text = 🎉 A place is free: { $role }, { $site }, { $when }. Do you want it? We keep it for you until { $until }.
booking-offer-take = ✅ Take the place
booking-offer-decline = ❌ No, thank you
booking-offer-expired = ⌛ The time to take the place has passed. It went to the next person. You can choose another session in 📅 Drop-in.
booking-offer-declined = 👍 OK. The place goes to the next person.

## My bookings

booking-mine-title = 📋 Your bookings
booking-mine-empty = 📋 You have no bookings.
booking-mine-line = { $number }. { $role } · { $site } · { $when }
booking-mine-waiting = { $number }. ⏳ Waitlist: { $role } · { $site } · { $day }
booking-change-number = 🔁 Change { $number }
booking-cancel-number = ❌ Cancel { $number }
booking-leave-waitlist = 🚪 Leave waitlist { $number }
booking-cancel-confirm = ❓ Cancel this booking? { $role }, { $site }, { $when }.
booking-cancel-yes = ✅ Yes, cancel
booking-cancel-no = ↩️ No, keep it
booking-cancelled = ✅ Cancelled. Thank you for telling us. Your place can go to someone else.

## Reminders

booking-reminder-eve = 🔔 Tomorrow at { $time }: { $role }, { $site } ({ $address }).
booking-reminder-soon = 🔔 Today at { $time }: { $role }, { $site } ({ $address }).
booking-come-button = ✅ I'll come
booking-cancel-button = ❌ Cancel
booking-change-button = 🔁 Change
booking-come-thanks = 👍 Thank you. See you there.

## A session is closed

booking-closed-notice = ⛔ The drop-in at { $site } on { $day } is closed. { $reason } We are sorry. Your place is cancelled.
booking-closed-next = 📅 You can book one of the next sessions:
booking-book-again = 📅 { $site } · { $day }
booking-reason-holiday = It is a holiday.
booking-reason-weather = This is because of the weather.
booking-reason-staff = There are not enough staff.
booking-reason-building = The building is closed.
booking-reason-other = Something changed.

## From a triage outcome

booking-button-triage = 📅 Book a drop-in slot

## Staff: drop-in lists (/today, /day, /sessions, /close, /capacity)

sessions-title = 📅 Sessions in the next 4 weeks
sessions-line-open = { $code } · { $site } · { $day } { $start }–{ $end } · booked { $booked } · waiting { $waiting } · arrived { $arrived } · no-show { $noshow }
sessions-line-closed = ⛔ { $code } · { $site } · { $day } · closed ({ $reason })
sessions-unconfirmed = ⚠️ times not confirmed (see directory/dropin/)
sessions-none = 📅 No sessions in the next 4 weeks.
sessions-day-title = 📋 { $site } · { $day } · { $start }–{ $end } ({ $code })
sessions-day-closed = ⛔ Closed ({ $reason })
sessions-day-counts = Booked { $booked } · arrived { $arrived } · no-show { $noshow } · waiting { $waiting } · kept for walk-ins { $walkin }
sessions-day-entry = { $time } · { $name } · { $role } · { $language } · 🗣 { $interpreter } · { $state }
sessions-day-waiting = ⏳ { $position }. { $name } · { $role } · { $language } · 🗣 { $interpreter }
sessions-day-empty = No bookings yet.
sessions-day-none = 📅 No session on { $day }.
sessions-no-interpreter = no
sessions-state-held = offered (waitlist)
sessions-state-booked = booked
sessions-state-arrived = ✅ arrived
sessions-state-no-show = ⛔ no-show
sessions-state-cancelled = cancelled
sessions-state-expired = offer ended
sessions-state-closed = closed
sessions-confirmed = , will come
sessions-arrived-button = ✅ { $time } { $name }
sessions-noshow-button = ⛔ { $time } { $name }
sessions-marked = { $name }: { $state }
sessions-bad-date = Use a date like 2026-12-03, or today, or tomorrow.
sessions-unknown-site = Unknown site. Sites: { $sites }
sessions-close-usage = Use: /close DATE SITE REASON [note]. Reasons: { $reasons }. Example: /close 2026-12-03 castlegate weather
sessions-already-closed = ⛔ That session on { $day } is already closed.
sessions-closed-done = ⛔ Closed: { $site }, { $day }. Telling { $booked } booked and { $waiting } waiting people in their languages. A delivery report follows here.
sessions-closure-report = 📣 Closure { $code }: { $sent } told, { $failed } failed, { $dropped } have blocked the bot, { $waiting } still waiting.
sessions-capacity-usage = Use: /capacity DATE SITE ROLE N to keep N places for walk-ins. Roles: { $roles }
sessions-capacity-done = ✅ { $site }, { $day }, { $role }: { $walkin } places kept for walk-ins, { $bookable } bookable, { $taken } taken.

## Command menu (setMyCommands)

cmd-mybookings = My bookings
