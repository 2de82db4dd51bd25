"""Welfare check-ins (seed 001): the routine part of the welfare calls, carried by the bot.

People who opt in (after consent, or with /checkins) get a short message every week or every
two weeks, in the time of day they chose: "How are things this week?" with 🙂 🤔 😟 🆘. Most
answers are handled here without a person; the rest put the person on the welfare call list,
in an order that puts those most at risk first, for staff and volunteers to call.

Timing (all through the engine in `bot.proactive`): one pending `checkin` row per person; it
moves on to its next date after each send, and again from each first answer, because the next
check-in is due a period after the last *answer*. Dates are local, so a Tuesday-morning
check-in stays on Tuesday morning across the clock changes. A check-in that finds the person
busy (`BUSY_CHECKS`), or a day's message already sent, waits for the next day's slot.

Escalation: two check-ins in a row without any answer (a button, or any message to the bot,
within CHECKIN_ANSWER_HOURS), 😟 without an answer to "Would you like someone to contact
you?" (within CHECKIN_NOT_OK_HOURS), or "No" to a follow-up.

Stored: the choice, the first name Telegram gives (for the call list), times and counts.
Never free text, never a phone number. Weekly counts are anonymous (`checkin_stats`).
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from functools import lru_cache
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.clock import iso, parse_iso
from bot.effects import Button
from bot.i18n import LOCALES
from bot.proactive import (
    DONE,
    Result,
    Tick,
    busy_reason,
    held_until,
    kind,
    local_day,
    take_daily_slot,
)
from bot.services import Services
from bot.storage.checkins import CADENCES, TIMES_OF_DAY, CallEntry, CheckinState
from bot.storage.repos import Scheduled
from bot.telegram_io import keyboard_json
from bot.windows import in_window, next_slot, slot_on

log = logging.getLogger(__name__)

PERIOD_DAYS = {"weekly": 7, "fortnightly": 14}
# A person's proactive rows: removed when they stop check-ins (and by /forget).
PERSON_KINDS = ("checkin", "followup", "checkin-expire", "checkin-notok", "signpost-feedback")
MISSED_FOR_CALL = 2  # check-ins in a row without any answer
RECENT_CRISIS = timedelta(days=30)
NEW_ARRIVAL = timedelta(days=30)  # first contact within this: a new arrival
TIP_DAYS = 7  # a tip of the week is shown for a week after it was set
TIP_MAX = 600
SUMMARY_WEEKDAY = 0  # Monday
SUMMARY_AT = time(9, 0)
STAFF_LOCALE = "en"


def _quiet(services: Services) -> tuple[time, time]:
    return services.settings.quiet_hours


def due_after(
    services: Services, user_id: int, time_of_day: str, base: datetime, cadence: str
) -> datetime:
    """The person's slot one period after the local date of `base`."""
    day = local_day(services, base) + timedelta(days=PERIOD_DAYS[cadence])
    return slot_on(day, time_of_day, user_id, _quiet(services), services.settings.tz)


def soonest(services: Services, user_id: int, time_of_day: str, after: datetime) -> datetime:
    """The person's next slot after `after`."""
    return next_slot(after, time_of_day, user_id, _quiet(services), services.settings.tz)


# -- choosing ----------------------------------------------------------------------------------


async def choose(
    services: Services,
    user_id: int,
    *,
    cadence: str | None = None,
    time_of_day: str | None = None,
    first_name: str | None = None,
) -> CheckinState:
    """Store a choice and (re)schedule the person's check-in row. `off` stops everything."""
    if cadence == "off":
        return await stop(services, user_id, "person", first_name=first_name)
    if cadence is not None and cadence not in CADENCES:
        raise ValueError(cadence)
    if time_of_day is not None and time_of_day not in TIMES_OF_DAY:
        raise ValueError(time_of_day)
    now = services.clock.now()
    before = await services.checkins.get(user_id)
    state = await services.checkins.choose(
        user_id,
        cadence=cadence,
        time_of_day=time_of_day,
        first_name=(first_name or "")[:32] or None,
        now=now,
    )
    if not state.on:
        return state
    await services.users.set_followups(user_id, True)
    pending = await services.schedule.pending(user_id, "checkin")
    if before is None or not before.on or not pending:
        due = due_after(services, user_id, state.time_of_day, now, state.cadence)
    elif cadence is not None and cadence != before.cadence:
        # A new period counts from the last answer (or send), like every next check-in.
        moments = [m for m in (state.last_answer_at, state.last_sent_at) if m is not None]
        due = due_after(services, user_id, state.time_of_day, max(moments, default=now), cadence)
    elif time_of_day is not None and time_of_day != before.time_of_day:
        day = local_day(services, pending[0].due_at)
        due = slot_on(day, state.time_of_day, user_id, _quiet(services), services.settings.tz)
    else:
        return state  # the same choice again
    if due <= now:
        due = soonest(services, user_id, state.time_of_day, now)
    await services.schedule.set_checkin(user_id, due, now)
    log.info("check-ins %s, %s", state.cadence, state.time_of_day)
    return state


async def stop(
    services: Services, user_id: int, reason: str, *, first_name: str | None = None
) -> CheckinState:
    """No more check-ins, follow-ups or other proactive messages; off the call list."""
    state = await services.checkins.choose(
        user_id,
        cadence="off",
        time_of_day=None,
        first_name=(first_name or "")[:32] or None,
        now=services.clock.now(),
        stopped_reason=reason,
    )
    await services.users.set_followups(user_id, False)
    await services.schedule.remove(user_id, PERSON_KINDS)
    await services.calllist.remove_open(user_id)
    log.info("check-ins stopped (%s)", reason)
    return state


# -- sending -----------------------------------------------------------------------------------


def checkin_payload(services: Services, locale: str, cadence: str, number: int) -> dict[str, Any]:
    """The check-in message: the question, four answers, and the way to stop."""
    t = services.i18n.text
    codec = services.codec
    rows = (
        (
            Button(t(locale, "checkin-ok-button"), codec.encode("ci", "ok", number)),
            Button(t(locale, "checkin-bad-button"), codec.encode("ci", "bad", number)),
        ),
        (Button(t(locale, "checkin-help-button"), codec.encode("ci", "help", number)),),
        (Button(t(locale, "checkin-sos-button"), codec.encode("ci", "sos", number)),),
        (Button(t(locale, "checkin-stop-button"), codec.encode("cs", "off", "c")),),
    )
    return {
        "kind": "text",
        "text": t(locale, "checkin-question", cadence=cadence),
        "keyboard": keyboard_json(rows),
    }


def _wait(services: Services, user_id: int, state: CheckinState, now: datetime, tick: Tick):
    """Where a check-in or follow-up goes when it cannot go now: the next slot."""
    return next_slot(
        now,
        state.time_of_day,
        user_id,
        _quiet(services),
        services.settings.tz,
        tick.off_days,
        not_on=local_day(services, now),
    )


async def _timing(
    services: Services, user_id: int, state: CheckinState, tick: Tick
) -> datetime | None:
    """None if a message may go now (in the window, not quiet, not off); else when."""
    now = tick.now
    settings = services.settings
    if held_until(services, now, tick.off_days) is None and in_window(
        now, state.time_of_day, _quiet(services), settings.tz
    ):
        return None
    return next_slot(now, state.time_of_day, user_id, _quiet(services), settings.tz, tick.off_days)


@kind("checkin")
async def _checkin_due(services: Services, item: Scheduled, tick: Tick) -> Result:
    """A check-in is due: send it, or postpone it, then move the row to its next date."""
    now = tick.now
    user_id = item.user_id
    if user_id is None:
        return DONE
    state = tick.states.pop(user_id, None) or await services.checkins.get(user_id)
    user = tick.users.pop(user_id, None) or await services.users.get(user_id)
    if user is None or state is None or not state.on:
        return DONE
    if user.blocked:
        await stop(services, user_id, "blocked")
        return DONE
    # The dedupe key comes from the row and its due time, so a retry after a crash finds the
    # message it had handed over; `mark_sent` counts each due time once.
    key = f"checkin:{item.id}:{iso(item.due_at)}"
    resumed = state.last_sent_due == item.due_at
    number = state.sent_count if resumed else state.sent_count + 1
    if not await services.outbox.exists(key):
        if user.consent_version < services.privacy_version:
            return Result(postpone=_wait(services, user_id, state, now, tick))
        later = await _timing(services, user_id, state, tick)
        if later is not None:
            return Result(postpone=later)
        reason = await busy_reason(services, user_id, now)
        if reason is not None:
            log.debug("check-in postponed: %s", reason)
            tick.count("postponed")
            return Result(postpone=_wait(services, user_id, state, now, tick))
        if not await take_daily_slot(services, user_id, now, "checkin", ref=key):
            tick.count("postponed")
            return Result(postpone=_wait(services, user_id, state, now, tick))
        await services.outbox.add(
            chat_id=user_id,
            user_id=user_id,
            now=now,
            payload=checkin_payload(services, user.locale, state.cadence, number),
            dedupe_key=key,
        )
        queued = 1
    else:
        queued = 0  # handed over before a restart: only the bookkeeping is left
    if await services.checkins.mark_sent(user_id, item.due_at, now):
        tick.count("sent")
    await services.schedule.add(
        kind="checkin-expire",
        user_id=user_id,
        due_at=now + timedelta(hours=services.settings.checkin_answer_hours),
        now=now,
        payload={"n": number, "sent_at": iso(now)},
        dedupe_key=f"checkin-expire:{user_id}:{number}",
    )
    following = due_after(services, user_id, state.time_of_day, now, state.cadence)
    await services.schedule.move(item.id, item.due_at, following)
    return Result(queued=queued, keep=True)


@kind("checkin-expire")
async def _checkin_expire(services: Services, item: Scheduled, tick: Tick) -> Result:
    """The answer time of a check-in is over: answered, or one more missed in a row."""
    user_id = item.user_id
    if user_id is None:
        return DONE
    state = await services.checkins.get(user_id)
    user = await services.users.get(user_id)
    if state is None or user is None:
        return DONE
    number = int(item.payload.get("n", 0))
    sent_at = parse_iso(item.payload["sent_at"]) if "sent_at" in item.payload else tick.now
    answered = state.answered_count >= number or user.last_seen_at > sent_at
    judged = await services.checkins.judge(user_id, number, answered)
    if judged is None or answered or not judged.on or judged.missed < MISSED_FOR_CALL:
        return DONE
    if await services.calllist.add(user_id, "missed", tick.now):
        log.info("call list: %s check-ins in a row without an answer", judged.missed)
    return DONE


@kind("checkin-notok")
async def _not_ok_due(services: Services, item: Scheduled, tick: Tick) -> Result:
    """😟 and no answer to "Would you like someone to contact you?": a call is needed."""
    user_id = item.user_id
    if user_id is None:
        return DONE
    state = await services.checkins.get(user_id)
    if state is None or not state.not_ok_pending:
        return DONE
    await services.checkins.set_not_ok_pending(user_id, False)
    if state.on and await services.tickets.open_for(user_id) is None:
        await services.calllist.add(user_id, "not_ok", tick.now)
        log.info("call list: 😟 without an answer")
    return DONE


# -- answers -----------------------------------------------------------------------------------


async def record_answer(
    services: Services, user_id: int, number: int, answer: str, *, first_name: str = ""
) -> bool:
    """An answer to check-in `number`. The first answer to the newest check-in is counted
    and moves the next check-in to a period after now. Returns True if it was counted."""
    state = await services.checkins.get(user_id)
    if state is None:
        return False
    now = services.clock.now()
    await services.checkins.note_name(user_id, first_name)
    if number <= 0 or not await services.checkins.mark_answered(user_id, number, answer, now):
        return False
    day = local_day(services, now)
    await services.proactive.bump(day, "answered")
    await services.proactive.bump(day, answer)
    if state.on:
        due = due_after(services, user_id, state.time_of_day, now, state.cadence)
        await services.schedule.set_checkin(user_id, due, now)
    return True


async def not_ok(services: Services, user_id: int, number: int) -> None:
    """😟: wait for "Would you like someone to contact you?"; no answer puts them on the list."""
    now = services.clock.now()
    await services.checkins.set_not_ok_pending(user_id, True)
    await services.schedule.add(
        kind="checkin-notok",
        user_id=user_id,
        due_at=now + timedelta(hours=services.settings.checkin_not_ok_hours),
        now=now,
        payload={"n": number},
        dedupe_key=f"checkin-notok:{user_id}:{number}",
    )


async def not_ok_answered(services: Services, user_id: int) -> None:
    """Yes or No to "Would you like someone to contact you?"."""
    await services.checkins.set_not_ok_pending(user_id, False)
    await services.schedule.remove(user_id, ("checkin-notok",))


async def free_text_is_answer(services: Services, user_id: int) -> int | None:
    """A message (not a button) while the newest check-in waits for an answer: its number."""
    state = await services.checkins.get(user_id)
    if state is None or not state.on or not state.waiting_for_answer or not state.last_sent_at:
        return None
    window = timedelta(hours=services.settings.checkin_answer_hours)
    if services.clock.now() - state.last_sent_at > window:
        return None
    return state.sent_count


# -- follow-ups after triage -------------------------------------------------------------------


async def schedule_followup(
    services: Services, user_id: int, case_id: int, after_hours: int, key: str
) -> bool:
    """An outcome with `follow_up`: ask again later, for people who opted in to check-ins."""
    state = await services.checkins.get(user_id)
    user = await services.users.get(user_id)
    if state is None or not state.on or user is None or not user.followups:
        return False
    now = services.clock.now()
    due = soonest(services, user_id, state.time_of_day, now + timedelta(hours=after_hours))
    return await services.schedule.add(
        kind="followup",
        user_id=user_id,
        due_at=due,
        now=now,
        payload={"case": case_id, "key": key},
        dedupe_key=f"followup:{user_id}:{key}",
    )


def followup_payload(services: Services, locale: str, key: str, case_id: int) -> dict[str, Any]:
    """The follow-up question with ✅ Yes / ❌ No / 💬 Talk to a person, and the way to stop."""
    t = services.i18n.text
    codec = services.codec
    rows = (
        (
            Button(t(locale, "followup-yes-button"), codec.encode("fu", "yes", case_id)),
            Button(t(locale, "followup-no-button"), codec.encode("fu", "no", case_id)),
        ),
        (Button(t(locale, "followup-talk-button"), codec.encode("fu", "talk", case_id)),),
        (Button(t(locale, "checkin-stop-button"), codec.encode("cs", "off", "c")),),
    )
    return {"kind": "text", "text": t(locale, key), "keyboard": keyboard_json(rows)}


@kind("followup")
async def _followup_due(services: Services, item: Scheduled, tick: Tick) -> Result:
    """A follow-up is due: in the person's window, within the daily cap."""
    now = tick.now
    user_id = item.user_id
    if user_id is None:
        return DONE
    state = await services.checkins.get(user_id)
    user = await services.users.get(user_id)
    if user is None or state is None or not state.on or not user.followups:
        return DONE
    if user.blocked:
        await stop(services, user_id, "blocked")
        return DONE
    case = await services.cases.get(int(item.payload.get("case", 0)))
    key = str(item.payload.get("key", ""))
    if case is None or case.user_id != user_id or not services.i18n.has(key):
        return DONE
    ref = f"followup:{item.id}"
    if await services.outbox.exists(ref):
        return DONE
    if user.consent_version < services.privacy_version:
        return Result(postpone=_wait(services, user_id, state, now, tick))
    later = await _timing(services, user_id, state, tick)
    if later is not None:
        return Result(postpone=later)
    if not await take_daily_slot(services, user_id, now, "followup", ref=ref):
        return Result(postpone=_wait(services, user_id, state, now, tick))
    await services.outbox.add(
        chat_id=user_id,
        user_id=user_id,
        now=now,
        payload=followup_payload(services, user.locale, key, case.id),
        dedupe_key=ref,
    )
    tick.count("followup_sent")
    return Result(queued=1)


# -- the welfare call list ---------------------------------------------------------------------


async def call_list(services: Services) -> list[CallEntry]:
    """Open entries, in call order."""
    now = services.clock.now()
    return await services.calllist.open_entries(now, now - RECENT_CRISIS, now - NEW_ARRIVAL)


async def start_chat(services: Services, entry_id: int, member_id: int) -> tuple[str, Any]:
    """📞 Start a chat: a handoff ticket for the person, claimed by the volunteer, who writes
    first. Returns (outcome, detail): ("started", ticket), ("done", None), ("blocked", None)
    or ("has-ticket", ticket)."""
    from bot import handoff

    entry = await services.calllist.get(entry_id)
    if entry is None or entry["done_at"] is not None:
        return "done", None
    user_id = entry["user_id"]
    user = await services.users.get(user_id)
    if user is None:
        return "done", None
    if user.blocked:
        return "blocked", None
    existing = await services.tickets.open_for(user_id)
    if existing is not None:
        return "has-ticket", existing
    state = await services.checkins.get(user_id)
    name = (state.first_name if state else None) or ""
    now = services.clock.now()
    ticket = await services.tickets.open(
        user_id=user_id,
        kind="person",
        need="welfare",
        urgency="soon",
        tier="volunteer",
        locale=user.locale,
        now=now,
    )
    await services.tickets.set(ticket.id, first_name=name[:32])
    if not await services.tickets.claim(ticket.id, member_id, now):
        log.warning("welfare ticket #%s could not be claimed", ticket.id)
    claimed = await services.tickets.get(ticket.id) or ticket
    await handoff.ticket_opened(services, claimed, name, alert=False)
    await services.calllist.set_ticket(entry_id, ticket.id)
    claimed = await services.tickets.get(ticket.id) or claimed
    t = services.i18n.text
    reason = reason_text(services, entry["reason"], entry["need"], 0)
    await handoff.post(
        services,
        claimed,
        t(
            STAFF_LOCALE,
            "calllist-chat-note",
            reason=reason,
            alias=await handoff.alias_of(services, member_id),
        ),
    )
    log.info("welfare chat started from the call list: ticket #%s", ticket.id)
    return "started", claimed


def reason_text(services: Services, reason: str, need: str | None, missed: int) -> str:
    """Why the person is on the list, in staff words."""
    t = services.i18n.text
    if reason == "missed":
        return t(STAFF_LOCALE, "calllist-reason-missed", count=max(missed, MISSED_FOR_CALL))
    if reason == "followup_no":
        topic = t(STAFF_LOCALE, f"staff-need-{need}") if need else "?"
        return t(STAFF_LOCALE, "calllist-reason-followup-no", need=topic)
    return t(STAFF_LOCALE, "calllist-reason-not-ok")


# -- the weekly summary ------------------------------------------------------------------------


def next_summary(services: Services, after: datetime) -> datetime:
    """The first Monday 09:00 (local) after `after`."""
    tz = services.settings.tz
    day = after.astimezone(tz).date()
    for offset in range(0, 8):
        current = day + timedelta(days=offset)
        moment = datetime.combine(current, SUMMARY_AT, tzinfo=tz)
        if current.weekday() == SUMMARY_WEEKDAY and moment > after:
            return moment
    raise AssertionError("no Monday in a week")


async def ensure_summary(services: Services) -> None:
    """Make sure the weekly summary is scheduled (once per installation)."""
    if await services.db.scalar("SELECT 1 FROM scheduled WHERE kind = 'checkin-summary' LIMIT 1"):
        return
    now = services.clock.now()
    await services.schedule.add(
        kind="checkin-summary",
        due_at=next_summary(services, now),
        now=now,
        dedupe_key="checkin-summary",
    )


async def summary_text(services: Services, monday: datetime) -> str:
    """The week before `monday`: check-ins sent and answered, answers, the call list, blocks."""
    end = monday.astimezone(services.settings.tz).date()
    first, last = end - timedelta(days=7), end - timedelta(days=1)
    stats = await services.proactive.stats(first, last)
    week_start = datetime.combine(first, time(0, 0), tzinfo=services.settings.tz)
    return services.i18n.text(
        STAFF_LOCALE,
        "checkin-weekly-summary",
        first=first.isoformat(),
        last=last.isoformat(),
        sent=stats.get("sent", 0),
        answered=stats.get("answered", 0),
        ok=stats.get("ok", 0),
        help=stats.get("help", 0),
        bad=stats.get("not_ok", 0),
        sos=stats.get("sos", 0),
        followups=stats.get("followup_sent", 0),
        postponed=stats.get("postponed", 0),
        calllist=await services.calllist.count_open(),
        blocked=await services.users.blocked_count(),
        newblocked=await services.users.blocked_count(week_start),
    )


@kind("checkin-summary")
async def _summary_due(services: Services, item: Scheduled, tick: Tick) -> Result:
    """Monday 09:00: the week's summary to the staff chat; then the next Monday."""
    staff = services.settings.staff_chat_id
    monday = item.due_at.astimezone(services.settings.tz)
    if staff is not None:
        await services.outbox.add(
            chat_id=staff,
            now=tick.now,
            payload={"kind": "text", "text": await summary_text(services, monday)},
            dedupe_key=f"checkin-summary:{monday.date().isoformat()}",
        )
    await services.schedule.move(item.id, item.due_at, next_summary(services, tick.now))
    return Result(queued=1 if staff is not None else 0, keep=True)


# -- the tip of the week -----------------------------------------------------------------------

TIP_ID = "tip-text"


class _References(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.found.append("$" + node.id.name)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.found.append(node.id.name)

    def visit_TermReference(self, node: ast.TermReference) -> None:
        self.found.append("-" + node.id.name)

    def visit_FunctionReference(self, node: ast.FunctionReference) -> None:
        self.found.append(node.id.name + "()")


def tip_source(text: str) -> str:
    """A staff member's text as the Fluent source of one message."""
    lines = text.strip().splitlines()
    body = "\n".join(f"    {line}" if line.strip() else "" for line in lines)
    return f"{TIP_ID} =\n{body}\n"


def check_tip(locale: str, text: str) -> str | None:
    """None if the text is a valid tip for the locale; else the problem, in staff words."""
    if locale not in LOCALES:
        return f"unknown language {locale!r}"
    if not text.strip():
        return "the tip is empty"
    if len(text) > TIP_MAX:
        return f"the tip is longer than {TIP_MAX} characters"
    resource = FluentParser().parse(tip_source(text))
    entries = [e for e in resource.body if not isinstance(e, ast.Comment | ast.GroupComment)]
    junk = [e for e in entries if isinstance(e, ast.Junk)]
    if junk:
        notes = "; ".join(a.message for e in junk for a in e.annotations)
        return f'Fluent syntax error: {notes or "cannot parse"} (use {{ "{{" }} for a brace)'
    if len(entries) != 1 or not isinstance(entries[0], ast.Message) or entries[0].attributes:
        return "a tip is one plain message (no lines starting with '.', '[' or '*')"
    references = _References()
    references.visit(entries[0])
    if references.found:
        return "a tip cannot use variables or other messages: " + ", ".join(references.found)
    text_out, errors = _render(locale, tip_source(text))
    if errors or not text_out.strip():
        return "the tip does not render"
    return None


@lru_cache(maxsize=64)
def _render(locale: str, source: str) -> tuple[str, tuple[str, ...]]:
    bundle = FluentBundle([locale.replace("-", "_")], use_isolating=False)
    bundle.add_resource(FluentResource(source))
    if not bundle.has_message(TIP_ID):
        return "", ("missing",)
    message = bundle.get_message(TIP_ID)
    if message.value is None:
        return "", ("empty",)
    text, errors = bundle.format_pattern(message.value, {})
    return text, tuple(str(e) for e in errors)


def render_tip(locale: str, source: str) -> str | None:
    """A stored tip as the person will see it (None if it does not render)."""
    text, errors = _render(locale, source)
    return None if errors or not text.strip() else text


async def tip_for(services: Services, locale: str) -> str | None:
    """This week's tip in the person's own language, or None. Never another language's tip."""
    stored = await services.proactive.tip(locale)
    if stored is None:
        return None
    source, set_at = stored
    if services.clock.now() - set_at > timedelta(days=TIP_DAYS):
        return None
    return render_tip(locale, source)
