## Locale: vi (Vietnamese, Tiếng Việt)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📣 Staff broadcasts. First what clients see (template notices, the "(English)" marker and
## the buttons), then the staff wizard. The staff texts are shown in English (STAFF_LOCALE); here
## they are an AI draft in this language too, like the client texts.

## Template notices. Site names come from the directory; dates and times are formatted for
## this language.

notice-closed = ⛔ Điểm tiếp đón (drop-in) ở { $site } đóng cửa vào { $date }.
notice-moved = 📍 Điểm tiếp đón (drop-in) ngày { $date } đã chuyển đến { $site }, lúc { $time }.
notice-esol = 📚 Lớp tiếng Anh (ESOL) mới bắt đầu vào { $date }. Hãy đăng ký tại điểm tiếp đón.

## Free text sent in English to someone whose language has no version

broadcast-in-english = (tiếng Anh)

## Buttons on a broadcast

broadcast-got-it = 👍 Đã hiểu
broadcast-book-button = 📅 Đặt lịch
broadcast-thanks = 👍 Cảm ơn quý vị.

## The wizard (staff)

broadcast-kind-question = 📣 Tin nhắn hàng loạt mới #{ $id }. Loại nào?
broadcast-kind-template = 📋 Thông báo mẫu
broadcast-kind-text = ✏️ Văn bản tự do
broadcast-template-question = Thông báo nào? Thông báo đã được viết sẵn bằng mọi ngôn ngữ.
broadcast-notice-closed = ⛔ Điểm tiếp đón đóng cửa
broadcast-notice-moved = 📍 Điểm tiếp đón đã chuyển chỗ
broadcast-notice-esol = 📚 Lớp ESOL mới
broadcast-session-question = Thông báo này về buổi nào của điểm tiếp đón?
broadcast-no-sessions = Không có buổi nào của điểm tiếp đón trong 4 tuần tới, nên không có gì để thông báo.
broadcast-card =
    📣 Tin nhắn hàng loạt #{ $id } (bản nháp)
    Nội dung: { $kind }
    Các bản ngôn ngữ: { $versions }
    Người nhận: { $audience } → { $total } người ({ $counts })
    Ngôn ngữ chưa có bản: { $missing } → { $choice }
    Nút: { $button }
    Khi nào: { $when }
broadcast-help-card =
    Người nhận: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N (kết hợp bằng AND: phải thỏa mãn tất cả)
    Thời gian: /broadcast at YYYY-MM-DD HH:MM (Europe/London) | /broadcast at now
    Văn bản tự do: /version LANGUAGE text (mỗi ngôn ngữ một bản; gửi ảnh kèm chú thích đó thì ảnh được thêm vào)
broadcast-now = ngay bây giờ
broadcast-everyone-button = 👥 Mọi người
broadcast-booked-button = 📅 Người đã đặt buổi này
broadcast-button-none = Không có nút
broadcast-button-ack = 👍 Đã hiểu
broadcast-button-book = 📅 Liên kết đặt lịch
broadcast-missing-skip = Bỏ qua những người đó
broadcast-missing-english = Gửi tiếng Anh, có ghi "(tiếng Anh)"
broadcast-preview-button = 👁 Xem trước và xác nhận
broadcast-cancel-button = ✖ Hủy
broadcast-send-button = ✅ Gửi
broadcast-preview-header = 👁 { $lang } · { $count } người · { $how } (own = bản bằng ngôn ngữ của họ, english = bản tiếng Anh có ghi "(tiếng Anh)", skip = không gửi)
broadcast-confirm =
    📣 Tin nhắn hàng loạt #{ $id }: { $total } người
    { $lines }
    Khi nào: { $when } · Cần một nhân viên thứ hai duyệt: { $approval }
    Nhấn ✅ Gửi để xác nhận.
broadcast-need-kind = Hãy chọn loại trước.
broadcast-need-template = Hãy chọn thông báo và buổi của thông báo đó trước.
broadcast-need-version = Hãy thêm văn bản trước: /version en Your text
broadcast-nobody = Không có ai trong nhóm người nhận này.
broadcast-need-missing-choice = Một số ngôn ngữ trong nhóm người nhận chưa có bản: hãy chọn "Bỏ qua những người đó" hoặc "Gửi tiếng Anh".
broadcast-need-english = Để gửi tiếng Anh cho các ngôn ngữ khác, hãy thêm bản tiếng Anh: /version en Your text
broadcast-need-preview = Hãy xem trước: mọi bản đều được hiển thị trước khi có thể gửi.
broadcast-started = 📣 Tin nhắn hàng loạt #{ $id } đang được gửi cho { $total } người. Tiến độ hiển thị trong nhóm nhân viên; /broadcast_cancel để dừng.
broadcast-scheduled = 🕒 Tin nhắn hàng loạt #{ $id } sẽ bắt đầu lúc { $when } (Europe/London).
broadcast-awaiting = ⏳ Tin nhắn hàng loạt #{ $id } gửi cho { $total } người, nhiều hơn { $threshold }: một nhân viên thứ hai phải nhấn Duyệt trong nhóm nhân viên.
broadcast-approval-request = ⏳ Tin nhắn hàng loạt #{ $id } gửi cho { $total } người cần một nhân viên thứ hai duyệt.
broadcast-approve-button = ✅ Duyệt
broadcast-approve-self = Bạn đã tạo tin nhắn hàng loạt này: một nhân viên khác phải duyệt.
broadcast-approved = ✅ Đã duyệt tin nhắn hàng loạt #{ $id }.
broadcast-gone = Tin nhắn hàng loạt này không còn chờ thao tác đó nữa.
broadcast-dropped = ✖ Đã bỏ tin nhắn hàng loạt #{ $id }.
broadcast-no-draft = Không có bản nháp tin nhắn hàng loạt dạng văn bản tự do. Hãy bắt đầu bằng /broadcast.
broadcast-usage = Dùng: /broadcast, /broadcast to …, /broadcast at …
broadcast-version-usage = Dùng: /version LANGUAGE text. Các ngôn ngữ: { $locales }
broadcast-version-saved = ✅ Đã lưu bản { $lang } (do { $by } thêm).
broadcast-audience-usage = Dùng: /broadcast to all | lang=ar,fa area=… booked=SESSION:YYYY-MM-DD waitlist=SESSION:YYYY-MM-DD checkins days=N
broadcast-at-usage = Dùng: /broadcast at YYYY-MM-DD HH:MM (một thời điểm trong tương lai, Europe/London) hoặc /broadcast at now
broadcast-cancelled = ✖ Đã hủy tin nhắn hàng loạt #{ $id }. Những tin đã gửi vẫn giữ nguyên.
broadcast-nothing-to-cancel = Không có tin nhắn hàng loạt nào để hủy.
broadcast-edit-usage = Dùng: /broadcast_edit ID LANGUAGE corrected text
broadcast-edit-template = Chỉ có thể sửa một bản ngôn ngữ của tin nhắn hàng loạt dạng văn bản tự do. Với thông báo mẫu, hãy xóa nó và gửi một thông báo đã sửa.
broadcast-edited = ✏️ Tin nhắn hàng loạt #{ $id }: đang sửa { $count } bản sao bằng { $lang }.
broadcast-delete-usage = Dùng: /broadcast_delete ID (một tin nhắn hàng loạt đã gửi)
broadcast-deleted = 🗑 Tin nhắn hàng loạt #{ $id }: đang xóa { $count } bản sao.
broadcast-unknown = Không có tin nhắn hàng loạt đã gửi nào mang số #{ $id }.
broadcast-progress =
    📣 Tin nhắn hàng loạt #{ $id }
    { $bar } { $percent }%
    ✅ đã gửi { $sent } · ❌ thất bại { $failed } · ⏳ còn lại { $left } · còn khoảng { $eta }
broadcast-report =
    📣 Tin nhắn hàng loạt #{ $id }: báo cáo cuối cùng
    Số người: { $total }
    ✅ Đã gửi đến: { $sent }
    ❌ Không gửi đến được: đã chặn bot { $blocked } · tài khoản không còn { $gone } · bị từ chối hoặc đã ngừng thử { $failed }
    ➖ Không gửi: không có bản bằng ngôn ngữ của họ { $skipped } · đã đạt giới hạn hằng ngày { $capped } · đã hủy { $cancelled }
    Theo ngôn ngữ (đã gửi đến/số người): { $languages }
    Số lần nhấn nút: { $pressed }
