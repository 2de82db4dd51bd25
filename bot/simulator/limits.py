"""Configurable flood limits (off by default) and the token buckets that enforce them."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from .errors import ApiError, too_many_requests


@dataclass
class Limits:
    """Flood-control settings; ``flood`` may be toggled at runtime."""

    flood: bool = False
    per_chat_rate: float = 1.0
    per_chat_burst: int = 3
    global_rate: float = 30.0
    group_per_minute: int = 20
    retry_after: int | None = 1
    """Seconds announced in a 429; ``None`` announces the computed wait instead."""


@dataclass
class _Bucket:
    tokens: float
    stamp: float


@dataclass
class FloodControl:
    """Token buckets per chat and overall, plus a sliding one-minute window per group."""

    limits: Limits
    clock: Callable[[], float]
    _chats: dict[object, _Bucket] = field(default_factory=dict)
    _global: _Bucket | None = None
    _groups: dict[object, deque[float]] = field(default_factory=dict)
    _penalty: dict[object, float] = field(default_factory=dict)

    def reset(self) -> None:
        """Forget all buckets and penalties."""
        self._chats.clear()
        self._groups.clear()
        self._penalty.clear()
        self._global = None

    @staticmethod
    def _refill(bucket: _Bucket, rate: float, capacity: float, now: float) -> None:
        bucket.tokens = min(capacity, bucket.tokens + (now - bucket.stamp) * rate)
        bucket.stamp = now

    def check(self, chat_key: object, is_group: bool) -> None:
        """Consume one send for ``chat_key`` or raise a 429 ``ApiError``."""
        lim = self.limits
        now = self.clock()
        until = self._penalty.get(chat_key, 0.0)
        if now < until:
            raise self._reject(chat_key, until - now, now, extend=False)

        chat_cap = max(1.0, float(lim.per_chat_burst))
        chat = self._chats.setdefault(chat_key, _Bucket(chat_cap, now))
        self._refill(chat, lim.per_chat_rate, chat_cap, now)
        glob_cap = max(1.0, float(lim.global_rate))
        if self._global is None:
            self._global = _Bucket(glob_cap, now)
        self._refill(self._global, lim.global_rate, glob_cap, now)

        waits: list[float] = []
        if chat.tokens < 1.0:
            waits.append((1.0 - chat.tokens) / max(lim.per_chat_rate, 1e-9))
        if self._global.tokens < 1.0:
            waits.append((1.0 - self._global.tokens) / max(lim.global_rate, 1e-9))
        window: deque[float] | None = None
        if is_group:
            window = self._groups.setdefault(chat_key, deque())
            while window and now - window[0] >= 60.0:
                window.popleft()
            if len(window) >= max(1, lim.group_per_minute):
                waits.append(60.0 - (now - window[0]))
        if waits:
            raise self._reject(chat_key, max(waits), now, extend=True)

        chat.tokens -= 1.0
        self._global.tokens -= 1.0
        if window is not None:
            window.append(now)

    def _reject(self, chat_key: object, wait: float, now: float, *, extend: bool) -> ApiError:
        announced = self.limits.retry_after
        seconds = announced if announced is not None else max(1, math.ceil(wait))
        if extend:
            self._penalty[chat_key] = now + seconds
        return too_many_requests(seconds)
