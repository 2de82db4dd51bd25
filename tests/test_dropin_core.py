"""The pure core of drop-in booking: programme files (real and broken), occurrences across
the clock changes and bank holidays, exceptions and runtime closures, slots and places,
occurrence keys, and the calendar file for a booking."""

from __future__ import annotations

import itertools
import shutil
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from bot.directory import load_directory
from bot.dropin import (
    DropinData,
    Occurrence,
    RotaEntry,
    SessionRule,
    bank_holidays,
    bookable,
    booking_ics,
    capacity,
    load_dropins,
    occurrence,
    occurrences,
    parse_key,
    slots,
    upcoming_slots,
)
from bot.i18n import project_root

ROOT = project_root()
HERE = Path(__file__).parent
LONDON = ZoneInfo("Europe/London")
# Last Sundays of March and October: the clocks go forward, then back.
CLOCK_CHANGES = (date(2026, 3, 29), date(2026, 10, 25), date(2027, 3, 28), date(2027, 10, 31))


@pytest.fixture(scope="module")
def directory():
    return load_directory(ROOT / "directory")


def load(folder: Path, directory) -> DropinData:
    return load_dropins(
        folder,
        location_ids=set(directory.by_id("location")),
        taxonomy_terms=directory.terms,
        organization_ids={r["id"] for r in directory.tables["organization"]},
    )


@pytest.fixture(scope="module")
def data(directory) -> DropinData:
    loaded = load(HERE / "dropin_fixture", directory)
    assert loaded.errors == []
    return loaded


def utc(occ: Occurrence) -> tuple[str, str]:
    return (f"{occ.start.astimezone(UTC):%H:%M}", f"{occ.end.astimezone(UTC):%H:%M}")


# --- Loading ---------------------------------------------------------------------------------


def test_real_dropin_files_load_against_the_real_directory(directory) -> None:
    assert directory.errors == []
    real = load(ROOT / "directory" / "dropin", directory)
    assert [str(e) for e in real.errors] == []
    assert real.programmes["newcastle-interaction"]["organization"] == "action-foundation"
    assert {s.location_id for s in real.sessions.values()} == {
        "action-foundation-castlegate",
        "action-foundation-west-end-library",
    }
    # S81: every Thursday. Times are placeholders, so they are marked and warned about.
    assert {s.byday for s in real.sessions.values()} == {3}
    assert not any(s.times_confirmed for s in real.sessions.values())
    for session in real.sessions.values():
        assert any(
            f"session {session.id}: times not confirmed - check with the drop-in and set "
            "times_confirmed: true" in str(w)
            for w in real.warnings
        )
        assert real.session_area(session.id) == "newcastle"
        for entry in session.rota:
            assert set(entry.terms) <= directory.terms
            assert entry.label_key == f"dropin-role-{entry.role}"


def test_fixture_loads_with_sessions_extras_and_exceptions(data: DropinData) -> None:
    assert set(data.sessions) == {"thu-am", "mon-pm", "thu-am-x1", "thu-am-x2"}
    thu = data.sessions["thu-am"]
    assert (thu.byday, thu.start, thu.end, thu.times_confirmed) == (3, time(10), time(13), True)
    assert [r.role for r in thu.rota] == ["immigration", "casework"]
    extra = data.sessions["thu-am-x1"]
    assert (extra.byday, extra.valid_from, extra.valid_to) == (
        -1,
        date(2026, 12, 29),
        date(2026, 12, 29),
    )
    assert extra.rota == thu.rota
    assert extra.times_confirmed  # inherited from thu-am
    assert not data.sessions["thu-am-x2"].times_confirmed  # said so explicitly
    kinds = sorted((e.date.isoformat(), e.session, e.kind) for e in data.exceptions)
    assert kinds == [
        ("2026-12-24", "thu-am", "closed"),
        ("2026-12-28", "mon-pm", "open"),
        ("2026-12-29", "thu-am-x1", "extra"),
        ("2026-12-30", "thu-am-x2", "closed"),
        ("2026-12-30", "thu-am-x2", "extra"),
        ("2026-12-31", "thu-am", "closed"),
        ("2027-01-07", "thu-am", "hours"),
    ]
    assert data.session_area("thu-am") == "newcastle"
    assert data.session_area("nope") is None
    assert data.sessions_for(tier="immigration_adviser") == ["thu-am", "thu-am-x1", "thu-am-x2"]
    assert data.sessions_for(term="esol-classes") == ["mon-pm"]
    unconfirmed = "times not confirmed - check with the drop-in and set times_confirmed: true"
    assert {w.text for w in data.warnings} == {
        f"session mon-pm: {unconfirmed}",
        f"session thu-am-x2: {unconfirmed}",
    }


def test_a_missing_folder_means_no_dropins(tmp_path: Path) -> None:
    empty = load_dropins(tmp_path / "none")
    assert (empty.sessions, empty.errors) == ({}, [])


@pytest.mark.parametrize(
    "fixture", sorted((HERE / "dropin_broken").glob("*.yaml")), ids=lambda p: p.stem
)
def test_broken_dropin_file_is_rejected_precisely(tmp_path: Path, fixture: Path, directory) -> None:
    shutil.copy(fixture, tmp_path)
    expected = fixture.read_text().splitlines()[0].removeprefix("# expect: ")
    problems = [str(p) for p in load(tmp_path, directory).errors]
    assert any(expected in p for p in problems), problems


def test_references_across_programme_files(tmp_path: Path, directory) -> None:
    fixture = (HERE / "dropin_fixture" / "test-programme.yaml").read_text()
    (tmp_path / "a.yaml").write_text(fixture)
    other = fixture.replace("id: test-programme", "id: other-programme").split("sessions:")[0]
    (tmp_path / "b.yaml").write_text(
        other
        + "sessions:\n"
        + fixture.split("sessions:\n")[1].split("  - id: mon-pm")[0]
        + "exceptions:\n  - {date: 2026-12-07, session: mon-pm, closed: true, reason: staff}\n"
    )
    problems = [str(p).replace(f"{tmp_path}/", "") for p in load(tmp_path, directory).errors]
    assert problems == [
        "b.yaml:12: duplicate session id 'thu-am' (first at a.yaml:12)",
        "b.yaml:32: exception 2026-12-07 mon-pm: session 'mon-pm' does not match any session "
        "in other-programme",
    ]


def test_soft_problems_are_warnings(tmp_path: Path, directory) -> None:
    text = (HERE / "dropin_fixture" / "test-programme.yaml").read_text()
    text = text.replace(
        "exceptions:\n",
        "exceptions:\n"
        "  - {date: 2027-01-14, session: thu-am, open: true}\n"
        '  - {date: 2025-12-25, session: thu-am, start: "10:00", end: "12:00"}\n'
        '  - {date: 2027-01-18, session: mon-pm, start: "14:00", end: "14:30"}\n',
    )
    (tmp_path / "p.yaml").write_text(text)
    loaded = load(tmp_path, directory)
    assert loaded.errors == []
    texts = [w.text for w in loaded.warnings]
    assert (
        "exception 2027-01-14 thu-am: open has no effect, 2027-01-14 is not a bank holiday" in texts
    )
    assert any("2025-12-25 is a bank holiday, so the session stays closed" in t for t in texts)
    assert any("role esol keeps 3 places for walk-ins but has only 2" in t for t in texts)


# --- Occurrences -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2026-12-03", ("10:00", "13:00")),  # winter: GMT = UTC
        ("2026-07-02", ("09:00", "12:00")),  # summer: BST = UTC+1
        ("2026-03-26", ("10:00", "13:00")),  # the Thursday before the clocks go forward
        ("2026-04-02", ("09:00", "12:00")),  # the Thursday after
        ("2026-10-22", ("09:00", "12:00")),  # the Thursday before the clocks go back
        ("2026-10-29", ("10:00", "13:00")),  # the Thursday after
        ("2027-03-25", ("10:00", "13:00")),
        ("2027-04-01", ("09:00", "12:00")),
        ("2027-10-28", ("09:00", "12:00")),
        ("2027-11-04", ("10:00", "13:00")),
    ],
)
def test_a_thursday_session_is_10_local_in_utc_across_clock_changes(
    data: DropinData, day: str, expected: tuple[str, str]
) -> None:
    occ = occurrence(data, "thu-am", date.fromisoformat(day), LONDON)
    assert occ is not None
    assert f"{occ.start:%H:%M}" == "10:00"
    assert occ.start.tzinfo is LONDON
    assert utc(occ) == expected
    assert not occ.closed


def test_occurrences_span_the_clock_change_weeks_in_order(data: DropinData) -> None:
    found = occurrences(data, date(2026, 10, 19), date(2026, 11, 5), LONDON)
    assert [(o.key, utc(o)[0]) for o in found] == [
        ("thu-am:20261022", "09:00"),
        ("thu-am:20261029", "10:00"),
        ("mon-pm:20261102", "14:00"),  # valid_from 2026-11-02
        ("thu-am:20261105", "10:00"),
    ]
    assert occurrences(data, date(2026, 11, 5), date(2026, 11, 1), LONDON) == []


def test_christmas_day_2025_is_closed_as_a_bank_holiday(data: DropinData) -> None:
    assert date(2025, 12, 25) in bank_holidays([2025])
    occ = occurrence(data, "thu-am", date(2025, 12, 25), LONDON)
    assert occ is not None
    assert (occ.closed, occ.reason) == (True, "holiday")
    assert slots(occ, "immigration") == []
    assert capacity(occ, "immigration") == 0
    assert bookable(occ, "immigration") == 0
    new_year = occurrence(data, "thu-am", date(2026, 1, 1), LONDON)
    assert new_year is not None
    assert new_year.closed
    assert new_year.reason == "holiday"


def test_an_open_exception_overrides_a_bank_holiday(data: DropinData) -> None:
    boxing_day_observed = date(2026, 12, 28)
    assert boxing_day_observed in bank_holidays([2026])
    occ = occurrence(data, "mon-pm", boxing_day_observed, LONDON)
    assert occ is not None
    assert not occ.closed
    without = replace(data, exceptions=[e for e in data.exceptions if e.kind != "open"])
    occ = occurrence(without, "mon-pm", boxing_day_observed, LONDON)
    assert occ is not None
    assert (occ.closed, occ.reason) == (True, "holiday")


def test_closure_exceptions_keep_times_and_give_a_reason(data: DropinData) -> None:
    eve = occurrence(data, "thu-am", date(2026, 12, 24), LONDON)
    assert eve is not None
    assert (eve.closed, eve.reason) == (True, "holiday")
    assert utc(eve) == ("10:00", "13:00")
    snow = occurrence(data, "thu-am", date(2026, 12, 31), LONDON)
    assert snow is not None
    assert (snow.closed, snow.reason) == (True, "weather")


def test_changed_hours(data: DropinData) -> None:
    occ = occurrence(data, "thu-am", date(2027, 1, 7), LONDON)
    assert occ is not None
    assert not occ.closed
    assert (f"{occ.start:%H:%M}", f"{occ.end:%H:%M}") == ("10:00", "12:00")
    assert capacity(occ, "immigration") == 4
    assert bookable(occ, "immigration") == 2
    assert capacity(occ, "casework") == 12  # 6 slots of 20 minutes x 2 advisers


def test_an_extra_session(data: DropinData) -> None:
    found = occurrences(data, date(2026, 12, 29), date(2026, 12, 29), LONDON)
    assert [o.key for o in found] == ["thu-am-x1:20261229"]  # a Tuesday
    occ = found[0]
    assert occ.extra
    assert not occ.closed
    assert occ.times_confirmed
    assert occ.location_id == "action-foundation-castlegate"
    assert [r.role for r in occ.rota] == ["immigration", "casework"]
    assert [f"{s.start:%H:%M}" for s in slots(occ, "immigration")] == [
        "10:00",
        "10:30",
        "11:00",
        "11:30",
    ]
    cancelled = occurrence(data, "thu-am-x2", date(2026, 12, 30), LONDON)
    assert cancelled is not None
    assert cancelled.extra
    assert cancelled.reason == "staff"
    assert occurrence(data, "thu-am-x1", date(2027, 1, 5), LONDON) is None


def test_valid_from_and_valid_to_are_respected(data: DropinData) -> None:
    mondays = [
        o.day.isoformat()
        for o in occurrences(data, date(2026, 10, 1), date(2027, 3, 1), LONDON)
        if o.session_id == "mon-pm"
    ]
    assert mondays[0] == "2026-11-02"
    assert mondays[-1] == "2027-01-25"
    assert len(mondays) == 13
    assert occurrence(data, "mon-pm", date(2026, 10, 26), LONDON) is None
    assert occurrence(data, "mon-pm", date(2027, 2, 1), LONDON) is None
    assert occurrence(data, "thu-am", date(2026, 12, 2), LONDON) is None  # a Wednesday
    assert occurrence(data, "nope", date(2026, 12, 3), LONDON) is None


def test_runtime_closures_are_applied_last(data: DropinData) -> None:
    closures = {
        ("thu-am", date(2026, 12, 3)): "building",
        ("mon-pm", date(2026, 12, 28)): "staff",  # beats the open exception
        ("thu-am", date(2026, 12, 24)): "weather",  # replaces the file's reason
    }
    found = {
        o.key: o
        for o in occurrences(data, date(2026, 12, 1), date(2026, 12, 31), LONDON, closures=closures)
    }
    assert (found["thu-am:20261203"].closed, found["thu-am:20261203"].reason) == (True, "building")
    assert found["mon-pm:20261228"].reason == "staff"
    assert found["thu-am:20261224"].reason == "weather"
    assert not found["thu-am:20261210"].closed
    single = occurrence(data, "thu-am", date(2026, 12, 3), LONDON, closures=closures)
    assert single is not None
    assert single.closed


# --- Slots -----------------------------------------------------------------------------------


def test_slots_places_and_walk_ins(data: DropinData) -> None:
    occ = occurrence(data, "thu-am", date(2026, 12, 3), LONDON)
    assert occ is not None
    immigration = slots(occ, "immigration")
    assert [f"{s.start:%H:%M}-{s.end:%H:%M}" for s in immigration] == [
        "10:00-10:30",
        "10:30-11:00",
        "11:00-11:30",
        "11:30-12:00",
        "12:00-12:30",
        "12:30-13:00",
    ]
    assert {(s.places, s.role, s.session_id, s.day) for s in immigration} == {
        (1, "immigration", "thu-am", date(2026, 12, 3))
    }
    assert capacity(occ, "immigration") == 6
    assert bookable(occ, "immigration") == 4
    assert bookable(occ, "immigration", walk_in=5) == 1
    assert bookable(occ, "immigration", walk_in=9) == 0
    assert bookable(occ, "immigration", walk_in=0) == 6
    assert len(slots(occ, "casework")) == 9
    assert capacity(occ, "casework") == 18
    assert bookable(occ, "casework") == 18
    assert slots(occ, "esol") == []
    assert capacity(occ, "esol") == 0
    assert bookable(occ, "esol") == 0


def test_upcoming_slots_drop_past_and_too_soon(data: DropinData) -> None:
    occ = occurrence(data, "thu-am", date(2026, 7, 2), LONDON)  # summer: 10:00 BST = 09:00Z
    assert occ is not None
    now = datetime(2026, 7, 2, 9, 40, tzinfo=UTC)  # 10:40 local
    assert [f"{s.start:%H:%M}" for s in upcoming_slots(occ, "immigration", now)] == [
        "11:30",
        "12:00",
        "12:30",
    ]
    exactly = datetime(2026, 7, 2, 11, 0, tzinfo=LONDON)  # 11:30 is exactly 30 min ahead
    assert f"{upcoming_slots(occ, 'immigration', exactly)[0].start:%H:%M}" == "11:30"
    later = upcoming_slots(occ, "immigration", now, min_lead=timedelta(minutes=90))
    assert [f"{s.start:%H:%M}" for s in later] == ["12:30"]
    assert upcoming_slots(occ, "immigration", datetime(2026, 7, 2, 12, tzinfo=UTC)) == []
    assert len(upcoming_slots(occ, "immigration", datetime(2026, 7, 1, tzinfo=UTC))) == 6
    with pytest.raises(ValueError, match="aware"):
        upcoming_slots(occ, "immigration", datetime(2026, 7, 2, 9, 40))  # noqa: DTZ001


# --- Properties over random sessions ---------------------------------------------------------


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def _uk_offset(day: date) -> timedelta:
    """UTC offset of UK daytime, worked out without zoneinfo."""
    summer = _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)
    return timedelta(hours=1 if summer else 0)


@st.composite
def random_case(draw):
    slot = draw(st.sampled_from([5, 10, 15, 20, 30, 45, 60, 90]))
    start = draw(st.integers(3 * 60, 22 * 60 - slot)) // 5 * 5
    count = draw(st.integers(1, max(1, (23 * 60 + 59 - start) // slot)))
    end = start + count * slot
    advisers = draw(st.integers(1, 3))
    entry = RotaEntry(
        role="r",
        terms=("drop-in",),
        tiers=("volunteer",),
        slot_minutes=slot,
        advisers=advisers,
        walk_in=draw(st.integers(0, count * advisers)),
    )
    rule = SessionRule(
        id="s",
        programme="p",
        location_id="loc",
        byday=draw(st.integers(0, 6)),
        start=time(start // 60, start % 60),
        end=time(end // 60, end % 60),
        valid_from=None,
        valid_to=None,
        times_confirmed=True,
        rota=(entry,),
    )
    first = draw(st.sampled_from(CLOCK_CHANGES)) + timedelta(days=draw(st.integers(-21, 14)))
    last = first + timedelta(days=draw(st.integers(0, 21)))
    span = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    closed = draw(st.sets(st.sampled_from(span)))
    closures = {("s", d): draw(st.sampled_from(["weather", "staff"])) for d in closed}
    now = datetime.combine(first, time(), tzinfo=UTC) + timedelta(
        minutes=draw(st.integers(0, ((last - first).days + 1) * 24 * 60))
    )
    data = DropinData(sessions={"s": rule}, programmes={"p": {"bank_holidays": "england"}})
    return data, rule, first, last, closures, now


@settings(max_examples=150, deadline=None)
@given(random_case())
def test_slot_properties_over_random_sessions(case) -> None:
    data, rule, first, last, closures, now = case
    found = occurrences(data, first, last, LONDON, closures=closures)
    holidays = bank_holidays({first.year, last.year})
    expected_days = [
        first + timedelta(days=i)
        for i in range((last - first).days + 1)
        if (first + timedelta(days=i)).weekday() == rule.byday
    ]
    assert [o.day for o in found] == expected_days
    step = timedelta(minutes=rule.rota[0].slot_minutes)
    for occ in found:
        closed_day = occ.day in holidays or ("s", occ.day) in closures
        assert occ.closed == closed_day
        listed = slots(occ, "r")
        soon = upcoming_slots(occ, "r", now)
        if closed_day:
            assert listed == []
            assert soon == []
            assert bookable(occ, "r") == 0
            continue
        # The session itself is at its wall-clock time, with the right UTC offset.
        assert occ.start.astimezone(UTC).replace(tzinfo=None) == (
            datetime.combine(occ.day, rule.start) - _uk_offset(occ.day)
        )
        # Slots tile the session exactly, without overlapping, each one slot long.
        assert listed[0].start == occ.start
        assert listed[-1].end == occ.end
        for a, b in itertools.pairwise(listed):
            assert a.end == b.start
        for s in listed:
            assert s.end.astimezone(UTC) - s.start.astimezone(UTC) == step
            local_start, local_end = s.start.astimezone(LONDON), s.end.astimezone(LONDON)
            assert local_start.weekday() == rule.byday == s.day.weekday()
            assert rule.start <= local_start.time()
            assert local_end.time() <= rule.end
            assert local_end.date() == s.day
        assert capacity(occ, "r") == len(listed) * rule.rota[0].advisers
        assert 0 <= bookable(occ, "r") <= capacity(occ, "r")
        # Upcoming: exactly the slots at least 30 minutes away.
        threshold = now + timedelta(minutes=30)
        assert all(s.start >= threshold for s in soon)
        assert [s for s in listed if s.start >= threshold] == soon


# --- Keys ------------------------------------------------------------------------------------


def test_keys_round_trip_and_are_short(data: DropinData) -> None:
    found = occurrences(data, date(2025, 12, 1), date(2027, 2, 1), LONDON)
    assert found
    for occ in found:
        assert parse_key(occ.key) == (occ.session_id, occ.day)
        assert len(occ.key.encode()) <= 30
    longest = replace(found[0], session_id="a" * 16)
    assert len(longest.key.encode()) == 25
    assert parse_key(longest.key) == ("a" * 16, found[0].day)


@pytest.mark.parametrize(
    "key",
    [
        "",
        "thu-am",
        "thu-am:",
        ":20261203",
        "thu-am:2026123",
        "thu-am:202612031",
        "thu-am:20261332",
        "thu-am:20260230",
        "thu-am:2026-12-03",
        "Thu-am:20261203",
        "thu_am:20261203",
        "-thu:20261203",
        "a" * 17 + ":20261203",
        "thu-am:20261203:x",
        "thu-am:20261203\n",
        "thu-am:２０２６１２０３",
    ],
)
def test_malformed_keys_are_none(key: str) -> None:
    assert parse_key(key) is None


# --- Calendar file ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "utc_start"),
    [
        (datetime(2027, 7, 1, 10, 0, tzinfo=LONDON), datetime(2027, 7, 1, 9, 0, tzinfo=UTC)),
        (datetime(2026, 12, 3, 10, 0, tzinfo=LONDON), datetime(2026, 12, 3, 10, 0, tzinfo=UTC)),
    ],
)
def test_booking_ics(start: datetime, utc_start: datetime) -> None:
    address = "CastleGate, Melbourne Street, Newcastle upon Tyne, NE1 2JQ"
    raw = booking_ics(
        uid="booking-42@firstport",
        summary="Drop-in: casework",
        description="Bring your letters.",
        start=start,
        end=start + timedelta(minutes=30),
        location=address,
        stamp=datetime(2026, 11, 20, 8, 15, tzinfo=UTC),
        alarm_text="Drop-in in 2 hours",
    )
    assert isinstance(raw, bytes)
    calendar = Calendar.from_ical(raw)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["PRODID"])
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    [event] = calendar.walk("VEVENT")
    assert str(event["UID"]) == "booking-42@firstport"
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert event["DTEND"].params["TZID"] == "Europe/London"
    assert event.decoded("DTSTART").astimezone(UTC) == utc_start
    assert event.decoded("DTEND").astimezone(UTC) == utc_start + timedelta(minutes=30)
    assert event.decoded("DTSTAMP") == datetime(2026, 11, 20, 8, 15, tzinfo=UTC)
    assert b"DTSTAMP:20261120T081500Z" in raw
    assert str(event["LOCATION"]) == address
    assert str(event["SUMMARY"]) == "Drop-in: casework"
    assert str(event["DESCRIPTION"]) == "Bring your letters."
    [alarm] = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(hours=-2)
    assert b"TRIGGER:-PT2H" in raw
    assert str(alarm["DESCRIPTION"]) == "Drop-in in 2 hours"


def test_booking_ics_from_a_slot_and_its_checks(data: DropinData) -> None:
    occ = occurrence(data, "thu-am", date(2027, 7, 1), LONDON)
    assert occ is not None
    slot = slots(occ, "immigration")[0]
    raw = booking_ics(
        uid="b1",
        summary="S",
        description="D",
        start=slot.start,
        end=slot.end,
        location="CastleGate",
        stamp=datetime(2027, 6, 1, tzinfo=UTC),
        alarm_before=timedelta(hours=1),
    )
    [alarm] = Calendar.from_ical(raw).walk("VALARM")
    assert alarm.decoded("TRIGGER") == timedelta(hours=-1)
    assert str(alarm["DESCRIPTION"]) == "S"  # no alarm text: the summary
    assert b"DTSTART;TZID=Europe/London:20270701T100000" in raw
    with pytest.raises(ValueError, match="aware"):
        booking_ics(
            uid="b",
            summary="S",
            description="D",
            start=datetime(2027, 7, 1, 10),  # noqa: DTZ001
            end=slot.end,
            location="L",
            stamp=slot.start,
        )
