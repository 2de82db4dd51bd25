"""England's bank holidays, from the `holidays` library (GB, subdivision ENG).

Kept apart from `slots` so that loading (`model`) and scheduling (`slots`) can both use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _year(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=[year]))


def bank_holidays(years: Iterable[int]) -> set[date]:
    """England's bank holidays in the given years (the library also lists Christmas Day and
    Boxing Day when they fall on a weekend, besides the substitute weekdays)."""
    days: set[date] = set()
    for year in set(years):
        days |= _year(year)
    return days
