"""Long polling, kept deliberately small so the bot works with any Bot API server that answers
`getMe` and `getUpdates` (PTB's own Updater insists on `deleteWebhook` first).

Errors back off up to 30 s and never stop the loop; `last_ok` lets a watchdog see staleness.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from datetime import timedelta

from telegram import Update
from telegram.error import Conflict, InvalidToken, TelegramError
from telegram.ext import Application

log = logging.getLogger(__name__)


class Poller:
    """Fetches updates with `getUpdates` and puts them on the Application's queue."""

    def __init__(self, app: Application, timeout: int = 10) -> None:  # type: ignore[type-arg]
        self.app = app
        self.timeout = timeout
        self.offset: int | None = None
        self.last_ok: float | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    async def start(self) -> None:
        """Drop a webhook if one is set (optional), then start polling in the background."""
        try:
            await self.app.bot.delete_webhook()
        except TelegramError as exc:
            log.warning("deleteWebhook failed (%s); polling anyway", type(exc).__name__)
        self._task = asyncio.create_task(self._run(), name="firstport-poller")

    async def _run(self) -> None:
        backoff = 1.0
        while not self._stopping:
            try:
                updates = await self.app.bot.get_updates(
                    offset=self.offset,
                    timeout=timedelta(seconds=self.timeout),
                    allowed_updates=Update.ALL_TYPES,
                    read_timeout=self.timeout + 10,
                )
            except asyncio.CancelledError:
                raise
            except (InvalidToken, Conflict, TelegramError) as exc:
                log.warning(
                    "getUpdates failed (%s: %s); retrying in %.0fs",
                    type(exc).__name__,
                    exc,
                    backoff,
                )
                await asyncio.sleep(backoff)
                backoff = min(30.0, backoff * 2)
                continue
            except Exception:
                log.exception("getUpdates crashed; retrying in %.0fs", backoff)
                await asyncio.sleep(backoff)
                backoff = min(30.0, backoff * 2)
                continue
            backoff = 1.0
            self.last_ok = time.monotonic()
            for update in updates:
                self.offset = update.update_id + 1
                await self.app.update_queue.put(update)

    async def stop(self) -> None:
        """Stop polling and confirm what was received, so it is not delivered again."""
        self._stopping = True
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self.offset is not None:
            try:
                await self.app.bot.get_updates(offset=self.offset, timeout=0, limit=1)
            except TelegramError as exc:
                log.info("could not confirm the last updates: %s", exc)
