"""Services shared by all handlers, built once by the composition root (`bot.app`)."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bot.callbacks import CallbackCodec
from bot.clock import Clock, Ids, RandomIds, SystemClock
from bot.crisis import CrisisNet
from bot.datafiles import Data, load_data
from bot.directory import Directory
from bot.dropin.model import DropinData
from bot.hours import StaffHours
from bot.i18n import Localizer, project_root
from bot.settings import Settings
from bot.storage.bookings import BookingRepo
from bot.storage.checkins import CallListRepo, CheckinRepo, ProactiveRepo
from bot.storage.db import Database
from bot.storage.repos import (
    CaseRepo,
    FeedbackRepo,
    FlowRepo,
    MetaRepo,
    OutboxRepo,
    PersonalData,
    ScheduleRepo,
    TeamRepo,
    TicketRepo,
    UserRepo,
)
from bot.triage.model import Flow

if TYPE_CHECKING:
    from bot.outbox import OutboxWorker
    from bot.telegram_io import TelegramIO
    from bot.triage.engine import FlowState


class DataError(RuntimeError):
    """The data files did not validate; the message lists every problem."""


# Bump when the privacy notice (locales/*/core.ftl: privacy-notice) changes in substance:
# everyone who agreed to an older version is asked again.
PRIVACY_VERSION = 1


class RecentSet:
    """A bounded, in-memory set (never persisted). Used to remember for a while that a
    person declined consent, without storing anything about them."""

    def __init__(self, size: int = 10_000) -> None:
        self._items: OrderedDict[int, None] = OrderedDict()
        self._size = size

    def add(self, item: int) -> None:
        """Remember an item, forgetting the oldest beyond the size."""
        self._items[item] = None
        self._items.move_to_end(item)
        while len(self._items) > self._size:
            self._items.popitem(last=False)

    def discard(self, item: int) -> None:
        """Forget an item."""
        self._items.pop(item, None)

    def __contains__(self, item: object) -> bool:
        return item in self._items


@dataclass
class Services:
    """Typed access to storage, text, time and Telegram for handlers."""

    settings: Settings
    db: Database
    i18n: Localizer
    codec: CallbackCodec
    clock: Clock
    ids: Ids
    users: UserRepo
    personal: PersonalData
    meta: MetaRepo
    outbox: OutboxRepo
    flows_repo: FlowRepo
    cases: CaseRepo
    tickets: TicketRepo
    feedback: FeedbackRepo
    schedule: ScheduleRepo
    team: TeamRepo
    bookings: BookingRepo
    data: Data
    hours: StaffHours
    checkins: CheckinRepo
    calllist: CallListRepo
    proactive: ProactiveRepo
    privacy_version: int = PRIVACY_VERSION
    data_root: Path = field(default_factory=project_root)
    declined: RecentSet = field(default_factory=RecentSet)
    groups_told: RecentSet = field(default_factory=lambda: RecentSet(1000))
    # Flow positions of people who did not agree to the notice: memory only, never on disk.
    ephemeral_flows: dict[int, FlowState] = field(default_factory=dict)
    # 📍 Find services: who is about to share a location, and shared locations (lat, lon,
    # monotonic time). Memory only: a location is never written to disk.
    finder_pending: dict[int, str] = field(default_factory=dict)
    shared_locations: dict[int, tuple[float, float, float]] = field(default_factory=dict)
    finder_district: dict[int, str] = field(default_factory=dict)  # not stored: memory only
    last_card: dict[int, str] = field(default_factory=dict)  # service shown in this update
    io: TelegramIO | None = None
    worker: OutboxWorker | None = None
    forum_mode: bool = True  # False when the staff chat has no topics or no rights for them
    due_lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # one poll of due rows at a time

    @property
    def flows(self) -> dict[str, Flow]:
        """Triage flows by id."""
        return self.data.flows

    @property
    def crisis(self) -> CrisisNet:
        """The crisis safety net."""
        return self.data.crisis

    @property
    def dropins(self) -> DropinData:
        """Drop-in sessions and their rota."""
        return self.data.dropins

    @property
    def directory(self) -> Directory:
        """The service directory."""
        return self.data.directory

    @classmethod
    async def create(
        cls,
        settings: Settings,
        *,
        clock: Clock | None = None,
        ids: Ids | None = None,
        i18n: Localizer | None = None,
        privacy_version: int = PRIVACY_VERSION,
        data_root: Path | None = None,
    ) -> Services:
        """Load and validate every data file (failing loudly), then open the database."""
        root = data_root or project_root()
        i18n = i18n or Localizer(root / "locales")
        data, report = load_data(root, i18n, max_age_days=settings.directory_max_age_days)
        if data is None:
            raise DataError("data files are invalid:\n" + "\n".join(report.errors))
        db = Database(settings.database_path)
        await db.open()
        meta = MetaRepo(db)
        return cls(
            settings=settings,
            db=db,
            i18n=i18n,
            codec=CallbackCodec(await meta.secret()),
            clock=clock or SystemClock(),
            ids=ids or RandomIds(),
            users=UserRepo(db),
            personal=PersonalData(db),
            meta=meta,
            outbox=OutboxRepo(db),
            flows_repo=FlowRepo(db),
            cases=CaseRepo(db),
            tickets=TicketRepo(db),
            feedback=FeedbackRepo(db),
            schedule=ScheduleRepo(db),
            team=TeamRepo(db),
            bookings=BookingRepo(db),
            data=data,
            hours=settings.hours,
            checkins=CheckinRepo(db),
            calllist=CallListRepo(db),
            proactive=ProactiveRepo(db),
            privacy_version=privacy_version,
            data_root=root,
        )

    @property
    def telegram(self) -> TelegramIO:
        """The effect executor (set when the Application is built)."""
        if self.io is None:
            raise RuntimeError("TelegramIO is not attached yet")
        return self.io

    async def close(self) -> None:
        """Release resources."""
        await self.db.close()
