"""Injectable time and ids, so time-based behaviour is tested without sleeping."""

from __future__ import annotations

import itertools
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Something that tells the time (always timezone-aware UTC)."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        """Current time in UTC."""
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock for tests: stands still until moved."""

    current: datetime = field(default_factory=lambda: datetime(2026, 12, 1, 10, 0, tzinfo=UTC))

    def now(self) -> datetime:
        """The frozen time."""
        return self.current

    def advance(self, **delta: float) -> datetime:
        """Move forward by a timedelta given as keywords (days=1, minutes=5, ...)."""
        self.current += timedelta(**delta)
        return self.current


class Ids(Protocol):
    """A source of opaque ids."""

    def new(self, prefix: str = "") -> str: ...


class RandomIds:
    """Unpredictable ids for production."""

    def new(self, prefix: str = "") -> str:
        """A random 12-character id."""
        return prefix + secrets.token_hex(6)


class SequentialIds:
    """Predictable ids for tests: p1, p2, ..."""

    def __init__(self) -> None:
        self._counter = itertools.count(1)

    def new(self, prefix: str = "") -> str:
        """The next id."""
        return f"{prefix}{next(self._counter)}"


def iso(moment: datetime) -> str:
    """Store times as ISO-8601 UTC strings."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_iso(text: str) -> datetime:
    """Inverse of `iso`."""
    return datetime.fromisoformat(text)
