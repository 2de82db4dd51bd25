"""Searching the directory: by need, area, shared location (distance order), language spoken
and open-now; and what a result card needs (next opening in local time, address, phone,
languages, who it is for). Pure functions of the directory and a moment in time."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.directory import DAYS, Directory

ALWAYS = (time(0, 0), time(23, 59))


@dataclass(frozen=True)
class Opening:
    """When a service is next open: `now` (until `end`), `next` (at `start`), `always`,
    or `unknown` (no usable times)."""

    kind: str
    start: datetime | None = None
    end: datetime | None = None


@dataclass(frozen=True)
class Result:
    """One search result."""

    service_id: str
    name: str
    term: str
    distance_km: float | None
    opening: Opening


def _service_schedules(directory: Directory, service_id: str) -> list[dict[str, Any]]:
    return [s for s in directory.tables["schedule"] if s.get("service_id") == service_id]


def opening(directory: Directory, service_id: str, now: datetime, tz: ZoneInfo) -> Opening:
    """The next opening of a service, correct across clock changes (times are wall-clock)."""
    rows = [
        s
        for s in _service_schedules(directory, service_id)
        if s.get("byday") and s.get("opens_at") and s.get("closes_at")
    ]
    if not rows:
        return Opening("unknown")
    if all(
        set(r["byday"].split(",")) == set(DAYS)
        and (r["opens_at"], r["closes_at"]) == ("00:00", "23:59")
        for r in rows
    ):
        return Opening("always")
    local = now.astimezone(tz)
    best: datetime | None = None
    for offset in range(0, 8):
        day = local.date() + timedelta(days=offset)
        code = DAYS[day.weekday()]
        for row in rows:
            if code not in row["byday"].split(","):
                continue
            if row.get("valid_from") and day < date.fromisoformat(row["valid_from"]):
                continue
            if row.get("valid_to") and day > date.fromisoformat(row["valid_to"]):
                continue
            start = datetime.combine(day, time.fromisoformat(row["opens_at"]), tzinfo=tz)
            end = datetime.combine(day, time.fromisoformat(row["closes_at"]), tzinfo=tz)
            if start <= local < end:
                return Opening("now", start, end)
            if start > local and (best is None or start < best):
                best = start
        if best is not None:
            return Opening("next", best)
    return Opening("unknown")


def languages(directory: Directory, service_id: str) -> list[str]:
    """Language codes spoken at a service or on its phone lines."""
    codes: list[str] = []
    for row in directory.tables["language"]:
        if row.get("service_id") == service_id and row.get("code") not in codes:
            codes.append(row["code"])
    for phone in directory.tables["phone"]:
        if phone.get("service_id") == service_id:
            for code in phone.get("languages") or []:
                if code not in codes:
                    codes.append(code)
    return codes


def eligibility(directory: Directory, service_id: str) -> list[str]:
    """Who a service is for (asylum_seeker, refused, refugee, any)."""
    return [
        a["value"]
        for a in directory.tables["attribute"]
        if a["link_id"] == service_id and a["taxonomy_term_id"] == "eligibility"
    ] or ["any"]


def locations(directory: Directory, service_id: str) -> list[dict[str, Any]]:
    """The locations where a service is delivered."""
    ids = [
        r["location_id"]
        for r in directory.tables["service_at_location"]
        if r["service_id"] == service_id
    ]
    by_id = directory.by_id("location")
    return [by_id[i] for i in ids if i in by_id]


def coordinates(directory: Directory, service_id: str) -> tuple[float, float] | None:
    """The first location with coordinates."""
    for location in locations(directory, service_id):
        if location.get("latitude") and location.get("longitude"):
            return float(location["latitude"]), float(location["longitude"])
    return None


def location_address(directory: Directory, location_id: str) -> str | None:
    """A location's street address as one line, or None if the data has none."""
    for row in directory.tables["address"]:
        if row["location_id"] == location_id:
            parts = [row.get("address_1"), row.get("address_2"), row.get("city")]
            parts.append(row.get("postal_code"))
            return ", ".join(str(p) for p in parts if p and p != "unknown")
    return None


def address(directory: Directory, service_id: str) -> str | None:
    """The first address, as one line."""
    for location in locations(directory, service_id):
        line = location_address(directory, location["id"])
        if line is not None:
            return line
        if location.get("name"):
            return location["name"]
    return None


def map_search(query: str) -> str:
    """An OpenStreetMap search (opens in the phone's browser or maps app)."""
    from urllib.parse import quote_plus

    return "https://www.openstreetmap.org/search?query=" + quote_plus(query)


def map_search_url(directory: Directory, service_id: str) -> str | None:
    """A map search for the first street address with a postcode, or None."""
    for location in locations(directory, service_id):
        postcodes = [
            r.get("postal_code")
            for r in directory.tables["address"]
            if r["location_id"] == location["id"]
        ]
        if any(p and p != "unknown" for p in postcodes):
            return map_search(location_address(directory, location["id"]) or "")
    return None


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def search(
    directory: Directory,
    term: str,
    *,
    area: str | None,
    now: datetime,
    tz: ZoneInfo,
    location: tuple[float, float] | None = None,
    open_now: bool = False,
    language: str | None = None,
    district: str | None = None,
) -> list[Result]:
    """Active services for a need: local ones for the area (or all, with a location), then
    national ones. With a location, those with coordinates come first, nearest first. With a
    district (a part of the city), local services there come first; the rest of the city
    still follows, since people can travel."""
    services = directory.by_id("service")
    results: list[Result] = []
    for attr in directory.tables["attribute"]:
        if attr["taxonomy_term_id"] != term or attr["link_type"] != "service":
            continue
        service = services.get(attr["link_id"])
        if service is None or service["status"] != "active":
            continue
        if location is None and service["area"] not in ("national", area):
            continue
        if any(r.service_id == service["id"] for r in results):
            continue
        when = opening(directory, service["id"], now, tz)
        if open_now and when.kind not in ("now", "always"):
            continue
        if language and language.split("-")[0] not in {
            c.split("-")[0] for c in languages(directory, service["id"])
        }:
            continue
        coords = coordinates(directory, service["id"])
        km = distance_km(location, coords) if location and coords else None
        results.append(Result(service["id"], service["name"], term, km, when))

    def order(result: Result) -> tuple:
        national = services[result.service_id]["area"] == "national"
        if location is not None:
            return (result.distance_km is None, result.distance_km or 0.0, national)
        elsewhere = district is not None and district not in directory.service_districts(
            result.service_id
        )
        return (national, elsewhere, result.name)

    results.sort(key=order)
    return results
