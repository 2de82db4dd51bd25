"""Proactive messages from scheduled rows: "did you get help there?" (and, later, check-ins
and reminders). Only to people who agreed to follow-ups, never in quiet hours."""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta

from bot.effects import Button
from bot.services import Services
from bot.telegram_io import keyboard_json

log = logging.getLogger(__name__)

FEEDBACK_AFTER = timedelta(days=1)


def quiet_until(services: Services, now: datetime) -> datetime | None:
    """If `now` is in quiet hours, when they end (local time); else None."""
    start, end = services.settings.quiet_hours
    local = now.astimezone(services.settings.tz)
    current = local.time()
    in_quiet = (start <= current or current < end) if start > end else start <= current < end
    if not in_quiet:
        return None
    day = local.date() if current < end else local.date() + timedelta(days=1)
    return datetime.combine(day, end, tzinfo=services.settings.tz)


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


async def run_due(services: Services) -> int:
    """Turn due scheduled rows into outbox messages; returns how many were queued."""
    now = services.clock.now()
    queued = 0
    for item in await services.schedule.due(now):
        # Work that is not a message to a client, or keeps its own quiet hours, runs any time.
        keeps_own_time = (
            item.kind == "ticket-sla"
            or item.kind in _BOOKING_KINDS
            or item.kind in _BROADCAST_KINDS
        )
        later = None if keeps_own_time else quiet_until(services, now)
        if later is not None:
            await services.schedule.postpone(item.id, later)
            continue
        if item.kind in _BOOKING_KINDS:
            await _BOOKING_KINDS[item.kind](services, item.payload)
        elif item.kind in _BROADCAST_KINDS:
            await _BROADCAST_KINDS[item.kind](services, item.payload)
        elif item.kind == "signpost-feedback":
            queued += await _signpost_feedback(services, item.user_id, item.payload)
        elif item.kind == "ticket-sla":
            from bot.handoff import sla_due

            await sla_due(services, item.payload)
        else:
            log.error("unknown scheduled kind %s", item.kind)
        await services.schedule.done(item.id)
    return queued


async def _signpost_feedback(services: Services, user_id: int | None, payload: dict) -> int:
    if user_id is None:
        return 0
    user = await services.users.get(user_id)
    service = services.directory.by_id("service").get(payload.get("service", ""))
    if user is None or user.blocked or not user.followups or service is None:
        return 0
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
        now=services.clock.now(),
        payload={
            "kind": "text",
            "keyboard": keyboard_json(buttons),
            "text": t(locale, "dir-feedback-question", service=service["name"]),
        },
        dedupe_key=f"signpost-feedback:{user_id}:{service['id']}:{services.clock.now().date()}",
    )
    return 1


async def _reminder(services: Services, payload: dict) -> None:
    from bot.booking import send_reminder

    await send_reminder(services, payload)


async def _hold_expired(services: Services, payload: dict) -> None:
    from bot.booking import hold_expired

    await hold_expired(services, payload)


async def _closure_summary(services: Services, payload: dict) -> None:
    from bot.booking import closure_summary

    await closure_summary(services, payload)


# Drop-in booking's timed work (bot.booking): reminders keep their own quiet hours
# (REMINDER_QUIET_HOURS); hold expiry and closure reports are not messages to clients.
_BOOKING_KINDS = {
    "booking-reminder": _reminder,
    "waitlist-expire": _hold_expired,
    "closure-summary": _closure_summary,
}


async def _broadcast_start(services: Services, payload: dict) -> None:
    from bot.broadcast import scheduled_start

    await scheduled_start(services, payload)


# Staff broadcasts (bot.broadcast): a scheduled send starts at the time staff chose (the time
# is theirs, not quiet-hours-checked; the daily cap applies per person when it starts).
_BROADCAST_KINDS = {"broadcast-start": _broadcast_start}


def parse_quiet(text: str) -> tuple[time, time]:
    """`21:00-09:00` -> (21:00, 09:00)."""
    first, _, second = text.partition("-")
    return time.fromisoformat(first.strip()), time.fromisoformat(second.strip())
