## Locale: vi (Vietnamese, Tiếng Việt)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📅 Drop-in: sessions, booking, the waitlist, reminders, closures; then the staff lists.
## Site names and addresses come from the directory and stay as they are.

menu-dropin = 📅 Điểm tiếp đón (drop-in)

## Who attends (rota roles in directory/dropin/*.yaml) and what to bring

dropin-role-casework = 🏠 Giúp về nhà ở và thẻ ASPEN
dropin-role-esol = 📚 Đăng ký lớp học tiếng Anh
dropin-role-health = 🩺 Đăng ký với bác sĩ và nha sĩ
dropin-role-welfare = 🤝 Thức ăn, quần áo và giúp đỡ khác
dropin-bring-casework = Các thư từ về nhà ở hoặc về hỗ trợ tị nạn của quý vị. Ảnh chụp những chỗ hư hỏng cần sửa, nếu quý vị có.
dropin-bring-esol = Giấy tờ tùy thân mà quý vị có.
dropin-bring-health = Các thư từ của bác sĩ, nha sĩ hoặc bệnh viện.
dropin-bring-welfare = Các thư từ mà quý vị muốn được giúp.

## The drop-in screen

booking-intro = 📅 Điểm tiếp đón (drop-in): giúp đỡ miễn phí, gặp trực tiếp. Quý vị có thể cứ đến, hoặc đặt lịch hẹn.
booking-session-line = 📍 { $site } · { $day } · { $start }–{ $end }
booking-session-who = 👥 { $roles }
booking-session-closed = ⛔ { $site } · { $day }: đóng cửa
booking-times-unconfirmed = ⚠️ Giờ giấc có thể thay đổi. Xin kiểm tra trước khi đi.
booking-what-need = Quý vị cần giúp về việc gì?
booking-none = 📅 Không có buổi tiếp đón nào trong 4 tuần tới.
booking-walk-in-button = 🚶 Cứ đến, không cần hẹn
booking-walk-in-text = 🚶 Quý vị không cần đặt lịch. Hãy đến bất kỳ buổi nào dưới đây.
booking-map = 📍 { $site }
booking-mine-button = 📋 Lịch hẹn của tôi
booking-back = ↩️ Quay lại
booking-needs-consent = 🔒 Để đặt chỗ, chúng tôi cần lưu tên gọi và ngôn ngữ của quý vị.

## Choosing a session and a time

booking-pick-session = { $role }: xin chọn nơi và ngày.
booking-change-pick = 🔁 { $role }: xin chọn ngày mới. Lịch hẹn cũ vẫn được giữ cho đến khi quý vị đặt lịch mới.
booking-role-none = 😔 { $role }: không có buổi nào trong 4 tuần tới.
booking-session-open = 📍 { $site } · { $day }
booking-session-full = ⏳ { $site } · { $day } · hết chỗ
booking-pick-time = 🕙 { $role }. { $site }, { $day }. Xin chọn giờ.
booking-time-button = 🕙 { $time }
booking-full = 😔 Buổi này đã hết chỗ ({ $site }, { $day }). Quý vị có muốn vào danh sách chờ không? Nếu có chỗ trống, chúng tôi sẽ nhắn cho quý vị.
booking-join-waitlist = ⏳ Vào danh sách chờ

## Interpreter

booking-interpreter-question = 🗣 Quý vị có cần người thông dịch không?
booking-interpreter-yes = 🗣 Có: { $language }
booking-interpreter-other = 🌐 Ngôn ngữ khác
booking-interpreter-no = 🙅 Không, cảm ơn
booking-interpreter-pick = 🌐 Ngôn ngữ nào?
booking-interpreter-none = không

## Booked

booking-confirmed =
    ✅ Quý vị đã đặt lịch xong.

    📋 Việc gì: { $role }
    📍 Ở đâu: { $site }, { $address }
    🕙 Khi nào: { $when }
    🗣 Người thông dịch: { $interpreter }
    🎒 Mang theo: { $bring }

    🔔 Chúng tôi sẽ nhắc quý vị một ngày trước và 2 tiếng trước giờ hẹn.
booking-ics-caption = 📅 Thêm lịch hẹn này vào lịch của quý vị.
booking-ics-summary = Điểm tiếp đón: { $role } ({ $site })
booking-ics-description = Mang theo: { $bring }
booking-ics-alarm = Còn 2 tiếng nữa đến giờ hẹn ở điểm tiếp đón

## Problems

booking-err-closed = ⛔ Xin lỗi, buổi này đã đóng.
booking-err-gone = 😔 Việc này không còn làm được nữa. Xin chọn lại.
booking-err-too-late = ⏰ Đã quá muộn để đặt giờ này. Xin chọn giờ muộn hơn.
booking-err-already = ℹ️ Quý vị đã có lịch hẹn cho buổi này rồi. Xem 📋 Lịch hẹn của tôi.
booking-err-limit = ℹ️ Quý vị có thể có { $max } lịch hẹn cùng lúc. Xin hủy một lịch hẹn trong 📋 Lịch hẹn của tôi trước.
booking-err-full = 😔 Xin lỗi, chỗ cuối cùng vừa có người lấy.
booking-err-slot-taken = 😔 Có người vừa lấy giờ đó. Xin chọn giờ khác.
booking-err-not-active = ℹ️ Lịch hẹn này không còn hiệu lực.

## The waitlist

booking-waitlist-joined = ⏳ Quý vị đã có tên trong danh sách chờ. Quý vị là số { $position }. Nếu có chỗ trống, chúng tôi sẽ nhắn cho quý vị.
booking-waitlist-already = ℹ️ Quý vị đã có tên trong danh sách chờ rồi. Quý vị là số { $position }.
booking-waitlist-booked = ℹ️ Quý vị đã có lịch hẹn cho buổi này rồi.
booking-waitlist-left = ✅ Quý vị đã rời danh sách chờ.
booking-offer-text = 🎉 Có một chỗ trống: { $role }, { $site }, { $when }. Quý vị có muốn lấy chỗ này không? Chúng tôi giữ chỗ cho quý vị đến { $until }.
booking-offer-take = ✅ Lấy chỗ này
booking-offer-decline = ❌ Không, cảm ơn
booking-offer-expired = ⌛ Đã hết thời gian nhận chỗ. Chỗ này đã chuyển cho người tiếp theo. Quý vị có thể chọn buổi khác trong 📅 Điểm tiếp đón (drop-in).
booking-offer-declined = 👍 Được ạ. Chỗ này sẽ chuyển cho người tiếp theo.

## My bookings

booking-mine-title = 📋 Lịch hẹn của quý vị
booking-mine-empty = 📋 Quý vị chưa có lịch hẹn nào.
booking-mine-line = { $number }. { $role } · { $site } · { $when }
booking-mine-waiting = { $number }. ⏳ Danh sách chờ: { $role } · { $site } · { $day }
booking-change-number = 🔁 Đổi { $number }
booking-cancel-number = ❌ Hủy { $number }
booking-leave-waitlist = 🚪 Rời danh sách chờ { $number }
booking-cancel-confirm = ❓ Hủy lịch hẹn này? { $role }, { $site }, { $when }.
booking-cancel-yes = ✅ Có, hủy
booking-cancel-no = ↩️ Không, giữ lại
booking-cancelled = ✅ Đã hủy. Cảm ơn quý vị đã báo cho chúng tôi. Chỗ của quý vị có thể dành cho người khác.

## Reminders

booking-reminder-eve = 🔔 Ngày mai lúc { $time }: { $role }, { $site } ({ $address }).
booking-reminder-soon = 🔔 Hôm nay lúc { $time }: { $role }, { $site } ({ $address }).
booking-come-button = ✅ Tôi sẽ đến
booking-cancel-button = ❌ Hủy
booking-change-button = 🔁 Đổi
booking-come-thanks = 👍 Cảm ơn quý vị. Hẹn gặp quý vị ở đó.

## A session is closed

booking-closed-notice = ⛔ Điểm tiếp đón ở { $site } vào { $day } đóng cửa. { $reason } Chúng tôi rất xin lỗi. Chỗ của quý vị đã bị hủy.
booking-closed-next = 📅 Quý vị có thể đặt lịch một trong các buổi tiếp theo:
booking-book-again = 📅 { $site } · { $day }
booking-reason-holiday = Hôm đó là ngày lễ.
booking-reason-weather = Lý do là vì thời tiết.
booking-reason-staff = Không có đủ nhân viên.
booking-reason-building = Tòa nhà đóng cửa.
booking-reason-other = Đã có thay đổi.

## From a triage outcome

booking-button-triage = 📅 Đặt lịch ở điểm tiếp đón

## Staff: drop-in lists (/today, /day, /sessions, /close, /capacity)

sessions-title = 📅 Các buổi trong 4 tuần tới
sessions-line-open = { $code } · { $site } · { $day } { $start }–{ $end } · đã đặt { $booked } · đang chờ { $waiting } · đã đến { $arrived } · vắng mặt { $noshow }
sessions-line-closed = ⛔ { $code } · { $site } · { $day } · đóng ({ $reason })
sessions-unconfirmed = ⚠️ giờ chưa được xác nhận (xem directory/dropin/)
sessions-none = 📅 Không có buổi nào trong 4 tuần tới.
sessions-day-title = 📋 { $site } · { $day } · { $start }–{ $end } ({ $code })
sessions-day-closed = ⛔ Đóng ({ $reason })
sessions-day-counts = Đã đặt { $booked } · đã đến { $arrived } · vắng mặt { $noshow } · đang chờ { $waiting } · giữ cho người đến không hẹn { $walkin }
sessions-day-entry = { $time } · { $name } · { $role } · { $language } · 🗣 { $interpreter } · { $state }
sessions-day-waiting = ⏳ { $position }. { $name } · { $role } · { $language } · 🗣 { $interpreter }
sessions-day-empty = Chưa có lịch hẹn nào.
sessions-day-none = 📅 Không có buổi nào vào { $day }.
sessions-no-interpreter = không
sessions-state-held = đã mời nhận chỗ (danh sách chờ)
sessions-state-booked = đã đặt
sessions-state-arrived = ✅ đã đến
sessions-state-no-show = ⛔ vắng mặt
sessions-state-cancelled = đã hủy
sessions-state-expired = hết hạn nhận chỗ
sessions-state-closed = đóng
sessions-confirmed = , sẽ đến
sessions-arrived-button = ✅ { $time } { $name }
sessions-noshow-button = ⛔ { $time } { $name }
sessions-marked = { $name }: { $state }
sessions-bad-date = Dùng ngày dạng 2026-12-03, hoặc today (hôm nay), hoặc tomorrow (ngày mai).
sessions-unknown-site = Không rõ địa điểm. Các địa điểm: { $sites }
sessions-close-usage = Dùng: /close NGÀY ĐỊA-ĐIỂM LÝ-DO [ghi chú]. Lý do: { $reasons }. Ví dụ: /close 2026-12-03 castlegate weather
sessions-already-closed = ⛔ Buổi đó vào { $day } đã đóng rồi.
sessions-closed-done = ⛔ Đã đóng: { $site }, { $day }. Đang báo cho { $booked } người đã đặt và { $waiting } người đang chờ, bằng ngôn ngữ của họ. Báo cáo gửi tin sẽ hiện ở đây.
sessions-closure-report = 📣 Đóng buổi { $code }: đã báo { $sent }, thất bại { $failed }, { $dropped } đã chặn bot, { $waiting } chưa gửi.
sessions-capacity-usage = Dùng: /capacity NGÀY ĐỊA-ĐIỂM VAI-TRÒ N để giữ N chỗ cho người đến không hẹn. Các vai trò: { $roles }
sessions-capacity-done = ✅ { $site }, { $day }, { $role }: giữ { $walkin } chỗ cho người đến không hẹn, { $bookable } chỗ đặt được, { $taken } chỗ đã có người.

## Command menu (setMyCommands)

cmd-mybookings = Lịch hẹn của tôi
