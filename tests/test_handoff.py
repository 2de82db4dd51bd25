"""Volunteer handoff over HTTP: roles, one topic per ticket, claim, an anonymous two-way relay
for every message type, edits, close and rating, the crisis net during a conversation, the
fallback without topics, /forget mid-ticket, and the permission table."""

from __future__ import annotations

import asyncio
import json

import pytest

from bot.roles import PERMISSIONS, allowed
from tests.conftest import STAFF_CHAT, Bot, rows_naming
from tests.test_onboarding import onboard

VOLUNTEER = 200
OTHER = 201


def data_of(message: dict, label: str) -> str:
    for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
        for button in row:
            if button["text"] == label:
                return button["callback_data"]
    raise LookupError(label)


async def team(bot: Bot) -> None:
    admin = bot.sim.user(1, first_name="Admin", language_code="en")
    for member, alias in ((VOLUNTEER, "Sam, volunteer"), (OTHER, "Nadia, volunteer")):
        await admin.send(f"/team add {member} volunteer")
        await bot.idle()
        helper = bot.sim.user(member, first_name=f"Real{member}", language_code="en")
        await helper.send(f"/alias {alias}")
        await helper.send("/languages ar en")
        await helper.send("/available")
        await bot.idle()


async def open_talk(bot: Bot, user_id: int = 300, locale: str = "ar", name: str = "Amal"):
    user = bot.sim.user(user_id, first_name=name, language_code=locale)
    await onboard(bot, user_id, locale, code=locale)
    await user.press(bot.t(locale, "menu-gp"))
    await bot.idle()
    await user.press(bot.t(locale, "triage-talk"))
    await bot.idle()
    ticket = await bot.services.db.fetchone("SELECT * FROM tickets WHERE user_id = ?", (user_id,))
    return user, ticket


def staff(bot: Bot):
    return bot.sim.group(STAFF_CHAT)


def header_of(bot: Bot, thread_id: int | None) -> dict:
    group = staff(bot)
    messages = group.thread_messages(thread_id) if thread_id else group.messages
    return next(m for m in messages if (m.get("text") or "").startswith("🎫 #"))


async def claim(bot: Bot, ticket, member: int = VOLUNTEER) -> dict:
    header = header_of(bot, ticket["thread_id"])
    await staff(bot).press_data(
        bot.sim.user(member), data_of(header, "✋ Claim"), message_id=header["message_id"]
    )
    await bot.idle()
    return header


async def test_full_handoff_over_http(bot: Bot, no_errors) -> None:
    await team(bot)
    user, ticket = await open_talk(bot)
    group = staff(bot)
    # One topic per ticket, named for staff, with the header card as its first post.
    assert ticket["thread_id"] in group.topics
    assert group.topics[ticket["thread_id"]].name == f"#{ticket['id']} · GP · ar · soon"
    header = header_of(bot, ticket["thread_id"])
    assert header["text"].startswith(f"🎫 #{ticket['id']} · Doctor (GP) · ar · soon")
    assert "Name: Amal" in header["text"]
    assert "300" not in header["text"]  # never the Telegram id
    assert [b["text"] for row in header["reply_markup"]["inline_keyboard"] for b in row] == [
        "✋ Claim",
        "✅ Close",
        "🔁 Reassign",
        "💬 Canned replies",
    ]
    # The alert mentions the available volunteers who speak Arabic.
    alert = next(m for m in group.messages if m.get("text", "").startswith("🔔 New ticket"))
    assert "Sam, volunteer" in alert["text"]
    await claim(bot, ticket)
    assert (await bot.services.tickets.get(ticket["id"])).status == "claimed"
    assert "claimed by Sam, volunteer" in header_of(bot, ticket["thread_id"])["text"]
    volunteer = bot.sim.user(VOLUNTEER)
    # Volunteer -> client: greeting with the alias, then a copy (no name, no account).
    posted = await group.send(
        volunteer, "Hello, I can help with the GP form.", message_thread_id=ticket["thread_id"]
    )
    await bot.idle()
    greeting, copy = user.inbox[-2:]
    assert greeting["text"] == bot.t("ar", "relay-greeting", alias="Sam, volunteer")
    assert copy["text"] == "Hello, I can help with the GP form."
    assert copy["from"]["is_bot"] is True
    assert "forward_origin" not in copy
    assert "Real200" not in json.dumps(copy)
    assert user.keyboard == [[bot.t("ar", "relay-bar-menu"), bot.t("ar", "relay-bar-end")]]
    # Client -> topic, for every kind of message; the bot itself stays silent.
    before = len(user.inbox)
    sent = [
        await user.send("شكرا"),
        await user.send_photo(caption="form"),
        await user.send_voice(),
        await user.send_document(file_name="letter.pdf"),
        await user.send_location(54.97, -1.61),
    ]
    await bot.idle()
    assert len(user.inbox) == before
    relayed = [
        m
        for m in group.thread_messages(ticket["thread_id"])
        if m["from"]["is_bot"] and m["message_id"] > posted["message_id"]
    ]
    kinds = [
        next(k for k in ("text", "photo", "voice", "document", "location") if k in m)
        for m in relayed
    ][:5]
    assert kinds == ["text", "photo", "voice", "document", "location"]
    maps = await bot.services.db.fetchall(
        "SELECT * FROM relay_map WHERE ticket_id = ? AND direction = 'in'", (ticket["id"],)
    )
    assert {m["client_msg_id"] for m in maps} >= {s["message_id"] for s in sent}
    # A reply keeps its link: the volunteer replies to the client's text.
    their_text = relayed[0]
    await group.send(
        volunteer,
        "Yes, come on Thursday.",
        message_thread_id=ticket["thread_id"],
        reply_to=their_text["message_id"],
    )
    await bot.idle()
    assert user.last["reply_to_message"]["message_id"] == sent[0]["message_id"]
    # An edit by the volunteer is applied to the client's copy.
    await group.edit(volunteer, posted["message_id"], "Hello, I can help with the GP form!")
    await bot.idle()
    edited = next(m for m in user.inbox if m["message_id"] == copy["message_id"])
    assert edited["text"] == "Hello, I can help with the GP form!"
    # Notes with // stay in the team; another volunteer's post is not relayed.
    before = len(user.inbox)
    await group.send(volunteer, "// she seems worried", message_thread_id=ticket["thread_id"])
    await group.send(bot.sim.user(OTHER), "I can take this", message_thread_id=ticket["thread_id"])
    await bot.idle()
    assert len(user.inbox) == before
    assert any(
        "Not sent: only Sam, volunteer" in (m.get("text") or "")
        for m in group.thread_messages(ticket["thread_id"])
    )
    # Close, then "Did we help?" with the answer stored on the ticket.
    header = header_of(bot, ticket["thread_id"])
    await group.press_data(volunteer, data_of(header, "✅ Close"), message_id=header["message_id"])
    await bot.idle()
    assert user.last["text"] == bot.t("ar", "relay-closed-question")
    await user.press(bot.t("ar", "relay-rating-yes"))
    await bot.idle()
    row = await bot.services.db.fetchone(
        "SELECT status, rating FROM tickets WHERE id = ?", (ticket["id"],)
    )
    assert (row["status"], row["rating"]) == ("closed", "up")


async def test_no_flow_reply_while_claimed_but_crisis_still_fires(bot: Bot) -> None:
    await team(bot)
    user, ticket = await open_talk(bot, 301, "en", "Lee")
    await claim(bot, ticket)
    await staff(bot).send(bot.sim.user(VOLUNTEER), "Hi", message_thread_id=ticket["thread_id"])
    await bot.idle()
    before = len(user.inbox)
    await user.send("what about my appointment")
    await bot.idle()
    assert len(user.inbox) == before  # no "I did not understand"
    await user.send("I want to kill myself")
    await bot.idle()
    assert user.last["text"] == bot.t("en", "crisis-card-suicide")
    topic = staff(bot).topics[ticket["thread_id"]]
    assert topic.name.startswith("🆘 ")
    notes = [m.get("text") for m in staff(bot).thread_messages(ticket["thread_id"])]
    assert bot.t("en", "handoff-client-crisis") in notes
    assert (await bot.services.tickets.get(ticket["id"])).priority == 3


async def test_two_claims_at_once_one_wins(bot: Bot) -> None:
    await team(bot)
    _user, ticket = await open_talk(bot, 302, "en")
    header = header_of(bot, ticket["thread_id"])
    data = data_of(header, "✋ Claim")
    group = staff(bot)
    await asyncio.gather(
        group.press_data(bot.sim.user(VOLUNTEER), data, message_id=header["message_id"]),
        group.press_data(bot.sim.user(OTHER), data, message_id=header["message_id"]),
    )
    await bot.idle()
    row = await bot.services.db.fetchone(
        "SELECT claimed_by FROM tickets WHERE id = ?", (ticket["id"],)
    )
    assert row["claimed_by"] in (VOLUNTEER, OTHER)
    answers = [a["text"] for u in (VOLUNTEER, OTHER) for a in bot.sim.user(u).callback_answers]
    assert sum("already claimed" in (a or "") for a in answers) == 1
    claims = [
        m
        for m in group.thread_messages(ticket["thread_id"])
        if "claimed this ticket" in (m.get("text") or "")
    ]
    assert len(claims) == 1


async def test_end_chat_returns_the_client_to_the_bot(bot: Bot) -> None:
    await team(bot)
    user, ticket = await open_talk(bot, 303, "fr")
    await claim(bot, ticket)
    await staff(bot).send(bot.sim.user(VOLUNTEER), "Bonjour", message_thread_id=ticket["thread_id"])
    await bot.idle()
    await user.send(bot.t("fr", "relay-bar-end"))
    await bot.idle()
    assert user.last["text"] == bot.t("fr", "relay-ended")
    assert bot.t("en", "handoff-client-left") in [
        m.get("text") for m in staff(bot).thread_messages(ticket["thread_id"])
    ]
    await user.send("bonjour?")
    await bot.idle()
    assert user.last["text"] == bot.t("fr", "fallback-text")  # the bot answers again


async def test_canned_reply_in_the_clients_language(bot: Bot) -> None:
    await team(bot)
    user, ticket = await open_talk(bot, 304, "so")
    header = await claim(bot, ticket)
    group = staff(bot)
    await group.press_data(
        bot.sim.user(VOLUNTEER),
        data_of(header, "💬 Canned replies"),
        message_id=header["message_id"],
    )
    await bot.idle()
    picker = group.thread_messages(ticket["thread_id"])[-1]
    english = bot.t("en", "canned-migrant-help")
    await group.press_data(
        bot.sim.user(VOLUNTEER), data_of(picker, english[:60]), message_id=picker["message_id"]
    )
    await bot.idle()
    assert user.last["text"] == bot.t("so", "canned-migrant-help")
    assert group.thread_messages(ticket["thread_id"])[-1]["text"] == bot.t(
        "en", "handoff-canned-sent", text=english
    )


async def test_forget_during_an_open_ticket_leaves_no_row(bot: Bot) -> None:
    await team(bot)
    user, ticket = await open_talk(bot, 305, "en")
    await claim(bot, ticket)
    await staff(bot).send(bot.sim.user(VOLUNTEER), "Hi", message_thread_id=ticket["thread_id"])
    await user.send("hello")
    await bot.idle()
    await user.send("/forget")
    await bot.idle()
    await user.press(bot.t("en", "forget-yes"))
    await bot.idle()
    assert await rows_naming(bot.services.db, 305) == []
    assert bot.t("en", "handoff-forgotten") in [
        m.get("text") for m in staff(bot).thread_messages(ticket["thread_id"])
    ]


async def test_reopened_when_the_client_writes_within_7_days(bot: Bot) -> None:
    await team(bot)
    user, ticket = await open_talk(bot, 306, "en")
    header = await claim(bot, ticket)
    await staff(bot).press_data(
        bot.sim.user(VOLUNTEER), data_of(header, "✅ Close"), message_id=header["message_id"]
    )
    await bot.idle()
    bot.clock.advance(days=3)
    from bot.app import due_work

    await due_work(bot.services)  # the first announcement's timer ran out while closed
    await user.send("sorry, one more question")
    await bot.idle()
    assert (await bot.services.tickets.get(ticket["id"])).status == "reopened"
    assert bot.t("en", "handoff-reopened") in [
        m.get("text") for m in staff(bot).thread_messages(ticket["thread_id"])
    ]

    # Waiting for someone again: announced again if nobody claims it in 15 minutes.
    def waiting() -> list[dict]:
        return [m for m in staff(bot).messages if "still waiting" in (m.get("text") or "")]

    assert waiting() == []
    bot.clock.advance(minutes=16)
    await due_work(bot.services)
    await bot.idle()
    assert len(waiting()) == 1


async def test_unclaimed_ticket_is_announced_again_after_15_minutes(bot: Bot) -> None:
    from bot.app import due_work

    await team(bot)
    _user, _ticket = await open_talk(bot, 307, "ar")

    def alerts() -> list[dict]:
        return [m for m in staff(bot).messages if "still waiting" in (m.get("text") or "")]

    bot.clock.advance(minutes=14)
    await due_work(bot.services)
    await bot.idle()
    assert alerts() == []
    bot.clock.advance(minutes=2)
    await due_work(bot.services)
    await bot.idle()
    assert len(alerts()) == 1
    assert "Sam, volunteer" in alerts()[0]["text"]


@pytest.fixture
async def no_forum_bot(sim, settings, i18n):
    from bot.clock import FixedClock

    harness = Bot(sim=sim, settings=settings, clock=FixedClock(), i18n=i18n)
    admin = sim.user(1, first_name="Admin", language_code="en")
    group = sim.group(STAFF_CHAT, title="Plain staff group", type="supergroup", is_forum=False)
    await group.add_bot(by=admin, admin=True)
    await harness.start()
    yield harness
    await harness.stop()


async def test_fallback_without_topics_relays_by_replies(no_forum_bot: Bot) -> None:
    bot = no_forum_bot
    group = staff(bot)
    await bot.idle()
    assert bot.t("en", "handoff-no-forum") in [m.get("text") for m in group.messages]
    await team(bot)
    user, ticket = await open_talk(bot, 308, "en")
    assert ticket["thread_id"] is None
    header = await claim(bot, ticket)
    await group.send(bot.sim.user(VOLUNTEER), "Hello from the team", reply_to=header["message_id"])
    await bot.idle()
    assert user.last["text"] == "Hello from the team"
    await user.send("thanks")
    await bot.idle()
    relayed = group.messages[-1]
    assert relayed["text"] == "thanks"
    assert relayed["reply_to_message"]["message_id"] == header["message_id"]


@pytest.mark.parametrize("action", sorted(PERMISSIONS))
async def test_permission_table_refuses_every_other_role(bot: Bot, action: str) -> None:
    await team(bot)  # 200 and 201 are volunteers; 1 is an admin
    await bot.services.team.add(400, "staff", 1, bot.clock.now())
    who = {"admin": 1, "staff": 400, "volunteer": VOLUNTEER, None: 999}
    for role, member in who.items():
        assert await allowed(bot.services, member, action) == (role in PERMISSIONS[action]), (
            action,
            role,
        )


async def test_staff_commands_refused_for_the_wrong_role(bot: Bot) -> None:
    await team(bot)
    volunteer = bot.sim.user(VOLUNTEER)
    for command in ("/team add 5 staff", "/cases", "/outbox", "/directory_reload"):
        await volunteer.send(command)
        await bot.idle()
        assert volunteer.last["text"] == bot.t("en", "staff-only"), command
    assert await bot.services.team.get(5) is None  # nothing half-happened
    client = bot.sim.user(777, language_code="ur")
    await client.send("/team")
    await bot.idle()
    assert client.last["text"] == bot.t("ur", "staff-only")


async def test_outbox_command_shows_counts(bot: Bot) -> None:
    admin = bot.sim.user(1, language_code="en")
    await admin.send("/outbox")
    await bot.idle()
    assert admin.last["text"].startswith("📮 Outbox:")


async def test_volunteer_is_told_when_the_client_blocks_the_bot(bot: Bot, no_errors) -> None:
    await team(bot)
    user, ticket = await open_talk(bot, user_id=330)
    await claim(bot, ticket)
    await user.block()
    await staff(bot).send(
        bot.sim.user(VOLUNTEER), "Are you still there?", message_thread_id=ticket["thread_id"]
    )
    await bot.idle()
    notes = [
        m["text"] for m in staff(bot).thread_messages(ticket["thread_id"]) if m["from"]["is_bot"]
    ]
    assert bot.t("en", "handoff-client-blocked") in notes
    assert (await bot.services.users.get(330)).blocked


async def test_client_is_told_in_their_language_when_the_ticket_is_reassigned(
    bot: Bot, no_errors
) -> None:
    await team(bot)
    user, ticket = await open_talk(bot, user_id=331, locale="ar")
    header = await claim(bot, ticket)
    await staff(bot).press_data(
        bot.sim.user(1), data_of(header, "🔁 Reassign"), message_id=header["message_id"]
    )
    await bot.idle()
    assert user.last["text"] == bot.t("ar", "relay-reassigned")
    assert (await bot.services.tickets.get(ticket["id"])).status == "open"


async def test_a_client_edit_reaches_the_copy_in_the_topic(bot: Bot, no_errors) -> None:
    await team(bot)
    user, ticket = await open_talk(bot, user_id=332, locale="ar")
    await claim(bot, ticket)
    group = staff(bot)
    await group.send(bot.sim.user(VOLUNTEER), "Hello", message_thread_id=ticket["thread_id"])
    await bot.idle()
    sent = await user.send("موعدي يوم الخميس")
    await bot.idle()
    copy = next(
        m
        for m in reversed(group.thread_messages(ticket["thread_id"]))
        if m.get("text") == "موعدي يوم الخميس"
    )
    before = len(user.inbox)
    await user.edit(sent["message_id"], "موعدي يوم الجمعة")
    await bot.idle()
    assert group.chat.messages[copy["message_id"]]["text"] == "موعدي يوم الجمعة"
    assert len(user.inbox) == before  # no "edits are not read" note during a chat
