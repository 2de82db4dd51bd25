"""Opening tickets: the ticket row, the staff alert (need, urgency, tier, language, first
name, nothing more), and what the person is told happens next and when."""

from __future__ import annotations

import logging
from datetime import timedelta

from babel.dates import format_datetime

from bot.effects import Effect, SendText
from bot.i18n import LOCALES
from bot.people import Person
from bot.services import Services
from bot.storage.repos import Ticket

log = logging.getLogger(__name__)

STAFF_LOCALE = "en"  # alerts in the staff chat are in English
CRISIS_REPEAT = timedelta(minutes=30)  # one crisis ticket per person per half hour


def _kebab(value: str) -> str:
    return value.replace("_", "-")


def babel_locale(locale: str) -> str:
    """Our locale id in babel's form."""
    return {"en": "en_GB", "fa-AF": "fa_AF"}.get(locale, locale.replace("-", "_"))


def staff_alert(services: Services, ticket: Ticket, first_name: str) -> Effect | None:
    """The alert for the staff chat, or None if there is no staff chat."""
    chat = services.settings.staff_chat_id
    if chat is None:
        log.warning("STAFF_CHAT_ID is not set: ticket #%s has no staff alert", ticket.id)
        return None
    t = services.i18n.text
    language = ticket.locale if ticket.locale in LOCALES else "?"
    name = (first_name or "?")[:32]
    if ticket.kind == "crisis":
        text = t(
            STAFF_LOCALE,
            "staff-alert-crisis",
            ticket=str(ticket.id),
            category=t(STAFF_LOCALE, f"staff-category-{ticket.category or 'asked'}"),
            language=language,
            name=name,
        )
    else:
        text = t(
            STAFF_LOCALE,
            "staff-alert-ticket",
            ticket=str(ticket.id),
            need=t(STAFF_LOCALE, f"staff-need-{ticket.need}"),
            urgency=t(STAFF_LOCALE, f"staff-urgency-{ticket.urgency}"),
            tier=t(STAFF_LOCALE, f"staff-tier-{_kebab(ticket.tier)}"),
            language=language,
            name=name,
        )
    return SendText(text, chat_id=chat, user_id=ticket.user_id)


def next_steps(services: Services, locale: str) -> SendText:
    """What happens next, and when: in staff hours, or the next opening with safety numbers."""
    t = services.i18n.text
    now = services.clock.now()
    if services.hours.is_open(now):
        return SendText(t(locale, "ticket-opened-hours"))
    opens = services.hours.next_open(now)
    try:
        when = format_datetime(opens, "EEEE HH:mm", locale=babel_locale(locale))
    except Exception:  # babel may not know every locale; fall back to English
        when = format_datetime(opens, "EEEE HH:mm", locale="en")
    return SendText(t(locale, "ticket-opened-away", opens=when))


async def open_ticket(
    services: Services,
    person: Person,
    *,
    kind: str,
    need: str,
    urgency: str,
    tier: str,
    locale: str,
    category: str | None = None,
    case_id: int | None = None,
) -> tuple[Ticket | None, list[Effect]]:
    """Open (or find) a ticket and return the effects: staff alert, then the person's message.
    Returns (None, [already-open message]) when one is already open for the same need."""
    t = services.i18n.text
    now = services.clock.now()
    if kind == "crisis":
        existing = await services.tickets.open_for(
            person.user_id, kind="crisis", since=now - CRISIS_REPEAT
        )
    else:
        existing = await services.tickets.open_for(person.user_id, need=need)
    if existing is not None:
        return None, [SendText(t(locale, "ticket-already-open"))]
    ticket = await services.tickets.open(
        user_id=person.user_id,
        kind=kind,
        need=need,
        urgency=urgency,
        tier=tier,
        locale=locale,
        now=now,
        category=category,
        case_id=case_id,
    )
    log.info("ticket #%s opened (%s, priority %s)", ticket.id, kind, ticket.priority)
    await services.tickets.set(ticket.id, first_name=(person.first_name or "")[:32])
    from bot.handoff import ticket_opened

    ticket = await services.tickets.get(ticket.id) or ticket
    await ticket_opened(services, ticket, person.first_name)
    effects: list[Effect] = []
    if kind == "crisis":
        effects.append(SendText(t(locale, "crisis-team-told")))
    else:
        effects.append(next_steps(services, locale))
    return ticket, effects
