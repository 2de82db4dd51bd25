"""Welfare check-ins (issue 8), through the real bot and the Bot API simulator over HTTP, with
the FixedClock (never sleeping for time): the opt-in, a year of weekly check-ins across both
clock changes, postponement for every reason, escalation to the welfare call list and its
order, a crash between claiming and sending, every answer in en/ar/ti, follow-ups, opt-out,
/forget, a blocked person, the weekly summary, /tip and /offdays."""

from __future__ import annotations

import asyncio
import itertools
import json
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot import checkins, proactive
from bot.app import due_work
from bot.proactive import BUSY_CHECKS, take_daily_slot, tick
from bot.settings import SettingsError, load_settings
from bot.storage.db import Database
from bot.windows import WINDOWS, WindowError, bounds, in_window, minute_of, slot_on
from tests.conftest import Bot, rows_naming
from tests.test_handoff import VOLUNTEER, data_of, staff, team
from tests.test_onboarding import onboard

LONDON = ZoneInfo("Europe/London")
QUIET = (time(21, 0), time(9, 0))
LAG = timedelta(seconds=20)  # the 30-second poll sees a due row within this much, say


# -- helpers -----------------------------------------------------------------------------------


async def opted_in(
    bot: Bot,
    uid: int,
    locale: str = "en",
    *,
    cadence: str = "weekly",
    window: str = "morning",
    name: str | None = None,
):
    """Onboard over HTTP and choose check-ins in the offer that follows consent."""
    bot.sim.user(uid, first_name=name or f"P{uid}", language_code=locale)
    user = await onboard(bot, uid, locale, code=locale)
    offer = next(m for m in reversed(user.inbox) if m.get("text") == bot.t(locale, "checkin-offer"))
    label = bot.t(locale, f"checkin-{cadence}-button")
    await user.press_data(data_of(offer, label), message_id=offer["message_id"])
    await bot.idle()
    assert user.last["text"] == bot.t(locale, "checkin-when-question")
    await user.press(bot.t(locale, f"checkin-{window}-button"))
    await bot.idle()
    return user


async def due_of(bot: Bot, uid: int) -> datetime:
    rows = await bot.services.schedule.pending(uid, "checkin")
    assert len(rows) == 1, rows
    return rows[0].due_at


async def sent_checkins(bot: Bot, uid: int) -> list[datetime]:
    rows = await bot.services.db.fetchall(
        "SELECT created_at FROM outbox WHERE user_id = ? AND chat_id = ?"
        " AND dedupe_key LIKE 'checkin:%' ORDER BY id",
        (uid, uid),
    )
    return [datetime.fromisoformat(r["created_at"]) for r in rows]


async def proactive_rows(bot: Bot, uid: int) -> list[str]:
    """Dedupe keys of every proactive message ever queued to the person."""
    rows = await bot.services.db.fetchall(
        "SELECT dedupe_key FROM outbox WHERE chat_id = ? AND dedupe_key IS NOT NULL ORDER BY id",
        (uid,),
    )
    return [r["dedupe_key"] for r in rows]


async def poll_at(bot: Bot, moment: datetime) -> None:
    """The poll runs at `moment`, then the outbox delivers over HTTP."""
    bot.clock.current = max(bot.clock.now(), moment)
    await due_work(bot.services)
    await bot.idle()


async def run_until(bot: Bot, until: datetime, on_sent=None, *, http: bool = True) -> None:
    """Poll as the 30-second job would, skipping the stretches in which nothing is due."""
    services = bot.services
    # Only this loop polls: the periodic job (real time) must not run housekeeping at
    # arbitrary simulated moments meanwhile.
    for job in bot.runtime.app.job_queue.get_jobs_by_name("due-work"):
        job.enabled = False
    for _ in range(20_000):
        now = bot.clock.now()
        if now >= until:
            return
        nxt = await services.schedule.next_due()
        target = until if nxt is None else min(until, max(now, nxt) + LAG)
        bot.clock.current = max(now, target)
        report = await tick(services)
        if http and services.worker is not None:
            await services.worker.drain()
        if on_sent is not None and report.queued:
            await on_sent()
    raise AssertionError("run_until did not finish")


def checkin_text(bot: Bot, locale: str, cadence: str = "weekly") -> str:
    return bot.t(locale, "checkin-question", cadence=cadence)


def last_checkin(bot: Bot, user, locale: str, cadence: str = "weekly") -> dict:
    return next(
        m for m in reversed(user.inbox) if m.get("text") == checkin_text(bot, locale, cadence)
    )


async def press_on(bot: Bot, user, message: dict, label: str) -> None:
    await user.press_data(data_of(message, label), message_id=message["message_id"])
    await bot.idle()


# -- opting in ---------------------------------------------------------------------------------


async def test_opt_in_after_consent_and_change_or_stop_in_one_tap(bot: Bot, no_errors) -> None:
    user = await opted_in(bot, 81100, "en", cadence="weekly", window="evening")
    assert user.last["text"] == bot.t("en", "checkin-saved", cadence="weekly", window="evening")
    services = bot.services
    state = await services.checkins.get(81100)
    assert (state.cadence, state.time_of_day, state.first_name) == ("weekly", "evening", "P81100")
    assert (await services.users.get(81100)).followups  # users.followups follows the opt-in
    due = await due_of(bot, 81100)
    local = due.astimezone(LONDON)
    assert local.date() == date(2026, 12, 8)  # a week after choosing
    assert in_window(due, "evening", QUIET, LONDON)
    # /checkins shows the choice; each change is one tap.
    await user.send("/checkins")
    await bot.idle()
    assert user.last["text"] == bot.t("en", "checkin-status", cadence="weekly", window="evening")
    await user.press(bot.t("en", "checkin-fortnightly-button"))
    await bot.idle()
    assert user.last["text"] == bot.t(
        "en", "checkin-saved", cadence="fortnightly", window="evening"
    )
    assert (await due_of(bot, 81100)).astimezone(LONDON).date() == date(2026, 12, 15)
    await user.press(bot.t("en", "checkin-morning-button"))
    await bot.idle()
    moved = await due_of(bot, 81100)
    assert moved.astimezone(LONDON).date() == date(2026, 12, 15)  # same day, new window
    assert in_window(moved, "morning", QUIET, LONDON)
    await user.press(bot.t("en", "checkin-stop-button"))
    await bot.idle()
    assert user.last["text"] == bot.t("en", "checkin-stopped")
    assert await services.schedule.pending(81100, "checkin") == []
    assert not (await services.users.get(81100)).followups
    assert (await services.checkins.get(81100)).stopped_reason == "person"


async def test_declining_the_offer_keeps_check_ins_off(bot: Bot) -> None:
    user = await onboard(bot, 81101, "ar", code="ar")
    offer = user.inbox[-2]
    await press_on(bot, user, offer, bot.t("ar", "checkin-decline-button"))
    assert user.last["text"] == bot.t("ar", "checkin-stopped")
    state = await bot.services.checkins.get(81101)
    assert state.cadence == "off"
    assert await bot.services.schedule.pending(81101, "checkin") == []
    # Someone who never agreed to the notice is asked to read it first.
    stranger = bot.sim.user(81102, language_code="ti")
    await stranger.send("/checkins")
    await bot.idle()
    assert bot.t("ti", "privacy-notice") in stranger.last["text"]
    assert bot.t("ti", "checkin-needs-consent") in stranger.last["text"]
    assert await bot.services.checkins.get(81102) is None


# -- acceptance 1: a year of weekly check-ins --------------------------------------------------


async def test_a_year_of_weekly_checkins_lands_in_the_window_once_a_week(bot: Bot) -> None:
    uid = 81200
    user = await opted_in(bot, uid, "en", cadence="weekly", window="morning")
    services = bot.services
    answered: list[int] = []
    sent_at: list[datetime] = []

    async def answer() -> None:
        # The person answers 🙂 a few minutes after each check-in arrives.
        state = await services.checkins.get(uid)
        if state.sent_count == 0 or state.sent_count in answered:
            return  # something else was queued (the staff's weekly summary)
        answered.append(state.sent_count)
        sent_at.append(state.last_sent_at)
        bot.clock.advance(minutes=4)
        if len(answered) == 1:  # the first one over HTTP, the rest directly (fast)
            await press_on(
                bot, user, last_checkin(bot, user, "en"), bot.t("en", "checkin-ok-button")
            )
        else:
            await services.users.touch(uid, bot.clock.now())
            assert await checkins.record_answer(services, uid, state.sent_count, "ok")

    end = datetime(2027, 12, 1, 10, 0, tzinfo=UTC)
    await run_until(bot, end, on_sent=answer)
    sent = await sent_checkins(bot, uid)
    assert sent == sent_at  # every check-in queued, and each one seen once
    local = [s.astimezone(LONDON) for s in sent]
    assert len(local) == 52
    # Both clock changes are inside the year.
    assert local[0] < datetime(2027, 3, 28, tzinfo=LONDON) < datetime(2027, 10, 31, tzinfo=LONDON)
    assert local[-1] > datetime(2027, 10, 31, tzinfo=LONDON)
    start, finish = WINDOWS["morning"]
    for moment in local:
        assert moment.weekday() == 1, moment  # always Tuesday
        assert start <= moment.time() < finish, moment  # in the chosen window
        assert moment.time() < QUIET[0], moment  # not in quiet hours
        assert moment.time() >= QUIET[1], moment
    # The same local minute all year: it stays "Tuesday morning" across both clock changes.
    assert len({(m.hour, m.minute) for m in local}) == 1
    weeks = [m.isocalendar()[:2] for m in local]
    assert len(set(weeks)) == 52  # exactly one per week
    assert all((b - a).days == 7 for a, b in itertools.pairwise(local))
    # Nothing else was sent proactively, and every check-in reached the person over HTTP.
    assert all(key.startswith("checkin:") for key in await proactive_rows(bot, uid))
    assert sum(m.get("text") == checkin_text(bot, "en") for m in user.inbox) == 52
    state = await services.checkins.get(uid)
    assert (state.sent_count, state.answered_count, state.missed_total) == (52, 52, 0)


async def test_next_checkin_counts_from_the_answer_not_the_send(bot: Bot) -> None:
    uid = 81201
    user = await opted_in(bot, uid, "en")
    first = await due_of(bot, uid)
    await poll_at(bot, first + LAG)
    assert (await due_of(bot, uid)).date() == (first + timedelta(days=7)).date()
    # Answered two days later (Thursday): the next one is a week after the answer.
    bot.clock.current = first + timedelta(days=2)
    await press_on(bot, user, last_checkin(bot, user, "en"), bot.t("en", "checkin-ok-button"))
    following = await due_of(bot, uid)
    assert following.astimezone(LONDON).date() == date(2026, 12, 17)
    assert following.astimezone(LONDON).time() == first.astimezone(LONDON).time()


# -- acceptance 2: postponement ----------------------------------------------------------------


async def test_postponed_while_a_ticket_is_open(bot: Bot) -> None:
    uid = 81300
    user = await opted_in(bot, uid)
    due = await due_of(bot, uid)
    ticket = await bot.services.tickets.open(
        user_id=uid,
        kind="person",
        need="talk",
        urgency="soon",
        tier="volunteer",
        locale="en",
        now=bot.clock.now(),
    )
    await poll_at(bot, due + LAG)
    assert await sent_checkins(bot, uid) == []
    later = await due_of(bot, uid)
    assert later.astimezone(LONDON).date() == due.astimezone(LONDON).date() + timedelta(days=1)
    assert in_window(later, "morning", QUIET, LONDON)
    await bot.services.tickets.set(ticket.id, status="closed", closed_at=bot.clock.now())
    await poll_at(bot, later + LAG)
    assert len(await sent_checkins(bot, uid)) == 1
    assert user.last["text"] == checkin_text(bot, "en")


async def test_postponed_after_recent_activity(bot: Bot) -> None:
    uid = 81301
    user = await opted_in(bot, uid)
    due = await due_of(bot, uid)
    bot.clock.current = due - timedelta(days=1)  # the person wrote the day before
    await user.send("/menu")
    await bot.idle()
    active = bot.clock.now()
    await poll_at(bot, due + LAG)
    assert await sent_checkins(bot, uid) == []
    await run_until(bot, due + timedelta(days=5))
    sent = await sent_checkins(bot, uid)
    assert len(sent) == 1
    # Postponed day by day until the first slot at least 3 days after the activity.
    assert sent[0] - active >= timedelta(days=3)
    assert sent[0].astimezone(LONDON).date() == due.astimezone(LONDON).date() + timedelta(days=2)
    assert in_window(sent[0], "morning", QUIET, LONDON)


async def test_postponed_by_a_drop_in_booking_within_48_hours(bot: Bot) -> None:
    names = {fn.__name__ for fn in BUSY_CHECKS}
    assert {"open_ticket", "recent_activity", "near_booking"} <= names
    uid = 81302
    user = await opted_in(bot, uid)
    due = await due_of(bot, uid)
    # The check-in falls on Tuesday 8 December at 11:00 (GMT); a booking on Thursday
    # 10 December at 10:00 is 47 hours later.
    moved = datetime(2026, 12, 8, 11, 0, tzinfo=UTC)
    await bot.services.db.execute(
        "UPDATE scheduled SET due_at = ? WHERE user_id = ? AND kind = 'checkin'",
        (moved.isoformat(timespec="seconds"), uid),
    )
    assert due.astimezone(LONDON).date() == moved.date()
    await user.press_data(
        bot.services.codec.encode("bk", "i", "casework", "castlegate", "20261210", "1000", "no"),
        message_id=1,
    )
    await bot.idle()
    booking = (await bot.services.bookings.upcoming(uid, bot.clock.now()))[0]
    await poll_at(bot, moved + LAG)
    assert await sent_checkins(bot, uid) == []
    later = await due_of(bot, uid)
    assert later > moved
    # Cancelled: the next due check-in is sent.
    await bot.services.bookings.set_status(booking.id, "cancelled", bot.clock.now())
    await poll_at(bot, later + LAG)
    assert len(await sent_checkins(bot, uid)) == 1


async def test_postponed_by_the_daily_cap_shared_by_every_sender(bot: Bot) -> None:
    uid = 81303
    await opted_in(bot, uid)
    services = bot.services
    due = await due_of(bot, uid)
    bot.clock.current = due - timedelta(hours=1)
    # An exempt message (a reminder the person asked for) is recorded but never blocks.
    assert await take_daily_slot(services, uid, bot.clock.now(), "reminder", exempt=True)
    assert await take_daily_slot(services, uid, bot.clock.now(), "reminder", exempt=True)
    # Another proactive sender had today's one message.
    assert await take_daily_slot(services, uid, bot.clock.now(), "other-sender")
    assert not await take_daily_slot(services, uid, bot.clock.now(), "third-sender")
    await poll_at(bot, due + LAG)
    assert await sent_checkins(bot, uid) == []
    tomorrow = await due_of(bot, uid)
    assert tomorrow.astimezone(LONDON).date() == due.astimezone(LONDON).date() + timedelta(days=1)
    await poll_at(bot, tomorrow + LAG)
    assert len(await sent_checkins(bot, uid)) == 1


async def test_signpost_feedback_uses_the_same_daily_cap(bot: Bot) -> None:
    uid = 81304
    await opted_in(bot, uid)
    services = bot.services
    due = await due_of(bot, uid)
    # A "did you get help there?" falls due the same day as the check-in, after it.
    service_id = services.directory.tables["service"][0]["id"]
    now = bot.clock.now()
    await services.schedule.add(
        kind="signpost-feedback",
        user_id=uid,
        due_at=due + timedelta(minutes=30),
        now=now,
        payload={"service": service_id},
    )
    await run_until(bot, due + timedelta(hours=3))
    keys = await proactive_rows(bot, uid)
    assert [k.split(":")[0] for k in keys] == ["checkin"]
    await run_until(bot, due + timedelta(days=1, hours=3))
    keys = await proactive_rows(bot, uid)
    assert [k.split(":")[0] for k in keys] == ["checkin", "signpost-feedback"]
    days = await services.db.fetchall(
        "SELECT day, kind FROM proactive_log WHERE user_id = ? ORDER BY id", (uid,)
    )
    assert len({d["day"] for d in days}) == 2  # one a day


async def test_no_messages_on_days_staff_marked_off(bot: Bot, no_errors) -> None:
    uid = 81305
    user = await opted_in(bot, uid)
    due = await due_of(bot, uid)
    day = due.astimezone(LONDON).date()
    admin = bot.sim.user(1, language_code="en")
    await admin.send(f"/offdays add {day.isoformat()}..{(day + timedelta(days=1)).isoformat()}")
    await bot.idle()
    assert day.isoformat() in admin.last["text"]
    await run_until(bot, due + timedelta(days=1, hours=12))
    assert await sent_checkins(bot, uid) == []
    await run_until(bot, due + timedelta(days=2, hours=12))
    sent = await sent_checkins(bot, uid)
    assert [s.astimezone(LONDON).date() for s in sent] == [day + timedelta(days=2)]
    assert user.last["text"] == checkin_text(bot, "en")
    await admin.send(f"/offdays remove {day.isoformat()}")
    await bot.idle()
    assert day.isoformat() not in admin.last["text"]
    volunteer = bot.sim.user(VOLUNTEER, language_code="en")
    await team(bot)
    await volunteer.send("/offdays add 2027-01-01")
    await bot.idle()
    assert volunteer.last["text"] == bot.t("en", "staff-only")


# -- acceptance 3: escalation and the call list ------------------------------------------------


async def make_old(bot: Bot, uid: int) -> None:
    """Not a new arrival: first contact 60 days ago."""
    old = (bot.clock.now() - timedelta(days=60)).isoformat(timespec="seconds")
    await bot.services.db.execute("UPDATE users SET created_at = ? WHERE user_id = ?", (old, uid))


async def test_escalation_puts_people_on_the_call_list_in_order(bot: Bot, no_errors) -> None:
    await team(bot)
    services = bot.services
    people = {
        81401: "Amal",  # two check-ins without an answer, then answers the third
        81402: "Bilal",  # three without an answer
        81403: "Chiara",  # 😟, then no answer to "Would you like someone to contact you?"
        81404: "Dawit",  # "No" to a follow-up; a new arrival
        81405: "Eleni",  # three without an answer, and a recent crisis
    }
    users = {}
    for uid, name in people.items():
        users[uid] = await opted_in(bot, uid, "en", name=name)
        if uid != 81404:
            await make_old(bot, uid)
    dawit, chiara, amal = users[81404], users[81403], users[81401]
    # Dawit registers with a GP the next day: the outcome declares a 7-day follow-up.
    bot.clock.advance(days=1)
    for key in ("menu-gp", "gp-opt-register", "triage-next"):
        await dawit.press(bot.t("en", key))
        await bot.idle()
    followups = await services.schedule.pending(81404, "followup")
    assert [f.payload["key"] for f in followups] == ["gp-followup"]
    first = await due_of(bot, 81401)
    seen: set[tuple[int, int]] = set()
    amal_answers = False

    async def on_sent() -> None:
        for uid, user in ((81403, chiara), (81404, dawit), (81401, amal)):
            for message in user.inbox[-3:]:
                if (uid, message["message_id"]) in seen:
                    continue
                seen.add((uid, message["message_id"]))
                text = message.get("text")
                state = await services.checkins.get(uid)
                if uid == 81403 and text == checkin_text(bot, "en") and state.sent_count == 1:
                    await press_on(bot, user, message, bot.t("en", "checkin-bad-button"))
                    assert user.last["text"] == bot.t("en", "checkin-bad-question")
                elif uid == 81404 and text == checkin_text(bot, "en"):
                    await press_on(bot, user, message, bot.t("en", "checkin-ok-button"))
                elif uid == 81404 and text == bot.t("en", "gp-followup"):
                    await press_on(bot, user, message, bot.t("en", "followup-no-button"))
                elif uid == 81401 and text == checkin_text(bot, "en") and amal_answers:
                    await press_on(bot, user, message, bot.t("en", "checkin-ok-button"))

    # Two weekly check-ins and their answer time (72 hours) later:
    await run_until(bot, first + timedelta(days=11), on_sent=on_sent)
    entries = {e.user_id: e for e in await checkins.call_list(services)}
    assert set(entries) == set(people)
    assert entries[81403].reason == "not_ok"
    assert entries[81404].reason == "followup_no"
    assert {entries[u].reason for u in (81401, 81402, 81405)} == {"missed"}
    assert (await services.checkins.get(81401)).missed == 2
    # Dawit saw the GP outcome again after "No".
    assert bot.t("en", "followup-no-intro") in [m.get("text") for m in dawit.inbox]
    # A third week: Amal answers this time; Bilal and Eleni do not.
    amal_answers = True
    await run_until(bot, first + timedelta(days=18), on_sent=on_sent)
    assert (await services.checkins.get(81401)).missed == 0
    assert (await services.checkins.get(81402)).missed == 3
    # Eleni had a crisis (closed since) within the last 30 days.
    crisis = await services.tickets.open(
        user_id=81405,
        kind="crisis",
        need="crisis",
        urgency="emergency",
        tier="caseworker",
        locale="en",
        now=bot.clock.now(),
        category="asked",
    )
    await services.tickets.set(crisis.id, status="closed", closed_at=bot.clock.now())
    volunteer = bot.sim.user(VOLUNTEER, language_code="en")
    await volunteer.send("/calllist")
    await bot.idle()
    text = volunteer.last["text"]
    lines = text.splitlines()
    assert lines[0] == bot.t("en", "calllist-title", count=5)
    order = [line.split(" · ")[0].split(". ", 1)[1] for line in lines[1:6]]
    # 1 a recent crisis, 2 😟, 3 a new arrival, 4 the number of missed check-ins.
    assert order == ["Eleni", "Chiara", "Dawit", "Bilal", "Amal"]
    assert lines[1] == bot.t(
        "en",
        "calllist-line",
        n="1",
        name="Eleni",
        language="en",
        reason=bot.t("en", "calllist-reason-missed", count=3),
    )
    assert "81405" not in text  # first name, language and reason: never more
    # ✅ Done on Eleni, reached: she leaves the list.
    await press_on(bot, volunteer, volunteer.last, bot.t("en", "calllist-done-button", n="1"))
    assert volunteer.last["text"] == bot.t("en", "calllist-outcome-question", name="Eleni")
    await volunteer.press(bot.t("en", "calllist-reached-button"))
    await bot.idle()
    assert volunteer.last["text"] == bot.t(
        "en",
        "calllist-recorded",
        outcome=bot.t("en", "calllist-reached-button"),
        name="Eleni",
        left=4,
    )
    await volunteer.send("/calllist")
    await bot.idle()
    assert "Eleni" not in volunteer.last["text"]
    assert volunteer.last["text"].splitlines()[1].startswith("1. Chiara")
    row = await services.db.fetchone("SELECT outcome FROM call_list WHERE user_id = 81405")
    assert row["outcome"] == "reached"
    # Only the team sees the list.
    await amal.send("/calllist")
    await bot.idle()
    assert amal.last["text"] == bot.t("en", "staff-only")


async def test_start_a_chat_from_the_call_list_the_volunteer_writes_first(bot: Bot) -> None:
    await team(bot)
    services = bot.services
    uid = 81410
    client = await opted_in(bot, uid, "ar", name="Huda")
    await services.calllist.add(uid, "missed", bot.clock.now())
    volunteer = bot.sim.user(VOLUNTEER, language_code="en")
    await volunteer.send("/calllist")
    await bot.idle()
    before = len(client.inbox)
    await press_on(bot, volunteer, volunteer.last, bot.t("en", "calllist-call-button", n="1"))
    ticket = await services.tickets.open_for(uid)
    assert (ticket.need, ticket.status, ticket.claimed_by) == ("welfare", "claimed", VOLUNTEER)
    assert volunteer.last["text"] == bot.t("en", "calllist-chat-started", ticket=str(ticket.id))
    assert len(client.inbox) == before  # nothing reaches the person until the volunteer writes
    topic = staff(bot).thread_messages(ticket.thread_id)
    assert any("Welfare call from the call list" in (m.get("text") or "") for m in topic)
    assert not any("🔔 New ticket" in (m.get("text") or "") for m in staff(bot).messages)
    await staff(bot).send(volunteer, "Hello Huda, how are you?", message_thread_id=ticket.thread_id)
    await bot.idle()
    greeting, copy = client.inbox[-2:]
    assert greeting["text"] == bot.t("ar", "relay-greeting", alias="Sam, volunteer")
    assert copy["text"] == "Hello Huda, how are you?"
    # A second press does not open a second ticket.
    await volunteer.send("/calllist")
    await bot.idle()
    await press_on(bot, volunteer, volunteer.last, bot.t("en", "calllist-call-button", n="1"))
    answers = [a["text"] for a in volunteer.callback_answers]
    assert bot.t("en", "calllist-has-ticket", ticket=str(ticket.id)) in answers


# -- acceptance 4: a crash between claiming and sending ----------------------------------------


class Killed(BaseException):
    """The process dies (not an ordinary error the poll would catch and retry)."""


async def test_kill_between_claiming_and_sending_loses_and_repeats_nothing(
    bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    uids = [81500 + i for i in range(6)]
    users = {uid: await opted_in(bot, uid) for uid in uids}
    dues = [await due_of(bot, uid) for uid in uids]
    services = bot.services
    # Nothing runs behind the test's back: no periodic job, no background sending.
    for job in bot.runtime.app.job_queue.get_jobs_by_name("due-work"):
        job.enabled = False
    await services.worker.stop()
    bot.clock.current = max(dues) + LAG
    real_add = services.outbox.add
    handed: list[int] = []

    async def add_then_die(**kwargs):
        row = await real_add(**kwargs)
        handed.append(kwargs["user_id"])
        if len(handed) == 3:
            raise Killed  # the third check-in was handed over; its bookkeeping never ran
        return row

    monkeypatch.setattr(services.outbox, "add", add_then_die)
    monkeypatch.setattr(proactive, "BATCH", 10)
    with pytest.raises(Killed):
        await tick(services)
    claimed = await services.db.fetchall(
        "SELECT user_id FROM scheduled WHERE kind = 'checkin' AND claimed_at IS NOT NULL"
    )
    assert {r["user_id"] for r in claimed} >= set(uids) - set(handed[:2])  # claimed, not sent
    pending = await services.db.fetchall(
        "SELECT id, chat_id, payload FROM outbox WHERE dedupe_key LIKE 'checkin:%' ORDER BY id"
    )
    assert len(pending) == 3
    # The first of them was in flight: Telegram got it, the outbox never heard back.
    inflight = pending[0]
    await services.outbox.sending(inflight["id"])
    await services.telegram.deliver(inflight["chat_id"], None, json.loads(inflight["payload"]))
    await bot.restart()  # start-up releases claims and resends rows caught mid-send
    services = bot.services
    await poll_at(bot, bot.clock.now() + timedelta(seconds=5))
    counts = {
        uid: sum(m.get("text") == checkin_text(bot, "en") for m in users[uid].inbox) for uid in uids
    }
    expected = {uid: (2 if uid == inflight["chat_id"] else 1) for uid in uids}
    assert counts == expected  # none lost; only the in-flight one twice
    for uid in uids:
        state = await services.checkins.get(uid)
        assert state.sent_count == 1, uid
        assert len(await services.schedule.pending(uid, "checkin-expire")) == 1, uid
        nxt = await due_of(bot, uid)
        assert nxt.astimezone(LONDON).date() == dues[0].astimezone(LONDON).date() + timedelta(7)
    assert (
        await services.db.scalar("SELECT COUNT(*) FROM scheduled WHERE claimed_at IS NOT NULL") == 0
    )


# -- acceptance 5: every answer, over HTTP, in en, ar and ti -----------------------------------


@pytest.mark.parametrize("locale", ["en", "ar", "ti"])
async def test_each_answer_does_what_it_says(bot: Bot, locale: str, no_errors) -> None:
    uid = {"en": 81600, "ar": 81601, "ti": 81602}[locale]
    user = await opted_in(bot, uid, locale)
    services = bot.services
    t = lambda key, **a: bot.t(locale, key, **a)  # noqa: E731
    admin = bot.sim.user(1, language_code="en")
    # The day before the first check-in, staff set a tip of the week in English and Arabic
    # only: Tigrinya gets none, never the English one.
    bot.clock.current = await due_of(bot, uid) - timedelta(days=1)
    await admin.send("/tip en 💡 The library lends laptops for free.")
    await admin.send("/tip ar 💡 المكتبة تعير الحواسيب مجانًا.")
    await bot.idle()

    async def next_checkin() -> dict:
        await poll_at(bot, await due_of(bot, uid) + LAG)
        message = user.last
        assert message["text"] == checkin_text(bot, locale)
        assert [b for row in user.buttons(message) for b in row] == [
            t("checkin-ok-button"),
            t("checkin-bad-button"),
            t("checkin-help-button"),
            t("checkin-sos-button"),
            t("checkin-stop-button"),
        ]
        return message

    # 🙂 OK: thanks, plus the tip of the week in the person's own language only.
    await press_on(bot, user, await next_checkin(), t("checkin-ok-button"))
    tips = {"en": "💡 The library lends laptops for free.", "ar": "💡 المكتبة تعير الحواسيب مجانًا."}
    if locale in tips:
        assert user.last["text"] == (
            t("checkin-ok-thanks") + "\n\n" + t("tip-of-the-week", tip=tips[locale])
        )
    else:
        assert user.last["text"] == t("checkin-ok-thanks")
        assert "laptops" not in user.last["text"]
    # 🤔 I need help: the needs menu, which leads into triage.
    await press_on(bot, user, await next_checkin(), t("checkin-help-button"))
    assert user.last["text"] == t("checkin-help-menu")
    await user.press(t("menu-gp"))
    await bot.idle()
    assert user.last["text"] == t("gp-q-start")
    # 😟 Not OK, then Yes: a soon ticket for a welfare call.
    await press_on(bot, user, await next_checkin(), t("checkin-bad-button"))
    assert user.last["text"] == t("checkin-bad-question")
    await user.press(t("checkin-bad-yes-button"))
    await bot.idle()
    ticket = await services.tickets.open_for(uid)
    assert (ticket.kind, ticket.need, ticket.urgency) == ("person", "welfare", "soon")
    assert t("ticket-opened-hours") in [m["text"] for m in user.inbox[-2:]]
    await services.tickets.set(ticket.id, status="closed", closed_at=bot.clock.now())
    # 😟 Not OK, then No: the safety numbers and the menu.
    await press_on(bot, user, await next_checkin(), t("checkin-bad-button"))
    await user.press(t("checkin-bad-no-button"))
    await bot.idle()
    card, declined = user.inbox[-2:]
    assert card["text"] == t("safety-card")
    assert declined["text"] == t("checkin-bad-declined")
    assert t("menu-urgent") in [b for row in user.buttons(declined) for b in row]
    assert not (await services.checkins.get(uid)).not_ok_pending
    # A reply in words goes through the crisis net first, then counts as "I need help".
    await next_checkin()
    await user.send("..." if locale != "en" else "not sure what to say")
    await bot.idle()
    assert user.last["text"] == t("checkin-help-menu")
    # 🆘: the safety card and a crisis ticket, as in the crisis net.
    await press_on(bot, user, await next_checkin(), t("checkin-sos-button"))
    assert user.inbox[-2]["text"] == t("safety-card")
    assert user.last["text"] == t("crisis-team-told")
    crisis = await services.tickets.open_for(uid, kind="crisis")
    assert crisis is not None
    assert crisis.category == "asked"
    stats = await services.proactive.stats(date(2026, 1, 1), date(2028, 1, 1))
    assert (stats["sent"], stats["answered"]) == (6, 6)
    assert (stats["ok"], stats["help"], stats["not_ok"], stats["sos"]) == (1, 2, 2, 1)


@pytest.mark.parametrize("locale", ["en", "ar", "ti"])
async def test_follow_up_buttons_do_what_they_say(bot: Bot, locale: str, no_errors) -> None:
    uid = {"en": 81700, "ar": 81701, "ti": 81702}[locale]
    user = await opted_in(bot, uid, locale)
    services = bot.services
    t = lambda key, **a: bot.t(locale, key, **a)  # noqa: E731

    async def walk_gp() -> dict:
        await user.send("/menu")
        await bot.idle()
        for key in ("menu-gp", "gp-opt-register", "triage-next"):
            await user.press(t(key))
            await bot.idle()
        (row,) = await services.schedule.pending(uid, "followup")
        await run_until(bot, row.due_at + LAG)  # check-ins go on their own days meanwhile
        await bot.idle()
        message = user.last
        assert message["text"] == t("gp-followup")
        assert [b for r in user.buttons(message) for b in r] == [
            t("followup-yes-button"),
            t("followup-no-button"),
            t("followup-talk-button"),
            t("checkin-stop-button"),
        ]
        return message

    bot.clock.advance(days=2)  # not on a check-in day
    await press_on(bot, user, await walk_gp(), t("followup-yes-button"))
    assert user.last["text"] == t("followup-yes-thanks")
    assert await services.calllist.open_for(uid) is None
    bot.clock.advance(days=3)
    await press_on(bot, user, await walk_gp(), t("followup-no-button"))
    intro, screen = user.inbox[-2:]
    assert intro["text"] == t("followup-no-intro")
    assert screen["text"].startswith(t("gp-out-register"))  # the flow again, at its outcome
    assert (await services.calllist.open_for(uid))["reason"] == "followup_no"
    await user.press(t("nav-back"))  # the reopened flow works: back to the info screen
    await bot.idle()
    assert user.last["text"] == t("gp-info-rights")
    bot.clock.advance(days=3)
    await press_on(bot, user, await walk_gp(), t("followup-talk-button"))
    ticket = await services.tickets.open_for(uid)
    assert (ticket.kind, ticket.need) == ("person", "gp")


async def test_follow_ups_only_for_people_who_opted_in(bot: Bot) -> None:
    user = await onboard(bot, 81710, "en")
    for key in ("menu-gp", "gp-opt-register", "triage-next"):
        await user.press(bot.t("en", key))
        await bot.idle()
    assert await bot.services.schedule.pending(81710, "followup") == []
    await run_until(bot, bot.clock.now() + timedelta(days=10))
    assert await proactive_rows(bot, 81710) == []


# -- acceptance 6: opt-out, /forget, blocked ---------------------------------------------------


async def test_opting_out_stops_everything(bot: Bot) -> None:
    uid = 81800
    user = await opted_in(bot, uid)
    services = bot.services
    bot.clock.advance(days=2)
    for key in ("menu-gp", "gp-opt-register", "triage-next"):
        await user.press(bot.t("en", key))
        await bot.idle()
    await poll_at(bot, await due_of(bot, uid) + LAG)
    await press_on(bot, user, last_checkin(bot, user, "en"), bot.t("en", "checkin-bad-button"))
    await services.calllist.add(uid, "missed", bot.clock.now())
    assert await services.schedule.pending(uid, "followup")
    assert await services.schedule.pending(uid, "checkin-notok")
    # 🔕 on the check-in itself: one tap.
    await press_on(bot, user, last_checkin(bot, user, "en"), bot.t("en", "checkin-stop-button"))
    assert user.last["text"] == bot.t("en", "checkin-stopped")
    for kind in checkins.PERSON_KINDS:
        assert await services.schedule.pending(uid, kind) == [], kind
    assert await services.calllist.open_for(uid) is None
    # 😟 on the old check-in still gets its answer, but nobody is put on the list for it.
    await press_on(bot, user, last_checkin(bot, user, "en"), bot.t("en", "checkin-bad-button"))
    assert user.last["text"] == bot.t("en", "checkin-bad-question")
    before = await proactive_rows(bot, uid)
    await run_until(bot, bot.clock.now() + timedelta(days=35))
    assert await proactive_rows(bot, uid) == before
    assert await services.calllist.open_for(uid) is None


async def test_forget_removes_every_row_and_stops_everything(bot: Bot) -> None:
    uid = 81801
    user = await opted_in(bot, uid)
    services = bot.services
    await poll_at(bot, await due_of(bot, uid) + LAG)
    await press_on(bot, user, last_checkin(bot, user, "en"), bot.t("en", "checkin-bad-button"))
    await services.calllist.add(uid, "not_ok", bot.clock.now())
    # /mydata shows the check-in settings.
    await user.send("/mydata")
    await bot.idle()
    exported = json.loads(bot.sim.file_bytes(user.last["document"]["file_id"]))
    (row,) = exported["tables"]["checkins"]
    assert (row["cadence"], row["time_of_day"], row["last_answer"]) == (
        "weekly",
        "morning",
        "not_ok",
    )
    assert {"call_list", "proactive_log", "scheduled"} <= set(exported["tables"])
    await user.send("/forget")
    await bot.idle()
    await user.press(bot.t("en", "forget-yes"))
    await bot.idle()
    assert await rows_naming(services.db, uid) == []
    sent = len(bot.sim.calls("sendMessage"))
    await run_until(bot, bot.clock.now() + timedelta(days=30))
    assert [c for c in bot.sim.calls("sendMessage")[sent:] if c.get("chat_id") == uid] == []


async def test_a_blocked_person_is_never_retried(bot: Bot) -> None:
    uid = 81802
    await opted_in(bot, uid)
    services = bot.services
    due = await due_of(bot, uid)
    await poll_at(bot, due - timedelta(hours=1))  # Monday's staff summary goes first
    before = [c for c in bot.sim.calls("sendMessage") if c.get("chat_id") == uid]
    # Telegram answers 403 to the first check-in.
    bot.sim.faults.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    await poll_at(bot, await due_of(bot, uid) + LAG)
    assert (await services.users.get(uid)).blocked
    tries = [c for c in bot.sim.calls("sendMessage") if c.get("chat_id") == uid]
    assert len(tries) == len(before) + 1  # the one refused check-in
    state_row = await services.db.fetchone(
        "SELECT state FROM outbox WHERE dedupe_key LIKE 'checkin:%' AND chat_id = ?", (uid,)
    )
    assert state_row["state"] == "dropped"
    await run_until(bot, bot.clock.now() + timedelta(days=30))
    again = [c for c in bot.sim.calls("sendMessage") if c.get("chat_id") == uid]
    assert again == tries  # no new attempt, ever
    state = await services.checkins.get(uid)
    assert (state.cadence, state.stopped_reason) == ("off", "blocked")
    assert await services.schedule.pending(uid, "checkin") == []


# -- staff: weekly summary, /tip ---------------------------------------------------------------


async def test_weekly_summary_on_monday_morning(bot: Bot) -> None:
    uid = 81900
    user = await opted_in(bot, uid)
    await poll_at(bot, await due_of(bot, uid) + LAG)  # Tuesday 8 December
    await press_on(bot, user, last_checkin(bot, user, "en"), bot.t("en", "checkin-ok-button"))
    await bot.services.calllist.add(81900, "missed", bot.clock.now())
    group = staff(bot)
    monday = datetime(2026, 12, 14, 9, 0, tzinfo=LONDON)
    await run_until(bot, monday - timedelta(minutes=1))
    summaries = [m for m in group.messages if (m.get("text") or "").startswith("📊")]
    assert len(summaries) == 1  # Monday 7 December: the week before check-ins began
    await run_until(bot, monday + timedelta(minutes=1))
    await bot.idle()
    summaries = [m for m in group.messages if (m.get("text") or "").startswith("📊")]
    assert len(summaries) == 2
    assert summaries[-1]["text"] == bot.t(
        "en",
        "checkin-weekly-summary",
        first="2026-12-07",
        last="2026-12-13",
        sent=1,
        answered=1,
        ok=1,
        help=0,
        bad=0,
        sos=0,
        followups=0,
        postponed=0,
        calllist=1,
        blocked=0,
        newblocked=0,
    )
    row = await bot.services.db.fetchone("SELECT * FROM scheduled WHERE kind = 'checkin-summary'")
    assert datetime.fromisoformat(row["due_at"]) == datetime(2026, 12, 21, 9, 0, tzinfo=LONDON)


async def test_tip_command_sets_checks_lists_and_clears(bot: Bot, no_errors) -> None:
    await team(bot)
    admin = bot.sim.user(1, language_code="en")
    await admin.send("/tip fr 💡 La bibliothèque prête des ordinateurs.\nC'est gratuit.")
    await bot.idle()
    assert admin.last["text"].startswith("✅")
    assert await checkins.tip_for(bot.services, "fr") == (
        "💡 La bibliothèque prête des ordinateurs.\nC'est gratuit."
    )
    assert await checkins.tip_for(bot.services, "en") is None  # never another language's
    await admin.send("/tip en Hello { $name }")
    await bot.idle()
    assert admin.last["text"].startswith("⚠️")
    assert await checkins.tip_for(bot.services, "en") is None
    await admin.send("/tip en Use {")
    await bot.idle()
    assert admin.last["text"].startswith("⚠️")
    await admin.send("/tip")
    await bot.idle()
    assert "• fr: 💡 La bibliothèque" in admin.last["text"]
    bot.clock.advance(days=8)  # a tip of the week lasts a week
    assert await checkins.tip_for(bot.services, "fr") is None
    await admin.send("/tip clear fr")
    await bot.idle()
    assert await bot.services.proactive.tips() == {}
    volunteer = bot.sim.user(VOLUNTEER, language_code="en")
    await volunteer.send("/tip en hi")
    await bot.idle()
    assert volunteer.last["text"] == bot.t("en", "staff-only")


# -- the pieces underneath ---------------------------------------------------------------------


def test_windows_lie_outside_quiet_hours_and_spread_people() -> None:
    for name in WINDOWS:
        first, end = bounds(name, QUIET)
        assert 9 * 60 <= first < end <= 21 * 60
    # Quiet hours that cut into a window shorten it; swallowing it is a settings error.
    assert bounds("evening", (time(19, 0), time(9, 0))) == (17 * 60, 19 * 60)
    with pytest.raises(WindowError):
        bounds("morning", (time(20, 0), time(11, 50)))
    with pytest.raises(SettingsError) as caught:
        load_settings({"QUIET_HOURS": "20:00-11:50"}, dotenv=None, require_token=False)
    assert caught.value.variable == "QUIET_HOURS"
    minutes = {minute_of(uid, "morning", QUIET) for uid in range(1000)}
    assert len(minutes) > 100  # spread over the window
    assert minute_of(42, "morning", QUIET) == minute_of(42, "morning", QUIET)
    # Across the spring clock change the local time stays the same.
    before = slot_on(date(2027, 3, 23), "morning", 42, QUIET, LONDON)
    after = slot_on(date(2027, 3, 30), "morning", 42, QUIET, LONDON)
    assert before.time() == after.time()
    assert after.astimezone(UTC) - before.astimezone(UTC) == timedelta(days=7, hours=-1)


async def test_migrations_allow_a_reserved_gap_and_apply_a_late_lower_number(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.storage import db as dbmod

    real = dbmod.migration_files()
    database = Database(tmp_path / "gap.sqlite3")
    await database.open()
    numbers = [r[0] for r in await database.fetchall("SELECT number FROM schema_migrations")]
    assert numbers == [n for n, _, _ in real]
    await database.close()
    # A branch lands 0100 while 0050 is reserved for another, which is merged later.
    future = (100, "0100_future.sql", "CREATE TABLE future_feature (id INTEGER PRIMARY KEY)")
    late = (50, "0050_late.sql", "CREATE TABLE late_feature (id INTEGER PRIMARY KEY)")
    monkeypatch.setattr(dbmod, "migration_files", lambda: sorted([*real, future]))
    database = Database(tmp_path / "gap.sqlite3")
    await database.open()
    assert "future_feature" in await database.tables()
    await database.close()
    monkeypatch.setattr(dbmod, "migration_files", lambda: sorted([*real, future, late]))
    database = Database(tmp_path / "gap.sqlite3")
    await database.open()  # the lower number merged later is applied after 0100
    assert "late_feature" in await database.tables()
    assert await database.scalar("PRAGMA user_version") == 100
    await database.close()


async def test_a_database_from_before_the_migration_table_keeps_its_history(tmp_path) -> None:
    import aiosqlite

    from bot.storage.db import _split_sql, migration_files

    path = tmp_path / "old.sqlite3"
    async with aiosqlite.connect(path) as conn:
        for number, _name, sql in migration_files():
            if number <= 4:
                for statement in _split_sql(sql):
                    await conn.execute(statement)
        await conn.execute("PRAGMA user_version = 4")
        await conn.commit()
    database = Database(path)
    await database.open()
    assert "checkins" in await database.tables()
    numbers = [r[0] for r in await database.fetchall("SELECT number FROM schema_migrations")]
    assert numbers == [n for n, _, _ in migration_files()]
    await database.close()


async def test_two_polls_at_once_hand_each_row_over_once(bot: Bot) -> None:
    uids = [81950 + i for i in range(4)]
    for uid in uids:
        await opted_in(bot, uid)
    bot.clock.current = max([await due_of(bot, u) for u in uids]) + LAG
    await asyncio.gather(tick(bot.services), tick(bot.services), due_work(bot.services))
    await bot.idle()
    for uid in uids:
        assert len(await sent_checkins(bot, uid)) == 1
