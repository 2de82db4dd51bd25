## Locale: ckb (Kurdish Sorani, کوردی)
## Drafted by: AI-assisted machine draft (Firstport engineering), 2026-12-01
## Review status: NOT REVIEWED - awaiting native-speaker review
##
## Welfare check-ins. Short sentences. Keep emoji, numbers and /commands as they are.
## The staff part is shown in English; it is drafted here so every key exists.

## The offer, right after agreeing to the privacy notice, and /checkins

checkin-offer =
    💚 دەتوانین جار جار هەواڵت بپرسین؟
    یەک نامەی کورت دەنێرین: «چۆنی؟» بە یەک لێدان وەڵام دەدەیتەوە.
    تەنها هەڵبژاردنەکەت و کاتی وەڵامەکەت هەڵدەگرین. هەر کاتێک بتەوێت دەتوانیت ڕایبگریت.
checkin-weekly-button = 📅 هەموو هەفتەیەک
checkin-fortnightly-button = 🗓️ هەموو دوو هەفتە جارێک
checkin-decline-button = 🔕 نەخێر، سوپاس
checkin-when-question = 🕘 کام کاتی ڕۆژ بۆ نامە باشترە؟
checkin-morning-button = 🌅 بەیانی
checkin-afternoon-button = ☀️ دوای نیوەڕۆ
checkin-evening-button = 🌆 ئێوارە
checkin-status =
    🔔 هەواڵپرسین: { $cadence ->
        [weekly] هەموو هەفتەیەک
        [fortnightly] هەموو دوو هەفتە جارێک
       *[off] ڕاگیراوە
    }
    🕘 کاتی ڕۆژ: { $window ->
        [morning] بەیانی
        [afternoon] دوای نیوەڕۆ
       *[evening] ئێوارە
    }
    بۆ گۆڕین، دوگمەیەک لێبدە.
checkin-saved =
    ✅ پاشەکەوت کرا. { $cadence ->
        [weekly] هەموو هەفتەیەک
       *[fortnightly] هەموو دوو هەفتە جارێک
    }، { $window ->
        [morning] بەیانی
        [afternoon] دوای نیوەڕۆ
       *[evening] ئێوارە
    }، هەواڵت دەپرسین.
    بۆ گۆڕین یان ڕاگرتن: /checkins
checkin-stopped = 🔕 هەواڵپرسین ڕاگیراوە. نامەی هەواڵپرسین یان پرسیاری بەدواداچوون نانێرین. بۆ دەستپێکردنەوە: /checkins
checkin-stop-button = 🔕 ڕاگرتنی هەواڵپرسین
checkin-needs-consent = 🔒 بۆ هەواڵپرسین پێویستە کەمێک زانیاری هەڵبگرین. تکایە سەرەتا ئەمە بخوێنەوە.

## The check-in

checkin-question =
    💚 سڵاو لە Firstport ـەوە. { $cadence ->
        [fortnightly] لەم دوو هەفتەیەدا
       *[weekly] ئەم هەفتەیە
    } چۆنی؟
    یەک وەڵام لێبدە. بۆ ڕاگرتنی ئەم نامانە، 🔕 لێبدە.
checkin-ok-button = 🙂 باشم
checkin-help-button = 🤔 پێویستم بە یارمەتییە لە شتێکدا
checkin-bad-button = 😟 باش نیم
checkin-sos-button = 🆘 یارمەتیی بەپەلە
checkin-ok-thanks = 🙂 سوپاس کە پێت گوتین. ئەگەر پێویستت پێمان بوو، ئێمە لێرەین.
checkin-help-menu = 🤔 پێویستت بە یارمەتی چییە؟ لە خوارەوە هەڵبژێرە.
checkin-bad-question = 😟 ببورە کە کارەکان قورسن. دەتەوێت کەسێک لە تیمەکەمان لێرە پەیوەندیت پێوە بکات؟
checkin-bad-yes-button = ✅ بەڵێ، تکایە
checkin-bad-no-button = ✖️ نەخێر، سوپاس
checkin-bad-declined = 💚 باشە. هەر کاتێک پێویستت پێمان بوو، ئێمە لێرەین. ژمارە بێبەرامبەرەکان لە سەرەوەن. دەتوانیت لە خوارەوەش هەڵبژێریت.

## Under a follow-up question

followup-yes-button = ✅ بەڵێ
followup-no-button = ❌ نەخێر
followup-talk-button = 💬 قسەکردن لەگەڵ کەسێک
followup-yes-thanks = 🎉 هەواڵێکی باشە. سوپاس کە پێت گوتین.
followup-no-intro = 💚 سوپاس کە پێت گوتین. ئەمە دووبارە زانیارییەکەیە. لەوانەیە کەسێک لە تیمەکەمان لێرە پەیوەندیت پێوە بکات.

## The tip of the week, after 🙂 OK

tip-of-the-week =
    💡 ئامۆژگاریی ئەم هەفتەیە:
    { $tip }

## Command menu (setMyCommands); at most 256 characters

cmd-checkins = هەواڵپرسین: چەند جار، یان ڕاگرتن

## For staff and volunteers (shown in English in the staff chat)

staff-need-welfare = پەیوەندیی هەواڵپرسین
checkin-weekly-summary =
    📊 هەواڵپرسین، لە { $first } تا { $last }
    📨 نێردرا: { $sent } · وەڵام درایەوە: { $answered }
    🙂 { $ok } · 🤔 { $help } · 😟 { $bad } · 🆘 { $sos }
    🔁 بەدواداچوونی نێردراو: { $followups } · ⏸️ دواخراو: { $postponed }
    📞 ئێستا لە لیستی پەیوەندیی هەواڵپرسین: { $calllist }
    🚫 بۆتەکەیان بلۆک کرد: { $blocked } ({ $newblocked } ئەم هەفتەیە)
checkin-offdays-title = 📅 لەم ڕۆژانەدا هەواڵپرسین، بەدواداچوون یان نامەی تر نییە: { $days }
checkin-offdays-none = 📅 هیچ ڕۆژێک وەک پشوو دیاری نەکراوە.
checkin-offdays-usage = ✍️ /offdays add 2026-12-25 2026-12-26، یان ماوەیەک: /offdays add 2026-12-24..2027-01-01. بۆ هەڵوەشاندنەوە: /offdays remove 2026-12-25
calllist-title =
    📞 لیستی پەیوەندیی هەواڵپرسین: { $count ->
        [one] 1 کەس
       *[other] { $count } کەس
    }
calllist-empty = 📞 لیستی پەیوەندیی هەواڵپرسین بەتاڵە.
calllist-line = { $n }. { $name } · { $language } · { $reason }
calllist-more = …و { $count } کەسی تر.
calllist-reason-missed = 📭 { $count } هەواڵپرسینی یەک لە دوای یەک بێ وەڵام
calllist-reason-not-ok = 😟 گوتی «باش نیم»، دواتر وەڵامی نەدایەوە
calllist-reason-followup-no = ❌ بە بەدواداچوونێک گوتی «نەخێر» ({ $need })
calllist-call-button = 📞 { $n } دەستپێکردنی گفتوگۆ
calllist-done-button = ✅ { $n } تەواو
calllist-outcome-question = ✅ لەگەڵ { $name } چۆن ڕۆیشت؟
calllist-reached-button = 📞 پەیوەندی کرا
calllist-not-reached-button = 📵 پەیوەندی نەکرا
calllist-referred-button = ↪️ ڕەوانە کرا
calllist-recorded = ✅ { $name }: { $outcome }. لە لیستەکە دەرچوو. هێشتا لە لیستەکەدا: { $left }.
calllist-already-done = ✔️ ئەم کەسە چیتر لە لیستی پەیوەندییەکاندا نییە.
calllist-chat-started = 📞 تیکێتی #{ $ticket } هی تۆیە. سەرەتا تۆ بنووسە، لە بابەتەکەیدا.
calllist-chat-note =
    📞 پەیوەندیی هەواڵپرسین لە لیستەکەوە: { $reason }. دەستپێکەر: { $alias }.
    هێشتا هیچ شتێک بەم کەسە نەگوتراوە. تکایە سەرەتا تۆ بنووسە.
    ئێمە ژمارەی تەلەفۆن هەڵناگرین. ئەگەر پەیوەندیی تەلەفۆنی یارمەتی دەدات، لەم گفتوگۆیەدا ڕێکی بخە.
calllist-has-ticket = 🎫 ئەم کەسە پێشتر تیکێتی #{ $ticket } ی هەیە. تکایە ئەوە بەکاربهێنە.
calllist-blocked = 🚫 ئەم کەسە بۆتەکەی بلۆک کردووە. ناتوانین بۆی بنووسین.
tip-usage =
    ✍️ /tip en 💡 ئامۆژگارییەکەت، بەو زمانە. هەر نامەیەک یەک زمان.
    🗑 /tip clear en یەک زمان لادەبات. /tip clear هەموو لادەبات.
    زمانێک کە ئامۆژگاریی نییە، ئامۆژگاری وەرناگرێت، هەرگیز ئینگلیزییەکە نا. ئامۆژگاری 7 ڕۆژ پیشان دەدرێت.
tip-set =
    ✅ ئامۆژگاریی هەفتە بۆ { $language }، دوای 🙂 باشم، بۆ { $days } ڕۆژ:
    { $tip }
tip-cleared = ✅ ئامۆژگاری لابرا: { $languages }.
tip-invalid = ⚠️ پاشەکەوت نەکرا: { $problem }.
tip-list-title = 💡 ئامۆژگارییەکانی هەفتە:
tip-list-line = • { $language }: { $tip }
tip-list-expired = • { $language } (کۆنتر لە هەفتەیەک، پیشان نادرێت): { $tip }
tip-list-empty = 💡 هیچ ئامۆژگارییەکی هەفتە دانەنراوە.
tip-list-missing = بێ ئامۆژگاری: { $languages }
