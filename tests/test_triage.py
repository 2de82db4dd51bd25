"""Triage end to end over HTTP: flows from the menu, cases (no free text), tickets, staff
alerts with only what a case needs, what the person is told, /cases, stale buttons."""

from __future__ import annotations

import json

from tests.conftest import STAFF_CHAT, Bot, rows_naming
from tests.test_onboarding import onboard


def texts(messages: list[dict]) -> list[str]:
    return [m.get("text") or m.get("caption") or "" for m in messages]


async def walk(bot: Bot, user, locale: str, labels: list[str]) -> None:
    for key in labels:
        await user.press(bot.t(locale, key))
        await bot.idle()


async def test_menu_shows_every_need_with_icons(bot: Bot) -> None:
    user = await onboard(bot, 7000, "en")
    labels = [b for row in user.buttons() for b in row]
    for key in (
        "menu-housing",
        "menu-aspen",
        "menu-gp",
        "menu-dentist",
        "menu-esol",
        "menu-other",
        "menu-urgent",
        "menu-language",
        "menu-privacy",
        "menu-help",
    ):
        assert bot.t("en", key) in labels
    assert all(not label[0].isalnum() for label in labels)  # every item starts with an icon


async def test_question_screens_have_back_menu_and_talk(bot: Bot) -> None:
    user = await onboard(bot, 7001, "ar")
    await walk(bot, user, "ar", ["menu-housing"])
    labels = [b for row in user.buttons() for b in row]
    for key in ("nav-back", "nav-menu", "triage-talk"):
        assert bot.t("ar", key) in labels


async def test_ticket_outcome_records_case_ticket_alert_and_tells_person(
    bot: Bot, no_errors
) -> None:
    user = bot.sim.user(7002, first_name="Amal", language_code="ar")
    await user.send("/start")
    await bot.idle()
    await walk(
        bot, user, "ar", ["lang-name", "privacy-agree", "menu-housing", "housing-opt-nowhere"]
    )
    outcome, told = user.inbox[-2:]
    assert outcome["text"].startswith(bot.t("ar", "housing-out-nowhere"))
    assert "Migrant Help" in outcome["text"]  # a signpost from the directory
    assert bot.t("ar", "triage-helped-question") in outcome["text"]
    assert told["text"] == bot.t("ar", "ticket-opened-hours")  # Tuesday 10:00: in staff hours
    case = await bot.services.db.fetchone("SELECT * FROM triage_cases WHERE user_id = 7002")
    assert (case["need"], json.loads(case["path"]), case["outcome"]) == (
        "housing",
        ["nowhere"],
        "out-nowhere",
    )
    assert (case["urgency"], case["tier"], case["locale"]) == ("urgent", "caseworker", "ar")
    ticket = await bot.services.db.fetchone("SELECT * FROM tickets WHERE user_id = 7002")
    assert (ticket["status"], ticket["priority"], ticket["kind"]) == ("open", 2, "triage")
    alert = bot.sim.chat_log(STAFF_CHAT)[-1]["text"]
    assert alert == bot.t(
        "en",
        "staff-alert-ticket",
        ticket=str(ticket["id"]),
        need="Housing",
        urgency="urgent",
        tier="caseworker",
        language="ar",
        name="Amal",
    )


async def test_case_rows_hold_no_free_text(bot: Bot) -> None:
    user = await onboard(bot, 7003, "en")
    await user.send("my landlord Mr Smith at 12 High Street is horrible")
    await bot.idle()
    await walk(bot, user, "en", ["menu-gp", "gp-opt-refused"])
    db = bot.services.db
    for table in await db.tables():
        for row in await db.fetchall(f'SELECT * FROM "{table}"'):
            assert "Smith" not in json.dumps(dict(row), default=str)


async def test_out_of_hours_gives_time_and_safety_numbers(bot: Bot) -> None:
    bot.clock.advance(days=4, hours=10)  # Saturday 20:00 London
    user = await onboard(bot, 7004, "en")
    await walk(bot, user, "en", ["menu-other", "other-opt-person"])
    told = user.last["text"]
    assert told == bot.t("en", "ticket-opened-away", opens="Monday 09:00")
    assert "999" in told
    assert "116 123" in told


async def test_self_help_outcome_opens_no_ticket(bot: Bot) -> None:
    user = await onboard(bot, 7005, "fr")
    await walk(bot, user, "fr", ["menu-gp", "gp-opt-register", "triage-next"])
    assert user.last["text"].startswith(bot.t("fr", "gp-out-register"))
    assert await bot.services.db.scalar("SELECT COUNT(*) FROM tickets") == 0
    assert await bot.services.db.scalar("SELECT COUNT(*) FROM triage_cases") == 1
    await user.press(bot.t("fr", "triage-helped-yes"))
    await bot.idle()
    assert await bot.services.db.scalar("SELECT helpful FROM triage_cases") == 1


async def test_talk_to_a_person_opens_one_ticket(bot: Bot) -> None:
    user = await onboard(bot, 7006, "so")
    await walk(bot, user, "so", ["menu-esol", "triage-talk"])
    assert bot.t("so", "ticket-opened-hours") in texts(user.inbox[-3:])
    await walk(bot, user, "so", ["menu-esol", "triage-talk"])
    assert bot.t("so", "ticket-already-open") in texts(user.inbox[-3:])
    assert await bot.services.db.scalar("SELECT COUNT(*) FROM tickets") == 1


async def test_back_goes_back_and_menu_leaves(bot: Bot) -> None:
    user = await onboard(bot, 7007, "en")
    await walk(bot, user, "en", ["menu-housing", "housing-opt-repair", "nav-back"])
    assert user.last["text"] == bot.t("en", "housing-q-start")
    await walk(bot, user, "en", ["nav-back"])
    assert user.last["text"] == bot.t("en", "menu-title")


async def test_stale_flow_button_is_polite_and_changes_nothing(bot: Bot, no_errors) -> None:
    user = await onboard(bot, 7008, "en")
    await walk(bot, user, "en", ["menu-housing"])
    first = user.last
    await walk(bot, user, "en", ["housing-opt-repair"])
    state_before = await bot.services.flows_repo.get(7008)
    # Press an option on the older screen.
    old = next(
        b["callback_data"]
        for row in first["reply_markup"]["inline_keyboard"]
        for b in row
        if b["text"] == bot.t("en", "housing-opt-nowhere")
    )
    await user.press_data(old, message_id=first["message_id"])
    await bot.idle()
    assert bot.t("en", "button-stale") in texts(user.inbox[-2:])
    assert user.last["text"] == bot.t("en", "housing-q-repair")  # shown where they are
    assert await bot.services.flows_repo.get(7008) == state_before
    assert await bot.services.db.scalar("SELECT COUNT(*) FROM tickets") == 0


async def test_flow_position_survives_a_restart(bot: Bot) -> None:
    user = await onboard(bot, 7009, "en")
    await walk(bot, user, "en", ["menu-dentist", "dentist-opt-pain"])
    await bot.restart()
    await walk(bot, user, "en", ["dentist-opt-redflags-no"])
    assert user.last["text"].startswith(bot.t("en", "dentist-out-urgent"))


async def test_declined_person_can_read_flows_but_must_agree_to_reach_a_person(bot: Bot) -> None:
    user = bot.sim.user(7010, first_name="Sam", language_code="en")
    await user.send("/start")
    await bot.idle()
    await walk(bot, user, "en", ["lang-name", "privacy-decline", "menu-aspen", "aspen-opt-payment"])
    assert bot.t("en", "triage-needs-consent") in user.last["text"]
    assert await rows_naming(bot.services.db, 7010) == []
    await walk(bot, user, "en", ["privacy-agree"])
    # Agreeing carries on from the outcome: case, ticket, alert.
    assert await bot.services.db.scalar("SELECT COUNT(*) FROM tickets WHERE user_id = 7010") == 1
    assert bot.t("en", "ticket-opened-hours") in texts(user.inbox[-3:])
    assert "Name: Sam" in bot.sim.chat_log(STAFF_CHAT)[-1]["text"]


async def test_cases_lists_the_week_by_tier_for_staff(bot: Bot) -> None:
    user = await onboard(bot, 7011, "ar")
    await walk(bot, user, "ar", ["menu-housing", "housing-opt-notice", "housing-opt-refused"])
    user2 = await onboard(bot, 7012, "en")
    await walk(bot, user2, "en", ["menu-gp", "gp-opt-refused"])
    admin = bot.sim.user(1, language_code="en")  # ADMIN_IDS = {1}
    await admin.send("/cases")
    await bot.idle()
    report = admin.last["text"]
    assert report.startswith(bot.t("en", "cases-title", week="2026-W49", count=2))
    assert report.index("immigration adviser") < report.index("volunteer (1)")
    assert "out-refused" in report
    assert "Smith" not in report
    await admin.send("/cases 2026-W40")
    await bot.idle()
    assert admin.last["text"] == bot.t("en", "cases-empty", week="2026-W40")
    await admin.send("/cases nonsense")
    await bot.idle()
    assert admin.last["text"] == bot.t("en", "cases-bad-week")


async def test_cases_is_refused_for_non_staff(bot: Bot, no_errors) -> None:
    user = await onboard(bot, 7013, "fa")
    await user.send("/cases")
    await bot.idle()
    assert user.last["text"] == bot.t("fa", "staff-only")


async def test_cases_works_in_the_staff_chat(bot: Bot) -> None:
    member = bot.sim.user(1, language_code="en")  # an admin, in the staff chat
    group = bot.sim.group(STAFF_CHAT)
    await group.send(member, "/cases")
    await bot.idle()
    assert group.last["text"] == bot.t("en", "cases-empty", week="2026-W49")
