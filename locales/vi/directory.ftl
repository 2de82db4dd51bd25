## Locale: vi (Vietnamese, Tiếng Việt)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## 📍 Find services: the directory search. Names of services stay in English.

dir-title = 📍 Tìm dịch vụ. Quý vị cần gì?
dir-need-food = 🍞 Thức ăn
dir-need-clothing = 👕 Quần áo
dir-need-drop-in = 🤝 Điểm tiếp đón (drop-in)
dir-need-esol-classes = 📚 Lớp học tiếng Anh
dir-need-conversation-clubs = 🗣️ Câu lạc bộ trò chuyện
dir-need-gp-registration = 🩺 Bác sĩ gia đình (GP)
dir-need-routine-dental = 🦷 Nha sĩ
dir-need-urgent-health = 🚑 Y tế khẩn cấp
dir-need-mental-health = 💚 Cảm xúc và sức khỏe tâm thần
dir-need-immigration-advice = ⚖️ Tư vấn pháp lý
dir-need-asylum-support = 💳 Hỗ trợ tị nạn và thẻ ASPEN
dir-need-accommodation-repairs = 🔧 Vấn đề nhà ở
dir-need-destitution-support = 🆘 Không có tiền
dir-need-night-shelter = 🌙 Chỗ ngủ
dir-need-domestic-abuse = 🏠 Bạo lực trong nhà
dir-need-exploitation = ⛓️ Bị ép làm việc
dir-need-digital-inclusion = 📱 Điện thoại và internet
dir-need-hc2 = 🧾 Miễn phí chi phí NHS (HC2)
dir-place-question = 📍 Quý vị đang ở đâu?
dir-place-newcastle = 🏙️ Newcastle
dir-place-leeds = 🏙️ Leeds
dir-place-anywhere = 🇬🇧 Bất cứ đâu ở Vương quốc Anh
dir-place-location = 📍 Dùng vị trí của tôi
dir-share-location = 📍 Bấm vào nút bên dưới để chia sẻ vị trí của quý vị. Chúng tôi chỉ dùng vị trí để sắp xếp kết quả. Chúng tôi không lưu vị trí.
dir-share-button = 📍 Chia sẻ vị trí của tôi
dir-location-used = 📍 Cảm ơn quý vị. Đây là các dịch vụ gần nhất. Chúng tôi không lưu vị trí của quý vị.
dir-none-found = 😔 Chúng tôi chưa tìm thấy dịch vụ nào cho việc này ở đây. Hãy thử nơi khác, hoặc nói chuyện với một người.
dir-none-filtered = 😔 Không có kết quả nào phù hợp với các bộ lọc này. Hãy thử bỏ bộ lọc.
dir-card-count = { $index } / { $total }
dir-open-now = 🟢 Đang mở cửa đến { $time }
dir-open-next = 🕒 Lần mở cửa tới: { $day } lúc { $time }
dir-open-always = 🟢 Mở cửa 24 giờ, tất cả các ngày
dir-open-unknown = 🕒 Giờ mở cửa: xin gọi điện trước
dir-address = 📍 { $address }
dir-phone = 📞 { $phone }
dir-languages = 🗣️ { $languages }
dir-for-line = 👥 Dành cho: { $who }
dir-for-asylum-seeker = người xin tị nạn
dir-for-refused = người có đơn xin tị nạn bị từ chối
dir-for-refugee = người tị nạn
dir-for-any = tất cả mọi người
dir-checked = ✅ Kiểm tra lần cuối: { $date }
dir-uncertain = ⚠️ Một số thông tin có thể đã cũ. Xin gọi điện trước khi đến.
dir-distance = 📏 Cách đây khoảng { $km } km
dir-map = 📍 Bản đồ
dir-more = ➡️ Thêm kết quả
dir-filter-open = ⏰ Đang mở cửa
dir-filter-language = 🗣️ Nói ngôn ngữ của tôi
dir-filter-on = ✅ { $filter }
dir-feedback-question = 🤝 Hôm qua chúng tôi đã giới thiệu { $service } cho quý vị. Quý vị có được giúp ở đó không?
dir-feedback-helpful = 👍 Có
dir-feedback-unhelpful = 👎 Không
dir-feedback-no-access = 🚪 Tôi không vào được
dir-feedback-thanks = 🙏 Cảm ơn quý vị. Điều này giúp chúng tôi giữ danh sách luôn chính xác.
dir-reload-ok = ✅ Đã tải lại danh bạ dịch vụ: { $services } dịch vụ.
dir-reload-failed = ❌ Dữ liệu danh bạ mới không hợp lệ, nên dữ liệu cũ vẫn được dùng:
dir-stale-title = 🗓️ Mục cần kiểm tra lại (quá { $days } ngày): { $count }
dir-stale-none = ✅ Không có mục nào cần kiểm tra.
dir-stale-line = • { $service } ({ $name }): kiểm tra lần cuối { $days } ngày trước
dir-feedback-title = 🤝 Câu trả lời cho "Quý vị có được giúp ở đó không?", theo từng dịch vụ:
dir-feedback-line = • { $name }: 👍 { $yes } · 👎 { $no } · 🚪 { $noaccess }
dir-feedback-empty = 🤝 Chưa có câu trả lời nào.

## Parts of a city (taxonomy firstport-district). Place names stay as they are.

dir-district-question = 📍 Khu vực nào của thành phố?
dir-district-any = 🏙 Bất kỳ đâu trong thành phố
tax-newcastle-centre = 🏙 Newcastle: Trung tâm thành phố
tax-newcastle-west-end = 🏘 Newcastle: West End
tax-leeds-harehills = 🏘 Leeds: Harehills
tax-leeds-armley = 🏘 Leeds: Armley
