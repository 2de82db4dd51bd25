## Locale: en (English)
## Drafted by: Firstport engineering team, 2026-12-01 (source language)
## Review status: source text; review by the mental health worker pending
##
## The crisis safety net. Shown FIRST when a message suggests someone may be in danger.
## Numbers: EM-01 999, EM-03 interpreter, EM-04 press 55, EM-07 NHS 111, EM-08 111 mental
## health option (never print the old local crisis lines, EM-09), EM-11 Samaritans 116 123,
## EM-13 National Domestic Abuse Helpline 0808 2000 247, EM-14 Modern Slavery & Exploitation
## Helpline 08000 121 700, AS-02/AS-03 Migrant Help 0808 8010 503. Never change a number.

crisis-card-suicide =
    💚 Thank you for telling us. You matter, and you are not alone.
    🚨 If you might act on these thoughts now, call 999 or go to A&E.
    📞 Call NHS 111 and choose the mental health option, day or night. Free.
    📞 Or call Samaritans on 116 123, day or night. Free.
crisis-card-violence =
    🚨 If you are in danger now, call 999. If you cannot speak, press 55.
    🏠 Violence or abuse at home: National Domestic Abuse Helpline 0808 2000 247, day or night. Free.
    💬 You can talk to our team here too.
crisis-card-exploitation =
    🚨 If you are in danger now, call 999.
    ⛓️ Forced to work, or controlled by someone: Modern Slavery & Exploitation Helpline 08000 121 700, day or night. Free. They have interpreters.
    💬 You can talk to our team here too.
crisis-card-medical =
    🚨 Call 999 now. It is free.
    🗣️ Say your language in English, for example "Arabic". Wait for an interpreter.
    🩺 Not in danger, but ill or hurt? Call NHS 111, day or night.
crisis-card-destitution =
    🌙 We are sorry you are in this situation. We will try to help.
    📞 Call Migrant Help now: 0808 8010 503 (free, day or night). Say you have no food or nowhere to sleep.
    🚨 In danger? Call 999.
crisis-talk-now = 💬 Talk to a person now
crisis-safe-button = ✅ I'm safe, continue
crisis-team-told = 💬 We have told our team. Someone will write to you here as soon as they can.
crisis-safe-thanks = 💚 Thank you. We are here whenever you need us.
