## Locale: vi (Vietnamese, Tiếng Việt)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Text for staff and volunteers. Alerts show only what a case needs: the need, urgency,
## tier, language and first name. Never add free text from the person.

staff-only = 🔒 Phần này chỉ dành cho nhóm Firstport.
staff-no-chat = ⚠️ Chưa đặt STAFF_CHAT_ID, nên không thể gửi cảnh báo cho nhân viên.
staff-alert-ticket =
    🔔 Yêu cầu mới #{ $ticket }
    Nhu cầu: { $need } · Mức khẩn cấp: { $urgency } · Cấp: { $tier }
    Ngôn ngữ: { $language } · Tên: { $name }
staff-alert-crisis =
    🆘 KHỦNG HOẢNG #{ $ticket }: { $category }
    Ngôn ngữ: { $language } · Tên: { $name }
    Người này đã được xem các số điện thoại an toàn. Xin trả lời sớm nhất có thể.
staff-need-housing = Nhà ở
staff-need-aspen = Thẻ ASPEN
staff-need-gp = Bác sĩ gia đình (GP)
staff-need-dentist = Nha sĩ
staff-need-esol = Lớp học tiếng Anh
staff-need-other = Việc khác
staff-need-talk = Muốn nói chuyện với một người
staff-need-crisis = Khủng hoảng
staff-urgency-emergency = cấp cứu
staff-urgency-urgent = khẩn cấp
staff-urgency-soon = sớm
staff-urgency-routine = thông thường
staff-tier-self-help = tự xử lý
staff-tier-volunteer = tình nguyện viên
staff-tier-caseworker = nhân viên phụ trách hồ sơ
staff-tier-immigration-adviser = cố vấn di trú (IAA Level 2)
staff-category-suicide = tự tử hoặc tự làm hại bản thân
staff-category-violence = bạo lực hoặc ngược đãi
staff-category-exploitation = bóc lột hoặc buôn người
staff-category-medical = cấp cứu y tế
staff-category-destitution = khẩn cấp: không có gì để sống
staff-category-asked = đã xin giúp đỡ (nút 🆘)
cases-title = 📋 Các trường hợp cần người xử lý, tuần { $week } ({ $count })
cases-tier = { $tier } ({ $count })
cases-line = • #{ $ticket } { $need } · { $outcome } · { $urgency } · { $language } · { $when }
cases-empty = 📋 Không có trường hợp nào cần người xử lý trong tuần { $week }.
cases-bad-week = Dùng /cases, /cases last, hoặc /cases 2026-W49.
