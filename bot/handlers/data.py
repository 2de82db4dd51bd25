"""Privacy rights: /privacy, /mydata (everything we keep, as JSON) and /forget."""

from __future__ import annotations

import json
import logging

from telegram import Update

from bot.callbacks import Callback
from bot.clock import iso
from bot.context import FirstportContext
from bot.effects import AnswerCallback, Button, Effect, SendDocument, SendText
from bot.handlers.common import person_of, reply, route, stale_button
from bot.people import Person
from bot.ui import main_menu, menu_button, privacy_notice

log = logging.getLogger(__name__)


def privacy_card(context: FirstportContext, person: Person) -> SendText:
    """The notice; with data buttons for a stored person, with Agree for anyone else."""
    services = context.services
    if not person.known or person.needs_reconsent:
        return privacy_notice(services, person.locale)
    t = services.i18n.text
    codec = services.codec
    return SendText(
        t(person.locale, "privacy-notice"),
        (
            (
                Button(t(person.locale, "data-show"), codec.encode("data", "export")),
                Button(t(person.locale, "data-delete"), codec.encode("data", "forget")),
            ),
            (menu_button(services, person.locale),),
        ),
    )


async def export_effects(context: FirstportContext, person: Person) -> list[Effect]:
    """Everything stored about the person, as one JSON document."""
    services = context.services
    tables = await services.personal.export(person.user_id)
    document = {
        "service": "Firstport",
        "generated_at": iso(services.clock.now()),
        "telegram_user_id": person.user_id,
        "tables": tables,
    }
    key = "data-export-caption" if tables else "data-export-empty"
    content = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True).encode()
    return [
        SendDocument(
            "firstport-my-data.json",
            content,
            caption=services.i18n.text(person.locale, key),
            mime_type="application/json",
        )
    ]


def forget_confirm(context: FirstportContext, person: Person) -> SendText:
    """Ask before deleting."""
    t = context.services.i18n.text
    codec = context.services.codec
    return SendText(
        t(person.locale, "forget-confirm"),
        (
            (
                Button(t(person.locale, "forget-yes"), codec.encode("forget", "yes")),
                Button(t(person.locale, "forget-no"), codec.encode("forget", "no")),
            ),
        ),
    )


async def on_privacy_command(update: Update, context: FirstportContext) -> None:
    """/privacy."""
    person = await person_of(update, context)
    await reply(update, context, [privacy_card(context, person)])


async def on_mydata_command(update: Update, context: FirstportContext) -> None:
    """/mydata."""
    person = await person_of(update, context)
    await reply(update, context, await export_effects(context, person))


async def on_forget_command(update: Update, context: FirstportContext) -> None:
    """/forget: confirm first."""
    person = await person_of(update, context)
    if not await has_data(context, person):
        text = context.services.i18n.text(person.locale, "forget-nothing")
        await reply(update, context, [SendText(text)])
        return
    await reply(update, context, [forget_confirm(context, person)])


async def has_data(context: FirstportContext, person: Person) -> bool:
    """True if any row names the person (a crisis ticket can exist without consent)."""
    return person.known or bool(await context.services.personal.export(person.user_id))


@route("data")
async def on_data_button(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """📄 See my data / 🗑 Delete my data."""
    if cb.action == "export":
        return [AnswerCallback(), *await export_effects(context, person)]
    if cb.action == "forget":
        if not await has_data(context, person):
            text = context.services.i18n.text(person.locale, "forget-nothing")
            return [AnswerCallback(), SendText(text)]
        return [AnswerCallback(), forget_confirm(context, person)]
    return stale_button(context, person)


@route("forget")
async def on_forget_button(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """Yes, delete / No, keep it."""
    services = context.services
    t = services.i18n.text
    if cb.action == "no":
        return [
            AnswerCallback(),
            SendText(t(person.locale, "forget-kept")),
            main_menu(services, person.locale),
        ]
    if cb.action != "yes":
        return stale_button(context, person)
    if not await has_data(context, person):
        return [AnswerCallback(), SendText(t(person.locale, "forget-nothing"))]
    # Answer in the stored language before it is deleted.
    locale = person.locale
    from bot.handoff import forget_person

    await forget_person(services, person.user_id)
    deleted = await services.personal.forget(person.user_id)
    for memory in (
        services.ephemeral_flows,
        services.finder_pending,
        services.shared_locations,
        services.last_card,
    ):
        memory.pop(person.user_id, None)
    log.info("forgot a person (%s rows)", deleted)
    return [AnswerCallback(), SendText(t(locale, "forget-done"))]
