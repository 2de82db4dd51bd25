"""Staff hours, e.g. `MO-FR 09:00-17:00` or `MO,TU,TH 10:00-16:00`, in the configured zone."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
HOURS_RE = re.compile(r"^\s*([A-Z,\-]+)\s+(\d{2}):(\d{2})-(\d{2}):(\d{2})\s*$")


@dataclass(frozen=True)
class StaffHours:
    """When the team answers."""

    days: frozenset[int]  # 0 = Monday
    opens: time
    closes: time
    tz: ZoneInfo

    @classmethod
    def parse(cls, text: str, tz: ZoneInfo) -> StaffHours:
        """Parse `MO-FR 09:00-17:00`; raises ValueError with a readable reason."""
        match = HOURS_RE.match(text.upper())
        if not match:
            raise ValueError("use a form like MO-FR 09:00-17:00")
        days: set[int] = set()
        for part in match.group(1).split(","):
            if "-" in part:
                first, _, last = part.partition("-")
                if first not in DAYS or last not in DAYS:
                    raise ValueError(f"unknown day in {part!r}")
                a, b = DAYS.index(first), DAYS.index(last)
                days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
            elif part in DAYS:
                days.add(DAYS.index(part))
            else:
                raise ValueError(f"unknown day {part!r}")
        opens = time(int(match.group(2)), int(match.group(3)))
        closes = time(int(match.group(4)), int(match.group(5)))
        if opens >= closes:
            raise ValueError("opening time must be before closing time")
        return cls(frozenset(days), opens, closes, tz)

    def is_open(self, moment: datetime) -> bool:
        """True during staff hours."""
        local = moment.astimezone(self.tz)
        return local.weekday() in self.days and self.opens <= local.time() < self.closes

    def next_open(self, moment: datetime) -> datetime:
        """The next time the team starts work (local time); `moment` itself if open now."""
        if self.is_open(moment):
            return moment.astimezone(self.tz)
        local = moment.astimezone(self.tz)
        for offset in range(0, 8):
            day = (local + timedelta(days=offset)).date()
            start = datetime.combine(day, self.opens, tzinfo=self.tz)
            if day.weekday() in self.days and start > local:
                return start
        raise ValueError("no staff days configured")
