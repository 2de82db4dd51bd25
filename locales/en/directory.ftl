## Locale: en (English)
## Drafted by: Firstport engineering team, 2026-12-01 (source language)
## Review status: source text
##
## 📍 Find services: the directory search. Names of services stay in English.

dir-title = 📍 Find services. What do you need?
dir-need-food = 🍞 Food
dir-need-clothing = 👕 Clothes
dir-need-drop-in = 🤝 Drop-in
dir-need-esol-classes = 📚 English classes
dir-need-conversation-clubs = 🗣️ Conversation clubs
dir-need-gp-registration = 🩺 Doctor (GP)
dir-need-routine-dental = 🦷 Dentist
dir-need-urgent-health = 🚑 Urgent health
dir-need-mental-health = 💚 Feelings and mental health
dir-need-immigration-advice = ⚖️ Legal advice
dir-need-asylum-support = 💳 Asylum support and ASPEN
dir-need-accommodation-repairs = 🔧 Housing problems
dir-need-destitution-support = 🆘 No money
dir-need-night-shelter = 🌙 A place to sleep
dir-need-domestic-abuse = 🏠 Violence at home
dir-need-exploitation = ⛓️ Forced work
dir-need-digital-inclusion = 📱 Phone and internet
dir-need-hc2 = 🧾 Free NHS costs (HC2)
dir-place-question = 📍 Where are you?
dir-place-newcastle = 🏙️ Newcastle
dir-place-leeds = 🏙️ Leeds
dir-place-anywhere = 🇬🇧 Anywhere in the UK
dir-place-location = 📍 Use my location
dir-share-location = 📍 Tap the button below to share your location. We use it only to sort the results. We do not keep it.
dir-share-button = 📍 Share my location
dir-location-used = 📍 Thank you. Here are the nearest services. We did not keep your location.
dir-none-found = 😔 We found no service for this here yet. Try another place, or talk to a person.
dir-none-filtered = 😔 Nothing matches these filters. Try without them.
dir-card-count = { $index } / { $total }
dir-open-now = 🟢 Open now until { $time }
dir-open-next = 🕒 Next open: { $day } { $time }
dir-open-always = 🟢 Open 24 hours, every day
dir-open-unknown = 🕒 Opening times: please call first
dir-address = 📍 { $address }
dir-phone = 📞 { $phone }
dir-languages = 🗣️ { $languages }
dir-for-line = 👥 For: { $who }
dir-for-asylum-seeker = people seeking asylum
dir-for-refused = people whose claim was refused
dir-for-refugee = refugees
dir-for-any = everyone
dir-checked = ✅ Last checked: { $date }
dir-uncertain = ⚠️ Some details may be out of date. Please call before you go.
dir-distance = 📏 About { $km } km away
dir-map = 📍 Map
dir-more = ➡️ More results
dir-filter-open = ⏰ Open now
dir-filter-language = 🗣️ Speaks my language
dir-filter-on = ✅ { $filter }
dir-feedback-question = 🤝 Yesterday we showed you { $service }. Did you get help there?
dir-feedback-helpful = 👍 Yes
dir-feedback-unhelpful = 👎 No
dir-feedback-no-access = 🚪 I couldn't get in
dir-feedback-thanks = 🙏 Thank you. This helps us keep the list right.
dir-reload-ok = ✅ Directory reloaded: { $services } services.
dir-reload-failed = ❌ The new directory data is invalid, so the old data stays in use:
dir-stale-title = 🗓️ Entries due a check (older than { $days } days): { $count }
dir-stale-none = ✅ No entries are due a check.
dir-stale-line = • { $service } ({ $name }): last checked { $days } days ago
dir-feedback-title = 🤝 "Did you get help there?" answers, per service:
dir-feedback-line = • { $name }: 👍 { $yes } · 👎 { $no } · 🚪 { $noaccess }
dir-feedback-empty = 🤝 No answers yet.

## Parts of a city (taxonomy firstport-district). Place names stay as they are.

dir-district-question = 📍 Which part of the city?
dir-district-any = 🏙 Anywhere in the city
tax-newcastle-centre = 🏙 Newcastle: City centre
tax-newcastle-west-end = 🏘 Newcastle: West End
tax-leeds-harehills = 🏘 Leeds: Harehills
tax-leeds-armley = 🏘 Leeds: Armley
