"""Groups: say once that we work in private chats, and leave. Blocking is tracked."""

from __future__ import annotations

from tests.conftest import STAFF_CHAT, Bot
from tests.test_onboarding import onboard


async def test_added_to_a_group_says_once_and_leaves(bot: Bot, no_errors) -> None:
    adder = bot.sim.user(4000, language_code="ar")
    group = bot.sim.group(-100500, title="Friends", type="supergroup")
    await group.add_bot(by=adder)
    await bot.idle()
    assert [m["text"] for m in group.messages] == [bot.t("ar", "group-private-only")]
    assert bot.sim.calls("leaveChat")[-1]["chat_id"] == -100500
    await group.send(adder, "/start")
    await bot.idle()
    assert len(group.messages) == 1  # said once


async def test_message_in_unknown_group_leaves(bot: Bot) -> None:
    member = bot.sim.user(4001, language_code="en")
    group = bot.sim.group(-100501, title="Other", type="group")
    # The bot was added while it was not running, so it never saw the my_chat_member update.
    group.chat.bot_status = "member"
    await group.send(member, "/help")
    await bot.idle()
    assert group.messages[0]["text"] == bot.t("en", "group-private-only")
    assert bot.sim.calls("leaveChat")


async def test_staff_chat_is_not_left(bot: Bot) -> None:
    staff = bot.sim.user(1, language_code="en")
    group = bot.sim.group(STAFF_CHAT)
    await group.send(staff, "hello team")
    await bot.idle()
    assert not bot.sim.calls("leaveChat")


async def test_block_and_unblock(bot: Bot, no_errors) -> None:
    user = await onboard(bot, 4100, "en")
    await user.block()
    await bot.idle()
    assert (await bot.services.users.get(4100)).blocked
    await user.unblock()
    await bot.idle()
    assert not (await bot.services.users.get(4100)).blocked
    await user.send("/menu")
    await bot.idle()
    assert user.last["text"] == bot.t("en", "menu-title")


async def test_blocking_an_unknown_person_stores_nothing(bot: Bot) -> None:
    user = bot.sim.user(4101)
    await user.block()
    await bot.idle()
    assert await bot.services.users.get(4101) is None
