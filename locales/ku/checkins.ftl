## Locale: ku (Kurdish Kurmanji, Kurdî)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Welfare check-ins. Short sentences. Keep emoji, numbers and /commands as they are.
## The staff part is shown in English; it is drafted here so every key exists.

## The offer, right after agreeing to the privacy notice, and /checkins

checkin-offer =
    💚 Em dikarin carinan li rewşa we bipirsin?
    Em peyamek kurt dişînin: "Hûn çawa ne?" Hûn bi yek lêdanê bersiv didin.
    Em tenê bijartina we û dema bersiva we diparêzin. Hûn dikarin her gav rawestînin.
checkin-weekly-button = 📅 Her hefte
checkin-fortnightly-button = 🗓️ Her du hefteyan
checkin-decline-button = 🔕 Na, spas
checkin-when-question = 🕘 Kîjan dema rojê ji bo peyamê çêtir e?
checkin-morning-button = 🌅 Sibeh
checkin-afternoon-button = ☀️ Piştî nîvro
checkin-evening-button = 🌆 Êvar
checkin-status =
    🔔 Pirsîna rewşê: { $cadence ->
        [weekly] her hefte
        [fortnightly] her du hefteyan
       *[off] girtî
    }
    🕘 Dema rojê: { $window ->
        [morning] sibeh
        [afternoon] piştî nîvro
       *[evening] êvar
    }
    Ji bo guhertinê bişkokekê bitikînin.
checkin-saved =
    ✅ Hat tomarkirin. Em ê { $cadence ->
        [weekly] her hefte
       *[fortnightly] her du hefteyan
    }, { $window ->
        [morning] sibehê
        [afternoon] piştî nîvro
       *[evening] êvarê
    } li rewşa we bipirsin.
    Ji bo guhertin an rawestandinê: /checkins
checkin-stopped = 🔕 Pirsîna rewşê girtî ye. Em peyamên pirsîna rewşê an pirsên şopandinê naşînin. Ji bo dîsa destpêkirinê: /checkins
checkin-stop-button = 🔕 Pirsîna rewşê rawestînin
checkin-needs-consent = 🔒 Ji bo pirsîna rewşê divê em hinek agahî biparêzin. Ji kerema xwe pêşî vê bixwînin.

## The check-in

checkin-question =
    💚 Silav ji Firstport. { $cadence ->
        [fortnightly] Di van du hefteyan de
       *[weekly] Vê hefteyê
    } hûn çawa ne?
    Bersivekê bitikînin. Ji bo rawestandina van peyaman, 🔕 bitikînin.
checkin-ok-button = 🙂 Baş im
checkin-help-button = 🤔 Di tiştekî de alîkarî lazim e
checkin-bad-button = 😟 Ne baş im
checkin-sos-button = 🆘 Alîkariya bilez
checkin-ok-thanks = 🙂 Spas ku we ji me re got. Heke hûn hewceyî me bin, em li vir in.
checkin-help-menu = 🤔 Di çi de alîkarî lazim e? Li jêr hilbijêrin.
checkin-bad-question = 😟 Em xemgîn in ku tişt dijwar in. Hûn dixwazin kesek ji tîma me li vir bi we re têkilî dayne?
checkin-bad-yes-button = ✅ Erê, ji kerema xwe
checkin-bad-no-button = ✖️ Na, spas
checkin-bad-declined = 💚 Baş e. Her dema ku hûn hewceyî me bin, em li vir in. Hejmarên belaş li jor in. Hûn dikarin li jêr jî hilbijêrin.

## Under a follow-up question

followup-yes-button = ✅ Erê
followup-no-button = ❌ Na
followup-talk-button = 💬 Bi kesekî re biaxivin
followup-yes-thanks = 🎉 Nûçeyeke baş e. Spas ku we ji me re got.
followup-no-intro = 💚 Spas ku we ji me re got. Ev agahî dîsa li vir e. Dibe ku kesek ji tîma me jî li vir bi we re têkilî dayne.

## The tip of the week, after 🙂 OK

tip-of-the-week =
    💡 Şîreta hefteyê:
    { $tip }

## Command menu (setMyCommands); at most 256 characters

cmd-checkins = Pirsîna rewşê: çend caran, an rawestandin

## For staff and volunteers (shown in English in the staff chat)

staff-need-welfare = Banga pirsîna rewşê
checkin-weekly-summary =
    📊 Pirsîna rewşê, ji { $first } heta { $last }
    📨 Hatin şandin: { $sent } · bersiv hatin dayîn: { $answered }
    🙂 { $ok } · 🤔 { $help } · 😟 { $bad } · 🆘 { $sos }
    🔁 Şopandinên şandî: { $followups } · ⏸️ paşxistî: { $postponed }
    📞 Niha li ser lîsteya bangên rewşê: { $calllist }
    🚫 Bot asteng kirin: { $blocked } ({ $newblocked } vê hefteyê)
checkin-offdays-title = 📅 Di van rojan de pirsîna rewşê, şopandin an peyamên din tune ne: { $days }
checkin-offdays-none = 📅 Tu roj wek betlaneyê nehatiye nîşankirin.
checkin-offdays-usage = ✍️ /offdays add 2026-12-25 2026-12-26, an navberek: /offdays add 2026-12-24..2027-01-01. Ji bo paşvekişandinê: /offdays remove 2026-12-25
calllist-title =
    📞 Lîsteya bangên rewşê: { $count ->
        [one] 1 kes
       *[other] { $count } kes
    }
calllist-empty = 📞 Lîsteya bangên rewşê vala ye.
calllist-line = { $n }. { $name } · { $language } · { $reason }
calllist-more = …û { $count } yên din.
calllist-reason-missed = 📭 { $count } pirsînên rewşê yên li pey hev bê bersiv
calllist-reason-not-ok = 😟 got "Ne baş im", paşê bersiv neda
calllist-reason-followup-no = ❌ ji şopandinê re got "Na" ({ $need })
calllist-call-button = 📞 { $n } Axaftinê dest pê bikin
calllist-done-button = ✅ { $n } Qediya
calllist-outcome-question = ✅ Bi { $name } re çawa çû?
calllist-reached-button = 📞 Têkilî çêbû
calllist-not-reached-button = 📵 Têkilî çênebû
calllist-referred-button = ↪️ Hate şandin
calllist-recorded = ✅ { $name }: { $outcome }. Ji lîsteyê derket. Hîn li ser lîsteyê: { $left }.
calllist-already-done = ✔️ Ev kes êdî li ser lîsteya bangan nîne.
calllist-chat-started = 📞 Bilêta #{ $ticket } ya we ye. Pêşî hûn binivîsin, di mijara wê de.
calllist-chat-note =
    📞 Banga rewşê ji lîsteyê: { $reason }. Dest pê kir: { $alias }.
    Hîn tiştek ji vî kesî re nehatiye gotin. Ji kerema xwe pêşî hûn binivîsin.
    Em hejmarên telefonê naparêzin. Heke bangeke telefonê alîkar be, wê di vê axaftinê de saz bikin.
calllist-has-ticket = 🎫 Bilêta #{ $ticket } ya vî kesî jixwe heye. Ji kerema xwe wê bikar bînin.
calllist-blocked = 🚫 Vî kesî bot asteng kiriye. Em nikarin jê re binivîsin.
tip-usage =
    ✍️ /tip en 💡 Şîreta we, bi wê zimanî. Di her peyamê de yek ziman.
    🗑 /tip clear en zimanekî radike. /tip clear hemûyan radike.
    Zimanê bê şîret tu şîretê nagire, qet ya Îngilîzî na. Şîret 7 rojan tê nîşandan.
tip-set =
    ✅ Şîreta hefteyê ji bo { $language }, piştî 🙂 Baş im, ji bo { $days } rojan:
    { $tip }
tip-cleared = ✅ Şîret hate rakirin: { $languages }.
tip-invalid = ⚠️ Nehat tomarkirin: { $problem }.
tip-list-title = 💡 Şîretên hefteyê:
tip-list-line = • { $language }: { $tip }
tip-list-expired = • { $language } (ji hefteyekê kevintir, nayê nîşandan): { $tip }
tip-list-empty = 💡 Tu şîreta hefteyê tune.
tip-list-missing = Bê şîret: { $languages }
