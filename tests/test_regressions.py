"""Regressions found in review: each test fails on the code before its fix."""

from __future__ import annotations

import json

from tests.conftest import Bot, rows_naming
from tests.test_handoff import claim, open_talk, team
from tests.test_onboarding import onboard


async def test_a_low_priority_head_is_not_starved_by_rows_behind_it(bot: Bot) -> None:
    from bot.app import due_work

    user = await onboard(bot, 9500, "en")
    services = bot.services
    now = services.clock.now()
    await services.outbox.add(
        chat_id=9500, payload={"kind": "text", "text": "first"}, now=now, priority=0
    )
    for n in range(250):
        await services.outbox.add(
            chat_id=9500, payload={"kind": "text", "text": f"n{n}"}, now=now, priority=9
        )
    await due_work(services)
    await bot.idle()
    texts = [m["text"] for m in user.inbox]
    assert "first" in texts
    assert texts.index("first") < texts.index("n0")


async def test_mydata_does_not_show_the_volunteer(bot: Bot) -> None:
    await team(bot)
    user, ticket = await open_talk(bot, 9501, "en")
    await claim(bot, ticket)
    await user.send("/mydata")
    await bot.idle()
    exported = bot.sim.file_bytes(user.last["document"]["file_id"]).decode()
    assert "claimed_by" not in exported
    assert "tg://user" not in exported
    assert "Sam, volunteer" not in exported
    data = json.loads(exported)
    assert all(row["chat_id"] == 9501 for row in data["tables"].get("outbox", []))


async def test_forget_works_for_a_crisis_before_consent(bot: Bot) -> None:
    user = bot.sim.user(9502, first_name="Yasmina", language_code="en")
    await user.send("I want to end my life")
    await bot.idle()
    assert await rows_naming(bot.services.db, 9502)
    await user.send("/forget")
    await bot.idle()
    await user.press(bot.t("en", "forget-yes"))
    await bot.idle()
    assert await rows_naming(bot.services.db, 9502) == []
    db = bot.services.db
    for table in await db.tables():
        for row in await db.fetchall(f'SELECT * FROM "{table}"'):
            assert "Yasmina" not in json.dumps(dict(row), default=str), table


async def test_a_bare_slash_does_not_crash(bot: Bot, no_errors) -> None:
    user = await onboard(bot, 9503, "en")
    for text in ("/", "/ ", "/@"):
        await user.send(text)
        await bot.idle()
        assert user.last["text"] == bot.t("en", "fallback-text")


async def test_no_thanks_on_an_old_copy_deletes_nothing(bot: Bot) -> None:
    user = bot.sim.user(9504, language_code="en")
    await user.send("/start")
    await bot.idle()
    await user.press("English")
    await bot.idle()
    notice = user.last
    await user.press(bot.t("en", "privacy-agree"))
    await bot.idle()
    no = notice["reply_markup"]["inline_keyboard"][0][1]["callback_data"]
    await user.press_data(no, message_id=notice["message_id"])
    await bot.idle()
    assert await bot.services.users.get(9504) is not None
    assert user.last["text"] == bot.t("en", "privacy-notice")


async def test_closing_removes_the_conversation_bar(bot: Bot) -> None:
    from tests.test_handoff import VOLUNTEER, data_of, header_of, staff

    await team(bot)
    user, ticket = await open_talk(bot, 9505, "en")
    await claim(bot, ticket)
    await staff(bot).send(bot.sim.user(VOLUNTEER), "Hi", message_thread_id=ticket["thread_id"])
    await bot.idle()
    assert user.keyboard
    header = header_of(bot, ticket["thread_id"])
    await staff(bot).press_data(
        bot.sim.user(VOLUNTEER), data_of(header, "✅ Close"), message_id=header["message_id"]
    )
    await bot.idle()
    assert not user.keyboard
    assert user.last["text"] == bot.t("en", "relay-closed-question")


async def test_a_second_ticket_cannot_be_claimed_while_one_is(bot: Bot) -> None:
    from tests.test_handoff import OTHER

    await team(bot)
    user, first = await open_talk(bot, 9506, "en")
    await claim(bot, first)
    await user.send("/menu")
    await bot.idle()
    await user.press(bot.t("en", "menu-housing"))
    await bot.idle()
    await user.press(bot.t("en", "triage-talk"))
    await bot.idle()
    second = await bot.services.db.fetchone(
        "SELECT * FROM tickets WHERE user_id = 9506 AND id != ?", (first["id"],)
    )
    await claim(bot, second, OTHER)
    assert (await bot.services.tickets.get(second["id"])).status == "open"


async def test_messages_before_a_claim_reach_the_topic(bot: Bot) -> None:
    from tests.test_handoff import staff

    await team(bot)
    user, ticket = await open_talk(bot, 9507, "fa")
    await user.send("سلام، کسی هست؟")
    await bot.idle()
    assert user.last["text"] == bot.t("fa", "ticket-already-open")
    copies = [
        m
        for m in staff(bot).thread_messages(ticket["thread_id"])
        if m.get("text") == "سلام، کسی هست؟"
    ]
    assert len(copies) == 1


async def test_relay_keeps_the_person_active_for_retention(bot: Bot) -> None:
    from tests.test_handoff import VOLUNTEER, staff

    await team(bot)
    user, ticket = await open_talk(bot, 9508, "en")
    await claim(bot, ticket)
    await staff(bot).send(bot.sim.user(VOLUNTEER), "Hi", message_thread_id=ticket["thread_id"])
    await bot.idle()
    bot.clock.advance(days=200)
    await user.send("still here")
    await bot.idle()
    assert (await bot.services.users.get(9508)).last_seen_at == bot.clock.now()


async def test_sent_rows_keep_no_message_content(bot: Bot) -> None:
    from bot.app import due_work

    user = await onboard(bot, 9509, "en")
    await bot.services.telegram.enqueue(
        9509, {"kind": "text", "text": "private words"}, user_id=9509
    )
    await due_work(bot.services)
    await bot.idle()
    assert user.last["text"] == "private words"
    rows = await bot.services.db.fetchall("SELECT payload FROM outbox WHERE state = 'sent'")
    assert rows
    assert all("private words" not in row["payload"] for row in rows)


async def test_editing_a_command_does_not_run_it_again(bot: Bot) -> None:
    admin = bot.sim.user(1, language_code="en")
    sent = await admin.send("/team add 777 volunteer")
    await bot.idle()
    await bot.services.team.remove(777)
    await admin.edit(sent["message_id"], "/team add 777 staff")
    await bot.idle()
    assert await bot.services.team.get(777) is None


async def test_a_stale_button_in_the_staff_chat_posts_no_client_menu(bot: Bot) -> None:
    from tests.test_handoff import staff

    group = staff(bot)
    await group.send(bot.sim.user(1), "/cases")
    await bot.idle()
    before = len(group.messages)
    await group.press_data(
        bot.sim.user(1), "1:menu:retired~AAAAAAAA", message_id=group.messages[-1]["message_id"]
    )
    await bot.idle()
    assert len(group.messages) == before
    assert bot.sim.user(1).callback_answers[-1]["text"] == bot.t("en", "button-stale")


async def test_a_deleted_topic_is_made_again_and_nothing_is_lost(bot: Bot) -> None:
    from tests.test_handoff import staff

    await team(bot)
    user, ticket = await open_talk(bot, 9510, "en")
    await claim(bot, ticket)
    group = staff(bot)
    group.delete_topic(ticket["thread_id"])
    await user.send("are you there?")
    await bot.idle()
    new_thread = (await bot.services.tickets.get(ticket["id"])).thread_id
    assert new_thread not in (None, ticket["thread_id"])
    texts = [m.get("text") or "" for m in group.thread_messages(new_thread)]
    assert texts[0].startswith(f"🎫 #{ticket['id']}")
    assert "are you there?" in texts


async def test_end_chat_works_after_a_language_change(bot: Bot) -> None:
    from tests.test_handoff import VOLUNTEER, staff

    await team(bot)
    user, ticket = await open_talk(bot, 9511, "en")
    await claim(bot, ticket)
    await staff(bot).send(bot.sim.user(VOLUNTEER), "Hi", message_thread_id=ticket["thread_id"])
    await bot.idle()
    await bot.services.users.set_locale(9511, "fr")  # e.g. /language mid-chat
    await user.send(bot.t("en", "relay-bar-end"))  # the old English bar is still shown
    await bot.idle()
    assert user.last["text"] == bot.t("fr", "relay-ended")
    assert not (await bot.services.tickets.get(ticket["id"])).client_active


async def test_a_rating_is_counted_once(bot: Bot) -> None:
    from tests.test_handoff import VOLUNTEER, data_of, staff

    await team(bot)
    user, ticket = await open_talk(bot, 9512, "en")
    header = await claim(bot, ticket)
    await staff(bot).press_data(
        bot.sim.user(VOLUNTEER), data_of(header, "✅ Close"), message_id=header["message_id"]
    )
    await bot.idle()
    question = user.last
    for label in (bot.t("en", "relay-rating-yes"), bot.t("en", "relay-rating-no")):
        await user.press_data(data_of(question, label), message_id=question["message_id"])
        await bot.idle()
    assert (await bot.services.tickets.get(ticket["id"])).rating == "up"
    notes = [
        m
        for m in staff(bot).thread_messages(ticket["thread_id"])
        if (m.get("text") or "").startswith("⭐")
    ]
    assert len(notes) == 1
