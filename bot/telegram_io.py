"""The only layer that turns effects into Telegram calls.

A reply that fails for a passing reason (flood limit, network, Telegram 5xx) is written to the
SQLite outbox and sent later by the due-work poller, so nothing is lost across errors or a
restart. A reply to a chat that already has messages waiting goes behind them, to keep order.
A person who blocked the bot is marked blocked; their messages are dropped.
"""

from __future__ import annotations

import base64
import logging
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    ReplyParameters,
)
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bot.clock import iso
from bot.effects import (
    AnswerCallback,
    EditText,
    Effect,
    Keyboard,
    LeaveChat,
    SendDocument,
    SendText,
    SendVenue,
)

if TYPE_CHECKING:
    from telegram import Bot, Update

    from bot.services import Services

log = logging.getLogger(__name__)

TEXT_LIMIT = 4096


def keyboard_json(keyboard: Keyboard | None) -> list[list[dict[str, str]]] | None:
    """A keyboard as JSON for the outbox."""
    if not keyboard:
        return None
    return [
        [{"label": b.label, **({"url": b.url} if b.url else {"data": b.data or ""})} for b in row]
        for row in keyboard
    ]


def _markup_from_json(data: list[list[dict[str, str]]] | None) -> InlineKeyboardMarkup | None:
    if not data:
        return None
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(b["label"], url=b["url"])
                if "url" in b
                else InlineKeyboardButton(b["label"], callback_data=b["data"])
                for b in row
            ]
            for row in data
        ]
    )


def retry_delay(exc: TelegramError, attempts: int, base: float = 1.0) -> timedelta:
    """How long to wait before trying again: Telegram's retry_after, or a doubling backoff."""
    if isinstance(exc, RetryAfter):
        after = exc.retry_after
        seconds = after.total_seconds() if isinstance(after, timedelta) else float(after)
        return timedelta(seconds=seconds + 0.5)
    return timedelta(seconds=min(120.0, base * 2 ** min(max(attempts - 1, 0), 12)))


class TelegramIO:
    """Carries out effects for one update, and delivers the outbox."""

    def __init__(self, services: Services, bot: Bot) -> None:
        self.services = services
        self.bot = bot

    async def apply(self, update: Update | None, effects: list[Effect]) -> None:
        """Carry out effects in order, in the context of `update`."""
        chat_id = update.effective_chat.id if update and update.effective_chat else None
        query = update.callback_query if update else None
        answered = False
        for effect in effects:
            if isinstance(effect, AnswerCallback):
                if query is not None and not answered:
                    answered = True
                    await self._answer(query.id, effect.text)
            elif isinstance(effect, SendText):
                target = effect.chat_id if effect.chat_id is not None else chat_id
                if target is None:
                    log.error("SendText without a chat")
                    continue
                user_id = effect.user_id
                if user_id is None and effect.chat_id is None and target > 0:
                    user_id = target
                payload = {
                    "kind": "text",
                    "text": effect.text[:TEXT_LIMIT],
                    "keyboard": keyboard_json(effect.keyboard),
                }
                if effect.request_location:
                    payload["request_location"] = effect.request_location
                if effect.remove_reply_keyboard:
                    payload["remove_reply_keyboard"] = True
                await self.send(target, payload, thread_id=effect.thread_id, user_id=user_id)
            elif isinstance(effect, SendDocument):
                if chat_id is None:
                    continue
                payload = {
                    "kind": "document",
                    "filename": effect.filename,
                    "content_b64": base64.b64encode(effect.content).decode(),
                    "caption": effect.caption,
                    "mime_type": effect.mime_type,
                }
                await self.send(chat_id, payload, user_id=chat_id if chat_id > 0 else None)
            elif isinstance(effect, SendVenue):
                if chat_id is None:
                    continue
                payload = {
                    "kind": "venue",
                    "latitude": effect.latitude,
                    "longitude": effect.longitude,
                    "title": effect.title[:128],
                    "address": effect.address[:256],
                }
                await self.send(chat_id, payload, user_id=chat_id if chat_id > 0 else None)
            elif isinstance(effect, EditText):
                message = query.message if query is not None else None
                if message is None or chat_id is None:
                    continue
                payload = {
                    "kind": "edit_text",
                    "text": effect.text[:TEXT_LIMIT],
                    "message_id": message.message_id,
                    "keyboard": keyboard_json(effect.keyboard),
                }
                await self.send(chat_id, payload, user_id=chat_id if chat_id > 0 else None)
            elif isinstance(effect, LeaveChat):
                try:
                    await self.bot.leave_chat(effect.chat_id)
                except TelegramError as exc:
                    log.warning("could not leave chat %s: %s", effect.chat_id, exc)
        if query is not None and not answered:
            await self._answer(query.id, None)

    async def _answer(self, query_id: str, text: str | None) -> None:
        try:
            await self.bot.answer_callback_query(query_id, text=text[:200] if text else None)
        except TelegramError as exc:
            # An old query cannot be answered; the visible reply still goes out.
            log.info("answerCallbackQuery failed: %s", exc)

    async def send(
        self,
        chat_id: int,
        payload: dict[str, Any],
        *,
        thread_id: int | None = None,
        user_id: int | None = None,
        priority: int = 10,
    ) -> bool:
        """Send now, or queue in the outbox if the chat has a queue or the send fails
        for a passing reason. Returns True if delivered now."""
        now = self.services.clock.now()

        async def queue(**later: Any) -> None:
            await self.services.outbox.add(
                chat_id=chat_id,
                payload=payload,
                now=now,
                user_id=user_id,
                thread_id=thread_id,
                priority=priority,
                **later,
            )
            self._wake()

        # Keep order behind messages that are waiting after a failure (or are due now);
        # messages scheduled for later (reminders) and broadcasts do not hold up a reply.
        if await self.services.db.scalar(
            "SELECT 1 FROM outbox WHERE chat_id = ? AND state IN ('pending', 'sending')"
            " AND priority >= 0 AND (attempts > 0 OR due_at <= ?) LIMIT 1",
            (chat_id, iso(now)),
        ):
            await queue()
            return False
        try:
            await self.deliver(chat_id, thread_id, payload)
        except Forbidden as exc:
            await self._forbidden(chat_id, exc)
            return False
        except BadRequest as exc:
            log.error("Telegram refused a message to %s: %s", chat_id, exc)
            return False
        except TelegramError as exc:
            log.warning("send to %s failed (%s); queued in the outbox", chat_id, type(exc).__name__)
            await queue(due_at=now + retry_delay(exc, 0), attempts=1)
            return False
        return True

    async def deliver(
        self, chat_id: int, thread_id: int | None, payload: dict[str, Any]
    ) -> int | None:
        """Make the Telegram call for one payload; returns the new message id, if any."""
        kind = payload.get("kind")
        reply_to = payload.get("reply_to")
        reply = (
            {"reply_parameters": ReplyParameters(reply_to, allow_sending_without_reply=True)}
            if reply_to
            else {}
        )
        if kind == "text":
            markup: object = _markup_from_json(payload.get("keyboard"))
            if payload.get("request_location"):
                markup = ReplyKeyboardMarkup(
                    [[KeyboardButton(payload["request_location"], request_location=True)]],
                    resize_keyboard=True,
                    one_time_keyboard=True,
                )
            elif payload.get("reply_bar"):
                markup = ReplyKeyboardMarkup(
                    [[KeyboardButton(label) for label in payload["reply_bar"]]],
                    resize_keyboard=True,
                    is_persistent=True,
                )
            elif payload.get("remove_reply_keyboard"):
                markup = ReplyKeyboardRemove()
            message = await self.bot.send_message(
                chat_id,
                payload["text"],
                reply_markup=markup,  # type: ignore[arg-type]
                message_thread_id=thread_id,
                parse_mode=payload.get("parse_mode"),
                **reply,
            )
            return message.message_id
        if kind == "document":
            message = await self.bot.send_document(
                chat_id,
                document=base64.b64decode(payload["content_b64"]),
                filename=payload["filename"],
                caption=payload.get("caption"),
                message_thread_id=thread_id,
            )
            return message.message_id
        if kind == "venue":
            message = await self.bot.send_venue(
                chat_id,
                latitude=payload["latitude"],
                longitude=payload["longitude"],
                title=payload["title"],
                address=payload["address"],
                message_thread_id=thread_id,
            )
            return message.message_id
        if kind == "copy":
            copied = await self.bot.copy_message(
                chat_id,
                from_chat_id=payload["from_chat_id"],
                message_id=payload["message_id"],
                message_thread_id=thread_id,
                **reply,
            )
            return copied.message_id
        if kind == "edit_text":
            await self.bot.edit_message_text(
                payload["text"],
                chat_id=chat_id,
                message_id=payload["message_id"],
                reply_markup=_markup_from_json(payload.get("keyboard")),
            )
            return payload["message_id"]
        if kind == "photo":
            message = await self.bot.send_photo(
                chat_id,
                photo=payload["photo"],
                caption=payload.get("caption"),
                reply_markup=_markup_from_json(payload.get("keyboard")),
                message_thread_id=thread_id,
            )
            return message.message_id
        if kind == "delete":
            await self.bot.delete_message(chat_id, payload["message_id"])
            return payload["message_id"]
        if kind == "edit_caption":
            await self.bot.edit_message_caption(
                chat_id=chat_id,
                message_id=payload["message_id"],
                caption=payload["caption"],
                reply_markup=_markup_from_json(payload.get("keyboard")),
            )
            return payload["message_id"]
        if kind == "topic_name":
            await self.bot.edit_forum_topic(chat_id, thread_id or 0, name=payload["name"][:128])
            return None
        raise ValueError(f"unknown outbox payload kind {kind!r}")

    async def create_topic(self, chat_id: int, name: str) -> int | None:
        """Create a forum topic; None if Telegram refuses (no forum, no rights)."""
        try:
            topic = await self.bot.create_forum_topic(chat_id, name[:128])
        except TelegramError as exc:
            log.warning("createForumTopic failed: %s", exc)
            return None
        return topic.message_thread_id

    async def forum_ready(self, chat_id: int) -> bool:
        """True if the staff chat is a forum and the bot may manage its topics."""
        try:
            chat = await self.bot.get_chat(chat_id)
            member = await self.bot.get_chat_member(chat_id, self.bot.id)
        except TelegramError as exc:
            log.warning("could not inspect the staff chat: %s", exc)
            return False
        return bool(getattr(chat, "is_forum", False)) and bool(
            getattr(member, "can_manage_topics", False)
        )

    def _wake(self) -> None:
        worker = self.services.worker
        if worker is not None:
            worker.wake.set()

    async def enqueue(
        self,
        chat_id: int,
        payload: dict[str, Any],
        *,
        user_id: int | None = None,
        thread_id: int | None = None,
        priority: int = 0,
        on_sent: dict[str, Any] | None = None,
        dedupe_key: str | None = None,
    ) -> int | None:
        """Queue a message that is not an immediate reply (relay, alerts, reminders)."""
        row = await self.services.outbox.add(
            chat_id=chat_id,
            payload=payload,
            now=self.services.clock.now(),
            user_id=user_id,
            thread_id=thread_id,
            priority=priority,
            on_sent=on_sent,
            dedupe_key=dedupe_key,
        )
        self._wake()
        return row

    async def forbidden(self, chat_id: int, exc: Forbidden) -> None:
        """A chat refuses messages: mark the person blocked and drop what waits for them."""
        await self._forbidden(chat_id, exc)
        await self.services.outbox.drop_chat(chat_id, str(exc))

    async def _forbidden(self, chat_id: int, exc: Forbidden) -> None:
        log.info("chat %s refuses messages: %s", chat_id, exc)
        if chat_id > 0:
            await self.services.users.set_blocked(chat_id, True, self.services.clock.now())
            # A volunteer in a chat with this person is told, so nobody writes into the void.
            ticket = await self.services.tickets.open_for(chat_id)
            if ticket is not None and ticket.status == "claimed":
                from bot import handoff

                await handoff.post(
                    self.services, ticket, handoff.t(self.services, "handoff-client-blocked")
                )
