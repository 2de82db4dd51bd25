## Locale: en (English)
## Drafted by: Firstport engineering team, 2026-12-01 (source language)
## Review status: source text
##
## Talking to a person: the relay between a client and the volunteer who claimed the ticket.
## The client never sees a volunteer's name or account, only the alias they chose.

relay-greeting = 💬 You are talking to { $alias }. Write here, and they will answer in this chat. Please do not send your Home Office reference, ASPEN card number or PIN.
relay-default-alias = a volunteer from the Firstport team
relay-bar-menu = 🏠 Menu
relay-bar-end = ❌ End chat
relay-ended = 👋 The chat has ended. You are back with the bot. Our team can still write to you here.
relay-reassigned = 🔁 Another person from our team will go on with you. Please wait for their message here.
relay-closed-question = 🙏 Our team has finished this conversation. Did we help?
relay-rating-yes = 👍 Yes
relay-rating-no = 👎 No
relay-rating-thanks = 🙏 Thank you for telling us.

## Canned replies: a volunteer picks one; the client receives it in their own language.

canned-received = ✅ We have your message. Someone will answer you soon.
canned-dropin = 🤝 Please come to the drop-in. Bring any letters you have.
canned-migrant-help = 📞 Please call Migrant Help on 0808 8010 503. It is free, day or night.
canned-nhs-111 = 🩺 For a health problem, call NHS 111. It is free, day or night.
canned-tomorrow = 🕒 We will write to you again tomorrow.
canned-no-documents = 📷 Please do not send photos of your documents here. Bring them to the drop-in.

## For staff and volunteers (in the staff chat)

handoff-header =
    🎫 #{ $ticket } · { $need } · { $language } · { $urgency }
    Outcome: { $outcome } · Tier: { $tier }
    Name: { $name }
    Path: { $path }
    Status: { $status }
handoff-status-open = 🟡 open, waiting for someone
handoff-status-claimed = 🟢 claimed by { $alias }
handoff-status-closed = ⚪ closed
handoff-status-reopened = 🔁 reopened, waiting for someone
handoff-claim-button = ✋ Claim
handoff-close-button = ✅ Close
handoff-reassign-button = 🔁 Reassign
handoff-canned-button = 💬 Canned replies
handoff-claimed-by = ✋ { $alias } claimed this ticket. Messages they post here go to the person.
handoff-already-claimed = This ticket is already claimed by { $alias }.
handoff-not-claimable = This ticket cannot be claimed now.
handoff-not-claimer = ⚠️ Not sent: only { $alias }, who claimed this ticket, can write to the person. Start a message with // for a team note.
handoff-unclaimed-post = ⚠️ Not sent: claim the ticket first. Start a message with // for a team note.
handoff-client-left = 👋 The person went back to the bot menu.
handoff-client-blocked = 🚫 The person has blocked the bot. Messages posted here cannot reach them until they write again.
handoff-client-crisis = 🆘 The person's message matched the crisis net. They were shown the safety numbers.
handoff-closed = ✅ Closed by { $alias }.
handoff-reopened = 🔁 The person wrote again after this ticket was closed. It is back in the queue.
handoff-forgotten = 🗑 The person deleted their data. This ticket is closed and its message links are gone.
handoff-rating = ⭐ The person answered "Did we help?": { $answer }
handoff-canned-pick = 💬 Pick a reply. The person gets it in their language; you see it here in English.
handoff-canned-sent = 📤 Sent to the person: { $text }
handoff-reassigned = 🔁 { $alias } put this ticket back in the queue.
handoff-unclaimed-again = ⏰ Ticket #{ $ticket } is still waiting for someone.
handoff-mentions = Speaks { $language }: { $names }
handoff-no-forum = ⚠️ This staff chat has no topics, or I cannot manage topics here. I will post each ticket as a card instead: reply to a ticket's card or to its messages to answer the person.
handoff-not-allowed = 🔒 Your role cannot do that.
team-title = 👥 Team ({ $count })
team-line = • { $id } · { $role } · { $alias } · { $languages } · { $availability }
team-available = available
team-away = away
team-added = ✅ { $id } is now { $role }.
team-removed = ✅ { $id } was removed from the team.
team-not-found = { $id } is not in the team.
team-usage = Use: /team, /team add <id> staff|volunteer, /team remove <id> (or reply to their message).
team-alias-set = ✅ People will see you as "{ $alias }".
team-alias-usage = Use: /alias Sam, volunteer
team-languages-set = ✅ Your languages: { $languages }
team-languages-usage = Use: /languages ar fa en
team-now-available = ✅ You are available. New tickets in your languages will mention you.
team-now-away = 💤 You are away. New tickets will not mention you.
outbox-title = 📮 Outbox: { $counts }
outbox-errors = Last errors:
