"""Shared pieces: replying, callback routing, activity, and the error handler."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from telegram import Update

from bot.callbacks import Callback
from bot.context import FirstportContext
from bot.effects import AnswerCallback, Effect, SendText
from bot.people import Person, resolve
from bot.ui import language_picker, main_menu

log = logging.getLogger(__name__)

CallbackRoute = Callable[[Update, FirstportContext, Person, Callback], Awaitable[list[Effect]]]
ROUTES: dict[str, CallbackRoute] = {}


def route(area: str) -> Callable[[CallbackRoute], CallbackRoute]:
    """Register the handler for one callback area."""

    def decorate(fn: CallbackRoute) -> CallbackRoute:
        ROUTES[area] = fn
        return fn

    return decorate


async def reply(update: Update, context: FirstportContext, effects: list[Effect]) -> None:
    """Hand effects to the one layer that talks to Telegram."""
    await context.services.telegram.apply(update, effects)


async def person_of(update: Update, context: FirstportContext) -> Person:
    """The person behind this update."""
    assert update.effective_user is not None
    return await resolve(context.services, update.effective_user)


def home(context: FirstportContext, person: Person) -> SendText:
    """Where to send someone who is lost: the picker if they are new, else the menu."""
    services = context.services
    if person.known or person.user_id in services.declined:
        return main_menu(services, person.locale)
    return language_picker(services, person.locale, person.telegram_locale)


def stale_button(context: FirstportContext, person: Person) -> list[Effect]:
    """A polite answer to an old or forged button; changes nothing."""
    text = context.services.i18n.text(person.locale, "button-stale")
    return [AnswerCallback(text), SendText(text, home(context, person).keyboard)]


async def on_callback(update: Update, context: FirstportContext) -> None:
    """Every button press: authenticate, then route by area."""
    query = update.callback_query
    assert query is not None
    if update.effective_user is None or update.effective_chat is None:
        await query.answer()
        return
    person = await person_of(update, context)
    decoded = context.services.codec.decode(query.data)
    handler = ROUTES.get(decoded.area) if decoded else None
    if decoded is None or handler is None:
        log.info("refused a stale or forged button")
        effects = stale_button(context, person)
        if update.effective_chat.type != "private":
            effects = effects[:1]  # in the staff chat: only the short notice, no client menu
        await reply(update, context, effects)
        return
    await reply(update, context, await handler(update, context, person, decoded))


async def note_activity(update: Update, context: FirstportContext) -> None:
    """Keep `last_seen_at` fresh for stored people in private chats."""
    chat = update.effective_chat
    user = update.effective_user
    if chat is None or user is None or chat.type != "private" or update.my_chat_member:
        return
    await context.services.users.touch(user.id, context.services.clock.now())


async def on_error(update: object, context: FirstportContext) -> None:
    """Log every exception that reached PTB, then tell the person something went wrong."""
    kind = "none"
    chat_id = None
    if isinstance(update, Update):
        kind = next(
            (
                name
                for name in ("message", "edited_message", "callback_query", "my_chat_member")
                if getattr(update, name, None) is not None
            ),
            "other",
        )
        chat_id = update.effective_chat.id if update.effective_chat else None
    log.error("unhandled error in %s update (chat %s)", kind, chat_id, exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if update.effective_chat.type != "private" or update.effective_user is None:
        return
    try:
        person = await person_of(update, context)
        text = context.services.i18n.text(person.locale, "error-generic")
        await reply(update, context, [AnswerCallback(), SendText(text)])
    except Exception:  # the error handler must never raise
        log.exception("could not report the error to chat %s", chat_id)
