"""Repositories for welfare check-ins: the person's choice and counts, the welfare call list,
and the proactive bookkeeping shared by every sender (daily cap, off days, tip of the week,
anonymous weekly counts). Handlers and the engine call these; nothing else writes this SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bot.clock import iso, parse_iso
from bot.storage.db import Database

CADENCES = ("weekly", "fortnightly")
TIMES_OF_DAY = ("morning", "afternoon", "evening")
MOODS = ("ok", "help", "not_ok", "sos")
REASONS = ("missed", "followup_no", "not_ok")  # in rising order of concern
OUTCOMES = ("reached", "not_reached", "referred")


@dataclass(frozen=True)
class CheckinState:
    """A person's check-in choice and what happened so far (no free text)."""

    user_id: int
    cadence: str
    time_of_day: str
    first_name: str | None
    chosen_at: datetime
    sent_count: int
    last_sent_at: datetime | None
    last_sent_due: datetime | None
    answered_count: int
    last_answer_at: datetime | None
    last_answer: str | None
    expired_count: int
    missed: int
    missed_total: int
    not_ok_pending: bool
    stopped_reason: str | None

    @property
    def on(self) -> bool:
        """True while check-ins are wanted."""
        return self.cadence in CADENCES

    @property
    def waiting_for_answer(self) -> bool:
        """True when the newest check-in has not been answered yet."""
        return self.sent_count > 0 and self.answered_count < self.sent_count


def _when(value: str | None) -> datetime | None:
    return parse_iso(value) if value else None


def _state(row: Any) -> CheckinState:
    return CheckinState(
        user_id=row["user_id"],
        cadence=row["cadence"],
        time_of_day=row["time_of_day"],
        first_name=row["first_name"],
        chosen_at=parse_iso(row["chosen_at"]),
        sent_count=row["sent_count"],
        last_sent_at=_when(row["last_sent_at"]),
        last_sent_due=_when(row["last_sent_due"]),
        answered_count=row["answered_count"],
        last_answer_at=_when(row["last_answer_at"]),
        last_answer=row["last_answer"],
        expired_count=row["expired_count"],
        missed=row["missed"],
        missed_total=row["missed_total"],
        not_ok_pending=bool(row["not_ok_pending"]),
        stopped_reason=row["stopped_reason"],
    )


class CheckinRepo:
    """Who agreed to check-ins, how often, when; counts of sent, answered and missed."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, user_id: int) -> CheckinState | None:
        """The person's state, or None if they never chose."""
        row = await self.db.fetchone("SELECT * FROM checkins WHERE user_id = ?", (user_id,))
        return None if row is None else _state(row)

    async def choose(
        self,
        user_id: int,
        *,
        cadence: str | None,
        time_of_day: str | None,
        first_name: str | None,
        now: datetime,
        stopped_reason: str | None = None,
    ) -> CheckinState:
        """Store a choice (cadence and/or time of day; None keeps the current value)."""
        await self.db.execute(
            "INSERT INTO checkins (user_id, cadence, time_of_day, first_name, chosen_at,"
            " stopped_reason) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(user_id) DO UPDATE SET"
            " cadence = COALESCE(?, cadence), time_of_day = COALESCE(?, time_of_day),"
            " first_name = COALESCE(excluded.first_name, first_name),"
            " chosen_at = excluded.chosen_at, stopped_reason = excluded.stopped_reason,"
            " not_ok_pending = CASE WHEN COALESCE(?, cadence) = 'off' THEN 0"
            " ELSE not_ok_pending END",
            (
                user_id,
                cadence or "off",
                time_of_day or "morning",
                first_name,
                iso(now),
                stopped_reason,
                cadence,
                time_of_day,
                cadence,
            ),
        )
        state = await self.get(user_id)
        assert state is not None
        return state

    async def note_name(self, user_id: int, first_name: str) -> None:
        """Keep the first name the call list shows up to date."""
        if first_name:
            await self.db.execute(
                "UPDATE checkins SET first_name = ? WHERE user_id = ?", (first_name[:32], user_id)
            )

    async def mark_sent(self, user_id: int, due: datetime, now: datetime) -> bool:
        """Record that the check-in due at `due` was handed to the outbox: counted once however
        often a retry after a crash records it (True the first time)."""
        return (
            await self.db.execute(
                "UPDATE checkins SET sent_count = sent_count + 1, last_sent_at = ?,"
                " last_sent_due = ? WHERE user_id = ? AND last_sent_due IS NOT ?",
                (iso(now), iso(due), user_id, iso(due)),
            )
            > 0
        )

    async def many(self, user_ids: list[int]) -> dict[int, CheckinState]:
        """States of several people in one query."""
        if not user_ids:
            return {}
        rows = await self.db.fetchall(
            f"SELECT * FROM checkins WHERE user_id IN ({','.join('?' * len(user_ids))})",
            user_ids,
        )
        return {row["user_id"]: _state(row) for row in rows}

    async def mark_answered(self, user_id: int, number: int, mood: str, now: datetime) -> bool:
        """Record the first answer to check-in `number`, if it is the newest one; True if so."""
        return (
            await self.db.execute(
                "UPDATE checkins SET answered_count = ?, last_answer_at = ?, last_answer = ?,"
                " missed = 0 WHERE user_id = ? AND sent_count = ? AND answered_count < ?",
                (number, iso(now), mood, user_id, number, number),
            )
            > 0
        )

    async def judge(self, user_id: int, number: int, answered: bool) -> CheckinState | None:
        """Once the answer time is over: count check-in `number` as answered or missed (once).
        Returns the new state, or None if it was judged already."""
        changed = await self.db.execute(
            "UPDATE checkins SET expired_count = ?,"
            " missed = CASE WHEN ? THEN 0 ELSE missed + 1 END,"
            " missed_total = missed_total + CASE WHEN ? THEN 0 ELSE 1 END"
            " WHERE user_id = ? AND expired_count < ?",
            (number, int(answered), int(answered), user_id, number),
        )
        return await self.get(user_id) if changed else None

    async def set_not_ok_pending(self, user_id: int, pending: bool) -> bool:
        """😟 was pressed (True), or its question was answered (False); True if it changed."""
        return (
            await self.db.execute(
                "UPDATE checkins SET not_ok_pending = ? WHERE user_id = ? AND not_ok_pending = ?",
                (int(pending), user_id, int(not pending)),
            )
            > 0
        )

    async def counts(self) -> dict[str, int]:
        """People by cadence."""
        rows = await self.db.fetchall("SELECT cadence, COUNT(*) AS n FROM checkins GROUP BY 1")
        return {row["cadence"]: row["n"] for row in rows}


@dataclass(frozen=True)
class CallEntry:
    """One person on the welfare call list, with what the list shows and sorts by."""

    id: int
    user_id: int
    reason: str
    need: str | None
    added_at: datetime
    first_name: str | None
    locale: str
    missed: int
    recent_crisis: bool
    new_arrival: bool
    not_ok: bool
    blocked: bool
    done_at: datetime | None = None
    outcome: str | None = None


def _rank_sql(column: str) -> str:
    return (
        "CASE "
        + " ".join(f"WHEN {column} = '{r}' THEN {i}" for i, r in enumerate(REASONS))
        + (" ELSE -1 END")
    )


class CallListRepo:
    """The welfare call list: who should get a call, why, and what came of it."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def add(
        self, user_id: int, reason: str, now: datetime, *, need: str | None = None
    ) -> bool:
        """Put the person on the list (or raise the reason of their open entry); True if new."""
        if reason not in REASONS:
            raise ValueError(reason)
        existing = await self.db.fetchone(
            "SELECT id FROM call_list WHERE user_id = ? AND done_at IS NULL", (user_id,)
        )
        await self.db.execute(
            "INSERT INTO call_list (user_id, reason, need, added_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (user_id) WHERE done_at IS NULL DO UPDATE SET"
            f" reason = CASE WHEN {_rank_sql('excluded.reason')} > {_rank_sql('reason')}"
            " THEN excluded.reason ELSE reason END,"
            f" need = CASE WHEN {_rank_sql('excluded.reason')} > {_rank_sql('reason')}"
            " THEN excluded.need ELSE need END",
            (user_id, reason, need, iso(now)),
        )
        return existing is None

    async def open_entries(
        self, now: datetime, crisis_since: datetime, new_since: datetime
    ) -> list[CallEntry]:
        """Open entries in call order: a recent crisis, then 😟, then new arrivals, then the
        number of missed check-ins; oldest first within each."""
        rows = await self.db.fetchall(
            "SELECT cl.id, cl.user_id, cl.reason, cl.need, cl.added_at, c.first_name,"
            " u.locale, COALESCE(c.missed, 0) AS missed, u.blocked_at,"
            " EXISTS (SELECT 1 FROM tickets t WHERE t.user_id = cl.user_id"
            "   AND t.kind = 'crisis' AND t.created_at >= ?) AS recent_crisis,"
            " (u.created_at >= ?) AS new_arrival,"
            # COALESCE: someone who never answered must sort as "no", not as NULL (last).
            " (cl.reason = 'not_ok' OR COALESCE(c.last_answer, '') = 'not_ok') AS not_ok"
            " FROM call_list cl JOIN users u ON u.user_id = cl.user_id"
            " LEFT JOIN checkins c ON c.user_id = cl.user_id"
            " WHERE cl.done_at IS NULL"
            " ORDER BY recent_crisis DESC, not_ok DESC, new_arrival DESC, missed DESC,"
            " cl.added_at, cl.id",
            (iso(crisis_since), iso(new_since)),
        )
        return [
            CallEntry(
                id=row["id"],
                user_id=row["user_id"],
                reason=row["reason"],
                need=row["need"],
                added_at=parse_iso(row["added_at"]),
                first_name=row["first_name"],
                locale=row["locale"],
                missed=row["missed"],
                recent_crisis=bool(row["recent_crisis"]),
                new_arrival=bool(row["new_arrival"]),
                not_ok=bool(row["not_ok"]),
                blocked=row["blocked_at"] is not None,
            )
            for row in rows
        ]

    async def get(self, entry_id: int) -> dict[str, Any] | None:
        """One entry (open or done) as a row."""
        row = await self.db.fetchone("SELECT * FROM call_list WHERE id = ?", (entry_id,))
        return None if row is None else dict(row)

    async def open_for(self, user_id: int) -> dict[str, Any] | None:
        """The person's open entry."""
        row = await self.db.fetchone(
            "SELECT * FROM call_list WHERE user_id = ? AND done_at IS NULL", (user_id,)
        )
        return None if row is None else dict(row)

    async def done(self, entry_id: int, outcome: str, now: datetime) -> bool:
        """Record the outcome and take the person off the list (once; True if it happened)."""
        if outcome not in OUTCOMES:
            raise ValueError(outcome)
        return (
            await self.db.execute(
                "UPDATE call_list SET done_at = ?, outcome = ? WHERE id = ? AND done_at IS NULL",
                (iso(now), outcome, entry_id),
            )
            > 0
        )

    async def set_ticket(self, entry_id: int, ticket_id: int) -> None:
        """Remember the handoff ticket a volunteer opened from the entry."""
        await self.db.execute(
            "UPDATE call_list SET ticket_id = ? WHERE id = ?", (ticket_id, entry_id)
        )

    async def count_open(self) -> int:
        """How many people are waiting for a call."""
        return int(
            await self.db.scalar("SELECT COUNT(*) FROM call_list WHERE done_at IS NULL") or 0
        )

    async def remove_open(self, user_id: int) -> int:
        """The person stopped check-ins: drop their open entry (done entries stay)."""
        return await self.db.execute(
            "DELETE FROM call_list WHERE user_id = ? AND done_at IS NULL", (user_id,)
        )

    async def purge_done(self, before: datetime) -> int:
        """Forget finished entries older than `before`."""
        return await self.db.execute(
            "DELETE FROM call_list WHERE done_at IS NOT NULL AND done_at < ?", (iso(before),)
        )


class ProactiveRepo:
    """Bookkeeping every proactive sender shares: the daily cap, off days, the tip of the week,
    and anonymous daily counts."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def take_slot(
        self,
        user_id: int,
        day: date,
        kind: str,
        now: datetime,
        *,
        exempt: bool = False,
        ref: str | None = None,
    ) -> bool:
        """Take the person's one proactive message of `day`; exempt ones are recorded and
        always allowed. A `ref` that already holds today's slot gets it again (a retry)."""
        for _attempt in range(2):
            inserted = await self.db.execute(
                "INSERT OR IGNORE INTO proactive_log (user_id, day, kind, exempt, ref, at)"
                " SELECT ?, ?, ?, ?, ?, ? WHERE ? OR NOT EXISTS (SELECT 1 FROM proactive_log"
                " WHERE user_id = ? AND day = ? AND exempt = 0)",
                (
                    user_id,
                    day.isoformat(),
                    kind,
                    int(exempt),
                    ref,
                    iso(now),
                    int(exempt),
                    user_id,
                    day.isoformat(),
                ),
            )
            if inserted or ref is None:
                return inserted > 0
            row = await self.db.fetchone(
                "SELECT day FROM proactive_log WHERE ref = ? AND user_id = ?", (ref, user_id)
            )
            if row is None:
                return False  # the cap: someone else has today's slot
            if row["day"] == day.isoformat():
                return True  # our own slot, taken before a crash
            # Our slot is from another day and its message never went: give it up, try again.
            await self.db.execute("DELETE FROM proactive_log WHERE ref = ?", (ref,))
        return False

    async def purge_log(self, before: date) -> int:
        """The cap only needs today; forget older days."""
        return await self.db.execute(
            "DELETE FROM proactive_log WHERE day < ?", (before.isoformat(),)
        )

    async def off_days(self) -> set[date]:
        """Dates marked off by staff."""
        rows = await self.db.fetchall("SELECT day FROM off_days")
        return {date.fromisoformat(row["day"]) for row in rows}

    async def add_off_days(self, days: list[date], now: datetime) -> None:
        """Mark dates off."""
        for day in days:
            await self.db.execute(
                "INSERT OR IGNORE INTO off_days (day, added_at) VALUES (?, ?)",
                (day.isoformat(), iso(now)),
            )

    async def remove_off_days(self, days: list[date]) -> int:
        """Unmark dates."""
        removed = 0
        for day in days:
            removed += await self.db.execute(
                "DELETE FROM off_days WHERE day = ?", (day.isoformat(),)
            )
        return removed

    async def tips(self) -> dict[str, tuple[str, datetime]]:
        """locale -> (Fluent source, when it was set)."""
        rows = await self.db.fetchall("SELECT * FROM tips")
        return {row["locale"]: (row["source"], parse_iso(row["set_at"])) for row in rows}

    async def tip(self, locale: str) -> tuple[str, datetime] | None:
        """The tip of one language."""
        row = await self.db.fetchone("SELECT * FROM tips WHERE locale = ?", (locale,))
        return None if row is None else (row["source"], parse_iso(row["set_at"]))

    async def set_tip(self, locale: str, source: str, now: datetime) -> None:
        """Set (or replace) one language's tip."""
        await self.db.execute(
            "INSERT INTO tips (locale, source, set_at) VALUES (?, ?, ?)"
            " ON CONFLICT(locale) DO UPDATE SET source = excluded.source,"
            " set_at = excluded.set_at",
            (locale, source, iso(now)),
        )

    async def clear_tips(self, locale: str | None = None) -> int:
        """Remove one language's tip, or all."""
        if locale is None:
            return await self.db.execute("DELETE FROM tips")
        return await self.db.execute("DELETE FROM tips WHERE locale = ?", (locale,))

    async def bump(self, day: date, metric: str, n: int = 1) -> None:
        """Add to an anonymous daily count."""
        await self.db.execute(
            "INSERT INTO checkin_stats (day, metric, count) VALUES (?, ?, ?)"
            " ON CONFLICT(day, metric) DO UPDATE SET count = count + excluded.count",
            (day.isoformat(), metric, n),
        )

    async def stats(self, first: date, last: date) -> dict[str, int]:
        """Counts summed over [first, last]."""
        rows = await self.db.fetchall(
            "SELECT metric, SUM(count) AS n FROM checkin_stats WHERE day >= ? AND day <= ?"
            " GROUP BY metric",
            (first.isoformat(), last.isoformat()),
        )
        return {row["metric"]: int(row["n"]) for row in rows}

    async def purge_stats(self, before: date) -> int:
        """Forget counts older than `before`."""
        return await self.db.execute(
            "DELETE FROM checkin_stats WHERE day < ?", (before.isoformat(),)
        )
