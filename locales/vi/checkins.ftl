## Locale: vi (Vietnamese, Tiếng Việt)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Welfare check-ins. Short sentences. Keep emoji, numbers and /commands as they are.
## The staff part is shown in English; it is drafted here so every key exists.

## The offer, right after agreeing to the privacy notice, and /checkins

checkin-offer =
    💚 Thỉnh thoảng chúng tôi có thể hỏi thăm quý vị không?
    Chúng tôi gửi một tin nhắn ngắn: "Quý vị có khỏe không?" Quý vị trả lời bằng một lần chạm.
    Chúng tôi chỉ giữ lựa chọn của quý vị và thời điểm quý vị trả lời. Quý vị có thể dừng bất cứ lúc nào.
checkin-weekly-button = 📅 Mỗi tuần
checkin-fortnightly-button = 🗓️ Hai tuần một lần
checkin-decline-button = 🔕 Không, cảm ơn
checkin-when-question = 🕘 Thời gian nào trong ngày tốt nhất để nhận tin nhắn?
checkin-morning-button = 🌅 Buổi sáng
checkin-afternoon-button = ☀️ Buổi chiều
checkin-evening-button = 🌆 Buổi tối
checkin-status =
    🔔 Hỏi thăm: { $cadence ->
        [weekly] mỗi tuần
        [fortnightly] hai tuần một lần
       *[off] đã tắt
    }
    🕘 Thời gian trong ngày: { $window ->
        [morning] buổi sáng
        [afternoon] buổi chiều
       *[evening] buổi tối
    }
    Chạm vào một nút để thay đổi.
checkin-saved =
    ✅ Đã lưu. Chúng tôi sẽ hỏi thăm quý vị { $cadence ->
        [weekly] mỗi tuần
       *[fortnightly] hai tuần một lần
    }, vào { $window ->
        [morning] buổi sáng
        [afternoon] buổi chiều
       *[evening] buổi tối
    }.
    Để thay đổi hoặc dừng: /checkins
checkin-stopped = 🔕 Hỏi thăm đã tắt. Chúng tôi sẽ không gửi tin hỏi thăm hoặc câu hỏi theo dõi. Để bắt đầu lại: /checkins
checkin-stop-button = 🔕 Dừng hỏi thăm
checkin-needs-consent = 🔒 Để hỏi thăm, chúng tôi cần giữ một ít thông tin. Vui lòng đọc điều này trước.

## The check-in

checkin-question =
    💚 Xin chào từ Firstport. { $cadence ->
        [fortnightly] Hai tuần qua
       *[weekly] Tuần này
    } quý vị thế nào?
    Chạm vào một câu trả lời. Để dừng các tin nhắn này, chạm 🔕.
checkin-ok-button = 🙂 Ổn
checkin-help-button = 🤔 Tôi cần giúp một việc
checkin-bad-button = 😟 Không ổn
checkin-sos-button = 🆘 Giúp đỡ khẩn cấp
checkin-ok-thanks = 🙂 Cảm ơn quý vị đã cho chúng tôi biết. Chúng tôi ở đây nếu quý vị cần.
checkin-help-menu = 🤔 Quý vị cần giúp việc gì? Chọn bên dưới.
checkin-bad-question = 😟 Chúng tôi rất tiếc vì mọi việc khó khăn. Quý vị có muốn một người trong nhóm chúng tôi liên lạc với quý vị ở đây không?
checkin-bad-yes-button = ✅ Có, xin vui lòng
checkin-bad-no-button = ✖️ Không, cảm ơn
checkin-bad-declined = 💚 Không sao. Chúng tôi luôn ở đây bất cứ khi nào quý vị cần. Các số miễn phí ở phía trên. Quý vị cũng có thể chọn bên dưới.

## Under a follow-up question

followup-yes-button = ✅ Có
followup-no-button = ❌ Không
followup-talk-button = 💬 Nói chuyện với một người
followup-yes-thanks = 🎉 Tin tốt. Cảm ơn quý vị đã cho chúng tôi biết.
followup-no-intro = 💚 Cảm ơn quý vị đã cho chúng tôi biết. Đây là thông tin một lần nữa. Một người trong nhóm chúng tôi cũng có thể liên lạc với quý vị ở đây.

## The tip of the week, after 🙂 OK

tip-of-the-week =
    💡 Mẹo của tuần:
    { $tip }

## Command menu (setMyCommands); at most 256 characters

cmd-checkins = Hỏi thăm: bao lâu một lần, hoặc dừng

## For staff and volunteers (shown in English in the staff chat)

staff-need-welfare = Cuộc gọi hỏi thăm
checkin-weekly-summary =
    📊 Hỏi thăm, từ { $first } đến { $last }
    📨 Đã gửi: { $sent } · có trả lời: { $answered }
    🙂 { $ok } · 🤔 { $help } · 😟 { $bad } · 🆘 { $sos }
    🔁 Theo dõi đã gửi: { $followups } · ⏸️ hoãn lại: { $postponed }
    📞 Đang trong danh sách gọi hỏi thăm: { $calllist }
    🚫 Đã chặn bot: { $blocked } ({ $newblocked } tuần này)
checkin-offdays-title = 📅 Không hỏi thăm, theo dõi hoặc tin nhắn khác vào: { $days }
checkin-offdays-none = 📅 Không có ngày nào được đánh dấu nghỉ.
checkin-offdays-usage = ✍️ /offdays add 2026-12-25 2026-12-26, hoặc một khoảng: /offdays add 2026-12-24..2027-01-01. Để hủy: /offdays remove 2026-12-25
calllist-title =
    📞 Danh sách gọi hỏi thăm: { $count ->
        [one] 1 người
       *[other] { $count } người
    }
calllist-empty = 📞 Danh sách gọi hỏi thăm đang trống.
calllist-line = { $n }. { $name } · { $language } · { $reason }
calllist-more = …và { $count } người nữa.
calllist-reason-missed = 📭 { $count } lần hỏi thăm liên tiếp không có trả lời
calllist-reason-not-ok = 😟 đã nói "Không ổn", sau đó không trả lời
calllist-reason-followup-no = ❌ "Không" cho một câu hỏi theo dõi ({ $need })
calllist-call-button = 📞 { $n } Bắt đầu trò chuyện
calllist-done-button = ✅ { $n } Xong
calllist-outcome-question = ✅ Với { $name } thế nào?
calllist-reached-button = 📞 Đã liên lạc được
calllist-not-reached-button = 📵 Không liên lạc được
calllist-referred-button = ↪️ Đã chuyển tiếp
calllist-recorded = ✅ { $name }: { $outcome }. Đã ra khỏi danh sách. Còn trong danh sách: { $left }.
calllist-already-done = ✔️ Người này không còn trong danh sách gọi.
calllist-chat-started = 📞 Phiếu #{ $ticket } là của bạn. Hãy viết trước, trong chủ đề của nó.
calllist-chat-note =
    📞 Cuộc gọi hỏi thăm từ danh sách: { $reason }. Bắt đầu bởi { $alias }.
    Người này chưa được báo gì. Vui lòng viết trước.
    Chúng tôi không giữ số điện thoại. Nếu một cuộc gọi điện thoại giúp ích, hãy sắp xếp trong cuộc trò chuyện này.
calllist-has-ticket = 🎫 Người này đã có phiếu #{ $ticket }. Vui lòng dùng phiếu đó.
calllist-blocked = 🚫 Người này đã chặn bot. Chúng tôi không thể viết cho họ.
tip-usage =
    ✍️ /tip en 💡 Mẹo của bạn, bằng ngôn ngữ đó. Mỗi tin nhắn một ngôn ngữ.
    🗑 /tip clear en xóa một ngôn ngữ. /tip clear xóa tất cả.
    Ngôn ngữ không có mẹo thì không nhận mẹo, không bao giờ nhận mẹo tiếng Anh. Mẹo được hiển thị trong 7 ngày.
tip-set =
    ✅ Mẹo của tuần cho { $language }, hiển thị sau 🙂 Ổn trong { $days } ngày:
    { $tip }
tip-cleared = ✅ Đã xóa mẹo: { $languages }.
tip-invalid = ⚠️ Chưa lưu: { $problem }.
tip-list-title = 💡 Mẹo của tuần:
tip-list-line = • { $language }: { $tip }
tip-list-expired = • { $language } (cũ hơn một tuần, không hiển thị): { $tip }
tip-list-empty = 💡 Chưa có mẹo của tuần.
tip-list-missing = Không có mẹo: { $languages }
