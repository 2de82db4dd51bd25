## Locale: vi (Vietnamese, Tiếng Việt)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Talking to a person: the relay between a client and the volunteer who claimed the ticket.
## The client never sees a volunteer's name or account, only the alias they chose.

relay-greeting = 💬 Quý vị đang nói chuyện với { $alias }. Hãy viết ở đây, người đó sẽ trả lời quý vị trong cuộc trò chuyện này. Xin đừng gửi số tham chiếu Home Office, số thẻ ASPEN hoặc mã PIN của quý vị.
relay-default-alias = một tình nguyện viên của nhóm Firstport
relay-bar-menu = 🏠 Menu
relay-bar-end = ❌ Kết thúc trò chuyện
relay-ended = 👋 Cuộc trò chuyện đã kết thúc. Quý vị đã quay lại với bot. Nhóm của chúng tôi vẫn có thể nhắn cho quý vị ở đây.
relay-reassigned = 🔁 Một người khác trong nhóm chúng tôi sẽ tiếp tục với quý vị. Vui lòng chờ tin nhắn của họ tại đây.
relay-closed-question = 🙏 Nhóm của chúng tôi đã kết thúc cuộc trò chuyện này. Chúng tôi có giúp được quý vị không?
relay-rating-yes = 👍 Có
relay-rating-no = 👎 Không
relay-rating-thanks = 🙏 Cảm ơn quý vị đã cho chúng tôi biết.

## Canned replies: a volunteer picks one; the client receives it in their own language.

canned-received = ✅ Chúng tôi đã nhận được tin nhắn của quý vị. Sẽ sớm có người trả lời quý vị.
canned-dropin = 🤝 Xin mời quý vị đến điểm tiếp đón (drop-in). Hãy mang theo tất cả thư từ quý vị có.
canned-migrant-help = 📞 Xin quý vị gọi Migrant Help số 0808 8010 503. Cuộc gọi miễn phí, cả ngày lẫn đêm.
canned-nhs-111 = 🩺 Nếu có vấn đề sức khỏe, hãy gọi NHS 111. Cuộc gọi miễn phí, cả ngày lẫn đêm.
canned-tomorrow = 🕒 Ngày mai chúng tôi sẽ nhắn lại cho quý vị.
canned-no-documents = 📷 Xin đừng gửi ảnh giấy tờ của quý vị ở đây. Hãy mang giấy tờ đến điểm tiếp đón (drop-in).

## For staff and volunteers (in the staff chat)

handoff-header =
    🎫 #{ $ticket } · { $need } · { $language } · { $urgency }
    Kết quả: { $outcome } · Cấp: { $tier }
    Tên: { $name }
    Lộ trình: { $path }
    Trạng thái: { $status }
handoff-status-open = 🟡 đang mở, chờ người nhận
handoff-status-claimed = 🟢 { $alias } đã nhận
handoff-status-closed = ⚪ đã đóng
handoff-status-reopened = 🔁 đã mở lại, chờ người nhận
handoff-claim-button = ✋ Nhận xử lý
handoff-close-button = ✅ Đóng
handoff-reassign-button = 🔁 Giao lại
handoff-canned-button = 💬 Câu trả lời mẫu
handoff-claimed-by = ✋ { $alias } đã nhận yêu cầu này. Tin nhắn người này gửi ở đây sẽ được chuyển cho người cần giúp.
handoff-already-claimed = Yêu cầu này đã được { $alias } nhận rồi.
handoff-not-claimable = Hiện không thể nhận yêu cầu này.
handoff-not-claimer = ⚠️ Chưa gửi: chỉ { $alias }, người đã nhận yêu cầu này, mới được nhắn cho người cần giúp. Để ghi chú cho nhóm, hãy bắt đầu tin nhắn bằng //.
handoff-unclaimed-post = ⚠️ Chưa gửi: hãy nhận yêu cầu trước. Để ghi chú cho nhóm, hãy bắt đầu tin nhắn bằng //.
handoff-client-left = 👋 Người cần giúp đã quay lại menu của bot.
handoff-client-blocked = 🚫 Người này đã chặn bot. Tin nhắn đăng ở đây sẽ không đến được họ cho đến khi họ viết lại.
handoff-client-crisis = 🆘 Tin nhắn của người cần giúp khớp với bộ lọc khủng hoảng. Họ đã được xem các số điện thoại an toàn.
handoff-closed = ✅ { $alias } đã đóng.
handoff-reopened = 🔁 Người cần giúp đã nhắn lại sau khi yêu cầu này được đóng. Yêu cầu đã quay lại hàng chờ.
handoff-forgotten = 🗑 Người cần giúp đã xóa dữ liệu của họ. Yêu cầu này đã đóng và các liên kết đến tin nhắn của yêu cầu không còn nữa.
handoff-rating = ⭐ Người cần giúp đã trả lời câu "Chúng tôi có giúp được quý vị không?": { $answer }
handoff-canned-pick = 💬 Chọn một câu trả lời. Người cần giúp sẽ nhận bằng ngôn ngữ của họ; bạn thấy câu đó ở đây bằng tiếng Anh.
handoff-canned-sent = 📤 Đã gửi cho người cần giúp: { $text }
handoff-reassigned = 🔁 { $alias } đã đưa yêu cầu này trở lại hàng chờ.
handoff-unclaimed-again = ⏰ Yêu cầu #{ $ticket } vẫn đang chờ người nhận.
handoff-mentions = Người nói { $language }: { $names }
handoff-no-forum = ⚠️ Nhóm nhân viên này không có chủ đề, hoặc tôi không thể quản lý chủ đề ở đây. Thay vào đó, tôi sẽ đăng mỗi yêu cầu thành một thẻ: để trả lời người cần giúp, hãy trả lời thẻ của yêu cầu hoặc các tin nhắn của yêu cầu đó.
handoff-not-allowed = 🔒 Vai trò của bạn không được làm việc này.
team-title = 👥 Nhóm ({ $count })
team-line = • { $id } · { $role } · { $alias } · { $languages } · { $availability }
team-available = sẵn sàng
team-away = vắng mặt
team-added = ✅ { $id } giờ có vai trò { $role }.
team-removed = ✅ Đã xóa { $id } khỏi nhóm.
team-not-found = { $id } không có trong nhóm.
team-usage = Dùng: /team, /team add <id> staff|volunteer, /team remove <id> (hoặc trả lời tin nhắn của người đó).
team-alias-set = ✅ Mọi người sẽ thấy bạn với tên "{ $alias }".
team-alias-usage = Dùng: /alias Sam, volunteer
team-languages-set = ✅ Ngôn ngữ của bạn: { $languages }
team-languages-usage = Dùng: /languages ar fa en
team-now-available = ✅ Bạn đang sẵn sàng. Các yêu cầu mới bằng ngôn ngữ của bạn sẽ nhắc đến bạn.
team-now-away = 💤 Bạn đang vắng mặt. Các yêu cầu mới sẽ không nhắc đến bạn.
outbox-title = 📮 Hộp thư đi: { $counts }
outbox-errors = Các lỗi gần đây:
