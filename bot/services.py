"""Services shared by all handlers, built once by the composition root (`bot.app`)."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.callbacks import CallbackCodec
from bot.clock import Clock, Ids, RandomIds, SystemClock
from bot.i18n import Localizer
from bot.settings import Settings
from bot.storage.db import Database
from bot.storage.repos import MetaRepo, OutboxRepo, PersonalData, UserRepo

if TYPE_CHECKING:
    from bot.telegram_io import TelegramIO

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
    privacy_version: int = PRIVACY_VERSION
    declined: RecentSet = field(default_factory=RecentSet)
    groups_told: RecentSet = field(default_factory=lambda: RecentSet(1000))
    io: TelegramIO | None = None

    @classmethod
    async def create(
        cls,
        settings: Settings,
        *,
        clock: Clock | None = None,
        ids: Ids | None = None,
        i18n: Localizer | None = None,
        privacy_version: int = PRIVACY_VERSION,
    ) -> Services:
        """Open the database (applying migrations) and load every locale."""
        db = Database(settings.database_path)
        await db.open()
        meta = MetaRepo(db)
        return cls(
            settings=settings,
            db=db,
            i18n=i18n or Localizer(),
            codec=CallbackCodec(await meta.secret()),
            clock=clock or SystemClock(),
            ids=ids or RandomIds(),
            users=UserRepo(db),
            personal=PersonalData(db),
            meta=meta,
            outbox=OutboxRepo(db),
            privacy_version=privacy_version,
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
