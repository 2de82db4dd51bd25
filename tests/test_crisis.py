"""The crisis safety net: normalisation, the development corpus, and the card as the FIRST
reply in every state (no /start, before consent, mid-flow, after /forget) in eight languages."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.crisis import CATEGORIES, CrisisNet, load_phrases, normalise
from bot.i18n import project_root
from tests.conftest import STAFF_CHAT, Bot
from tests.test_onboarding import onboard

ROOT = project_root()
CORPUS = Path(__file__).parent / "crisis_corpus"
REQUIRED = ("en", "ar", "fa", "ur", "fr", "ps", "ckb", "ti")
FALSE_ALARMS: dict[str, tuple[int, int]] = {}


@pytest.fixture(scope="module")
def net() -> CrisisNet:
    return CrisisNet(load_phrases(ROOT / "flows" / "crisis"))


def corpus(locale: str) -> dict:
    return yaml.safe_load((CORPUS / f"{locale}.yaml").read_text(encoding="utf-8"))


def test_normalisation() -> None:
    assert normalise("ＫＩＬＬ   Myself!!") == "kill myself"
    assert normalise("مـــوت") == normalise("موت")  # tatweel
    assert normalise("أُرِيدُ") == normalise("ارید")  # diacritics and letter variants
    assert normalise("ي ك ە") == normalise("ی ک ه")
    assert normalise("٣ ۴ 5") == "3 4 5"
    assert normalise("su\u200bici\u200cde") == "suicide"  # zero-width characters


@pytest.mark.parametrize("locale", REQUIRED)
def test_required_corpora_are_big_enough(locale: str) -> None:
    data = corpus(locale)
    assert len(data["positives"]) >= 15
    assert len(data["benign"]) >= 10
    assert {p["category"] for p in data["positives"]} <= set(CATEGORIES)


@pytest.mark.parametrize("locale", sorted(p.stem for p in CORPUS.glob("*.yaml")))
def test_corpus_every_positive_matches(net: CrisisNet, locale: str) -> None:
    data = corpus(locale)
    missed = [
        p["text"]
        for p in data["positives"]
        if (m := net.check(p["text"], locale)) is None or m.category != p["category"]
    ]
    assert missed == []
    alarms = [b for b in data["benign"] if net.check(b, locale)]
    FALSE_ALARMS[locale] = (len(alarms), len(data["benign"]))
    # Reported in the test summary; a rate above 20% means the list needs work.
    assert len(alarms) / len(data["benign"]) <= 0.2, alarms


def test_idioms_that_only_look_dangerous_do_not_fire(net: CrisisNet) -> None:
    for text in ("my card is dead", "I'm dying to learn English", "my phone died"):
        assert net.check(text, "en") is None


def test_a_text_in_another_script_is_checked_in_that_script(net: CrisisNet) -> None:
    # Telegram says English, but the person writes Arabic.
    match = net.check(corpus("ar")["positives"][0]["text"], "en")
    assert match is not None


def first_positive(locale: str, category: str = "suicide") -> str:
    return next(p["text"] for p in corpus(locale)["positives"] if p["category"] == category)


async def assert_crisis_reply(bot: Bot, user, text: str, card_locale: str) -> None:
    before = len(user.inbox)
    tickets = await bot.services.db.scalar("SELECT COUNT(*) FROM tickets WHERE kind='crisis'")
    alerts = len(bot.sim.chat_log(STAFF_CHAT))
    await user.send(text)
    await bot.idle()
    first = user.inbox[before]
    assert first["text"] == bot.t(card_locale, "crisis-card-suicide"), first["text"]
    labels = [b["text"] for row in first["reply_markup"]["inline_keyboard"] for b in row]
    assert labels == [
        bot.t(card_locale, "crisis-talk-now"),
        bot.t(card_locale, "crisis-safe-button"),
    ]
    assert (
        await bot.services.db.scalar(
            "SELECT COUNT(*) FROM tickets WHERE kind='crisis' AND priority = 3"
        )
        == tickets + 1
    )
    new = bot.sim.chat_log(STAFF_CHAT)[alerts:]
    alert = [m for m in new if m["text"].startswith("🆘 CRISIS #")]
    assert len(alert) == 1  # one alert in the staff chat, plus the ticket's own topic card
    assert [m for m in new if m["text"].startswith("🎫 #")]
    for message in new:
        assert text not in message["text"]  # never the person's words


@pytest.mark.parametrize("locale", REQUIRED)
async def test_crisis_in_every_state(bot: Bot, locale: str, no_errors) -> None:
    text = first_positive(locale)
    # 1. No /start at all.
    fresh = bot.sim.user(8000, first_name="A", language_code=locale)
    await assert_crisis_reply(bot, fresh, text, locale)
    # 2. Picker shown, no consent yet.
    picking = bot.sim.user(8001, first_name="B", language_code=locale)
    await picking.send("/start")
    await bot.idle()
    await picking.press(bot.t(locale, "lang-name"))
    await bot.idle()
    await assert_crisis_reply(bot, picking, text, locale)
    assert await bot.services.users.get(8001) is None  # consent was never needed
    # 3. Mid-flow, and the place in the flow is kept.
    flowing = await onboard(bot, 8002, locale, code=locale)
    await flowing.press(bot.t(locale, "menu-dentist"))
    await bot.idle()
    await flowing.press(bot.t(locale, "dentist-opt-pain"))
    await bot.idle()
    state = await bot.services.flows_repo.get(8002)
    await assert_crisis_reply(bot, flowing, text, locale)
    assert await bot.services.flows_repo.get(8002) == state
    await flowing.press(bot.t(locale, "crisis-safe-button"))
    await bot.idle()
    assert flowing.last["text"] == bot.t(locale, "dentist-q-redflags")
    # 4. After /forget.
    forgotten = await onboard(bot, 8003, locale, code=locale)
    await forgotten.send("/forget")
    await bot.idle()
    await forgotten.press(bot.t(locale, "forget-yes"))
    await bot.idle()
    await assert_crisis_reply(bot, forgotten, text, locale)


async def test_each_category_gets_its_own_numbers(bot: Bot) -> None:
    expected = {
        "violence": "0808 2000 247",
        "exploitation": "08000 121 700",
        "medical": "999",
        "destitution": "0808 8010 503",
        "suicide": "116 123",
    }
    for i, (category, number) in enumerate(expected.items()):
        user = bot.sim.user(8100 + i, language_code="en")
        await user.send(first_positive("en", category))
        await bot.idle()
        card = next(
            m
            for m in user.inbox
            if m["text"].startswith(bot.t("en", f"crisis-card-{category}")[:10])
        )
        assert card["text"] == bot.t("en", f"crisis-card-{category}")
        assert number in card["text"]


async def test_a_caption_is_checked_too(bot: Bot) -> None:
    user = bot.sim.user(8200, language_code="en")
    await user.send_photo(caption="I want to end my life")
    await bot.idle()
    assert user.inbox[0]["text"] == bot.t("en", "crisis-card-suicide")


async def test_idiom_does_not_alert(bot: Bot) -> None:
    user = await onboard(bot, 8201, "en")
    await user.send("my ASPEN card is dead")
    await bot.idle()
    assert user.last["text"] == bot.t("en", "fallback-text")
    assert await bot.services.db.scalar("SELECT COUNT(*) FROM tickets") == 0


async def test_repeated_messages_open_one_crisis_ticket(bot: Bot) -> None:
    user = bot.sim.user(8202, language_code="en")
    await user.send("I want to die")
    await user.send("I want to kill myself")
    await bot.idle()
    assert await bot.services.db.scalar("SELECT COUNT(*) FROM tickets") == 1
    cards = [m for m in user.inbox if m["text"] == bot.t("en", "crisis-card-suicide")]
    assert len(cards) == 2  # the card every time


async def test_urgent_command_and_menu_button_show_the_card(bot: Bot) -> None:
    user = await onboard(bot, 8203, "ps")
    await user.send("/urgent")
    await bot.idle()
    assert user.last["text"] == bot.t("ps", "safety-card")
    await user.press(bot.t("ps", "crisis-talk-now"))
    await bot.idle()
    assert (
        await bot.services.db.scalar(
            "SELECT COUNT(*) FROM tickets WHERE kind='crisis' AND category='asked'"
        )
        == 1
    )
    assert bot.t("ps", "crisis-team-told") in [m["text"] for m in user.inbox[-2:]]


def pytest_terminal_summary_hook() -> str:
    rows = [f"{loc}: {a}/{n} false alarms" for loc, (a, n) in sorted(FALSE_ALARMS.items())]
    return "crisis corpus: " + "; ".join(rows)
