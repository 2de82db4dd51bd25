"""Drop-in programmes as data: weekly sessions at directory locations, the rota of roles at
each session (how long a slot is, how many advisers, how many places are kept for walk-ins),
and dated exceptions (closed, changed hours, open on a bank holiday, an extra session).

Files live in `directory/dropin/*.yaml` (format in `directory/README.md`, "Drop-in
sessions"). Loading is strict and collects every problem with file:line, like the
directory: a caseworker editing a rota must hear about a mistake before a person books a
slot that does not exist. Messages are for staff (`python -m bot check`), so English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any

import yaml

from bot import yamlload
from bot.directory import AREAS, DAYS, ID_RE, TIME_RE, Problem
from bot.dropin.bankholidays import bank_holidays
from bot.triage.model import TIERS

SCHEMA_VERSION = "1"
# Session ids and roles go into callback data, so they are short and plain.
SESSION_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,15}", re.ASCII)
ROLE_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,11}", re.ASCII)
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
INT_RE = re.compile(r"-?\d+", re.ASCII)
CLOSURE_REASONS = ("holiday", "weather", "staff", "building", "other")
BANK_HOLIDAYS = ("england", "none")
EXCEPTION_KINDS = ("closed", "hours", "open", "extra")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Wall-clock times that Europe/London skips (last Sunday of March) or repeats (last Sunday
# of October). A session touching them would have slots that do not exist or happen twice.
CLOCK_CHANGE = (time(1, 0), time(2, 0))
_NULLS = {"", "~", "null", "Null", "NULL"}
_META = {"__line__", "__lines__"}


@dataclass(frozen=True)
class RotaEntry:
    """One role at a session: who it is for, and how its places are made."""

    role: str
    terms: tuple[str, ...]
    tiers: tuple[str, ...]
    slot_minutes: int
    advisers: int
    walk_in: int

    @property
    def label_key(self) -> str:
        """The message key of the role's label."""
        return f"dropin-role-{self.role}"


@dataclass(frozen=True)
class SessionRule:
    """A weekly session (`byday` 0 = Monday), or an extra one-off session (`byday` -1, on
    `valid_from` == `valid_to`). Times are Europe/London wall-clock times."""

    id: str
    programme: str
    location_id: str
    byday: int
    start: time
    end: time
    valid_from: date | None
    valid_to: date | None
    times_confirmed: bool
    rota: tuple[RotaEntry, ...]

    @property
    def extra(self) -> bool:
        """Whether this is a one-off extra session."""
        return self.byday < 0

    def role(self, role: str) -> RotaEntry | None:
        """The rota entry for a role, if the session has it."""
        return next((r for r in self.rota if r.role == role), None)

    def runs_on(self, day: date) -> bool:
        """Whether the rule puts a session on this day (before exceptions and holidays)."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        if self.valid_to is not None and day > self.valid_to:
            return False
        return self.extra or day.weekday() == self.byday


@dataclass(frozen=True)
class SessionException:
    """A dated change to a session: `closed` (with a reason code), `hours` (changed times),
    `open` (open despite a bank holiday, optionally with changed times) or `extra` (a one-off
    session `session` at `location_id`, with the rota of `rota_from`)."""

    date: date
    session: str
    kind: str
    start: time | None = None
    end: time | None = None
    reason: str | None = None
    location_id: str | None = None
    rota_from: str | None = None


@dataclass
class DropinData:
    """Every drop-in programme, its sessions and exceptions, and the problems found."""

    sessions: dict[str, SessionRule] = field(default_factory=dict)
    exceptions: list[SessionException] = field(default_factory=list)
    programmes: dict[str, dict[str, Any]] = field(default_factory=dict)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def session_area(self, session_id: str) -> str | None:
        """The area (e.g. `newcastle`) of the programme a session belongs to."""
        rule = self.sessions.get(session_id)
        if rule is None:
            return None
        return self.programmes.get(rule.programme, {}).get("area")

    def sessions_at(self, location_id: str) -> list[SessionRule]:
        """The sessions (weekly and extra) held at a directory location."""
        return [s for s in self.sessions.values() if s.location_id == location_id]

    def sessions_for(self, *, term: str | None = None, tier: str | None = None) -> list[str]:
        """Ids of sessions with a role for this taxonomy term and/or triage tier."""
        return [
            s.id
            for s in self.sessions.values()
            if any(
                (term is None or term in r.terms) and (tier is None or tier in r.tiers)
                for r in s.rota
            )
        ]


# --- YAML with a line for every key ------------------------------------------------------


class _Loader(yamlload.StringLoader):
    """Every scalar a string; each mapping gets `__line__` and `__lines__` (key -> line)."""


def _mapping(loader: yaml.BaseLoader, node: yaml.MappingNode) -> dict[str, Any]:
    lines: dict[str, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if not isinstance(key, str):
            raise yaml.constructor.ConstructorError(
                None, None, "keys must be plain words", key_node.start_mark
            )
        if key in lines:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        lines[key] = key_node.start_mark.line + 1
    mapping = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    mapping["__line__"] = node.start_mark.line + 1
    mapping["__lines__"] = lines
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def _load_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise yamlload.YamlError(
            path, mark.line + 1 if mark else 1, f"YAML: {exc.problem or exc}"
        ) from None


# --- Reading values ------------------------------------------------------------------------


class _File:
    """One file being read: where problems go, and typed access to its values."""

    def __init__(self, path: Path, data: DropinData) -> None:
        self.path = path
        self.data = data
        self.failed = False

    def error(self, line: int, text: str) -> None:
        self.failed = True
        self.data.errors.append(Problem(self.path, line, text))

    def warn(self, line: int, text: str) -> None:
        self.data.warnings.append(Problem(self.path, line, text, True))

    @staticmethod
    def line(m: dict[str, Any], key: str | None = None) -> int:
        if key is not None and key in m.get("__lines__", {}):
            return int(m["__lines__"][key])
        return int(m.get("__line__", 1))

    @staticmethod
    def raw(m: dict[str, Any], key: str) -> Any:
        value = m.get(key)
        return None if isinstance(value, str) and value.strip() in _NULLS else value

    def fields(self, m: dict[str, Any], what: str, required: set[str], optional: set[str]) -> bool:
        """Report missing and unknown fields; False if any."""
        ok = True
        missing = sorted(k for k in required if self.raw(m, k) is None)
        if missing:
            self.error(self.line(m), f"{what}: missing {missing}")
            ok = False
        unknown = sorted(k for k in m if k not in required | optional | _META)
        if unknown:
            self.error(self.line(m, unknown[0]), f"{what}: unknown field(s) {unknown}")
            ok = False
        return ok

    def text(self, m: dict[str, Any], key: str, what: str) -> str | None:
        value = self.raw(m, key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.error(self.line(m, key), f"{what}: {key} must be text")
            return None
        return value.strip()

    def hhmm(self, m: dict[str, Any], key: str, what: str) -> time | None:
        value = self.text(m, key, what)
        if value is None:
            return None
        if not TIME_RE.match(value):
            self.error(self.line(m, key), f"{what}: {key} {value!r} must be HH:MM")
            return None
        return time.fromisoformat(value)

    def day(self, m: dict[str, Any], key: str, what: str) -> date | None:
        value = self.text(m, key, what)
        if value is None:
            return None
        try:
            if not DATE_RE.fullmatch(value):
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError:
            self.error(self.line(m, key), f"{what}: {key} {value!r} must be a date YYYY-MM-DD")
            return None

    def number(self, m: dict[str, Any], key: str, what: str) -> int | None:
        value = self.text(m, key, what)
        if value is None:
            return None
        if not INT_RE.fullmatch(value):
            self.error(self.line(m, key), f"{what}: {key} {value!r} must be a whole number")
            return None
        return int(value)

    def flag(self, m: dict[str, Any], key: str, what: str) -> bool | None:
        value = self.text(m, key, what)
        if value is None:
            return None
        if value not in ("true", "false"):
            self.error(self.line(m, key), f"{what}: {key} {value!r} must be true or false")
            return None
        return value == "true"

    def words(self, m: dict[str, Any], key: str, what: str) -> list[str] | None:
        value = self.raw(m, key)
        if value is None:
            return None
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            self.error(self.line(m, key), f"{what}: {key} must be a list like [a, b]")
            return None
        return [v.strip() for v in value]

    def mappings(self, m: dict[str, Any], key: str, what: str) -> list[dict[str, Any]]:
        value = self.raw(m, key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.error(self.line(m, key), f"{what}: {key} must be a list of mappings")
            return []
        return value


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _times_problem(start: time, end: time) -> str | None:
    """Why a session's times are unusable, or None."""
    if start >= end:
        return f"start {start:%H:%M} must be before end {end:%H:%M}"
    if start < CLOCK_CHANGE[1] and end > CLOCK_CHANGE[0]:
        return (
            "times between 01:00 and 02:00 are skipped or repeated when the clocks change; "
            "a session must not include them"
        )
    return None


def _capacity(entry: RotaEntry, start: time, end: time) -> int:
    return (_minutes(end) - _minutes(start)) // entry.slot_minutes * entry.advisers


def _check_rota_fits(
    f: _File, line: int, what: str, rota: tuple[RotaEntry, ...], start: time, end: time
) -> None:
    """Slots must tile changed or extra hours; too few places for walk-ins is a warning."""
    length = _minutes(end) - _minutes(start)
    for entry in rota:
        if length % entry.slot_minutes:
            f.error(
                line,
                f"{what}: role {entry.role}'s slot_minutes {entry.slot_minutes} does not divide "
                f"the {length}-minute session ({start:%H:%M}-{end:%H:%M})",
            )
        elif entry.walk_in > _capacity(entry, start, end):
            f.warn(
                line,
                f"{what}: role {entry.role} keeps {entry.walk_in} places for walk-ins but has "
                f"only {_capacity(entry, start, end)} places then; nothing can be booked",
            )


# --- Loading -------------------------------------------------------------------------------

_TOP_REQUIRED = {
    "schema",
    "id",
    "organization",
    "area",
    "source",
    "assured_date",
    "assured_by",
    "sessions",
}
_TOP_OPTIONAL = {"bank_holidays", "exceptions"}
_SESSION_REQUIRED = {"id", "location", "byday", "start", "end", "rota"}
_SESSION_OPTIONAL = {"valid_from", "valid_to", "times_confirmed"}
_ROTA_FIELDS = {"role", "terms", "tiers", "slot_minutes", "advisers", "walk_in"}
_EXCEPTION_FIELDS = {
    "closed": ({"date", "session", "closed", "reason"}, set()),
    "hours": ({"date", "session", "start", "end"}, set()),
    "open": ({"date", "session", "open"}, {"start", "end"}),
    "extra": ({"date", "extra", "location", "start", "end", "rota_from"}, {"times_confirmed"}),
}

_ALL_EXCEPTION_FIELDS = {
    k for required, optional in _EXCEPTION_FIELDS.values() for k in required | optional
}


@dataclass
class _Context:
    location_ids: set[str] | None
    taxonomy_terms: set[str] | None
    organization_ids: set[str] | None
    # session id -> (file, line) of its first definition, including ones with errors
    seen: dict[str, tuple[Path, int]] = field(default_factory=dict)

    def broken_here(self, session_id: str, path: Path) -> bool:
        """Whether a session of this file was defined but rejected (already reported)."""
        return session_id in self.seen and self.seen[session_id][0] == path


def _rota_entry(
    f: _File, m: dict[str, Any], session: str, start: time | None, end: time | None, ctx: _Context
) -> RotaEntry | None:
    role = f.text(m, "role", f"session {session} rota")
    what = f"session {session} role {role or '?'}"
    ok = f.fields(m, what, _ROTA_FIELDS, set())
    if role is not None and not ROLE_RE.fullmatch(role):
        f.error(f.line(m, "role"), f"{what}: role must be 1-12 characters of a-z, 0-9 and -")
        ok = False
    terms = f.words(m, "terms", what)
    for term in terms or []:
        if ctx.taxonomy_terms is not None and (
            term not in ctx.taxonomy_terms or term == "eligibility"
        ):
            f.error(f.line(m, "terms"), f"{what}: taxonomy term {term!r} does not exist")
            ok = False
    tiers = f.words(m, "tiers", what)
    for tier in tiers or []:
        if tier not in TIERS:
            f.error(f.line(m, "tiers"), f"{what}: tier {tier!r} must be one of {', '.join(TIERS)}")
            ok = False
    slot = f.number(m, "slot_minutes", what)
    advisers = f.number(m, "advisers", what)
    walk_in = f.number(m, "walk_in", what)
    if slot is not None and slot <= 0:
        f.error(f.line(m, "slot_minutes"), f"{what}: slot_minutes must be more than 0")
        slot = None
    if advisers is not None and advisers < 1:
        f.error(f.line(m, "advisers"), f"{what}: advisers must be 1 or more")
        advisers = None
    if walk_in is not None and walk_in < 0:
        f.error(f.line(m, "walk_in"), f"{what}: walk_in must be 0 or more")
        walk_in = None
    if slot is not None and start is not None and end is not None and start < end:
        length = _minutes(end) - _minutes(start)
        if length % slot:
            f.error(
                f.line(m, "slot_minutes"),
                f"{what}: slot_minutes {slot} does not divide the {length}-minute session "
                f"({start:%H:%M}-{end:%H:%M})",
            )
            ok = False
        elif advisers is not None and walk_in is not None and walk_in > length // slot * advisers:
            f.error(
                f.line(m, "walk_in"),
                f"{what}: walk_in {walk_in} is more than the {length // slot * advisers} "
                "places in the session",
            )
            ok = False
    if (
        not ok
        or role is None
        or terms is None
        or tiers is None
        or slot is None
        or advisers is None
        or walk_in is None
    ):
        return None
    return RotaEntry(role, tuple(terms), tuple(tiers), slot, advisers, walk_in)


def _session_id(f: _File, m: dict[str, Any], key: str, what: str, ctx: _Context) -> str | None:
    sid = f.text(m, key, what)
    if sid is None:
        return None
    if not SESSION_ID_RE.fullmatch(sid):
        f.error(
            f.line(m, key),
            f"{what}: session id {sid!r} must be 1-16 characters of a-z, 0-9 and - "
            "(it goes into button data)",
        )
        return None
    if sid in ctx.seen:
        first_path, first_line = ctx.seen[sid]
        f.error(
            f.line(m, key),
            f"duplicate session id {sid!r} (first at {first_path.name}:{first_line})",
        )
        return None
    ctx.seen[sid] = (f.path, f.line(m, key))
    return sid


def _location(f: _File, m: dict[str, Any], what: str, ctx: _Context) -> str | None:
    location = f.text(m, "location", what)
    if location is not None and ctx.location_ids is not None and location not in ctx.location_ids:
        f.error(
            f.line(m, "location"),
            f"{what}: location {location!r} does not match any directory location",
        )
        return None
    return location


def _session(f: _File, m: dict[str, Any], programme: str, ctx: _Context) -> SessionRule | None:
    what = f"session {m.get('id') if isinstance(m.get('id'), str) else '?'}"
    ok = f.fields(m, what, _SESSION_REQUIRED, _SESSION_OPTIONAL)
    sid = _session_id(f, m, "id", what, ctx)
    location = _location(f, m, what, ctx)
    byday_text = f.text(m, "byday", what)
    byday: int | None = None
    if byday_text is not None:
        if byday_text in DAYS:
            byday = DAYS.index(byday_text)
        else:
            f.error(
                f.line(m, "byday"),
                f"{what}: byday {byday_text!r} must be one of {' '.join(DAYS)} (one day)",
            )
    start, end = f.hhmm(m, "start", what), f.hhmm(m, "end", what)
    if start is not None and end is not None and (problem := _times_problem(start, end)):
        f.error(f.line(m, "start"), f"{what}: {problem}")
        start = end = None
    valid_from, valid_to = f.day(m, "valid_from", what), f.day(m, "valid_to", what)
    if valid_from and valid_to and valid_from > valid_to:
        f.error(f.line(m, "valid_to"), f"{what}: valid_to must not be before valid_from")
    confirmed = f.flag(m, "times_confirmed", what)
    entries: list[RotaEntry] = []
    rota = f.mappings(m, "rota", what)
    if not rota and f.raw(m, "rota") is not None:
        f.error(f.line(m, "rota"), f"{what}: rota must list at least one role")
    roles: dict[str, int] = {}
    for item in rota:
        entry = _rota_entry(f, item, sid or "?", start, end, ctx)
        if entry is None:
            ok = False
            continue
        if entry.role in roles:
            f.error(
                f.line(item),
                f"{what}: role {entry.role!r} is listed twice (first at line {roles[entry.role]})",
            )
            ok = False
            continue
        roles[entry.role] = f.line(item)
        entries.append(entry)
    if (
        not ok
        or not entries
        or sid is None
        or location is None
        or byday is None
        or start is None
        or end is None
    ):
        return None
    if not confirmed:
        f.warn(
            f.line(m, "times_confirmed"),
            f"session {sid}: times not confirmed - check with the drop-in and set "
            "times_confirmed: true",
        )
    return SessionRule(
        id=sid,
        programme=programme,
        location_id=location,
        byday=byday,
        start=start,
        end=end,
        valid_from=valid_from,
        valid_to=valid_to,
        times_confirmed=bool(confirmed),
        rota=tuple(entries),
    )


def _kind(f: _File, m: dict[str, Any], what: str) -> str | None:
    if f.raw(m, "extra") is not None:
        return "extra"
    if f.raw(m, "closed") is not None and f.raw(m, "open") is not None:
        f.error(f.line(m), f"{what}: give closed or open, not both")
        return None
    for kind in ("closed", "open"):
        if f.raw(m, kind) is not None:
            flag = f.flag(m, kind, what)
            if flag is False:
                f.error(
                    f.line(m, kind),
                    f"{what}: {kind} must be true (to undo an exception, delete it)",
                )
                return None
            return kind if flag else None
    if f.raw(m, "start") is not None or f.raw(m, "end") is not None:
        return "hours"
    f.error(
        f.line(m),
        f"{what}: say what changes: closed: true, open: true, start and end, or extra",
    )
    return None


def _extra(
    f: _File,
    m: dict[str, Any],
    programme: str,
    rules: dict[str, SessionRule],
    ctx: _Context,
) -> tuple[SessionRule, SessionException] | None:
    day = f.day(m, "date", "exception")
    name = m.get("extra") if isinstance(m.get("extra"), str) else "?"
    what = f"exception {day or '?'} extra {name}"
    required, optional = _EXCEPTION_FIELDS["extra"]
    ok = f.fields(m, what, required, optional)
    sid = _session_id(f, m, "extra", what, ctx)
    location = _location(f, m, what, ctx)
    start, end = f.hhmm(m, "start", what), f.hhmm(m, "end", what)
    if start is not None and end is not None and (problem := _times_problem(start, end)):
        f.error(f.line(m, "start"), f"{what}: {problem}")
        start = end = None
    source_id = f.text(m, "rota_from", what)
    source = rules.get(source_id) if source_id is not None else None
    if source_id is not None and source is None:
        if ctx.broken_here(source_id, f.path):
            ok = False  # the session itself has errors, already reported
        else:
            f.error(
                f.line(m, "rota_from"),
                f"{what}: rota_from {source_id!r} does not match any session in {programme}",
            )
    confirmed = f.flag(m, "times_confirmed", what)
    if (
        not ok
        or day is None
        or sid is None
        or location is None
        or start is None
        or end is None
        or source is None
    ):
        return None
    _check_rota_fits(f, f.line(m), what, source.rota, start, end)
    if confirmed is None:
        confirmed = source.times_confirmed
    if not confirmed:
        f.warn(
            f.line(m, "times_confirmed"),
            f"session {sid}: times not confirmed - check with the drop-in and set "
            "times_confirmed: true",
        )
    rule = SessionRule(
        id=sid,
        programme=programme,
        location_id=location,
        byday=-1,
        start=start,
        end=end,
        valid_from=day,
        valid_to=day,
        times_confirmed=confirmed,
        rota=source.rota,
    )
    exception = SessionException(
        date=day,
        session=sid,
        kind="extra",
        start=start,
        end=end,
        location_id=location,
        rota_from=source.id,
    )
    return rule, exception


def _exception(
    f: _File,
    m: dict[str, Any],
    kind: str,
    programme: dict[str, Any],
    rules: dict[str, SessionRule],
    taken: dict[tuple[str, date], int],
    ctx: _Context,
) -> SessionException | None:
    day = f.day(m, "date", "exception")
    session = f.text(m, "session", "exception")
    what = f"exception {day or '?'} {session or '?'}"
    required, optional = _EXCEPTION_FIELDS[kind]
    ok = True
    missing = sorted(k for k in required if f.raw(m, k) is None)
    if missing:
        f.error(f.line(m), f"{what}: missing {missing}")
        ok = False
    unknown = sorted(k for k in m if k not in _ALL_EXCEPTION_FIELDS | _META)
    if unknown:
        f.error(f.line(m, unknown[0]), f"{what}: unknown field(s) {unknown}")
        ok = False
    stray = sorted(k for k in m if k not in required | optional | _META and k not in unknown)
    if stray:
        f.error(f.line(m, stray[0]), f"{what}: {stray} do(es) not apply to a {kind} exception")
        ok = False
    rule = rules.get(session) if session is not None else None
    if session is not None and rule is None:
        if not ctx.broken_here(session, f.path):
            f.error(
                f.line(m, "session"),
                f"{what}: session {session!r} does not match any session in {programme['id']}",
            )
        ok = False
    reason = f.text(m, "reason", what) if kind == "closed" else None
    if reason is not None and reason not in CLOSURE_REASONS:
        f.error(
            f.line(m, "reason"),
            f"{what}: reason {reason!r} must be one of {', '.join(CLOSURE_REASONS)}",
        )
        ok = False
    start = end = None
    if kind in ("hours", "open"):
        start, end = f.hhmm(m, "start", what), f.hhmm(m, "end", what)
        if (f.raw(m, "start") is None) != (f.raw(m, "end") is None):
            f.error(f.line(m), f"{what}: give both start and end, or neither")
            ok = False
        elif start is not None and end is not None and (problem := _times_problem(start, end)):
            f.error(f.line(m, "start"), f"{what}: {problem}")
            ok = False
    if kind == "hours" and (start is None or end is None):
        ok = False  # already reported
    if not ok or day is None or rule is None:
        return None
    assert session is not None
    if not rule.runs_on(day):
        f.error(
            f.line(m, "date"),
            f"{what}: session {session} does not run on {day} (a {WEEKDAY_NAMES[day.weekday()]})",
        )
        return None
    if (session, day) in taken:
        f.error(
            f.line(m),
            f"{what}: a second exception for {session} on {day} "
            f"(first at line {taken[(session, day)]})",
        )
        return None
    taken[(session, day)] = f.line(m)
    holiday = (
        programme["bank_holidays"] == "england"
        and not rule.extra
        and day in bank_holidays([day.year])
    )
    if kind == "open" and not holiday:
        f.warn(f.line(m, "open"), f"{what}: open has no effect, {day} is not a bank holiday")
    if kind == "hours" and holiday:
        f.warn(
            f.line(m),
            f"{what}: {day} is a bank holiday, so the session stays closed; "
            "add open: true to open it with these hours",
        )
    if start is not None and end is not None:
        _check_rota_fits(f, f.line(m), what, rule.rota, start, end)
    return SessionException(
        date=day, session=session, kind=kind, start=start, end=end, reason=reason
    )


def _programme(f: _File, doc: dict[str, Any], ctx: _Context) -> None:
    data = f.data
    schema = f.raw(doc, "schema")
    if schema != SCHEMA_VERSION:
        f.error(f.line(doc, "schema"), f"schema must be {SCHEMA_VERSION} (found {schema!r})")
        return
    if not f.fields(doc, "programme", _TOP_REQUIRED, _TOP_OPTIONAL):
        return
    pid = f.text(doc, "id", "programme") or "?"
    what = f"programme {pid}"
    if not ID_RE.match(pid):
        f.error(f.line(doc, "id"), f"{what}: id must be lowercase a-z 0-9 -")
        return
    if pid in data.programmes:
        first = data.programmes[pid]
        f.error(
            f.line(doc, "id"), f"duplicate programme id {pid!r} (first in {first['file'].name})"
        )
        return
    organization = f.text(doc, "organization", what)
    if ctx.organization_ids is not None and organization not in ctx.organization_ids:
        f.error(
            f.line(doc, "organization"),
            f"{what}: organization {organization!r} does not match any directory organization",
        )
    areas = sorted(AREAS - {"national"})
    area = f.text(doc, "area", what)
    if area not in areas:
        f.error(f.line(doc, "area"), f"{what}: area {area!r} must be one of {', '.join(areas)}")
    holidays_name = f.text(doc, "bank_holidays", what) or "england"
    if holidays_name not in BANK_HOLIDAYS:
        f.error(
            f.line(doc, "bank_holidays"),
            f"{what}: bank_holidays {holidays_name!r} must be one of {', '.join(BANK_HOLIDAYS)}",
        )
    programme = {
        "id": pid,
        "organization": organization,
        "area": area,
        "source": f.text(doc, "source", what),
        "assured_date": f.day(doc, "assured_date", what),
        "assured_by": f.text(doc, "assured_by", what),
        "bank_holidays": holidays_name,
        "file": f.path,
        "line": f.line(doc),
    }
    data.programmes[pid] = programme
    rules: dict[str, SessionRule] = {}
    sessions = f.mappings(doc, "sessions", what)
    if f.raw(doc, "sessions") == []:
        f.error(f.line(doc, "sessions"), f"{what}: sessions must list at least one session")
    for m in sessions:
        rule = _session(f, m, pid, ctx)
        if rule is not None:
            rules[rule.id] = rule
    exceptions: list[SessionException] = []
    raw_exceptions = f.mappings(doc, "exceptions", what)
    kinds = [(m, _kind(f, m, f"exception {f.raw(m, 'date') or '?'}")) for m in raw_exceptions]
    # Extras first, so that a closure or change can refer to an extra listed later.
    for m, kind in kinds:
        if kind == "extra" and (made := _extra(f, m, pid, rules, ctx)) is not None:
            rules[made[0].id] = made[0]
            exceptions.append(made[1])
    taken: dict[tuple[str, date], int] = {}
    for m, kind in kinds:
        if kind not in (None, "extra"):
            assert kind is not None
            exception = _exception(f, m, kind, programme, rules, taken, ctx)
            if exception is not None:
                exceptions.append(exception)
    data.sessions.update(rules)
    data.exceptions.extend(sorted(exceptions, key=lambda e: (e.date, e.session)))


def load_dropins(
    folder: Path,
    *,
    location_ids: set[str] | None = None,
    taxonomy_terms: set[str] | None = None,
    organization_ids: set[str] | None = None,
) -> DropinData:
    """Load every `*.yaml` programme in `folder` (a missing folder means no drop-ins),
    collecting every problem with file:line. References to directory locations, taxonomy
    terms and organisations are checked when those ids are given."""
    data = DropinData()
    ctx = _Context(location_ids, taxonomy_terms, organization_ids)
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        f = _File(path, data)
        try:
            doc = _load_yaml(path)
        except yamlload.YamlError as exc:
            f.error(exc.line, exc.problem)
            continue
        except OSError as exc:
            f.error(1, f"cannot read: {exc}")
            continue
        if not isinstance(doc, dict):
            f.error(1, "a drop-in file must be a mapping")
            continue
        _programme(f, doc, ctx)
    return data


def parse_day(text: str) -> date | None:
    """A `YYYYMMDD` day, or None."""
    if not re.fullmatch(r"\d{8}", text, re.ASCII):
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None
