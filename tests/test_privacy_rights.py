"""/mydata returns exactly what is stored; /forget leaves no row naming the person."""

from __future__ import annotations

import json

from tests.conftest import Bot, rows_naming
from tests.test_onboarding import onboard


async def test_mydata_returns_exactly_what_is_stored(bot: Bot, no_errors) -> None:
    user = await onboard(bot, 1100, "ur")
    await user.send("/mydata")
    await bot.idle()
    message = user.last
    assert message["document"]["file_name"] == "firstport-my-data.json"
    assert message["caption"] == bot.t("ur", "data-export-caption")
    exported = json.loads(bot.sim.file_bytes(message["document"]["file_id"]))
    assert exported["telegram_user_id"] == 1100
    # Compare with the database itself, table by table.
    db = bot.services.db
    expected = {}
    for table in await db.personal_tables():
        rows = await db.fetchall(f'SELECT * FROM "{table}" WHERE user_id = ?', (1100,))
        if rows:
            expected[table] = [dict(r) for r in rows]
    assert exported["tables"] == expected
    assert exported["tables"]["users"][0]["locale"] == "ur"
    # Every table naming the person is in the export.
    assert {t for t, _ in await rows_naming(db, 1100)} <= set(exported["tables"])


async def test_mydata_for_someone_we_do_not_know(bot: Bot) -> None:
    user = bot.sim.user(1101, language_code="fr")
    await user.send("/mydata")
    await bot.idle()
    exported = json.loads(bot.sim.file_bytes(user.last["document"]["file_id"]))
    assert exported["tables"] == {}
    assert user.last["caption"] == bot.t("fr", "data-export-empty")


async def test_forget_asks_then_deletes_everything(bot: Bot, no_errors) -> None:
    user = await onboard(bot, 1200, "am")
    # Leave something in the outbox for this person too.
    await bot.services.outbox.add(
        chat_id=1200,
        user_id=1200,
        payload={"kind": "text", "text": "x"},
        now=bot.clock.now(),
        due_at=bot.clock.now().replace(year=2030),
    )
    await user.send("/forget")
    await bot.idle()
    assert user.last["text"] == bot.t("am", "forget-confirm")
    assert await bot.services.users.get(1200) is not None  # nothing deleted yet
    await user.press(bot.t("am", "forget-yes"))
    await bot.idle()
    assert user.last["text"] == bot.t("am", "forget-done")
    assert await rows_naming(bot.services.db, 1200) == []


async def test_forget_can_be_cancelled(bot: Bot) -> None:
    user = await onboard(bot, 1201, "en")
    await user.send("/forget")
    await bot.idle()
    await user.press(bot.t("en", "forget-no"))
    await bot.idle()
    assert user.inbox[-2]["text"] == bot.t("en", "forget-kept")
    assert await bot.services.users.get(1201) is not None


async def test_forget_when_nothing_is_stored(bot: Bot) -> None:
    user = bot.sim.user(1202, language_code="sq")
    await user.send("/forget")
    await bot.idle()
    assert user.last["text"] == bot.t("sq", "forget-nothing")


async def test_privacy_menu_offers_data_buttons(bot: Bot) -> None:
    user = await onboard(bot, 1203, "en")
    await user.press(bot.t("en", "menu-privacy"))
    await bot.idle()
    assert user.last["text"] == bot.t("en", "privacy-notice")
    await user.press(bot.t("en", "data-delete"))
    await bot.idle()
    await user.press(bot.t("en", "forget-yes"))
    await bot.idle()
    assert await rows_naming(bot.services.db, 1203) == []


async def test_retention_removes_people_not_seen_for_a_year(bot: Bot) -> None:
    from bot.app import due_work

    await onboard(bot, 1300, "en")
    bot.clock.advance(days=364)
    await due_work(bot.services)
    assert await bot.services.users.get(1300) is not None
    bot.clock.advance(days=2)
    await due_work(bot.services)
    assert await rows_naming(bot.services.db, 1300) == []
