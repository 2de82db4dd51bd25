"""Loading every hand-edited data file at once, for start-up and for `check`.

Flows, the directory and the crisis phrase lists are loaded and cross-checked against the
locales (every message key in every locale), the taxonomy (every signpost term exists) and the
callback codec (every button fits 64 bytes). Start-up refuses to run on any error.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from bot.callbacks import CallbackCodec
from bot.checks import Report
from bot.crisis import CrisisError, CrisisNet, load_phrases
from bot.directory import Directory, load_directory, staleness
from bot.dropin.model import CLOSURE_REASONS, DropinData, load_dropins
from bot.i18n import LOCALES, Localizer
from bot.triage.model import Flow, FlowError, ValidationContext, load_flows, validate

NEEDS = ("housing", "aspen", "gp", "dentist", "esol", "other")


@dataclass
class Data:
    """Everything the bot reads from data files."""

    flows: dict[str, Flow]
    directory: Directory
    crisis: CrisisNet
    dropins: DropinData


_CACHE: dict[tuple[object, ...], tuple[Data | None, Report]] = {}


def _fingerprint(root: Path) -> tuple[tuple[str, int, int], ...]:
    files = sorted([*(root / "flows").rglob("*.yaml"), *(root / "directory").rglob("*.yaml")])
    return tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files)


def load_data(
    root: Path, i18n: Localizer, *, today: date | None = None, max_age_days: int = 180
) -> tuple[Data | None, Report]:
    """Load and validate; returns (data or None on errors, report). Results are cached
    while no data file changes (by path, size and modification time)."""
    today = today or datetime.now(UTC).date()
    key = (str(root), id(i18n), today, max_age_days, _fingerprint(root))
    if key not in _CACHE:
        if len(_CACHE) > 16:
            _CACHE.clear()
        _CACHE[key] = _load(root, i18n, today, max_age_days)
    return _CACHE[key]


def _load(
    root: Path, i18n: Localizer, today: date, max_age_days: int
) -> tuple[Data | None, Report]:
    report = Report()
    flows: dict[str, Flow] = {}
    try:
        flows = load_flows(root / "flows")
    except FlowError as exc:
        report.error(exc.path, exc.line, exc.problem)
    for need in NEEDS:
        if flows and need not in flows:
            report.error(root / "flows", None, f"flow {need!r} is missing")
    directory = load_directory(root / "directory")
    for problem in directory.problems:
        (report.warn if problem.warning else report.error)(problem.path, problem.line, problem.text)
    for problem in staleness(directory, today, max_age_days):
        report.warn(problem.path, problem.line, problem.text)
    for term in directory.terms:
        if not i18n.has(f"tax-{term}") and term != "eligibility":
            report.error(
                root / "directory" / "taxonomy.yaml",
                None,
                f"taxonomy term {term} has no message tax-{term}",
            )
    codec = CallbackCodec(b"\0" * 32)
    ctx = ValidationContext(
        locale_keys={loc: i18n.keys(loc) for loc in LOCALES},
        taxonomy_terms=directory.terms,
        encode=codec.encode,
    )
    for problem in validate(flows.values(), ctx):
        report.error(problem.path, problem.line, problem.problem)
    crisis = CrisisNet({})
    try:
        crisis = CrisisNet(load_phrases(root / "flows" / "crisis"))
    except CrisisError as exc:
        report.errors.append(str(exc))
    for locale in LOCALES:
        if locale not in crisis.lists:
            report.warn(root / "flows" / "crisis", None, f"no crisis phrase list for {locale}")
    dropins = _load_dropins(root, directory, i18n, codec, report)
    if not report.ok:
        return None, report
    return Data(flows, directory, crisis, dropins), report


# The longest callback a drop-in button can carry: bk i <role> <session> <day> <hhmm> <lang>
# <booking id up to 7 digits>.
_LONGEST_BOOKING_ARGS = ("20261231", "1000", "fa-AF", "9999999")


def _load_dropins(
    root: Path, directory: Directory, i18n: Localizer, codec: CallbackCodec, report: Report
) -> DropinData:
    folder = root / "directory" / "dropin"
    if not folder.is_dir():
        return DropinData()
    dropins = load_dropins(
        folder,
        location_ids=set(directory.by_id("location")),
        taxonomy_terms=set(directory.terms),
        organization_ids={r["id"] for r in directory.tables["organization"]},
    )
    for problem in dropins.errors:
        report.error(problem.path, problem.line, problem.text)
    for problem in dropins.warnings:
        report.warn(problem.path, problem.line, problem.text)
    roles = {e.role for rule in dropins.sessions.values() for e in rule.rota}
    for locale in LOCALES:
        keys = i18n.keys(locale)
        wanted = [f"dropin-role-{r}" for r in roles] + [f"dropin-bring-{r}" for r in roles]
        wanted += [f"booking-reason-{r}" for r in CLOSURE_REASONS]
        for key in wanted:
            if key not in keys:
                report.error(folder, None, f"message {key} is missing in locale {locale}")
    for rule in dropins.sessions.values():
        for entry in rule.rota:
            try:
                codec.encode("bk", "i", entry.role, rule.id, *_LONGEST_BOOKING_ARGS)
            except ValueError as exc:
                report.error(folder, None, f"session {rule.id}, role {entry.role}: {exc}")
    return dropins
