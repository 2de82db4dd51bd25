"""Webhook delivery: POST each pending update to the bot's URL, retrying non-2xx answers."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from .updates import UpdateQueue

logger = logging.getLogger(__name__)


@dataclass
class WebhookConfig:
    """Settings from setWebhook plus the last error shown by getWebhookInfo."""

    url: str
    secret_token: str | None = None
    max_connections: int = 40
    allowed_updates: list[str] = field(default_factory=list)
    ip_address: str | None = None
    last_error_date: int | None = None
    last_error_message: str | None = None

    def info(self, pending: int) -> dict[str, Any]:
        """Return the WebhookInfo object."""
        obj: dict[str, Any] = {
            "url": self.url,
            "has_custom_certificate": False,
            "pending_update_count": pending,
            "max_connections": self.max_connections,
        }
        if self.ip_address:
            obj["ip_address"] = self.ip_address
        if self.allowed_updates:
            obj["allowed_updates"] = list(self.allowed_updates)
        if self.last_error_date:
            obj["last_error_date"] = self.last_error_date
            obj["last_error_message"] = self.last_error_message
        return obj


@dataclass
class WebhookDelivery:
    """One delivery attempt of one update."""

    update_id: int
    url: str
    attempt: int
    status: int | None
    ok: bool
    error: str | None
    at: float
    secret_sent: bool


class WebhookDeliverer:
    """Background task delivering updates one at a time, in order."""

    def __init__(
        self,
        queue: UpdateQueue,
        config: WebhookConfig,
        deliveries: list[WebhookDelivery],
        clock: Callable[[], float],
        on_reply: Callable[[dict[str, Any]], Awaitable[None]],
        backoff: tuple[float, ...] = (0.05, 0.1, 0.2, 0.4),
        request_timeout: float = 10.0,
    ) -> None:
        self.queue = queue
        self.config = config
        self.deliveries = deliveries
        self.clock = clock
        self.on_reply = on_reply
        self.backoff = backoff
        self.request_timeout = request_timeout
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start the delivery task."""
        self._task = asyncio.create_task(self._run(), name="sim-webhook")

    async def stop(self) -> None:
        """Cancel the delivery task; an update being delivered stays pending."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        timeout = aiohttp.ClientTimeout(total=self.request_timeout)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            while True:
                update = self.queue.first()
                if update is None:
                    await self.queue.wait(None)
                    continue
                await self._deliver(session, update)

    async def _deliver(self, session: aiohttp.ClientSession, update: dict[str, Any]) -> None:
        headers = {"Content-Type": "application/json"}
        if self.config.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = self.config.secret_token
        body = json.dumps(update, ensure_ascii=False).encode("utf-8")
        attempts = len(self.backoff) + 1
        for attempt in range(1, attempts + 1):
            status: int | None = None
            problem: str | None = None
            reply: bytes = b""
            reply_type = ""
            try:
                async with session.post(self.config.url, data=body, headers=headers) as resp:
                    status = resp.status
                    reply_type = resp.content_type
                    reply = await resp.read()
                    if not 200 <= status < 300:
                        problem = f"Wrong response from the webhook: {status} {resp.reason}"
            except (aiohttp.ClientError, TimeoutError, OSError) as exc:
                problem = f"Connection failed: {exc.__class__.__name__}"
            ok = problem is None
            self.deliveries.append(
                WebhookDelivery(
                    update_id=update["update_id"],
                    url=self.config.url,
                    attempt=attempt,
                    status=status,
                    ok=ok,
                    error=problem,
                    at=self.clock(),
                    secret_sent="X-Telegram-Bot-Api-Secret-Token" in headers,
                )
            )
            if ok:
                self.queue.remove(update["update_id"], delivered=True)
                await self._maybe_reply(reply_type, reply)
                return
            logger.debug("webhook delivery of update %s failed: %s", update["update_id"], problem)
            self.config.last_error_date = int(self.clock())
            self.config.last_error_message = problem
            if attempt < attempts:
                await asyncio.sleep(self.backoff[attempt - 1])
        logger.warning("giving up on webhook delivery of update %s", update["update_id"])
        self.queue.remove(update["update_id"], delivered=False)

    async def _maybe_reply(self, content_type: str, reply: bytes) -> None:
        """Execute a Bot API call returned in the webhook response body, like Telegram does."""
        if content_type != "application/json" or not reply:
            return
        try:
            data = json.loads(reply)
        except ValueError:
            return
        if isinstance(data, dict) and isinstance(data.get("method"), str):
            await self.on_reply(data)
