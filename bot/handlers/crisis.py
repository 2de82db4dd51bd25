"""The crisis safety net, checked on every text and caption in a private chat before anything
else (group -20): before /start, before a language or consent, mid-flow, with a ticket open.

On a match, in the same update: the safety card first (numbers for the category, in the
person's language), then a `crisis` ticket and a staff alert. The person's place in a flow is
kept; "✅ I'm safe, continue" takes them back to it. Consent never blocks safety: for someone
who never agreed, the ticket holds only what is needed to reply.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.callbacks import Callback
from bot.context import FirstportContext
from bot.effects import AnswerCallback, Button, Effect, SendText
from bot.handlers.common import home, person_of, reply, route
from bot.handlers.triage import current_screen, load_state
from bot.people import Person
from bot.services import Services
from bot.tickets import open_ticket

log = logging.getLogger(__name__)


def card(services: Services, locale: str, key: str) -> SendText:
    """A safety card with 💬 Talk to a person now and ✅ I'm safe, continue."""
    t = services.i18n.text
    codec = services.codec
    return SendText(
        t(locale, key),
        (
            (Button(t(locale, "crisis-talk-now"), codec.encode("crisis", "talk")),),
            (Button(t(locale, "crisis-safe-button"), codec.encode("crisis", "safe")),),
        ),
    )


async def on_message(update: Update, context: FirstportContext) -> None:
    """Check every text and caption; on a match answer with the card and stop."""
    message = update.effective_message
    if message is None or update.effective_user is None:
        return
    text = message.text or message.caption
    if not text:
        return
    services = context.services
    person = await person_of(update, context)
    match = services.crisis.check(text, person.locale)
    if match is None:
        return
    # Answer in the person's stored language; someone we do not know yet, in the language
    # they wrote in when it is not their Telegram language.
    locale = person.locale
    if not person.known and match.locale != "en":
        locale = match.locale
    log.warning("crisis net: %s", match.category)
    effects: list[Effect] = [card(services, locale, f"crisis-card-{match.category}")]
    claimed = await services.tickets.claimed_for(person.user_id)
    if claimed is not None:
        # A volunteer is already talking with them: mark the topic 🆘, raise the priority,
        # and pass the message on, rather than opening a second ticket.
        await reply(update, context, effects)
        from bot import handoff

        await handoff.crisis_in_conversation(services, claimed, message.chat_id, message.message_id)
        raise ApplicationHandlerStop
    _ticket, ticket_effects = await open_ticket(
        services,
        person,
        kind="crisis",
        need="crisis",
        urgency="emergency",
        tier="caseworker",
        locale=locale,
        category=match.category,
    )
    effects.extend(ticket_effects)
    await reply(update, context, effects)
    raise ApplicationHandlerStop


@route("crisis")
async def on_crisis_button(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """💬 Talk to a person now / ✅ I'm safe, continue."""
    services = context.services
    if cb.action == "talk":
        _ticket, effects = await open_ticket(
            services,
            person,
            kind="crisis",
            need="crisis",
            urgency="emergency",
            tier="caseworker",
            locale=person.locale,
            category="asked",
        )
        return [AnswerCallback(), *effects]
    if cb.action == "safe":
        thanks = SendText(services.i18n.text(person.locale, "crisis-safe-thanks"))
        state = await load_state(services, person)
        screen = current_screen(services, person, state) if state else None
        return [AnswerCallback(), thanks, screen or home(context, person)]
    from bot.handlers.common import stale_button

    return stale_button(context, person)
