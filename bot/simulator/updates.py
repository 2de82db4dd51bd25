"""The pending-update queue shared by getUpdates long polling and webhook delivery."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

logger = logging.getLogger(__name__)

# Update types Telegram leaves out unless they are listed in allowed_updates explicitly.
OPT_IN_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


def update_type(update: dict[str, Any]) -> str:
    """Return the payload key of an update (``message``, ``callback_query``, ...)."""
    return next((key for key in update if key != "update_id"), "")


class UpdateQueue:
    """Updates not yet confirmed (getUpdates offset) or delivered (webhook 2xx), oldest first."""

    def __init__(self) -> None:
        self._pending: list[dict[str, Any]] = []
        self._next_id = 1
        self._changed = asyncio.Event()
        self.allowed_updates: list[str] = []
        self.delivered = 0
        self.dropped = 0
        self.history: list[dict[str, Any]] = []
        self.last_activity = 0.0

    @property
    def pending(self) -> list[dict[str, Any]]:
        """Return the pending updates (do not mutate)."""
        return self._pending

    def allows(self, kind: str) -> bool:
        """Return True if the current ``allowed_updates`` setting lets ``kind`` through."""
        if not self.allowed_updates:
            return kind not in OPT_IN_TYPES
        return kind in self.allowed_updates

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        """Assign an update_id if missing and queue the update (unless filtered out)."""
        if "update_id" not in update:
            update = {"update_id": self._next_id, **update}
        self._next_id = max(self._next_id, int(update["update_id"]) + 1)
        self.history.append(update)
        kind = update_type(update)
        if not self.allows(kind):
            logger.debug("update %s (%s) filtered by allowed_updates", update["update_id"], kind)
            self.dropped += 1
            return update
        self._pending.append(update)
        self.wake()
        return update

    def wake(self) -> None:
        """Wake every waiter (new update, webhook change, poll takeover, shutdown)."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait(self, seconds: float | None) -> bool:
        """Wait until woken; return False after ``seconds`` without a wake-up."""
        event = self._changed
        try:
            async with asyncio.timeout(seconds):
                await event.wait()
        except TimeoutError:
            return False
        return True

    def confirm(self, offset: int | None) -> int:
        """Apply a getUpdates ``offset``: forget confirmed updates; return how many."""
        if not offset:
            return 0
        before = len(self._pending)
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        else:
            self._pending = self._pending[offset:]
        removed = before - len(self._pending)
        if removed:
            self.delivered += removed
            self.last_activity = time.monotonic()
        return removed

    def take(self, limit: int) -> list[dict[str, Any]]:
        """Return up to ``limit`` pending updates without removing them."""
        return self._pending[:limit]

    def first(self) -> dict[str, Any] | None:
        """Return the oldest pending update or None."""
        return self._pending[0] if self._pending else None

    def remove(self, update_id: int, *, delivered: bool) -> None:
        """Remove one update after webhook delivery (or after giving up on it)."""
        self._pending = [u for u in self._pending if u["update_id"] != update_id]
        if delivered:
            self.delivered += 1
        else:
            self.dropped += 1
        self.last_activity = time.monotonic()

    def clear(self) -> int:
        """Drop every pending update (``drop_pending_updates``); return how many."""
        count = len(self._pending)
        self._pending = []
        self.dropped += count
        return count
