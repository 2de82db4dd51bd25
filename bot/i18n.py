"""Localisation with Fluent. Every string a user sees comes from `locales/<lang>/*.ftl`.

Bundles are built once at start-up (never per update), with `use_isolating=False` so that bidi
marks never end up inside commands, links or callback data. `Localizer.text` raises on a
missing message or a formatting error, because `check` and the tests guarantee neither happens
with the shipped files; the error handler logs it if it ever does.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

log = logging.getLogger(__name__)

# Order of the language picker (after the person's Telegram language, which comes first).
LOCALES: tuple[str, ...] = (
    "en",
    "ar",
    "fa",
    "fa-AF",
    "ps",
    "ckb",
    "ku",
    "ti",
    "am",
    "ur",
    "sq",
    "vi",
    "fr",
    "so",
)
SOURCE_LOCALE = "en"
RTL_LOCALES = frozenset({"ar", "fa", "fa-AF", "ps", "ckb", "ur"})

# Telegram only accepts two-letter ISO 639-1 codes in setMyCommands; ckb and fa-AF have none
# of their own, so their speakers get the default (English) command menu.
COMMAND_MENU_CODES: dict[str, str] = {
    loc: loc for loc in LOCALES if len(loc) == 2 and loc != SOURCE_LOCALE
}

# Telegram `language_code` (an IETF tag, lower-cased) -> our locale.
_LANGUAGE_CODE_MAP: dict[str, str] = {
    "prs": "fa-AF",
    "fa-af": "fa-AF",
    "ckb": "ckb",
    "ku-iq": "ckb",
    "ku-arab": "ckb",
    "kmr": "ku",
    "ku-latn": "ku",
    "ku-tr": "ku",
    "ku-sy": "ku",
    "sq-al": "sq",
    "sq-xk": "sq",
}


def locale_from_language_code(code: str | None) -> str | None:
    """Map Telegram's `language_code` to one of our locales, or None."""
    if not code:
        return None
    code = code.strip().lower().replace("_", "-")
    if code in _LANGUAGE_CODE_MAP:
        return _LANGUAGE_CODE_MAP[code]
    for loc in LOCALES:
        if code == loc.lower():
            return loc
    primary = code.split("-", 1)[0]
    if primary in _LANGUAGE_CODE_MAP:
        return _LANGUAGE_CODE_MAP[primary]
    return primary if primary in LOCALES else None


def project_root() -> Path:
    """The folder that holds `locales/`, `flows/` and `directory/`."""
    return Path(__file__).resolve().parent.parent


class LocaleError(Exception):
    """A message is missing or failed to format."""


class _VariableCollector(Visitor):
    """Collects variable names, and which of them must be numbers or dates."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.numeric: set[str] = set()
        self.dates: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        if isinstance(node.selector, ast.VariableReference):
            self.numeric.add(node.selector.id.name)
        self.generic_visit(node)

    def visit_FunctionReference(self, node: ast.FunctionReference) -> None:
        for arg in node.arguments.positional:
            if isinstance(arg, ast.VariableReference):
                target = self.dates if node.id.name == "DATETIME" else self.numeric
                target.add(arg.id.name)
        self.generic_visit(node)


@dataclass
class MessageInfo:
    """What `check` needs to know about one message in one file."""

    key: str
    file: Path
    line: int
    variables: set[str] = field(default_factory=set)
    numeric: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)


@dataclass
class LocaleFiles:
    """The parsed `.ftl` files of one locale."""

    locale: str
    files: list[Path]
    messages: dict[str, MessageInfo]
    junk: list[tuple[Path, int, str]]
    duplicates: list[tuple[Path, int, str]]
    headers: dict[Path, str]


def _line_of(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


def parse_locale(folder: Path, locale: str) -> LocaleFiles:
    """Parse every `.ftl` file of one locale, keeping spans for precise error messages."""
    parser = FluentParser(with_spans=True)
    messages: dict[str, MessageInfo] = {}
    junk: list[tuple[Path, int, str]] = []
    duplicates: list[tuple[Path, int, str]] = []
    headers: dict[Path, str] = {}
    files = sorted(folder.glob("*.ftl"))
    for path in files:
        source = path.read_text(encoding="utf-8")
        headers[path] = "\n".join(line for line in source.splitlines()[:12] if line.startswith("#"))
        resource = parser.parse(source)
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                start = entry.span.start if entry.span else 0
                notes = "; ".join(a.message for a in entry.annotations) or "syntax error"
                junk.append((path, _line_of(source, start), notes))
            elif isinstance(entry, ast.Message | ast.Term):
                key = ("-" if isinstance(entry, ast.Term) else "") + entry.id.name
                line = _line_of(source, entry.span.start if entry.span else 0)
                if key in messages:
                    duplicates.append((path, line, key))
                    continue
                collector = _VariableCollector()
                collector.visit(entry)
                messages[key] = MessageInfo(
                    key=key,
                    file=path,
                    line=line,
                    variables=collector.names,
                    numeric=collector.numeric,
                    dates=collector.dates,
                )
    return LocaleFiles(locale, files, messages, junk, duplicates, headers)


def sample_args(info: MessageInfo) -> dict[str, Any]:
    """Plausible arguments for rendering a message in checks and tests."""
    args: dict[str, Any] = {}
    for name in info.variables:
        if name in info.dates:
            args[name] = datetime(2026, 3, 29, 14, 30)  # noqa: DTZ001 - Fluent wants naive
        elif name in info.numeric:
            args[name] = 3
        else:
            args[name] = f"[{name}]"
    return args


class Localizer:
    """Renders messages for a locale, falling back to English only for a missing message."""

    def __init__(self, root: Path | None = None, locales: tuple[str, ...] = LOCALES) -> None:
        self.root = (root or project_root() / "locales").resolve()
        self.locales = locales
        self._bundles: dict[str, FluentBundle] = {}
        self._keys: dict[str, set[str]] = {}
        for loc in locales:
            bundle = FluentBundle([loc.replace("-", "_"), "en"], use_isolating=False)
            keys: set[str] = set()
            folder = self.root / loc
            if not folder.is_dir():
                raise LocaleError(f"{folder}: locale folder is missing")
            for path in sorted(folder.glob("*.ftl")):
                resource = FluentResource(path.read_text(encoding="utf-8"))
                bundle.add_resource(resource)
                for entry in resource.body:
                    if isinstance(entry, ast.Message):
                        keys.add(entry.id.name)
            self._bundles[loc] = bundle
            self._keys[loc] = keys

    def keys(self, locale: str = SOURCE_LOCALE) -> set[str]:
        """Message ids defined for a locale."""
        return set(self._keys[locale])

    def has(self, key: str, locale: str = SOURCE_LOCALE) -> bool:
        """True if the locale defines the message."""
        return key in self._keys.get(locale, set())

    def format(self, locale: str, key: str, args: dict[str, Any] | None = None) -> tuple[str, list]:
        """Render with the locale's own bundle only; return (text, errors)."""
        bundle = self._bundles[locale]
        if not bundle.has_message(key):
            return key, [LocaleError(f"{locale}: no message {key!r}")]
        message = bundle.get_message(key)
        if message.value is None:
            return key, [LocaleError(f"{locale}: message {key!r} has no value")]
        text, errors = bundle.format_pattern(message.value, args or {})
        return text, list(errors)

    def text(self, locale: str, key: str, **args: Any) -> str:
        """Render a message for a person; raise `LocaleError` if it cannot be rendered."""
        if locale not in self._bundles:
            locale = SOURCE_LOCALE
        if not self.has(key, locale):
            log.error("message %s missing in %s; using %s", key, locale, SOURCE_LOCALE)
            locale = SOURCE_LOCALE
        text, errors = self.format(locale, key, args)
        if errors:
            raise LocaleError(f"{locale}/{key}: {errors[0]}")
        return text

    def is_rtl(self, locale: str) -> bool:
        """True for right-to-left locales."""
        return locale in RTL_LOCALES
