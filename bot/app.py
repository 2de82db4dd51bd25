"""The composition root: settings in, a running bot out.

`Runtime` builds the services and the PTB Application, performs start-up calls, arms the one
due-work poller, and starts long polling or the webhook server. `run`, `chat`, the tests and
the benchmark all go through it, so they run the same bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from pathlib import Path

from telegram import BotCommand, BotCommandScopeAllPrivateChats
from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, ApplicationBuilder, ContextTypes

from bot.clock import Clock, Ids
from bot.context import FirstportApplication, FirstportContext
from bot.handlers import register
from bot.i18n import COMMAND_MENU_CODES, SOURCE_LOCALE, Localizer
from bot.outbox import Pacing
from bot.polling import Poller
from bot.processor import PerChatUpdateProcessor
from bot.services import PRIVACY_VERSION, Services
from bot.settings import Settings
from bot.telegram_io import TelegramIO
from bot.webhook import WebhookServer

log = logging.getLogger(__name__)

COMMANDS = (
    "start",
    "menu",
    "urgent",
    "mybookings",
    "language",
    "checkins",
    "help",
    "privacy",
    "mydata",
    "forget",
)
HOUSEKEEPING_EVERY = timedelta(hours=1)
PROACTIVE_LOG_DAYS = 8  # the daily cap only needs today
STATS_DAYS = 400  # anonymous weekly counts
CALLLIST_DONE_DAYS = 90  # finished call-list entries (with their outcome)


def build_application(
    services: Services, *, rate_limiter: bool = True, read_timeout: float | None = None
) -> FirstportApplication:
    """Build the PTB Application around `services` (no network calls yet)."""
    settings = services.settings
    # Opt in to PTB's future behaviour: RetryAfter.retry_after is a timedelta.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    if settings.token is None:
        raise ValueError("a token is required to build the application")
    builder = (
        ApplicationBuilder()
        .application_class(FirstportApplication, kwargs={"services": services})
        .token(settings.token)
        .base_url(settings.base_url)
        .base_file_url(settings.base_file_url)
        .context_types(ContextTypes(context=FirstportContext))
        .concurrent_updates(PerChatUpdateProcessor(64))
        .connection_pool_size(128)
        .pool_timeout(10)
    )
    if rate_limiter:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=0))
    if read_timeout is not None:
        builder = builder.read_timeout(read_timeout).write_timeout(read_timeout)
    app = builder.updater(None).build()
    services.io = TelegramIO(services, app.bot)
    register(app)
    return app  # type: ignore[return-value]


async def startup_calls(app: FirstportApplication) -> None:
    """Command menus per language and the bot's profile. None of this is essential: a
    failure is logged as a warning and the bot keeps running."""
    services = app.services
    t = services.i18n.text
    bot = app.bot

    def commands(locale: str) -> list[BotCommand]:
        return [BotCommand(name, t(locale, f"cmd-{name}")) for name in COMMANDS]

    def short(locale: str) -> str:
        return t(locale, "about-short")

    private = BotCommandScopeAllPrivateChats()
    calls: list[tuple[str, Callable[[], Awaitable[object]]]] = [
        ("setMyCommands", lambda: bot.set_my_commands(commands(SOURCE_LOCALE))),
        ("setMyCommands private", lambda: bot.set_my_commands(commands(SOURCE_LOCALE), private)),
        ("setMyDescription", lambda: bot.set_my_description(t(SOURCE_LOCALE, "about-description"))),
        (
            "setMyShortDescription",
            lambda: bot.set_my_short_description(t(SOURCE_LOCALE, "about-short")),
        ),
    ]
    for locale, code in COMMAND_MENU_CODES.items():
        calls += [
            (
                f"setMyCommands {code}",
                lambda loc=locale, c=code: bot.set_my_commands(commands(loc), private, c),
            ),
            (
                f"setMyDescription {code}",
                lambda loc=locale, c=code: bot.set_my_description(t(loc, "about-description"), c),
            ),
            (
                f"setMyShortDescription {code}",
                lambda loc=locale, c=code: bot.set_my_short_description(t(loc, "about-short"), c),
            ),
        ]
    # A few at a time: about 40 small calls, none depending on another.
    gate = asyncio.Semaphore(6)

    async def one(name: str, call: Callable[[], Awaitable[object]]) -> None:
        async with gate:
            try:
                await call()
            except (TelegramError, OSError) as exc:
                log.warning("start-up call %s failed: %s; carrying on", name, exc)

    await asyncio.gather(*(one(name, call) for name, call in calls))


async def due_work(services: Services) -> None:
    """One poll of everything that is due: scheduled work, the outbox, then housekeeping."""
    from bot.broadcast import tick
    from bot.proactive import run_due

    await run_due(services)
    await tick(services)
    if services.worker is not None:
        await services.worker.drain()
    now = services.clock.now()
    last = await services.meta.get("housekeeping-at")
    if last is None or now >= datetime.fromisoformat(last) + HOUSEKEEPING_EVERY:
        await services.meta.set("housekeeping-at", now.isoformat())
        await services.outbox.purge(now - timedelta(days=7))
        from bot.broadcast import purge_message_ids

        await purge_message_ids(services, now)
        from bot.handoff import purge_maps

        await purge_maps(services)
        today = now.astimezone(services.settings.tz).date()
        await services.proactive.purge_log(today - timedelta(days=PROACTIVE_LOG_DAYS))
        await services.proactive.purge_stats(today - timedelta(days=STATS_DAYS))
        await services.calllist.purge_done(now - timedelta(days=CALLLIST_DONE_DAYS))
        cutoff = now - timedelta(days=services.settings.retention_days)
        # Tickets of people who never agreed (a crisis from before consent) age out too.
        for row in await services.db.fetchall(
            "SELECT DISTINCT user_id FROM tickets WHERE user_id NOT IN (SELECT user_id FROM users)"
            " AND created_at < ?",
            (cutoff.isoformat(timespec="seconds"),),
        ):
            await services.personal.forget(row["user_id"])
        for user_id in await services.users.stale(cutoff):
            await services.personal.forget(user_id)
            log.info(
                "retention: removed a person not seen for %s days", services.settings.retention_days
            )


class Runtime:
    """A running bot: services + Application + polling (or webhook)."""

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock | None = None,
        ids: Ids | None = None,
        i18n: Localizer | None = None,
        privacy_version: int = PRIVACY_VERSION,
        rate_limiter: bool = True,
        poll_timeout: int = 10,
        data_root: Path | None = None,
        pacing: Pacing | None = None,
        read_timeout: float | None = None,
    ) -> None:
        self.settings = settings
        self._clock = clock
        self._ids = ids
        self._i18n = i18n
        self._privacy_version = privacy_version
        self._rate_limiter = rate_limiter
        self._poll_timeout = poll_timeout
        self._data_root = data_root
        self._pacing = pacing
        self._read_timeout = read_timeout
        self.services: Services | None = None
        self.app: FirstportApplication | None = None
        self._webhook: WebhookServer | None = None
        self._poller: Poller | None = None

    async def start(self, *, polling: bool = True) -> FirstportApplication:
        """Open storage, build and start the bot, start receiving updates."""
        self.services = await Services.create(
            self.settings,
            clock=self._clock,
            ids=self._ids,
            i18n=self._i18n,
            privacy_version=self._privacy_version,
            data_root=self._data_root,
        )
        app = build_application(
            self.services, rate_limiter=self._rate_limiter, read_timeout=self._read_timeout
        )
        self.app = app
        await self._initialize(app)
        await startup_calls(app)
        # Claims of scheduled rows from a run that stopped mid-poll are released; the rows
        # themselves never left SQLite.
        released = await self.services.schedule.recover()
        if released:
            log.warning(
                "scheduled: %s rows were claimed at the last stop; taking them again", released
            )
        from bot.checkins import ensure_summary

        await ensure_summary(self.services)
        assert app.job_queue is not None
        # The one job: it only triggers the poll of due rows (and the outbox, housekeeping);
        # every piece of timed work is a row in SQLite.
        interval = self.settings.due_poll_seconds
        app.job_queue.run_repeating(
            self._due_work_job,
            interval=interval,
            first=0.5,
            name="due-work",
            job_kwargs={
                "misfire_grace_time": max(30, int(interval)),
                "coalesce": True,
                "max_instances": 1,
            },
        )
        # Live broadcast progress: a cheap look every few seconds (the state is in SQLite; this
        # job only decides when to look, like the due-work job).
        from bot.broadcast import PROGRESS_EVERY

        app.job_queue.run_repeating(
            self._progress_job,
            interval=PROGRESS_EVERY,
            first=PROGRESS_EVERY,
            name="broadcast-progress",
            job_kwargs={"coalesce": True, "max_instances": 1, "misfire_grace_time": 30},
        )
        await app.start()
        from bot.outbox import OutboxWorker

        settings = self.settings
        pacing = self._pacing or Pacing(
            per_chat_rate=settings.outbox_per_chat_rate,
            overall_rate=settings.outbox_overall_rate,
            group_per_minute=settings.outbox_group_per_minute,
            broadcast_rate=settings.broadcast_rate,
        )
        self.services.worker = OutboxWorker(self.services, self.services.telegram, pacing)
        await self.services.worker.start()
        await self._check_staff_chat()
        if self.settings.webhook_url:
            self._webhook = WebhookServer(app, self.settings)
            await self._webhook.start()
        elif polling:
            self._poller = Poller(app, timeout=self._poll_timeout)
            await self._poller.start()
        log.info("Firstport is running (%s)", "webhook" if self._webhook else "polling")
        return app

    async def _progress_job(self, context: FirstportContext) -> None:
        assert self.services is not None
        from bot.broadcast import tick

        try:
            await tick(self.services)
        except Exception:
            log.exception("broadcast progress failed")

    async def _due_work_job(self, context: FirstportContext) -> None:
        assert self.services is not None
        try:
            await due_work(self.services)
        except Exception:
            log.exception("due-work poll failed")

    @staticmethod
    async def _initialize(app: FirstportApplication, attempts: int = 6) -> None:
        """getMe at start-up, retried on passing network errors (a bad token still fails)."""
        from telegram.error import InvalidToken, NetworkError

        for attempt in range(1, attempts + 1):
            try:
                await app.initialize()
                return
            except InvalidToken:
                raise
            except NetworkError as exc:
                if attempt == attempts:
                    raise
                log.warning("start-up getMe failed (%s); retrying", type(exc).__name__)
                await asyncio.sleep(min(5.0, 0.2 * 2**attempt))

    async def _check_staff_chat(self) -> None:
        """Topics need a forum and the right to manage topics; otherwise use reply threads
        and say so in the log and in the staff chat."""
        services = self.services
        assert services is not None
        chat = services.settings.staff_chat_id
        if chat is None:
            log.warning("STAFF_CHAT_ID is not set: tickets will have no staff alerts or topics")
            return
        services.forum_mode = await services.telegram.forum_ready(chat)
        if not services.forum_mode:
            log.warning(
                "the staff chat has no topics or the bot cannot manage them; "
                "falling back to reply threads"
            )
            await services.telegram.enqueue(
                chat,
                {"kind": "text", "text": services.i18n.text("en", "handoff-no-forum")},
                dedupe_key=f"no-forum:{services.clock.now().date()}",
            )

    def idle(self) -> bool:
        """True when no update is being processed."""
        if self.app is None:
            return True
        processor = self.app.update_processor
        busy = isinstance(processor, PerChatUpdateProcessor) and processor.in_flight > 0
        worker = self.services.worker if self.services else None
        worker_busy = worker is not None and not worker.idle
        return not busy and not worker_busy and self.app.update_queue.empty()

    async def stop(self) -> None:
        """Stop receiving, finish in-flight work, close storage."""
        app = self.app
        if self.services is not None and self.services.worker is not None:
            await self.services.worker.stop()
        if app is not None:
            if self._webhook is not None:
                await self._webhook.stop()
            if self._poller is not None:
                await self._poller.stop()
                self._poller = None
            if app.running:
                await app.stop()
            await app.shutdown()
        if self.services is not None:
            await self.services.close()
        self.app = None

    async def __aenter__(self) -> Runtime:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


async def serve_forever(settings: Settings) -> None:
    """`python -m bot run`: run until SIGINT/SIGTERM."""
    import signal

    runtime = Runtime(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # Windows
            loop.add_signal_handler(sig, stop.set)
    await runtime.start()
    try:
        await stop.wait()
    finally:
        log.info("stopping")
        await runtime.stop()
