## Locale: am (Amharic, አማርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📣 Staff broadcasts. First what clients see (template notices, the "(English)" marker and
## the buttons), then the staff wizard. The staff texts are an AI-assisted machine draft too,
## like the client texts (the staff chat itself uses STAFF_LOCALE, which is English).

## Template notices. Site names come from the directory; dates and times are formatted for
## this language.

notice-closed = ⛔ በ{ $site } ያለው drop-in በ{ $date } ዝግ ነው።
notice-moved = 📍 በ{ $date } ያለው drop-in ወደ { $site } ተዛውሯል፣ በ{ $time }።
notice-esol = 📚 አዲስ የእንግሊዝኛ (ESOL) ክፍል በ{ $date } ይጀምራል። በdrop-in ይመዝገቡ።

## Free text sent in English to someone whose language has no version

broadcast-in-english = (በእንግሊዝኛ)

## Buttons on a broadcast

broadcast-got-it = 👍 ገባኝ
broadcast-book-button = 📅 ቀጠሮ ይያዙ
broadcast-thanks = 👍 እናመሰግናለን።

## The wizard (staff)

broadcast-kind-question = 📣 አዲስ የጅምላ መልእክት #{ $id }። ምን ዓይነት?
broadcast-kind-template = 📋 የተዘጋጀ ማስታወቂያ
broadcast-kind-text = ✏️ ነጻ ጽሑፍ
broadcast-template-question = የትኛው ማስታወቂያ? አስቀድሞ በሁሉም ቋንቋዎች ተጽፏል።
broadcast-notice-closed = ⛔ Drop-in ዝግ ነው
broadcast-notice-moved = 📍 Drop-in ተዛውሯል
broadcast-notice-esol = 📚 አዲስ የESOL ክፍል
broadcast-session-question = ስለ የትኛው የdrop-in ክፍለ ጊዜ ነው?
broadcast-no-sessions = በሚቀጥሉት 4 ሳምንታት ውስጥ ምንም የdrop-in ክፍለ ጊዜ የለም፣ ስለዚህ የሚነገር ማስታወቂያ የለም።
broadcast-card =
    📣 የጅምላ መልእክት #{ $id } (ረቂቅ)
    ይዘት: { $kind }
    ስሪቶች: { $versions }
    ተቀባዮች: { $audience } → { $total } ሰዎች ({ $counts })
    ስሪት የሌላቸው ቋንቋዎች: { $missing } → { $choice }
    ቁልፍ: { $button }
    መቼ: { $when }
broadcast-help-card =
    ተቀባዮች: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N (በAND ይጣመራሉ)
    ሰዓት: /broadcast at YYYY-MM-DD HH:MM (Europe/London) | /broadcast at now
    ነጻ ጽሑፍ: /version LANGUAGE text (ለእያንዳንዱ ቋንቋ አንድ፤ ይህን መግለጫ (caption) የያዘ ፎቶ ፎቶውንም ያክላል)
broadcast-now = አሁን (now)
broadcast-everyone-button = 👥 ሁሉም ሰው
broadcast-booked-button = 📅 በዚህ ክፍለ ጊዜ ቀጠሮ የያዙ
broadcast-button-none = ቁልፍ የለም
broadcast-button-ack = 👍 ገባኝ
broadcast-button-book = 📅 የቀጠሮ ማስያዣ ሊንክ
broadcast-missing-skip = ለእነዚያ ሰዎች አይላክ
broadcast-missing-english = እንግሊዝኛውን ይላክ፣ "(በእንግሊዝኛ)" ምልክት ተደርጎበት
broadcast-preview-button = 👁 ቅድመ እይታ እና ማረጋገጫ
broadcast-cancel-button = ✖ ሰርዝ
broadcast-send-button = ✅ ላክ
broadcast-preview-header = 👁 { $lang } · { $count } ሰዎች · { $how } (own = የራሳቸው ቋንቋ ስሪት፣ english = "(በእንግሊዝኛ)" ምልክት የተደረገበት የእንግሊዝኛ ስሪት፣ skip = አይላክም)
broadcast-confirm =
    📣 የጅምላ መልእክት #{ $id }: { $total } ሰዎች
    { $lines }
    መቼ: { $when } · የሁለተኛ ሠራተኛ ማጽደቅ ያስፈልገዋል: { $approval }
    ለማረጋገጥ ✅ ላክ የሚለውን ይጫኑ።
broadcast-need-kind = መጀመሪያ ዓይነቱን ይምረጡ።
broadcast-need-template = መጀመሪያ ማስታወቂያውን እና ክፍለ ጊዜውን ይምረጡ።
broadcast-need-version = መጀመሪያ ጽሑፍ ያክሉ: /version en የእርስዎ ጽሑፍ
broadcast-nobody = በእነዚህ ተቀባዮች ውስጥ ማንም የለም።
broadcast-need-missing-choice = በተቀባዮቹ መካከል አንዳንድ ቋንቋዎች ስሪት የላቸውም: "ለእነዚያ ሰዎች አይላክ" ወይም "እንግሊዝኛውን ይላክ" ይምረጡ።
broadcast-need-english = ለሌሎቹ ቋንቋዎች እንግሊዝኛ ለመላክ፣ የእንግሊዝኛ ስሪት ያክሉ: /version en የእርስዎ ጽሑፍ
broadcast-need-preview = መጀመሪያ ቅድመ እይታውን ይመልከቱ: እያንዳንዱ ስሪት ከመላኩ በፊት ይታያል።
broadcast-started = 📣 የጅምላ መልእክት #{ $id } ለ{ $total } ሰዎች እየተላከ ነው። ሂደቱ በሠራተኞች ውይይት ውስጥ ይታያል፤ /broadcast_cancel ያቆመዋል።
broadcast-scheduled = 🕒 የጅምላ መልእክት #{ $id } በ{ $when } (Europe/London) ይጀምራል።
broadcast-awaiting = ⏳ የጅምላ መልእክት #{ $id } ለ{ $total } ሰዎች ይሄዳል፣ ይህም ከ{ $threshold } በላይ ነው: ሁለተኛ ሠራተኛ በሠራተኞች ውይይት ውስጥ አጽድቅ የሚለውን መጫን አለበት።
broadcast-approval-request = ⏳ ለ{ $total } ሰዎች የሚሄደው የጅምላ መልእክት #{ $id } የሁለተኛ ሠራተኛ ማጽደቅ ያስፈልገዋል።
broadcast-approve-button = ✅ አጽድቅ
broadcast-approve-self = ይህን የጅምላ መልእክት የፈጠሩት እርስዎ ነዎት: ሌላ ሠራተኛ ማጽደቅ አለበት።
broadcast-approved = ✅ የጅምላ መልእክት #{ $id } ጸድቋል።
broadcast-gone = ይህ የጅምላ መልእክት ከአሁን በኋላ ያንን እየጠበቀ አይደለም።
broadcast-dropped = ✖ የጅምላ መልእክት #{ $id } ተትቷል።
broadcast-no-draft = የነጻ ጽሑፍ የጅምላ መልእክት ረቂቅ የለም። /broadcast በመጠቀም አንድ ይጀምሩ።
broadcast-usage = ይጠቀሙ: /broadcast, /broadcast to …, /broadcast at …
broadcast-version-usage = ይጠቀሙ: /version LANGUAGE text። ቋንቋዎች: { $locales }
broadcast-version-saved = ✅ የ{ $lang } ስሪት ተቀምጧል (ያከለው: { $by })።
broadcast-audience-usage = ይጠቀሙ: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N
broadcast-at-usage = ይጠቀሙ: /broadcast at YYYY-MM-DD HH:MM (ወደፊት ያለ ሰዓት፣ Europe/London) ወይም /broadcast at now
broadcast-cancelled = ✖ የጅምላ መልእክት #{ $id } ተሰርዟል። የተላከው እንደተላከ ይቆያል።
broadcast-nothing-to-cancel = የሚሰረዝ የጅምላ መልእክት የለም።
broadcast-edit-usage = ይጠቀሙ: /broadcast_edit ID LANGUAGE corrected text
broadcast-edit-template = ሊስተካከል የሚችለው የነጻ ጽሑፍ የጅምላ መልእክት የቋንቋ ስሪት ብቻ ነው። የተዘጋጀ ማስታወቂያ ከሆነ፣ ይሰርዙት እና የተስተካከለ ማስታወቂያ ይላኩ።
broadcast-edited = ✏️ የጅምላ መልእክት #{ $id }: በ{ $lang } የተላኩ { $count } ቅጂዎች እየተስተካከሉ ነው።
broadcast-delete-usage = ይጠቀሙ: /broadcast_delete ID (የተላከ የጅምላ መልእክት)
broadcast-deleted = 🗑 የጅምላ መልእክት #{ $id }: { $count } ቅጂዎች እየተሰረዙ ነው።
broadcast-unknown = የተላከ የጅምላ መልእክት #{ $id } የለም።
broadcast-progress =
    📣 የጅምላ መልእክት #{ $id }
    { $bar } { $percent }%
    ✅ የተላኩ { $sent } · ❌ ያልተሳኩ { $failed } · ⏳ የቀሩ { $left } · ለማለቅ { $eta } ገደማ ይቀራል
broadcast-report =
    📣 የጅምላ መልእክት #{ $id }: የመጨረሻ ሪፖርት
    ሰዎች: { $total }
    ✅ የደረሳቸው: { $sent }
    ❌ ያልደረሳቸው: ቦቱን ያገዱ { $blocked } · አካውንታቸው የጠፋ { $gone } · ተቀባይነት ያላገኘ ወይም የተተወ { $failed }
    ➖ ያልተላከላቸው: በቋንቋቸው ስሪት የሌለ { $skipped } · የዕለት ገደብ የደረሰ { $capped } · የተሰረዘ { $cancelled }
    በቋንቋ (የደረሳቸው/ሰዎች): { $languages }
    የቁልፍ መጫኖች: { $pressed }
