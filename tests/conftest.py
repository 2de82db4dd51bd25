"""Shared fixtures: the real bot (PTB Application, polling over HTTP) against our Bot API
simulator, on a real SQLite file in a temporary folder. Nothing of ours is mocked."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from bot.app import Runtime
from bot.clock import FixedClock, SequentialIds
from bot.i18n import Localizer
from bot.outbox import Pacing
from bot.services import PRIVACY_VERSION, Services
from bot.settings import Settings
from bot.simulator import BotApiSimulator

os.environ.setdefault("PTB_TIMEDELTA", "true")

TEST_TOKEN = "123456789:TEST-token-for-the-simulator-only"
STAFF_CHAT = -1009999


def pytest_addoption(parser: pytest.Parser) -> None:
    """--update-golden rewrites tests/golden/ instead of comparing with it."""
    parser.addoption(
        "--update-golden", action="store_true", default=False, help="rewrite the golden transcripts"
    )


@pytest.fixture(scope="session")
def i18n() -> Localizer:
    """Locales are parsed once for the whole run."""
    return Localizer()


@dataclass
class Bot:
    """A running bot plus the simulator it talks to."""

    sim: BotApiSimulator
    settings: Settings
    clock: FixedClock
    i18n: Localizer
    privacy_version: int = PRIVACY_VERSION
    runtime: Runtime | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    data_root: Path | None = None
    # Tests do not wait for Telegram's pacing (a test of the pacing sets its own).
    pacing: Pacing = field(default_factory=lambda: Pacing(1000, 1000, 1000, 60000))

    @property
    def services(self) -> Services:
        """The running bot's services."""
        assert self.runtime is not None
        assert self.runtime.services is not None
        return self.runtime.services

    async def start(self) -> Bot:
        """Start (or start again) on the same database."""
        self.runtime = Runtime(
            self.settings,
            clock=self.clock,
            ids=SequentialIds(),
            i18n=self.i18n,
            privacy_version=self.privacy_version,
            rate_limiter=False,
            poll_timeout=1,
            data_root=self.data_root,
            pacing=self.pacing,
        )
        await self.runtime.start()
        self.sim.add_idle_check(self._idle)
        return self

    def _idle(self) -> bool:
        return self.runtime is None or self.runtime.idle()

    async def stop(self) -> None:
        """Stop the bot (the simulator keeps running)."""
        if self.runtime is not None:
            await self.sim.wait_idle(timeout=10)
            await self.runtime.stop()
            self.runtime = None

    async def restart(self, **changes: Any) -> None:
        """Stop and start again, optionally with changed settings or privacy version."""
        await self.stop()
        if "privacy_version" in changes:
            self.privacy_version = changes.pop("privacy_version")
        if changes:
            self.settings = replace(self.settings, **changes)
        await self.start()

    async def idle(self) -> None:
        """Wait until every update was handled and every reply sent."""
        await self.sim.wait_idle(timeout=10)

    def t(self, locale: str, key: str, **args: Any) -> str:
        """Expected text."""
        return self.i18n.text(locale, key, **args)


@pytest.fixture
async def sim() -> AsyncIterator[BotApiSimulator]:
    """A fresh Bot API simulator on a free loopback port."""
    simulator = BotApiSimulator(token=TEST_TOKEN)
    await simulator.start()
    try:
        yield simulator
    finally:
        await simulator.stop()


@pytest.fixture
def settings(sim: BotApiSimulator, tmp_path: Path) -> Settings:
    """Settings pointing at the simulator and a temporary SQLite file."""
    return Settings(
        token=TEST_TOKEN,
        api_url=sim.api_root,
        database_path=tmp_path / "firstport.sqlite3",
        staff_chat_id=STAFF_CHAT,
        admin_ids=frozenset({1}),
        log_level="DEBUG",
    )


@pytest.fixture
async def bot(sim: BotApiSimulator, settings: Settings, i18n: Localizer) -> AsyncIterator[Bot]:
    """The whole bot, started."""
    harness = Bot(sim=sim, settings=settings, clock=FixedClock(), i18n=i18n)
    # The staff supergroup exists, with topics, and the bot is an admin there.
    staff = sim.user(1, first_name="Admin", language_code="en")
    group = sim.group(STAFF_CHAT, title="Firstport staff", type="supergroup", is_forum=True)
    await group.add_bot(by=staff, admin=True, can_manage_topics=True)
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()


@pytest.fixture
def no_errors(caplog: pytest.LogCaptureFixture):
    """Fail the test if anything was logged at ERROR (e.g. an exception escaping a handler)."""
    caplog.set_level(logging.INFO)
    yield caplog
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, [f"{r.name}: {r.getMessage()}" for r in errors]


async def rows_naming(db: Any, user_id: int) -> list[tuple[str, str]]:
    """Every (table, column) in the whole database holding this user id: as a value, or as a
    whole number inside any text (JSON payloads, for example)."""
    import re

    pattern = re.compile(rf"(?<!\d){user_id}(?!\d)")
    found = []
    for table in await db.tables():
        for row in await db.fetchall(f'SELECT * FROM "{table}"'):
            for column in row.keys():  # noqa: SIM118 - sqlite Row
                value = row[column]
                if value == user_id or (isinstance(value, str) and pattern.search(value)):
                    found.append((table, column))
    return sorted(set(found))


def pytest_terminal_summary(terminalreporter) -> None:
    """Report the crisis net's false-alarm rate on the benign corpus."""
    from tests import test_crisis

    if test_crisis.FALSE_ALARMS:
        terminalreporter.write_line(test_crisis.pytest_terminal_summary_hook())
