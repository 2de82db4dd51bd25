"""Drop-in booking over HTTP: the 📅 Drop-in screens, booking with interpreter, the .ics and the
map, /mybookings (change, cancel), the rules, 200 clients racing for the last places, the
waitlist hand-over with hold expiry, reminders (quiet hours, cancellations, a restart),
closures in every person's language, staff lists and the permission table.

The clock stands at Tuesday 1 December 2026, 10:00 UTC (GMT). The real Newcastle data has a
CastleGate session on Thursdays 10:00-13:00 (placeholder times) whose `casework` role has six
30-minute places, two kept for walk-ins: four bookable."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from bot import booking as bk
from bot.app import due_work
from bot.handlers.booking import fmt_day
from bot.i18n import LOCALES
from bot.storage.bookings import Booking
from tests.conftest import STAFF_CHAT, Bot, rows_naming
from tests.test_onboarding import onboard

LONDON = ZoneInfo("Europe/London")
THU = "20261203"
ADMIN = 1


def labels(message: dict) -> list[str]:
    return [
        b["text"]
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", [])
        for b in row
    ]


async def consent(bot: Bot, user_id: int, locale: str = "en", name: str | None = None):
    """A person who agreed to the notice (stored through our own repository)."""
    user = bot.sim.user(user_id, first_name=name or f"P{user_id}", language_code=locale)
    await bot.services.users.agree(user_id, locale, bot.services.privacy_version, bot.clock.now())
    return user


def data(bot: Bot, action: str, *args: str | int) -> str:
    return bot.services.codec.encode("bk", action, *args)


async def book(bot: Bot, user, at: str = "1000", day: str = THU, lang: str = "no", role="casework"):
    await user.press_data(data(bot, "i", role, "castlegate", day, at, lang), message_id=1)
    await bot.idle()


async def active(bot: Bot, day: date = date(2026, 12, 3)) -> list[Booking]:
    return [
        b
        for b in await bot.services.bookings.for_session("castlegate", day)
        if b.status == "booked"
    ]


async def test_booking_over_http_with_interpreter_ics_and_map(bot: Bot, no_errors) -> None:
    user = await onboard(bot, 500, "ar", code="ar")
    await user.press(bot.t("ar", "menu-dropin"))
    await bot.idle()
    screen = user.last
    assert screen["text"].startswith(bot.t("ar", "booking-intro"))
    assert "CastleGate" in screen["text"]
    assert bot.t("ar", "booking-times-unconfirmed") in screen["text"]  # placeholder times
    assert bot.t("ar", "dropin-role-casework") in labels(screen)
    assert bot.t("ar", "booking-walk-in-button") in labels(screen)
    await user.press(bot.t("ar", "dropin-role-casework"))
    await bot.idle()
    sessions = user.last
    first = labels(sessions)[0]
    assert "CastleGate" in first
    await user.press(first)
    await bot.idle()
    times = labels(user.last)
    assert (
        times[:6]
        == [
            bot.t("ar", "booking-time-button", time=f"{h}")
            for h in ("10:00", "10:30", "11:00", "11:30", "12:00", "12:30")
        ]
        or len(times) >= 6
    )
    await user.press(times[0])
    await bot.idle()
    assert user.last["text"] == bot.t("ar", "booking-interpreter-question")
    preset = bot.t("ar", "booking-interpreter-yes", language=bot.t("ar", "lang-name"))
    assert labels(user.last)[0] == preset  # preset to the person's language
    await user.press(preset)
    await bot.idle()
    confirmation, document = user.inbox[-2:]
    assert bot.t("ar", "dropin-bring-casework") in confirmation["text"]
    assert "CastleGate, Melbourne Street" in confirmation["text"]
    assert "العربية" in confirmation["text"]
    map_button = confirmation["reply_markup"]["inline_keyboard"][0][0]
    assert map_button["url"].startswith("https://www.openstreetmap.org/search?query=")
    assert "NE1+2JQ" in map_button["url"]
    # The calendar file: Europe/London, the right instant in winter, the address, a reminder.
    assert document["document"]["file_name"] == "drop-in-2026-12-03.ics"
    cal = icalendar.Calendar.from_ical(bot.sim.file_bytes(document["document"]["file_id"]))
    assert [c["TZID"] for c in cal.walk("VTIMEZONE")] == ["Europe/London"]
    event = cal.walk("VEVENT")[0]
    assert event.decoded("DTSTART").astimezone(UTC) == datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    assert "NE1 2JQ" in str(event["LOCATION"])
    assert cal.walk("VALARM")
    stored = (await active(bot))[0]
    assert (stored.user_id, stored.role, stored.interpreter, stored.first_name) == (
        500,
        "casework",
        "ar",
        user.first_name,
    )
    # Staff see the interpreter need on the day's list.
    admin = bot.sim.user(ADMIN, first_name="Admin", language_code="en")
    await admin.send("/day 2026-12-03 castlegate")
    await bot.idle()
    sheet = admin.last["text"]
    assert f"10:00 · {user.first_name} · {bot.t('en', 'dropin-role-casework')} · ar · 🗣 ar" in sheet


async def test_mybookings_change_and_cancel(bot: Bot, no_errors) -> None:
    user = await onboard(bot, 501, "en")
    await book(bot, user, "1000")
    await user.send("/mybookings")
    await bot.idle()
    assert user.last["text"].startswith(bot.t("en", "booking-mine-title"))
    await user.press(bot.t("en", "booking-change-number", number=1))
    await bot.idle()
    await user.press(labels(user.last)[0])  # the same session day
    await bot.idle()
    await user.press(bot.t("en", "booking-time-button", time="11:30"))
    await bot.idle()
    await user.press(bot.t("en", "booking-interpreter-no"))
    await bot.idle()
    mine = await bot.services.bookings.upcoming(501, bot.clock.now())
    assert [b.slot_start.astimezone(LONDON).strftime("%H:%M") for b in mine] == ["11:30"]
    await user.send("/mybookings")
    await bot.idle()
    await user.press(bot.t("en", "booking-cancel-number", number=1))
    await bot.idle()
    await user.press(bot.t("en", "booking-cancel-yes"))
    await bot.idle()
    assert user.last["text"] == bot.t("en", "booking-cancelled")
    assert await bot.services.bookings.upcoming(501, bot.clock.now()) == []
    # The old confirm button no longer does anything.
    await user.press_data(data(bot, "cxy", mine[0].id), message_id=1)
    await bot.idle()
    assert user.last["text"] == bot.t("en", "booking-err-not-active")


async def test_rules_one_per_session_two_upcoming_and_not_too_late(bot: Bot, no_errors) -> None:
    user = await consent(bot, 502)
    await book(bot, user, "1000")
    await book(bot, user, "1100")
    assert user.last["text"] == bot.t("en", "booking-err-already")
    await book(bot, user, "1000", day="20261210")
    await book(bot, user, "1000", day="20261217")
    assert user.last["text"] == bot.t("en", "booking-err-limit", max=2)
    assert len(await bot.services.bookings.upcoming(502, bot.clock.now())) == 2
    # Thursday 09:45: the 10:00 place is too close, 10:30 is fine.
    other = await consent(bot, 503)
    bot.clock.current = datetime(2026, 12, 3, 9, 45, tzinfo=UTC)
    await book(bot, other, "1000")
    assert other.last["text"] == bot.t("en", "booking-err-too-late")
    await book(bot, other, "1030")
    assert other.inbox[-2]["text"].startswith("✅")
    # A time that is not a slot, or a session that does not exist, is a stale button.
    await other.press_data(
        data(bot, "i", "casework", "castlegate", THU, "1015", "no"), message_id=1
    )
    await bot.idle()
    assert other.last["text"] == bot.t("en", "button-stale")
    await other.press_data(data(bot, "i", "casework", "nowhere", THU, "1000", "no"), message_id=1)
    await bot.idle()
    assert other.last["text"] == bot.t("en", "button-stale")


async def test_booking_needs_consent(bot: Bot, no_errors) -> None:
    stranger = bot.sim.user(504, language_code="en")
    await stranger.press_data(data(bot, "home"), message_id=1)
    await bot.idle()
    assert bot.t("en", "booking-needs-consent") in stranger.last["text"]
    assert await bot.services.bookings.upcoming(504, bot.clock.now()) == []


@pytest.mark.parametrize("seed", [1, 2])
async def test_200_clients_race_for_the_last_3_places(bot: Bot, seed: int) -> None:
    first = await consent(bot, 9000)
    await book(bot, first, "1000")  # 4 bookable, 1 taken: 3 left
    racers = [await consent(bot, 10_000 + n) for n in range(200)]
    rng = random.Random(seed)
    order = racers[:]
    rng.shuffle(order)
    times = ["1000", "1030", "1100", "1130", "1200", "1230"]
    await asyncio.gather(
        *(
            u.press_data(
                data(bot, "i", "casework", "castlegate", THU, rng.choice(times), "no"),
                message_id=1,
            )
            for u in order
        )
    )
    await bot.idle()
    booked = await active(bot)
    assert len(booked) == 4
    assert len({(b.slot_start, b.seat) for b in booked}) == 4  # no seat twice
    losers = [u for u in racers if u.id not in {b.user_id for b in booked}]
    assert len(losers) == 197
    rng.shuffle(losers)
    await asyncio.gather(
        *(
            u.press_data(data(bot, "wl", "casework", "castlegate", THU), message_id=1)
            for u in losers
        )
    )
    await bot.idle()
    waiting = await bot.services.bookings.waiting("castlegate", date(2026, 12, 3))
    assert len(waiting) == 197
    assert {w.user_id for w in waiting} == {u.id for u in losers}
    assert len(await active(bot)) == 4


async def test_waitlist_hand_over_with_hold_expiry(bot: Bot, no_errors) -> None:
    admin = bot.sim.user(ADMIN, first_name="Admin", language_code="en")
    await admin.send("/capacity 2026-12-03 castlegate casework 5")  # one bookable place
    await bot.idle()
    assert "1 bookable" in admin.last["text"]
    holder = await consent(bot, 601)
    second = await consent(bot, 602, "ar")
    third = await consent(bot, 603, "ti")
    await book(bot, holder, "1000")
    await book(bot, second, "1030")
    full = bot.t("ar", "booking-full", site="CastleGate", day=fmt_day("ar", date(2026, 12, 3)))
    assert second.inbox[-2]["text"] == bot.t("ar", "booking-err-full")
    assert second.last["text"] == full
    for person in (second, third):
        await person.press_data(data(bot, "wl", "casework", "castlegate", THU), message_id=1)
        await bot.idle()
    assert third.last["text"] == bot.t("ti", "booking-waitlist-joined", position=2)
    # The holder cancels: the place is held for the first person waiting, for 2 hours.
    mine = (await bot.services.bookings.upcoming(601, bot.clock.now()))[0]
    await holder.press_data(data(bot, "cxy", mine.id), message_id=1)
    await bot.idle()
    offer = second.last
    assert offer["text"].startswith("🎉")
    assert labels(offer) == [
        bot.t("ar", "booking-offer-take"),
        bot.t("ar", "booking-offer-decline"),
    ]
    held = next(b for b in await bot.services.bookings.for_session("castlegate", date(2026, 12, 3)))
    assert (held.user_id, held.status) == (602, "held")
    assert held.hold_until == bot.clock.now() + timedelta(hours=2)
    # Nobody else can book the held place.
    late = await consent(bot, 604)
    await book(bot, late, "1100")
    assert late.inbox[-2]["text"] == bot.t("en", "booking-err-full")
    # Two hours pass without an answer: the offer ends and passes to the next person.
    bot.clock.advance(hours=2, seconds=1)
    await due_work(bot.services)
    await bot.idle()
    assert second.last["text"] == bot.t("ar", "booking-offer-expired")
    assert third.last["text"].startswith("🎉")
    await second.press_data(
        offer["reply_markup"]["inline_keyboard"][0][0]["callback_data"],
        message_id=offer["message_id"],
    )
    await bot.idle()
    assert second.last["text"] == bot.t("ar", "booking-offer-expired")
    await third.press(bot.t("ti", "booking-offer-take"))
    await bot.idle()
    booked = await active(bot)
    assert [b.user_id for b in booked] == [603]
    assert third.inbox[-1]["document"]["file_name"].endswith(".ics")


def test_hold_is_shorter_near_the_session(bot: Bot) -> None:
    now = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
    slot = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    assert bk.hold_period(bot.services, slot, now) == timedelta(minutes=90)  # until 09:30
    assert bk.hold_period(bot.services, slot, slot - timedelta(minutes=35)) is None


async def test_reminders_once_each_at_the_right_time_and_survive_a_restart(bot: Bot) -> None:
    user = await consent(bot, 700, "ar")
    await book(bot, user, "1000")
    before = len(user.inbox)
    bot.clock.current = datetime(2026, 12, 2, 17, 59, tzinfo=UTC)  # Wednesday 17:59 GMT
    await due_work(bot.services)
    await bot.idle()
    assert len(user.inbox) == before
    await bot.restart()  # scheduled rows are in SQLite, not in APScheduler
    bot.clock.current = datetime(2026, 12, 2, 18, 0, tzinfo=UTC)
    await due_work(bot.services)
    await due_work(bot.services)
    await bot.idle()
    assert len(user.inbox) == before + 1
    eve = user.last
    assert eve["text"].startswith("🔔")
    assert labels(eve) == [
        bot.t("ar", "booking-come-button"),
        bot.t("ar", "booking-cancel-button"),
        bot.t("ar", "booking-change-button"),
    ]
    await user.press(bot.t("ar", "booking-come-button"))
    await bot.idle()
    assert (await active(bot))[0].confirmed
    bot.clock.current = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)  # two hours before
    await due_work(bot.services)
    await bot.idle()
    assert user.inbox[-1]["text"].startswith("🔔")
    assert user.inbox[-1] is not eve
    bot.clock.advance(minutes=30)
    await due_work(bot.services)
    await bot.idle()
    reminders = [m for m in user.inbox if (m.get("text") or "").startswith("🔔")]
    assert len(reminders) == 2


async def test_no_reminder_after_a_cancellation(bot: Bot) -> None:
    user = await consent(bot, 701)
    await book(bot, user, "1000")
    mine = (await bot.services.bookings.upcoming(701, bot.clock.now()))[0]
    await user.press_data(data(bot, "cxy", mine.id), message_id=1)
    await bot.idle()
    for moment in (
        datetime(2026, 12, 2, 18, 0, tzinfo=UTC),
        datetime(2026, 12, 3, 8, 0, tzinfo=UTC),
    ):
        bot.clock.current = moment
        await due_work(bot.services)
    await bot.idle()
    assert not [m for m in user.inbox if (m.get("text") or "").startswith("🔔")]


def _booking(day: date, hour: int, minute: int = 0, tz=LONDON) -> Booking:
    start = datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
    return Booking(
        1, 1, "castlegate", day, "casework", start, 1, "booked", "A", "en", None, None, False
    )


@pytest.mark.parametrize(
    ("day", "hour", "eve_utc", "soon_utc"),
    [
        # Winter (GMT): 18:00 the day before = 18:00 UTC; 2 hours before 10:00 = 08:00 UTC.
        (
            date(2026, 12, 3),
            10,
            datetime(2026, 12, 2, 18, 0, tzinfo=UTC),
            datetime(2026, 12, 3, 8, 0, tzinfo=UTC),
        ),
        # Summer (BST): 18:00 local = 17:00 UTC; 08:00 local = 07:00 UTC.
        (
            date(2027, 7, 1),
            10,
            datetime(2027, 6, 30, 17, 0, tzinfo=UTC),
            datetime(2027, 7, 1, 7, 0, tzinfo=UTC),
        ),
        # The day after the clocks go forward (Sunday 28 March 2027): Monday 29 March.
        (
            date(2027, 3, 29),
            10,
            datetime(2027, 3, 28, 17, 0, tzinfo=UTC),
            datetime(2027, 3, 29, 7, 0, tzinfo=UTC),
        ),
        # A 09:30 slot: 07:30 is in quiet hours (until 08:00), so the reminder moves to 08:00.
        (
            date(2026, 12, 3),
            9,
            datetime(2026, 12, 2, 18, 0, tzinfo=UTC),
            datetime(2026, 12, 3, 8, 0, tzinfo=UTC),
        ),
    ],
)
def test_reminder_times_local_and_out_of_quiet_hours(
    bot: Bot, day, hour, eve_utc, soon_utc
) -> None:
    booking = _booking(day, hour, 30 if hour == 9 else 0)
    times = bk.reminder_times(bot.services, booking, datetime(2026, 11, 1, tzinfo=UTC))
    assert times["eve"] == eve_utc
    assert times["soon"] == soon_utc


async def test_closing_a_session_tells_everyone_in_their_language(bot: Bot, no_errors) -> None:
    people = {801: "en", 802: "ar", 803: "ti", 804: "fa"}
    users = {uid: await consent(bot, uid, loc) for uid, loc in people.items()}
    admin = bot.sim.user(ADMIN, first_name="Admin", language_code="en")
    await admin.send("/capacity 2026-12-03 castlegate casework 3")  # three bookable
    await bot.idle()
    for uid, at in ((801, "1000"), (802, "1030"), (803, "1100")):
        await book(bot, users[uid], at)
    await users[804].press_data(data(bot, "wl", "casework", "castlegate", THU), message_id=1)
    await bot.idle()
    await admin.send("/close 2026-12-03 castlegate weather snow on the roads")
    await bot.idle()
    assert admin.last["text"].startswith("⛔ Closed: CastleGate")
    for uid, loc in people.items():
        notice = users[uid].last
        expected = bot.t(
            loc,
            "booking-closed-notice",
            site="CastleGate",
            day=fmt_day(loc, date(2026, 12, 3)),
            reason=bot.t(loc, "booking-reason-weather"),
        )
        assert notice["text"].startswith(expected)
        assert "snow" not in notice["text"]  # staff's note stays with staff
        assert any("CastleGate" in label for label in labels(notice))  # the next sessions
    assert await active(bot) == []
    assert await bot.services.bookings.waiting("castlegate", date(2026, 12, 3)) == []
    await admin.send("/sessions")
    await bot.idle()
    assert "⛔ castlegate:20261203 · CastleGate" in admin.last["text"]
    # The menu no longer offers the closed day; booking it is refused.
    await book(bot, users[801], "1000")
    assert users[801].last["text"] == bot.t("en", "booking-err-closed")
    # The staff chat gets the delivery report.
    bot.clock.advance(seconds=31)
    await due_work(bot.services)
    await bot.idle()
    report = bot.sim.group(STAFF_CHAT).messages[-1]["text"]
    assert report == bot.t(
        "en",
        "sessions-closure-report",
        code="castlegate:20261203",
        sent=4,
        failed=0,
        dropped=0,
        waiting=0,
    )


async def test_staff_lists_arrivals_and_no_shows(bot: Bot, no_errors) -> None:
    amal = await consent(bot, 901, "ar", name="Amal")
    omar = await consent(bot, 902, "fa", name="Omar")
    await book(bot, amal, "1000", lang="ar")
    await book(bot, omar, "1030")
    bot.clock.current = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    admin = bot.sim.user(ADMIN, first_name="Admin", language_code="en")
    await admin.send("/today castlegate")
    await bot.idle()
    sheet = admin.last
    assert "10:00 · Amal · " in sheet["text"]
    assert "· ar · 🗣 ar · booked" in sheet["text"]
    assert "10:30 · Omar · " in sheet["text"]
    assert "· fa · 🗣 no · booked" in sheet["text"]
    await admin.press("✅ 10:00 Amal")
    await admin.press("⛔ 10:30 Omar")
    await bot.idle()
    edited = admin.chat.messages[sheet["message_id"]]
    assert "Amal · " in edited["text"]
    assert "✅ arrived" in edited["text"]
    assert "⛔ no-show" in edited["text"]
    assert "arrived 1 · no-show 1" in edited["text"]
    # Counted only: Omar can book the next session as usual.
    await book(bot, omar, "1000", day="20261210")
    assert omar.inbox[-2]["text"].startswith("✅")


async def test_staff_commands_and_buttons_are_role_checked(bot: Bot, no_errors) -> None:
    client = await consent(bot, 950)
    await book(bot, client, "1000")
    for command in (
        "/today",
        "/day 2026-12-03",
        "/sessions",
        "/close 2026-12-03 castlegate weather",
        "/capacity 2026-12-03 castlegate casework 1",
    ):
        await client.send(command)
        await bot.idle()
        assert client.last["text"] == bot.t("en", "staff-only"), command
    booking = (await active(bot))[0]
    await client.press_data(bot.services.codec.encode("bks", "m", booking.id, "arr"), message_id=1)
    await bot.idle()
    assert (await bot.services.bookings.get(booking.id)).status == "booked"
    admin = bot.sim.user(ADMIN, first_name="Admin", language_code="en")
    await admin.send("/close 2026-13-45 castlegate weather")
    await bot.idle()
    assert admin.last["text"].startswith("Use: /close")
    await admin.send("/day 2026-12-03 nowhere")
    await bot.idle()
    assert admin.last["text"].startswith("Unknown site")


async def test_triage_outcome_offers_a_drop_in_slot(bot: Bot, no_errors) -> None:
    user = await onboard(bot, 960, "en")
    await user.press(bot.t("en", "menu-aspen"))
    await bot.idle()
    await user.press(bot.t("en", "aspen-opt-stopped"))
    await bot.idle()
    outcome = next(
        m for m in reversed(user.inbox) if bot.t("en", "booking-button-triage") in labels(m)
    )
    await user.press_data(
        next(
            b["callback_data"]
            for row in outcome["reply_markup"]["inline_keyboard"]
            for b in row
            if b["text"] == bot.t("en", "booking-button-triage")
        ),
        message_id=outcome["message_id"],
    )
    await bot.idle()
    assert user.last["text"] == bot.t(
        "en", "booking-pick-session", role=bot.t("en", "dropin-role-casework")
    )
    # A self-help outcome does not offer it.
    await user.press(bot.t("en", "nav-menu"))
    await bot.idle()
    await user.press(bot.t("en", "menu-aspen"))
    await bot.idle()
    await user.press(bot.t("en", "aspen-opt-lost"))
    await bot.idle()
    assert bot.t("en", "booking-button-triage") not in labels(user.last)


async def test_forget_removes_bookings_and_waitlist(bot: Bot) -> None:
    user = await onboard(bot, 970, "en")
    await book(bot, user, "1000")
    await user.press_data(data(bot, "wl", "casework", "west-end", THU), message_id=1)
    await bot.idle()
    await user.send("/forget")
    await bot.idle()
    await user.press(bot.t("en", "forget-yes"))
    await bot.idle()
    assert await rows_naming(bot.services.db, 970) == []


@pytest.mark.parametrize("locale", LOCALES)
async def test_every_booking_message_renders_in_every_locale(bot: Bot, locale: str) -> None:
    services = bot.services
    from bot.handlers import booking as screens

    occ = await bk.find_occurrence(services, "castlegate", date(2026, 12, 3))
    booking = Booking(
        7,
        1,
        "castlegate",
        occ.day,
        "casework",
        occ.start,
        1,
        "booked",
        "A",
        locale,
        locale,
        None,
        False,
    )
    effects = screens.confirmation(services, locale, booking, occ)
    texts = [effects[0].text]
    texts += [(await screens.home_screen(services, locale))[0].text]
    texts += [(await screens.walk_in_screen(services, locale))[0].text]
    texts += [(await screens.sessions_for_role(services, locale, "casework"))[0].text]
    texts += [(await screens.times_screen(services, locale, "casework", occ, None))[0].text]
    texts += [
        screens.reminder_message(services, locale, booking, occ, w)["text"] for w in ("eve", "soon")
    ]
    slot = bk.occ_slots(occ, "casework")[0]
    texts += [screens.offer_message(services, locale, 7, occ, "casework", slot, occ.start)["text"]]
    for reason in bk.REASONS:
        texts += [
            (await screens.closure_message(services, locale, occ, "casework", reason))["text"]
        ]
    for text in texts:
        assert text
        assert len(text) <= 4096
        assert "{" not in text
        assert "booking-" not in text
    for role in ("casework", "esol", "health", "welfare"):
        assert bot.t(locale, f"dropin-role-{role}")[:1] in "🏠📚🩺🤝"


@pytest.mark.parametrize("locale", ["en", "ar"])
async def test_a_crisis_message_mid_booking_gets_the_safety_card_first(
    bot: Bot, no_errors, locale: str
) -> None:
    """Booking keeps its state in buttons, so a crisis message at any step meets the net."""
    import yaml

    from tests.test_crisis import CORPUS

    user = await onboard(bot, 990 if locale == "en" else 991, locale, code=locale)
    await user.press(bot.t(locale, "menu-dropin"))
    await bot.idle()
    await user.press(bot.t(locale, "dropin-role-casework"))
    await bot.idle()
    await user.press(labels(user.last)[0])
    await bot.idle()
    before = len(user.inbox)
    corpus = yaml.safe_load((CORPUS / f"{locale}.yaml").read_text(encoding="utf-8"))
    phrase = next(p for p in corpus["positives"] if p["category"] == "suicide")
    await user.send(phrase["text"])
    await bot.idle()
    first = user.inbox[before]
    assert first["text"].startswith(bot.t(locale, "crisis-card-suicide").split("\n")[0])
