"""Telegram errors never lose a reply: passing failures go to the SQLite outbox and are sent
later (also after a restart); a person who blocked the bot is marked blocked."""

from __future__ import annotations

from tests.conftest import Bot
from tests.test_onboarding import onboard


async def test_failed_reply_is_queued_and_delivered_later(bot: Bot, no_errors) -> None:
    from bot.app import due_work

    user = await onboard(bot, 5000, "en")
    bot.sim.faults.fail_next("sendMessage", status=502, description="Bad Gateway", count=1)
    await user.send("/help")
    await bot.idle()
    assert user.last["text"] != bot.t("en", "help-text")
    assert await bot.services.outbox.count() == 1
    # Later replies to the same chat queue behind it, to keep the order.
    await user.send("/urgent")
    await bot.idle()
    assert await bot.services.outbox.count() == 2
    bot.clock.advance(seconds=5)
    await due_work(bot.services)
    await due_work(bot.services)
    await bot.idle()
    assert [m["text"] for m in user.inbox[-2:]] == [
        bot.t("en", "help-text"),
        bot.t("en", "safety-card"),
    ]
    assert await bot.services.outbox.count() == 0


async def test_flood_limit_reply_waits_for_retry_after(bot: Bot) -> None:
    from bot.app import due_work

    user = await onboard(bot, 5001, "en")
    bot.sim.faults.storm(seconds=1.0, retry_after=3)
    await user.send("/help")
    await bot.idle()
    assert await bot.services.outbox.count() == 1
    item = (await bot.services.outbox.due(bot.clock.now().replace(year=2100)))[0]
    await due_work(bot.services)  # not due yet: retry_after is respected
    assert await bot.services.outbox.count() == 1
    bot.clock.advance(seconds=4)
    bot.sim.faults.clear()
    await due_work(bot.services)
    await bot.idle()
    assert user.last["text"] == bot.t("en", "help-text")
    assert item.payload["text"] == bot.t("en", "help-text")


async def test_outbox_survives_a_restart(bot: Bot) -> None:
    from bot.app import due_work

    user = await onboard(bot, 5002, "en")
    bot.sim.faults.fail_next("sendMessage", status=500, description="Internal Server Error")
    await user.send("/help")
    await bot.idle()
    await bot.restart()
    bot.clock.advance(seconds=10)
    await due_work(bot.services)
    await bot.idle()
    assert user.last["text"] == bot.t("en", "help-text")


async def test_blocked_person_is_marked_and_queue_dropped(bot: Bot) -> None:
    from bot.app import due_work

    user = await onboard(bot, 5003, "en")
    bot.sim.faults.fail_next("sendMessage", status=502, description="Bad Gateway")
    await user.send("/help")
    await bot.idle()
    await user.block()
    await bot.idle()
    bot.clock.advance(seconds=10)
    await due_work(bot.services)
    assert await bot.services.outbox.count() == 0
    assert (await bot.services.users.get(5003)).blocked


async def test_reply_to_a_blocked_chat_marks_blocked(bot: Bot) -> None:
    user = await onboard(bot, 5004, "en")
    bot.sim.faults.fail_next(
        "sendMessage", status=403, description="Forbidden: bot was blocked by the user"
    )
    await user.send("/help")
    await bot.idle()
    assert (await bot.services.users.get(5004)).blocked
    assert await bot.services.outbox.count() == 0
