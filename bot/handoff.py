"""The volunteer handoff: one staff-chat topic per ticket, an anonymous two-way relay, claim,
close, reassign and canned replies. Everything sent here goes through the outbox.

In forum mode each ticket has a topic named like `#42 · ASPEN · ar · urgent` whose first
post is a header card for staff. Without topics (or without the right to manage them) the
card is posted in the staff chat itself and the conversation runs as replies to it.
"""

from __future__ import annotations

import html
import logging
from datetime import timedelta
from typing import Any

from bot.effects import Button
from bot.i18n import LOCALES
from bot.roles import STAFF, role_of
from bot.services import Services
from bot.storage.repos import Ticket
from bot.telegram_io import keyboard_json

log = logging.getLogger(__name__)

STAFF_LOCALE = "en"
CANNED = (
    "canned-received",
    "canned-dropin",
    "canned-migrant-help",
    "canned-nhs-111",
    "canned-tomorrow",
    "canned-no-documents",
)
SLA_REPEATS = 3  # announcements of an unclaimed ticket, TICKET_ANNOUNCE_MINUTES apart


def sla(services: Services) -> timedelta:
    """How long a ticket may wait unclaimed in staff hours before it is announced again."""
    return timedelta(minutes=services.settings.ticket_announce_minutes)


def reopen_within(services: Services) -> timedelta:
    """A client who writes this soon after closing reopens the ticket."""
    return timedelta(days=services.settings.ticket_reopen_days)


SHORT_NEED = {
    "housing": "Housing",
    "aspen": "ASPEN",
    "gp": "GP",
    "dentist": "Dentist",
    "esol": "ESOL",
    "other": "Other",
    "talk": "Talk",
    "crisis": "CRISIS",
    "welfare": "Welfare",
}


def t(services: Services, key: str, **args: Any) -> str:
    """Staff text."""
    return services.i18n.text(STAFF_LOCALE, key, **args)


def topic_name(ticket: Ticket) -> str:
    """`#42 · ASPEN · ar · urgent`."""
    urgency = "crisis" if ticket.kind == "crisis" else ticket.urgency
    return (
        f"#{ticket.id} · {SHORT_NEED.get(ticket.need, ticket.need)} · {ticket.locale} · {urgency}"
    )


async def alias_of(services: Services, member_id: int | None) -> str:
    """The alias a member chose, or a neutral default (never their Telegram name)."""
    if member_id is None:
        return "?"
    member = await services.team.get(member_id)
    if member and member.alias:
        return member.alias
    return f"member {member_id}" if member_id else "?"


def readable_path(services: Services, need: str, path: list[str]) -> str:
    """The triage path as the English option labels, joined by →."""
    flow = services.flows.get(need)
    if flow is None or not path:
        return "-"
    node = flow.node(flow.start)
    steps: list[str] = []
    for option_id in path:
        while node.type == "info" and node.next:
            node = flow.node(node.next)
        option = next((o for o in node.options if o.id == option_id), None)
        if option is None:
            break
        steps.append(services.i18n.text(STAFF_LOCALE, option.label))
        node = flow.node(option.next)
    return " → ".join(steps) or "-"


async def header(services: Services, ticket: Ticket, first_name: str) -> dict[str, Any]:
    """The header card's text payload, with its buttons."""
    case = await services.cases.get(ticket.case_id) if ticket.case_id else None
    status_key = f"handoff-status-{ticket.status}"
    status = t(services, status_key, alias=await alias_of(services, ticket.claimed_by))
    need = t(services, f"staff-need-{ticket.need}")
    urgency = t(services, f"staff-urgency-{ticket.urgency}")
    outcome = case.outcome if case else (ticket.category or ticket.kind)
    text = t(
        services,
        "handoff-header",
        ticket=str(ticket.id),
        need=need,
        language=ticket.locale if ticket.locale in LOCALES else "?",
        urgency=urgency,
        outcome=outcome,
        tier=t(services, f"staff-tier-{ticket.tier.replace('_', '-')}"),
        name=(first_name or "?")[:32],
        path=readable_path(services, ticket.need, list(case.path) if case else []),
        status=status,
    )
    codec = services.codec
    buttons = (
        (
            Button(t(services, "handoff-claim-button"), codec.encode("tk", "claim", ticket.id)),
            Button(t(services, "handoff-close-button"), codec.encode("tk", "close", ticket.id)),
        ),
        (
            Button(
                t(services, "handoff-reassign-button"), codec.encode("tk", "reassign", ticket.id)
            ),
            Button(t(services, "handoff-canned-button"), codec.encode("tk", "canned", ticket.id)),
        ),
    )
    # Plain text (no parse mode), so a first name can never inject markup.
    return {"kind": "text", "text": text, "keyboard": keyboard_json(buttons)}


async def mentions(services: Services, locale: str) -> str:
    """HTML mentions of available volunteers who speak the language (empty if none)."""
    names = []
    for member in await services.team.all():
        if member.available and locale.split("-")[0] in {c.split("-")[0] for c in member.languages}:
            label = html.escape(member.alias or f"member {member.member_id}")
            names.append(f'<a href="tg://user?id={member.member_id}">{label}</a>')
    if not names:
        return ""
    return html.escape(t(services, "handoff-mentions", language=locale, names="\x00")).replace(
        "\x00", ", ".join(names)
    )


async def ticket_opened(
    services: Services, ticket: Ticket, first_name: str, *, alert: bool = True
) -> None:
    """A new ticket: its topic and header card, and the alert that mentions volunteers
    (`alert=False` for a ticket a volunteer opened and claimed themselves)."""
    staff_chat = services.settings.staff_chat_id
    if staff_chat is None:
        log.warning("STAFF_CHAT_ID is not set: ticket #%s has no topic", ticket.id)
        return
    io = services.telegram
    thread_id = None
    if services.forum_mode:
        thread_id = await io.create_topic(staff_chat, topic_name(ticket))
        if thread_id is not None:
            await services.tickets.set(ticket.id, thread_id=thread_id)
    card = await header(services, ticket, first_name)
    await io.enqueue(
        staff_chat,
        card,
        thread_id=thread_id,
        priority=5,
        on_sent={"header": ticket.id},
        user_id=ticket.user_id,
    )
    if not alert:
        return
    await announce(services, ticket, first_name)
    await start_sla(services, ticket)


async def start_sla(services: Services, ticket: Ticket) -> None:
    """Announce the ticket again if nobody claims it in time (also after a reopen or a
    reassignment: it is waiting for someone again)."""
    now = services.clock.now()
    await services.schedule.add(
        kind="ticket-sla",
        due_at=now + sla(services),
        now=now,
        payload={"ticket": ticket.id, "repeat": 1},
        dedupe_key=f"ticket-sla:{ticket.id}:1:{now.isoformat()}",
    )


async def announce(
    services: Services, ticket: Ticket, first_name: str, *, again: bool = False
) -> None:
    """The alert in the staff chat: minimal facts, then mentions of who speaks the language."""
    from bot.tickets import staff_alert

    alert = staff_alert(services, ticket, first_name)
    if alert is None:
        return
    text = t(services, "handoff-unclaimed-again", ticket=str(ticket.id)) if again else alert.text
    body = html.escape(text)
    extra = await mentions(services, ticket.locale)
    if extra:
        body = f"{body}\n{extra}"
    await services.telegram.enqueue(
        alert.chat_id or 0,
        {"kind": "text", "text": body, "parse_mode": "HTML"},
        user_id=ticket.user_id,
        priority=6 if ticket.kind == "crisis" else 4,
    )


async def post(services: Services, ticket: Ticket, text: str, *, keyboard: Any = None) -> None:
    """A bot note in the ticket's topic (or as a reply to its card without topics)."""
    staff_chat = services.settings.staff_chat_id
    if staff_chat is None:
        return
    payload: dict[str, Any] = {"kind": "text", "text": text, "keyboard": keyboard}
    if ticket.thread_id is None and ticket.header_message_id:
        payload["reply_to"] = ticket.header_message_id
    await services.telegram.enqueue(
        staff_chat, payload, thread_id=ticket.thread_id, priority=5, user_id=ticket.user_id
    )


async def refresh_header(services: Services, ticket_id: int) -> None:
    """Show the ticket's new status on its header card."""
    ticket = await services.tickets.get(ticket_id)
    staff_chat = services.settings.staff_chat_id
    if ticket is None or staff_chat is None or not ticket.header_message_id:
        return
    card = await header(services, ticket, ticket.first_name or "")
    await services.telegram.enqueue(
        staff_chat,
        {
            "kind": "edit_text",
            "message_id": ticket.header_message_id,
            "text": card["text"],
            "keyboard": card["keyboard"],
        },
        thread_id=ticket.thread_id,
        priority=5,
    )


async def counterpart(
    services: Services,
    ticket: Ticket,
    *,
    client_msg: int | None = None,
    staff_msg: int | None = None,
    direction: str | None = None,
) -> int | None:
    """The message on the other side of the relay: give one side's id, get the other's."""
    if client_msg is not None:
        sql, key = (
            "SELECT staff_msg_id FROM relay_map WHERE ticket_id = ? AND client_msg_id = ?",
            client_msg,
        )
    else:
        sql, key = (
            "SELECT client_msg_id FROM relay_map WHERE ticket_id = ? AND staff_msg_id = ?",
            staff_msg,
        )
    params: list[Any] = [ticket.id, key]
    if direction is not None:
        sql += " AND direction = ?"
        params.append(direction)
    return await services.db.scalar(sql, params)


async def client_locale(services: Services, ticket: Ticket) -> str:
    """The client's language now (their stored choice), else the ticket's."""
    user = await services.users.get(ticket.user_id)
    return user.locale if user else ticket.locale


async def relay_in(
    services: Services, ticket: Ticket, chat_id: int, message_id: int, reply_to_client: int | None
) -> None:
    """Copy a client's message into the ticket's topic."""
    staff_chat = services.settings.staff_chat_id
    if staff_chat is None:
        return
    payload: dict[str, Any] = {"kind": "copy", "from_chat_id": chat_id, "message_id": message_id}
    if reply_to_client is not None:
        mapped = await counterpart(services, ticket, client_msg=reply_to_client)
        if mapped:
            payload["reply_to"] = mapped
    if "reply_to" not in payload and ticket.thread_id is None and ticket.header_message_id:
        payload["reply_to"] = ticket.header_message_id
    await services.telegram.enqueue(
        staff_chat,
        payload,
        thread_id=ticket.thread_id,
        user_id=ticket.user_id,
        priority=8,
        on_sent={
            "relay": {
                "ticket_id": ticket.id,
                "user_id": ticket.user_id,
                "client_msg_id": message_id,
                "direction": "in",
            }
        },
    )


async def greet_if_needed(services: Services, ticket: Ticket) -> None:
    """The first message of a conversation says who the person is talking to."""
    if ticket.greeted:
        return
    locale = await client_locale(services, ticket)
    member = await services.team.get(ticket.claimed_by or 0)
    alias = (
        member.alias
        if member and member.alias
        else services.i18n.text(locale, "relay-default-alias")
    )
    text = services.i18n.text(locale, "relay-greeting", alias=alias)
    bar = [
        services.i18n.text(locale, "relay-bar-menu"),
        services.i18n.text(locale, "relay-bar-end"),
    ]
    await services.telegram.enqueue(
        ticket.user_id,
        {"kind": "text", "text": text, "reply_bar": bar},
        user_id=ticket.user_id,
        priority=9,
    )
    await services.tickets.set(ticket.id, greeted=1)


async def relay_out(
    services: Services, ticket: Ticket, staff_message_id: int, reply_to_staff: int | None
) -> None:
    """Copy the claimer's post to the client: their name and account are never shown."""
    staff_chat = services.settings.staff_chat_id
    assert staff_chat is not None
    await greet_if_needed(services, ticket)
    payload: dict[str, Any] = {
        "kind": "copy",
        "from_chat_id": staff_chat,
        "message_id": staff_message_id,
    }
    if reply_to_staff is not None:
        mapped = await counterpart(services, ticket, staff_msg=reply_to_staff)
        if mapped:
            payload["reply_to"] = mapped
    await services.tickets.set(ticket.id, client_active=1)
    await services.telegram.enqueue(
        ticket.user_id,
        payload,
        user_id=ticket.user_id,
        priority=9,
        on_sent={
            "relay": {
                "ticket_id": ticket.id,
                "user_id": ticket.user_id,
                "staff_msg_id": staff_message_id,
                "direction": "out",
            }
        },
    )


async def relay_edit(
    services: Services, ticket: Ticket, staff_message_id: int, text: str | None, caption: str | None
) -> bool:
    """Apply a volunteer's edit to the client's copy."""
    client_msg = await counterpart(services, ticket, staff_msg=staff_message_id, direction="out")
    if client_msg is None:
        return False
    if text is not None:
        payload = {"kind": "edit_text", "message_id": client_msg, "text": text}
    elif caption is not None:
        payload = {"kind": "edit_caption", "message_id": client_msg, "caption": caption}
    else:
        return False
    await services.telegram.enqueue(ticket.user_id, payload, user_id=ticket.user_id, priority=9)
    return True


async def relay_client_edit(
    services: Services,
    ticket: Ticket,
    client_message_id: int,
    text: str | None,
    caption: str | None,
) -> bool:
    """Apply a client's edit to the copy in the topic; False if that message was not relayed."""
    staff_msg = await counterpart(services, ticket, client_msg=client_message_id, direction="in")
    staff_chat = services.settings.staff_chat_id
    if staff_msg is None or staff_chat is None:
        return False
    if text is not None:
        payload = {"kind": "edit_text", "message_id": staff_msg, "text": text}
    elif caption is not None:
        payload = {"kind": "edit_caption", "message_id": staff_msg, "caption": caption}
    else:
        return False
    await services.telegram.enqueue(
        staff_chat, payload, thread_id=ticket.thread_id, user_id=ticket.user_id, priority=9
    )
    return True


async def can_close(services: Services, ticket: Ticket, member_id: int) -> bool:
    """The claimer, or anyone with a staff role."""
    role = await role_of(services, member_id)
    return ticket.claimed_by == member_id or role in ("admin", STAFF)


async def close(services: Services, ticket: Ticket, member_id: int) -> None:
    """Close: the header shows it, the topic says who, the client is asked "Did we help?"."""
    await services.tickets.set(ticket.id, status="closed", closed_at=services.clock.now())
    await refresh_header(services, ticket.id)
    await post(
        services, ticket, t(services, "handoff-closed", alias=await alias_of(services, member_id))
    )
    locale = await client_locale(services, ticket)
    i18n = services.i18n
    codec = services.codec
    buttons = (
        (
            Button(i18n.text(locale, "relay-rating-yes"), codec.encode("tkr", "up", ticket.id)),
            Button(i18n.text(locale, "relay-rating-no"), codec.encode("tkr", "down", ticket.id)),
        ),
    )
    await services.telegram.enqueue(
        ticket.user_id,
        {"kind": "text", "text": i18n.text(locale, "relay-ended"), "remove_reply_keyboard": True},
        user_id=ticket.user_id,
        priority=9,
    )
    await services.telegram.enqueue(
        ticket.user_id,
        {
            "kind": "text",
            "text": i18n.text(locale, "relay-closed-question"),
            "keyboard": keyboard_json(buttons),
        },
        user_id=ticket.user_id,
        priority=9,
    )


async def forget_person(services: Services, user_id: int) -> None:
    """Before /forget deletes everything: close open tickets and tell their topics."""
    rows = await services.db.fetchall(
        "SELECT id FROM tickets WHERE user_id = ? AND status != 'closed'", (user_id,)
    )
    for row in rows:
        ticket = await services.tickets.get(row["id"])
        if ticket is None:
            continue
        await post(services, ticket, t(services, "handoff-forgotten"))


async def sla_due(services: Services, payload: dict[str, Any]) -> None:
    """A ticket still unclaimed 15 minutes on (in staff hours): announce it again."""
    ticket = await services.tickets.get(int(payload.get("ticket", 0)))
    if ticket is None or ticket.status not in ("open", "reopened"):
        return
    now = services.clock.now()
    repeat = int(payload.get("repeat", 1))
    if services.hours.is_open(now):
        await announce(services, ticket, "", again=True)
        await services.tickets.set(ticket.id, announced_at=now)
        repeat += 1
    if repeat <= SLA_REPEATS:
        wait = sla(services)
        due = now + wait if services.hours.is_open(now) else services.hours.next_open(now) + wait
        await services.schedule.add(
            kind="ticket-sla",
            due_at=due,
            now=now,
            payload={"ticket": ticket.id, "repeat": repeat},
            dedupe_key=f"ticket-sla:{ticket.id}:{repeat}:{due.isoformat()}",
        )


async def purge_maps(services: Services) -> int:
    """Delete message mappings of tickets closed more than 90 days ago."""
    from bot.clock import iso

    return await services.db.execute(
        "DELETE FROM relay_map WHERE ticket_id IN (SELECT id FROM tickets WHERE status = 'closed'"
        " AND closed_at < ?)",
        (iso(services.clock.now() - timedelta(days=services.settings.relay_map_retention_days)),),
    )


async def crisis_in_conversation(
    services: Services, ticket: Ticket, chat_id: int, message_id: int
) -> None:
    """The crisis net fired during a conversation: mark the topic, tell the volunteer."""
    staff_chat = services.settings.staff_chat_id
    await services.tickets.set(ticket.id, crisis_marked=1, priority=3)
    if staff_chat is not None and ticket.thread_id is not None:
        await services.telegram.enqueue(
            staff_chat,
            {"kind": "topic_name", "name": "🆘 " + topic_name(ticket)},
            thread_id=ticket.thread_id,
            priority=9,
        )
    await post(services, ticket, t(services, "handoff-client-crisis"))
    await relay_in(services, ticket, chat_id, message_id, None)
