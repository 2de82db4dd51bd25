"""Time-of-day windows for check-ins and follow-ups, in local time.

A person picks morning, afternoon or evening. Each window lies outside quiet hours (a window
that quiet hours overlap is cut down to its longest quiet-free part; a window left shorter
than 30 minutes is a settings error). Within the window each person has their own minute,
from a hash of their id, so a thousand check-ins do not all fall due at once. Slots are
computed on local dates, so a weekly Tuesday-morning check-in stays on Tuesday morning across
the clock changes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

WINDOWS: dict[str, tuple[time, time]] = {
    "morning": (time(9, 30), time(12, 0)),
    "afternoon": (time(13, 0), time(16, 30)),
    "evening": (time(17, 0), time(20, 0)),
}
MARGIN_MINUTES = 5  # no slot in the last minutes of a window: the poll needs time to see it
MIN_MINUTES = 30
DAY = 24 * 60


class WindowError(ValueError):
    """Quiet hours leave (almost) nothing of a window."""


def _m(value: time) -> int:
    return value.hour * 60 + value.minute


def _quiet(minute: int, quiet: tuple[time, time]) -> bool:
    start, end = _m(quiet[0]), _m(quiet[1])
    if start == end:
        return False
    if start > end:  # over midnight, e.g. 21:00-09:00
        return minute >= start or minute < end
    return start <= minute < end


@lru_cache(maxsize=64)
def bounds(name: str, quiet: tuple[time, time]) -> tuple[int, int]:
    """The window as [first, end) minutes of the day, minus quiet hours."""
    start, end = (_m(t) for t in WINDOWS[name])
    best = (0, 0)
    run_start: int | None = None
    for minute in range(start, end + 1):
        free = minute < end and not _quiet(minute, quiet)
        if free and run_start is None:
            run_start = minute
        elif not free and run_start is not None:
            if minute - run_start > best[1] - best[0]:
                best = (run_start, minute)
            run_start = None
    if best[1] - best[0] < MIN_MINUTES:
        raise WindowError(f"quiet hours leave less than {MIN_MINUTES} minutes of the {name} window")
    return best


def check_windows(quiet: tuple[time, time]) -> None:
    """Raise WindowError if quiet hours swallow a window."""
    for name in WINDOWS:
        bounds(name, quiet)


def minute_of(user_id: int, name: str, quiet: tuple[time, time]) -> int:
    """The person's own minute of the day in the window (stable across restarts)."""
    first, end = bounds(name, quiet)
    usable = max(1, end - first - MARGIN_MINUTES)
    digest = hashlib.blake2b(str(user_id).encode(), digest_size=4).digest()
    return first + int.from_bytes(digest, "big") % usable


def slot_on(day: date, name: str, user_id: int, quiet: tuple[time, time], tz: ZoneInfo) -> datetime:
    """The person's moment in the window on a local date."""
    minute = minute_of(user_id, name, quiet)
    return datetime.combine(day, time(minute // 60, minute % 60), tzinfo=tz)


def in_window(moment: datetime, name: str, quiet: tuple[time, time], tz: ZoneInfo) -> bool:
    """True if `moment` falls inside the window (local time)."""
    local = moment.astimezone(tz)
    first, end = bounds(name, quiet)
    return first <= local.hour * 60 + local.minute < end


def next_slot(
    after: datetime,
    name: str,
    user_id: int,
    quiet: tuple[time, time],
    tz: ZoneInfo,
    off_days: Collection[date] = (),
    *,
    not_on: date | None = None,
) -> datetime:
    """The person's first slot later than `after` on a day that is not off (nor `not_on`)."""
    day = after.astimezone(tz).date()
    for offset in range(0, 400):
        current = day + timedelta(days=offset)
        if current in off_days or current == not_on:
            continue
        slot = slot_on(current, name, user_id, quiet, tz)
        if slot > after:
            return slot
    raise WindowError("no day without an off day in the next 400 days")
