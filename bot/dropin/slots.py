"""When drop-in sessions happen and what can be booked at them. All pure functions of the
loaded data, a date range, a time zone and (for `upcoming_slots`) a moment.

Times in the data are wall-clock times, so an occurrence is built with
`datetime.combine(day, start, tzinfo=tz)`: a Thursday 10:00 session is 10:00 local, which
is 09:00 UTC in summer and 10:00 UTC in winter. Slots are laid back to back in wall-clock
time too (loading rejects sessions that touch the hour the clocks skip or repeat, so wall
clock and elapsed time agree inside every session).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from types import MappingProxyType

from bot.dropin.bankholidays import bank_holidays
from bot.dropin.model import (
    DropinData,
    RotaEntry,
    SessionException,
    SessionRule,
    parse_day,
)

__all__ = [
    "Occurrence",
    "Slot",
    "bank_holidays",
    "bookable",
    "capacity",
    "occurrence",
    "occurrences",
    "parse_key",
    "slots",
    "upcoming_slots",
]

KEY_RE = re.compile(r"([a-z0-9][a-z0-9-]{0,15}):(\d{8})", re.ASCII)
NO_CLOSURES: Mapping[tuple[str, date], str] = MappingProxyType({})
DEFAULT_LEAD = timedelta(minutes=30)


@dataclass(frozen=True)
class Occurrence:
    """One session on one day, after exceptions, bank holidays and runtime closures.
    Closed occurrences keep their times (to say what was cancelled) and a reason code."""

    session_id: str
    day: date
    location_id: str
    start: datetime
    end: datetime
    rota: tuple[RotaEntry, ...]
    closed: bool
    reason: str | None
    extra: bool
    times_confirmed: bool

    @property
    def key(self) -> str:
        """A short stable reference, `<session>:<YYYYMMDD>` (at most 25 bytes)."""
        return f"{self.session_id}:{self.day:%Y%m%d}"

    def role(self, role: str) -> RotaEntry | None:
        """The rota entry for a role at this occurrence, if any."""
        return next((r for r in self.rota if r.role == role), None)


@dataclass(frozen=True)
class Slot:
    """A bookable stretch of one role at one occurrence; `places` = parallel advisers."""

    session_id: str
    day: date
    role: str
    start: datetime
    end: datetime
    places: int


def _days(rule: SessionRule, start: date, end: date) -> list[date]:
    first = max(start, rule.valid_from) if rule.valid_from else start
    last = min(end, rule.valid_to) if rule.valid_to else end
    if first > last:
        return []
    if rule.extra:
        return [first] if first == rule.valid_from else []
    first += timedelta(days=(rule.byday - first.weekday()) % 7)
    return [first + timedelta(weeks=w) for w in range((last - first).days // 7 + 1)]


def _build(
    data: DropinData,
    rule: SessionRule,
    day: date,
    tz: tzinfo,
    exception: SessionException | None,
    holidays: set[date],
    closures: Mapping[tuple[str, date], str],
) -> Occurrence:
    start, end = rule.start, rule.end
    closed, reason, opened = False, None, False
    if exception is not None:
        if exception.kind == "closed":
            closed, reason = True, exception.reason or "other"
        elif exception.kind in ("hours", "open"):
            if exception.start is not None and exception.end is not None:
                start, end = exception.start, exception.end
            opened = exception.kind == "open"
    calendar = data.programmes.get(rule.programme, {}).get("bank_holidays", "england")
    if not (rule.extra or closed or opened) and calendar == "england" and day in holidays:
        closed, reason = True, "holiday"
    if (rule.id, day) in closures:
        closed, reason = True, closures[(rule.id, day)]
    return Occurrence(
        session_id=rule.id,
        day=day,
        location_id=rule.location_id,
        start=datetime.combine(day, start, tzinfo=tz),
        end=datetime.combine(day, end, tzinfo=tz),
        rota=rule.rota,
        closed=closed,
        reason=reason,
        extra=rule.extra,
        times_confirmed=rule.times_confirmed,
    )


def occurrences(
    data: DropinData,
    start: date,
    end: date,
    tz: tzinfo,
    *,
    closures: Mapping[tuple[str, date], str] = NO_CLOSURES,
) -> list[Occurrence]:
    """Every occurrence with `start <= day <= end`, sorted by start time: weekly rules within
    valid_from/valid_to, then exceptions (closed, changed hours, open, extra), then England's
    bank holidays (closed with reason `holiday` unless an `open` exception; extras are never
    closed by a bank holiday), then runtime `closures` ((session_id, day) -> reason code)
    made by staff. Closed occurrences are included, with `closed=True`."""
    if end < start:
        return []
    holidays = bank_holidays(range(start.year, end.year + 1))
    changes = {(e.session, e.date): e for e in data.exceptions if e.kind != "extra"}
    found = [
        _build(data, rule, day, tz, changes.get((rule.id, day)), holidays, closures)
        for rule in data.sessions.values()
        for day in _days(rule, start, end)
    ]
    found.sort(key=lambda o: (o.start, o.session_id))
    return found


def occurrence(
    data: DropinData,
    session_id: str,
    day: date,
    tz: tzinfo,
    *,
    closures: Mapping[tuple[str, date], str] = NO_CLOSURES,
) -> Occurrence | None:
    """The occurrence of one session on one day (perhaps closed), or None if there is none."""
    rule = data.sessions.get(session_id)
    if rule is None:
        return None
    single = DropinData(
        sessions={session_id: rule},
        exceptions=[e for e in data.exceptions if e.session == session_id and e.date == day],
        programmes=data.programmes,
    )
    found = occurrences(single, day, day, tz, closures=closures)
    return found[0] if found else None


def parse_key(key: str) -> tuple[str, date] | None:
    """The (session id, day) of an `Occurrence.key`, or None if it is malformed."""
    match = KEY_RE.fullmatch(key)
    if match is None:
        return None
    day = parse_day(match.group(2))
    return None if day is None else (match.group(1), day)


def slots(occ: Occurrence, role: str) -> list[Slot]:
    """Back-to-back slots of the role's `slot_minutes` from start to end (only whole ones);
    [] if the occurrence is closed or the role is not on its rota."""
    entry = occ.role(role)
    if occ.closed or entry is None:
        return []
    tz = occ.start.tzinfo
    first = occ.start.replace(tzinfo=None)
    length = occ.end.replace(tzinfo=None) - first
    step = timedelta(minutes=entry.slot_minutes)
    found: list[Slot] = []
    for i in range(length // step):
        begin = first + i * step
        found.append(
            Slot(
                session_id=occ.session_id,
                day=occ.day,
                role=role,
                start=begin.replace(tzinfo=tz),
                end=(begin + step).replace(tzinfo=tz),
                places=entry.advisers,
            )
        )
    return found


def capacity(occ: Occurrence, role: str) -> int:
    """All places for a role at an occurrence: slots x advisers (0 if closed)."""
    entry = occ.role(role)
    return 0 if entry is None else len(slots(occ, role)) * entry.advisers


def bookable(occ: Occurrence, role: str, walk_in: int | None = None) -> int:
    """Places that can be booked: capacity less those kept for walk-ins (`walk_in`
    overrides the rota's number), never below 0."""
    entry = occ.role(role)
    if entry is None:
        return 0
    kept = entry.walk_in if walk_in is None else walk_in
    return max(0, capacity(occ, role) - kept)


def upcoming_slots(
    occ: Occurrence, role: str, now: datetime, min_lead: timedelta = DEFAULT_LEAD
) -> list[Slot]:
    """The slots that start at least `min_lead` after `now` (an aware datetime)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    threshold = now.astimezone(UTC) + min_lead
    return [s for s in slots(occ, role) if s.start.astimezone(UTC) >= threshold]
