## Locale: vi (Vietnamese, Tiếng Việt)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## The crisis safety net. Shown FIRST when a message suggests someone may be in danger.
## Numbers: EM-01 999, EM-03 interpreter, EM-04 press 55, EM-07 NHS 111, EM-08 111 mental
## health option (never print the old local crisis lines, EM-09), EM-11 Samaritans 116 123,
## EM-13 National Domestic Abuse Helpline 0808 2000 247, EM-14 Modern Slavery & Exploitation
## Helpline 08000 121 700, AS-02/AS-03 Migrant Help 0808 8010 503. Never change a number.

crisis-card-suicide =
    💚 Cảm ơn quý vị đã cho chúng tôi biết. Quý vị rất quan trọng, và quý vị không đơn độc.
    🚨 Nếu quý vị có thể làm theo những suy nghĩ này ngay bây giờ, hãy gọi 999 hoặc đến A&E (khoa cấp cứu).
    📞 Hãy gọi NHS 111 và chọn mục sức khỏe tâm thần, cả ngày lẫn đêm. Miễn phí.
    📞 Hoặc gọi Samaritans số 116 123, cả ngày lẫn đêm. Miễn phí.
crisis-card-violence =
    🚨 Nếu quý vị đang gặp nguy hiểm, hãy gọi 999 ngay. Nếu quý vị không thể nói, hãy bấm 55.
    🏠 Bạo lực hoặc bị ngược đãi trong nhà: National Domestic Abuse Helpline (đường dây hỗ trợ bạo lực gia đình) 0808 2000 247, cả ngày lẫn đêm. Miễn phí.
    💬 Quý vị cũng có thể nói chuyện với nhóm của chúng tôi ở đây.
crisis-card-exploitation =
    🚨 Nếu quý vị đang gặp nguy hiểm, hãy gọi 999 ngay.
    ⛓️ Bị ép làm việc, hoặc bị người khác kiểm soát: Modern Slavery & Exploitation Helpline (đường dây hỗ trợ nạn nô lệ hiện đại và bóc lột) 08000 121 700, cả ngày lẫn đêm. Miễn phí. Họ có người thông dịch.
    💬 Quý vị cũng có thể nói chuyện với nhóm của chúng tôi ở đây.
crisis-card-medical =
    🚨 Hãy gọi 999 ngay. Cuộc gọi miễn phí.
    🗣️ Nói tên ngôn ngữ của quý vị bằng tiếng Anh, ví dụ "Vietnamese". Chờ người thông dịch.
    🩺 Không nguy hiểm, nhưng bị bệnh hoặc bị thương? Hãy gọi NHS 111, cả ngày lẫn đêm.
crisis-card-destitution =
    🌙 Chúng tôi rất tiếc khi quý vị gặp hoàn cảnh này. Chúng tôi sẽ cố gắng giúp.
    📞 Hãy gọi Migrant Help ngay: 0808 8010 503 (miễn phí, cả ngày lẫn đêm). Nói rằng quý vị không có thức ăn hoặc không có chỗ ngủ.
    🚨 Gặp nguy hiểm? Hãy gọi 999.
crisis-talk-now = 💬 Nói chuyện với một người ngay
crisis-safe-button = ✅ Tôi an toàn, tiếp tục
crisis-team-told = 💬 Chúng tôi đã báo cho nhóm. Sẽ có người nhắn cho quý vị ở đây sớm nhất có thể.
crisis-safe-thanks = 💚 Cảm ơn quý vị. Chúng tôi luôn ở đây bất cứ khi nào quý vị cần.
