## Locale: so (Somali, Soomaali)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Triage flows (flows/*.yaml). Facts come from shared/reference/domain-facts.md; the fact ids
## are in the comments. Keep every outcome to 2-4 short lines. Never change a number.

## Shared buttons and lines

triage-next = ➡️ Xiga
triage-talk = 💬 La hadal qof
triage-helped-question = Tani ma ku caawisay?
triage-helped-yes = 👍 Haa
triage-helped-no = 👎 Maya
triage-feedback-thanks = 🙏 Mahadsanid inaad noo sheegtay.
triage-signposts = 📍 Meesha aad caawimaad ka heli karto:
triage-signpost-phone = • { $name }: { $phone }
triage-signpost-name = • { $name }
triage-needs-consent = 🔒 Si aan tan ugu gudbinno qof, waxaan u baahannahay inaan kaydinno xog yar. Fadlan marka hore tan akhri.

## Tickets: what happens next

ticket-opened-hours = 💬 Tan waxaan u gudbinnay kooxdayada. Qof ayaa kaaga jawaabi doona wada-sheekaysigan. Inta badan waxaan ku jawaabnaa dhowr saacadood gudahood, saacadaha shaqada.
ticket-opened-away = 💬 Tan waxaan u gudbinnay kooxdayada. Kooxdu hadda ma shaqaynayso. Waxay kuu jawaabi doonaan laga bilaabo { $opens }.
    Haddii ay degdeg tahay: haddii aad khatar ku jirto, wac 999. Haddii aad jiran tahay, wac NHS 111. Si aad hadda qof ula hadasho, wac Samaritans 116 123.
ticket-already-open = 💬 Kooxdayadu horey ayay u haysataa su'aashaada. Waxay kaaga jawaabi doonaan wada-sheekaysigan.

## Housing (AS-02, AS-03, AC-03, AC-04, AC-05, MO-01, MO-02, MO-04, MO-05, MO-06, EM-17, EM-18)

housing-title = 🏠 Guri
housing-q-start = 🏠 Waa maxay dhibaatada gurigaaga?
housing-opt-repair = 🔧 Wax baa jabay
housing-opt-unsafe = 😟 Ammaan kama dareemo meesha aan ku noolahay
housing-opt-move = 🚚 Guuritaan, ama cinwaan cusub
housing-opt-notice = 📄 Warqad ayaa sheegaysa inaan guriga ka baxo
housing-opt-nowhere = 🌙 Meel aan caawa seexdo ma haysto
housing-q-repair = 🔧 Maxaa jabay?
housing-opt-gas = 🔥 Ur gaas ayaan dareemayaa
housing-opt-heating = 🌡️ Kuleyliye ama biyo kulul ma jiraan
housing-opt-water = 🚱 Biyo ma jiraan
housing-opt-power = ⚡ Koronto ma jirto
housing-opt-building = 🏚️ Dhismuhu ammaan ma aha
housing-opt-locked = 🔑 Guriga ayaa iga xirmay, ma geli karo
housing-opt-other-repair = 🔧 Wax kale
housing-q-cold = 🌡️ Ma jiilaal baa, mise gurigaagu aad buu u qabow yahay?
housing-opt-cold-yes = ❄️ Haa
housing-opt-cold-no = ☀️ Maya
housing-out-gas =
    🔥 Gaasku wuxuu noqon karaa khatar.
    🚪 Fur daaqadaha. Ha isticmaalin suwiijyada korontada, dab ama sigaar. Ka bax dhismaha.
    📞 Wac khadka degdegga gaaska: 0800 111 999. Khatar ma ku jirtaa? Wac 999.
    📞 Kadib u sheeg Migrant Help: 0808 8010 503 (bilaash, habeen iyo maalin).
housing-out-emergency =
    🚨 Tani waa dayactir degdeg ah.
    📞 Hadda wac Migrant Help: 0808 8010 503 (bilaash, habeen iyo maalin). Dheh "emergency repair" (dayactir degdeg ah).
    📝 Qor maalinta iyo saacadda aad wacday.
housing-out-routine =
    🔧 U sheeg Migrant Help dayactirka: 0808 8010 503 (bilaash, habeen iyo maalin), ama webchat ama email.
    📝 Qor maalinta aad sheegtay.
    ⏳ Haddii aad cabasho gudbiso, shirkadda ku siisa guriga waa inay kuu jawaabtaa 5 maalmood oo shaqo gudahood.
housing-out-unsafe =
    🚨 Hadda khatar ma ku jirtaa? Wac 999.
    📞 U sheeg Migrant Help: 0808 8010 503. Waxay qaataan warbixinnada dhibaataynta iyo dhaqanka xun ee dadka kale dhibaya.
    🛡️ Dambi nacayb ah (hate crime): wac booliska 101, ama online ugu sheeg True Vision.
housing-out-move =
    🏠 Guriga magangalyada waa "doorasho la'aan": Home Office ayaa go'aamisa meesha aad ku noolaato.
    ♿ Haddii gurigaagu uusan ku habboonayn baahi aad qabto, sida naafonimo, u sheeg sarkaalka gurigaaga iyo Migrant Help: 0808 8010 503.
    🩺 Markaad guurto kadib, iska diiwaangeli dhakhtar cusub oo kuu dhow.
housing-q-notice = 📄 Maxay warqaddu sheegaysaa?
housing-opt-granted = ✅ Waxaan helay sharciga qaxootinimada (leave to remain)
housing-opt-refused = ❌ Codsigaygii magangalyada waa la diiday
housing-opt-unsure = ❔ Ma fahmin
housing-out-granted =
    ✅ Guriga iyo lacagta magangalyada waxay joogsan doonaan dhawaan: ugu yaraan 28 maalmood kadib go'aankaaga, mararka qaarkood 56 maalmood.
    🏛️ Maanta: la xiriir kooxda guri la'aanta ee council-ka (dowladda hoose). Council-ku waa inuu ku caawiyo.
    💷 Hadda codso Universal Credit (kaalmada dowladda). Uma baahnid lambar National Insurance si aad u bilowdo.
housing-out-refused =
    ⚠️ Diidmada kadib, taageeradu inta badan waxay joogsataa 21 maalmood kadib, marka laga reebo haddii aad racfaan qaadato ama aad haysato ilmo ka yar 18 sano.
    ⏳ Muddada racfaanku way gaaban tahay. Hadda la hadal la-taliye socdaal oo diiwaangashan ama qareen.
    🏠 Waxaa laga yaabaa inaad heli karto taageerada Section 4.
housing-out-unsure =
    📄 Warqadda keen drop-in-ka (xarunta booqashada). Waan kula akhrin doonnaa.
    📷 Fadlan ha ku soo dirin sawirrada warqadahaaga wada-sheekaysigan.
housing-out-nowhere =
    🌙 Hadda wac Migrant Help: 0808 8010 503 (bilaash, habeen iyo maalin). U sheeg inaadan haysan meel aad caawa seexato.
    🏛️ Haddii aad haysato sharciga qaxootinimada, maanta tag kooxda guri la'aanta ee council-ka.
    🚨 Khatar ma ku jirtaa? Wac 999.
housing-followup-repair = 🔧 Toddobaadkii hore waxaad noo sheegtay dayactir. Ma la dayactiray?

## ASPEN card (AS-02, AS-03, AS-09, AS-10, AS-11, AS-12, EM-06)

aspen-title = 💳 Kaarka ASPEN
aspen-q-start = 💳 Waa maxay dhibaatada kaarkaaga ASPEN?
aspen-opt-lost = 🔍 Wuu lumay ama waa la xaday
aspen-opt-broken = 🚫 Ma shaqaynayo, ama dhibaato PIN ah
aspen-opt-payment = 💷 Lacagtaydii ma iman
aspen-opt-never = 📭 Kaarkaygii weligiis ima soo gaarin
aspen-opt-stopped = ⛔ Taageeradaydii waa la joojiyay
aspen-out-lost =
    📞 Wac Migrant Help: 0808 8010 503 (bilaash, habeen iyo maalin).
    🗣️ Dheh: "My ASPEN card is lost" (kaarkayga ASPEN wuu lumay), ama "stolen" (waa la xaday). Weydii lacag caddaan ah oo degdeg ah ilaa kaarka cusub ka yimaado.
    👮 Haddii la xaday, waxaad sidoo kale u sheegi kartaa booliska 101.
aspen-out-broken =
    🛒 Kaarka ku isticmaal kaliya dukaamada qaata Mastercard.
    📞 Wac Migrant Help: 0808 8010 503. Dheh: "My ASPEN card is not working" (kaarkayga ASPEN ma shaqaynayo).
    🔒 Weligaa qofna ha u sheegin PIN-kaaga. Xitaa annaga ha noo sheegin.
aspen-out-payment =
    📞 Wac Migrant Help: 0808 8010 503 (bilaash, habeen iyo maalin).
    🗣️ Dheh: "My ASPEN payment did not arrive" (lacagtaydii ASPEN ma iman). Weydii lacag caddaan ah oo degdeg ah.
    🍞 Maanta lacag cunto ma haysatid? Noo sheeg adigoo isticmaalaya badhanka hoose.
aspen-out-never =
    📞 Wac Migrant Help: 0808 8010 503 (bilaash, habeen iyo maalin).
    🗣️ Dheh: "My ASPEN card has not arrived" (kaarkaygii ASPEN ima soo gaarin).
    📄 Markaad wacayso, warqadda taageerada magangalyada ha kuu dhowaato.
aspen-out-stopped =
    ⚠️ Haddii taageeradaada la joojiyay ama la diiday, waad racfaan qaadan kartaa.
    ⏳ Maxkamadda (tribunal) waa inay racfaankaaga hesho 3 maalmood gudahood laga bilaabo markaad warqadda hesho. Maanta wax ka qabo.
    ⚖️ ASAP (Asylum Support Appeals Project) waxay bixisaa talo bilaash ah. Waan kaa caawin karnaa inaad la xiriirto.
aspen-followup = 💳 Dhowr maalmood ka hor waxaad noo sheegtay kaarkaaga ASPEN. Hadda ma shaqaynayaa?

## Doctor (GP) (HE-01, HE-02, HE-03, HE-04, HE-05, EM-01, EM-07)

gp-title = 🩺 Dhakhtar (GP)
gp-q-start = 🩺 Maxaad u baahan tahay?
gp-opt-register = 📝 Iska diiwaangeli dhakhtar
gp-opt-refused = 🚫 Xarun GP ah ayaa i diiday
gp-opt-unwell = 🤒 Hadda waan xanuunsanayaa
gp-opt-certificate = 🧾 Shahaadada HC2 (daawo bilaash ah)
gp-info-rights =
    ✅ Qof kasta oo England jooga wuxuu iska diiwaangelin karaa GP. Waa bilaash.
    🚫 UMA baahnid caddeyn cinwaan, aqoonsi, sharci socdaal ama lambar NHS.
gp-out-register =
    🔍 Raadi xarun GP ah oo kuu dhow.
    📝 Weydii foomka GMS1, ama isticmaal foomka online-ka ee xarunta. Waxaad bixin kartaa cinwaan ku meel gaar ah, ama cinwaanka xarunta.
    🗣️ Waxaad weydiisan kartaa turjubaan bilaash ah.
gp-out-refused =
    ⚖️ Xaruntu waxay ku diidi kartaa kaliya sababo yar, tusaale ahaan haddii liisku buuxo. Waa inay qoraal ahaan kuu sheegtaa sababta.
    🩺 Weli waa inay ku siisaa daaweyn degdeg ah.
    📞 Doctors of the World: 0808 1647 686, Isniin ilaa Jimce, 10:00 ilaa 12:00. Waxay haystaan turjubaanno.
gp-q-unwell = 🤒 Xaaladdu sidee bay u daran tahay?
gp-opt-danger = 🚨 Nolosha qof ayaa khatar ku jirta
gp-opt-today = 🤒 Maanta caawimaad baan u baahanahay, ma aha xaalad degdeg ah
gp-out-999 =
    🚨 Hadda wac 999. Waa bilaash.
    🗣️ Luqaddaada ku sheeg Ingiriisi, tusaale ahaan "Somali". Sug turjubaan.
gp-out-111 =
    📞 Wac NHS 111, ama isticmaal 111 online. Waa bilaash, habeen iyo maalin.
    🗣️ Sheeg luqaddaada si laguu siiyo turjubaan.
gp-q-hc2 = 🧾 Taageerada noocee ah ayaad ka hesho Home Office?
gp-opt-s95 = 🏠 Section 95 (waxaan sugayaa go'aan)
gp-opt-s4 = 📄 Section 98 ama Section 4
gp-opt-hc2-unsure = ❔ Ma aqaan
gp-out-hc2-s95 =
    📬 Haddii aad haysato Section 95, shahaadada HC2 waxay boostada kuugu imaanaysaa 21 maalmood gudahood laga bilaabo warqadda taageeradaada.
    📞 Ma iman? Wac Migrant Help: 0808 8010 503.
    🧾 HC2 waxay ku siisaa daawo bilaash ah, daryeelka ilkaha, baaritaanka indhaha iyo caawimaad kharashka safarka isbitaalka. Hubi taariikhda ay dhacayso.
gp-out-hc2-hc1 =
    📝 Buuxi foomka HC1 si aad u hesho shahaadada HC2. Drop-in-ka ayaan kaaga caawin karnaa.
    📞 NHS Business Services Authority: 0300 330 1343.
gp-out-hc2-unsure =
    📄 Warqadda taageerada Home Office keen drop-in-ka. Waan kula hubin doonnaa.
gp-followup = 🩺 Toddobaadkii hore waxaad na weydiisay dhakhtar. Ma u suurtagashay inaad iska diiwaangeliso GP?

## Dentist (HE-05, HE-06, HE-07, HE-08, EM-07)

dentist-title = 🦷 Dhakhtarka ilkaha
dentist-q-start = 🦷 Maxaad u baahan tahay?
dentist-opt-pain = 😣 Xanuun ama barar
dentist-opt-find = 🔍 Hel dhakhtar ilkaha NHS
dentist-opt-missed = 📅 Ballantaydii way iga dhaaftay
dentist-opt-free = 🧾 Daaweyn bilaash ah (HC2)
dentist-q-redflags =
    ⚠️ Waxyaabahan midkood ma kugu dhacay?
    • Barar ku dhow ishaada ama qoortaada
    • Neefsashada ama liqidda way kugu adag tahay
    • Dhiig aan joogsanayn
    • Dhaawac xun oo wejiga ama daanka ah
dentist-opt-redflags-yes = 🚨 Haa
dentist-opt-redflags-no = ✅ Maya
dentist-out-ae =
    🚨 Hadda tag A&E (qaybta degdegga ee isbitaalka), ama wac 999.
    🚗 Adigu ha wadin gaariga.
dentist-out-urgent =
    📞 Wac dhakhtarkaaga ilkaha. Dhakhtar ilkaha ma lihid? Wac NHS 111, ama isticmaal 111 online. Uma baahnid inaad diiwaangashan tahay.
    🗣️ Sheeg luqaddaada si laguu siiyo turjubaan.
    🧾 Qaado shahaadadaada HC2 haddii aad haysato.
dentist-out-find =
    🔍 Isticmaal adeegga NHS ee "Find a dentist" (hel dhakhtar ilkaha), kadib taleefan u dir dhakhaatiirta ilkaha. Diiwaangelin ma jirto, xaddid aag ahna ma jiro.
    📞 Midkoodna boos ma laha? Wac NHS England: 0300 311 2233.
    🧾 Haddii aad haysato shahaadada HC2, daaweynta NHS waa bilaash.
dentist-out-missed =
    📞 Wac dhakhtarka ilkaha sida ugu dhakhsaha badan. Sheeg sababta ay kaaga dhaaftay. Weydii ballan cusub.
    😣 Hadda xanuun ma qabtaa? Wac NHS 111.
    💬 Waan kaa caawin karnaa inaad wacdo, ama inaad qorsheyso safarka.
dentist-out-free =
    🧾 Haddii aad haysato shahaadada HC2, daaweynta ilkaha ee NHS waa bilaash.
    📬 Section 95: waxay ku timaadaa boostada. Section 98 ama 4: buuxi foomka HC1.
dentist-followup = 🦷 Dhowr maalmood ka hor waxaad noo sheegtay xanuun ilig. Caawimaad ma heshay?

## English classes (ESOL) (ES-01, ES-02, ES-03, ES-04)

esol-title = 📚 Fasallada Ingiriisiga
esol-q-start = 📚 Fasallada Ingiriisiga. Midkee ayaa xaaladdaada ah?
esol-opt-refugee = ✅ Waxaan ahay qaxooti (leave to remain)
esol-opt-waiting = ⏳ Waxaan sugayaa go'aan
esol-opt-refused = ❌ Codsigaygii waa la diiday
esol-opt-register = 📝 Iska diiwaangeli drop-in-ka
esol-q-waited = ⏳ Intee in le'eg ayaa ka soo wareegtay markii aad magangalyo codsatay?
esol-opt-under6 = 🗓️ Ka yar 6 bilood
esol-opt-over6 = 📅 6 bilood ama ka badan
esol-out-refugee =
    ✅ Waxaad heli kartaa fasallada Ingiriisiga (ESOL) oo lacagtooda la bixiyo. Waqti sugitaan ma jiro.
    📝 Iska diiwaangeli drop-in-ka, ama eeg fasallada hoose.
esol-out-funded =
    ✅ 6 bilood oo sugitaan ah kadib, waxaad heli kartaa fasallada Ingiriisiga (ESOL) oo lacagtooda la bixiyo.
    🏛️ Xeerarku way ku kala duwan yihiin aag kasta. Iska diiwaangeli drop-in-ka, iyaga ayaa kuu hubin doona.
esol-out-early =
    ⏳ Fasallada lacagtooda la bixiyo inta badan waxay bilaabmaan 6 bilood oo sugitaan ah kadib.
    🗣️ Kooxaha wada-hadalka ee bilaashka ah iyo fasallada tabarucayaasha hadda way kuu furan yihiin.
    📝 Iska diiwaangeli drop-in-ka si aad u bilowdo sida ugu dhakhsaha badan.
esol-out-clubs =
    🗣️ Kooxaha wada-hadalka ee bilaashka ah iyo fasallada bulshada waa u furan yihiin qof walba.
    📝 Ku weydii drop-in-ka.
esol-out-register =
    📝 Drop-in-ku wuxuu kuu diiwaangeliyaa fasallada Ingiriisiga, si aad dhawaan u bilowdo.
    🪪 Keen aqoonsi kasta oo aad haysato.
esol-followup = 📚 Laba toddobaad ka hor waxaad na weydiisay fasallada Ingiriisiga. Ma bilowday fasal?

## Something else (IA-01, IA-02, IA-03, IA-04, EM-08, EM-11)

other-title = ❔ Wax kale
other-q-start = ❔ Maxay ku saabsan tahay?
other-opt-person = 💬 Waxaan rabaa inaan la hadlo qof
other-opt-legal = ⚖️ Kiiskayga magangalyada, ama warqad Home Office
other-opt-basics = 🍞 Cunto, dhar ama lacag
other-opt-feelings = 💭 Walbahaar, murugo ama hurdo
other-opt-unsure = ❔ Ma aqaan
other-out-person =
    💬 Qof ka mid ah kooxdayada ayaa halkan kuugu soo qori doona.
other-out-legal =
    ⚖️ Kaama siin karno talo ku saabsan kiiskaaga gaarka ah. Kaliya la-taliye socdaal oo diiwaangashan ama qareen ayaa awooda.
    🤝 Waan kaa caawin doonnaa inaad mid hesho. Waxaa laga yaabaa in gargaarka sharciga (legal aid) uu bixiyo lacagta.
other-out-basics =
    🍞 Waxaad heli kartaa cunto, dhar iyo caawimaad kale. Kooxdayadu waxay kuu sheegi doontaa meesha iyo waqtiga.
    📞 Lacag ma haysatid, mise guri ma lihid? Waxaad sidoo kale u sheegi kartaa Migrant Help: 0808 8010 503.
other-out-feelings =
    💚 Dad badan oo halkan jooga ayaa sidan dareema. Kaligaa ma tihid. Hadalku wuu caawiyaa.
    📞 Wac NHS 111 oo dooro caafimaadka maskaxda, habeen iyo maalin. Ama wac Samaritans 116 123.
    💬 Qof ka mid ah kooxdayada ayaa sidoo kale kula hadli doona.

## Taxonomy terms, as people see them next to a service (directory/taxonomy)

tax-accommodation-repairs = Dayactirka iyo dhibaatooyinka guriga magangalyada
tax-asylum-support = Taageerada magangalyada iyo kaarka ASPEN
tax-gp-registration = Is-diiwaangelinta dhakhtar
tax-urgent-health = Caawimaad caafimaad oo degdeg ah
tax-urgent-dental = Caawimaad ilkaha oo degdeg ah
tax-routine-dental = Helitaanka dhakhtar ilkaha
tax-hc2 = Shahaadada HC2: kharashaadka NHS oo bilaash ah
tax-esol-classes = Fasallada Ingiriisiga
tax-conversation-clubs = Kooxaha wada-hadalka
tax-immigration-advice = Talo sharci oo socdaal
tax-destitution-support = Caawimaad haddii aadan lacag haysan
tax-night-shelter = Meel aad caawa seexato
tax-food = Cunto
tax-clothing = Dhar
tax-mental-health = Caafimaadka maskaxda iyo dareenka
tax-domestic-abuse = Rabshad ama xadgudub guriga dhexdiisa ah
tax-exploitation = Shaqo qasab ah iyo ka faa'iidaysi
tax-drop-in = Drop-in (xarunta booqashada)
tax-digital-inclusion = Taleefanno, internet iyo kombiyuutar
tax-council-housing = Caawimaadda guriga ee council-ka
tax-welfare-benefits = Gargaarka dowladda iyo lacagta go'aanka kadib
tax-emergency = Degdeg
