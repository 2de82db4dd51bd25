"""Typed settings, read once from the environment (and an optional `.env` file).

Nothing else in the package reads `os.environ`. A missing or invalid value raises
`SettingsError`, whose message names the variable; the CLI prints it on one line and exits 2.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    from bot.hours import StaffHours

TOKEN_RE = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{20,}$")
LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")


class SettingsError(ValueError):
    """A setting is missing or invalid; the message names the variable."""

    def __init__(self, variable: str, problem: str) -> None:
        super().__init__(f"{variable}: {problem}")
        self.variable = variable


@dataclass(frozen=True)
class Settings:
    """Everything the bot needs to know about its deployment."""

    token: str | None
    api_url: str = "https://api.telegram.org"
    database_path: Path = Path("./data/firstport.sqlite3")
    staff_chat_id: int | None = None
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    timezone: str = "Europe/London"
    default_locale: str = "en"
    log_level: str = "INFO"
    webhook_url: str | None = None
    webhook_secret: str | None = None
    port: int = 8080
    retention_days: int = 365
    staff_hours: str = "MO-FR 09:00-17:00"
    directory_max_age_days: int = 180
    quiet_hours_text: str = "21:00-09:00"
    ticket_reopen_days: int = 7
    ticket_announce_minutes: int = 15
    relay_map_retention_days: int = 90
    outbox_per_chat_rate: float = 1.0
    outbox_overall_rate: float = 25.0
    outbox_group_per_minute: float = 20.0
    reminder_quiet_hours_text: str = "21:00-08:00"
    booking_max_upcoming: int = 2
    booking_min_lead_minutes: int = 30
    waitlist_hold_minutes: int = 120
    broadcast_approval_threshold: int = 500
    broadcast_rate: float = 25.0
    due_poll_seconds: float = 30.0
    checkin_answer_hours: int = 72
    checkin_not_ok_hours: int = 24
    checkin_active_days: int = 3

    @property
    def tz(self) -> ZoneInfo:
        """The configured time zone."""
        return ZoneInfo(self.timezone)

    @property
    def quiet_hours(self) -> tuple[time, time]:
        """No proactive messages from the first time to the second (local time)."""
        from bot.proactive import parse_quiet

        return parse_quiet(self.quiet_hours_text)

    @property
    def reminder_quiet_hours(self) -> tuple[time, time]:
        """No booking reminders from the first time to the second (local time)."""
        from bot.proactive import parse_quiet

        return parse_quiet(self.reminder_quiet_hours_text)

    @property
    def hours(self) -> StaffHours:
        """Staff hours."""
        from bot.hours import StaffHours

        return StaffHours.parse(self.staff_hours, self.tz)

    @property
    def base_url(self) -> str:
        """Root for Bot API calls; PTB appends the token and the method."""
        return self.api_url.rstrip("/") + "/bot"

    @property
    def base_file_url(self) -> str:
        """Root for file downloads."""
        return self.api_url.rstrip("/") + "/file/bot"

    def redact(self, text: str) -> str:
        """Remove the token from a piece of text."""
        if self.token:
            text = text.replace(self.token, "<token>")
        return text


def read_dotenv(path: Path) -> dict[str, str]:
    """Parse a minimal `.env` file: KEY=VALUE lines, # comments, optional quotes."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        key = key.strip().removeprefix("export ").strip()
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key] = value
    return values


def _int(env: Mapping[str, str], name: str, default: int | None) -> int | None:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise SettingsError(name, f"must be a whole number, got {raw!r}") from None


def load_settings(
    env: Mapping[str, str] | None = None,
    *,
    dotenv: Path | None = Path(".env"),
    require_token: bool = True,
) -> Settings:
    """Build `Settings` from `env` (default: the process environment) over `.env` values."""
    merged: dict[str, str] = {}
    if dotenv is not None:
        merged.update(read_dotenv(dotenv))
    merged.update(os.environ if env is None else env)

    token = merged.get("TELEGRAM_BOT_TOKEN", "").strip() or None
    if token is None and require_token:
        raise SettingsError("TELEGRAM_BOT_TOKEN", "is not set (get one from @BotFather)")
    if token is not None and not TOKEN_RE.match(token):
        raise SettingsError("TELEGRAM_BOT_TOKEN", "does not look like a bot token (123456:ABC...)")

    api_url = merged.get("TELEGRAM_API_URL", "").strip() or "https://api.telegram.org"
    if not re.match(r"^https?://[^\s/]+", api_url):
        raise SettingsError("TELEGRAM_API_URL", f"must be an http(s) URL, got {api_url!r}")

    staff_chat_id = _int(merged, "STAFF_CHAT_ID", None)

    admin_ids: set[int] = set()
    for part in merged.get("ADMIN_IDS", "").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit():
            raise SettingsError("ADMIN_IDS", f"must be comma-separated user ids, got {part!r}")
        admin_ids.add(int(part))

    timezone = merged.get("TIMEZONE", "").strip() or "Europe/London"
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError("TIMEZONE", f"unknown time zone {timezone!r}") from None

    from bot.i18n import LOCALES  # local import: i18n does not depend on settings

    default_locale = merged.get("DEFAULT_LOCALE", "").strip() or "en"
    if default_locale not in LOCALES:
        raise SettingsError(
            "DEFAULT_LOCALE", f"must be one of {', '.join(LOCALES)}, got {default_locale!r}"
        )

    log_level = (merged.get("LOG_LEVEL", "").strip() or "INFO").upper()
    if log_level not in LOG_LEVELS:
        raise SettingsError("LOG_LEVEL", f"must be one of {', '.join(LOG_LEVELS)}")

    webhook_url = merged.get("WEBHOOK_URL", "").strip() or None
    webhook_secret = merged.get("WEBHOOK_SECRET", "").strip() or None
    if webhook_url is not None:
        if not webhook_url.startswith("https://") and not webhook_url.startswith("http://"):
            raise SettingsError("WEBHOOK_URL", "must be an https URL")
        if webhook_secret is None:
            raise SettingsError("WEBHOOK_SECRET", "is required when WEBHOOK_URL is set")
        if not re.match(r"^[A-Za-z0-9_-]{1,256}$", webhook_secret):
            raise SettingsError("WEBHOOK_SECRET", "must be 1-256 characters of A-Z a-z 0-9 _ -")
    port = _int(merged, "PORT", 8080)
    assert port is not None
    if not 0 <= port < 65536:
        raise SettingsError("PORT", "must be between 0 and 65535")

    retention = _int(merged, "RETENTION_DAYS", 365)
    assert retention is not None
    if retention < 1:
        raise SettingsError("RETENTION_DAYS", "must be at least 1")

    staff_hours = merged.get("STAFF_HOURS", "").strip() or "MO-FR 09:00-17:00"
    from bot.hours import StaffHours

    try:
        StaffHours.parse(staff_hours, ZoneInfo(timezone))
    except ValueError as exc:
        raise SettingsError("STAFF_HOURS", str(exc)) from None

    max_age = _int(merged, "DIRECTORY_MAX_AGE_DAYS", 180)
    assert max_age is not None
    if max_age < 1:
        raise SettingsError("DIRECTORY_MAX_AGE_DAYS", "must be at least 1")

    quiet = merged.get("QUIET_HOURS", "").strip() or "21:00-09:00"
    if not re.match(r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$", quiet):
        raise SettingsError("QUIET_HOURS", "use a form like 21:00-09:00")
    reminder_quiet = merged.get("REMINDER_QUIET_HOURS", "").strip() or "21:00-08:00"
    if not re.match(r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$", reminder_quiet):
        raise SettingsError("REMINDER_QUIET_HOURS", "use a form like 21:00-08:00")

    numbers: dict[str, float] = {}
    for name, default, low in (
        ("TICKET_REOPEN_DAYS", 7, 0),
        ("TICKET_ANNOUNCE_MINUTES", 15, 1),
        ("RELAY_MAP_RETENTION_DAYS", 90, 1),
        ("OUTBOX_PER_CHAT_RATE", 1.0, 0.01),
        ("OUTBOX_OVERALL_RATE", 25.0, 0.1),
        ("OUTBOX_GROUP_PER_MINUTE", 20.0, 0.1),
        ("BOOKING_MAX_UPCOMING", 2, 1),
        ("BOOKING_MIN_LEAD_MINUTES", 30, 0),
        ("WAITLIST_HOLD_MINUTES", 120, 5),
        ("BROADCAST_APPROVAL_THRESHOLD", 500, 0),
        ("BROADCAST_RATE", 25.0, 0.1),
        ("DUE_POLL_SECONDS", 30.0, 1),
        ("CHECKIN_ANSWER_HOURS", 72, 1),
        ("CHECKIN_NOT_OK_HOURS", 24, 1),
        ("CHECKIN_ACTIVE_DAYS", 3, 0),
    ):
        raw = merged.get(name, "").strip()
        try:
            value = float(raw) if raw else float(default)
        except ValueError:
            raise SettingsError(name, f"must be a number, got {raw!r}") from None
        if value < low:
            raise SettingsError(name, f"must be at least {low}")
        numbers[name] = value

    from bot.proactive import parse_quiet
    from bot.windows import WindowError, check_windows

    try:
        check_windows(parse_quiet(quiet))
    except WindowError as exc:
        raise SettingsError("QUIET_HOURS", str(exc)) from None

    db = merged.get("DATABASE_PATH", "").strip() or "./data/firstport.sqlite3"

    return Settings(
        token=token,
        api_url=api_url,
        database_path=Path(db),
        staff_chat_id=staff_chat_id,
        admin_ids=frozenset(admin_ids),
        timezone=timezone,
        default_locale=default_locale,
        log_level=log_level,
        webhook_url=webhook_url,
        webhook_secret=webhook_secret,
        port=port,
        retention_days=retention,
        staff_hours=staff_hours,
        directory_max_age_days=max_age,
        quiet_hours_text=quiet,
        ticket_reopen_days=int(numbers["TICKET_REOPEN_DAYS"]),
        ticket_announce_minutes=int(numbers["TICKET_ANNOUNCE_MINUTES"]),
        relay_map_retention_days=int(numbers["RELAY_MAP_RETENTION_DAYS"]),
        outbox_per_chat_rate=numbers["OUTBOX_PER_CHAT_RATE"],
        outbox_overall_rate=numbers["OUTBOX_OVERALL_RATE"],
        outbox_group_per_minute=numbers["OUTBOX_GROUP_PER_MINUTE"],
        reminder_quiet_hours_text=reminder_quiet,
        booking_max_upcoming=int(numbers["BOOKING_MAX_UPCOMING"]),
        booking_min_lead_minutes=int(numbers["BOOKING_MIN_LEAD_MINUTES"]),
        waitlist_hold_minutes=int(numbers["WAITLIST_HOLD_MINUTES"]),
        broadcast_approval_threshold=int(numbers["BROADCAST_APPROVAL_THRESHOLD"]),
        broadcast_rate=numbers["BROADCAST_RATE"],
        due_poll_seconds=numbers["DUE_POLL_SECONDS"],
        checkin_answer_hours=int(numbers["CHECKIN_ANSWER_HOURS"]),
        checkin_not_ok_hours=int(numbers["CHECKIN_NOT_OK_HOURS"]),
        checkin_active_days=int(numbers["CHECKIN_ACTIVE_DAYS"]),
    )
