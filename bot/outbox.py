"""The outbox worker: sends every queued message, in order per chat, within Telegram's limits.

A row is written before sending (by whoever queues it). The worker marks it `sending`, makes
the call, then records `sent` with Telegram's message id, and runs the row's `on_sent` hook
(e.g. the relay's message mapping). It honours `retry_after` on 429, retries 5xx and
timeouts with backoff, marks the person blocked on 403 and drops what waits for them, and
gives up on a 400 (recorded as `failed`). After a restart, rows left in `sending` have an
unknown result and are sent again; every other row is sent at most once.

Pacing is a token bucket per chat (default 1/s with a burst of 3), per group (20/min) and
overall (25/s), using the real clock; PTB's AIORateLimiter stays in place as a safety net.

Staff broadcasts (rows with a priority below 0) also take a token from their own bucket
(BROADCAST_RATE), come after every other row of a pass, and a pass takes at most about one
second's worth of them, so a reply, relay or alert queued meanwhile waits at most one short
pass. A 400 "chat not found" to a person marks them gone (users.gone_at).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass, field
from datetime import timedelta

from telegram.error import BadRequest, Forbidden, TelegramError

from bot.clock import iso
from bot.services import Services
from bot.storage.repos import OutboxItem
from bot.telegram_io import TelegramIO, retry_delay

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 200  # with backoff capped at 2 minutes: several hours of outage


@dataclass
class Bucket:
    """A token bucket: `rate` tokens a second, at most `burst` saved up."""

    rate: float
    burst: float
    tokens: float = -1.0
    stamp: float = field(default_factory=time.monotonic)

    def wait_time(self) -> float:
        """Seconds until a token is available (0 if one is)."""
        now = time.monotonic()
        if self.tokens < 0:
            self.tokens = self.burst
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate

    def take(self) -> None:
        """Use a token."""
        self.tokens -= 1


@dataclass(frozen=True)
class Pacing:
    """Sending limits (configurable; defaults within Telegram's documented limits)."""

    per_chat_rate: float = 1.0
    per_chat_burst: float = 3.0
    overall_rate: float = 25.0
    group_per_minute: float = 20.0
    parallel: int = 16  # chats sent to at the same time
    retry_base: float = 1.0  # seconds; doubles with each attempt
    broadcast_rate: float = 25.0  # staff broadcasts, within the overall rate


class OutboxWorker:
    """Drains the outbox in the background; `drain()` makes one pass (tests call it)."""

    def __init__(self, services: Services, io: TelegramIO, pacing: Pacing | None = None) -> None:
        self.services = services
        self.io = io
        self.pacing = pacing or Pacing()
        self.wake = asyncio.Event()
        self._overall = Bucket(self.pacing.overall_rate, self.pacing.overall_rate)
        # A burst of one second's worth at most, then the steady rate.
        self._broadcast = Bucket(self.pacing.broadcast_rate, max(1.0, self.pacing.broadcast_rate))
        self._chats: dict[int, Bucket] = {}
        self._task: asyncio.Task[None] | None = None
        self._busy = False
        self._lock = asyncio.Lock()  # one pass at a time, so no row is picked twice
        self._pace_lock = asyncio.Lock()
        self.sent = 0
        self.backlog = 0  # due rows left over by the last pass (paced or ordered)

    def _bucket(self, chat_id: int) -> Bucket:
        bucket = self._chats.get(chat_id)
        if bucket is None:
            if chat_id < 0:
                bucket = Bucket(self.pacing.group_per_minute / 60.0, 3.0)
            else:
                bucket = Bucket(self.pacing.per_chat_rate, self.pacing.per_chat_burst)
            if len(self._chats) > 10_000:
                self._chats.clear()
            self._chats[chat_id] = bucket
        return bucket

    async def start(self) -> None:
        """Recover rows caught mid-send, then run in the background."""
        recovered = await self.services.outbox.recover()
        if recovered:
            log.warning(
                "outbox: %s messages had an unknown result at the last stop; resending", recovered
            )
        self._task = asyncio.create_task(self._run(), name="firstport-outbox")

    async def stop(self) -> None:
        """Stop the background task (rows stay in SQLite)."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    @property
    def idle(self) -> bool:
        """True when not in a pass, nothing due was left over, and nobody is waiting to wake us."""
        return not self._busy and self.backlog == 0 and not self.wake.is_set()

    async def _run(self) -> None:
        while True:
            # Clear before the pass: a message queued during the pass sets it again.
            self._busy = True
            self.wake.clear()
            try:
                sent = await self.drain()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("outbox pass failed")
                sent = 0
            if sent == 0 and self.backlog == 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.wake.wait(), timeout=1.0)
            elif sent == 0:
                await asyncio.sleep(0.2)  # paced: let the buckets refill

    async def drain(self, limit: int = 200) -> int:
        """One pass over what is due; returns how many were delivered."""
        async with self._lock:
            return await self._drain(limit)

    async def _drain(self, limit: int) -> int:
        services = self.services
        self._busy = True
        try:
            # The oldest due message of each chat; chats are sent to in parallel, each in order.
            firsts: dict[int, OutboxItem] = {}
            left = 0
            broadcasts = 0
            most = max(1, int(self.pacing.broadcast_rate))  # about one second's worth a pass
            for item in await services.outbox.due(services.clock.now(), limit):
                if item.broadcast:  # sorted last (lowest priority)
                    if broadcasts >= most:
                        left += 1
                        continue
                    broadcasts += 1
                firsts[item.chat_id] = item  # one head per chat
            gate = asyncio.Semaphore(self.pacing.parallel)

            async def one(item: OutboxItem) -> int:
                async with gate:
                    if not await self._pace(item.chat_id, item.broadcast):
                        return -1
                    return 1 if await self._send(item) else 0

            results = await asyncio.gather(*(one(i) for i in firsts.values()))
            delivered = sum(1 for r in results if r == 1)
            # Chats that were paced, or that may have more behind the head just sent.
            self.backlog = left + sum(1 for r in results if r != 0)
            if self.backlog:
                self.wake.set()  # also wakes the background loop after an outside drain()
        finally:
            self._busy = False
        self.sent += delivered
        return delivered

    async def _pace(self, chat_id: int, broadcast: bool = False) -> bool:
        """Wait for the chat's and the overall bucket (and the broadcast bucket); False if the
        chat must wait long. Tokens are taken under one lock, so parallel sends cannot
        overshoot a limit."""
        buckets = [self._bucket(chat_id), self._overall]
        if broadcast:
            buckets.append(self._broadcast)
        async with self._pace_lock:
            wait = max(b.wait_time() for b in buckets)
            if wait > 1.5:
                return False  # come back on a later pass; others may go meanwhile
            while wait > 0:
                await asyncio.sleep(wait)
                wait = max(b.wait_time() for b in buckets)
            for bucket in buckets:
                bucket.take()
            return True

    async def _send(self, item: OutboxItem) -> bool:
        services = self.services
        outbox = services.outbox
        await outbox.sending(item.id)
        try:
            message_id = await self.io.deliver(item.chat_id, item.thread_id, item.payload)
        except asyncio.CancelledError:
            raise
        except Forbidden as exc:
            if item.chat_id < 0:
                # The bot lost the staff chat: keep every alert (crisis ones too) and shout.
                log.error("the staff chat refuses messages (%s); alerts are kept and retried", exc)
                await outbox.retry_later(
                    item.id, services.clock.now(), timedelta(minutes=5), str(exc)
                )
                return False
            await outbox.done(item.id, "dropped", str(exc))
            await self.io.forbidden(item.chat_id, exc)
            await self._outcome(item, "blocked", "blocked")
            return False
        except BadRequest as exc:
            lost = "thread not found" in str(exc).lower() and item.thread_id is not None
            if lost and await self._topic_lost(item):
                return False  # re-queued into the ticket's new topic
            if "message is not modified" in str(exc).lower():
                await outbox.done(item.id, "sent", "not modified")  # the text was already so
                return True
            if "chat not found" in str(exc).lower() and item.chat_id > 0:
                log.warning("outbox item %s: the person's chat is gone", item.id)
                await outbox.done(item.id, "dropped", str(exc))
                await services.users.set_gone(item.chat_id, services.clock.now())
                await outbox.drop_chat(item.chat_id, str(exc))
                await self._outcome(item, "gone", "chat not found")
                return False
            log.error("outbox item %s refused for good: %s", item.id, exc)
            await outbox.done(item.id, "failed", str(exc))
            await self._outcome(item, "failed", "refused")
            return False
        except TelegramError as exc:
            if item.attempts + 1 >= MAX_ATTEMPTS:
                log.error("outbox item %s gave up after %s attempts", item.id, MAX_ATTEMPTS)
                await outbox.done(item.id, "failed", f"gave up: {exc}")
                await self._outcome(item, "failed", "gave up")
            else:
                await outbox.retry_later(
                    item.id,
                    services.clock.now(),
                    retry_delay(exc, item.attempts + 1, self.pacing.retry_base),
                    type(exc).__name__,
                )
            return False
        except Exception as exc:  # a bad payload must not block its chat for good
            log.exception("outbox item %s could not be sent", item.id)
            await outbox.done(item.id, "failed", f"{type(exc).__name__}: {exc}")
            await self._outcome(item, "failed", "error")
            return False
        await outbox.sent(item.id, services.clock.now(), message_id)
        if item.on_sent:
            await self._after(item, message_id)
        return True

    async def _outcome(self, item: OutboxItem, state: str, reason: str) -> None:
        """A row ended without delivery: tell its broadcast (if it belongs to one)."""
        hook = (item.on_sent or {}).get("broadcast")
        if hook:
            from bot.broadcast import recipient_done

            await recipient_done(self.services, hook, state, reason, None)

    async def _after(self, item: OutboxItem, message_id: int | None) -> None:
        """Run the row's hook: record the relay mapping of the message just sent, or the
        message id of a broadcast copy (for /broadcast_edit and /broadcast_delete)."""
        hook = item.on_sent or {}
        if hook.get("broadcast"):
            from bot.broadcast import recipient_done

            await recipient_done(self.services, hook["broadcast"], "sent", None, message_id)
        if hook.get("broadcast_progress"):
            from bot.broadcast import progress_message

            await progress_message(self.services, hook["broadcast_progress"], message_id)
        relay = hook.get("relay")
        if relay and message_id is not None:
            client_msg = relay.get("client_msg_id") or message_id
            staff_msg = relay.get("staff_msg_id") or message_id
            await self.services.db.execute(
                "INSERT INTO relay_map (ticket_id, user_id, client_msg_id, staff_msg_id,"
                " direction, created_at) SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS"
                " (SELECT 1 FROM tickets WHERE id = ?)",
                (
                    relay["ticket_id"],
                    relay["user_id"],
                    client_msg,
                    staff_msg,
                    relay["direction"],
                    iso(self.services.clock.now()),
                    relay["ticket_id"],
                ),
            )
        header = hook.get("header")
        if header and message_id is not None:
            await self.services.db.execute(
                "UPDATE tickets SET header_message_id = ? WHERE id = ?", (message_id, header)
            )

    async def _topic_lost(self, item: OutboxItem) -> bool:
        """A ticket's topic was deleted (or pruned): make a new topic with the header card,
        move everything still waiting for the old topic into it, and send this row again.
        Returns False when the topic belongs to no ticket."""
        from bot.handoff import header, topic_name

        services = self.services
        old = item.thread_id
        ticket = await services.tickets.by_thread(old) if old is not None else None
        if ticket is None:
            return False
        new = await self.io.create_topic(item.chat_id, topic_name(ticket))
        await services.tickets.set(ticket.id, thread_id=new)
        log.warning(
            "ticket #%s lost its topic; %s",
            ticket.id,
            "made a new one" if new else "falling back to the staff chat",
        )
        await services.db.execute(
            "UPDATE outbox SET thread_id = ?, state = 'pending' WHERE thread_id = ?"
            " AND chat_id = ? AND state IN ('pending', 'sending')",
            (new, old, item.chat_id),
        )
        card = await header(
            services, await services.tickets.get(ticket.id) or ticket, ticket.first_name or ""
        )
        await services.outbox.add(
            chat_id=item.chat_id,
            payload=card,
            thread_id=new,
            now=services.clock.now(),
            priority=10,
            user_id=ticket.user_id,
            on_sent={"header": ticket.id},
        )
        # The header goes first: give this row a fresh place behind it.
        await services.db.execute(
            "UPDATE outbox SET id = (SELECT MAX(id) + 1 FROM outbox) WHERE id = ?", (item.id,)
        )
        self.wake.set()
        return True
