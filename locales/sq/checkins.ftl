## Locale: sq (Albanian, Shqip)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Welfare check-ins. Short sentences. Keep emoji, numbers and /commands as they are.
## The staff part is shown in English; it is drafted here so every key exists.

## The offer, right after agreeing to the privacy notice, and /checkins

checkin-offer =
    💚 A mund t'ju pyesim herë pas here si jeni?
    Dërgojmë një mesazh të shkurtër: "Si jeni?" Ju përgjigjeni me një prekje.
    Ruajmë vetëm zgjedhjen tuaj dhe kur u përgjigjët. Mund ta ndaloni në çdo kohë.
checkin-weekly-button = 📅 Çdo javë
checkin-fortnightly-button = 🗓️ Çdo dy javë
checkin-decline-button = 🔕 Jo, faleminderit
checkin-when-question = 🕘 Cila pjesë e ditës është më e mirë për një mesazh?
checkin-morning-button = 🌅 Mëngjes
checkin-afternoon-button = ☀️ Pasdite
checkin-evening-button = 🌆 Mbrëmje
checkin-status =
    🔔 Pyetjet si jeni: { $cadence ->
        [weekly] çdo javë
        [fortnightly] çdo dy javë
       *[off] të ndalura
    }
    🕘 Pjesa e ditës: { $window ->
        [morning] mëngjes
        [afternoon] pasdite
       *[evening] mbrëmje
    }
    Prekni një buton për ta ndryshuar.
checkin-saved =
    ✅ U ruajt. Do t'ju pyesim si jeni { $cadence ->
        [weekly] çdo javë
       *[fortnightly] çdo dy javë
    }, { $window ->
        [morning] në mëngjes
        [afternoon] pasdite
       *[evening] në mbrëmje
    }.
    Për ta ndryshuar ose ndaluar: /checkins
checkin-stopped = 🔕 Pyetjet si jeni janë ndalur. Nuk do të dërgojmë pyetje si jeni ose pyetje ndjekjeje. Për të filluar përsëri: /checkins
checkin-stop-button = 🔕 Ndalo pyetjet si jeni
checkin-needs-consent = 🔒 Për pyetjet si jeni duhet të ruajmë pak informacion. Ju lutemi lexoni këtë më parë.

## The check-in

checkin-question =
    💚 Përshëndetje nga Firstport. Si jeni { $cadence ->
        [fortnightly] këto dy javët e fundit
       *[weekly] këtë javë
    }?
    Prekni një përgjigje. Për të ndaluar këto mesazhe, prekni 🔕.
checkin-ok-button = 🙂 Mirë
checkin-help-button = 🤔 Kam nevojë për ndihmë me diçka
checkin-bad-button = 😟 Jo mirë
checkin-sos-button = 🆘 Ndihmë urgjente
checkin-ok-thanks = 🙂 Faleminderit që na treguat. Jemi këtu nëse keni nevojë për ne.
checkin-help-menu = 🤔 Për çfarë keni nevojë për ndihmë? Zgjidhni më poshtë.
checkin-bad-question = 😟 Na vjen keq që gjërat janë të vështira. A doni që dikush nga ekipi ynë t'ju kontaktojë këtu?
checkin-bad-yes-button = ✅ Po, ju lutem
checkin-bad-no-button = ✖️ Jo, faleminderit
checkin-bad-declined = 💚 Në rregull. Jemi këtu sa herë që keni nevojë për ne. Numrat falas janë më lart. Mund të zgjidhni edhe më poshtë.

## Under a follow-up question

followup-yes-button = ✅ Po
followup-no-button = ❌ Jo
followup-talk-button = 💬 Flisni me një njeri
followup-yes-thanks = 🎉 Lajm i mirë. Faleminderit që na treguat.
followup-no-intro = 💚 Faleminderit që na treguat. Ja informacioni përsëri. Dikush nga ekipi ynë mund t'ju kontaktojë gjithashtu këtu.

## The tip of the week, after 🙂 OK

tip-of-the-week =
    💡 Këshilla e javës:
    { $tip }

## Command menu (setMyCommands); at most 256 characters

cmd-checkins = Pyetjet si jeni: sa shpesh, ose ndaloni

## For staff and volunteers (shown in English in the staff chat)

staff-need-welfare = Telefonatë për mirëqenien
checkin-weekly-summary =
    📊 Pyetjet si jeni, { $first } deri { $last }
    📨 Dërguar: { $sent } · me përgjigje: { $answered }
    🙂 { $ok } · 🤔 { $help } · 😟 { $bad } · 🆘 { $sos }
    🔁 Ndjekje të dërguara: { $followups } · ⏸️ të shtyra: { $postponed }
    📞 Tani në listën e telefonatave: { $calllist }
    🚫 Bllokuan botin: { $blocked } ({ $newblocked } këtë javë)
checkin-offdays-title = 📅 Pa pyetje si jeni, ndjekje ose mesazhe të tjera më: { $days }
checkin-offdays-none = 📅 Asnjë ditë nuk është shënuar si pushim.
checkin-offdays-usage = ✍️ /offdays add 2026-12-25 2026-12-26, ose një periudhë: /offdays add 2026-12-24..2027-01-01. Për ta anuluar: /offdays remove 2026-12-25
calllist-title =
    📞 Lista e telefonatave për mirëqenien: { $count ->
        [one] 1 person
       *[other] { $count } persona
    }
calllist-empty = 📞 Lista e telefonatave për mirëqenien është bosh.
calllist-line = { $n }. { $name } · { $language } · { $reason }
calllist-more = …dhe { $count } të tjerë.
calllist-reason-missed = 📭 { $count } pyetje si jeni radhazi pa përgjigje
calllist-reason-not-ok = 😟 tha "Jo mirë", pastaj pa përgjigje
calllist-reason-followup-no = ❌ "Jo" për një ndjekje ({ $need })
calllist-call-button = 📞 { $n } Nis një bisedë
calllist-done-button = ✅ { $n } U krye
calllist-outcome-question = ✅ Si shkoi me { $name }?
calllist-reached-button = 📞 U kontaktua
calllist-not-reached-button = 📵 Nuk u kontaktua
calllist-referred-button = ↪️ U drejtua
calllist-recorded = ✅ { $name }: { $outcome }. Jashtë listës. Ende në listë: { $left }.
calllist-already-done = ✔️ Ky person nuk është më në listën e telefonatave.
calllist-chat-started = 📞 Bileta #{ $ticket } është e juaja. Shkruani ju i pari, në temën e saj.
calllist-chat-note =
    📞 Telefonatë për mirëqenien nga lista: { $reason }. E nisi { $alias }.
    Personit nuk i është thënë ende asgjë. Ju lutemi shkruani ju i pari.
    Nuk ruajmë numra telefoni. Nëse një telefonatë ndihmon, organizojeni në këtë bisedë.
calllist-has-ticket = 🎫 Ky person ka tashmë biletën #{ $ticket }. Ju lutemi përdorni atë.
calllist-blocked = 🚫 Ky person e ka bllokuar botin. Nuk mund t'i shkruajmë.
tip-usage =
    ✍️ /tip en 💡 Këshilla juaj, në atë gjuhë. Një gjuhë për mesazh.
    🗑 /tip clear en heq një gjuhë. /tip clear i heq të gjitha.
    Një gjuhë pa këshillë nuk merr këshillë, kurrë atë në anglisht. Një këshillë shfaqet për 7 ditë.
tip-set =
    ✅ Këshilla e javës për { $language }, shfaqet pas 🙂 Mirë për { $days } ditë:
    { $tip }
tip-cleared = ✅ Këshilla u hoq: { $languages }.
tip-invalid = ⚠️ Nuk u ruajt: { $problem }.
tip-list-title = 💡 Këshillat e javës:
tip-list-line = • { $language }: { $tip }
tip-list-expired = • { $language } (më e vjetër se një javë, nuk shfaqet): { $tip }
tip-list-empty = 💡 Nuk ka këshillë të javës.
tip-list-missing = Pa këshillë: { $languages }
