## Locale: so (Somali, Soomaali)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Welfare check-ins. Short sentences. Keep emoji, numbers and /commands as they are.
## The staff part is shown in English; it is drafted here so every key exists.

## The offer, right after agreeing to the privacy notice, and /checkins

checkin-offer =
    💚 Ma ku weydiin karnaa xaaladdaada mar mar?
    Waxaan dirnaa hal fariin gaaban: "Sidee tahay?" Waxaad ku jawaabtaa hal taabasho.
    Waxaan hayno oo keliya doorashadaada iyo goorta aad jawaabtay. Waad joojin kartaa wakhti kasta.
checkin-weekly-button = 📅 Toddobaad kasta
checkin-fortnightly-button = 🗓️ Labadii toddobaadba mar
checkin-decline-button = 🔕 Maya, mahadsanid
checkin-when-question = 🕘 Waqtiga maalinta kee ayaa kuugu fiican fariin?
checkin-morning-button = 🌅 Subaxa
checkin-afternoon-button = ☀️ Galabta
checkin-evening-button = 🌆 Fiidka
checkin-status =
    🔔 Warsiga: { $cadence ->
        [weekly] toddobaad kasta
        [fortnightly] labadii toddobaadba mar
       *[off] waa la joojiyay
    }
    🕘 Waqtiga maalinta: { $window ->
        [morning] subaxa
        [afternoon] galabta
       *[evening] fiidka
    }
    Si aad u bedesho, taabo badhan.
checkin-saved =
    ✅ Waa la keydiyay. Waxaan ku weydiin doonnaa xaaladdaada { $cadence ->
        [weekly] toddobaad kasta
       *[fortnightly] labadii toddobaadba mar
    }, { $window ->
        [morning] subaxa
        [afternoon] galabta
       *[evening] fiidka
    }.
    Si aad u bedesho ama u joojiso: /checkins
checkin-stopped = 🔕 Warsiga waa la joojiyay. Ma diri doonno fariimo warsi ah ama su'aalo daba-gal ah. Si aad dib ugu bilowdo: /checkins
checkin-stop-button = 🔕 Jooji warsiga
checkin-needs-consent = 🔒 Warsiga waxaan u baahanahay inaan hayno macluumaad yar. Fadlan marka hore akhri tan.

## The check-in

checkin-question =
    💚 Salaan ka timid Firstport. Sidee tahay { $cadence ->
        [fortnightly] labadii toddobaad ee la soo dhaafay
       *[weekly] toddobaadkan
    }?
    Taabo hal jawaab. Si aad u joojiso fariimahan, taabo 🔕.
checkin-ok-button = 🙂 Waan fiicanahay
checkin-help-button = 🤔 Waxaan u baahanahay caawimaad
checkin-bad-button = 😟 Ma fiicni
checkin-sos-button = 🆘 Caawimaad degdeg ah
checkin-ok-thanks = 🙂 Mahadsanid inaad noo sheegtay. Halkan ayaan joognaa haddii aad na u baahato.
checkin-help-menu = 🤔 Maxaad caawimaad ugu baahan tahay? Hoos ka dooro.
checkin-bad-question = 😟 Waan ka xunnahay in arrimuhu adag yihiin. Ma rabtaa in qof kooxdayada ka mid ah uu halkan kula soo xiriiro?
checkin-bad-yes-button = ✅ Haa, fadlan
checkin-bad-no-button = ✖️ Maya, mahadsanid
checkin-bad-declined = 💚 Waa hagaag. Halkan ayaan joognaa mar kasta oo aad na u baahato. Lambarada bilaashka ah waa kor. Hoos sidoo kale waad ka dooran kartaa.

## Under a follow-up question

followup-yes-button = ✅ Haa
followup-no-button = ❌ Maya
followup-talk-button = 💬 La hadal qof
followup-yes-thanks = 🎉 War wanaagsan. Mahadsanid inaad noo sheegtay.
followup-no-intro = 💚 Mahadsanid inaad noo sheegtay. Waa kan macluumaadka mar kale. Qof kooxdayada ka mid ah ayaa sidoo kale halkan kula soo xiriiri kara.

## The tip of the week, after 🙂 OK

tip-of-the-week =
    💡 Talada toddobaadka:
    { $tip }

## Command menu (setMyCommands); at most 256 characters

cmd-checkins = Warsiga: intee jeer, ama jooji

## For staff and volunteers (shown in English in the staff chat)

staff-need-welfare = Wac warsi
checkin-weekly-summary =
    📊 Warsiga, { $first } ilaa { $last }
    📨 La diray: { $sent } · laga jawaabay: { $answered }
    🙂 { $ok } · 🤔 { $help } · 😟 { $bad } · 🆘 { $sos }
    🔁 Daba-gal la diray: { $followups } · ⏸️ dib loo dhigay: { $postponed }
    📞 Hadda liiska wicitaanka warsiga: { $calllist }
    🚫 Xannibay bot-ka: { $blocked } ({ $newblocked } toddobaadkan)
checkin-offdays-title = 📅 Maalmahan ma jiro warsi, daba-gal ama fariin kale: { $days }
checkin-offdays-none = 📅 Ma jiro maalin loo calaamadeeyay fasax.
checkin-offdays-usage = ✍️ /offdays add 2026-12-25 2026-12-26, ama muddo: /offdays add 2026-12-24..2027-01-01. Si aad u tirtirto: /offdays remove 2026-12-25
calllist-title =
    📞 Liiska wicitaanka warsiga: { $count ->
        [one] 1 qof
       *[other] { $count } qof
    }
calllist-empty = 📞 Liiska wicitaanka warsiga waa madhan yahay.
calllist-line = { $n }. { $name } · { $language } · { $reason }
calllist-more = …iyo { $count } kale.
calllist-reason-missed = 📭 { $count } warsi oo isku xiga oo aan laga jawaabin
calllist-reason-not-ok = 😟 wuxuu yiri "Ma fiicni", kadibna ma jawaabin
calllist-reason-followup-no = ❌ "Maya" ayuu ku jawaabay daba-gal ({ $need })
calllist-call-button = 📞 { $n } Bilow sheeko
calllist-done-button = ✅ { $n } Dhammaaday
calllist-outcome-question = ✅ Sidee ayay ahayd { $name }?
calllist-reached-button = 📞 Waa la helay
calllist-not-reached-button = 📵 Lama helin
calllist-referred-button = ↪️ Waa loo gudbiyay
calllist-recorded = ✅ { $name }: { $outcome }. Liiska waa laga saaray. Weli liiska ku jira: { $left }.
calllist-already-done = ✔️ Qofkan hadda kuma jiro liiska wicitaanka.
calllist-chat-started = 📞 Tigidhka #{ $ticket } adigaa leh. Adigu marka hore qor, mawduuciisa gudihiisa.
calllist-chat-note =
    📞 Wicitaan warsi oo ka yimid liiska: { $reason }. Waxaa bilaabay { $alias }.
    Qofka weli waxba looma sheegin. Fadlan adigu marka hore qor.
    Ma hayno lambarada taleefanka. Haddii wicitaan taleefan uu caawiyo, ku diyaari sheekadan.
calllist-has-ticket = 🎫 Qofkan horey ayuu u haystaa tigidhka #{ $ticket }. Fadlan isticmaal kaas.
calllist-blocked = 🚫 Qofkan wuu xannibay bot-ka. Uma qori karno.
tip-usage =
    ✍️ /tip en 💡 Taladaada, luqaddaas. Hal luqad fariin kasta.
    🗑 /tip clear en wuxuu tirtiraa hal luqad. /tip clear wuxuu tirtiraa dhammaan.
    Luqad aan talo lahayn talo ma hesho, marnaba tan Ingiriisiga ah. Talada waxaa la muujiyaa 7 maalmood.
tip-set =
    ✅ Talada toddobaadka ee { $language }, kadib 🙂 Waan fiicanahay, { $days } maalmood:
    { $tip }
tip-cleared = ✅ Talada waa la tirtiray: { $languages }.
tip-invalid = ⚠️ Lama keydin: { $problem }.
tip-list-title = 💡 Talooyinka toddobaadka:
tip-list-line = • { $language }: { $tip }
tip-list-expired = • { $language } (ka da' weyn toddobaad, lama muujiyo): { $tip }
tip-list-empty = 💡 Ma jirto talada toddobaadka.
tip-list-missing = Talo la'aan: { $languages }
