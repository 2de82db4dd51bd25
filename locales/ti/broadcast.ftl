## Locale: ti (Tigrinya, ትግርኛ)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📣 Staff broadcasts. First what clients see (template notices, the "(English)" marker and
## the buttons), then the staff wizard. The staff texts are an AI-assisted machine draft too,
## like the client texts (the staff chat itself uses STAFF_LOCALE, which is English).

## Template notices. Site names come from the directory; dates and times are formatted for
## this language.

notice-closed = ⛔ ኣብ { $site } ዘሎ drop-in ብ { $date } ዕጹው እዩ።
notice-moved = 📍 drop-in ናይ { $date } ናብ { $site } ተቐይሩ ኣሎ፣ ሰዓት { $time }።
notice-esol = 📚 ሓድሽ ክፍሊ እንግሊዝኛ (ESOL) ብ { $date } ይጅምር። ኣብ drop-in ተመዝገቡ።

## Free text sent in English to someone whose language has no version

broadcast-in-english = (ብእንግሊዝኛ)

## Buttons on a broadcast

broadcast-got-it = 👍 ተረዲኡኒ
broadcast-book-button = 📅 ቆጸራ ሓዙ
broadcast-thanks = 👍 የቐንየልና።

## The wizard (staff)

broadcast-kind-question = 📣 ሓድሽ ሓፈሻዊ መልእኽቲ #{ $id }። እንታይ ዓይነት?
broadcast-kind-template = 📋 ድሉው ምልክታ
broadcast-kind-text = ✏️ ናጻ ጽሑፍ
broadcast-template-question = ኣየናይ ምልክታ? ድሮ ብኹሉ ቋንቋታት ተጻሒፉ ኣሎ።
broadcast-notice-closed = ⛔ Drop-in ዕጹው
broadcast-notice-moved = 📍 Drop-in ተቐይሩ
broadcast-notice-esol = 📚 ሓድሽ ክፍሊ ESOL
broadcast-session-question = ብዛዕባ ኣየናይ መዓልቲ drop-in እዩ?
broadcast-no-sessions = ኣብ ዝመጽእ 4 ሰሙን drop-in የለን፣ ስለዚ ዝሕበር ነገር የለን።
broadcast-card =
    📣 ሓፈሻዊ መልእኽቲ #{ $id } (ንድፊ)
    ትሕዝቶ: { $kind }
    ቅዳሓት: { $versions }
    ተቐበልቲ: { $audience } → { $total } ሰባት ({ $counts })
    ቅዳሕ ዘይብሎም ቋንቋታት: { $missing } → { $choice }
    መጠወቒ: { $button }
    መዓስ: { $when }
broadcast-help-card =
    ተቐበልቲ: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N (ብ AND ይተኣሳሰሩ)
    ግዜ: /broadcast at YYYY-MM-DD HH:MM (Europe/London) | /broadcast at now
    ናጻ ጽሑፍ: /version LANGUAGE text (ንነፍሲ ወከፍ ቋንቋ ሓደ፤ ነዚ ከም መግለጺ (caption) ዝሓዘ ስእሊ ነቲ ስእሊ እውን ይውስኾ)
broadcast-now = ሕጂ (now)
broadcast-everyone-button = 👥 ኩሉ ሰብ
broadcast-booked-button = 📅 ነዛ መዓልቲ ቆጸራ ዝሓዙ
broadcast-button-none = መጠወቒ የለን
broadcast-button-ack = 👍 ተረዲኡኒ
broadcast-button-book = 📅 ሊንክ ቆጸራ
broadcast-missing-skip = ነቶም ሰባት ዝለልዎም
broadcast-missing-english = እንግሊዝኛ ስደዱ፣ "(ብእንግሊዝኛ)" ተመልኪቱ
broadcast-preview-button = 👁 ቅድመ-ርእይቶን ምርግጋጽን
broadcast-cancel-button = ✖ ሰርዝ
broadcast-send-button = ✅ ስደድ
broadcast-preview-header = 👁 { $lang } · { $count } ሰባት · { $how } (own = ናይ ገዛእ ቋንቋኦም ቅዳሕ፣ english = "(ብእንግሊዝኛ)" ዝተመልከተ ናይ እንግሊዝኛ ቅዳሕ፣ skip = ኣይለኣኽን)
broadcast-confirm =
    📣 ሓፈሻዊ መልእኽቲ #{ $id }: { $total } ሰባት
    { $lines }
    መዓስ: { $when } · ፍቓድ ካልኣይ ሰራሕተኛ የድልዮ: { $approval }
    ንምርግጋጽ ✅ ስደድ ጠውቑ።
broadcast-need-kind = መጀመርታ ዓይነት ምረጹ።
broadcast-need-template = መጀመርታ ነቲ ምልክታን መዓልቱን ምረጹ።
broadcast-need-version = መጀመርታ ጽሑፍ ወስኹ: /version en ጽሑፍኩም
broadcast-nobody = ኣብዞም ተቐበልቲ ዋላ ሓደ ሰብ የለን።
broadcast-need-missing-choice = ኣብቶም ተቐበልቲ ዘለዉ ገለ ቋንቋታት ቅዳሕ የብሎምን: "ነቶም ሰባት ዝለልዎም" ወይ "እንግሊዝኛ ስደዱ" ምረጹ።
broadcast-need-english = ንኻልኦት ቋንቋታት እንግሊዝኛ ንምስዳድ፣ ናይ እንግሊዝኛ ቅዳሕ ወስኹ: /version en ጽሑፍኩም
broadcast-need-preview = መጀመርታ ቅድመ-ርእይቶ ርኣዩ: ነፍሲ ወከፍ ቅዳሕ ቅድሚ ምልኣኹ ይርአ።
broadcast-started = 📣 ሓፈሻዊ መልእኽቲ #{ $id } ናብ { $total } ሰባት ይለኣኽ ኣሎ። ምዕባለ ኣብ ዕላል ሰራሕተኛታት ይርአ፤ /broadcast_cancel የቋርጾ።
broadcast-scheduled = 🕒 ሓፈሻዊ መልእኽቲ #{ $id } ብ { $when } (Europe/London) ክጅምር እዩ።
broadcast-awaiting = ⏳ ሓፈሻዊ መልእኽቲ #{ $id } ናብ { $total } ሰባት ይኸይድ፣ ካብ { $threshold } ንላዕሊ: ካልኣይ ሰራሕተኛ ኣብ ዕላል ሰራሕተኛታት ኣጽድቕ ክጥውቕ ኣለዎ።
broadcast-approval-request = ⏳ ሓፈሻዊ መልእኽቲ #{ $id } ናብ { $total } ሰባት ፍቓድ ካልኣይ ሰራሕተኛ የድልዮ።
broadcast-approve-button = ✅ ኣጽድቕ
broadcast-approve-self = ነዚ ሓፈሻዊ መልእኽቲ ዝፈጠርኩምዎ ንስኹም ኢኹም: ካልእ ሰራሕተኛ ከጽድቖ ኣለዎ።
broadcast-approved = ✅ ሓፈሻዊ መልእኽቲ #{ $id } ጸዲቑ።
broadcast-gone = እዚ ሓፈሻዊ መልእኽቲ ድሕሪ ሕጂ ነዚ ኣይጽበን እዩ።
broadcast-dropped = ✖ ሓፈሻዊ መልእኽቲ #{ $id } ተሓዲጉ።
broadcast-no-draft = ናይ ናጻ ጽሑፍ ሓፈሻዊ መልእኽቲ ንድፊ የለን። ብ /broadcast ሓደ ጀምሩ።
broadcast-usage = ተጠቐሙ: /broadcast, /broadcast to …, /broadcast at …
broadcast-version-usage = ተጠቐሙ: /version LANGUAGE text። ቋንቋታት: { $locales }
broadcast-version-saved = ✅ ቅዳሕ { $lang } ተዓቂቡ (ዝወሰኾ: { $by })።
broadcast-audience-usage = ተጠቐሙ: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N
broadcast-at-usage = ተጠቐሙ: /broadcast at YYYY-MM-DD HH:MM (ዝመጽእ ግዜ፣ Europe/London) ወይ /broadcast at now
broadcast-cancelled = ✖ ሓፈሻዊ መልእኽቲ #{ $id } ተሰሪዙ። እቲ ዝተላእከ ተላኢኹ ይተርፍ።
broadcast-nothing-to-cancel = ዝስረዝ ሓፈሻዊ መልእኽቲ የለን።
broadcast-edit-usage = ተጠቐሙ: /broadcast_edit ID LANGUAGE corrected text
broadcast-edit-template = ክእረም ዝኽእል ናይ ቋንቋ ቅዳሕ ናይ ናጻ ጽሑፍ ሓፈሻዊ መልእኽቲ ጥራይ እዩ። ድሉው ምልክታ እንተኾይኑ፣ ሰርዝዎ እሞ ዝተኣረመ ምልክታ ስደዱ።
broadcast-edited = ✏️ ሓፈሻዊ መልእኽቲ #{ $id }: ብ { $lang } ዝተላእኩ { $count } መልእኽትታት ይእረሙ ኣለዉ።
broadcast-delete-usage = ተጠቐሙ: /broadcast_delete ID (ዝተላእከ ሓፈሻዊ መልእኽቲ)
broadcast-deleted = 🗑 ሓፈሻዊ መልእኽቲ #{ $id }: { $count } መልእኽትታት ይስረዙ ኣለዉ።
broadcast-unknown = ዝተላእከ ሓፈሻዊ መልእኽቲ #{ $id } የለን።
broadcast-progress =
    📣 ሓፈሻዊ መልእኽቲ #{ $id }
    { $bar } { $percent }%
    ✅ ተላኢኹ { $sent } · ❌ ኣይሰለጠን { $failed } · ⏳ ተሪፉ { $left } · ዳርጋ { $eta } ተሪፉ
broadcast-report =
    📣 ሓፈሻዊ መልእኽቲ #{ $id }: ናይ መወዳእታ ጸብጻብ
    ሰባት: { $total }
    ✅ በጺሑ: { $sent }
    ❌ ኣይበጽሐን: ነቲ ቦት ዝዓገቱ { $blocked } · ኣካውንቶም ዝጠፍአ { $gone } · ተነጺጉ ወይ ተሓዲጉ { $failed }
    ➖ ኣይተላእከን: ብቋንቋኦም ቅዳሕ የለን { $skipped } · ዕለታዊ ደረት በጺሑ { $capped } · ተሰሪዙ { $cancelled }
    ብቋንቋ (በጺሑ/ሰባት): { $languages }
    ምጥዋቕ መጠወቒ: { $pressed }
