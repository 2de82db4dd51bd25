## Locale: ti (Tigrinya, ትግርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Welfare check-ins. Short sentences. Keep emoji, numbers and /commands as they are.
## The staff part is shown in English; it is drafted here so every key exists.

## The offer, right after agreeing to the privacy notice, and /checkins

checkin-offer =
    💚 ሓሓሊፍና ኩነታትኩም ክንሓትት ንኽእል ዶ?
    ሓጺር መልእኽቲ ንሰድድ: "ከመይ ኣለኹም?" ብሓደ ምጥዋቕ ትምልሱ።
    ምርጫኹምን ዝመለስኩምሉ ግዜን ጥራይ ኢና እንሕዝ። ኣብ ዝኾነ ግዜ ከተቋርጽዎ ትኽእሉ ኢኹም።
checkin-weekly-button = 📅 ኣብ ሰሙን ሓደ ግዜ
checkin-fortnightly-button = 🗓️ ኣብ ክልተ ሰሙን ሓደ ግዜ
checkin-decline-button = 🔕 የለን፣ የቐንየለይ
checkin-when-question = 🕘 ንመልእኽቲ ኣየናይ ግዜ መዓልቲ ይሓይሽ?
checkin-morning-button = 🌅 ንግሆ
checkin-afternoon-button = ☀️ ድሕሪ ቐትሪ
checkin-evening-button = 🌆 ምሸት
checkin-status =
    🔔 ሕቶ ኩነታት: { $cadence ->
        [weekly] ኣብ ሰሙን ሓደ ግዜ
        [fortnightly] ኣብ ክልተ ሰሙን ሓደ ግዜ
       *[off] ጠጠው ኢሉ
    }
    🕘 ግዜ መዓልቲ: { $window ->
        [morning] ንግሆ
        [afternoon] ድሕሪ ቐትሪ
       *[evening] ምሸት
    }
    ንምቕያር ሓደ መልጎም ጠውቑ።
checkin-saved =
    ✅ ተዓቂቡ። { $cadence ->
        [weekly] ኣብ ሰሙን ሓደ ግዜ
       *[fortnightly] ኣብ ክልተ ሰሙን ሓደ ግዜ
    }፣ { $window ->
        [morning] ንግሆ
        [afternoon] ድሕሪ ቐትሪ
       *[evening] ምሸት
    }፣ ኩነታትኩም ክንሓትት ኢና።
    ንምቕያር ወይ ንምቁራጽ: /checkins
checkin-stopped = 🔕 ሕቶ ኩነታት ጠጠው ኢሉ ኣሎ። ሕቶ ኩነታት ወይ ናይ ክትትል ሕቶ ኣይንሰድድን ኢና። እንደገና ንምጅማር: /checkins
checkin-stop-button = 🔕 ሕቶ ኩነታት ኣቋርጽ
checkin-needs-consent = 🔒 ንሕቶ ኩነታት ቁሩብ ሓበሬታ ክንሕዝ ኣሎና። በጃኹም መጀመርታ እዚ ኣንብቡ።

## The check-in

checkin-question =
    💚 ሰላም ካብ Firstport። { $cadence ->
        [fortnightly] ኣብዞም ዝሓለፉ ክልተ ሰሙናት
       *[weekly] ኣብዚ ሰሙን
    } ከመይ ኣለኹም?
    ሓደ መልሲ ጠውቑ። እዞም መልእኽትታት ንምቁራጽ 🔕 ጠውቑ።
checkin-ok-button = 🙂 ደሓን እየ
checkin-help-button = 🤔 ኣብ ሓደ ነገር ሓገዝ የድልየኒ
checkin-bad-button = 😟 ደሓን ኣይኮንኩን
checkin-sos-button = 🆘 ህጹጽ ሓገዝ
checkin-ok-thanks = 🙂 ስለ ዝነገርኩምና የቐንየልና። እንተ ኣድሊናኩም ኣብዚ ኣለና።
checkin-help-menu = 🤔 ኣብ እንታይ ሓገዝ የድልየኩም? ኣብ ታሕቲ ምረጹ።
checkin-bad-question = 😟 ነገራት ስለ ዝኸበዱ ነሕዝን። ካብ ጉጅለና ሓደ ሰብ ኣብዚ ክረኽበኩም ትደልዩ ዶ?
checkin-bad-yes-button = ✅ እወ፣ በጃኹም
checkin-bad-no-button = ✖️ የለን፣ የቐንየለይ
checkin-bad-declined = 💚 ጽቡቕ። ኣብ ዘድልየኩም ግዜ ኩሉ ኣብዚ ኣለና። ናጻ ቁጽርታት ኣብ ላዕሊ ኣለዉ። ኣብ ታሕቲ እውን ክትመርጹ ትኽእሉ ኢኹም።

## Under a follow-up question

followup-yes-button = ✅ እወ
followup-no-button = ❌ የለን
followup-talk-button = 💬 ምስ ሰብ ተዛረቡ
followup-yes-thanks = 🎉 ጽቡቕ ዜና። ስለ ዝነገርኩምና የቐንየልና።
followup-no-intro = 💚 ስለ ዝነገርኩምና የቐንየልና። እዚ ሓበሬታ እንደገና እዩ። ካብ ጉጅለና ሓደ ሰብ እውን ኣብዚ ክረኽበኩም ይኽእል እዩ።

## The tip of the week, after 🙂 OK

tip-of-the-week =
    💡 ምኽሪ ናይዚ ሰሙን:
    { $tip }

## Command menu (setMyCommands); at most 256 characters

cmd-checkins = ሕቶ ኩነታት: ክንደይ ግዜ፣ ወይ ምቁራጽ

## For staff and volunteers (shown in English in the staff chat)

staff-need-welfare = ናይ ኩነታት ምሕታት ደወል
checkin-weekly-summary =
    📊 ሕቶ ኩነታት፣ ካብ { $first } ክሳብ { $last }
    📨 ዝተላእኹ: { $sent } · ዝተመለሱ: { $answered }
    🙂 { $ok } · 🤔 { $help } · 😟 { $bad } · 🆘 { $sos }
    🔁 ዝተላእኹ ክትትላት: { $followups } · ⏸️ ዝተደናጐዩ: { $postponed }
    📞 ሕጂ ኣብ ዝርዝር ደወል ኩነታት: { $calllist }
    🚫 ነቲ ቦት ዝዓገቱ: { $blocked } ({ $newblocked } ኣብዚ ሰሙን)
checkin-offdays-title = 📅 ኣብዞም መዓልታት ሕቶ ኩነታት፣ ክትትል ወይ ካልእ መልእኽቲ የለን: { $days }
checkin-offdays-none = 📅 ከም ዕረፍቲ ዝተመልከተ መዓልቲ የለን።
checkin-offdays-usage = ✍️ /offdays add 2026-12-25 2026-12-26፣ ወይ ግዜ: /offdays add 2026-12-24..2027-01-01። ንምስራዝ: /offdays remove 2026-12-25
calllist-title =
    📞 ዝርዝር ደወል ኩነታት: { $count ->
        [one] 1 ሰብ
       *[other] { $count } ሰባት
    }
calllist-empty = 📞 ዝርዝር ደወል ኩነታት ባዶ እዩ።
calllist-line = { $n }. { $name } · { $language } · { $reason }
calllist-more = …ከምኡ'ውን { $count } ካልኦት።
calllist-reason-missed = 📭 { $count } ተኸታተልቲ ሕቶ ኩነታት ብዘይ መልሲ
calllist-reason-not-ok = 😟 "ደሓን ኣይኮንኩን" በለ፣ ድሕሪኡ ኣይመለሰን
calllist-reason-followup-no = ❌ ንክትትል "የለን" በለ ({ $need })
calllist-call-button = 📞 { $n } ዕላል ጀምር
calllist-done-button = ✅ { $n } ተወዲኡ
calllist-outcome-question = ✅ ምስ { $name } ከመይ ከይዱ?
calllist-reached-button = 📞 ተረኺቡ
calllist-not-reached-button = 📵 ኣይተረኽበን
calllist-referred-button = ↪️ ተመሓላሊፉ
calllist-recorded = ✅ { $name }: { $outcome }። ካብ ዝርዝር ወጺኡ። ገና ኣብ ዝርዝር: { $left }።
calllist-already-done = ✔️ እዚ ሰብ ድሕሪ ሕጂ ኣብ ዝርዝር ደወል የለን።
calllist-chat-started = 📞 ቲኬት #{ $ticket } ናትኩም እዩ። መጀመርታ ንስኹም ጽሓፉ፣ ኣብ ኣርእስቱ።
calllist-chat-note =
    📞 ካብ ዝርዝር ደወል ኩነታት: { $reason }። ዝጀመሮ: { $alias }።
    ነዚ ሰብ ገና ዝተነግሮ ነገር የለን። በጃኹም መጀመርታ ንስኹም ጽሓፉ።
    ቁጽሪ ተሌፎን ኣይንሕዝን ኢና። ደወል ተሌፎን እንተ ሓጊዙ፣ ኣብዚ ዕላል ኣዳልዉዎ።
calllist-has-ticket = 🎫 እዚ ሰብ ድሮ ቲኬት #{ $ticket } ኣለዎ። በጃኹም ንሱ ተጠቐሙ።
calllist-blocked = 🚫 እዚ ሰብ ነቲ ቦት ዓጊትዎ ኣሎ። ክንጽሕፈሉ ኣይንኽእልን።
tip-usage =
    ✍️ /tip en 💡 ምኽርኹም፣ በቲ ቋንቋ። ኣብ ነፍሲ ወከፍ መልእኽቲ ሓደ ቋንቋ።
    🗑 /tip clear en ሓደ ቋንቋ የልግስ። /tip clear ኩሉ የልግስ።
    ምኽሪ ዘይብሉ ቋንቋ ምኽሪ ኣይረክብን፣ ፈጺሙ ናይ እንግሊዝኛ ኣይኮነን። ምኽሪ ን 7 መዓልቲ ይርአ።
tip-set =
    ✅ ምኽሪ ናይዚ ሰሙን ን { $language }፣ ድሕሪ 🙂 ደሓን እየ ን { $days } መዓልቲ:
    { $tip }
tip-cleared = ✅ ምኽሪ ተኣልዩ: { $languages }።
tip-invalid = ⚠️ ኣይተዓቀበን: { $problem }።
tip-list-title = 💡 ምኽርታት ናይዚ ሰሙን:
tip-list-line = • { $language }: { $tip }
tip-list-expired = • { $language } (ካብ ሰሙን ዝበለጸ ኣረጊቱ፣ ኣይርአን): { $tip }
tip-list-empty = 💡 ናይዚ ሰሙን ምኽሪ የለን።
tip-list-missing = ምኽሪ ዘይብሎም: { $languages }
