"""The main menu and the items that are always available: urgent help and help."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import Callback
from bot.context import FirstportContext
from bot.effects import AnswerCallback, Effect, SendText
from bot.handlers.common import person_of, reply, route, stale_button
from bot.people import Person
from bot.ui import language_picker, main_menu, menu_button, menu_items, privacy_notice


def safety_card(context: FirstportContext, locale: str) -> SendText:
    """🆘 The emergency numbers: the same card as the crisis net, with its two buttons."""
    from bot.handlers.crisis import card

    return card(context.services, locale, "safety-card")


def help_card(context: FirstportContext, locale: str) -> SendText:
    """❓ How to use the bot."""
    services = context.services
    return SendText(services.i18n.text(locale, "help-text"), ((menu_button(services, locale),),))


def gate(context: FirstportContext, person: Person) -> list[Effect] | None:
    """Ask again for consent after the notice changed; None when nothing is in the way."""
    if person.needs_reconsent:
        return [privacy_notice(context.services, person.locale, intro_key="privacy-updated")]
    return None


async def on_menu_command(update: Update, context: FirstportContext) -> None:
    """/menu."""
    person = await person_of(update, context)
    await reply(
        update, context, gate(context, person) or [main_menu(context.services, person.locale)]
    )


async def on_help_command(update: Update, context: FirstportContext) -> None:
    """/help."""
    person = await person_of(update, context)
    await reply(update, context, [help_card(context, person.locale)])


async def on_urgent_command(update: Update, context: FirstportContext) -> None:
    """/urgent: the safety card, whatever state the person is in."""
    person = await person_of(update, context)
    await reply(update, context, [safety_card(context, person.locale)])


@route("menu")
async def on_menu_button(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """A main-menu item (or 🏠 Menu)."""
    services = context.services
    locale = person.locale
    if cb.action == "urgent":
        return [AnswerCallback(), safety_card(context, locale)]
    if cb.action == "show":
        from bot.handlers.handoff import end_chat_from_menu

        await end_chat_from_menu(services, person)
        return [AnswerCallback(), *(gate(context, person) or [main_menu(services, locale)])]
    if cb.action not in {item.action for item in menu_items(services)}:
        # An item from an older menu that no longer exists.
        return stale_button(context, person)
    blocked = gate(context, person)
    if blocked:
        return [AnswerCallback(), *blocked]
    if cb.action == "language":
        return [AnswerCallback(), language_picker(services, locale, person.telegram_locale)]
    if cb.action == "help":
        return [AnswerCallback(), help_card(context, locale)]
    if cb.action == "privacy":
        from bot.handlers.data import privacy_card

        return [AnswerCallback(), privacy_card(context, person)]
    from bot.ui import MENU_ROUTES

    handler = MENU_ROUTES.get(cb.action)
    if handler is None:
        return stale_button(context, person)
    return [AnswerCallback(), *await handler(update, context, person)]
