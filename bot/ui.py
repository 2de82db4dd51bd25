"""Screens shared by several handlers: the language picker, the privacy notice, the main menu.

Rendering is a pure function of (services' text and codec, locale); no Telegram calls here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.effects import Button, Effect, Keyboard, SendText, rows
from bot.i18n import LOCALES
from bot.services import Services


@dataclass(frozen=True)
class MenuItem:
    """One main-menu entry; shown only while `available(services)` is true (no dead buttons)."""

    key: str  # message key of the label (with its icon)
    action: str  # callback action, handled by bot.handlers.menu
    available: Callable[[Services], bool] = lambda _s: True
    wide: bool = False  # a row of its own


# Later features add their items here, with an availability check, and their handler to
# MENU_ROUTES: action -> async (update, context, person) -> list of effects.
MENU_ROUTES: dict[str, Callable[..., Awaitable[list[Effect]]]] = {}
NEED_ITEMS: list[MenuItem] = []
SAFETY_ITEMS: list[MenuItem] = [MenuItem("menu-urgent", "urgent", wide=True)]
SETTINGS_ITEMS: list[MenuItem] = [
    MenuItem("menu-language", "language"),
    MenuItem("menu-privacy", "privacy"),
    MenuItem("menu-help", "help"),
]


def menu_items(services: Services) -> list[MenuItem]:
    """The items that work right now, in display order."""
    return [i for i in (*NEED_ITEMS, *SAFETY_ITEMS, *SETTINGS_ITEMS) if i.available(services)]


def main_menu_keyboard(services: Services, locale: str) -> Keyboard:
    """The main menu's buttons."""
    t = services.i18n.text
    codec = services.codec
    out: list[tuple[Button, ...]] = []
    pending: list[Button] = []
    for item in menu_items(services):
        button = Button(t(locale, item.key), codec.encode("menu", item.action))
        if item.wide:
            out.extend(rows(pending, 2))
            pending = []
            out.append((button,))
        else:
            pending.append(button)
    out.extend(rows(pending, 2))
    return tuple(out)


def main_menu(services: Services, locale: str, *, title_key: str = "menu-title") -> SendText:
    """The main menu message."""
    return SendText(services.i18n.text(locale, title_key), main_menu_keyboard(services, locale))


def menu_button(services: Services, locale: str) -> Button:
    """🏠 Menu."""
    return Button(services.i18n.text(locale, "nav-menu"), services.codec.encode("menu", "show"))


def picker_order(first: str | None) -> list[str]:
    """All locales, with the person's Telegram language first where we have it."""
    order = list(LOCALES)
    if first in order:
        order.remove(first)
        order.insert(0, first)
    return order


def language_picker(services: Services, locale: str, first: str | None) -> SendText:
    """The language picker, with endonyms; the prompt is in `locale` and in English."""
    t = services.i18n.text
    buttons = [
        Button(t(loc, "lang-name"), services.codec.encode("lang", "pick", loc))
        for loc in picker_order(first)
    ]
    prompt = t(locale, "lang-choose")
    if locale != "en":
        prompt = f"{prompt}\n{t('en', 'lang-choose')}"
    return SendText(prompt, rows(buttons, 2))


def privacy_notice(services: Services, locale: str, *, intro_key: str | None = None) -> SendText:
    """The privacy notice with Agree / No thanks; the buttons carry locale and version."""
    t = services.i18n.text
    version = str(services.privacy_version)
    text = t(locale, "privacy-notice")
    if intro_key:
        text = f"{t(locale, intro_key)}\n\n{text}"
    keyboard = (
        (
            Button(
                t(locale, "privacy-agree"), services.codec.encode("privacy", "yes", locale, version)
            ),
            Button(
                t(locale, "privacy-decline"),
                services.codec.encode("privacy", "no", locale, version),
            ),
        ),
    )
    return SendText(text, keyboard)
