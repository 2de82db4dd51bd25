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
    area: str | None = None
    followups: bool = False
    district: str | None = None

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
        area=row["area"],
        followups=bool(row["followups"]),
        district=row["district"],
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

    async def set_area(self, user_id: int, area: str | None) -> None:
        """Remember the city chosen in 📍 Find services (a new city forgets the district)."""
        await self.db.execute(
            "UPDATE users SET district = CASE WHEN area IS ? THEN district END, area = ?"
            " WHERE user_id = ?",
            (area, area, user_id),
        )

    async def set_district(self, user_id: int, district: str | None) -> None:
        """Remember the part of the city chosen in 📍 Find services."""
        await self.db.execute(
            "UPDATE users SET district = ? WHERE user_id = ?", (district, user_id)
        )

    async def set_followups(self, user_id: int, on: bool) -> None:
        """Agree (or stop agreeing) to follow-up messages."""
        await self.db.execute(
            "UPDATE users SET followups = ? WHERE user_id = ?", (1 if on else 0, user_id)
        )

    async def touch(self, user_id: int, now: datetime) -> None:
        """Record activity (drives the retention period). A person who writes is not gone."""
        await self.db.execute(
            "UPDATE users SET last_seen_at = ?, gone_at = NULL WHERE user_id = ?",
            (iso(now), user_id),
        )

    async def set_gone(self, user_id: int, now: datetime) -> bool:
        """Telegram says the chat does not exist (400 chat not found): the account is gone."""
        return (
            await self.db.execute(
                "UPDATE users SET gone_at = ? WHERE user_id = ?", (iso(now), user_id)
            )
            > 0
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

    async def blocked_count(self, since: datetime | None = None) -> int:
        """People who blocked the bot (since a moment, or in all)."""
        sql = "SELECT COUNT(*) FROM users WHERE blocked_at IS NOT NULL"
        params: tuple[str, ...] = ()
        if since is not None:
            sql += " AND blocked_at >= ?"
            params = (iso(since),)
        return int(await self.db.scalar(sql, params) or 0)

    async def many(self, user_ids: list[int]) -> dict[int, User]:
        """Several people in one query."""
        if not user_ids:
            return {}
        rows = await self.db.fetchall(
            f"SELECT * FROM users WHERE user_id IN ({','.join('?' * len(user_ids))})", user_ids
        )
        return {row["user_id"]: _user(row) for row in rows}

    async def stale(self, before: datetime) -> list[int]:
        """People not seen since `before` (their data is past the retention period)."""
        rows = await self.db.fetchall(
            "SELECT user_id FROM users WHERE last_seen_at < ?", (iso(before),)
        )
        return [row[0] for row in rows]


# Columns that are about the team, not the person (a volunteer's Telegram id).
PRIVATE_COLUMNS = frozenset({"claimed_by"})


class PersonalData:
    """Everything stored about one person, across every table that has a `user_id` column."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def export(self, user_id: int) -> dict[str, list[dict[str, Any]]]:
        """All rows naming the person, by table (tables with no rows are left out)."""
        result: dict[str, list[dict[str, Any]]] = {}
        for table in await self.db.personal_tables():
            rows = await self.db.fetchall(f'SELECT * FROM "{table}" WHERE user_id = ?', (user_id,))
            if table == "outbox":  # only messages to the person, not staff-chat posts about them
                rows = [r for r in rows if r["chat_id"] == user_id]
            cleaned = [
                {k: v for k, v in _jsonable(dict(row)).items() if k not in PRIVATE_COLUMNS}
                for row in rows
            ]
            if cleaned:
                result[table] = cleaned
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
    on_sent: dict[str, Any] | None = None
    priority: int = 0

    @property
    def broadcast(self) -> bool:
        """A staff broadcast row (lowest priority, paced on its own)."""
        return self.priority < 0


class OutboxRepo:
    """Messages still to send, with a due time and a state:
    pending -> sending -> sent | failed | dropped. Sent rows keep Telegram's message id."""

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
        on_sent: dict[str, Any] | None = None,
    ) -> int | None:
        """Queue a message; a repeated `dedupe_key` is ignored (returns None)."""
        return await self.db.insert_or_ignore(
            "INSERT OR IGNORE INTO outbox (user_id, chat_id, thread_id, payload, priority, due_at,"
            " created_at, dedupe_key, attempts, on_sent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                json.dumps(on_sent) if on_sent else None,
            ),
        )

    async def due(self, now: datetime, limit: int = 50) -> list[OutboxItem]:
        """Pending messages whose time has come, highest priority first, then oldest."""
        # Only the oldest unsent row of each chat can go (order per chat), so select those
        # heads directly: a low-priority head can never be starved by rows queued behind it.
        # Broadcast rows (priority below 0) never hold up anything else to the same chat:
        # a chat's head is its oldest other row if it has one. Broadcasts are independent of
        # each other, so one deferred to tomorrow (the daily cap) does not hold up a due one.
        rows = await self.db.fetchall(
            "SELECT o.* FROM outbox o JOIN (SELECT chat_id,"
            " COALESCE(MIN(CASE WHEN priority >= 0 THEN id END),"
            " MIN(CASE WHEN due_at <= ? THEN id END)) AS head FROM outbox"
            " WHERE state IN ('pending', 'sending') GROUP BY chat_id) h ON o.id = h.head"
            " WHERE o.state = 'pending' AND o.due_at <= ? ORDER BY o.priority DESC, o.id LIMIT ?",
            (iso(now), iso(now), limit),
        )
        return [
            OutboxItem(
                id=row["id"],
                user_id=row["user_id"],
                chat_id=row["chat_id"],
                thread_id=row["thread_id"],
                payload=json.loads(row["payload"]),
                attempts=row["attempts"],
                on_sent=json.loads(row["on_sent"]) if row["on_sent"] else None,
                priority=row["priority"],
            )
            for row in rows
        ]

    async def exists(self, dedupe_key: str) -> bool:
        """True if a message with this dedupe key was queued (whatever became of it)."""
        return bool(
            await self.db.scalar("SELECT 1 FROM outbox WHERE dedupe_key = ?", (dedupe_key,))
        )

    async def first_pending_id(self, chat_id: int) -> int | None:
        """The oldest unsent message of a chat (order per chat)."""
        return await self.db.scalar(
            "SELECT MIN(id) FROM outbox WHERE chat_id = ? AND state IN ('pending', 'sending')",
            (chat_id,),
        )

    async def sending(self, item_id: int) -> None:
        """Mark a row as being sent (if we crash now, its result is unknown)."""
        await self.db.execute("UPDATE outbox SET state = 'sending' WHERE id = ?", (item_id,))

    async def sent(self, item_id: int, now: datetime, message_id: int | None) -> None:
        """Record a delivery."""
        await self.db.execute(
            # Message content stays in Telegram: once sent, keep only the kind of message.
            "UPDATE outbox SET state = 'sent', sent_at = ?, message_id = ?,"
            " payload = json_object('kind', json_extract(payload, '$.kind')) WHERE id = ?",
            (iso(now), message_id, item_id),
        )

    async def done(self, item_id: int, state: str = "sent", error: str | None = None) -> None:
        """Finish a row for good (sent, failed or dropped)."""
        await self.db.execute(
            "UPDATE outbox SET state = ?, last_error = COALESCE(?, last_error) WHERE id = ?",
            (state, error[:200] if error else None, item_id),
        )

    async def drop_chat(self, chat_id: int, reason: str) -> int:
        """Drop every unsent message to a chat (the person blocked the bot)."""
        return await self.db.execute(
            "UPDATE outbox SET state = 'dropped', last_error = ? WHERE chat_id = ?"
            " AND state IN ('pending', 'sending')",
            (reason[:200], chat_id),
        )

    async def retry_later(self, item_id: int, now: datetime, delay: timedelta, error: str) -> None:
        """Push a message back after a transient failure."""
        await self.db.execute(
            "UPDATE outbox SET state = 'pending', attempts = attempts + 1, due_at = ?,"
            " last_error = ? WHERE id = ?",
            (iso(now + delay), error[:200], item_id),
        )

    async def recover(self) -> int:
        """After a restart: rows caught mid-send have an unknown result; send them again."""
        return await self.db.execute("UPDATE outbox SET state = 'pending' WHERE state = 'sending'")

    async def count(self, state: str = "pending") -> int:
        """How many messages are in a state (default: waiting)."""
        return int(
            await self.db.scalar("SELECT COUNT(*) FROM outbox WHERE state = ?", (state,)) or 0
        )

    async def counts(self) -> dict[str, int]:
        """Rows by state."""
        rows = await self.db.fetchall("SELECT state, COUNT(*) AS n FROM outbox GROUP BY state")
        return {row["state"]: row["n"] for row in rows}

    async def last_errors(self, limit: int = 5) -> list[str]:
        """The most recent errors."""
        rows = await self.db.fetchall(
            "SELECT last_error FROM outbox WHERE last_error IS NOT NULL ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [row[0] for row in rows]

    async def next_due(self) -> datetime | None:
        """When the next pending message falls due."""
        value = await self.db.scalar("SELECT MIN(due_at) FROM outbox WHERE state = 'pending'")
        return parse_iso(value) if value else None

    async def purge(self, before: datetime) -> int:
        """Forget finished rows older than `before`."""
        return await self.db.execute(
            "DELETE FROM outbox WHERE state IN ('sent', 'failed', 'dropped') AND created_at < ?",
            (iso(before),),
        )


PRIORITY = {"emergency": 3, "crisis": 3, "urgent": 2, "soon": 1, "routine": 0}


@dataclass(frozen=True)
class Ticket:
    """Work for a person on the team."""

    id: int
    user_id: int
    kind: str
    need: str
    category: str | None
    urgency: str
    tier: str
    priority: int
    locale: str
    status: str
    created_at: datetime
    case_id: int | None
    thread_id: int | None = None
    header_message_id: int | None = None
    claimed_by: int | None = None
    greeted: bool = False
    client_active: bool = True
    closed_at: datetime | None = None
    first_name: str | None = None
    rating: str | None = None


def _ticket(row: Any) -> Ticket:
    return Ticket(
        id=row["id"],
        user_id=row["user_id"],
        kind=row["kind"],
        need=row["need"],
        category=row["category"],
        urgency=row["urgency"],
        tier=row["tier"],
        priority=row["priority"],
        locale=row["locale"],
        status=row["status"],
        created_at=parse_iso(row["created_at"]),
        case_id=row["case_id"],
        thread_id=row["thread_id"],
        header_message_id=row["header_message_id"],
        claimed_by=row["claimed_by"],
        greeted=bool(row["greeted"]),
        client_active=bool(row["client_active"]),
        closed_at=parse_iso(row["closed_at"]) if row["closed_at"] else None,
        first_name=row["first_name"],
        rating=row["rating"],
    )


class FlowRepo:
    """Where each stored person is in a flow."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, user_id: int) -> dict[str, Any] | None:
        """The stored state, as JSON data."""
        value = await self.db.scalar(
            "SELECT state FROM flow_sessions WHERE user_id = ?", (user_id,)
        )
        return json.loads(value) if value else None

    async def set(self, user_id: int, state: dict[str, Any], now: datetime) -> None:
        """Store the state."""
        await self.db.execute(
            "INSERT INTO flow_sessions (user_id, state, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT(user_id) DO UPDATE SET state = excluded.state,"
            " updated_at = excluded.updated_at",
            (user_id, json.dumps(state), iso(now)),
        )

    async def clear(self, user_id: int) -> None:
        """Leave the flow."""
        await self.db.execute("DELETE FROM flow_sessions WHERE user_id = ?", (user_id,))


@dataclass(frozen=True)
class Case:
    """A finished triage."""

    id: int
    user_id: int
    need: str
    path: tuple[str, ...]
    outcome: str
    urgency: str
    tier: str
    locale: str
    created_at: datetime
    helpful: bool | None


class CaseRepo:
    """Finished triages: need, option path, outcome. No free text."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def add(
        self,
        *,
        user_id: int,
        need: str,
        path: tuple[str, ...],
        outcome: str,
        urgency: str,
        tier: str,
        locale: str,
        now: datetime,
    ) -> int:
        """Record a finished triage."""
        return await self.db.insert(
            "INSERT INTO triage_cases (user_id, need, path, outcome, urgency, tier, locale,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (user_id, need, json.dumps(list(path)), outcome, urgency, tier, locale, iso(now)),
        )

    async def set_helpful(self, case_id: int, user_id: int, helpful: bool) -> bool:
        """👍 / 👎 on the person's own case."""
        return (
            await self.db.execute(
                "UPDATE triage_cases SET helpful = ? WHERE id = ? AND user_id = ?",
                (1 if helpful else 0, case_id, user_id),
            )
            > 0
        )

    async def get(self, case_id: int) -> Case | None:
        """One case."""
        row = await self.db.fetchone("SELECT * FROM triage_cases WHERE id = ?", (case_id,))
        if row is None:
            return None
        return Case(
            id=row["id"],
            user_id=row["user_id"],
            need=row["need"],
            path=tuple(json.loads(row["path"])),
            outcome=row["outcome"],
            urgency=row["urgency"],
            tier=row["tier"],
            locale=row["locale"],
            created_at=parse_iso(row["created_at"]),
            helpful=None if row["helpful"] is None else bool(row["helpful"]),
        )


class TicketRepo:
    """Tickets: open -> claimed -> closed (reopened); ordered by priority, then age."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def open(
        self,
        *,
        user_id: int,
        kind: str,
        need: str,
        urgency: str,
        tier: str,
        locale: str,
        now: datetime,
        category: str | None = None,
        case_id: int | None = None,
    ) -> Ticket:
        """Open a ticket; its priority comes from the urgency (crisis for crisis tickets)."""
        priority = PRIORITY["crisis"] if kind == "crisis" else PRIORITY[urgency]
        ticket_id = await self.db.insert(
            "INSERT INTO tickets (user_id, case_id, kind, need, category, urgency, tier,"
            " priority, locale, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (user_id, case_id, kind, need, category, urgency, tier, priority, locale, iso(now)),
        )
        ticket = await self.get(ticket_id)
        assert ticket is not None
        return ticket

    async def get(self, ticket_id: int) -> Ticket | None:
        """One ticket."""
        row = await self.db.fetchone("SELECT * FROM tickets WHERE id = ?", (ticket_id,))
        return None if row is None else _ticket(row)

    async def open_for(
        self,
        user_id: int,
        *,
        need: str | None = None,
        kind: str | None = None,
        since: datetime | None = None,
    ) -> Ticket | None:
        """The person's newest ticket that is not closed, optionally for one need or kind."""
        sql = "SELECT * FROM tickets WHERE user_id = ? AND status != 'closed'"
        params: list[Any] = [user_id]
        if need is not None:
            sql += " AND need = ?"
            params.append(need)
        if kind is not None:
            sql += " AND kind = ?"
            params.append(kind)
        if since is not None:
            sql += " AND created_at >= ?"
            params.append(iso(since))
        row = await self.db.fetchone(sql + " ORDER BY id DESC LIMIT 1", params)
        return None if row is None else _ticket(row)

    async def claimed_for(self, user_id: int) -> Ticket | None:
        """The person's claimed ticket, if a volunteer is talking with them."""
        row = await self.db.fetchone(
            "SELECT * FROM tickets WHERE user_id = ? AND status = 'claimed' ORDER BY id DESC"
            " LIMIT 1",
            (user_id,),
        )
        return None if row is None else _ticket(row)

    async def by_thread(self, thread_id: int) -> Ticket | None:
        """The ticket of a staff-chat topic."""
        row = await self.db.fetchone(
            "SELECT * FROM tickets WHERE thread_id = ? ORDER BY id DESC LIMIT 1", (thread_id,)
        )
        return None if row is None else _ticket(row)

    async def by_staff_message(self, message_id: int) -> Ticket | None:
        """The ticket whose header card, or one of whose relayed messages, this is."""
        row = await self.db.fetchone(
            "SELECT * FROM tickets WHERE header_message_id = ? ORDER BY id DESC LIMIT 1",
            (message_id,),
        )
        if row is None:
            row = await self.db.fetchone(
                "SELECT t.* FROM tickets t JOIN relay_map m ON m.ticket_id = t.id"
                " WHERE m.staff_msg_id = ? ORDER BY t.id DESC LIMIT 1",
                (message_id,),
            )
        return None if row is None else _ticket(row)

    async def recently_closed(self, user_id: int, since: datetime) -> Ticket | None:
        """The person's newest ticket closed after `since`."""
        row = await self.db.fetchone(
            "SELECT * FROM tickets WHERE user_id = ? AND status = 'closed' AND closed_at >= ?"
            " ORDER BY id DESC LIMIT 1",
            (user_id, iso(since)),
        )
        return None if row is None else _ticket(row)

    async def claim(self, ticket_id: int, member_id: int, now: datetime) -> bool:
        """Claim atomically: exactly one of two simultaneous claims wins."""
        return (
            await self.db.execute(
                "UPDATE tickets SET status = 'claimed', claimed_by = ?, claimed_at = ?,"
                " client_active = 1 WHERE id = ? AND status IN ('open', 'reopened')"
                # One conversation per person at a time, so replies cannot reach the wrong topic.
                " AND NOT EXISTS (SELECT 1 FROM tickets o WHERE o.user_id = tickets.user_id"
                " AND o.status = 'claimed' AND o.id != tickets.id)",
                (member_id, iso(now), ticket_id),
            )
            > 0
        )

    async def set(self, ticket_id: int, **fields: Any) -> None:
        """Update ticket fields."""
        allowed = {
            "status",
            "claimed_by",
            "closed_at",
            "greeted",
            "rating",
            "thread_id",
            "first_name",
            "client_active",
            "announced_at",
            "crisis_marked",
            "priority",
        }
        if set(fields) - allowed:
            raise ValueError(sorted(set(fields) - allowed))
        values = [iso(v) if isinstance(v, datetime) else v for v in fields.values()]
        await self.db.execute(
            f"UPDATE tickets SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?",
            (*values, ticket_id),
        )

    async def between(self, start: datetime, end: datetime) -> list[tuple[Ticket, str | None]]:
        """Tickets created in [start, end), with their case outcome, by priority then age."""
        rows = await self.db.fetchall(
            "SELECT t.*, c.outcome AS outcome FROM tickets t"
            " LEFT JOIN triage_cases c ON c.id = t.case_id"
            " WHERE t.created_at >= ? AND t.created_at < ?"
            " ORDER BY t.priority DESC, t.created_at, t.id",
            (iso(start), iso(end)),
        )
        return [(_ticket(row), row["outcome"]) for row in rows]


class FeedbackRepo:
    """Anonymous "did you get help there?" answers, counted per service."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def add(self, service_id: str, answer: str, now: datetime) -> None:
        """Store one answer (no person, only the day)."""
        await self.db.execute(
            "INSERT INTO service_feedback (service_id, answer, day) VALUES (?, ?, ?)",
            (service_id, answer, now.date().isoformat()),
        )

    async def counts(self) -> dict[str, dict[str, int]]:
        """service id -> answer -> count."""
        rows = await self.db.fetchall(
            "SELECT service_id, answer, COUNT(*) AS n FROM service_feedback"
            " GROUP BY service_id, answer"
        )
        out: dict[str, dict[str, int]] = {}
        for row in rows:
            out.setdefault(row["service_id"], {})[row["answer"]] = row["n"]
        return out


@dataclass(frozen=True)
class Scheduled:
    """A piece of timed work."""

    id: int
    user_id: int | None
    kind: str
    payload: dict[str, Any]
    due_at: datetime


def _scheduled(row: Any) -> Scheduled:
    return Scheduled(
        row["id"], row["user_id"], row["kind"], json.loads(row["payload"]), parse_iso(row["due_at"])
    )


class ScheduleRepo:
    """Timed work as rows with a due time; the one due-work job polls them."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def add(
        self,
        *,
        kind: str,
        due_at: datetime,
        now: datetime,
        user_id: int | None = None,
        payload: dict[str, Any] | None = None,
        dedupe_key: str | None = None,
    ) -> bool:
        """Schedule work; a repeated dedupe key is ignored (returns False)."""
        return (
            await self.db.execute(
                "INSERT OR IGNORE INTO scheduled (user_id, kind, payload, due_at, created_at,"
                " dedupe_key) VALUES (?, ?, ?, ?, ?, ?)",
                (user_id, kind, json.dumps(payload or {}), iso(due_at), iso(now), dedupe_key),
            )
            > 0
        )

    async def claim(
        self, now: datetime, limit: int = 200, lease: timedelta = timedelta(minutes=10)
    ) -> list[Scheduled]:
        """Take up to `limit` due rows, oldest first, through the index on the due time, and
        mark them claimed. A claim older than `lease` (a crash mid-tick) is taken again."""
        rows = await self.db.fetchall(
            "SELECT * FROM scheduled WHERE due_at <= ? AND (claimed_at IS NULL OR claimed_at < ?)"
            " ORDER BY due_at, id LIMIT ?",
            (iso(now), iso(now - lease), limit),
        )
        if rows:
            ids = [row["id"] for row in rows]
            await self.db.execute(
                f"UPDATE scheduled SET claimed_at = ? WHERE id IN ({','.join('?' * len(ids))})",
                (iso(now), *ids),
            )
        return [_scheduled(row) for row in rows]

    async def recover(self) -> int:
        """After a restart: claims of the last run were never finished; release them."""
        return await self.db.execute(
            "UPDATE scheduled SET claimed_at = NULL WHERE claimed_at IS NOT NULL"
        )

    async def done(self, item_id: int) -> None:
        """Remove finished work."""
        await self.db.execute("DELETE FROM scheduled WHERE id = ?", (item_id,))

    async def finish(self, item_id: int, was: datetime) -> bool:
        """Delete a finished row, unless somebody moved it since it was read as due at `was`."""
        return (
            await self.db.execute(
                "DELETE FROM scheduled WHERE id = ? AND due_at = ?", (item_id, iso(was))
            )
            > 0
        )

    async def postpone(self, item_id: int, until: datetime) -> None:
        """Move work to a later time (and release its claim)."""
        await self.db.execute(
            "UPDATE scheduled SET due_at = ?, claimed_at = NULL WHERE id = ?", (iso(until), item_id)
        )

    async def move(
        self, item_id: int, was: datetime, until: datetime, *, payload: dict[str, Any] | None = None
    ) -> bool:
        """Move a row to `until` (optionally with a new payload), only if nobody moved it since
        it was read as due at `was`; the claim is released."""
        sql = "UPDATE scheduled SET due_at = ?, claimed_at = NULL"
        params: list[Any] = [iso(until)]
        if payload is not None:
            sql += ", payload = ?"
            params.append(json.dumps(payload))
        return (
            await self.db.execute(
                sql + " WHERE id = ? AND due_at = ?", (*params, item_id, iso(was))
            )
            > 0
        )

    async def set_checkin(self, user_id: int, due_at: datetime, now: datetime) -> None:
        """The person's one pending check-in row, created or moved to `due_at`."""
        await self.db.execute(
            "INSERT INTO scheduled (user_id, kind, payload, due_at, created_at)"
            " VALUES (?, 'checkin', '{}', ?, ?)"
            " ON CONFLICT (user_id) WHERE kind = 'checkin'"
            " DO UPDATE SET due_at = excluded.due_at, claimed_at = NULL, payload = '{}'",
            (user_id, iso(due_at), iso(now)),
        )

    async def pending(self, user_id: int, kind: str) -> list[Scheduled]:
        """The person's rows of one kind."""
        rows = await self.db.fetchall(
            "SELECT * FROM scheduled WHERE user_id = ? AND kind = ? ORDER BY due_at, id",
            (user_id, kind),
        )
        return [_scheduled(row) for row in rows]

    async def remove(self, user_id: int, kinds: tuple[str, ...]) -> int:
        """Delete the person's rows of these kinds."""
        return await self.db.execute(
            f"DELETE FROM scheduled WHERE user_id = ? AND kind IN ({','.join('?' * len(kinds))})",
            (user_id, *kinds),
        )

    async def next_due(self) -> datetime | None:
        """When the next row falls due."""
        value = await self.db.scalar("SELECT MIN(due_at) FROM scheduled")
        return parse_iso(value) if value else None


@dataclass(frozen=True)
class Member:
    """A staff member or volunteer."""

    member_id: int
    role: str
    alias: str | None
    languages: tuple[str, ...]
    available: bool


class TeamRepo:
    """Staff and volunteers, with the alias clients see, languages and availability."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, member_id: int) -> Member | None:
        """One member."""
        row = await self.db.fetchone("SELECT * FROM team WHERE member_id = ?", (member_id,))
        return None if row is None else self._member(row)

    @staticmethod
    def _member(row: Any) -> Member:
        return Member(
            row["member_id"],
            row["role"],
            row["alias"],
            tuple(json.loads(row["languages"])),
            bool(row["available"]),
        )

    async def all(self) -> list[Member]:
        """Everyone, staff first."""
        rows = await self.db.fetchall("SELECT * FROM team ORDER BY role, member_id")
        return [self._member(r) for r in rows]

    async def add(self, member_id: int, role: str, added_by: int, now: datetime) -> None:
        """Add someone, or change their role."""
        await self.db.execute(
            "INSERT INTO team (member_id, role, added_by, added_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(member_id) DO UPDATE SET role = excluded.role",
            (member_id, role, added_by, iso(now)),
        )

    async def remove(self, member_id: int) -> bool:
        """Remove someone."""
        return await self.db.execute("DELETE FROM team WHERE member_id = ?", (member_id,)) > 0

    async def update(self, member_id: int, **fields: Any) -> bool:
        """Set alias, languages (list) or available (bool)."""
        sets, params = [], []
        for name, value in fields.items():
            if name not in ("alias", "languages", "available"):
                raise ValueError(name)
            sets.append(f"{name} = ?")
            params.append(json.dumps(value) if name == "languages" else value)
        params.append(member_id)
        return (
            await self.db.execute(f"UPDATE team SET {', '.join(sets)} WHERE member_id = ?", params)
            > 0
        )
