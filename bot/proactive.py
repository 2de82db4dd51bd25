"""Proactive messages from scheduled rows: the engine, and the rules every sender shares.

Timed work is a row in `scheduled` with a due time. One poll (`run_due`), triggered by the one
JobQueue job every DUE_POLL_SECONDS, claims due rows in batches through the index on the due
time and hands each row to the handler of its kind. A handler answers with a `Result`: done
(the row is deleted), postponed (the row is moved), or kept (the handler moved it itself, as
a check-in row moves on to its next date). APScheduler holds no state: after a restart the
rows are still there, and claims of the last run are released.

Every message to a person goes through the outbox with a dedupe key derived from its
scheduled row, so a crash between claiming and sending can neither lose a message nor send it
twice (except one Telegram had received when the crash came: the outbox sends rows caught
mid-send again).

Rules for every proactive sender:
- no messages in quiet hours (QUIET_HOURS) or on days staff marked off (/offdays):
  `held_until`;
- at most one proactive message per person per local day, whatever its kind:
  `take_daily_slot` (exempt messages, such as reminders the person asked for, are recorded
  and always allowed);
- only to people who agreed to follow-ups (`users.followups`, set by the check-in opt-in);
- check-ins are postponed while the person is busy: `BUSY_CHECKS`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from bot.effects import Button
from bot.services import Services
from bot.storage.checkins import CheckinState
from bot.storage.repos import Scheduled, User
from bot.telegram_io import keyboard_json

log = logging.getLogger(__name__)

FEEDBACK_AFTER = timedelta(days=1)
BATCH = 200  # rows claimed per query
MAX_PER_TICK = 5000  # a tick ends after this many rows; the next poll takes the rest
RETRY_AFTER_ERROR = timedelta(minutes=5)
NEAR_BOOKING = timedelta(hours=48)


@dataclass
class Tick:
    """What one poll knows: the time, the days staff marked off, the people of the current
    batch (read in one query each; a handler takes its person out, so it reads them once),
    and anonymous counts, written once at the end of the poll."""

    now: datetime
    off_days: frozenset[date] = frozenset()
    users: dict[int, User] = field(default_factory=dict)
    states: dict[int, CheckinState] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def count(self, metric: str, n: int = 1) -> None:
        """Add to today's anonymous count of `metric`."""
        self.counts[metric] = self.counts.get(metric, 0) + n


@dataclass(frozen=True)
class Result:
    """What became of a row: queued messages, and whether it is postponed or kept."""

    queued: int = 0
    postpone: datetime | None = None
    keep: bool = False  # the handler moved the row itself


DONE = Result()

KindHandler = Callable[[Services, Scheduled, Tick], Awaitable[Result]]
KINDS: dict[str, KindHandler] = {}


def kind(name: str) -> Callable[[KindHandler], KindHandler]:
    """Register the handler of one kind of scheduled row."""

    def decorate(fn: KindHandler) -> KindHandler:
        KINDS[name] = fn
        return fn

    return decorate


# -- shared rules ------------------------------------------------------------------------------


def local_day(services: Services, moment: datetime) -> date:
    """The local date of a moment."""
    return moment.astimezone(services.settings.tz).date()


def quiet_until(
    services: Services, now: datetime, hours: tuple[time, time] | None = None
) -> datetime | None:
    """If `now` is in quiet hours (QUIET_HOURS, or the `hours` given), when they end (local
    time); else None."""
    start, end = hours or services.settings.quiet_hours
    local = now.astimezone(services.settings.tz)
    current = local.time()
    in_quiet = (start <= current or current < end) if start > end else start <= current < end
    if not in_quiet:
        return None
    day = local.date() if current < end else local.date() + timedelta(days=1)
    return datetime.combine(day, end, tzinfo=services.settings.tz)


def held_until(services: Services, now: datetime, off_days: frozenset[date]) -> datetime | None:
    """Quiet hours or a day marked off: when messages to people may go again; else None."""
    moment = quiet_until(services, now) or now
    end = services.settings.quiet_hours[1]
    for _ in range(400):
        if local_day(services, moment) not in off_days:
            break
        moment = datetime.combine(
            local_day(services, moment) + timedelta(days=1), end, tzinfo=services.settings.tz
        )
    return None if moment == now else moment


async def take_daily_slot(
    services: Services,
    user_id: int,
    now: datetime,
    kind: str,
    *,
    exempt: bool = False,
    ref: str | None = None,
) -> bool:
    """The one proactive message a person may get today (local date). False when another
    message already went today; exempt messages are recorded and always allowed. `ref` (the
    outbox dedupe key) lets a retry after a crash reuse the slot it had taken."""
    return await services.proactive.take_slot(
        user_id, local_day(services, now), kind, now, exempt=exempt, ref=ref
    )


BusyCheck = Callable[[Services, int, datetime], Awaitable[str | None]]
# Reasons to postpone a check-in: each returns a short reason, or None. Other features add
# theirs here.
BUSY_CHECKS: list[BusyCheck] = []


def busy_check(fn: BusyCheck) -> BusyCheck:
    """Register a reason to postpone check-ins."""
    BUSY_CHECKS.append(fn)
    return fn


@busy_check
async def open_ticket(services: Services, user_id: int, now: datetime) -> str | None:
    """The team is already in touch about something."""
    return "open ticket" if await services.tickets.open_for(user_id) is not None else None


@busy_check
async def recent_activity(services: Services, user_id: int, now: datetime) -> str | None:
    """The person used the bot in the last CHECKIN_ACTIVE_DAYS days."""
    user = await services.users.get(user_id)
    days = services.settings.checkin_active_days
    if user is not None and now - user.last_seen_at < timedelta(days=days):
        return "recent activity"
    return None


@busy_check
async def near_booking(services: Services, user_id: int, now: datetime) -> str | None:
    """A drop-in booking within the next 48 hours: the team will see the person soon."""
    soon = [
        b
        for b in await services.bookings.upcoming(user_id, now)
        if b.status == "booked" and b.slot_start - now <= NEAR_BOOKING
    ]
    return "booking within 48 hours" if soon else None


async def busy_reason(services: Services, user_id: int, now: datetime) -> str | None:
    """The first registered reason the person is busy, or None."""
    for check in BUSY_CHECKS:
        reason = await check(services, user_id, now)
        if reason:
            return reason
    return None


# -- the poll ----------------------------------------------------------------------------------


@dataclass
class TickReport:
    """What one poll did (for logs, tests and the benchmark)."""

    handled: int = 0
    queued: int = 0
    postponed: int = 0
    failed: int = 0
    kinds: dict[str, int] = field(default_factory=dict)


async def run_due(services: Services) -> int:
    """One poll: turn every due row into outbox messages; returns how many were queued."""
    return (await tick(services)).queued


async def tick(services: Services) -> TickReport:
    """One poll, with its report. One poll runs at a time."""
    async with services.due_lock:
        now = services.clock.now()
        context = Tick(now, frozenset(await services.proactive.off_days()))
        report = TickReport()
        try:
            while report.handled < MAX_PER_TICK:
                batch = await services.schedule.claim(now, BATCH)
                people = sorted({i.user_id for i in batch if i.kind == "checkin" and i.user_id})
                context.users = await services.users.many(people)
                context.states = await services.checkins.many(people)
                for item in batch:
                    await _one(services, item, context, report)
                if len(batch) < BATCH:
                    break
        finally:
            day = local_day(services, now)
            for metric, n in context.counts.items():
                await services.proactive.bump(day, metric, n)
        if report.queued and services.worker is not None:
            services.worker.wake.set()
        if report.handled:
            log.debug(
                "due rows: %s handled, %s queued, %s postponed, %s failed",
                report.handled,
                report.queued,
                report.postponed,
                report.failed,
            )
        return report


async def _one(services: Services, item: Scheduled, context: Tick, report: TickReport) -> None:
    report.handled += 1
    report.kinds[item.kind] = report.kinds.get(item.kind, 0) + 1
    handler = KINDS.get(item.kind)
    schedule = services.schedule
    if handler is None:
        log.error("unknown scheduled kind %s", item.kind)
        await schedule.done(item.id)
        return
    try:
        result = await handler(services, item, context)
    except Exception:
        log.exception("scheduled row %s (%s) failed; trying again later", item.id, item.kind)
        report.failed += 1
        await schedule.move(item.id, item.due_at, context.now + RETRY_AFTER_ERROR)
        return
    report.queued += result.queued
    if result.keep:
        return
    if result.postpone is not None:
        report.postponed += 1
        # Only if nobody moved the row meanwhile (a person's answer reschedules a check-in).
        await schedule.move(item.id, item.due_at, result.postpone)
        return
    await schedule.finish(item.id, item.due_at)


# -- "did you get help there?" and ticket announcements ----------------------------------------


async def schedule_signpost_feedback(services: Services, user_id: int, service_id: str) -> None:
    """Ask "did you get help there?" a day after a signpost, if the person agreed."""
    user = await services.users.get(user_id)
    if user is None or not user.followups or user.consent_version < services.privacy_version:
        return
    now = services.clock.now()
    await services.schedule.add(
        kind="signpost-feedback",
        user_id=user_id,
        due_at=now + FEEDBACK_AFTER,
        now=now,
        payload={"service": service_id},
        dedupe_key=f"signpost-feedback:{user_id}:{service_id}",
    )


@kind("signpost-feedback")
async def _signpost_feedback(services: Services, item: Scheduled, context: Tick) -> Result:
    now = context.now
    held = held_until(services, now, context.off_days)
    if held is not None:
        return Result(postpone=held)
    user_id = item.user_id
    if user_id is None:
        return DONE
    user = await services.users.get(user_id)
    service = services.directory.by_id("service").get(item.payload.get("service", ""))
    if user is None or user.blocked or not user.followups or service is None:
        return DONE
    key = f"signpost-feedback:{item.id}"
    if await services.outbox.exists(key):
        return DONE  # handed over before a restart
    if not await take_daily_slot(services, user_id, now, "signpost-feedback", ref=key):
        return Result(postpone=now + timedelta(days=1))
    t = services.i18n.text
    codec = services.codec
    locale = user.locale
    ref = services.directory.ref(service["id"])
    buttons = (
        (
            Button(t(locale, "dir-feedback-helpful"), codec.encode("dir", "fb", ref, "yes")),
            Button(t(locale, "dir-feedback-unhelpful"), codec.encode("dir", "fb", ref, "no")),
        ),
        (
            Button(
                t(locale, "dir-feedback-no-access"),
                codec.encode("dir", "fb", ref, "no_access"),
            ),
        ),
    )
    await services.outbox.add(
        chat_id=user_id,
        user_id=user_id,
        now=now,
        payload={
            "kind": "text",
            "keyboard": keyboard_json(buttons),
            "text": t(locale, "dir-feedback-question", service=service["name"]),
        },
        dedupe_key=key,
    )
    return Result(queued=1)


@kind("ticket-sla")
async def _ticket_sla(services: Services, item: Scheduled, context: Tick) -> Result:
    from bot.handoff import sla_due

    await sla_due(services, item.payload)  # staff-chat work: no quiet hours, no cap
    return DONE


# Drop-in booking (bot.booking): reminders keep their own quiet hours (REMINDER_QUIET_HOURS)
# and count towards the daily cap as exempt (the person asked for them); hold expiry and
# closure reports are not messages in their own right. Broadcasts (bot.broadcast) start at the
# time staff chose.


@kind("booking-reminder")
async def _booking_reminder(services: Services, item: Scheduled, context: Tick) -> Result:
    from bot.booking import send_reminder

    return Result(queued=await send_reminder(services, item.payload))


@kind("waitlist-expire")
async def _waitlist_expire(services: Services, item: Scheduled, context: Tick) -> Result:
    from bot.booking import hold_expired

    await hold_expired(services, item.payload)
    return DONE


@kind("closure-summary")
async def _closure_summary(services: Services, item: Scheduled, context: Tick) -> Result:
    from bot.booking import closure_summary

    await closure_summary(services, item.payload)
    return DONE


@kind("broadcast-start")
async def _broadcast_start(services: Services, item: Scheduled, context: Tick) -> Result:
    from bot.broadcast import scheduled_start

    await scheduled_start(services, item.payload)
    return DONE


def parse_quiet(text: str) -> tuple[time, time]:
    """`21:00-09:00` -> (21:00, 09:00)."""
    first, _, second = text.partition("-")
    return time.fromisoformat(first.strip()), time.fromisoformat(second.strip())


# The check-in kinds (check-ins, follow-ups, answer deadlines, the weekly summary) register
# themselves when bot.checkins is imported; import it here so the poll always knows them.
from bot import checkins as _checkins  # noqa: E402, F401
