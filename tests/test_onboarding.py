"""Onboarding over real HTTP against the simulator: picker, privacy notice, menu, language."""

from __future__ import annotations

import json

import pytest

from bot.i18n import LOCALES
from tests.conftest import Bot, rows_naming

ENDONYMS = [
    "English",
    "العربية",
    "فارسی",
    "دری",
    "پښتو",
    "کوردی",
    "Kurdî",
    "ትግርኛ",
    "አማርኛ",
    "اردو",
    "Shqip",
    "Tiếng Việt",
    "Français",
    "Soomaali",
]


def flat(labels: list[list[str]]) -> list[str]:
    return [label for row in labels for label in row]


async def test_first_contact_shows_picker_with_endonyms(bot: Bot, no_errors) -> None:
    user = bot.sim.user(501, first_name="Amal", language_code=None)
    await user.send("/start")
    await bot.idle()
    assert flat(user.buttons()) == ENDONYMS
    assert user.last["text"] == bot.t("en", "lang-choose")


async def test_telegram_language_is_offered_first(bot: Bot) -> None:
    user = bot.sim.user(502, language_code="fa-AF")
    await user.send("/start")
    await bot.idle()
    labels = flat(user.buttons())
    assert labels[0] == "دری"
    assert sorted(labels) == sorted(ENDONYMS)
    # The prompt is in the Telegram language and in English.
    assert user.last["text"] == bot.t("fa-AF", "lang-choose") + "\n" + bot.t("en", "lang-choose")


async def test_any_first_message_starts_onboarding(bot: Bot) -> None:
    user = bot.sim.user(503, language_code="ar")
    await user.send("hello")
    await bot.idle()
    assert flat(user.buttons())[0] == "العربية"


@pytest.mark.parametrize("locale", LOCALES)
async def test_onboarding_in_every_locale(bot: Bot, locale: str, no_errors) -> None:
    user = bot.sim.user(600, language_code="en")
    await user.send("/start")
    await bot.idle()
    await user.press(bot.t(locale, "lang-name"))
    await bot.idle()
    assert user.last["text"] == bot.t(locale, "privacy-notice")
    assert flat(user.buttons()) == [
        bot.t(locale, "privacy-agree"),
        bot.t(locale, "privacy-decline"),
    ]
    await user.press(bot.t(locale, "privacy-agree"))
    await bot.idle()
    texts = [m["text"] for m in user.inbox[-3:]]
    # Thanks, then the offer of check-ins (off until the person chooses), then the menu.
    assert texts == [
        bot.t(locale, "privacy-agreed"),
        bot.t(locale, "checkin-offer"),
        bot.t(locale, "menu-title"),
    ]
    assert flat(user.buttons(user.inbox[-2])) == [
        bot.t(locale, "checkin-weekly-button"),
        bot.t(locale, "checkin-fortnightly-button"),
        bot.t(locale, "checkin-decline-button"),
    ]
    menu = flat(user.buttons())
    assert bot.t(locale, "menu-urgent") in menu
    assert bot.t(locale, "menu-language") in menu
    stored = await bot.services.users.get(600)
    assert stored is not None
    assert stored.locale == locale
    assert stored.consent_version == bot.privacy_version
    assert stored.consent_at == bot.clock.now()


async def test_decline_stores_nothing_and_uses_telegram_language(bot: Bot, no_errors) -> None:
    user = bot.sim.user(700, language_code="fr")
    await user.send("/start")
    await bot.idle()
    await user.press("العربية")
    await bot.idle()
    await user.press(bot.t("ar", "privacy-decline"))
    await bot.idle()
    assert user.inbox[-2]["text"] == bot.t("ar", "privacy-declined")
    assert await rows_naming(bot.services.db, 700) == []
    # Information stays available, in Telegram's language from now on.
    await user.send("/urgent")
    await bot.idle()
    assert user.last["text"] == bot.t("fr", "safety-card")
    await user.send("what now?")
    await bot.idle()
    assert user.last["text"] == bot.t("fr", "fallback-text")
    assert await rows_naming(bot.services.db, 700) == []


async def onboard(bot: Bot, user_id: int, locale: str = "en", code: str | None = "en"):
    user = bot.sim.user(user_id, language_code=code)
    await user.send("/start")
    await bot.idle()
    await user.press(bot.t(locale, "lang-name"))
    await bot.idle()
    await user.press(bot.t(locale, "privacy-agree"))
    await bot.idle()
    return user


async def test_language_command_switches_language(bot: Bot, no_errors) -> None:
    user = await onboard(bot, 800, "en")
    await user.send("/language")
    await bot.idle()
    await user.press("Tiếng Việt")
    await bot.idle()
    assert user.last["text"] == bot.t("vi", "lang-changed")
    assert (await bot.services.users.get(800)).locale == "vi"
    await user.send("/menu")
    await bot.idle()
    assert user.last["text"] == bot.t("vi", "menu-title")


async def test_language_from_menu_button(bot: Bot) -> None:
    user = await onboard(bot, 801, "en")
    await user.press(bot.t("en", "menu-language"))
    await bot.idle()
    await user.press("پښتو")
    await bot.idle()
    assert user.last["text"] == bot.t("ps", "lang-changed")


async def test_restart_keeps_language_and_consent(bot: Bot) -> None:
    user = await onboard(bot, 900, "so")
    await bot.restart()
    await user.send("/start")
    await bot.idle()
    assert user.last["text"] == bot.t("so", "menu-title")
    stored = await bot.services.users.get(900)
    assert stored is not None
    assert stored.locale == "so"
    assert stored.consent_version == 1


async def test_changed_notice_asks_again(bot: Bot) -> None:
    user = await onboard(bot, 901, "ar")
    await bot.restart(privacy_version=2)
    await user.send("/menu")
    await bot.idle()
    assert user.last["text"] == bot.t("ar", "privacy-updated") + "\n\n" + bot.t(
        "ar", "privacy-notice"
    )
    await user.press(bot.t("ar", "privacy-agree"))
    await bot.idle()
    assert (await bot.services.users.get(901)).consent_version == 2
    assert user.last["text"] == bot.t("ar", "menu-title")


async def test_declining_a_changed_notice_deletes_data(bot: Bot) -> None:
    user = await onboard(bot, 902, "en")
    await bot.restart(privacy_version=2)
    await user.send("/start")
    await bot.idle()
    await user.press(bot.t("en", "privacy-decline"))
    await bot.idle()
    assert user.inbox[-2]["text"] == bot.t("en", "privacy-withdrawn")
    assert await rows_naming(bot.services.db, 902) == []


async def test_old_notice_button_is_stale_and_stores_nothing(bot: Bot) -> None:
    user = bot.sim.user(903, language_code="en")
    await user.send("/start")
    await bot.idle()
    await user.press("English")
    await bot.idle()
    old_notice = user.last
    await bot.restart(privacy_version=2)
    agree = old_notice["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    await user.press_data(agree, message_id=old_notice["message_id"])
    await bot.idle()
    assert user.last["text"] == bot.t("en", "privacy-stale") + "\n\n" + bot.t(
        "en", "privacy-notice"
    )
    assert await rows_naming(bot.services.db, 903) == []


async def test_command_menu_per_language(bot: Bot) -> None:
    """setMyCommands per two-letter language; ckb and fa-AF get the default menu."""
    calls = bot.sim.calls("setMyCommands")
    codes = {c.get("language_code") for c in calls}
    assert {"ar", "fa", "ps", "ku", "ti", "am", "ur", "sq", "vi", "fr", "so"} <= codes
    assert not codes & {"ckb", "fa-AF", "fa-af"}
    arabic = next(c for c in calls if c.get("language_code") == "ar")
    commands = arabic["commands"]
    commands = json.loads(commands) if isinstance(commands, str) else commands
    assert {c["command"] for c in commands} >= {
        "start",
        "menu",
        "language",
        "help",
        "privacy",
        "mydata",
        "forget",
        "urgent",
    }
    assert bot.sim.visible_commands(600, "ar")


async def test_declined_persons_flow_button_after_a_restart_is_stale(bot: Bot) -> None:
    """A declined person's place in a flow lives in memory only; after a restart their old
    button gets the polite stale reply and changes nothing."""
    user = bot.sim.user(610, language_code="en")
    await user.send("/start")
    await bot.idle()
    await user.press("English")
    await bot.idle()
    await user.press(bot.t("en", "privacy-decline"))
    await bot.idle()
    await user.press(bot.t("en", "menu-housing"))
    await bot.idle()
    screen = user.last
    await bot.restart()
    await user.press_data(
        screen["reply_markup"]["inline_keyboard"][0][0]["callback_data"],
        message_id=screen["message_id"],
    )
    await bot.idle()
    assert user.last["text"] == bot.t("en", "button-stale")
    assert await rows_naming(bot.services.db, 610) == []
