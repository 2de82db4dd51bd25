"""Every key renders in every locale, and `check` fails precisely on broken locale files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.checks import check_locales
from bot.i18n import LOCALES, RTL_LOCALES, Localizer, parse_locale, project_root, sample_args

ROOT = project_root() / "locales"


def test_real_locales_pass() -> None:
    report = check_locales(ROOT)
    assert report.errors == []


def test_every_key_renders_in_every_locale(i18n: Localizer) -> None:
    keys = i18n.keys("en")
    assert len(keys) > 40
    for locale in LOCALES:
        assert i18n.keys(locale) == keys, locale
        info = parse_locale(ROOT / locale, locale).messages
        for key in keys:
            text, errors = i18n.format(locale, key, sample_args(info[key]))
            assert errors == [], (locale, key, errors)
            assert text, (locale, key)
            assert text != key, (locale, key)


def test_every_locale_file_has_a_drafted_by_and_review_header() -> None:
    for locale in LOCALES:
        for path in (ROOT / locale).glob("*.ftl"):
            head = path.read_text(encoding="utf-8").splitlines()[:6]
            assert any(line.startswith("## Drafted by: ") for line in head), path
            status = next(line for line in head if line.startswith("## Review status: "))
            if locale != "en":
                # Nobody has reviewed the drafts yet, so no file may claim otherwise.
                assert "NOT REVIEWED" in status, path


def test_endonyms_are_exact(i18n: Localizer) -> None:
    expected = {
        "en": "English",
        "ar": "العربية",
        "fa": "فارسی",
        "fa-AF": "دری",
        "ps": "پښتو",
        "ckb": "کوردی",
        "ku": "Kurdî",
        "ti": "ትግርኛ",
        "am": "አማርኛ",
        "ur": "اردو",
        "sq": "Shqip",
        "vi": "Tiếng Việt",
        "fr": "Français",
        "so": "Soomaali",
    }
    assert {loc: i18n.text(loc, "lang-name") for loc in LOCALES} == expected


def test_safety_numbers_are_identical_in_every_locale(i18n: Localizer) -> None:
    numbers = ["999", "111", "55", "116 123", "0808 2000 247", "08000 121 700", "0808 8010 503"]
    for locale in LOCALES:
        card = i18n.text(locale, "safety-card")
        for number in numbers:
            assert number in card, (locale, number)


def test_rtl_text_keeps_commands_whole_and_has_no_bidi_marks(i18n: Localizer) -> None:
    import re

    bidi = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
    for locale in RTL_LOCALES:
        info = parse_locale(ROOT / locale, locale).messages
        for key in i18n.keys(locale):
            text, _ = i18n.format(locale, key, sample_args(info[key]))
            assert not bidi.search(text), (locale, key)
            english, _ = i18n.format("en", key, sample_args(info[key]))
            for command in re.findall(r"(?<![\w/])/[a-z_]+", english):
                assert command in text, (locale, key, command)


@pytest.fixture
def broken_root(tmp_path: Path) -> Path:
    target = tmp_path / "locales"
    shutil.copytree(ROOT, target)
    return target


def test_check_reports_a_syntax_error_with_file_and_line(broken_root: Path) -> None:
    path = broken_root / "fr" / "core.ftl"
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("menu-title"))
    lines[index] = "menu-title = { $broken"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = check_locales(broken_root).errors
    assert any(e.startswith(f"{path}:{index + 1}:") and "syntax error" in e for e in errors), errors


def test_check_reports_a_missing_key(broken_root: Path) -> None:
    path = broken_root / "so" / "core.ftl"
    text = path.read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if not line.startswith("forget-kept")]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    errors = check_locales(broken_root).errors
    assert any("missing key forget-kept" in e and "so/core.ftl" in e for e in errors), errors


def test_check_reports_a_variable_mismatch(broken_root: Path) -> None:
    path = broken_root / "ar" / "core.ftl"
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("nav-menu"))
    lines[index] = "nav-menu = 🏠 { $name }"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = check_locales(broken_root).errors
    assert any(
        f"ar/core.ftl:{index + 1}:" in e and "variables of nav-menu differ" in e for e in errors
    ), errors


def test_check_reports_a_missing_review_header(broken_root: Path) -> None:
    path = broken_root / "vi" / "core.ftl"
    text = path.read_text(encoding="utf-8").replace("## Review status:", "## Status:")
    path.write_text(text, encoding="utf-8")
    errors = check_locales(broken_root).errors
    assert any("vi/core.ftl:1:" in e and "review status" in e for e in errors), errors
