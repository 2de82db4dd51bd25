"""The operator's side: settings and exit codes, the terminal chat, `check`, the README."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.i18n import Localizer, project_root
from bot.settings import SettingsError, load_settings

ROOT = project_root()


def run(
    args: list[str], *, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 90
) -> subprocess.CompletedProcess[str]:
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TELEGRAM_", "WEBHOOK_", "DATABASE_", "ADMIN_", "STAFF_"))
    }
    base.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=base,
        cwd=ROOT,
        timeout=timeout,
        check=False,
    )


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_BOT_TOKEN": "nonsense"}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_BOT_TOKEN": "1:" + "a" * 30, "STAFF_CHAT_ID": "abc"}, "STAFF_CHAT_ID"),
        ({"TELEGRAM_BOT_TOKEN": "1:" + "a" * 30, "ADMIN_IDS": "1,x"}, "ADMIN_IDS"),
        ({"TELEGRAM_BOT_TOKEN": "1:" + "a" * 30, "TIMEZONE": "Mars/Base"}, "TIMEZONE"),
        ({"TELEGRAM_BOT_TOKEN": "1:" + "a" * 30, "DEFAULT_LOCALE": "xx"}, "DEFAULT_LOCALE"),
        ({"TELEGRAM_BOT_TOKEN": "1:" + "a" * 30, "LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
        (
            {"TELEGRAM_BOT_TOKEN": "1:" + "a" * 30, "WEBHOOK_URL": "https://x.example/hook"},
            "WEBHOOK_SECRET",
        ),
        ({"TELEGRAM_BOT_TOKEN": "1:" + "a" * 30, "PORT": "http"}, "PORT"),
        ({"TELEGRAM_BOT_TOKEN": "1:" + "a" * 30, "STAFF_HOURS": "always"}, "STAFF_HOURS"),
        ({"TELEGRAM_BOT_TOKEN": "1:" + "a" * 30, "QUIET_HOURS": "night"}, "QUIET_HOURS"),
        ({"TELEGRAM_BOT_TOKEN": "1:" + "a" * 30, "TICKET_REOPEN_DAYS": "x"}, "TICKET_REOPEN_DAYS"),
        (
            {"TELEGRAM_BOT_TOKEN": "1:" + "a" * 30, "OUTBOX_PER_CHAT_RATE": "0"},
            "OUTBOX_PER_CHAT_RATE",
        ),
        (
            {"TELEGRAM_BOT_TOKEN": "1:" + "a" * 30, "TELEGRAM_API_URL": "ftp://x"},
            "TELEGRAM_API_URL",
        ),
    ],
)
def test_bad_settings_name_the_variable(env: dict[str, str], variable: str) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(env, dotenv=None)
    assert caught.value.variable == variable


def test_run_without_token_exits_2_with_one_clear_line(tmp_path: Path) -> None:
    result = run(["run"], env={"DATABASE_PATH": str(tmp_path / "x.sqlite3")})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "TELEGRAM_BOT_TOKEN" in lines[0]


def test_dotenv_is_read(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("TELEGRAM_BOT_TOKEN='12:abcdefghijklmnopqrstuvwxyz'\nSTAFF_CHAT_ID=-5\n")
    settings = load_settings({}, dotenv=env_file)
    assert settings.token == "12:abcdefghijklmnopqrstuvwxyz"
    assert settings.staff_chat_id == -5
    assert load_settings({"STAFF_CHAT_ID": "-7"}, dotenv=env_file).staff_chat_id == -7


def test_env_example_lists_every_setting() -> None:
    text = (ROOT / ".env.example").read_text()
    for name in (
        "TELEGRAM_BOT_TOKEN",
        "TELEGRAM_API_URL",
        "DATABASE_PATH",
        "STAFF_CHAT_ID",
        "ADMIN_IDS",
        "TIMEZONE",
        "DEFAULT_LOCALE",
        "LOG_LEVEL",
        "WEBHOOK_URL",
        "WEBHOOK_SECRET",
        "PORT",
    ):
        assert re.search(rf"^#?\s*{name}=", text, re.MULTILINE), name


def test_piped_chat_walks_language_privacy_menu(i18n: Localizer) -> None:
    result = run(["chat", "--lang", "ar"], stdin="/start\n1\n1\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "[1] العربية" in out  # Telegram's language first
    assert i18n.text("ar", "privacy-notice") in out
    assert i18n.text("ar", "privacy-agreed") in out
    assert i18n.text("ar", "menu-title") in out
    assert f"[1] {i18n.text('ar', 'menu-housing')}" in out
    assert i18n.text("ar", "menu-urgent") in out
    # Order: picker, then notice, then menu.
    assert (
        out.index("العربية")
        < out.index(i18n.text("ar", "privacy-notice"))
        < out.index(i18n.text("ar", "menu-title"))
    )


def test_no_token_no_command_starts_the_chat(i18n: Localizer) -> None:
    result = run([], stdin="/start\n2\n1\n")
    assert result.returncode == 0, result.stderr
    assert i18n.text("ar", "privacy-notice") in result.stdout  # 2 = العربية without --lang
    assert i18n.text("ar", "menu-title") in result.stdout


def test_check_command_passes_on_the_real_files() -> None:
    result = run(["check"])
    assert result.returncode == 0, result.stderr
    assert "check: ok" in result.stdout


def test_readme_quick_start_has_exactly_two_commands_and_ci_runs_the_second() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", section, re.DOTALL)
    assert block is not None
    commands = [c for c in block.group(1).strip().splitlines() if c.strip()]
    assert len(commands) == 2, commands
    start, test = commands
    assert "python -m bot" in start
    assert "pip install" in start
    assert "pytest" in test
    assert "pip install" in test
    ci = (ROOT / ".ci" / "run").read_text()
    assert test.strip() in ci
    assert "python -m bot check" in ci
    assert "ruff" in ci
