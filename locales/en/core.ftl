## Locale: en (English)
## Drafted by: Firstport engineering team, 2026-12-01 (source language)
## Review status: source text; plain-English review by a caseworker pending
##
## Rules for every locale: short sentences, one idea per line, an icon on every button.
## Never put bidi marks inside /commands. Numbers and entitlements come from
## shared/reference/domain-facts.md (fact ids in comments); translate the words, never the numbers.

## Language picker

# The name of this language, written in this language (an endonym). Shown in the picker.
lang-name = English
lang-choose = 🌐 Choose your language.
lang-changed = ✅ I will write to you in English now.

## Privacy notice (its version lives in bot/onboarding.py: PRIVACY_VERSION)

privacy-notice =
    🔒 Your privacy

    📝 What we keep: your language, your first name, the date you agreed, the topics you chose, your drop-in bookings, your check-in choices, and messages you send to our team.
    🎯 Why: to help you and to remember your language.
    ⏳ How long: until you delete it, or 12 months after your last message.
    👥 Who sees it: only the Firstport charity team. We are not the Home Office. We do not share it with the Home Office or your housing provider.
    🗑 Your choice: /mydata shows what we keep. /forget deletes it.

    ⚠️ Never send us your Home Office reference, ASPEN card number or PIN.
privacy-agree = ✅ I agree
privacy-decline = ✖️ No thanks
privacy-agreed = ✅ Thank you. You can change your mind at any time with /forget.
privacy-declined = 👍 That is fine. We keep nothing about you. You can still read all the information. To change your mind, send /start.
privacy-updated = 🔒 Our privacy notice has changed. Please read it again.
privacy-withdrawn = ✅ We deleted what we kept about you. You can still read all the information. To agree again, send /start.
privacy-stale = ⌛ That notice was old. Here is the current one.

## Main menu: every item has an icon and short words

menu-title = 🏠 Main menu. What do you need?
menu-housing = 🏠 Housing
menu-aspen = 💳 ASPEN card
menu-gp = 🩺 Doctor (GP)
menu-dentist = 🦷 Dentist
menu-esol = 📚 English classes
menu-services = 📍 Find services
menu-other = ❔ Something else
menu-urgent = 🆘 Urgent help
menu-language = 🌐 Language
menu-privacy = 🔒 My data
menu-help = ❓ Help

## Safety card (EM-01, EM-03, EM-04, EM-07, EM-08, EM-09, EM-11, EM-13, EM-14, AS-02)

safety-card =
    🆘 Urgent help. All these calls are free.

    🚨 In danger now: call 999. Say your language in English, for example "Arabic". Wait for an interpreter. If you cannot speak, press 55.
    🩺 Ill or hurt: call NHS 111, day or night. Say your language to get an interpreter.
    💭 Very low, or thinking of suicide: call 111 and choose the mental health option. Or call Samaritans on 116 123, day or night.
    🏠 Violence or abuse at home: National Domestic Abuse Helpline 0808 2000 247, day or night.
    ⛓️ Forced to work, or controlled by someone: Modern Slavery & Exploitation Helpline 08000 121 700, day or night.
    🏘️ Housing or ASPEN card problem: Migrant Help 0808 8010 503, day or night.

## Help

help-text =
    ❓ How to use Firstport

    👆 Tap the buttons. You do not need to type.
    🏠 /menu shows the main menu.
    🌐 /language changes the language.
    🔔 /checkins: how often we check in with you, or stop it.
    🔒 /privacy shows what we keep. /mydata sends it to you. /forget deletes it.
    🆘 /urgent shows emergency numbers.

    We are a charity team, not the Home Office. We can show you where to get help. We cannot give legal advice about your case here.

## Command menu (setMyCommands); at most 256 characters each

cmd-start = Start again
cmd-menu = Main menu
cmd-language = Change language
cmd-help = How to use this bot
cmd-privacy = What we keep about you
cmd-mydata = Send me my data
cmd-forget = Delete my data
cmd-urgent = Urgent help and emergency numbers

## Bot profile (setMyDescription: at most 512 characters; short: at most 120)

about-description = Firstport helps people seeking asylum and refugees find the right help: housing, ASPEN card, doctor, dentist and English classes. Free. We are a charity, not the Home Office. In danger? Call 999.
about-short = Help with housing, ASPEN card, doctor, dentist and English classes. We are not the Home Office.

## Your data

data-export-caption = 📄 This is everything we keep about you.
data-export-empty = 📄 We keep nothing about you.
forget-confirm = 🗑 Delete everything we keep about you? This cannot be undone.
forget-yes = 🗑 Yes, delete it
forget-no = ↩️ No, keep it
forget-done = ✅ Done. We deleted everything we kept about you. To start again, send /start.
forget-nothing = ✅ We keep nothing about you. There is nothing to delete.
forget-kept = 👍 Nothing was deleted.
data-show = 📄 See my data
data-delete = 🗑 Delete my data

## Messages we cannot use

fallback-voice = 🎤 Sorry, I cannot listen to voice messages. Please tap a button below.
fallback-sticker = 🙂 Thank you! Please tap a button below.
fallback-photo = 🖼️ I cannot look at pictures. Please tap a button below. Never send photos of your documents or cards.
fallback-media = 🎬 I cannot play this. Please tap a button below.
fallback-location = 📍 Thank you. I do not keep locations. Please tap a button below.
fallback-contact = 👤 Thank you. I do not keep contact details. Please tap a button below.
fallback-document = 📎 I cannot open files. Please do not send documents here. Tap a button below.
fallback-edited = ✏️ I saw you changed a message. I only read new messages. Please tap a button below.
fallback-text = 🤔 Sorry, I did not understand. Please tap a button below.
fallback-other = 🤔 Sorry, I cannot use this. Please tap a button below.

## Buttons that no longer work (answerCallbackQuery: at most 200 characters)

button-stale = ⌛ This button is old. Here are the current buttons.

## Navigation buttons

nav-menu = 🏠 Menu
nav-back = ⬅️ Back

## Groups and errors

group-private-only = 👋 I only work in private chats. Please write to me directly. Goodbye!
error-generic = 😔 Sorry, something went wrong. Please try again. In danger? Call 999.
