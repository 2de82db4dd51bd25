"""Repositories, grouped by area. Handlers never write SQL; they call these."""

from __future__ import annotations

import contextlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.clock import iso, parse_iso
from bot.storage.db import Database


@dataclass(frozen=True)
class User:
    """A person who agreed to the privacy notice."""

    user_id: int
    locale: str
    consent_version: int
    consent_at: datetime
    created_at: datetime
    last_seen_at: datetime
    blocked_at: datetime | None

    @property
    def blocked(self) -> bool:
        """True while the person has blocked the bot."""
        return self.blocked_at is not None


def _user(row: Any) -> User:
    return User(
        user_id=row["user_id"],
        locale=row["locale"],
        consent_version=row["consent_version"],
        consent_at=parse_iso(row["consent_at"]),
        created_at=parse_iso(row["created_at"]),
        last_seen_at=parse_iso(row["last_seen_at"]),
        blocked_at=parse_iso(row["blocked_at"]) if row["blocked_at"] else None,
    )


class UserRepo:
    """People, their language and their consent."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, user_id: int) -> User | None:
        """The stored person, or None if they never agreed (or asked us to forget them)."""
        row = await self.db.fetchone("SELECT * FROM users WHERE user_id = ?", (user_id,))
        return None if row is None else _user(row)

    async def agree(self, user_id: int, locale: str, version: int, now: datetime) -> User:
        """Store consent (version and time) and the chosen language."""
        await self.db.execute(
            "INSERT INTO users (user_id, locale, consent_version, consent_at, created_at,"
            " last_seen_at) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(user_id) DO UPDATE SET locale = excluded.locale,"
            " consent_version = excluded.consent_version, consent_at = excluded.consent_at,"
            " last_seen_at = excluded.last_seen_at",
            (user_id, locale, version, iso(now), iso(now), iso(now)),
        )
        user = await self.get(user_id)
        assert user is not None
        return user

    async def set_locale(self, user_id: int, locale: str) -> bool:
        """Change the stored language; False if the person is not stored."""
        return (
            await self.db.execute(
                "UPDATE users SET locale = ? WHERE user_id = ?", (locale, user_id)
            )
            > 0
        )

    async def touch(self, user_id: int, now: datetime) -> None:
        """Record activity (drives the retention period)."""
        await self.db.execute(
            "UPDATE users SET last_seen_at = ? WHERE user_id = ?", (iso(now), user_id)
        )

    async def set_blocked(self, user_id: int, blocked: bool, now: datetime) -> bool:
        """Mark the person as having blocked (or unblocked) the bot."""
        return (
            await self.db.execute(
                "UPDATE users SET blocked_at = ? WHERE user_id = ?",
                (iso(now) if blocked else None, user_id),
            )
            > 0
        )

    async def stale(self, before: datetime) -> list[int]:
        """People not seen since `before` (their data is past the retention period)."""
        rows = await self.db.fetchall(
            "SELECT user_id FROM users WHERE last_seen_at < ?", (iso(before),)
        )
        return [row[0] for row in rows]


class PersonalData:
    """Everything stored about one person, across every table that has a `user_id` column."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def export(self, user_id: int) -> dict[str, list[dict[str, Any]]]:
        """All rows naming the person, by table (tables with no rows are left out)."""
        result: dict[str, list[dict[str, Any]]] = {}
        for table in await self.db.personal_tables():
            rows = await self.db.fetchall(f'SELECT * FROM "{table}" WHERE user_id = ?', (user_id,))
            if rows:
                result[table] = [_jsonable(dict(row)) for row in rows]
        return result

    async def forget(self, user_id: int) -> int:
        """Delete every row naming the person, in one transaction; return rows deleted."""
        deleted = 0
        async with self.db.transaction():
            # Children first: a table referenced by others is deleted last.
            for table in sorted(await self.db.personal_tables(), key=lambda t: t == "users"):
                deleted += await self.db.execute(
                    f'DELETE FROM "{table}" WHERE user_id = ?', (user_id,)
                )
        return deleted


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, bytes):
            value = value.hex()
        elif isinstance(value, str) and key in ("payload", "path") and value[:1] in "[{":
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        out[key] = value
    return out


class MetaRepo:
    """Installation-wide values."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, key: str) -> str | None:
        """A stored value."""
        return await self.db.scalar("SELECT value FROM meta WHERE key = ?", (key,))

    async def set(self, key: str, value: str) -> None:
        """Store a value."""
        await self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    async def secret(self, key: str = "callback-secret") -> bytes:
        """A per-installation random secret, created on first use and kept across restarts."""
        value = await self.get(key)
        if value is None:
            value = secrets.token_hex(32)
            await self.set(key, value)
        return bytes.fromhex(value)


@dataclass(frozen=True)
class OutboxItem:
    """One message waiting to be sent."""

    id: int
    user_id: int | None
    chat_id: int
    thread_id: int | None
    payload: dict[str, Any]
    attempts: int


class OutboxRepo:
    """Messages still to send, with a due time; polled by one job."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def add(
        self,
        *,
        chat_id: int,
        payload: dict[str, Any],
        now: datetime,
        user_id: int | None = None,
        thread_id: int | None = None,
        priority: int = 0,
        due_at: datetime | None = None,
        dedupe_key: str | None = None,
        attempts: int = 0,
    ) -> int | None:
        """Queue a message; a repeated `dedupe_key` is ignored (returns None)."""
        cursor = await self.db.conn.execute(
            "INSERT OR IGNORE INTO outbox (user_id, chat_id, thread_id, payload, priority, due_at,"
            " created_at, dedupe_key, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                user_id,
                chat_id,
                thread_id,
                json.dumps(payload, ensure_ascii=False),
                priority,
                iso(due_at or now),
                iso(now),
                dedupe_key,
                attempts,
            ),
        )
        rowid = cursor.lastrowid if cursor.rowcount else None
        await cursor.close()
        return rowid

    async def due(self, now: datetime, limit: int = 50) -> list[OutboxItem]:
        """Messages whose time has come, highest priority first, then oldest."""
        rows = await self.db.fetchall(
            "SELECT * FROM outbox WHERE due_at <= ? ORDER BY priority DESC, due_at, id LIMIT ?",
            (iso(now), limit),
        )
        return [
            OutboxItem(
                id=row["id"],
                user_id=row["user_id"],
                chat_id=row["chat_id"],
                thread_id=row["thread_id"],
                payload=json.loads(row["payload"]),
                attempts=row["attempts"],
            )
            for row in rows
        ]

    async def done(self, item_id: int) -> None:
        """Remove a delivered (or permanently refused) message."""
        await self.db.execute("DELETE FROM outbox WHERE id = ?", (item_id,))

    async def retry_later(self, item_id: int, now: datetime, delay: timedelta, error: str) -> None:
        """Push a message back after a transient failure."""
        await self.db.execute(
            "UPDATE outbox SET attempts = attempts + 1, due_at = ?, last_error = ? WHERE id = ?",
            (iso(now + delay), error[:200], item_id),
        )

    async def count(self) -> int:
        """How many messages wait."""
        return int(await self.db.scalar("SELECT COUNT(*) FROM outbox") or 0)

    async def next_due(self) -> datetime | None:
        """When the next message falls due."""
        value = await self.db.scalar("SELECT MIN(due_at) FROM outbox")
        return parse_iso(value) if value else None
