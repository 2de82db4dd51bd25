## Locale: sq (Albanian, Shqip)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Talking to a person: the relay between a client and the volunteer who claimed the ticket.
## The client never sees a volunteer's name or account, only the alias they chose.

relay-greeting = 💬 Po flisni me { $alias }. Shkruani këtu dhe do t'ju përgjigjen në këtë bisedë. Ju lutemi mos dërgoni numrin e referencës së Home Office, numrin e kartës ASPEN ose kodin PIN.
relay-default-alias = një vullnetar nga ekipi i Firstport
relay-bar-menu = 🏠 Menyja
relay-bar-end = ❌ Mbyll bisedën
relay-ended = 👋 Biseda mbaroi. Jeni përsëri me botin. Ekipi ynë mund t'ju shkruajë ende këtu.
relay-reassigned = 🔁 Një person tjetër nga ekipi ynë do të vazhdojë me ju. Ju lutemi prisni mesazhin e tij këtu.
relay-closed-question = 🙏 Ekipi ynë e mbylli këtë bisedë. A ju ndihmuam?
relay-rating-yes = 👍 Po
relay-rating-no = 👎 Jo
relay-rating-thanks = 🙏 Faleminderit që na e thatë.

## Canned replies: a volunteer picks one; the client receives it in their own language.

canned-received = ✅ E morëm mesazhin tuaj. Dikush do t'ju përgjigjet së shpejti.
canned-dropin = 🤝 Ju lutemi ejani në qendrën e pritjes (drop-in). Sillni të gjitha letrat që keni.
canned-migrant-help = 📞 Ju lutemi telefononi Migrant Help në 0808 8010 503. Është falas, ditë e natë.
canned-nhs-111 = 🩺 Për një problem shëndetësor, telefononi NHS 111. Është falas, ditë e natë.
canned-tomorrow = 🕒 Do t'ju shkruajmë përsëri nesër.
canned-no-documents = 📷 Ju lutemi mos dërgoni këtu foto të dokumenteve tuaja. Sillini në qendrën e pritjes (drop-in).

## For staff and volunteers (in the staff chat)

handoff-header =
    🎫 #{ $ticket } · { $need } · { $language } · { $urgency }
    Rezultati: { $outcome } · Niveli: { $tier }
    Emri: { $name }
    Shtegu: { $path }
    Statusi: { $status }
handoff-status-open = 🟡 e hapur, pret dikë
handoff-status-claimed = 🟢 e marrë përsipër nga { $alias }
handoff-status-closed = ⚪ e mbyllur
handoff-status-reopened = 🔁 e rihapur, pret dikë
handoff-claim-button = ✋ Merre përsipër
handoff-close-button = ✅ Mbyll
handoff-reassign-button = 🔁 Ricakto
handoff-canned-button = 💬 Përgjigje të gatshme
handoff-claimed-by = ✋ { $alias } e mori përsipër këtë kërkesë. Mesazhet që shkruan këtu i shkojnë personit.
handoff-already-claimed = Këtë kërkesë e ka marrë tashmë përsipër { $alias }.
handoff-not-claimable = Kjo kërkesë nuk mund të merret përsipër tani.
handoff-not-claimer = ⚠️ Nuk u dërgua: vetëm { $alias }, që e mori përsipër këtë kërkesë, mund t'i shkruajë personit. Për një shënim për ekipin, filloni mesazhin me //.
handoff-unclaimed-post = ⚠️ Nuk u dërgua: së pari merreni përsipër kërkesën. Për një shënim për ekipin, filloni mesazhin me //.
handoff-client-left = 👋 Personi u kthye te menyja e botit.
handoff-client-blocked = 🚫 Personi e ka bllokuar botin. Mesazhet këtu nuk i arrijnë derisa të shkruajë përsëri.
handoff-client-crisis = 🆘 Mesazhi i personit u kap nga filtri i krizës. Personit iu treguan numrat e sigurisë.
handoff-closed = ✅ U mbyll nga { $alias }.
handoff-reopened = 🔁 Personi shkroi përsëri pasi kjo kërkesë u mbyll. Kërkesa është kthyer në radhë.
handoff-forgotten = 🗑 Personi i fshiu të dhënat e veta. Kjo kërkesë është mbyllur dhe lidhjet me mesazhet e saj nuk ekzistojnë më.
handoff-rating = ⭐ Personi iu përgjigj pyetjes "A ju ndihmuam?": { $answer }
handoff-canned-pick = 💬 Zgjidhni një përgjigje. Personi e merr në gjuhën e vet; ju e shihni këtu në anglisht.
handoff-canned-sent = 📤 U dërgua te personi: { $text }
handoff-reassigned = 🔁 { $alias } e ktheu këtë kërkesë në radhë.
handoff-unclaimed-again = ⏰ Kërkesa #{ $ticket } ende pret dikë.
handoff-mentions = Flasin { $language }: { $names }
handoff-no-forum = ⚠️ Kjo bisedë e stafit nuk ka tema, ose unë nuk mund t'i menaxhoj temat këtu. Në vend të kësaj, do ta postoj çdo kërkesë si kartë: për t'i përgjigjur personit, përgjigjuni te karta e kërkesës ose te mesazhet e saj.
handoff-not-allowed = 🔒 Roli juaj nuk e lejon këtë.
team-title = 👥 Ekipi ({ $count })
team-line = • { $id } · { $role } · { $alias } · { $languages } · { $availability }
team-available = në dispozicion
team-away = jo në dispozicion
team-added = ✅ { $id } tani ka rolin { $role }.
team-removed = ✅ { $id } u hoq nga ekipi.
team-not-found = { $id } nuk është në ekip.
team-usage = Përdorni: /team, /team add <id> staff|volunteer, /team remove <id> (ose përgjigjuni mesazhit të personit).
team-alias-set = ✅ Njerëzit do t'ju shohin si "{ $alias }".
team-alias-usage = Përdorni: /alias Sam, volunteer
team-languages-set = ✅ Gjuhët tuaja: { $languages }
team-languages-usage = Përdorni: /languages ar fa en
team-now-available = ✅ Jeni në dispozicion. Kërkesat e reja në gjuhët tuaja do t'ju përmendin.
team-now-away = 💤 Nuk jeni në dispozicion. Kërkesat e reja nuk do t'ju përmendin.
outbox-title = 📮 Kutia e dërgimit: { $counts }
outbox-errors = Gabimet e fundit:
