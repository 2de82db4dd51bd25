## Locale: vi (Vietnamese, Tiếng Việt)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Triage flows (flows/*.yaml). Facts come from shared/reference/domain-facts.md; the fact ids
## are in the comments. Keep every outcome to 2-4 short lines. Never change a number.

## Shared buttons and lines

triage-next = ➡️ Tiếp theo
triage-talk = 💬 Nói chuyện với một người
triage-helped-question = Thông tin này có giúp được quý vị không?
triage-helped-yes = 👍 Có
triage-helped-no = 👎 Không
triage-feedback-thanks = 🙏 Cảm ơn quý vị đã cho chúng tôi biết.
triage-signposts = 📍 Nơi nhận giúp đỡ:
triage-signpost-phone = • { $name }: { $phone }
triage-signpost-name = • { $name }
triage-needs-consent = 🔒 Để chuyển việc này cho một người trong nhóm, chúng tôi cần lưu một ít thông tin. Xin quý vị đọc phần này trước.

## Tickets: what happens next

ticket-opened-hours = 💬 Chúng tôi đã chuyển việc này cho nhóm của chúng tôi. Sẽ có người trả lời quý vị trong cuộc trò chuyện này. Chúng tôi thường trả lời trong vòng vài giờ, trong giờ làm việc.
ticket-opened-away = 💬 Chúng tôi đã chuyển việc này cho nhóm của chúng tôi. Hiện giờ nhóm không làm việc. Họ sẽ trả lời từ { $opens }.
    Nếu khẩn cấp: gặp nguy hiểm, hãy gọi 999. Bị bệnh, hãy gọi NHS 111. Muốn nói chuyện với ai đó ngay, hãy gọi Samaritans số 116 123.
ticket-already-open = 💬 Nhóm của chúng tôi đã nhận được câu hỏi của quý vị. Họ sẽ trả lời trong cuộc trò chuyện này.

## Housing (AS-02, AS-03, AC-03, AC-04, AC-05, MO-01, MO-02, MO-04, MO-05, MO-06, EM-17, EM-18)

housing-title = 🏠 Nhà ở
housing-q-start = 🏠 Nhà ở của quý vị có vấn đề gì?
housing-opt-repair = 🔧 Có đồ bị hỏng
housing-opt-unsafe = 😟 Tôi thấy không an toàn ở nơi tôi sống
housing-opt-move = 🚚 Chuyển nhà, hoặc địa chỉ mới
housing-opt-notice = 📄 Có thư nói tôi phải rời đi
housing-opt-nowhere = 🌙 Tối nay không có chỗ ngủ
housing-q-repair = 🔧 Cái gì bị hỏng?
housing-opt-gas = 🔥 Tôi ngửi thấy mùi ga
housing-opt-heating = 🌡️ Không có sưởi hoặc nước nóng
housing-opt-water = 🚱 Không có nước
housing-opt-power = ⚡ Không có điện
housing-opt-building = 🏚️ Tòa nhà không an toàn
housing-opt-locked = 🔑 Tôi không vào được nhà
housing-opt-other-repair = 🔧 Việc khác
housing-q-cold = 🌡️ Bây giờ có phải mùa đông không, hoặc nhà quý vị có rất lạnh không?
housing-opt-cold-yes = ❄️ Có
housing-opt-cold-no = ☀️ Không
housing-out-gas =
    🔥 Khí ga có thể gây nguy hiểm.
    🚪 Mở cửa sổ. Không bật hay tắt công tắc, không dùng lửa, không hút thuốc. Ra khỏi tòa nhà.
    📞 Gọi đường dây khẩn cấp về ga: 0800 111 999. Gặp nguy hiểm? Hãy gọi 999.
    📞 Sau đó báo cho Migrant Help: 0808 8010 503 (miễn phí, cả ngày lẫn đêm).
housing-out-emergency =
    🚨 Đây là sửa chữa khẩn cấp.
    📞 Hãy gọi Migrant Help ngay: 0808 8010 503 (miễn phí, cả ngày lẫn đêm). Nói "emergency repair" (sửa chữa khẩn cấp).
    📝 Ghi lại ngày và giờ quý vị đã gọi.
housing-out-routine =
    🔧 Báo việc cần sửa cho Migrant Help: 0808 8010 503 (miễn phí, cả ngày lẫn đêm), hoặc qua trò chuyện trên mạng (webchat), hoặc email.
    📝 Ghi lại ngày quý vị đã báo.
    ⏳ Nếu quý vị khiếu nại, bên cung cấp nhà ở phải trả lời trong vòng 5 ngày làm việc.
housing-out-unsafe =
    🚨 Đang gặp nguy hiểm? Hãy gọi 999.
    📞 Báo cho Migrant Help: 0808 8010 503. Họ nhận báo cáo về quấy rối và hành vi gây rối.
    🛡️ Với tội phạm do thù ghét (hate crime), hãy gọi cảnh sát số 101, hoặc báo trên mạng qua True Vision.
housing-out-move =
    🏠 Nhà ở cho người xin tị nạn là "không được chọn": Home Office quyết định nơi quý vị sống.
    ♿ Nếu nhà ở không phù hợp với một nhu cầu, ví dụ khuyết tật, hãy báo cho nhân viên phụ trách nhà ở và Migrant Help: 0808 8010 503.
    🩺 Sau khi chuyển nhà, hãy đăng ký với một bác sĩ mới gần nơi quý vị ở.
housing-q-notice = 📄 Thư đó nói gì?
housing-opt-granted = ✅ Tôi đã được công nhận tị nạn (được phép ở lại)
housing-opt-refused = ❌ Đơn xin tị nạn của tôi bị từ chối
housing-opt-unsure = ❔ Tôi không hiểu thư đó
housing-out-granted =
    ✅ Nhà ở và tiền hỗ trợ tị nạn của quý vị sẽ sớm dừng: ít nhất 28 ngày sau quyết định, đôi khi 56 ngày.
    🏛️ Hôm nay: hãy liên lạc với nhóm hỗ trợ người vô gia cư của hội đồng địa phương (council). Hội đồng phải giúp quý vị.
    💷 Hãy xin Universal Credit (trợ cấp của nhà nước) ngay. Quý vị không cần số National Insurance (số bảo hiểm quốc gia) để bắt đầu.
housing-out-refused =
    ⚠️ Sau khi bị từ chối, hỗ trợ thường dừng sau 21 ngày, trừ khi quý vị kháng cáo hoặc có con dưới 18 tuổi.
    ⏳ Thời hạn kháng cáo rất ngắn. Hãy nói chuyện ngay với một cố vấn di trú được cấp phép hoặc luật sư (solicitor).
    🏠 Có thể quý vị sẽ được nhận hỗ trợ Section 4.
housing-out-unsure =
    📄 Hãy mang thư đến điểm tiếp đón (drop-in). Chúng tôi sẽ đọc cùng quý vị.
    📷 Xin đừng gửi ảnh thư từ của quý vị trong cuộc trò chuyện này.
housing-out-nowhere =
    🌙 Hãy gọi Migrant Help ngay: 0808 8010 503 (miễn phí, cả ngày lẫn đêm). Nói rằng tối nay quý vị không có chỗ ngủ.
    🏛️ Nếu quý vị đã được công nhận tị nạn, hãy đến nhóm hỗ trợ người vô gia cư của hội đồng địa phương (council) ngay hôm nay.
    🚨 Gặp nguy hiểm? Hãy gọi 999.
housing-followup-repair = 🔧 Tuần trước quý vị đã báo cho chúng tôi về một việc cần sửa. Đã sửa xong chưa?

## ASPEN card (AS-02, AS-03, AS-09, AS-10, AS-11, AS-12, EM-06)

aspen-title = 💳 Thẻ ASPEN
aspen-q-start = 💳 Thẻ ASPEN của quý vị có vấn đề gì?
aspen-opt-lost = 🔍 Bị mất hoặc bị lấy cắp
aspen-opt-broken = 🚫 Không dùng được, hoặc lỗi mã PIN
aspen-opt-payment = 💷 Tôi chưa nhận được tiền
aspen-opt-never = 📭 Tôi chưa bao giờ nhận được thẻ
aspen-opt-stopped = ⛔ Hỗ trợ của tôi bị dừng
aspen-out-lost =
    📞 Hãy gọi Migrant Help: 0808 8010 503 (miễn phí, cả ngày lẫn đêm).
    🗣️ Nói: "My ASPEN card is lost" (thẻ ASPEN của tôi bị mất), hoặc "stolen" (bị lấy cắp). Xin một khoản tiền mặt khẩn cấp cho đến khi có thẻ mới.
    👮 Nếu thẻ bị lấy cắp, quý vị cũng có thể báo cảnh sát số 101.
aspen-out-broken =
    🛒 Chỉ dùng thẻ ở những cửa hàng nhận Mastercard.
    📞 Hãy gọi Migrant Help: 0808 8010 503. Nói: "My ASPEN card is not working" (thẻ ASPEN của tôi không dùng được).
    🔒 Đừng bao giờ nói mã PIN cho ai biết. Kể cả chúng tôi.
aspen-out-payment =
    📞 Hãy gọi Migrant Help: 0808 8010 503 (miễn phí, cả ngày lẫn đêm).
    🗣️ Nói: "My ASPEN payment did not arrive" (tiền ASPEN của tôi chưa đến). Xin một khoản tiền mặt khẩn cấp.
    🍞 Hôm nay không có tiền mua thức ăn? Hãy báo cho chúng tôi bằng nút bên dưới.
aspen-out-never =
    📞 Hãy gọi Migrant Help: 0808 8010 503 (miễn phí, cả ngày lẫn đêm).
    🗣️ Nói: "My ASPEN card has not arrived" (tôi chưa nhận được thẻ ASPEN).
    📄 Khi gọi, hãy để sẵn thư hỗ trợ tị nạn bên cạnh.
aspen-out-stopped =
    ⚠️ Nếu hỗ trợ của quý vị bị dừng hoặc bị từ chối, quý vị có thể kháng cáo.
    ⏳ Tòa án (tribunal) phải nhận được đơn kháng cáo của quý vị trong vòng 3 ngày kể từ khi quý vị nhận thư. Hãy làm ngay hôm nay.
    ⚖️ ASAP (Asylum Support Appeals Project) tư vấn miễn phí. Chúng tôi có thể giúp quý vị liên lạc với họ.
aspen-followup = 💳 Vài ngày trước quý vị đã báo cho chúng tôi về thẻ ASPEN. Bây giờ thẻ đã dùng được chưa?

## Doctor (GP) (HE-01, HE-02, HE-03, HE-04, HE-05, EM-01, EM-07)

gp-title = 🩺 Bác sĩ gia đình (GP)
gp-q-start = 🩺 Quý vị cần gì?
gp-opt-register = 📝 Đăng ký với bác sĩ
gp-opt-refused = 🚫 Phòng khám GP từ chối tôi
gp-opt-unwell = 🤒 Tôi đang thấy không khỏe
gp-opt-certificate = 🧾 Giấy chứng nhận HC2 (thuốc miễn phí)
gp-info-rights =
    ✅ Bất cứ ai ở Anh (England) cũng có thể đăng ký với bác sĩ gia đình (GP). Việc này miễn phí.
    🚫 Quý vị KHÔNG cần giấy tờ chứng minh địa chỉ, giấy tờ tùy thân, tình trạng di trú hoặc số NHS.
gp-out-register =
    🔍 Tìm một phòng khám GP gần nơi quý vị ở.
    📝 Xin mẫu đơn GMS1, hoặc dùng mẫu đơn trên mạng của phòng khám. Quý vị có thể ghi địa chỉ tạm thời, hoặc địa chỉ của phòng khám.
    🗣️ Quý vị có thể xin người thông dịch miễn phí.
gp-out-refused =
    ⚖️ Phòng khám chỉ được từ chối vì một vài lý do, ví dụ danh sách đã đầy. Họ phải cho quý vị biết lý do bằng văn bản.
    🩺 Họ vẫn phải chữa trị khẩn cấp cho quý vị.
    📞 Doctors of the World: 0808 1647 686, thứ Hai đến thứ Sáu, 10:00 đến 12:00. Họ có người thông dịch.
gp-q-unwell = 🤒 Tình trạng nặng đến mức nào?
gp-opt-danger = 🚨 Tính mạng của ai đó đang gặp nguy hiểm
gp-opt-today = 🤒 Tôi cần giúp đỡ hôm nay, không phải cấp cứu
gp-out-999 =
    🚨 Hãy gọi 999 ngay. Cuộc gọi miễn phí.
    🗣️ Nói tên ngôn ngữ của quý vị bằng tiếng Anh, ví dụ "Vietnamese". Chờ người thông dịch.
gp-out-111 =
    📞 Hãy gọi NHS 111, hoặc dùng 111 trên mạng. Miễn phí, cả ngày lẫn đêm.
    🗣️ Nói tên ngôn ngữ của quý vị để có người thông dịch.
gp-q-hc2 = 🧾 Quý vị nhận loại hỗ trợ nào từ Home Office?
gp-opt-s95 = 🏠 Section 95 (đang chờ quyết định)
gp-opt-s4 = 📄 Section 98 hoặc Section 4
gp-opt-hc2-unsure = ❔ Tôi không biết
gp-out-hc2-s95 =
    📬 Với Section 95, giấy chứng nhận HC2 được gửi qua bưu điện trong vòng 21 ngày kể từ thư hỗ trợ của quý vị.
    📞 Chưa nhận được? Hãy gọi Migrant Help: 0808 8010 503.
    🧾 HC2 cho quý vị thuốc miễn phí, chăm sóc răng, khám mắt và hỗ trợ chi phí đi lại đến bệnh viện. Hãy xem ngày hết hạn.
gp-out-hc2-hc1 =
    📝 Điền mẫu đơn HC1 để có giấy chứng nhận HC2. Chúng tôi có thể giúp ở điểm tiếp đón (drop-in).
    📞 NHS Business Services Authority: 0300 330 1343.
gp-out-hc2-unsure =
    📄 Hãy mang thư hỗ trợ của Home Office đến điểm tiếp đón (drop-in). Chúng tôi sẽ xem cùng quý vị.
gp-followup = 🩺 Tuần trước quý vị đã hỏi về bác sĩ. Quý vị đã đăng ký được với bác sĩ gia đình (GP) chưa?

## Dentist (HE-05, HE-06, HE-07, HE-08, EM-07)

dentist-title = 🦷 Nha sĩ
dentist-q-start = 🦷 Quý vị cần gì?
dentist-opt-pain = 😣 Đau hoặc sưng
dentist-opt-find = 🔍 Tìm nha sĩ NHS
dentist-opt-missed = 📅 Tôi đã lỡ hẹn
dentist-opt-free = 🧾 Chữa răng miễn phí (HC2)
dentist-q-redflags =
    ⚠️ Quý vị có gặp điều nào dưới đây không?
    • Sưng gần mắt hoặc ở cổ
    • Khó thở hoặc khó nuốt
    • Chảy máu không cầm được
    • Bị thương nặng ở mặt hoặc hàm
dentist-opt-redflags-yes = 🚨 Có
dentist-opt-redflags-no = ✅ Không
dentist-out-ae =
    🚨 Hãy đến A&E (khoa cấp cứu của bệnh viện) ngay, hoặc gọi 999.
    🚗 Đừng tự lái xe.
dentist-out-urgent =
    📞 Hãy gọi nha sĩ của quý vị. Không có nha sĩ? Hãy gọi NHS 111, hoặc dùng 111 trên mạng. Quý vị không cần phải đăng ký.
    🗣️ Nói tên ngôn ngữ của quý vị để có người thông dịch.
    🧾 Mang theo giấy chứng nhận HC2 nếu quý vị có.
dentist-out-find =
    🔍 Dùng dịch vụ "Find a dentist" (tìm nha sĩ) của NHS, rồi gọi điện cho các nha sĩ. Không cần đăng ký và không giới hạn khu vực.
    📞 Không nơi nào còn chỗ? Hãy gọi NHS England: 0300 311 2233.
    🧾 Có giấy chứng nhận HC2 thì chữa trị NHS được miễn phí.
dentist-out-missed =
    📞 Hãy gọi nha sĩ càng sớm càng tốt. Nói lý do quý vị lỡ hẹn. Xin một cuộc hẹn mới.
    😣 Đang bị đau? Hãy gọi NHS 111.
    💬 Chúng tôi có thể giúp quý vị gọi điện, hoặc lên kế hoạch đi lại.
dentist-out-free =
    🧾 Có giấy chứng nhận HC2 thì chữa răng NHS được miễn phí.
    📬 Section 95: giấy được gửi qua bưu điện. Section 98 hoặc 4: điền mẫu đơn HC1.
dentist-followup = 🦷 Vài ngày trước quý vị đã báo cho chúng tôi về việc đau răng. Quý vị đã được giúp chưa?

## English classes (ESOL) (ES-01, ES-02, ES-03, ES-04)

esol-title = 📚 Lớp học tiếng Anh
esol-q-start = 📚 Lớp học tiếng Anh. Trường hợp nào đúng với quý vị?
esol-opt-refugee = ✅ Tôi là người tị nạn (được phép ở lại)
esol-opt-waiting = ⏳ Tôi đang chờ quyết định
esol-opt-refused = ❌ Đơn của tôi bị từ chối
esol-opt-register = 📝 Đăng ký ở điểm tiếp đón (drop-in)
esol-q-waited = ⏳ Quý vị đã xin tị nạn cách đây bao lâu?
esol-opt-under6 = 🗓️ Dưới 6 tháng
esol-opt-over6 = 📅 6 tháng trở lên
esol-out-refugee =
    ✅ Quý vị có thể học lớp tiếng Anh (ESOL) được tài trợ. Không phải chờ.
    📝 Hãy đăng ký ở điểm tiếp đón (drop-in), hoặc xem các lớp bên dưới.
esol-out-funded =
    ✅ Sau 6 tháng chờ, quý vị có thể học lớp tiếng Anh (ESOL) được tài trợ.
    🏛️ Mỗi khu vực có quy định khác nhau. Hãy đăng ký ở điểm tiếp đón (drop-in), họ sẽ kiểm tra giúp quý vị.
esol-out-early =
    ⏳ Các lớp được tài trợ thường bắt đầu sau 6 tháng chờ.
    🗣️ Quý vị có thể tham gia ngay các câu lạc bộ trò chuyện miễn phí và lớp học do tình nguyện viên dạy.
    📝 Hãy đăng ký ở điểm tiếp đón (drop-in) để bắt đầu sớm nhất có thể.
esol-out-clubs =
    🗣️ Các câu lạc bộ trò chuyện miễn phí và lớp học cộng đồng mở cửa cho tất cả mọi người.
    📝 Hãy hỏi ở điểm tiếp đón (drop-in).
esol-out-register =
    📝 Điểm tiếp đón (drop-in) sẽ đăng ký lớp tiếng Anh cho quý vị, để quý vị có thể bắt đầu sớm.
    🪪 Hãy mang theo bất kỳ giấy tờ tùy thân nào quý vị có.
esol-followup = 📚 Hai tuần trước quý vị đã hỏi về lớp học tiếng Anh. Quý vị đã bắt đầu học chưa?

## Something else (IA-01, IA-02, IA-03, IA-04, EM-08, EM-11)

other-title = ❔ Việc khác
other-q-start = ❔ Việc của quý vị là về chuyện gì?
other-opt-person = 💬 Tôi muốn nói chuyện với một người
other-opt-legal = ⚖️ Hồ sơ tị nạn của tôi, hoặc thư của Home Office
other-opt-basics = 🍞 Thức ăn, quần áo hoặc tiền
other-opt-feelings = 💭 Căng thẳng, buồn bã hoặc khó ngủ
other-opt-unsure = ❔ Tôi không biết
other-out-person =
    💬 Một người trong nhóm của chúng tôi sẽ nhắn cho quý vị ở đây.
other-out-legal =
    ⚖️ Chúng tôi không thể tư vấn về hồ sơ riêng của quý vị. Chỉ cố vấn di trú được cấp phép hoặc luật sư (solicitor) mới được làm việc này.
    🤝 Chúng tôi sẽ giúp quý vị tìm một người. Trợ giúp pháp lý (legal aid) có thể trả chi phí.
other-out-basics =
    🍞 Quý vị có thể nhận thức ăn, quần áo và các giúp đỡ khác. Nhóm của chúng tôi sẽ cho quý vị biết ở đâu và khi nào.
    📞 Không có tiền hoặc không có nhà? Quý vị cũng có thể báo cho Migrant Help: 0808 8010 503.
other-out-feelings =
    💚 Nhiều người ở đây cũng cảm thấy như vậy. Quý vị không đơn độc. Nói ra sẽ giúp ích.
    📞 Hãy gọi NHS 111 và chọn mục sức khỏe tâm thần, cả ngày lẫn đêm. Hoặc gọi Samaritans số 116 123.
    💬 Một người trong nhóm của chúng tôi cũng sẽ nói chuyện với quý vị.

## Taxonomy terms, as people see them next to a service (directory/taxonomy)

tax-accommodation-repairs = Sửa chữa và vấn đề nhà ở cho người xin tị nạn
tax-asylum-support = Hỗ trợ tị nạn và thẻ ASPEN
tax-gp-registration = Đăng ký với bác sĩ
tax-urgent-health = Giúp đỡ y tế khẩn cấp
tax-urgent-dental = Giúp đỡ nha khoa khẩn cấp
tax-routine-dental = Tìm nha sĩ
tax-hc2 = Giấy chứng nhận HC2: miễn phí chi phí NHS
tax-esol-classes = Lớp học tiếng Anh
tax-conversation-clubs = Câu lạc bộ trò chuyện
tax-immigration-advice = Tư vấn pháp lý về di trú
tax-destitution-support = Giúp đỡ nếu quý vị không có tiền
tax-night-shelter = Chỗ ngủ tối nay
tax-food = Thức ăn
tax-clothing = Quần áo
tax-mental-health = Sức khỏe tâm thần và cảm xúc
tax-domestic-abuse = Bạo lực hoặc ngược đãi trong nhà
tax-exploitation = Lao động cưỡng bức và bóc lột
tax-drop-in = Điểm tiếp đón không cần hẹn (drop-in)
tax-digital-inclusion = Điện thoại, internet và máy tính
tax-council-housing = Hội đồng địa phương (council) giúp về nhà ở
tax-welfare-benefits = Trợ cấp và tiền sau khi có quyết định
tax-emergency = Khẩn cấp
