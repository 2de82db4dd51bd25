## Locale: sq (Albanian, Shqip)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📣 Staff broadcasts. First what clients see (template notices, the "(English)" marker and
## the buttons), then the staff wizard. The staff texts are shown in English (STAFF_LOCALE); here
## they are an AI draft in this language too, like the client texts.

## Template notices. Site names come from the directory; dates and times are formatted for
## this language.

notice-closed = ⛔ Qendra e pritjes (drop-in) në { $site } është e mbyllur më { $date }.
notice-moved = 📍 Qendra e pritjes (drop-in) e { $date } u zhvendos në { $site }, në orën { $time }.
notice-esol = 📚 Një kurs i ri anglishteje (ESOL) fillon më { $date }. Regjistrohuni në qendrën e pritjes.

## Free text sent in English to someone whose language has no version

broadcast-in-english = (në anglisht)

## Buttons on a broadcast

broadcast-got-it = 👍 E kuptova
broadcast-book-button = 📅 Rezervoni një orë
broadcast-thanks = 👍 Faleminderit.

## The wizard (staff)

broadcast-kind-question = 📣 Mesazh masiv i ri #{ $id }. Çfarë lloji?
broadcast-kind-template = 📋 Njoftim model
broadcast-kind-text = ✏️ Tekst i lirë
broadcast-template-question = Cili njoftim? Është shkruar tashmë në çdo gjuhë.
broadcast-notice-closed = ⛔ Qendra e pritjes e mbyllur
broadcast-notice-moved = 📍 Qendra e pritjes u zhvendos
broadcast-notice-esol = 📚 Kurs i ri ESOL
broadcast-session-question = Për cilën seancë të qendrës së pritjes bëhet fjalë?
broadcast-no-sessions = Nuk ka seanca të qendrës së pritjes në 4 javët e ardhshme, prandaj nuk ka asgjë për të njoftuar.
broadcast-card =
    📣 Mesazh masiv #{ $id } (skicë)
    Përmbajtja: { $kind }
    Versionet: { $versions }
    Marrësit: { $audience } → { $total } persona ({ $counts })
    Gjuhët pa version: { $missing } → { $choice }
    Butoni: { $button }
    Kur: { $when }
broadcast-help-card =
    Marrësit: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N (kriteret kombinohen me AND: duhet të plotësohen të gjitha)
    Koha: /broadcast at YYYY-MM-DD HH:MM (Europe/London) | /broadcast at now
    Tekst i lirë: /version LANGUAGE text (një për çdo gjuhë; një foto me atë përshkrim shton foton)
broadcast-now = tani
broadcast-everyone-button = 👥 Të gjithë
broadcast-booked-button = 📅 Të rezervuarit në këtë seancë
broadcast-button-none = Pa buton
broadcast-button-ack = 👍 E kuptova
broadcast-button-book = 📅 Lidhja e rezervimit
broadcast-missing-skip = Anashkalo këta persona
broadcast-missing-english = Dërgo në anglisht, me shënimin "(në anglisht)"
broadcast-preview-button = 👁 Parapamje dhe konfirmim
broadcast-cancel-button = ✖ Anulo
broadcast-send-button = ✅ Dërgo
broadcast-preview-header = 👁 { $lang } · { $count } persona · { $how } (own = versioni i tyre, english = versioni në anglisht me shënimin "(në anglisht)", skip = nuk dërgohet)
broadcast-confirm =
    📣 Mesazh masiv #{ $id }: { $total } persona
    { $lines }
    Kur: { $when } · Duhet miratimi i një anëtari të dytë të stafit: { $approval }
    Shtypni ✅ Dërgo për ta konfirmuar.
broadcast-need-kind = Zgjidhni fillimisht një lloj.
broadcast-need-template = Zgjidhni fillimisht njoftimin dhe seancën e tij.
broadcast-need-version = Shtoni fillimisht një tekst: /version en Your text
broadcast-nobody = Askush nuk përfshihet te këta marrës.
broadcast-need-missing-choice = Disa gjuhë të marrësve nuk kanë version: zgjidhni "Anashkalo këta persona" ose "Dërgo në anglisht".
broadcast-need-english = Për të dërguar anglisht te gjuhët e tjera, shtoni një version në anglisht: /version en Your text
broadcast-need-preview = Shikoni fillimisht parapamjen: çdo version shfaqet para se të mund të dërgohet.
broadcast-started = 📣 Mesazhi masiv #{ $id } po u dërgohet { $total } personave. Ecuria shfaqet në bisedën e stafit; /broadcast_cancel e ndalon.
broadcast-scheduled = 🕒 Mesazhi masiv #{ $id } do të nisë më { $when } (Europe/London).
broadcast-awaiting = ⏳ Mesazhi masiv #{ $id } shkon te { $total } persona, më shumë se { $threshold }: një anëtar i dytë i stafit duhet të shtypë Mirato në bisedën e stafit.
broadcast-approval-request = ⏳ Mesazhi masiv #{ $id } për { $total } persona ka nevojë për miratimin e një anëtari të dytë të stafit.
broadcast-approve-button = ✅ Mirato
broadcast-approve-self = Ju e krijuat këtë mesazh masiv: një anëtar tjetër i stafit duhet ta miratojë.
broadcast-approved = ✅ Mesazhi masiv #{ $id } u miratua.
broadcast-gone = Ky mesazh masiv nuk e pret më këtë veprim.
broadcast-dropped = ✖ Mesazhi masiv #{ $id } u hoq.
broadcast-no-draft = Nuk ka skicë mesazhi masiv me tekst të lirë. Nisni një me /broadcast.
broadcast-usage = Përdorni: /broadcast, /broadcast to …, /broadcast at …
broadcast-version-usage = Përdorni: /version LANGUAGE text. Gjuhët: { $locales }
broadcast-version-saved = ✅ Versioni { $lang } u ruajt (e shtoi { $by }).
broadcast-audience-usage = Përdorni: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N
broadcast-at-usage = Përdorni: /broadcast at YYYY-MM-DD HH:MM (një kohë në të ardhmen, Europe/London) ose /broadcast at now
broadcast-cancelled = ✖ Mesazhi masiv #{ $id } u anulua. Ajo që është dërguar mbetet e dërguar.
broadcast-nothing-to-cancel = Nuk ka mesazh masiv për të anuluar.
broadcast-edit-usage = Përdorni: /broadcast_edit ID LANGUAGE corrected text
broadcast-edit-template = Mund të ndryshohet vetëm një version gjuhe i një mesazhi masiv me tekst të lirë. Për një njoftim model, fshijeni dhe dërgoni një të korrigjuar.
broadcast-edited = ✏️ Mesazhi masiv #{ $id }: { $count } kopje në { $lang } po korrigjohen.
broadcast-delete-usage = Përdorni: /broadcast_delete ID (një mesazh masiv që është dërguar)
broadcast-deleted = 🗑 Mesazhi masiv #{ $id }: { $count } kopje po fshihen.
broadcast-unknown = Nuk ka mesazh masiv të dërguar me numrin #{ $id }.
broadcast-progress =
    📣 Mesazhi masiv #{ $id }
    { $bar } { $percent }%
    ✅ dërguar { $sent } · ❌ dështuan { $failed } · ⏳ mbetur { $left } · edhe rreth { $eta }
broadcast-report =
    📣 Mesazhi masiv #{ $id }: raporti përfundimtar
    Persona: { $total }
    ✅ U dorëzuan: { $sent }
    ❌ Nuk u dorëzuan: bllokuan botin { $blocked } · llogaria nuk ekziston më { $gone } · u refuzua ose u hoq dorë { $failed }
    ➖ Nuk u dërguan: pa version në gjuhën e tyre { $skipped } · u arrit kufiri ditor { $capped } · anuluar { $cancelled }
    Sipas gjuhës (dorëzuar/persona): { $languages }
    Shtypje butonash: { $pressed }
