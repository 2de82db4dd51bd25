"""Groups and membership: leave foreign groups once, and track blocking in private chats."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.context import FirstportContext
from bot.effects import LeaveChat, SendText
from bot.handlers.common import reply
from bot.i18n import locale_from_language_code

log = logging.getLogger(__name__)

ACTIVE = ("member", "administrator", "creator", "restricted")


async def foreign_chat_guard(update: Update, context: FirstportContext) -> None:
    """In any group but the staff chat: say once that we work in private chats, and leave."""
    chat = update.effective_chat
    if chat is None or chat.type == "private":
        return
    services = context.services
    if chat.id == services.settings.staff_chat_id:
        return
    member = update.my_chat_member
    if member is not None and member.new_chat_member.status not in ACTIVE:
        # We were removed: nothing to say, nowhere to say it.
        raise ApplicationHandlerStop
    if chat.id not in services.groups_told and chat.type != "channel":
        services.groups_told.add(chat.id)
        user = update.effective_user
        locale = (
            locale_from_language_code(user.language_code) if user else None
        ) or services.settings.default_locale
        log.info("leaving foreign %s %s", chat.type, chat.id)
        await reply(
            update,
            context,
            [
                SendText(services.i18n.text(locale, "group-private-only"), chat_id=chat.id),
                LeaveChat(chat.id),
            ],
        )
    elif chat.type == "channel":
        await reply(update, context, [LeaveChat(chat.id)])
    raise ApplicationHandlerStop


async def on_my_chat_member(update: Update, context: FirstportContext) -> None:
    """A person blocked (kicked) or unblocked the bot in their private chat."""
    member = update.my_chat_member
    if member is None or member.chat.type != "private":
        return
    services = context.services
    blocked = member.new_chat_member.status == "kicked"
    changed = await services.users.set_blocked(member.chat.id, blocked, services.clock.now())
    if changed:
        log.info("chat %s %s the bot", member.chat.id, "blocked" if blocked else "unblocked")
