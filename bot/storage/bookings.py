"""Storage of drop-in bookings, the waitlist, staff closures and walk-in overrides."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bot.clock import iso, parse_iso


@dataclass(frozen=True)
class Booking:
    """A place at a slot."""

    id: int
    user_id: int
    session_id: str
    day: date
    role: str
    slot_start: datetime
    seat: int
    status: str
    first_name: str
    locale: str
    interpreter: str | None
    hold_until: datetime | None
    confirmed: bool

    @property
    def key(self) -> str:
        """The occurrence key (as in callback data)."""
        return f"{self.session_id}:{self.day:%Y%m%d}"


@dataclass(frozen=True)
class Waiting:
    """A place on a waitlist."""

    id: int
    user_id: int
    session_id: str
    day: date
    role: str
    status: str
    first_name: str
    locale: str
    interpreter: str | None
    booking_id: int | None


def _booking(row: Any) -> Booking:
    return Booking(
        row["id"],
        row["user_id"],
        row["session_id"],
        date.fromisoformat(row["day"]),
        row["role"],
        parse_iso(row["slot_start"]),
        row["seat"],
        row["status"],
        row["first_name"],
        row["locale"],
        row["interpreter"],
        parse_iso(row["hold_until"]) if row["hold_until"] else None,
        bool(row["confirmed_at"]),
    )


def _waiting(row: Any) -> Waiting:
    return Waiting(
        row["id"],
        row["user_id"],
        row["session_id"],
        date.fromisoformat(row["day"]),
        row["role"],
        row["status"],
        row["first_name"],
        row["locale"],
        row["interpreter"],
        row["booking_id"],
    )


class BookingRepo:
    """Bookings, the waitlist, closures and walk-in overrides."""

    def __init__(self, db: Any) -> None:
        self.db = db

    async def get(self, booking_id: int) -> Booking | None:
        """One booking."""
        row = await self.db.fetchone("SELECT * FROM bookings WHERE id = ?", (booking_id,))
        return None if row is None else _booking(row)

    async def upcoming(self, user_id: int, now: datetime) -> list[Booking]:
        """A person's bookings (and held offers) still to come, soonest first."""
        rows = await self.db.fetchall(
            "SELECT * FROM bookings WHERE user_id = ? AND status IN ('held', 'booked')"
            " AND slot_start >= ? ORDER BY slot_start",
            (user_id, iso(now)),
        )
        return [_booking(r) for r in rows]

    async def for_session(self, session_id: str, day: date) -> list[Booking]:
        """Every booking of one session day that is or was a place (not cancelled)."""
        rows = await self.db.fetchall(
            "SELECT * FROM bookings WHERE session_id = ? AND day = ?"
            " AND status IN ('held', 'booked', 'arrived', 'no_show') ORDER BY slot_start, seat",
            (session_id, day.isoformat()),
        )
        return [_booking(r) for r in rows]

    async def active_count(self, session_id: str, day: date, role: str | None = None) -> int:
        """Places taken in a session (for one role, or all)."""
        sql = (
            "SELECT COUNT(*) FROM bookings WHERE session_id = ? AND day = ?"
            " AND status IN ('held', 'booked', 'arrived', 'no_show')"
        )
        params: list[Any] = [session_id, day.isoformat()]
        if role is not None:
            sql += " AND role = ?"
            params.append(role)
        return int(await self.db.scalar(sql, params) or 0)

    async def seats(self, session_id: str, day: date, role: str) -> dict[str, set[int]]:
        """Taken seats per slot start (ISO)."""
        rows = await self.db.fetchall(
            "SELECT slot_start, seat FROM bookings WHERE session_id = ? AND day = ? AND role = ?"
            " AND status IN ('held', 'booked', 'arrived', 'no_show')",
            (session_id, day.isoformat(), role),
        )
        taken: dict[str, set[int]] = {}
        for row in rows:
            taken.setdefault(row["slot_start"], set()).add(row["seat"])
        return taken

    async def set_status(self, booking_id: int, status: str, now: datetime) -> None:
        """Change a booking's state."""
        await self.db.execute(
            "UPDATE bookings SET status = ?, updated_at = ? WHERE id = ?",
            (status, iso(now), booking_id),
        )

    async def confirm(self, booking_id: int, now: datetime) -> None:
        """The person said they will come."""
        await self.db.execute(
            "UPDATE bookings SET confirmed_at = ?, updated_at = ? WHERE id = ?",
            (iso(now), iso(now), booking_id),
        )

    async def waiting(self, session_id: str, day: date, role: str | None = None) -> list[Waiting]:
        """People still waiting (or holding an offer) for a session, first come first."""
        sql = (
            "SELECT * FROM waitlist WHERE session_id = ? AND day = ?"
            " AND status IN ('waiting', 'offered')"
        )
        params: list[Any] = [session_id, day.isoformat()]
        if role is not None:
            sql += " AND role = ?"
            params.append(role)
        rows = await self.db.fetchall(sql + " ORDER BY id", params)
        return [_waiting(r) for r in rows]

    async def waiting_for(self, user_id: int) -> list[Waiting]:
        """A person's places on waitlists."""
        rows = await self.db.fetchall(
            "SELECT * FROM waitlist WHERE user_id = ? AND status IN ('waiting', 'offered')"
            " ORDER BY id",
            (user_id,),
        )
        return [_waiting(r) for r in rows]

    async def closures(self) -> dict[tuple[str, date], str]:
        """Closures made by staff."""
        rows = await self.db.fetchall("SELECT session_id, day, reason FROM session_closures")
        return {(r["session_id"], date.fromisoformat(r["day"])): r["reason"] for r in rows}

    async def walk_in(self, session_id: str, day: date, role: str) -> int | None:
        """The walk-in override for a session day and role, if staff set one."""
        value = await self.db.scalar(
            "SELECT walk_in FROM session_capacity WHERE session_id = ? AND day = ? AND role = ?",
            (session_id, day.isoformat(), role),
        )
        return None if value is None else int(value)

    async def set_walk_in(
        self, session_id: str, day: date, role: str, walk_in: int, now: datetime
    ) -> None:
        """Keep `walk_in` places of a session day and role for walk-ins."""
        await self.db.execute(
            "INSERT INTO session_capacity (session_id, day, role, walk_in, set_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, day, role)"
            " DO UPDATE SET walk_in = excluded.walk_in, set_at = excluded.set_at",
            (session_id, day.isoformat(), role, walk_in, iso(now)),
        )
