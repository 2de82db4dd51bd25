"""Staff broadcasts (issue 9), end to end over HTTP through the simulator: template notices in
every language, the translation gate, faults, a crash mid-broadcast, reply latency during a
10,000-person broadcast, approval and roles, corrections and deletion, the daily-cap hook,
scheduled sends, /forget."""

from __future__ import annotations

import asyncio
import random
import time
from datetime import date, datetime, timedelta

import pytest

from bot import broadcast as bc
from bot.app import Runtime
from bot.clock import SystemClock
from bot.handlers.booking import fmt_day, site_name
from bot.outbox import Pacing
from tests.conftest import STAFF_CHAT

GOT_IT = "👍 Got it"


async def wait_until(predicate, limit: float = 60.0, step: float = 0.05) -> None:
    deadline = time.monotonic() + limit
    while not await predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not reached")
        await asyncio.sleep(step)


async def add_people(sim, services, spec: dict[int, str], *, sim_users: bool = True) -> None:
    """Consenting people (user id -> locale), in one transaction."""
    now = services.clock.now().isoformat(timespec="seconds")
    async with services.db.transaction():
        await services.db.conn.executemany(
            "INSERT INTO users (user_id, locale, consent_version, consent_at, created_at,"
            " last_seen_at) VALUES (?, ?, 1, ?, ?, ?)",
            [(uid, loc, now, now, now) for uid, loc in spec.items()],
        )
    if sim_users:
        for uid, loc in spec.items():
            sim.user(uid, language_code=loc)


def copies(sim, uid: int, marker: str) -> list[dict]:
    return [m for m in sim.chat_log(uid) if marker in (m.get("text") or m.get("caption") or "")]


async def text_broadcast(
    services, versions: dict[str, str], *, audience=None, button="none", missing=None, by=1
) -> bc.Broadcast:
    """A free-text draft made through the same functions the wizard calls, previewed."""
    b = await bc.create(services, by, by)
    await bc.update(services, b.id, kind="text", audience=audience or {}, button=button)
    if missing:
        await bc.update(services, b.id, missing=missing)
    for locale, text in versions.items():
        await bc.set_version(services, b.id, locale, text, by)
    await bc.mark_previewed(services, b.id)
    found = await bc.get(services, b.id)
    assert found is not None
    return found


async def finish(services, limit: float = 60.0) -> None:
    """Run the progress/completion step until every broadcast is done."""

    async def done() -> bool:
        await bc.tick(services, force=True)
        return not await services.db.scalar(
            "SELECT COUNT(*) FROM broadcasts WHERE status = 'sending'"
        )

    await wait_until(done, limit, step=0.2)


# --- 1. A template notice in every person's language ------------------------------------------


async def test_template_notice_reaches_each_person_in_their_language(bot, no_errors) -> None:
    sim, services = bot.sim, bot.services
    people = {101: "en", 102: "ar", 103: "fr", 104: "vi", 105: "fa"}
    await add_people(sim, services, people)
    admin = sim.user(1)
    await admin.send("/broadcast")
    await bot.idle()
    assert admin.last["text"].startswith("📣 New broadcast #")
    await admin.press("📋 Template notice")
    await bot.idle()
    await admin.press("⛔ Drop-in closed")
    await bot.idle()
    first = admin.buttons()[0][0]  # the next session: CastleGate, Thursday 3 December
    await admin.press(first)
    await bot.idle()
    assert "ar 1" in admin.last["text"]
    assert "fr 1" in admin.last["text"]
    await admin.press("👁 Preview and confirm")
    await bot.idle()
    # Every version was shown as the client will see it, before the confirmation.
    texts = [m["text"] for m in sim.chat_log(1)]
    day = date(2026, 12, 3)
    b = await bc.latest(services, ("draft",))
    assert b is not None
    site = site_name(services, b.params["location"])
    expected = {
        loc: bot.t(loc, "notice-closed", site=site, date=fmt_day(loc, day))
        for loc in people.values()
    }
    for text in expected.values():
        assert text in texts
    await admin.press("✅ Send")
    await bot.idle()
    assert admin.last["text"].startswith("📣 Broadcast #")
    for uid, loc in people.items():
        got = [m["text"] for m in sim.chat_log(uid)]
        assert got == [expected[loc]], (uid, got)
    # The dates are babel's, per language.
    assert "Thursday 3 December" in expected["en"]
    assert "jeudi 3 décembre" in expected["fr"]
    assert "الخميس" in expected["ar"]
    assert "Thứ Năm" in expected["vi"]
    await finish(services)
    await bot.idle()
    staff = [m["text"] for m in sim.chat_log(STAFF_CHAT)]
    report = next(t for t in staff if "final report" in t)
    assert "Delivered: 5" in report
    assert "ar 1/1" in report
    assert any("100%" in t for t in staff)  # the progress message, edited at the end


# --- 2. The translation gate --------------------------------------------------------------------


async def test_free_text_with_a_missing_language_waits_for_skip_or_english(bot, no_errors) -> None:
    sim, services = bot.sim, bot.services
    await add_people(sim, services, {201: "en", 202: "en", 203: "ar", 204: "ar"})
    admin = sim.user(1)
    await admin.send("/broadcast")
    await bot.idle()
    await admin.press("✏️ Free text")
    await bot.idle()
    await admin.send("/version en The office is closed today.")
    await bot.idle()
    assert "Languages without a version: ar → -" in admin.last["text"]
    # Not sendable: preview refuses, and so does a direct request.
    await admin.press("👁 Preview and confirm")
    await bot.idle()
    assert "Some languages in the audience have no version" in admin.last["text"]
    b = await bc.latest(services, ("draft",))
    assert await bc.request_send(services, b) == "gate"
    assert not await services.db.scalar("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE 'bc:%'")
    # Skip: the Arabic speakers get nothing.
    await admin.press("Skip those people")
    await bot.idle()
    await admin.press("👁 Preview and confirm")
    await bot.idle()
    assert "ar 2: skip" in admin.last["text"]
    await admin.press("✅ Send")
    await bot.idle()
    assert [m["text"] for m in sim.chat_log(201)] == ["The office is closed today."]
    assert sim.chat_log(203) == []
    assert sim.chat_log(204) == []
    assert (await bc.counts(services, b.id)) == {"sent": 2, "skipped": 2}
    # English: the Arabic speakers get the English text, marked in Arabic. (The next day:
    # one proactive message a person a day.)
    bot.clock.advance(days=1)
    await admin.send("/broadcast")
    await bot.idle()
    await admin.press("✏️ Free text")
    await bot.idle()
    await admin.send("/version en The office opens at 10 tomorrow.")
    await bot.idle()
    await admin.press('Send English, marked "(English)"')
    await bot.idle()
    await admin.press("👁 Preview and confirm")
    await bot.idle()
    await admin.press("✅ Send")
    await bot.idle()
    marked = "The office opens at 10 tomorrow.\n\n" + bot.t("ar", "broadcast-in-english")
    assert sim.chat_log(203)[-1]["text"] == marked
    assert sim.chat_log(201)[-1]["text"] == "The office opens at 10 tomorrow."
    # An Arabic version, once added, is used instead (nothing is machine-translated).
    bot.clock.advance(days=1)
    b3 = await text_broadcast(services, {"en": "Hello", "ar": "مرحبا"})
    assert await bc.request_send(services, b3) == "started"
    await bot.idle()
    assert sim.chat_log(204)[-1]["text"] == "مرحبا"
    who = await services.db.scalar(
        "SELECT added_by FROM broadcast_versions WHERE broadcast_id = ? AND locale = 'ar'",
        (b3.id,),
    )
    assert who == 1


# --- 3. Faults ---------------------------------------------------------------------------------


def runtime(settings, i18n, pacing: Pacing) -> Runtime:
    return Runtime(
        settings,
        clock=SystemClock(),
        i18n=i18n,
        rate_limiter=False,
        poll_timeout=1,
        pacing=pacing,
        read_timeout=0.5,
    )


async def staff_group(sim) -> None:
    admin = sim.user(1, language_code="en")
    group = sim.group(STAFF_CHAT, title="Staff", type="supergroup", is_forum=True)
    await group.add_bot(by=admin, admin=True, can_manage_topics=True)


LOCALES4 = ("en", "ar", "fr", "fa")


async def test_2000_recipients_under_faults_exactly_one_copy_each(sim, settings, i18n) -> None:
    await staff_group(sim)
    sim.limits.flood = True
    sim.limits.global_rate = 600.0  # Telegram's per-chat limits as they are; a faster overall
    pacing = Pacing(
        per_chat_rate=1.0,
        per_chat_burst=3,
        overall_rate=550,
        group_per_minute=20,
        parallel=48,
        retry_base=0.05,
        broadcast_rate=500,
    )
    rt = runtime(settings, i18n, pacing)
    await rt.start()
    try:
        services = rt.services
        ids = list(range(20_000, 22_000))
        spec = {uid: LOCALES4[uid % 4] for uid in ids}
        await add_people(sim, services, spec, sim_users=False)
        rng = random.Random(9)
        blocked = set(rng.sample(ids, 100))  # 5%
        gone = set(rng.sample([u for u in ids if u not in blocked], 20))  # no chat at all
        for uid in ids:
            if uid not in gone:
                sim.user(uid, language_code=spec[uid])
        for uid in blocked:  # blocked since we last heard from them (no update seen)
            sim.world.chats[uid].bot_status = "kicked"
        await sim.wait_idle(timeout=10)
        sim.faults.rate_5xx = 0.10
        sim.faults.rate_timeout = 0.03
        sim.faults.timeout_seconds = 0.8
        sim.faults.timeout_side_effect = False
        b = await text_broadcast(services, {loc: f"Notice in {loc}" for loc in LOCALES4})
        assert await bc.request_send(services, b) == "approval"  # 2,000 > 500
        assert await bc.approve(services, b.id, 2) == "started"

        async def some() -> bool:
            return sum(1 for u in ids[:300] if sim.chat_log(u)) > 30

        await wait_until(some, 30)
        sim.faults.storm(seconds=1.0, retry_after=1)
        await finish(services, 90)
        reachable = [u for u in ids if u not in blocked and u not in gone]
        for uid in reachable:
            got = copies(sim, uid, "Notice in ")
            assert len(got) == 1, (uid, len(got))
            assert got[0]["text"] == f"Notice in {spec[uid]}"
        for uid in blocked:
            assert (await services.users.get(uid)).blocked
        for uid in gone:
            assert await services.db.scalar("SELECT gone_at FROM users WHERE user_id = ?", (uid,))
        c = await bc.counts(services, b.id)
        assert c == {"sent": len(reachable), "blocked": 100, "gone": 20}
        assert sum(c.values()) == 2000 == (await bc.get(services, b.id)).total
        assert [r for r in sim.requests if r.status == 429]  # the storm happened
        await sim.wait_idle(timeout=20)
        report = await bc.report_text(services, b.id)
        assert f"Delivered: {len(reachable):,}" in report  # Fluent groups digits
        assert "blocked the bot 100 · account gone 20 · refused or gave up 0" in report
        # Blocked and gone people are left out of the next audience.
        assert len(await bc.audience_of(services, {})) == len(reachable)
    finally:
        sim.faults.clear()
        await rt.stop()


# --- 4. A crash mid-broadcast ------------------------------------------------------------------


async def test_kill_mid_broadcast_then_restart_completes_with_no_one_missed(
    sim, settings, i18n
) -> None:
    await staff_group(sim)
    pacing = Pacing(
        per_chat_rate=1.0,
        per_chat_burst=3,
        overall_rate=400,
        group_per_minute=20,
        parallel=32,
        retry_base=0.05,
        broadcast_rate=300,
    )
    settings = settings.__class__(**{**settings.__dict__, "broadcast_approval_threshold": 5000})
    ids = list(range(30_000, 31_200))
    first = runtime(settings, i18n, pacing)
    await first.start()
    services = first.services
    await add_people(sim, services, {uid: LOCALES4[uid % 4] for uid in ids})
    b = await text_broadcast(services, {loc: f"Crash test {loc}" for loc in LOCALES4})
    assert await bc.request_send(services, b) == "started"
    kill_at = random.Random().randint(100, 900)
    print("killing after", kill_at, "copies")

    async def reached() -> bool:
        return sum(1 for u in ids if sim.chat_log(u)) >= kill_at

    await wait_until(reached, 30, step=0.01)
    worker = services.worker
    worker._task.cancel()  # a crash: rows in flight stay "sending"
    await asyncio.sleep(0)
    in_flight = await services.outbox.count("sending")
    await first.stop()

    second = runtime(settings, i18n, pacing)
    await second.start()
    try:
        await finish(second.services, 60)
        await sim.wait_idle(timeout=10)
        duplicates = 0
        for uid in ids:
            n = len(copies(sim, uid, "Crash test "))
            assert n >= 1, uid  # no one missed
            duplicates += n - 1
        assert duplicates <= in_flight, (duplicates, in_flight)
        c = await bc.counts(second.services, b.id)
        assert c == {"sent": len(ids)}
        # Every delivered copy's message id is known (for edit and delete).
        assert not await second.services.db.scalar(
            "SELECT COUNT(*) FROM broadcast_recipients WHERE broadcast_id = ?"
            " AND message_id IS NULL",
            (b.id,),
        )
    finally:
        await second.stop()


# --- 5. Replies are not held up by a 10,000-person broadcast ------------------------------------


async def test_replies_during_a_10000_recipient_broadcast_within_2_seconds(
    sim, settings, i18n
) -> None:
    await staff_group(sim)
    sim.limits.flood = True  # Telegram's limits: 30/s overall, 1/s per chat, 20/min per group
    pacing = Pacing(
        per_chat_rate=1.0, per_chat_burst=3, overall_rate=25, group_per_minute=20, broadcast_rate=25
    )
    settings = settings.__class__(**{**settings.__dict__, "broadcast_approval_threshold": 20000})
    rt = runtime(settings, i18n, pacing)
    await rt.start()
    try:
        services = rt.services
        client = 49_999  # last in the audience: their own copy waits, and must not hold up replies
        ids = list(range(40_000, 50_000))
        await add_people(sim, services, {uid: "en" for uid in ids})
        b = await text_broadcast(services, {"en": "A big notice"})
        assert await bc.request_send(services, b) == "started"
        await asyncio.sleep(2.0)
        user = sim.user(client)
        latencies = []
        for _ in range(5):
            before = len(sim.chat_log(client))
            start = time.monotonic()
            await user.send("/help")

            async def answered(before=before) -> bool:
                return any("A big notice" not in m["text"] for m in sim.chat_log(client)[before:])

            await wait_until(answered, 10, step=0.01)
            latencies.append(time.monotonic() - start)
            await asyncio.sleep(0.7)
        print("reply latencies during the broadcast:", [round(x, 3) for x in latencies])
        assert max(latencies) < 2.0, latencies
        sent = (await bc.counts(services, b.id)).get("sent", 0)
        assert sent >= 60  # the broadcast kept going meanwhile (about 25/s)
        assert await bc.cancel(services, b.id)
        c = await bc.counts(services, b.id)
        assert c.get("cancelled", 0) > 9000
        assert c.get("queued", 0) + c.get("cancelled", 0) + c.get("sent", 0) == 10_000
    finally:
        await rt.stop()


# --- 6. Approval and roles ---------------------------------------------------------------------


async def test_approval_above_the_threshold_and_role_checks(bot, no_errors) -> None:
    await bot.restart(broadcast_approval_threshold=2)
    sim, services = bot.sim, bot.services
    await add_people(sim, services, {301: "en", 302: "en", 303: "en"})
    now = services.clock.now()
    await services.team.add(2, "staff", 1, now)
    await services.team.add(3, "volunteer", 1, now)
    admin, staff, volunteer = sim.user(1), sim.user(2), sim.user(3)
    group = sim.group(STAFF_CHAT)
    for person in (staff, volunteer):
        group.set_member(person)
    # A volunteer cannot broadcast, add versions, cancel, edit or delete.
    for command in ("/broadcast", "/version en Hi", "/broadcast_cancel", "/broadcast_delete 1"):
        await volunteer.send(command)
        await bot.idle()
        assert volunteer.last["text"] == bot.t("en", "staff-only"), command
    await admin.send("/broadcast")
    await bot.idle()
    await admin.press("✏️ Free text")
    await bot.idle()
    await admin.send("/version en Hello all")
    await bot.idle()
    await admin.press("👁 Preview and confirm")
    await bot.idle()
    assert "Needs a second staff member's approval: yes" in admin.last["text"]
    await admin.press("✅ Send")
    await bot.idle()
    assert "a second staff member must press Approve" in admin.last["text"]
    b = await bc.latest(services, ("awaiting_approval",))
    assert b is not None
    assert sim.chat_log(301) == []
    # The creator cannot approve their own broadcast; a volunteer cannot approve at all.
    await group.press(admin, "✅ Approve")
    await bot.idle()
    assert admin.callback_answers[-1]["text"] == bot.t("en", "broadcast-approve-self")
    await group.press(volunteer, "✅ Approve")
    await bot.idle()
    assert volunteer.callback_answers[-1]["text"] == bot.t("en", "staff-only")
    assert (await bc.get(services, b.id)).status == "awaiting_approval"
    assert sim.chat_log(301) == []
    # A second staff member approves: it goes.
    await group.press(staff, "✅ Approve")
    await bot.idle()
    for uid in (301, 302, 303):
        assert [m["text"] for m in sim.chat_log(uid)] == ["Hello all"]
    assert (await bc.get(services, b.id)).approved_by == 2
    # A volunteer pressing a wizard button is refused too.
    await admin.send("/broadcast")
    await bot.idle()
    kind = admin.last
    await volunteer.press_data(kind["reply_markup"]["inline_keyboard"][0][1]["callback_data"])
    await bot.idle()
    assert volunteer.callback_answers[-1]["text"] == bot.t("en", "staff-only")
    # Below the threshold no approval is needed.
    small = await text_broadcast(services, {"en": "Just two"}, audience={"lang": ["xx"]})
    assert await bc.request_send(services, small) == "gate"  # nobody in it


# --- 7. Corrections reach every delivered copy ---------------------------------------------------


async def test_edit_and_delete_reach_every_delivered_copy(bot, no_errors) -> None:
    sim, services = bot.sim, bot.services
    people = {401: "en", 402: "en", 403: "ar"}
    await add_people(sim, services, people)
    b = await text_broadcast(services, {"en": "Drop-in at 10"}, button="ack", missing="english")
    assert await bc.request_send(services, b) == "started"
    await bot.idle()
    for uid in people:
        assert len(copies(sim, uid, "Drop-in at 10")) == 1
    assert sim.user(401).buttons() == [[GOT_IT]]
    assert sim.user(403).buttons() == [[bot.t("ar", "broadcast-got-it")]]
    await sim.user(401).press(GOT_IT)
    await sim.user(401).press(GOT_IT)  # counted once
    await bot.idle()
    assert sim.user(401).callback_answers[-1]["text"] == bot.t("en", "broadcast-thanks")
    admin = sim.user(1)
    await admin.send(f"/broadcast_edit {b.id} en Drop-in at 11, not 10")
    await bot.idle()
    assert "3 copies" in admin.last["text"]
    for uid, loc in people.items():
        log = sim.chat_log(uid)
        assert len(log) == 1
        want = "Drop-in at 11, not 10"
        if loc == "ar":
            want += "\n\n" + bot.t("ar", "broadcast-in-english")
        assert log[0]["text"] == want
        assert sim.user(uid).buttons() != []  # the button stays
    await finish(services)
    report = await bc.report_text(services, b.id)
    assert "Button presses: 1" in report
    await admin.send(f"/broadcast_delete {b.id}")
    await bot.idle()
    assert "3 copies" in admin.last["text"]
    for uid in people:
        assert sim.chat_log(uid) == []
        assert len(sim.deleted_messages(uid)) == 1


# --- Sending details -----------------------------------------------------------------------------


async def test_scheduled_send_starts_at_its_time_and_survives_a_restart(bot, no_errors) -> None:
    sim, services = bot.sim, bot.services
    await add_people(sim, services, {501: "en"})
    admin = sim.user(1)
    await admin.send("/broadcast")
    await bot.idle()
    await admin.press("✏️ Free text")
    await bot.idle()
    await admin.send("/broadcast at 2026-12-01 15:30")
    await bot.idle()
    assert "When: 2026-12-01 15:30" in admin.last["text"]
    await bot.restart()  # the draft is in SQLite
    admin = sim.user(1)
    await admin.send("/version en Later today")
    await bot.idle()
    await admin.press("👁 Preview and confirm")
    await bot.idle()
    await admin.press("✅ Send")
    await bot.idle()
    assert "will start at 2026-12-01 15:30" in admin.last["text"]
    from bot.proactive import run_due

    await run_due(bot.services)
    await bot.idle()
    assert sim.chat_log(501) == []
    bot.clock.advance(hours=5, minutes=31)  # 15:31 London = 15:31 UTC in December
    await run_due(bot.services)
    await bot.idle()
    assert [m["text"] for m in sim.chat_log(501)] == ["Later today"]


async def test_segments_combine_with_and(bot) -> None:
    sim, services = bot.sim, bot.services
    await add_people(sim, services, {601: "en", 602: "ar", 603: "ar", 604: "fr"})
    await services.users.set_area(602, "newcastle")
    await services.users.set_area(604, "newcastle")
    await services.users.set_followups(603, True)
    now = services.clock.now()
    await services.cases.add(
        user_id=603, need="housing", path=(), outcome="x", urgency="routine", tier="t",
        locale="ar", now=now - timedelta(days=3),
    )  # fmt: skip
    assert bc.parse_audience("lang=ar area=newcastle") == {"lang": ["ar"], "area": ["newcastle"]}
    assert bc.parse_audience("bogus") is None
    who = [u for u, _ in await bc.audience_of(services, {"lang": ["ar"], "area": ["newcastle"]})]
    assert who == [602]
    assert [u for u, _ in await bc.audience_of(services, {"checkins": True, "days": 7})] == [603]
    assert await bc.audience_of(services, {"days": 2}) == []
    assert await bc.counts_by_language(services, {}) == {"ar": 2, "en": 1, "fr": 1}


async def test_daily_cap_defers_a_notice_but_not_one_about_my_session(bot) -> None:
    """The real one-proactive-message-a-day rule (bot.proactive.take_daily_slot): a person who
    already had today's message gets a general broadcast the next morning; a notice about a
    session they are booked on is exempt and goes now."""
    from bot.app import due_work
    from bot.proactive import take_daily_slot

    sim, services = bot.sim, bot.services
    await add_people(sim, services, {701: "en", 702: "en", 703: "en"})
    now = services.clock.now()
    for uid in (702, 703):  # both already had a check-in today
        assert await take_daily_slot(services, uid, now, "checkin")
    general = await text_broadcast(services, {"en": "Capped?"})
    assert await bc.request_send(services, general) == "started"
    await bot.idle()
    assert len(copies(sim, 701, "Capped?")) == 1
    assert copies(sim, 702, "Capped?") == []  # deferred to tomorrow morning
    due = await services.db.scalar(
        "SELECT due_at FROM outbox WHERE dedupe_key = ?", (f"bc:{general.id}:702",)
    )
    assert due.startswith("2026-12-02T09:00")  # the end of quiet hours (GMT)
    # 703 is booked on Thursday's CastleGate session: its closure notice is not held back.
    await services.db.execute(
        "INSERT INTO bookings (user_id, session_id, day, role, slot_start, seat, status,"
        " first_name, locale, created_at, updated_at) VALUES (703, 'castlegate', '2026-12-03',"
        " 'casework', '2026-12-03T10:00:00+00:00', 1, 'booked', 'A', 'en', ?, ?)",
        (now.isoformat(), now.isoformat()),
    )
    notice = await bc.create(services, 1, 1)
    await bc.update(
        services,
        notice.id,
        kind="template",
        template="notice-closed",
        audience={"booked": "castlegate:2026-12-03"},
        params={
            "session": "castlegate",
            "day": "2026-12-03",
            "location": "action-foundation-castlegate",
            "start": "2026-12-03T10:00:00+00:00",
        },
    )
    await bc.mark_previewed(services, notice.id)
    assert await bc.request_send(services, await bc.get(services, notice.id)) == "started"
    await bot.idle()
    expected = bot.t("en", "notice-closed", site="CastleGate", date="Thursday 3 December")
    assert [m["text"] for m in sim.chat_log(703)] == [expected]
    # The next morning the deferred copy goes.
    bot.clock.current = datetime.fromisoformat(due) + timedelta(minutes=1)
    await due_work(services)
    await bot.idle()
    assert len(copies(sim, 702, "Capped?")) == 1


async def test_forget_removes_broadcast_rows_and_message_ids_expire(bot) -> None:
    sim, services = bot.sim, bot.services
    await add_people(sim, services, {801: "en", 802: "en"})
    b = await text_broadcast(services, {"en": "Hi"})
    await bc.request_send(services, b)
    await bot.idle()
    await services.personal.forget(801)
    rows = await services.db.fetchall(
        "SELECT user_id FROM broadcast_recipients WHERE broadcast_id = ?", (b.id,)
    )
    assert [r[0] for r in rows] == [802]
    assert await bc.purge_message_ids(services, services.clock.now()) == 0
    assert await bc.purge_message_ids(services, services.clock.now() + timedelta(days=8)) == 1


@pytest.mark.parametrize("text", ["lang=ar,fa days=30", "booked=castlegate:2026-12-03 checkins"])
def test_audience_parsing(text: str) -> None:
    assert bc.parse_audience(text)


async def test_free_text_with_one_photo(bot, no_errors) -> None:
    sim, services = bot.sim, bot.services
    await add_people(sim, services, {901: "en"})
    admin = sim.user(1)
    await admin.send("/broadcast")
    await bot.idle()
    await admin.press("✏️ Free text")
    await bot.idle()
    await admin.send_photo(caption="/version en The new ESOL timetable")
    await bot.idle()
    assert "Free text + 📷" in admin.last["text"]
    await admin.press("👁 Preview and confirm")
    await bot.idle()
    await admin.press("✅ Send")
    await bot.idle()
    got = sim.chat_log(901)
    assert len(got) == 1
    assert got[0]["caption"] == "The new ESOL timetable"
    assert got[0].get("photo")
