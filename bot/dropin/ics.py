"""A calendar file (.ics, RFC 5545) for a booked drop-in slot, so a person can add it to
their phone's calendar with a reminder. The caller passes every text already localised."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone

PRODID = "-//Firstport//Drop-in booking//EN"


def _aware(name: str, value: datetime) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")


def booking_ics(
    *,
    uid: str,
    summary: str,
    description: str,
    start: datetime,
    end: datetime,
    location: str,
    stamp: datetime,
    alarm_before: timedelta = timedelta(hours=2),
    tz_name: str = "Europe/London",
    alarm_text: str = "",
) -> bytes:
    """A VCALENDAR (METHOD:PUBLISH) with a VTIMEZONE for `tz_name` and one VEVENT: UID,
    DTSTAMP in UTC, DTSTART/DTEND with TZID=`tz_name`, SUMMARY, DESCRIPTION, LOCATION, and a
    display alarm `alarm_before` the start (its text is `alarm_text`, or the summary).
    `start`, `end` and `stamp` must be aware; any zone is converted to `tz_name`."""
    for name, value in (("start", start), ("end", end), ("stamp", stamp)):
        _aware(name, value)
    if end <= start:
        raise ValueError("end must be after start")
    tz = ZoneInfo(tz_name)
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # Only the transitions around the event, so the file stays small (a few hundred bytes
    # instead of 1970-2038); calendar apps match the TZID by name anyway.
    calendar.add_component(
        Timezone.from_tzinfo(
            tz,
            tzid=tz_name,
            first_date=date(local_start.year - 1, 1, 1),
            last_date=date(local_end.year + 2, 1, 1),
        )
    )

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("dtstart", local_start)
    event.add("dtend", local_end)
    event.add("summary", summary)
    event.add("description", description)
    event.add("location", location)
    event.add("transp", "OPAQUE")

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", -alarm_before)
    alarm.add("description", alarm_text or summary)
    event.add_component(alarm)

    calendar.add_component(event)
    return calendar.to_ical()
