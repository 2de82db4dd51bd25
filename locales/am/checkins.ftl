## Locale: am (Amharic, አማርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Welfare check-ins. Short sentences. Keep emoji, numbers and /commands as they are.
## The staff part is shown in English; it is drafted here so every key exists.

## The offer, right after agreeing to the privacy notice, and /checkins

checkin-offer =
    💚 አልፎ አልፎ ደህንነትዎን ልንጠይቅ እንችላለን?
    አንድ አጭር መልእክት እንልካለን: "እንዴት ነዎት?" በአንድ መንካት ይመልሳሉ።
    የምንይዘው ምርጫዎን እና የመለሱበትን ሰዓት ብቻ ነው። በማንኛውም ጊዜ ማቆም ይችላሉ።
checkin-weekly-button = 📅 በየሳምንቱ
checkin-fortnightly-button = 🗓️ በየሁለት ሳምንቱ
checkin-decline-button = 🔕 አይ፣ አመሰግናለሁ
checkin-when-question = 🕘 ለመልእክት የቀኑ የትኛው ሰዓት ይሻላል?
checkin-morning-button = 🌅 ጠዋት
checkin-afternoon-button = ☀️ ከሰዓት
checkin-evening-button = 🌆 ምሽት
checkin-status =
    🔔 የደህንነት ጥያቄ: { $cadence ->
        [weekly] በየሳምንቱ
        [fortnightly] በየሁለት ሳምንቱ
       *[off] ቆሟል
    }
    🕘 የቀኑ ሰዓት: { $window ->
        [morning] ጠዋት
        [afternoon] ከሰዓት
       *[evening] ምሽት
    }
    ለመቀየር አንድ ቁልፍ ይንኩ።
checkin-saved =
    ✅ ተቀምጧል። { $cadence ->
        [weekly] በየሳምንቱ
       *[fortnightly] በየሁለት ሳምንቱ
    }፣ { $window ->
        [morning] ጠዋት
        [afternoon] ከሰዓት
       *[evening] ምሽት
    } ደህንነትዎን እንጠይቃለን።
    ለመቀየር ወይም ለማቆም: /checkins
checkin-stopped = 🔕 የደህንነት ጥያቄ ቆሟል። የደህንነት ጥያቄ ወይም የክትትል ጥያቄ አንልክም። እንደገና ለመጀመር: /checkins
checkin-stop-button = 🔕 የደህንነት ጥያቄን አቁም
checkin-needs-consent = 🔒 ለደህንነት ጥያቄ ትንሽ መረጃ መያዝ አለብን። እባክዎ መጀመሪያ ይህን ያንብቡ።

## The check-in

checkin-question =
    💚 ሰላም ከFirstport። { $cadence ->
        [fortnightly] ባለፉት ሁለት ሳምንታት
       *[weekly] በዚህ ሳምንት
    } እንዴት ነዎት?
    አንድ መልስ ይንኩ። እነዚህን መልእክቶች ለማቆም 🔕 ይንኩ።
checkin-ok-button = 🙂 ደህና ነኝ
checkin-help-button = 🤔 በአንድ ነገር እርዳታ እፈልጋለሁ
checkin-bad-button = 😟 ደህና አይደለሁም
checkin-sos-button = 🆘 አስቸኳይ እርዳታ
checkin-ok-thanks = 🙂 ስለነገሩን እናመሰግናለን። ከፈለጉን እዚህ አለን።
checkin-help-menu = 🤔 በምን እርዳታ ይፈልጋሉ? ከታች ይምረጡ።
checkin-bad-question = 😟 ነገሮች ከባድ በመሆናቸው እናዝናለን። ከቡድናችን አንድ ሰው እዚህ እንዲያገኝዎት ይፈልጋሉ?
checkin-bad-yes-button = ✅ አዎ፣ እባክዎ
checkin-bad-no-button = ✖️ አይ፣ አመሰግናለሁ
checkin-bad-declined = 💚 ችግር የለም። በማንኛውም ጊዜ ሲያስፈልጉን እዚህ አለን። ነፃ ቁጥሮቹ ከላይ ናቸው። ከታች ደግሞ መምረጥ ይችላሉ።

## Under a follow-up question

followup-yes-button = ✅ አዎ
followup-no-button = ❌ አይ
followup-talk-button = 💬 ከሰው ጋር ይነጋገሩ
followup-yes-thanks = 🎉 ጥሩ ዜና ነው። ስለነገሩን እናመሰግናለን።
followup-no-intro = 💚 ስለነገሩን እናመሰግናለን። መረጃው እንደገና ይኸውና። ከቡድናችን አንድ ሰው ደግሞ እዚህ ሊያገኝዎት ይችላል።

## The tip of the week, after 🙂 OK

tip-of-the-week =
    💡 የሳምንቱ ምክር:
    { $tip }

## Command menu (setMyCommands); at most 256 characters

cmd-checkins = የደህንነት ጥያቄ: ስንት ጊዜ፣ ወይም ማቆም

## For staff and volunteers (shown in English in the staff chat)

staff-need-welfare = የደህንነት ጥሪ
checkin-weekly-summary =
    📊 የደህንነት ጥያቄዎች፣ ከ{ $first } እስከ { $last }
    📨 የተላኩ: { $sent } · መልስ ያገኙ: { $answered }
    🙂 { $ok } · 🤔 { $help } · 😟 { $bad } · 🆘 { $sos }
    🔁 የተላኩ ክትትሎች: { $followups } · ⏸️ የተላለፉ: { $postponed }
    📞 አሁን በደህንነት ጥሪ ዝርዝር ላይ: { $calllist }
    🚫 ቦቱን ያገዱ: { $blocked } ({ $newblocked } በዚህ ሳምንት)
checkin-offdays-title = 📅 በእነዚህ ቀናት የደህንነት ጥያቄ፣ ክትትል ወይም ሌላ መልእክት የለም: { $days }
checkin-offdays-none = 📅 እንደ እረፍት የተመለከተ ቀን የለም።
checkin-offdays-usage = ✍️ /offdays add 2026-12-25 2026-12-26፣ ወይም ጊዜ: /offdays add 2026-12-24..2027-01-01። ለመሰረዝ: /offdays remove 2026-12-25
calllist-title =
    📞 የደህንነት ጥሪ ዝርዝር: { $count ->
        [one] 1 ሰው
       *[other] { $count } ሰዎች
    }
calllist-empty = 📞 የደህንነት ጥሪ ዝርዝሩ ባዶ ነው።
calllist-line = { $n }. { $name } · { $language } · { $reason }
calllist-more = …እና ሌሎች { $count }።
calllist-reason-missed = 📭 በተከታታይ { $count } የደህንነት ጥያቄዎች ያለ መልስ
calllist-reason-not-ok = 😟 "ደህና አይደለሁም" አለ፣ ከዚያ አልመለሰም
calllist-reason-followup-no = ❌ ለክትትል "አይ" አለ ({ $need })
calllist-call-button = 📞 { $n } ውይይት ጀምር
calllist-done-button = ✅ { $n } ተጠናቋል
calllist-outcome-question = ✅ ከ{ $name } ጋር እንዴት ሄደ?
calllist-reached-button = 📞 ተገኝቷል
calllist-not-reached-button = 📵 አልተገኘም
calllist-referred-button = ↪️ ተልኳል
calllist-recorded = ✅ { $name }: { $outcome }። ከዝርዝሩ ወጥቷል። አሁንም በዝርዝሩ ላይ: { $left }።
calllist-already-done = ✔️ ይህ ሰው ከአሁን በኋላ በጥሪ ዝርዝሩ ላይ የለም።
calllist-chat-started = 📞 ቲኬት #{ $ticket } የእርስዎ ነው። መጀመሪያ እርስዎ ይጻፉ፣ በርዕሱ ውስጥ።
calllist-chat-note =
    📞 ከዝርዝሩ የደህንነት ጥሪ: { $reason }። የጀመረው: { $alias }።
    ለዚህ ሰው እስካሁን ምንም አልተነገረም። እባክዎ መጀመሪያ እርስዎ ይጻፉ።
    የስልክ ቁጥሮችን አንይዝም። የስልክ ጥሪ የሚረዳ ከሆነ፣ በዚህ ውይይት ውስጥ ያዘጋጁት።
calllist-has-ticket = 🎫 ይህ ሰው ቲኬት #{ $ticket } አለው። እባክዎ እሱን ይጠቀሙ።
calllist-blocked = 🚫 ይህ ሰው ቦቱን አግዶታል። ልንጽፍለት አንችልም።
tip-usage =
    ✍️ /tip en 💡 የእርስዎ ምክር፣ በዚያ ቋንቋ። በእያንዳንዱ መልእክት አንድ ቋንቋ።
    🗑 /tip clear en አንድ ቋንቋ ያስወግዳል። /tip clear ሁሉንም ያስወግዳል።
    ምክር የሌለው ቋንቋ ምክር አያገኝም፣ የእንግሊዝኛውን በጭራሽ። ምክር ለ7 ቀናት ይታያል።
tip-set =
    ✅ የሳምንቱ ምክር ለ{ $language }፣ ከ🙂 ደህና ነኝ በኋላ ለ{ $days } ቀናት:
    { $tip }
tip-cleared = ✅ ምክሩ ተወግዷል: { $languages }።
tip-invalid = ⚠️ አልተቀመጠም: { $problem }።
tip-list-title = 💡 የሳምንቱ ምክሮች:
tip-list-line = • { $language }: { $tip }
tip-list-expired = • { $language } (ከሳምንት በላይ የቆየ፣ አይታይም): { $tip }
tip-list-empty = 💡 የሳምንቱ ምክር አልተዘጋጀም።
tip-list-missing = ምክር የሌላቸው: { $languages }
