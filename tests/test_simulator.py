"""Tests for the Bot API simulator, driven through a real python-telegram-bot over HTTP."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from collections.abc import AsyncIterator
from contextlib import AbstractContextManager
from typing import Any

import httpx
import pytest
from aiohttp import web
from telegram import (
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    ExtBot,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.simulator import BotApiSimulator, Limits, SimUser


def fails(
    exc_type: type[Exception], text: str
) -> AbstractContextManager[pytest.ExceptionInfo[Exception]]:
    """Expect ``exc_type`` whose message contains ``text`` (case-insensitive, as PTB
    capitalises descriptions)."""
    return pytest.raises(exc_type, match=re.compile(re.escape(text), re.IGNORECASE))


TOKEN = "123456:AAHsimulatorTestToken_abcdefghij"
KEYBOARD = InlineKeyboardMarkup(
    [
        [InlineKeyboardButton("English", callback_data="lang:en")],
        [InlineKeyboardButton("العربية", callback_data="lang:ar")],
    ]
)


@pytest.fixture
async def sim() -> AsyncIterator[BotApiSimulator]:
    """A started simulator accepting any well-formed token."""
    async with BotApiSimulator(seed=1) as simulator:
        yield simulator


@pytest.fixture
async def bot(sim: BotApiSimulator) -> AsyncIterator[ExtBot[None]]:
    """An initialised PTB bot pointed at the simulator."""
    async with ExtBot(TOKEN, base_url=sim.base_url, base_file_url=sim.base_file_url) as ext_bot:
        yield ext_bot


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(
        "<b>Welcome</b>, pick a language", parse_mode="HTML", reply_markup=KEYBOARD
    )


async def _choose(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer(f"saved {query.data}")
    await query.edit_message_text(f"Language: {query.data}")


async def _slow(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await asyncio.sleep(0.3)  # e.g. database work before the first Bot API call
    await update.effective_message.reply_text("done slowly")


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(f"echo: {update.effective_message.text}")


@pytest.fixture
async def app(sim: BotApiSimulator) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    """A polling PTB Application with /start, a language keyboard and an echo handler."""
    application = ApplicationBuilder().token(TOKEN).base_url(sim.base_url).build()
    application.add_handler(CommandHandler("start", _start))
    application.add_handler(CommandHandler("slow", _slow))
    application.add_handler(CallbackQueryHandler(_choose, pattern=r"^lang:"))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
    await application.initialize()
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0, timeout=1)
    sim.track_application(application)
    yield application
    await application.updater.stop()
    await application.stop()
    await application.shutdown()


# ---------------------------------------------------------------------------------------------
# basics


async def test_get_me(bot: ExtBot[None], sim: BotApiSimulator) -> None:
    me = await bot.get_me()
    assert me.is_bot
    assert me.username == "firstport_bot"
    assert me.first_name == "Firstport"
    assert me.can_join_groups is True
    assert me.can_read_all_group_messages is False
    assert sim.calls("getme")


async def test_token_and_unknown_method(sim: BotApiSimulator) -> None:
    strict = BotApiSimulator(token=TOKEN)
    await strict.start()
    try:
        async with httpx.AsyncClient() as client:
            bad = await client.get(f"{strict.base_url}999:AAHwrongTokenForTheTest__/getMe")
            assert bad.status_code == 401
            assert bad.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
            missing = await client.post(f"{strict.base_url}{TOKEN}/noSuchMethod")
            assert missing.status_code == 404
            assert missing.json()["description"] == "Not Found: method not found"
            ok = await client.get(f"{strict.base_url}{TOKEN}/GETME")
            assert ok.json()["ok"] is True
            assert ok.json()["result"]["id"] == 123456
        with pytest.raises(InvalidToken):
            async with ExtBot("999:AAHwrongTokenForTheTest__", base_url=strict.base_url):
                pass
        async with ExtBot(TOKEN, base_url=strict.base_url) as ext_bot:
            with pytest.raises(EndPointNotFound):
                await ext_bot.do_api_request("noSuchMethod")
    finally:
        await strict.stop()


async def test_parameter_encodings(sim: BotApiSimulator) -> None:
    sim.user(5, first_name="Q")
    base = f"{sim.base_url}{TOKEN}"
    markup = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    async with httpx.AsyncClient() as client:
        by_query = await client.get(f"{base}/sendMessage", params={"chat_id": "5", "text": "123"})
        by_json = await client.post(
            f"{base}/sendMessage", json={"chat_id": 5, "text": "j", "reply_markup": markup}
        )
        by_form = await client.post(
            f"{base}/sendMessage",
            data={
                "chat_id": "5",
                "text": "f",
                "reply_markup": json.dumps(markup),
                "disable_notification": "true",
            },
        )
    assert by_query.json()["result"]["text"] == "123"
    assert by_json.json()["result"]["reply_markup"] == markup
    assert by_form.json()["result"]["reply_markup"] == markup
    params = sim.calls("sendMessage")
    assert params[0] == {"chat_id": 5, "text": "123"}
    assert params[2]["reply_markup"] == markup
    assert params[2]["disable_notification"] is True


# ---------------------------------------------------------------------------------------------
# polling application round trips


async def test_polling_app_replies(
    app: Application[Any, Any, Any, Any, Any, Any], sim: BotApiSimulator
) -> None:
    user = sim.user(1001, first_name="Amal", language_code="ar")
    sent = await user.send("/start")
    assert sent["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    await sim.wait_idle()
    assert user.last is not None
    assert user.last["text"] == "Welcome, pick a language"
    assert user.last["entities"] == [{"type": "bold", "offset": 0, "length": 7}]
    assert user.buttons() == [["English"], ["العربية"]]
    await user.send("hello")
    await sim.wait_idle()
    assert user.last["text"] == "echo: hello"
    assert [m["message_id"] for m in user.inbox] == [2, 4]
    await user.send("/slow")
    await sim.wait_idle()  # waits for the handler's sleep thanks to track_application
    assert user.last["text"] == "done slowly"
    assert sim.updates_delivered == 3


async def test_callback_round_trip(
    app: Application[Any, Any, Any, Any, Any, Any], sim: BotApiSimulator
) -> None:
    user = sim.user(1002)
    await user.send("/start")
    await sim.wait_idle()
    keyboard_message = user.last
    query = await user.press("Engl")  # substring match
    assert query["data"] == "lang:en"
    await sim.wait_idle()
    assert user.callback_answers[-1]["text"] == "saved lang:en"
    assert keyboard_message is user.last  # edited in place
    assert user.last["text"] == "Language: lang:en"
    assert "reply_markup" not in user.last
    assert "edit_date" in user.last
    with pytest.raises(LookupError):
        await user.press("English")  # keyboard is gone


async def test_stale_and_forged_callbacks(bot: ExtBot[None], sim: BotApiSimulator) -> None:
    user = sim.user(1003)
    msg = await bot.send_message(1003, "menu", reply_markup=KEYBOARD)
    query = await user.press_data("v1:forged", message_id=msg.message_id)
    assert query["message"]["message_id"] == msg.message_id
    await bot.answer_callback_query(query["id"])
    with fails(BadRequest, "query is too old"):
        await bot.answer_callback_query(query["id"])
    with fails(BadRequest, "query is too old"):
        await bot.answer_callback_query("12345")
    old = await user.press("English")
    sim.advance_time(16 * 60)
    with fails(BadRequest, "query is too old"):
        await bot.answer_callback_query(old["id"])
    fresh = await user.press("English")
    with fails(BadRequest, "message_too_long"):
        await bot.answer_callback_query(fresh["id"], text="x" * 201)
    await bot.delete_message(1003, msg.message_id)
    gone = await user.press_data("lang:en", message_id=msg.message_id)
    assert gone["message"]["date"] == 0  # InaccessibleMessage
    update = Update.de_json({"update_id": 1, "callback_query": gone}, bot)
    assert update.callback_query is not None
    assert not update.callback_query.message.is_accessible  # type: ignore[union-attr]


# ---------------------------------------------------------------------------------------------
# limits and errors


async def test_text_limits(bot: ExtBot[None], sim: BotApiSimulator) -> None:
    sim.user(1)
    with fails(BadRequest, "message is too long"):
        await bot.send_message(1, "é" * 4097)
    with fails(BadRequest, "message is too long"):
        await bot.send_message(1, "😀" * 2049)  # 4098 UTF-16 units
    long_html = "<b>" + "a" * 4096 + "</b>"
    assert len((await bot.send_message(1, long_html, parse_mode="HTML")).text) == 4096
    with fails(BadRequest, "message text is empty"):
        await bot.send_message(1, "   ")
    with fails(BadRequest, "can't parse entities"):
        await bot.send_message(1, "<b>unclosed", parse_mode="HTML")
    with fails(BadRequest, "unsupported start tag"):
        await bot.send_message(1, "a <br> b", parse_mode="HTML")
    with fails(BadRequest, "character '!' is reserved"):
        await bot.send_message(1, "Hi!", parse_mode="MarkdownV2")
    ok = await bot.send_message(1, "Hi\\! *bold*", parse_mode="MarkdownV2")
    assert ok.text == "Hi! bold"
    with fails(BadRequest, "message caption is too long"):
        await bot.send_document(1, b"data", filename="a.txt", caption="c" * 1025)
    with fails(BadRequest, "chat not found"):
        await bot.send_message(424242, "hi")


async def test_keyboard_limits(bot: ExtBot[None], sim: BotApiSimulator) -> None:
    sim.user(2)
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="я" * 33)]])
    with fails(BadRequest, "button_data_invalid"):
        await bot.send_message(2, "t", reply_markup=too_long)
    many = InlineKeyboardMarkup(
        [[InlineKeyboardButton(str(i), callback_data=str(i))] for i in range(101)]
    )
    with fails(BadRequest, "reply markup is too long"):
        await bot.send_message(2, "t", reply_markup=many)
    with fails(BadRequest, "text buttons are unallowed"):
        await bot.send_message(
            2, "t", reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("plain")]])
        )
    await bot.send_message(2, "t", reply_markup=ReplyKeyboardMarkup([["One", "Two"]]))
    assert sim.user(2).keyboard == [["One", "Two"]]


async def test_edit_errors(bot: ExtBot[None], sim: BotApiSimulator) -> None:
    user = sim.user(3)
    msg = await bot.send_message(3, "same", reply_markup=KEYBOARD)
    with fails(BadRequest, "message is not modified"):
        await bot.edit_message_text("same", 3, msg.message_id, reply_markup=KEYBOARD)
    edited = await bot.edit_message_reply_markup(3, msg.message_id)
    assert isinstance(edited, object)
    assert "reply_markup" not in user.last
    with fails(BadRequest, "message to edit not found"):
        await bot.edit_message_text("x", 3, 999)
    mine = await user.send("my text")
    with fails(BadRequest, "message can't be edited"):
        await bot.edit_message_text("x", 3, mine["message_id"])
    assert await bot.delete_message(3, msg.message_id) is True
    assert user.inbox == []
    with fails(BadRequest, "message to delete not found"):
        await bot.delete_message(3, msg.message_id)


async def test_blocked_user_and_kicked_bot(bot: ExtBot[None], sim: BotApiSimulator) -> None:
    user = sim.user(4)
    changed = await user.block()
    assert changed["new_chat_member"]["status"] == "kicked"
    with fails(Forbidden, "bot was blocked by the user"):
        await bot.send_message(4, "hi")
    await user.unblock()
    assert (await bot.send_message(4, "back")).text == "back"
    never = sim.user(40, started=False)
    with fails(Forbidden, "can't initiate conversation"):
        await bot.send_message(never.id, "hi")
    group = sim.group(-100500, title="Staff")
    with fails(Forbidden, "not a member of the supergroup chat"):
        await bot.send_message(group.id, "hi")
    await group.add_bot(by=user)
    await bot.send_message(group.id, "hi all")
    assert [m["text"] for m in group.messages] == ["hi all"]
    await group.remove_bot(by=user)
    with fails(Forbidden, "bot was kicked from the supergroup chat"):
        await bot.send_message(group.id, "hi")
    basic = sim.group(-600, title="Old", type="group")
    await basic.add_bot(by=user)
    await basic.migrate(-100600)
    with pytest.raises(ChatMigrated) as migrated:
        await bot.send_message(-600, "hi")
    assert migrated.value.new_chat_id == -100600
    types = [next(k for k in u if k != "update_id") for u in sim.pending_updates]
    assert types.count("my_chat_member") == 5


async def test_commands_and_descriptions(bot: ExtBot[None], sim: BotApiSimulator) -> None:
    user = sim.user(6)
    commands = [BotCommand("start", "Start"), BotCommand("help", "Help")]
    assert await bot.set_my_commands(commands)
    assert await bot.set_my_commands([BotCommand("start", "ابدأ")], language_code="ar")
    assert await bot.set_my_commands(
        [BotCommand("staff", "Staff")], scope=BotCommandScopeChat(user.id)
    )
    with fails(BadRequest, "invalid language code"):
        await bot.set_my_commands(commands, language_code="EN")
    with fails(BadRequest, "invalid language code"):
        await bot.set_my_commands(commands, language_code="eng")
    with fails(BadRequest, "bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Start", "x")])
    with fails(BadRequest, "bot_command_description_invalid"):
        await bot.set_my_commands([BotCommand("start", "x" * 257)])
    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    assert [c.description for c in await bot.get_my_commands(language_code="ar")] == ["ابدأ"]
    assert [c.command for c in await bot.get_my_commands(scope=BotCommandScopeChat(6))] == ["staff"]
    assert sim.visible_commands(6, "ar")[0]["command"] == "staff"
    assert sim.visible_commands(7, "ar")[0]["description"] == "ابدأ"
    assert await bot.delete_my_commands(language_code="ar")
    assert await bot.get_my_commands(language_code="ar") == ()
    assert await bot.set_my_description("Hello", language_code="en")
    assert (await bot.get_my_description("en")).description == "Hello"
    assert (await bot.get_my_name()).name == "Firstport"
    assert await bot.set_my_short_description("Short")
    assert (await bot.get_my_short_description()).short_description == "Short"


async def test_flood_limits_raise_retry_after(
    bot: ExtBot[None], sim: BotApiSimulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    sim.user(7)
    await bot.send_message(7, "before flood control")
    sim.limits.flood = True
    for i in range(3):  # per_chat_burst
        await bot.send_message(7, f"m{i}")
    with pytest.raises(RetryAfter) as flooded:
        await bot.send_message(7, "too fast")
    assert flooded.value.retry_after == dt.timedelta(seconds=1)
    assert sim.requests[-1].response["parameters"] == {"retry_after": 1}
    assert sim.requests[-1].status == 429
    await bot.get_me()  # not limited
    sim.advance_time(5)
    await bot.send_message(7, "after waiting")
    sim.limits.flood = False
    sim.faults.storm(seconds=30, retry_after=2)
    with pytest.raises(RetryAfter) as stormed:
        await bot.send_message(7, "storm")
    assert stormed.value.retry_after == dt.timedelta(seconds=2)
    assert (await bot.get_chat(7)).id == 7
    sim.faults.clear()
    await bot.send_message(7, "calm")


async def test_group_flood_limit(
    bot: ExtBot[None], sim: BotApiSimulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    sim.limits = Limits(flood=True, per_chat_burst=100, per_chat_rate=100, group_per_minute=20)
    owner = sim.user(8)
    group = sim.group(-1008)
    await group.add_bot(by=owner)
    for i in range(20):
        await bot.send_message(group.id, str(i))
    with pytest.raises(RetryAfter):
        await bot.send_message(group.id, "21st in a minute")


async def test_faults(sim: BotApiSimulator) -> None:
    sim.user(9)
    request = HTTPXRequest(read_timeout=0.3)
    async with ExtBot(TOKEN, base_url=sim.base_url, request=request) as ext_bot:
        sim.faults.rate_5xx = 1.0
        with pytest.raises(NetworkError) as failure:
            await ext_bot.send_message(9, "x")
        assert not isinstance(failure.value, BadRequest)
        assert sim.requests[-1].status in (500, 502)
        sim.faults.clear()
        sim.faults.fail_next("sendMessage", status=400, description="Bad Request: chat not found")
        with fails(BadRequest, "Chat not found"):
            await ext_bot.send_message(9, "x")
        await ext_bot.send_message(9, "works again")
        sim.faults.fail_next(None, status=403, description="Forbidden: user is deactivated")
        with fails(Forbidden, "user is deactivated"):
            await ext_bot.get_chat(9)
        sim.faults.rate_timeout = 1.0
        sim.faults.timeout_seconds = 0.6
        with pytest.raises(TimedOut):
            await ext_bot.send_message(9, "slow")
        sim.faults.clear()
        await sim.wait_idle(timeout=2)
        # the held request was executed before the client gave up (a duplicate risk)
        assert sim.user(9).last["text"] == "slow"  # type: ignore[index]


async def test_random_faults_are_reproducible() -> None:
    outcomes = []
    for _ in range(2):
        async with BotApiSimulator(seed=42) as simulator:
            simulator.user(1)
            simulator.faults.rate_5xx = 0.5
            async with httpx.AsyncClient() as client:
                statuses = [
                    (
                        await client.post(
                            f"{simulator.base_url}{TOKEN}/sendMessage",
                            json={"chat_id": 1, "text": "x"},
                        )
                    ).status_code
                    for _ in range(12)
                ]
            outcomes.append(statuses)
    assert outcomes[0] == outcomes[1]
    assert 200 in outcomes[0]
    assert len(set(outcomes[0])) > 1


# ---------------------------------------------------------------------------------------------
# files, media, copying


async def test_documents_and_files(bot: ExtBot[None], sim: BotApiSimulator) -> None:
    user = sim.user(10)
    payload = b"%PDF-1.4 simulated" * 100
    msg = await bot.send_document(10, payload, filename="leaflet.pdf", caption="Leaflet")
    assert msg.document is not None
    assert msg.document.file_name == "leaflet.pdf"
    assert sim.file_bytes(msg.document.file_id) == payload
    assert sim.calls("sendDocument")[0]["document"]["size"] == len(payload)
    again = await bot.send_document(10, msg.document.file_id)
    assert again.document is not None
    assert again.document.file_unique_id == msg.document.file_unique_id
    photo = await bot.send_photo(10, b"\x89PNG fake", caption="pic")
    assert sim.file_bytes(photo.photo[-1].file_id) == b"\x89PNG fake"
    with fails(BadRequest, "wrong file identifier"):
        await bot.send_document(10, "no-such-file-id")
    sent = await user.send_voice(duration=4)
    tg_file = await bot.get_file(sent["voice"]["file_id"])
    assert bytes(await tg_file.download_as_bytearray()) == sim.file_bytes(sent["voice"]["file_id"])
    location = await bot.send_location(10, 51.5, -0.1)
    assert location.location is not None
    assert location.location.latitude == 51.5
    venue = await bot.send_venue(10, 51.5, -0.1, "Hub", "1 Main St")
    assert venue.venue is not None
    assert venue.venue.title == "Hub"
    for coroutine in (
        user.send_sticker(),
        user.send_photo("p"),
        user.send_location(1.0, 2.0),
        user.send_contact(),
        user.send_document(),
        user.send_video(),
        user.send_audio(),
        user.send_animation(),
        user.send_poll(),
        user.send_dice(),
    ):
        payload_dict = await coroutine
        assert Update.de_json({"update_id": 1, "message": payload_dict}, bot).message


async def test_copy_and_forward(bot: ExtBot[None], sim: BotApiSimulator) -> None:
    user = sim.user(11)
    staff = sim.user(12)
    group = sim.group(-1011, title="Staff", is_forum=True)
    await group.add_bot(by=staff, admin=True, can_manage_topics=True)
    topic = await bot.create_forum_topic(group.id, "Case 11")
    sent = await user.send("I need help")
    copied = await bot.copy_message(
        group.id, 11, sent["message_id"], message_thread_id=topic.message_thread_id
    )
    assert group.last is not None
    assert group.last["message_id"] == copied.message_id
    assert group.last["text"] == "I need help"
    assert group.last["message_thread_id"] == topic.message_thread_id
    forwarded = await bot.forward_message(
        group.id, 11, sent["message_id"], message_thread_id=topic.message_thread_id
    )
    assert forwarded.forward_origin is not None
    assert forwarded.forward_origin.sender_user.id == 11  # type: ignore[attr-defined]
    ids = await bot.copy_messages(12, 11, [sent["message_id"]])
    assert len(ids) == 1
    with fails(BadRequest, "message to copy not found"):
        await bot.copy_message(group.id, 11, 999)


# ---------------------------------------------------------------------------------------------
# groups and forum topics


async def test_forum_topics(bot: ExtBot[None], sim: BotApiSimulator) -> None:
    owner = sim.user(20)
    plain = sim.group(-1020, title="Plain")
    await plain.add_bot(by=owner, admin=True, can_manage_topics=True)
    with fails(BadRequest, "the chat is not a forum"):
        await bot.create_forum_topic(plain.id, "x")
    forum = sim.group(-1021, title="Forum", is_forum=True)
    await forum.add_bot(by=owner)
    with fails(BadRequest, "not enough rights to create a topic"):
        await bot.create_forum_topic(forum.id, "x")
    await forum.add_bot(by=owner, admin=True, can_manage_topics=True)
    topic = await bot.create_forum_topic(forum.id, "Case 1", icon_color=16766590)
    assert topic.name == "Case 1"
    assert topic.icon_color == 16766590
    msg = await bot.send_message(forum.id, "hello", message_thread_id=topic.message_thread_id)
    assert msg.is_topic_message
    assert msg.message_thread_id == topic.message_thread_id
    assert forum.thread_messages(topic.message_thread_id)[0]["text"] == "hello"
    assert await bot.edit_forum_topic(forum.id, topic.message_thread_id, name="Case 1 (done)")
    assert forum.topics[topic.message_thread_id].name == "Case 1 (done)"
    assert await bot.close_forum_topic(forum.id, topic.message_thread_id)
    with fails(BadRequest, "topic_not_modified"):
        await bot.close_forum_topic(forum.id, topic.message_thread_id)
    assert await bot.reopen_forum_topic(forum.id, topic.message_thread_id)
    forum.delete_topic(topic.message_thread_id)
    with fails(BadRequest, "message thread not found"):
        await bot.send_message(forum.id, "x", message_thread_id=topic.message_thread_id)
    with fails(BadRequest, "message thread not found"):
        await bot.send_message(forum.id, "x", message_thread_id=12345)
    member = await bot.get_chat_member(forum.id, sim.bot_id)
    assert member.status == "administrator"
    assert getattr(member, "can_manage_topics", None) is True
    info = await bot.get_chat(forum.id)
    assert info.is_forum
    assert info.title == "Forum"


async def test_group_updates_and_privacy(sim: BotApiSimulator) -> None:
    seen: list[Update] = []

    async def record(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        seen.append(update)

    application = ApplicationBuilder().token(TOKEN).base_url(sim.base_url).build()
    application.add_handler(ChatMemberHandler(record, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(MessageHandler(filters.ALL, record))
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=1)
        staff = sim.user(30, first_name="Sam")
        group = sim.group(-1030, title="Staff")
        await group.add_bot(by=staff)
        await group.send(staff, "chatter the bot must not see")
        await group.send(staff, "/status@firstport_bot")
        await group.send(staff, "hey @firstport_bot")
        await sim.wait_idle()
        await application.updater.stop()
        await application.stop()
    assert seen[0].my_chat_member is not None
    assert seen[0].my_chat_member.new_chat_member.status == "member"
    assert seen[1].message is not None
    assert seen[1].message.new_chat_members
    texts = [u.message.text for u in seen[2:] if u.message]
    assert texts == ["/status@firstport_bot", "hey @firstport_bot"]


# ---------------------------------------------------------------------------------------------
# webhook


async def test_webhook_delivery(bot: ExtBot[None], sim: BotApiSimulator) -> None:
    received: list[tuple[str | None, dict[str, Any]]] = []
    failures = [500]

    async def receive(request: web.Request) -> web.Response:
        if failures:
            return web.Response(status=failures.pop())
        update = await request.json()
        received.append((request.headers.get("X-Telegram-Bot-Api-Secret-Token"), update))
        # Telegram executes a method returned in the webhook response body
        chat_id = update["message"]["chat"]["id"]
        return web.json_response({"method": "sendMessage", "chat_id": chat_id, "text": "pong"})

    receiver = web.Application()
    receiver.router.add_post("/hook", receive)
    runner = web.AppRunner(receiver)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        assert await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="s3cr3t")
        info = await bot.get_webhook_info()
        assert info.url.endswith("/hook")
        with fails(Conflict, "webhook is active"):
            await bot.get_updates()
        user = sim.user(50)
        await user.send("via webhook")
        await sim.wait_idle(timeout=3)
        assert received[0][0] == "s3cr3t"
        assert received[0][1]["message"]["text"] == "via webhook"
        statuses = [d.status for d in sim.webhook_deliveries]
        assert statuses == [500, 200]
        assert user.last is not None
        assert user.last["text"] == "pong"
        assert sim.updates_delivered == 1
        assert await bot.delete_webhook()
        assert (await bot.get_webhook_info()).url == ""
    finally:
        await runner.cleanup()


# ---------------------------------------------------------------------------------------------
# idle detection and the control API


async def test_wait_idle(sim: BotApiSimulator) -> None:
    user = sim.user(60)
    await sim.wait_idle(timeout=1)
    await user.send("nobody is polling")
    with fails(TimeoutError, "undelivered"):
        await sim.wait_idle(timeout=0.2)
    await sim.inject_update(
        {
            "update_id": 500,
            "message": {
                "message_id": 99,
                "date": 0,
                "chat": {"id": 60, "type": "private"},
                "text": "raw",
            },
        }
    )
    async with ExtBot(TOKEN, base_url=sim.base_url) as ext_bot:
        updates = await ext_bot.get_updates(timeout=0)
        assert [u.update_id for u in updates] == [1, 500]
        await ext_bot.get_updates(offset=501, timeout=0)
    await sim.wait_idle(timeout=1)
    busy = True
    sim.add_idle_check(lambda: not busy)
    with fails(TimeoutError, "idle checks"):
        await sim.wait_idle(timeout=0.1)
    busy = False
    await sim.wait_idle(timeout=1)


async def test_long_poll_wakes_immediately(sim: BotApiSimulator) -> None:
    user = sim.user(61)
    async with ExtBot(TOKEN, base_url=sim.base_url) as ext_bot:
        poll = asyncio.create_task(ext_bot.get_updates(timeout=10))
        await asyncio.sleep(0.05)
        loop = asyncio.get_running_loop()
        started = loop.time()
        await user.send("wake up")
        updates = await asyncio.wait_for(poll, 2)
        assert loop.time() - started < 1
        assert updates[0].message is not None
        assert updates[0].message.text == "wake up"


async def test_control_api(
    app: Application[Any, Any, Any, Any, Any, Any], sim: BotApiSimulator
) -> None:
    async with httpx.AsyncClient(base_url=sim.api_root) as client:
        sent = await client.post(
            "/_sim/users/70/send",
            json={"text": "/start", "first_name": "Ola", "language_code": "uk"},
        )
        assert sent.json()["result"]["from"]["language_code"] == "uk"
        idle = await client.get("/_sim/idle", params={"timeout": "3"})
        assert idle.json()["idle"] is True
        messages = (await client.get("/_sim/chats/70/messages")).json()["result"]
        assert messages[-1]["text"] == "Welcome, pick a language"
        pressed = await client.post("/_sim/users/70/press", json={"label": "English"})
        assert pressed.json()["result"]["data"] == "lang:en"
        missing = await client.post("/_sim/users/70/press", json={"label": "Nope"})
        assert missing.status_code == 404
        await client.get("/_sim/idle", params={"timeout": "3"})
        messages = (await client.get("/_sim/chats/70/messages")).json()["result"]
        assert messages[-1]["text"] == "Language: lang:en"
        faults = await client.post(
            "/_sim/faults",
            json={
                "fail_next": {
                    "method": "sendMessage",
                    "status": 403,
                    "description": "Forbidden: bot was blocked by the user",
                }
            },
        )
        assert faults.json()["result"]["fail_next"][0]["status"] == 403
        await client.post("/_sim/users/70/send", json={"text": "ping"})
        await client.get("/_sim/idle", params={"timeout": "3"})
        assert sim.calls("sendMessage", ok=False)
        assert (await client.get("/_sim/idle")).json() == {"idle": True, "problems": []}


def test_sim_user_is_idempotent() -> None:
    simulator = BotApiSimulator()
    first = simulator.user(1, first_name="A", language_code="ar")
    again = simulator.user(1)
    assert first is again
    assert isinstance(again, SimUser)
    assert again.language_code == "ar"
    assert again.chat_id == 1
    assert simulator.group(-5, title="G") is simulator.group(-5)
