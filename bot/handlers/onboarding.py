"""First contact: language picker, privacy notice (agree / decline), and /language."""

from __future__ import annotations

import logging

from telegram import Update

from bot.callbacks import Callback
from bot.context import FirstportContext
from bot.effects import AnswerCallback, Effect, SendText
from bot.handlers.common import person_of, reply, route, stale_button
from bot.i18n import LOCALES
from bot.people import Person
from bot.ui import language_picker, main_menu, privacy_notice

log = logging.getLogger(__name__)


def start_effects(context: FirstportContext, person: Person) -> list[Effect]:
    """What /start (or a first message) shows."""
    services = context.services
    if person.needs_reconsent:
        return [privacy_notice(services, person.locale, intro_key="privacy-updated")]
    if person.known:
        return [main_menu(services, person.locale)]
    return [language_picker(services, person.locale, person.telegram_locale)]


async def on_start(update: Update, context: FirstportContext) -> None:
    """/start: the picker for someone new, the menu for someone we know."""
    person = await person_of(update, context)
    await reply(update, context, start_effects(context, person))


async def on_language_command(update: Update, context: FirstportContext) -> None:
    """/language: the picker."""
    person = await person_of(update, context)
    picker = language_picker(context.services, person.locale, person.telegram_locale)
    await reply(update, context, [picker])


@route("lang")
async def on_language_button(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """A language was picked: switch it for a stored person, else show the notice in it."""
    services = context.services
    locale = cb.arg(0)
    if cb.action != "pick" or locale not in LOCALES:
        return stale_button(context, person)
    if person.known and person.consent_current:
        await services.users.set_locale(person.user_id, locale)
        return [
            AnswerCallback(),
            main_menu(services, locale, title_key="lang-changed"),
        ]
    return [AnswerCallback(), privacy_notice(services, locale)]


@route("privacy")
async def on_privacy_button(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """Agree or No thanks on a privacy notice."""
    services = context.services
    locale = cb.arg(0)
    version = cb.arg(1)
    if locale not in LOCALES or cb.action not in ("yes", "no"):
        return stale_button(context, person)
    if version != str(services.privacy_version):
        # A notice from before a change: show the current one, store nothing.
        return [AnswerCallback(), privacy_notice(services, locale, intro_key="privacy-stale")]
    t = services.i18n.text
    if cb.action == "yes":
        await services.users.agree(
            person.user_id, locale, services.privacy_version, services.clock.now()
        )
        services.declined.discard(person.user_id)
        log.info("consent stored (version %s)", services.privacy_version)
        effects: list[Effect] = [AnswerCallback(), SendText(t(locale, "privacy-agreed"))]
        pending = services.ephemeral_flows.pop(person.user_id, None)
        if pending is not None:
            # They reached an outcome that needs a person before agreeing: carry on from it.
            from bot.handlers.triage import resume_after_consent

            resumed = await resume_after_consent(context, person, pending)
            if resumed:
                return [*effects, *resumed]
        if await services.checkins.get(person.user_id) is None:
            # Check-ins are off until the person chooses: ask once, right after agreeing.
            from bot.handlers.checkins import offer

            effects.append(offer(services, locale))
        return [*effects, main_menu(services, locale)]
    if person.known and person.consent_current:
        # "No thanks" on an old copy of the notice they already agreed to: do not delete
        # anything without asking; show the privacy card (with 🗑 Delete my data) instead.
        from bot.handlers.data import privacy_card

        return [AnswerCallback(), privacy_card(context, person)]
    # Declining stores nothing; declining an updated notice deletes what we held.
    services.declined.add(person.user_id)
    if person.known:
        await services.personal.forget(person.user_id)
        log.info("consent withdrawn; data deleted")
        key = "privacy-withdrawn"
    else:
        key = "privacy-declined"
    return [AnswerCallback(), SendText(t(locale, key)), main_menu(services, locale)]
