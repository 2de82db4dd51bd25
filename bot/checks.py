"""`python -m bot check`: validate every data file and fail loudly with file:line.

Locales: every `.ftl` parses; every locale has the same keys and, per key, the same
variables as English; every message renders in every locale with sample arguments and no
errors; each file's header says who drafted it and its review status; keys are kebab-case with
an area prefix; rendered text fits Telegram's limits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource

from bot.i18n import LOCALES, SOURCE_LOCALE, LocaleFiles, parse_locale, project_root, sample_args

KEY_RE = re.compile(r"^-?[a-z][a-z0-9]*(-[a-z0-9]+)+$")
HEADER_DRAFTED = re.compile(r"^## Drafted by: .+", re.MULTILINE)
HEADER_REVIEW = re.compile(r"^## Review status: .+", re.MULTILINE)
LIMITS = {"cmd-": 256, "about-short": 120, "about-description": 512}
TEXT_LIMIT = 4096
BIDI = "\u2066-\u2069\u202a-\u202e\u200e\u200f"
BIDI_IN_COMMAND = re.compile(f"/[a-z_]*[{BIDI}]|[{BIDI}]/[a-z]")


@dataclass
class Report:
    """Problems (fail) and warnings (shown, do not fail)."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def error(self, where: Path | str, line: int | None, problem: str) -> None:
        """Record a failure at file:line."""
        self.errors.append(f"{_rel(where)}:{line or 1}: {problem}")

    def warn(self, where: Path | str, line: int | None, problem: str) -> None:
        """Record a warning at file:line."""
        self.warnings.append(f"{_rel(where)}:{line or 1}: warning: {problem}")

    @property
    def ok(self) -> bool:
        """True if nothing failed."""
        return not self.errors

    def extend(self, other: Report) -> None:
        """Merge another report."""
        self.errors.extend(other.errors)
        self.warnings.extend(other.warnings)


def _rel(path: Path | str) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def check_locales(root: Path | None = None, locales: tuple[str, ...] = LOCALES) -> Report:
    """All locale checks over `root` (default: the project's `locales/`)."""
    root = root or project_root() / "locales"
    report = Report()
    parsed: dict[str, LocaleFiles] = {}
    for loc in locales:
        folder = root / loc
        if not folder.is_dir() or not list(folder.glob("*.ftl")):
            report.error(folder, None, f"locale {loc} has no .ftl files")
            continue
        files = parse_locale(folder, loc)
        parsed[loc] = files
        for path, line, note in files.junk:
            report.error(path, line, f"syntax error: {note}")
        for path, line, key in files.duplicates:
            report.error(path, line, f"duplicate key {key}")
        for path, header in files.headers.items():
            if not HEADER_DRAFTED.search(header):
                report.error(path, 1, "header must say who drafted it ('## Drafted by: ...')")
            if not HEADER_REVIEW.search(header):
                report.error(path, 1, "header must give its review status ('## Review status:')")
    source = parsed.get(SOURCE_LOCALE)
    if source is None:
        return report
    for key, info in source.messages.items():
        if not KEY_RE.match(key):
            report.error(info.file, info.line, f"key {key} must be kebab-case with an area prefix")
    for key, info in source.messages.items():
        longer = next((k for k in source.messages if k.startswith(key + "-")), None)
        if longer:
            report.error(info.file, info.line, f"key {key} is also the prefix of {longer}")
    for loc, files in parsed.items():
        if loc == SOURCE_LOCALE:
            continue
        for key, info in source.messages.items():
            other = files.messages.get(key)
            if other is None:
                report.error(
                    root / loc / info.file.name, None, f"missing key {key} (defined in en)"
                )
                continue
            if other.variables != info.variables:
                report.error(
                    other.file,
                    other.line,
                    f"variables of {key} differ from en: {sorted(other.variables)} "
                    f"!= {sorted(info.variables)}",
                )
        for key, info in files.messages.items():
            if key not in source.messages:
                report.error(info.file, info.line, f"extra key {key} (not in en)")
    for loc, files in parsed.items():
        report.extend(_render_all(loc, files))
    return report


def _render_all(locale: str, files: LocaleFiles) -> Report:
    report = Report()
    bundle = FluentBundle([locale.replace("-", "_")], use_isolating=False)
    for path in files.files:
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    for key, info in files.messages.items():
        if key.startswith("-"):
            continue
        message = bundle.get_message(key)
        if message.value is None:
            report.error(info.file, info.line, f"{key} has no value")
            continue
        text, errors = bundle.format_pattern(message.value, sample_args(info))
        for err in errors:
            report.error(info.file, info.line, f"{key} does not render: {err}")
        if not text.strip():
            report.error(info.file, info.line, f"{key} renders empty")
        if len(text.encode("utf-16-le")) // 2 > TEXT_LIMIT:
            report.error(info.file, info.line, f"{key} is over {TEXT_LIMIT} characters")
        for prefix, limit in LIMITS.items():
            if key.startswith(prefix) and len(text) > limit:
                report.error(info.file, info.line, f"{key} is over {limit} characters")
        if BIDI_IN_COMMAND.search(text):
            report.error(info.file, info.line, f"{key} has bidi marks inside a command")
    return report


def run_all(root: Path | None = None, max_age_days: int = 180) -> Report:
    """Every data check: locales, then flows, the directory and the crisis phrase lists."""
    base = root or project_root()
    report = Report()
    report.extend(check_locales(base / "locales"))
    if not report.ok:
        return report  # flows are checked against the locales, so those must load first
    from bot.datafiles import load_data
    from bot.i18n import Localizer

    _data, data_report = load_data(base, Localizer(base / "locales"), max_age_days=max_age_days)
    report.extend(data_report)
    return report
