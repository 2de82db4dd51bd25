"""Callback data: one codec, at most 64 bytes, authenticated; stale or forged buttons get a
polite localised reply and change no state."""

from __future__ import annotations

import pytest

from bot.callbacks import CallbackCodec, CallbackTooLong
from tests.conftest import Bot, rows_naming
from tests.test_onboarding import onboard


def test_codec_round_trip_and_limits() -> None:
    codec = CallbackCodec(b"s" * 32)
    data = codec.encode("privacy", "yes", "fa-AF", 12)
    assert len(data.encode()) <= 64
    decoded = codec.decode(data)
    assert decoded is not None
    assert (decoded.area, decoded.action, decoded.args) == ("privacy", "yes", ("fa-AF", "12"))
    with pytest.raises(CallbackTooLong):
        codec.encode("a", "b", "x" * 40, "y" * 20)
    with pytest.raises(ValueError, match="must match"):
        codec.encode("menu", "bad:part")


def test_codec_refuses_forgery_and_other_secrets() -> None:
    codec = CallbackCodec(b"s" * 32)
    other = CallbackCodec(b"t" * 32)
    data = codec.encode("forget", "yes")
    assert other.decode(data) is None
    tampered = data.replace("forget", "forgot")
    assert codec.decode(tampered) is None
    for junk in ("", "hello", "1:menu:show", "~", "1:menu:show~", None, 42, "x" * 65):
        assert codec.decode(junk) is None


async def test_forged_button_gets_polite_reply_and_changes_nothing(bot: Bot, no_errors) -> None:
    user = bot.sim.user(3000, language_code="ar")
    await user.send("/start")
    await bot.idle()
    # A forged "agree" (right shape, wrong signature) must not store consent.
    await user.press_data("1:privacy:yes:ar:1~AAAAAAAA")
    await bot.idle()
    assert user.callback_answers[-1]["text"] == bot.t("ar", "button-stale")
    assert user.last["text"] == bot.t("ar", "button-stale")
    assert await rows_naming(bot.services.db, 3000) == []


async def test_forged_forget_cannot_delete(bot: Bot) -> None:
    user = await onboard(bot, 3001, "en")
    await user.press_data("1:forget:yes~zzzzzzzz")
    await bot.idle()
    assert await bot.services.users.get(3001) is not None
    assert user.last["text"] == bot.t("en", "button-stale")


async def test_buttons_from_before_a_restart_still_work(bot: Bot) -> None:
    user = await onboard(bot, 3002, "en")
    menu = user.last
    await bot.restart()
    language = menu["reply_markup"]["inline_keyboard"]
    data = next(
        b["callback_data"] for row in language for b in row if b["text"] == bot.t("en", "menu-help")
    )
    await user.press_data(data, message_id=menu["message_id"])
    await bot.idle()
    assert user.last["text"] == bot.t("en", "help-text")


async def test_item_from_an_older_menu_is_stale(bot: Bot) -> None:
    user = await onboard(bot, 3003, "fr")
    data = bot.services.codec.encode("menu", "retired-feature")
    await user.press_data(data)
    await bot.idle()
    assert user.last["text"] == bot.t("fr", "button-stale")
    assert (await bot.services.users.get(3003)).locale == "fr"


async def test_every_button_the_bot_sent_fits_64_bytes(bot: Bot) -> None:
    await onboard(bot, 3004, "fa-AF")
    for params in bot.sim.calls("sendMessage"):
        markup = params.get("reply_markup") or {}
        for row in markup.get("inline_keyboard", []):
            for button in row:
                assert len(button["callback_data"].encode()) <= 64
