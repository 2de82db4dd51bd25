"""Drop-in booking: the rules, the waitlist, reminders and closures, on SQLite.

Sessions and slots come from `directory/dropin/*.yaml` through `bot.dropin` and are never
stored. What is stored is what people and staff did: bookings (a seat at a slot), the waitlist,
closures made with /close and walk-in overrides made with /capacity.

No double booking under any interleaving: every booking runs in one transaction (they take
turns on the one connection), and a unique index on (session, day, role, slot, seat) backs it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from bot.clock import iso
from bot.dropin.slots import Occurrence, Slot, bookable, occurrence, occurrences, upcoming_slots
from bot.effects import Button
from bot.services import Services
from bot.storage.bookings import Booking, _waiting

log = logging.getLogger(__name__)

ACTIVE = ("held", "booked", "arrived", "no_show")
UPCOMING = ("held", "booked")
REASONS = ("holiday", "weather", "staff", "building", "other")
EVENING_REMINDER = time(18, 0)
SOON_REMINDER = timedelta(hours=2)
MIN_HOLD = timedelta(minutes=10)


# --- Sessions as people see them -------------------------------------------------------------


async def closures(services: Services) -> dict[tuple[str, date], str]:
    """Staff closures (from /close)."""
    return await services.bookings.closures()


async def upcoming_occurrences(
    services: Services, *, days: int = 28, role: str | None = None, include_closed: bool = False
) -> list[Occurrence]:
    """Sessions from today for `days` days, optionally only those a role attends."""
    tz = services.settings.tz
    now = services.clock.now()
    today = now.astimezone(tz).date()
    found = occurrences(
        services.dropins,
        today,
        today + timedelta(days=days),
        tz,
        closures=await closures(services),
    )
    out = []
    for occ in found:
        if occ.end <= now or (occ.closed and not include_closed):
            continue
        if role is not None and role not in {r.role for r in occ.rota}:
            continue
        out.append(occ)
    return out


async def find_occurrence(services: Services, session_id: str, day: date) -> Occurrence | None:
    """One session day (closed ones included), or None if there is no such session."""
    return occurrence(
        services.dropins, session_id, day, services.settings.tz, closures=await closures(services)
    )


async def places_left(services: Services, occ: Occurrence, role: str) -> int:
    """Bookable places not yet taken for a role."""
    walk_in = await services.bookings.walk_in(occ.session_id, occ.day, role)
    total = bookable(occ, role, walk_in)
    return max(0, total - await services.bookings.active_count(occ.session_id, occ.day, role))


async def free_slots(services: Services, occ: Occurrence, role: str) -> list[Slot]:
    """Slots with a free seat that can still be booked (not past, not too close)."""
    if occ.closed or await places_left(services, occ, role) <= 0:
        return []
    lead = timedelta(minutes=services.settings.booking_min_lead_minutes)
    taken = await services.bookings.seats(occ.session_id, occ.day, role)
    return [
        slot
        for slot in upcoming_slots(occ, role, services.clock.now(), lead)
        if len(taken.get(iso(slot.start), set())) < slot.places
    ]


def outcome_roles(services: Services, flow_id: str, index: int) -> list[str] | None:
    """The rota roles that can help with a triage outcome (by tier or by signpost term)."""
    flow = services.flows.get(flow_id)
    if flow is None:
        return None
    outcomes = flow.outcomes()
    if not 0 <= index < len(outcomes):
        return None
    node = outcomes[index]
    roles = []
    for rule in services.dropins.sessions.values():
        for entry in rule.rota:
            helps = node.tier in entry.tiers or set(node.signpost) & set(entry.terms)
            if helps and entry.role not in roles:
                roles.append(entry.role)
    return roles


def triage_button(services: Services, locale: str, flow_id: str, node_id: str) -> Button | None:
    """ "📅 Book a drop-in slot" for an outcome with tier caseworker or immigration adviser,
    when some role at the drop-in can help with it."""
    flow = services.flows.get(flow_id)
    if flow is None:
        return None
    outcomes = flow.outcomes()
    index = next((i for i, n in enumerate(outcomes) if n.id == node_id), None)
    if index is None or outcomes[index].tier not in ("caseworker", "immigration_adviser"):
        return None
    if not outcome_roles(services, flow_id, index):
        return None
    return Button(
        services.i18n.text(locale, "booking-button-triage"),
        services.codec.encode("bk", "out", flow_id, index),
    )


# --- Booking ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What happened to a booking request: `booked`, or why not."""

    status: str  # booked | full | slot_taken | closed | too_late | already | limit | gone
    booking: Booking | None = None
    replaced: Booking | None = None


async def book(
    services: Services,
    *,
    user_id: int,
    first_name: str,
    locale: str,
    occ: Occurrence,
    role: str,
    slot_start: datetime,
    interpreter: str | None,
    replace: int | None = None,
) -> Outcome:
    """Book a seat at a slot, applying every rule in one transaction."""
    now = services.clock.now()
    settings = services.settings
    lead = timedelta(minutes=settings.booking_min_lead_minutes)
    repo = services.bookings
    replaced: Booking | None = None
    async with services.db.transaction():
        if occ.closed:
            return Outcome("closed")
        slot = next((s for s in occ_slots(occ, role) if s.start == slot_start), None)
        if slot is None:
            return Outcome("gone")
        if slot.start < now + lead:
            return Outcome("too_late")
        if replace is not None:
            replaced = await repo.get(replace)
            if replaced is None or replaced.user_id != user_id or replaced.status != "booked":
                return Outcome("gone")
        mine = [b for b in await repo.upcoming(user_id, now) if b.id != replace]
        if any(b.session_id == occ.session_id and b.day == occ.day for b in mine):
            return Outcome("already")
        if len(mine) >= settings.booking_max_upcoming:
            return Outcome("limit")
        walk_in = await repo.walk_in(occ.session_id, occ.day, role)
        taken_in_role = await repo.active_count(occ.session_id, occ.day, role)
        if replaced and (replaced.session_id, replaced.day, replaced.role) == (
            occ.session_id,
            occ.day,
            role,
        ):
            taken_in_role -= 1
        if taken_in_role >= bookable(occ, role, walk_in):
            return Outcome("full")
        seats = (await repo.seats(occ.session_id, occ.day, role)).get(iso(slot.start), set())
        free = [n for n in range(1, slot.places + 1) if n not in seats]
        if not free:
            return Outcome("slot_taken")
        if replaced is not None:
            await repo.set_status(replaced.id, "cancelled", now)
        booking_id = await _insert_place(
            services,
            user_id=user_id,
            occ=occ,
            role=role,
            slot=slot,
            seat=free[0],
            status="booked",
            first_name=first_name,
            locale=locale,
            interpreter=interpreter,
            hold_until=None,
        )
        # Booked now: leave any waitlist for the same session.
        await services.db.execute(
            "UPDATE waitlist SET status = 'booked', updated_at = ? WHERE user_id = ?"
            " AND session_id = ? AND day = ? AND status = 'waiting'",
            (iso(now), user_id, occ.session_id, occ.day.isoformat()),
        )
    booking = await repo.get(booking_id)
    assert booking is not None
    await schedule_reminders(services, booking)
    if replaced is not None:
        await place_freed(services, replaced.session_id, replaced.day, replaced.role)
    return Outcome("booked", booking, replaced)


async def _insert_place(
    services: Services,
    *,
    user_id: int,
    occ: Occurrence,
    role: str,
    slot: Slot,
    seat: int,
    status: str,
    first_name: str,
    locale: str,
    interpreter: str | None,
    hold_until: datetime | None,
) -> int:
    """One seat at a slot, booked or held (inside the caller's transaction)."""
    now = iso(services.clock.now())
    return await services.db.insert(
        "INSERT INTO bookings (user_id, session_id, day, role, slot_start, seat, status,"
        " first_name, locale, interpreter, hold_until, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            user_id,
            occ.session_id,
            occ.day.isoformat(),
            role,
            iso(slot.start),
            seat,
            status,
            first_name[:64],
            locale,
            interpreter,
            iso(hold_until) if hold_until else None,
            now,
            now,
        ),
    )


def occ_slots(occ: Occurrence, role: str) -> list[Slot]:
    """Every slot of a role in a session (past ones included)."""
    from bot.dropin.slots import slots

    return slots(occ, role)


async def cancel(services: Services, booking_id: int, user_id: int) -> Booking | None:
    """Cancel a person's own upcoming booking; the place goes to the waitlist."""
    now = services.clock.now()
    booking = await services.bookings.get(booking_id)
    if booking is None or booking.user_id != user_id or booking.status != "booked":
        return None
    await services.bookings.set_status(booking_id, "cancelled", now)
    await place_freed(services, booking.session_id, booking.day, booking.role)
    return booking


# --- The waitlist ----------------------------------------------------------------------------


async def join_waitlist(
    services: Services,
    *,
    user_id: int,
    first_name: str,
    locale: str,
    occ: Occurrence,
    role: str,
    interpreter: str | None,
) -> tuple[str, int]:
    """Join a session's waitlist: (`joined` | `already` | `booked` | `closed`, position)."""
    now = services.clock.now()
    async with services.db.transaction():
        if occ.closed or occ.end <= now:
            return "closed", 0
        mine = await services.bookings.upcoming(user_id, now)
        if any(b.session_id == occ.session_id and b.day == occ.day for b in mine):
            return "booked", 0
        waiting = await services.bookings.waiting(occ.session_id, occ.day)
        mine_waiting = [w for w in waiting if w.user_id == user_id]
        if mine_waiting:
            queue = [w.user_id for w in waiting if w.role == mine_waiting[0].role]
            return "already", queue.index(user_id) + 1
        await services.db.insert(
            "INSERT INTO waitlist (user_id, session_id, day, role, status, first_name, locale,"
            " interpreter, created_at, updated_at) VALUES (?, ?, ?, ?, 'waiting', ?, ?, ?, ?, ?)",
            (
                user_id,
                occ.session_id,
                occ.day.isoformat(),
                role,
                first_name[:64],
                locale,
                interpreter,
                iso(now),
                iso(now),
            ),
        )
        position = len([w for w in waiting if w.role == role]) + 1
    return "joined", position


async def leave_waitlist(services: Services, waiting_id: int, user_id: int) -> bool:
    """Leave a waitlist (an offer being held is let go and passed on)."""
    now = services.clock.now()
    row = await services.db.fetchone("SELECT * FROM waitlist WHERE id = ?", (waiting_id,))
    if row is None or row["user_id"] != user_id or row["status"] not in ("waiting", "offered"):
        return False
    entry = _waiting(row)
    await services.db.execute(
        "UPDATE waitlist SET status = 'left', updated_at = ? WHERE id = ?", (iso(now), entry.id)
    )
    if entry.booking_id is not None:
        held = await services.bookings.get(entry.booking_id)
        if held is not None and held.status == "held":
            await services.bookings.set_status(held.id, "expired", now)
            await place_freed(services, entry.session_id, entry.day, entry.role)
    return True


def hold_period(services: Services, slot_start: datetime, now: datetime) -> timedelta | None:
    """How long an offer is held: the configured time, shorter near the session; None if
    there is no time left to offer the place at all."""
    lead = timedelta(minutes=services.settings.booking_min_lead_minutes)
    hold = timedelta(minutes=services.settings.waitlist_hold_minutes)
    left = slot_start - lead - now
    if left < MIN_HOLD:
        return None
    return min(hold, left)


async def place_freed(services: Services, session_id: str, day: date, role: str) -> int:
    """A place came free: offer places to the people waiting, first come first served.
    Returns how many offers were made."""
    occ = await find_occurrence(services, session_id, day)
    if occ is None or occ.closed:
        return 0
    offered = 0
    while True:
        made = await _offer_one(services, occ, role)
        if not made:
            return offered
        offered += 1


async def _offer_one(services: Services, occ: Occurrence, role: str) -> bool:
    now = services.clock.now()
    repo = services.bookings
    async with services.db.transaction():
        queue = [
            w for w in await repo.waiting(occ.session_id, occ.day, role) if w.status == "waiting"
        ]
        if not queue:
            return False
        walk_in = await repo.walk_in(occ.session_id, occ.day, role)
        if await repo.active_count(occ.session_id, occ.day, role) >= bookable(occ, role, walk_in):
            return False
        lead = timedelta(minutes=services.settings.booking_min_lead_minutes)
        taken = await repo.seats(occ.session_id, occ.day, role)
        chosen: tuple[Slot, int] | None = None
        for slot in upcoming_slots(occ, role, now, lead):
            seats = taken.get(iso(slot.start), set())
            free = [n for n in range(1, slot.places + 1) if n not in seats]
            if free:
                chosen = (slot, free[0])
                break
        if chosen is None:
            return False
        slot, seat = chosen
        hold = hold_period(services, slot.start, now)
        if hold is None:
            return False
        first = queue[0]
        until = now + hold
        booking_id = await _insert_place(
            services,
            user_id=first.user_id,
            occ=occ,
            role=role,
            slot=slot,
            seat=seat,
            status="held",
            first_name=first.first_name,
            locale=first.locale,
            interpreter=first.interpreter,
            hold_until=until,
        )
        await services.db.execute(
            "UPDATE waitlist SET status = 'offered', booking_id = ?, updated_at = ? WHERE id = ?",
            (booking_id, iso(now), first.id),
        )
    await services.schedule.add(
        kind="waitlist-expire",
        user_id=first.user_id,
        due_at=until,
        now=now,
        payload={"booking": booking_id},
        dedupe_key=f"waitlist-expire:{booking_id}",
    )
    from bot.handlers.booking import offer_message

    await services.telegram.enqueue(
        first.user_id,
        user_id=first.user_id,
        payload=offer_message(services, first.locale, booking_id, occ, role, slot, until),
        dedupe_key=f"waitlist-offer:{booking_id}",
    )
    return True


async def accept_offer(services: Services, booking_id: int, user_id: int) -> Outcome:
    """Take a held place (before the hold ends)."""
    now = services.clock.now()
    async with services.db.transaction():
        held = await services.bookings.get(booking_id)
        if held is None or held.user_id != user_id:
            return Outcome("gone")
        if held.status == "booked":
            return Outcome("already", held)
        if held.status != "held" or held.hold_until is None or held.hold_until <= now:
            return Outcome("expired")
        mine = [b for b in await services.bookings.upcoming(user_id, now) if b.id != held.id]
        if len([b for b in mine if b.status == "booked"]) >= services.settings.booking_max_upcoming:
            return Outcome("limit", held)
        await services.db.execute(
            "UPDATE bookings SET status = 'booked', hold_until = NULL, updated_at = ? WHERE id = ?",
            (iso(now), held.id),
        )
        await services.db.execute(
            "UPDATE waitlist SET status = 'booked', updated_at = ? WHERE booking_id = ?",
            (iso(now), held.id),
        )
    booking = await services.bookings.get(booking_id)
    assert booking is not None
    await schedule_reminders(services, booking)
    return Outcome("booked", booking)


async def decline_offer(services: Services, booking_id: int, user_id: int) -> bool:
    """Say no to a held place: it goes to the next person."""
    now = services.clock.now()
    held = await services.bookings.get(booking_id)
    if held is None or held.user_id != user_id or held.status != "held":
        return False
    await services.bookings.set_status(held.id, "expired", now)
    await services.db.execute(
        "UPDATE waitlist SET status = 'left', updated_at = ? WHERE booking_id = ?",
        (iso(now), held.id),
    )
    await place_freed(services, held.session_id, held.day, held.role)
    return True


async def hold_expired(services: Services, payload: dict[str, Any]) -> None:
    """A held offer ran out: tell the person, and offer the place to the next one."""
    now = services.clock.now()
    held = await services.bookings.get(int(payload.get("booking", 0)))
    if held is None or held.status != "held":
        return
    if held.hold_until is not None and held.hold_until > now:
        return
    await services.bookings.set_status(held.id, "expired", now)
    await services.db.execute(
        "UPDATE waitlist SET status = 'expired', updated_at = ? WHERE booking_id = ?",
        (iso(now), held.id),
    )
    user = await services.users.get(held.user_id)
    if user is not None and not user.blocked:
        await services.telegram.enqueue(
            held.user_id,
            user_id=held.user_id,
            payload={
                "kind": "text",
                "text": services.i18n.text(user.locale, "booking-offer-expired"),
            },
            dedupe_key=f"waitlist-expired:{held.id}",
        )
    await place_freed(services, held.session_id, held.day, held.role)


# --- Reminders -------------------------------------------------------------------------------


def _in_quiet(services: Services, moment: datetime) -> datetime | None:
    """If `moment` is in reminder quiet hours, when they end; else None."""
    from bot.proactive import quiet_until

    return quiet_until(services, moment, services.settings.reminder_quiet_hours)


def reminder_times(services: Services, booking: Booking, now: datetime) -> dict[str, datetime]:
    """When each reminder goes: the day before at 18:00 and two hours before, moved out of
    quiet hours, and never in the past or after the slot has begun."""
    tz = services.settings.tz
    wanted = {
        "eve": datetime.combine(booking.day - timedelta(days=1), EVENING_REMINDER, tzinfo=tz),
        "soon": booking.slot_start - SOON_REMINDER,
    }
    out: dict[str, datetime] = {}
    for which, when in wanted.items():
        later = _in_quiet(services, when)
        if later is not None:
            when = later
        if when <= now or when >= booking.slot_start:
            continue
        if which == "soon" and "eve" in out and out["eve"] >= when:
            continue
        out[which] = when
    return out


async def schedule_reminders(services: Services, booking: Booking) -> None:
    """Rows for the reminders of a booking (dedupe keys make this safe to repeat)."""
    now = services.clock.now()
    for which, when in reminder_times(services, booking, now).items():
        await services.schedule.add(
            kind="booking-reminder",
            user_id=booking.user_id,
            due_at=when,
            now=now,
            payload={"booking": booking.id, "which": which},
            dedupe_key=f"booking-reminder:{booking.id}:{which}",
        )


async def send_reminder(services: Services, payload: dict[str, Any]) -> int:
    """A due reminder: only for a booking still on, never in quiet hours."""
    now = services.clock.now()
    booking = await services.bookings.get(int(payload.get("booking", 0)))
    which = str(payload.get("which", ""))
    if booking is None or booking.status != "booked" or booking.slot_start <= now:
        return 0
    if _in_quiet(services, now) is not None:
        return 0  # a reminder that would land in quiet hours is not sent late at night
    user = await services.users.get(booking.user_id)
    if user is None or user.blocked:
        return 0
    occ = await find_occurrence(services, booking.session_id, booking.day)
    if occ is None or occ.closed:
        return 0
    from bot.handlers.booking import reminder_message
    from bot.proactive import take_daily_slot

    key = f"booking-reminder:{booking.id}:{which}"
    # The person asked for reminders: exempt from the daily cap, but counted in it, so a
    # check-in does not come the same day.
    await take_daily_slot(services, booking.user_id, now, "booking-reminder", exempt=True, ref=key)
    await services.telegram.enqueue(
        booking.user_id,
        user_id=booking.user_id,
        payload=reminder_message(services, user.locale, booking, occ, which),
        dedupe_key=key,
    )
    return 1


# --- Closures --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Closure:
    """What /close did."""

    occurrence: Occurrence
    booked: int
    waiting: int
    notified: int


async def close_session(
    services: Services, occ: Occurrence, reason: str, note: str | None
) -> Closure:
    """Close a session day: every booked and waitlisted person is told in their language,
    through the outbox, with the next sessions offered."""
    now = services.clock.now()
    async with services.db.transaction():
        await services.db.execute(
            "INSERT INTO session_closures (session_id, day, reason, note, closed_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, day) DO UPDATE SET"
            " reason = excluded.reason, note = excluded.note",
            (occ.session_id, occ.day.isoformat(), reason, (note or "")[:200], iso(now)),
        )
        booked = [
            b
            for b in await services.bookings.for_session(occ.session_id, occ.day)
            if b.status in UPCOMING
        ]
        waiting = await services.bookings.waiting(occ.session_id, occ.day)
        await services.db.execute(
            "UPDATE bookings SET status = 'closed', updated_at = ? WHERE session_id = ?"
            " AND day = ? AND status IN ('held', 'booked')",
            (iso(now), occ.session_id, occ.day.isoformat()),
        )
        await services.db.execute(
            "UPDATE waitlist SET status = 'closed', updated_at = ? WHERE session_id = ?"
            " AND day = ? AND status IN ('waiting', 'offered')",
            (iso(now), occ.session_id, occ.day.isoformat()),
        )
    from bot.handlers.booking import closure_message

    people: dict[int, tuple[str, str]] = {}
    for b in booked:
        people[b.user_id] = (b.locale, b.role)
    for w in waiting:
        people.setdefault(w.user_id, (w.locale, w.role))
    notified = 0
    closed = await find_occurrence(services, occ.session_id, occ.day) or occ
    for user_id, (locale, role) in people.items():
        user = await services.users.get(user_id)
        if user is None or user.blocked:
            continue
        payload = await closure_message(services, user.locale or locale, closed, role, reason)
        added = await services.telegram.enqueue(
            user_id,
            user_id=user_id,
            payload=payload,
            dedupe_key=f"closure:{occ.key}:{user_id}",
        )
        notified += 1 if added is not None else 0
    await services.schedule.add(
        kind="closure-summary",
        due_at=now + timedelta(seconds=30),
        now=now,
        payload={"key": occ.key, "people": len(people), "reason": reason},
        dedupe_key=f"closure-summary:{occ.key}:{iso(now)}",
    )
    return Closure(closed, len(booked), len(waiting), notified)


async def closure_summary(services: Services, payload: dict[str, Any]) -> None:
    """Tell the staff chat how the closure notices went (again later while some are waiting)."""
    key = str(payload.get("key", ""))
    rows = await services.db.fetchall(
        "SELECT state, COUNT(*) AS n FROM outbox WHERE dedupe_key LIKE ? GROUP BY state",
        (f"closure:{key}:%",),
    )
    counts = {r["state"]: r["n"] for r in rows}
    waiting = counts.get("pending", 0) + counts.get("sending", 0)
    now = services.clock.now()
    attempts = int(payload.get("attempts", 0))
    if waiting and attempts < 20:
        await services.schedule.add(
            kind="closure-summary",
            due_at=now + timedelta(minutes=1),
            now=now,
            payload={**payload, "attempts": attempts + 1},
            dedupe_key=f"closure-summary:{key}:{iso(now)}",
        )
        return
    if services.settings.staff_chat_id is None:
        return
    from bot.handlers.booking import closure_summary_text

    await services.telegram.enqueue(
        services.settings.staff_chat_id,
        payload={
            "kind": "text",
            "text": closure_summary_text(services, key, counts),
        },
        dedupe_key=f"closure-report:{key}:{iso(now)}",
    )
