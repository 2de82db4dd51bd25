## Locale: vi (Vietnamese, Tiếng Việt)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Rules for every locale: short sentences, one idea per line, an icon on every button.
## Never put bidi marks inside /commands. Numbers and entitlements come from
## shared/reference/domain-facts.md (fact ids in comments); translate the words, never the numbers.

## Language picker

# The name of this language, written in this language (an endonym). Shown in the picker.
lang-name = Tiếng Việt
lang-choose = 🌐 Xin chọn ngôn ngữ của quý vị.
lang-changed = ✅ Từ bây giờ tôi sẽ viết cho quý vị bằng tiếng Việt.

## Privacy notice (its version lives in bot/onboarding.py: PRIVACY_VERSION)

privacy-notice =
    🔒 Quyền riêng tư của quý vị

    📝 Chúng tôi lưu gì: ngôn ngữ của quý vị, tên gọi của quý vị, ngày quý vị đồng ý, các chủ đề quý vị đã chọn, lịch hẹn của quý vị tại điểm tiếp đón, lựa chọn của quý vị về tin nhắn hỏi thăm, và tin nhắn quý vị gửi cho nhóm của chúng tôi.
    🎯 Tại sao: để giúp quý vị và để nhớ ngôn ngữ của quý vị.
    ⏳ Lưu bao lâu: cho đến khi quý vị xóa, hoặc 12 tháng sau tin nhắn cuối cùng của quý vị.
    👥 Ai xem được: chỉ nhóm từ thiện Firstport. Chúng tôi không phải là Home Office (Bộ Nội vụ Anh). Chúng tôi không chia sẻ thông tin này với Home Office, cũng không chia sẻ với bên cung cấp nhà ở cho quý vị.
    🗑 Lựa chọn của quý vị: /mydata cho xem những gì chúng tôi lưu. /forget xóa những thông tin đó.

    ⚠️ Đừng bao giờ gửi cho chúng tôi số tham chiếu Home Office, số thẻ ASPEN hoặc mã PIN của quý vị.
privacy-agree = ✅ Tôi đồng ý
privacy-decline = ✖️ Không, cảm ơn
privacy-agreed = ✅ Cảm ơn quý vị. Quý vị có thể đổi ý bất cứ lúc nào bằng /forget.
privacy-declined = 👍 Không sao. Chúng tôi không lưu gì về quý vị. Quý vị vẫn có thể đọc tất cả thông tin. Nếu muốn đổi ý, hãy gửi /start.
privacy-updated = 🔒 Thông báo về quyền riêng tư của chúng tôi đã thay đổi. Xin quý vị đọc lại.
privacy-withdrawn = ✅ Chúng tôi đã xóa những gì đã lưu về quý vị. Quý vị vẫn có thể đọc tất cả thông tin. Để đồng ý lại, hãy gửi /start.
privacy-stale = ⌛ Thông báo đó đã cũ. Đây là thông báo hiện tại.

## Main menu: every item has an icon and short words

menu-title = 🏠 Menu chính. Quý vị cần gì?
menu-housing = 🏠 Nhà ở
menu-aspen = 💳 Thẻ ASPEN
menu-gp = 🩺 Bác sĩ gia đình (GP)
menu-dentist = 🦷 Nha sĩ
menu-esol = 📚 Lớp học tiếng Anh
menu-services = 📍 Tìm dịch vụ
menu-other = ❔ Việc khác
menu-urgent = 🆘 Giúp đỡ khẩn cấp
menu-language = 🌐 Ngôn ngữ
menu-privacy = 🔒 Dữ liệu của tôi
menu-help = ❓ Trợ giúp

## Safety card (EM-01, EM-03, EM-04, EM-07, EM-08, EM-09, EM-11, EM-13, EM-14, AS-02)

safety-card =
    🆘 Giúp đỡ khẩn cấp. Tất cả các cuộc gọi này đều miễn phí.

    🚨 Đang gặp nguy hiểm: gọi 999. Nói tên ngôn ngữ của quý vị bằng tiếng Anh, ví dụ "Vietnamese". Chờ người thông dịch. Nếu quý vị không thể nói, hãy bấm 55.
    🩺 Bị bệnh hoặc bị thương: gọi NHS 111, cả ngày lẫn đêm. Nói tên ngôn ngữ của quý vị để có người thông dịch.
    💭 Cảm thấy rất suy sụp, hoặc đang nghĩ đến việc tự tử: gọi 111 và chọn mục sức khỏe tâm thần. Hoặc gọi Samaritans số 116 123, cả ngày lẫn đêm.
    🏠 Bạo lực hoặc bị ngược đãi trong nhà: National Domestic Abuse Helpline (đường dây hỗ trợ bạo lực gia đình) 0808 2000 247, cả ngày lẫn đêm.
    ⛓️ Bị ép làm việc, hoặc bị người khác kiểm soát: Modern Slavery & Exploitation Helpline (đường dây hỗ trợ nạn nô lệ hiện đại và bóc lột) 08000 121 700, cả ngày lẫn đêm.
    🏘️ Vấn đề về nhà ở hoặc thẻ ASPEN: Migrant Help 0808 8010 503, cả ngày lẫn đêm.

## Help

help-text =
    ❓ Cách dùng Firstport

    👆 Bấm vào các nút. Quý vị không cần gõ chữ.
    🏠 /menu hiện menu chính.
    🌐 /language đổi ngôn ngữ.
    🔔 /checkins: bao lâu chúng tôi hỏi thăm quý vị một lần, hoặc dừng.
    🔒 /privacy cho xem những gì chúng tôi lưu. /mydata gửi những thông tin đó cho quý vị. /forget xóa những thông tin đó.
    🆘 /urgent hiện các số điện thoại khẩn cấp.

    Chúng tôi là một nhóm từ thiện, không phải Home Office. Chúng tôi có thể chỉ cho quý vị nơi để nhận giúp đỡ. Ở đây chúng tôi không thể tư vấn pháp lý về hồ sơ của quý vị.

## Command menu (setMyCommands); at most 256 characters each

cmd-start = Bắt đầu lại
cmd-menu = Menu chính
cmd-language = Đổi ngôn ngữ
cmd-help = Cách dùng bot này
cmd-privacy = Những gì chúng tôi lưu về quý vị
cmd-mydata = Gửi cho tôi dữ liệu của tôi
cmd-forget = Xóa dữ liệu của tôi
cmd-urgent = Giúp đỡ khẩn cấp và số khẩn cấp

## Bot profile (setMyDescription: at most 512 characters; short: at most 120)

about-description = Firstport giúp người xin tị nạn và người tị nạn tìm đúng nơi giúp đỡ: nhà ở, thẻ ASPEN, bác sĩ, nha sĩ và lớp học tiếng Anh. Miễn phí. Chúng tôi là tổ chức từ thiện, không phải Home Office. Gặp nguy hiểm? Hãy gọi 999.
about-short = Giúp về nhà ở, thẻ ASPEN, bác sĩ, nha sĩ và lớp học tiếng Anh. Chúng tôi không phải là Home Office.

## Your data

data-export-caption = 📄 Đây là tất cả những gì chúng tôi lưu về quý vị.
data-export-empty = 📄 Chúng tôi không lưu gì về quý vị.
forget-confirm = 🗑 Xóa tất cả những gì chúng tôi lưu về quý vị? Sau khi xóa sẽ không lấy lại được.
forget-yes = 🗑 Có, xóa đi
forget-no = ↩️ Không, giữ lại
forget-done = ✅ Xong. Chúng tôi đã xóa tất cả những gì đã lưu về quý vị. Để bắt đầu lại, hãy gửi /start.
forget-nothing = ✅ Chúng tôi không lưu gì về quý vị. Không có gì để xóa.
forget-kept = 👍 Không có gì bị xóa.
data-show = 📄 Xem dữ liệu của tôi
data-delete = 🗑 Xóa dữ liệu của tôi

## Messages we cannot use

fallback-voice = 🎤 Xin lỗi, tôi không thể nghe tin nhắn thoại. Xin bấm vào một nút bên dưới.
fallback-sticker = 🙂 Cảm ơn quý vị! Xin bấm vào một nút bên dưới.
fallback-photo = 🖼️ Tôi không thể xem hình ảnh. Xin bấm vào một nút bên dưới. Đừng bao giờ gửi ảnh giấy tờ hoặc thẻ của quý vị.
fallback-media = 🎬 Tôi không thể mở nội dung này. Xin bấm vào một nút bên dưới.
fallback-location = 📍 Cảm ơn quý vị. Tôi không lưu vị trí. Xin bấm vào một nút bên dưới.
fallback-contact = 👤 Cảm ơn quý vị. Tôi không lưu thông tin liên lạc. Xin bấm vào một nút bên dưới.
fallback-document = 📎 Tôi không thể mở tệp. Xin đừng gửi giấy tờ ở đây. Hãy bấm vào một nút bên dưới.
fallback-edited = ✏️ Tôi thấy quý vị đã sửa một tin nhắn. Tôi chỉ đọc tin nhắn mới. Xin bấm vào một nút bên dưới.
fallback-text = 🤔 Xin lỗi, tôi không hiểu. Xin bấm vào một nút bên dưới.
fallback-other = 🤔 Xin lỗi, tôi không thể dùng nội dung này. Xin bấm vào một nút bên dưới.

## Buttons that no longer work (answerCallbackQuery: at most 200 characters)

button-stale = ⌛ Nút này đã cũ. Đây là các nút hiện tại.

## Navigation buttons

nav-menu = 🏠 Menu
nav-back = ⬅️ Quay lại

## Groups and errors

group-private-only = 👋 Tôi chỉ hoạt động trong cuộc trò chuyện riêng. Xin nhắn trực tiếp cho tôi. Tạm biệt!
error-generic = 😔 Xin lỗi, đã có lỗi xảy ra. Xin thử lại. Gặp nguy hiểm? Hãy gọi 999.
