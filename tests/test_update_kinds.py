"""Every kind of update from a private chat gets a localised reply; no exception escapes."""

from __future__ import annotations

import pytest

from tests.conftest import Bot
from tests.test_onboarding import onboard

KINDS = [
    ("send_voice", {}, "fallback-voice"),
    ("send_sticker", {}, "fallback-sticker"),
    ("send_photo", {}, "fallback-photo"),
    ("send_photo", {"caption": "my card"}, "fallback-photo"),
    ("send_location", {"latitude": 54.97, "longitude": -1.61}, "fallback-location"),
    ("send_contact", {"phone_number": "+447700900000", "first_name": "X"}, "fallback-contact"),
    ("send_document", {"file_name": "letter.pdf"}, "fallback-document"),
    ("send_video", {}, "fallback-media"),
    ("send_audio", {}, "fallback-media"),
    ("send_animation", {}, "fallback-media"),
    ("send_poll", {}, "fallback-other"),
    ("send_dice", {}, "fallback-other"),
]


@pytest.mark.parametrize(("method", "kwargs", "key"), KINDS)
async def test_each_kind_gets_a_reply_and_the_menu(
    bot: Bot, method: str, kwargs: dict, key: str, no_errors
) -> None:
    user = await onboard(bot, 2000, "ar")
    before = len(user.inbox)
    await getattr(user, method)(**kwargs)
    await bot.idle()
    assert len(user.inbox) == before + 1
    assert user.last["text"] == bot.t("ar", key)
    assert user.buttons()[0]  # the menu comes with it
    assert bot.t("ar", "menu-urgent") in [b for row in user.buttons() for b in row]


async def test_voice_note_explains_we_cannot_listen(bot: Bot, no_errors) -> None:
    user = await onboard(bot, 2001, "en")
    await user.send_voice(duration=4)
    await bot.idle()
    assert "cannot listen to voice messages" in user.last["text"]


async def test_edited_message_gets_a_reply(bot: Bot, no_errors) -> None:
    user = await onboard(bot, 2002, "fa")
    sent = await user.send("سلام")
    await bot.idle()
    await user.edit(sent["message_id"], "سلام!")
    await bot.idle()
    assert user.last["text"] == bot.t("fa", "fallback-edited")


async def test_unknown_text_and_command(bot: Bot, no_errors) -> None:
    user = await onboard(bot, 2003, "ti")
    await user.send("?????")
    await bot.idle()
    assert user.last["text"] == bot.t("ti", "fallback-text")
    await user.send("/nosuchcommand")
    await bot.idle()
    assert user.last["text"] == bot.t("ti", "fallback-text")


async def test_new_person_sending_a_sticker_gets_the_picker(bot: Bot, no_errors) -> None:
    user = bot.sim.user(2004, language_code="ckb")
    await user.send_sticker()
    await bot.idle()
    assert user.last["text"] == bot.t("ckb", "fallback-sticker")
    assert user.buttons()[0][0] == "کوردی"


async def test_help_and_urgent(bot: Bot, no_errors) -> None:
    user = await onboard(bot, 2005, "ku")
    await user.send("/help")
    await bot.idle()
    assert user.last["text"] == bot.t("ku", "help-text")
    await user.press(bot.t("ku", "nav-menu"))
    await bot.idle()
    assert user.last["text"] == bot.t("ku", "menu-title")
    await user.press(bot.t("ku", "menu-urgent"))
    await bot.idle()
    assert user.last["text"] == bot.t("ku", "safety-card")
    assert "999" in user.last["text"]
    assert "116 123" in user.last["text"]


async def test_a_failing_handler_is_logged_and_the_person_told(
    bot: Bot, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.handlers import menu

    user = await onboard(bot, 2006, "en")

    def boom(*_a, **_k):
        raise RuntimeError("deliberate")

    monkeypatch.setattr(menu, "help_card", boom)
    await user.send("/help")
    await bot.idle()
    assert user.last["text"] == bot.t("en", "error-generic")
    assert any("unhandled error" in r.getMessage() for r in caplog.records)
