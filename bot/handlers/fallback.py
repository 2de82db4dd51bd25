"""Everything else a person can send gets a short, localised answer and a way forward."""

from __future__ import annotations

from telegram import Message, Update

from bot.context import FirstportContext
from bot.effects import SendText
from bot.handlers.common import home, person_of, reply
from bot.handlers.onboarding import start_effects

# Message attribute -> answer key, checked in order.
CONTENT_KEYS: tuple[tuple[str, str], ...] = (
    ("voice", "fallback-voice"),
    ("video_note", "fallback-voice"),
    ("sticker", "fallback-sticker"),
    ("photo", "fallback-photo"),
    ("video", "fallback-media"),
    ("animation", "fallback-media"),
    ("audio", "fallback-media"),
    ("venue", "fallback-location"),
    ("location", "fallback-location"),
    ("contact", "fallback-contact"),
    ("document", "fallback-document"),
)


def answer_key(message: Message) -> str:
    """Which answer fits this kind of message."""
    for attribute, key in CONTENT_KEYS:
        if getattr(message, attribute, None):
            return key
    return "fallback-other"


async def _answer(update: Update, context: FirstportContext, key: str) -> None:
    person = await person_of(update, context)
    services = context.services
    screen = home(context, person)
    if person.needs_reconsent:
        await reply(update, context, start_effects(context, person))
        return
    text = services.i18n.text(person.locale, key)
    await reply(update, context, [SendText(text, screen.keyboard)])


async def on_text(update: Update, context: FirstportContext) -> None:
    """Free text: a first message starts onboarding; otherwise point to the buttons."""
    person = await person_of(update, context)
    if not person.known and person.user_id not in context.services.declined:
        await reply(update, context, start_effects(context, person))
        return
    if person.known and person.consent_current:
        # A reply to a check-in (the crisis net has already seen it): "I need help".
        from bot.handlers.checkins import free_text_reply

        effects = await free_text_reply(context, person)
        if effects:
            await reply(update, context, effects)
            return
    await _answer(update, context, "fallback-text")


async def on_unknown_command(update: Update, context: FirstportContext) -> None:
    """A /command we do not have."""
    await _answer(update, context, "fallback-text")


async def on_edited(update: Update, context: FirstportContext) -> None:
    """An edited message: during a chat with a volunteer the edit reaches their copy; a live
    location moving is not an edit to answer; otherwise a short note that edits are not read."""
    message = update.edited_message
    user = update.effective_user
    if message is not None and message.location is not None:
        return  # live location updates arrive as edits, every few seconds
    if message is not None and user is not None:
        from bot import handoff

        services = context.services
        ticket = await services.tickets.claimed_for(user.id)
        if ticket is not None and await handoff.relay_client_edit(
            services, ticket, message.message_id, message.text, message.caption
        ):
            return
    await _answer(update, context, "fallback-edited")


async def on_other(update: Update, context: FirstportContext) -> None:
    """Voice notes, stickers, photos, locations, contacts, files and the rest."""
    message = update.message
    if message is None:
        return
    if message.location is not None:
        from bot.handlers.finder import on_location

        if await on_location(update, context):
            return
    await _answer(update, context, answer_key(message))
