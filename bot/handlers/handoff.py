"""Handlers of the volunteer handoff: the client side of the relay (group -15), the staff
chat (topic posts, edits), ticket buttons, and the team commands."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot import handoff
from bot.callbacks import Callback
from bot.context import FirstportContext
from bot.effects import AnswerCallback, Button, Effect, SendText
from bot.handlers.common import person_of, reply, route
from bot.i18n import LOCALES
from bot.people import Person
from bot.roles import STAFF, VOLUNTEER, allowed, role_of
from bot.telegram_io import keyboard_json
from bot.ui import main_menu

log = logging.getLogger(__name__)

# Commands a client can always use, even mid-conversation.
PASS_THROUGH = {"forget", "mydata", "urgent", "privacy", "help", "language", "checkins"}
LEAVING = {"menu", "start"}


async def on_client_message(update: Update, context: FirstportContext) -> None:
    """While a volunteer has the ticket, copy everything the client sends into the topic and
    keep the bot silent. Within 7 days after closing, a new message reopens the ticket."""
    services = context.services
    message = update.message
    user = update.effective_user
    if message is None or user is None:
        return
    ticket = await services.tickets.claimed_for(user.id)
    text = message.text or ""
    if ticket is None and not text.startswith("/"):
        waiting = await services.tickets.open_for(user.id)
        if (
            waiting is not None
            and waiting.status in ("open", "reopened")
            and (message.text or message.effective_attachment or message.caption)
            and user.id not in services.finder_pending
        ):
            # Nobody has claimed it yet: staff still see what they write, and so do they.
            person = await person_of(update, context)
            await handoff.relay_in(services, waiting, message.chat_id, message.message_id, None)
            note = services.i18n.text(person.locale, "ticket-already-open")
            await reply(
                update, context, [SendText(note, main_menu(services, person.locale).keyboard)]
            )
            raise ApplicationHandlerStop
    parts = text[1:].split() if text.startswith("/") else []
    command = (parts[0].split("@")[0].lower() if parts else "") if text.startswith("/") else None
    if ticket is None:
        await _maybe_reopen(update, context, command)
        return
    i18n = services.i18n
    person = await person_of(update, context)
    # The bar's labels in every language: the person may have switched language mid-chat.
    end_labels = {
        i18n.text(loc, key) for loc in LOCALES for key in ("relay-bar-end", "relay-bar-menu")
    }
    end_only = {i18n.text(loc, "relay-bar-end") for loc in LOCALES}
    if text in end_labels or command in LEAVING:
        await _client_leaves(
            update,
            context,
            person,
            ticket.id,
            show_menu=text not in end_only,
        )
        raise ApplicationHandlerStop
    if command in PASS_THROUGH:
        return
    if not ticket.client_active:
        return  # they went back to the bot; the volunteer's next message brings them back
    reply_to = message.reply_to_message.message_id if message.reply_to_message else None
    await handoff.relay_in(services, ticket, message.chat_id, message.message_id, reply_to)
    raise ApplicationHandlerStop


async def _client_leaves(
    update: Update, context: FirstportContext, person: Person, ticket_id: int, *, show_menu: bool
) -> None:
    services = context.services
    ticket = await services.tickets.get(ticket_id)
    if ticket is None:
        return
    await services.tickets.set(ticket.id, client_active=0)
    await handoff.post(services, ticket, handoff.t(services, "handoff-client-left"))
    t = services.i18n.text
    effects: list[Effect] = [SendText(t(person.locale, "relay-ended"), remove_reply_keyboard=True)]
    if show_menu:
        effects.append(main_menu(services, person.locale))
    await reply(update, context, effects)


async def _maybe_reopen(update: Update, context: FirstportContext, command: str | None) -> None:
    services = context.services
    message = update.message
    user = update.effective_user
    if message is None or user is None or command is not None or not message.text:
        return  # only plain words reopen a ticket; never a location, photo or contact
    since = services.clock.now() - handoff.reopen_within(services)
    ticket = await services.tickets.recently_closed(user.id, since)
    if ticket is None:
        return
    await services.tickets.set(ticket.id, status="reopened", claimed_by=None, greeted=0)
    await handoff.refresh_header(services, ticket.id)
    await handoff.post(services, ticket, handoff.t(services, "handoff-reopened"))
    await handoff.start_sla(services, ticket)
    await handoff.relay_in(services, ticket, message.chat_id, message.message_id, None)
    log.info("ticket #%s reopened", ticket.id)


async def end_chat_from_menu(services, person: Person) -> None:
    """🏠 Menu pressed during a conversation: tell the topic the person went back."""
    ticket = await services.tickets.claimed_for(person.user_id)
    if ticket is not None and ticket.client_active:
        await services.tickets.set(ticket.id, client_active=0)
        await handoff.post(services, ticket, handoff.t(services, "handoff-client-left"))


async def on_staff_message(update: Update, context: FirstportContext) -> None:
    """A post in the staff chat: the claimer's posts in a ticket go to the client."""
    services = context.services
    message = update.message
    chat = update.effective_chat
    if message is None or chat is None or chat.id != services.settings.staff_chat_id:
        return
    if message.from_user is None or message.from_user.is_bot:
        return
    has_content = (
        message.text
        or message.caption
        or message.effective_attachment
        or message.location
        or message.contact
    )
    if not has_content or message.forum_topic_created or message.forum_topic_edited:
        return  # service messages (pins, topic changes, joins) are not posts
    ticket = await _ticket_of(services, message)
    if ticket is None:
        return
    text = message.text or message.caption or ""
    if text.startswith("//"):
        return  # a team note
    if text.startswith("/"):
        return  # commands are not relayed
    author = message.from_user.id
    if ticket.status != "claimed":
        await handoff.post(services, ticket, handoff.t(services, "handoff-unclaimed-post"))
        return
    if author != ticket.claimed_by or not await allowed(services, author, "ticket.reply"):
        await handoff.post(
            services,
            ticket,
            handoff.t(
                services,
                "handoff-not-claimer",
                alias=await handoff.alias_of(services, ticket.claimed_by),
            ),
        )
        return
    reply_to = None
    if (
        message.reply_to_message
        and message.reply_to_message.message_id != message.message_thread_id
    ):
        reply_to = message.reply_to_message.message_id
    await handoff.relay_out(services, ticket, message.message_id, reply_to)


async def _ticket_of(services, message):
    if message.is_topic_message and message.message_thread_id:
        return await services.tickets.by_thread(message.message_thread_id)
    if message.reply_to_message is not None:
        return await services.tickets.by_staff_message(message.reply_to_message.message_id)
    return None


async def on_staff_edit(update: Update, context: FirstportContext) -> None:
    """The claimer edited a relayed post: apply it to the client's copy."""
    services = context.services
    message = update.edited_message
    chat = update.effective_chat
    if message is None or chat is None or chat.id != services.settings.staff_chat_id:
        return
    ticket = await _ticket_of(services, message)
    if ticket is None and message.from_user is not None:
        row = await services.db.fetchone(
            "SELECT ticket_id FROM relay_map WHERE staff_msg_id = ?", (message.message_id,)
        )
        ticket = await services.tickets.get(row["ticket_id"]) if row else None
    if ticket is None or message.from_user is None or message.from_user.id != ticket.claimed_by:
        return
    if ticket.status != "claimed":
        return  # a closed conversation is not changed afterwards
    await handoff.relay_edit(services, ticket, message.message_id, message.text, message.caption)


@route("tk")
async def on_ticket_button(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """✋ Claim, ✅ Close, 🔁 Reassign, 💬 Canned replies (and a canned reply's choice)."""
    services = context.services
    member = person.user_id
    try:
        ticket = await services.tickets.get(int(cb.arg(0)))
    except ValueError:
        ticket = None
    if ticket is None:
        return [AnswerCallback(services.i18n.text("en", "button-stale"))]
    t = lambda key, **a: handoff.t(services, key, **a)  # noqa: E731
    action = {
        "claim": "ticket.claim",
        "close": "ticket.close",
        "reassign": "ticket.reassign",
        "canned": "ticket.canned",
        "cr": "ticket.canned",
    }.get(cb.action)
    if action is None or not await allowed(services, member, action):
        return [AnswerCallback(t("handoff-not-allowed"))]
    if cb.action == "claim":
        if await services.tickets.claim(ticket.id, member, services.clock.now()):
            alias = await handoff.alias_of(services, member)
            await handoff.refresh_header(services, ticket.id)
            await handoff.post(services, ticket, t("handoff-claimed-by", alias=alias))
            return [AnswerCallback(t("handoff-claimed-by", alias=alias)[:200])]
        if ticket.status == "claimed":
            who = await handoff.alias_of(services, ticket.claimed_by)
            return [AnswerCallback(t("handoff-already-claimed", alias=who))]
        return [AnswerCallback(t("handoff-not-claimable"))]
    if cb.action == "close":
        if ticket.status == "closed" or not await handoff.can_close(services, ticket, member):
            return [AnswerCallback(t("handoff-not-allowed"))]
        await handoff.close(services, ticket, member)
        return [AnswerCallback()]
    if cb.action == "reassign":
        if ticket.status != "claimed":
            return [AnswerCallback(t("handoff-not-claimable"))]
        # The next claimer introduces themselves again.
        await services.tickets.set(ticket.id, status="open", claimed_by=None, greeted=0)
        await handoff.refresh_header(services, ticket.id)
        await handoff.post(
            services,
            ticket,
            t("handoff-reassigned", alias=await handoff.alias_of(services, member)),
        )
        await handoff.start_sla(services, ticket)
        # The person is told, in their language, that someone else will go on with them.
        locale = await handoff.client_locale(services, ticket)
        await services.telegram.enqueue(
            ticket.user_id,
            {"kind": "text", "text": services.i18n.text(locale, "relay-reassigned")},
            user_id=ticket.user_id,
            dedupe_key=f"reassigned:{ticket.id}:{services.clock.now().isoformat()}",
        )
        return [AnswerCallback()]
    if cb.action == "canned":
        codec = services.codec
        rows = tuple(
            (Button(services.i18n.text("en", key)[:60], codec.encode("tk", "cr", ticket.id, i)),)
            for i, key in enumerate(handoff.CANNED)
        )
        await handoff.post(services, ticket, t("handoff-canned-pick"), keyboard=keyboard_json(rows))
        return [AnswerCallback()]
    # A canned reply was picked: only the claimer can talk to the person.
    try:
        key = handoff.CANNED[int(cb.arg(1))]
    except (ValueError, IndexError):
        return [AnswerCallback(t("handoff-not-allowed"))]
    if ticket.status != "claimed" or ticket.claimed_by != member:
        return [AnswerCallback(t("handoff-unclaimed-post")[:200])]
    locale = await handoff.client_locale(services, ticket)
    await handoff.greet_if_needed(services, ticket)
    await services.telegram.enqueue(
        ticket.user_id,
        {"kind": "text", "text": services.i18n.text(locale, key)},
        user_id=ticket.user_id,
        priority=9,
    )
    await handoff.post(
        services, ticket, t("handoff-canned-sent", text=services.i18n.text("en", key))
    )
    return [AnswerCallback()]


@route("tkr")
async def on_rating_button(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """👍 / 👎 after a ticket was closed; stored on the ticket."""
    services = context.services
    try:
        ticket = await services.tickets.get(int(cb.arg(0)))
    except ValueError:
        ticket = None
    if ticket is None or ticket.user_id != person.user_id or cb.action not in ("up", "down"):
        text = services.i18n.text(person.locale, "button-stale")
        return [AnswerCallback(text), SendText(text)]
    thanks = services.i18n.text(person.locale, "relay-rating-thanks")
    if ticket.rating:  # answered already: thank again, count once
        return [AnswerCallback(), SendText(thanks)]
    await services.tickets.set(ticket.id, rating=cb.action)
    await handoff.post(
        services,
        ticket,
        handoff.t(services, "handoff-rating", answer="👍" if cb.action == "up" else "👎"),
    )
    thanks = services.i18n.text(person.locale, "relay-rating-thanks")
    return [AnswerCallback(), SendText(thanks, main_menu(services, person.locale).keyboard)]


def _target(update: Update, args: list[str]) -> int | None:
    message = update.effective_message
    if args and args[0].lstrip("-").isdigit():
        return int(args[0])
    if message and message.reply_to_message and message.reply_to_message.from_user:
        return message.reply_to_message.from_user.id
    return None


async def _say(update: Update, context: FirstportContext, key: str, **args: object) -> None:
    await reply(update, context, [SendText(handoff.t(context.services, key, **args))])


async def on_team(update: Update, context: FirstportContext) -> None:
    """/team, /team add <id|reply> staff|volunteer, /team remove <id|reply>."""
    services = context.services
    user = update.effective_user
    args = list(context.args or [])
    sub = args[0].lower() if args else None
    needed = "team.view" if sub is None else "team.manage"
    if not await allowed(services, user.id if user else None, needed):
        await _refused(update, context)
        return
    if sub is None:
        members = await services.team.all()
        lines = [handoff.t(services, "team-title", count=len(members))]
        for m in members:
            lines.append(
                handoff.t(
                    services,
                    "team-line",
                    id=str(m.member_id),
                    role=m.role,
                    alias=m.alias or "-",
                    languages=", ".join(m.languages) or "-",
                    availability=handoff.t(
                        services, "team-available" if m.available else "team-away"
                    ),
                )
            )
        await reply(update, context, [SendText("\n".join(lines))])
        return
    rest = args[1:]
    if sub == "add" and rest and rest[-1].lower() in (STAFF, VOLUNTEER):
        role = rest[-1].lower()
        target = _target(update, rest[:-1])
        if target is None:
            await _say(update, context, "team-usage")
            return
        await services.team.add(target, role, user.id if user else 0, services.clock.now())
        log.info("team: %s added as %s", target, role)
        await _say(update, context, "team-added", id=str(target), role=role)
        return
    if sub == "remove":
        target = _target(update, rest)
        if target is None:
            await _say(update, context, "team-usage")
            return
        removed = await services.team.remove(target)
        await _say(update, context, "team-removed" if removed else "team-not-found", id=str(target))
        return
    await _say(update, context, "team-usage")


async def _refused(update: Update, context: FirstportContext) -> None:
    person = await person_of(update, context)
    await reply(
        update, context, [SendText(context.services.i18n.text(person.locale, "staff-only"))]
    )


async def _member(update: Update, context: FirstportContext) -> int | None:
    services = context.services
    user = update.effective_user
    if user is None or not await allowed(services, user.id, "profile.edit"):
        await _refused(update, context)
        return None
    if await services.team.get(user.id) is None:
        # Admins are not in the table until they set a profile.
        await services.team.add(user.id, STAFF, user.id, services.clock.now())
    return user.id


async def on_alias(update: Update, context: FirstportContext) -> None:
    """/alias Sam, volunteer: the name clients see."""
    member = await _member(update, context)
    if member is None:
        return
    alias = " ".join(context.args or []).strip()[:40]
    if not alias:
        await _say(update, context, "team-alias-usage")
        return
    await context.services.team.update(member, alias=alias)
    await _say(update, context, "team-alias-set", alias=alias)


async def on_languages(update: Update, context: FirstportContext) -> None:
    """/languages ar fa en."""
    member = await _member(update, context)
    if member is None:
        return
    codes = [c for c in (context.args or []) if c in LOCALES or c.split("-")[0] in LOCALES]
    if not codes:
        await _say(update, context, "team-languages-usage")
        return
    await context.services.team.update(member, languages=codes)
    await _say(update, context, "team-languages-set", languages=", ".join(codes))


async def on_available(update: Update, context: FirstportContext) -> None:
    """/available and /away."""
    member = await _member(update, context)
    if member is None:
        return
    text = (update.effective_message.text or "") if update.effective_message else ""
    on = text.lstrip("/").lower().startswith("available")
    await context.services.team.update(member, available=1 if on else 0)
    await _say(update, context, "team-now-available" if on else "team-now-away")


async def on_outbox(update: Update, context: FirstportContext) -> None:
    """/outbox for staff: rows by state and the last errors."""
    services = context.services
    user = update.effective_user
    if not await allowed(services, user.id if user else None, "outbox.view"):
        await _refused(update, context)
        return
    counts = await services.outbox.counts()
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "empty"
    lines = [handoff.t(services, "outbox-title", counts=summary)]
    errors = await services.outbox.last_errors()
    if errors:
        lines.append(handoff.t(services, "outbox-errors"))
        lines.extend(f"• {e}" for e in errors)
    await reply(update, context, [SendText("\n".join(lines))])


async def staff_role(services, user_id: int) -> str | None:
    """For tests and other modules."""
    return await role_of(services, user_id)
