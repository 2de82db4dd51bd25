"""Drop-in for staff: /today [site], /day DATE [site], /sessions, /close DATE SITE REASON [note],
/capacity DATE SITE ROLE N, and the ✅ arrived / ⛔ no-show buttons (callback area `bks`).

Arrivals and no-shows are counted for the team's figures; they are never used to refuse anyone.
Every command and button is checked against the one permission table (`bot.roles`)."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from telegram import Update

from bot import booking as bk
from bot.callbacks import Callback
from bot.context import FirstportContext
from bot.dropin.slots import Occurrence
from bot.effects import AnswerCallback, Button, EditText, Effect, SendText
from bot.handlers.booking import fmt_day, fmt_time, site_name
from bot.handlers.common import reply, route
from bot.people import Person
from bot.roles import allowed
from bot.services import Services
from bot.tickets import STAFF_LOCALE

log = logging.getLogger(__name__)

L = STAFF_LOCALE
CHUNK = 3800


def parse_day(services: Services, text: str) -> date | None:
    """`2026-12-03`, `today` or `tomorrow`."""
    today = services.clock.now().astimezone(services.settings.tz).date()
    word = text.strip().lower()
    if word == "today":
        return today
    if word == "tomorrow":
        return today + timedelta(days=1)
    try:
        return date.fromisoformat(word)
    except ValueError:
        return None


def match_sessions(services: Services, site: str | None) -> list[str] | None:
    """Session ids matching a site word (session id, location id or part of the venue's
    name); all sessions for None; None when nothing matches."""
    sessions = services.dropins.sessions
    if not site:
        return list(sessions)
    word = site.strip().lower()
    found = [
        sid
        for sid, rule in sessions.items()
        if word in (sid, rule.location_id) or word in site_name(services, rule.location_id).lower()
    ]
    return found or None


def sites_hint(services: Services) -> str:
    """The session ids staff can use."""
    return ", ".join(sorted(services.dropins.sessions))


async def _refuse(update: Update, context: FirstportContext) -> None:
    await reply(update, context, [SendText(context.services.i18n.text(L, "staff-only"))])


async def _may(update: Update, context: FirstportContext, action: str) -> bool:
    user = update.effective_user
    if await allowed(context.services, user.id if user else None, action):
        return True
    await _refuse(update, context)
    return False


async def day_sheet(services: Services, occ: Occurrence) -> tuple[str, tuple]:
    """The list for one session day, with ✅/⛔ buttons for each booked person."""
    t = services.i18n.text
    bookings = await services.bookings.for_session(occ.session_id, occ.day)
    waiting = await services.bookings.waiting(occ.session_id, occ.day)
    site = site_name(services, occ.location_id)
    counts = {s: sum(1 for b in bookings if b.status == s) for s in bk.ACTIVE}
    walk_in = 0
    for entry in occ.rota:
        override = await services.bookings.walk_in(occ.session_id, occ.day, entry.role)
        walk_in += entry.walk_in if override is None else override
    lines = [
        t(
            L,
            "sessions-day-title",
            site=site,
            day=fmt_day(L, occ.day),
            start=fmt_time(services, L, occ.start),
            end=fmt_time(services, L, occ.end),
            code=occ.key,
        )
    ]
    if occ.closed:
        lines.append(t(L, "sessions-day-closed", reason=occ.reason or "other"))
    lines.append(
        t(
            L,
            "sessions-day-counts",
            booked=counts["booked"] + counts["held"],
            arrived=counts["arrived"],
            noshow=counts["no_show"],
            waiting=len(waiting),
            walkin=walk_in,
        )
    )
    buttons: list[tuple[Button, ...]] = []
    if not bookings:
        lines.append(t(L, "sessions-day-empty"))
    for b in bookings:
        at = fmt_time(services, L, b.slot_start)
        name = b.first_name or "-"
        lines.append(
            t(
                L,
                "sessions-day-entry",
                time=at,
                name=name,
                role=t(L, f"dropin-role-{b.role}"),
                language=b.locale,
                interpreter=b.interpreter or t(L, "sessions-no-interpreter"),
                state=t(L, f"sessions-state-{b.status.replace('_', '-')}")
                + (t(L, "sessions-confirmed") if b.confirmed else ""),
            )
        )
        if b.status in ("booked", "arrived", "no_show"):
            buttons.append(
                (
                    Button(
                        t(L, "sessions-arrived-button", time=at, name=name),
                        services.codec.encode("bks", "m", b.id, "arr"),
                    ),
                    Button(
                        t(L, "sessions-noshow-button", time=at, name=name),
                        services.codec.encode("bks", "m", b.id, "ns"),
                    ),
                )
            )
    for position, w in enumerate(waiting, 1):
        lines.append(
            t(
                L,
                "sessions-day-waiting",
                position=position,
                name=w.first_name or "-",
                role=t(L, f"dropin-role-{w.role}"),
                language=w.locale,
                interpreter=w.interpreter or t(L, "sessions-no-interpreter"),
            )
        )
    return "\n".join(lines)[:CHUNK], tuple(buttons)


async def _sheets(update: Update, context: FirstportContext, day: date, site: str | None) -> None:
    services = context.services
    t = services.i18n.text
    ids = match_sessions(services, site)
    if ids is None:
        await reply(
            update, context, [SendText(t(L, "sessions-unknown-site", sites=sites_hint(services)))]
        )
        return
    effects: list[Effect] = []
    for sid in ids:
        occ = await bk.find_occurrence(services, sid, day)
        if occ is not None:
            text, buttons = await day_sheet(services, occ)
            effects.append(SendText(text, buttons or None))
    if not effects:
        effects = [SendText(t(L, "sessions-day-none", day=fmt_day(L, day)))]
    await reply(update, context, effects)


async def on_today(update: Update, context: FirstportContext) -> None:
    """/today [site]."""
    if not await _may(update, context, "dropin.view"):
        return
    day = context.services.clock.now().astimezone(context.services.settings.tz).date()
    await _sheets(update, context, day, " ".join(context.args or []) or None)


async def on_day(update: Update, context: FirstportContext) -> None:
    """/day DATE [site]."""
    if not await _may(update, context, "dropin.view"):
        return
    services = context.services
    args = context.args or []
    day = parse_day(services, args[0]) if args else None
    if day is None:
        await reply(update, context, [SendText(services.i18n.text(L, "sessions-bad-date"))])
        return
    await _sheets(update, context, day, " ".join(args[1:]) or None)


async def on_sessions(update: Update, context: FirstportContext) -> None:
    """/sessions: the next four weeks with bookings, waitlist, arrivals and no-shows."""
    if not await _may(update, context, "dropin.view"):
        return
    services = context.services
    t = services.i18n.text
    occs = await bk.upcoming_occurrences(services, include_closed=True)
    if not occs:
        await reply(update, context, [SendText(t(L, "sessions-none"))])
        return
    lines = [t(L, "sessions-title")]
    for occ in occs:
        site = site_name(services, occ.location_id)
        if occ.closed:
            lines.append(
                t(
                    L,
                    "sessions-line-closed",
                    code=occ.key,
                    site=site,
                    day=fmt_day(L, occ.day),
                    reason=occ.reason or "other",
                )
            )
            continue
        bookings = await services.bookings.for_session(occ.session_id, occ.day)
        waiting = await services.bookings.waiting(occ.session_id, occ.day)
        lines.append(
            t(
                L,
                "sessions-line-open",
                code=occ.key,
                site=site,
                day=fmt_day(L, occ.day),
                start=fmt_time(services, L, occ.start),
                end=fmt_time(services, L, occ.end),
                booked=sum(1 for b in bookings if b.status in ("booked", "held")),
                waiting=len(waiting),
                arrived=sum(1 for b in bookings if b.status == "arrived"),
                noshow=sum(1 for b in bookings if b.status == "no_show"),
            )
        )
        if not occ.times_confirmed:
            lines.append(t(L, "sessions-unconfirmed"))
    await reply(update, context, [SendText("\n".join(lines)[:CHUNK])])


async def _say(update: Update, context: FirstportContext, text: str) -> None:
    await reply(update, context, [SendText(text)])


async def _session_day(
    update: Update, context: FirstportContext, day_text: str, site_text: str, usage: str
) -> Occurrence | None:
    """The one session day that DATE and SITE name, or None after telling staff why not."""
    services = context.services
    t = services.i18n.text
    day = parse_day(services, day_text)
    if day is None:
        await _say(update, context, usage)
        return None
    ids = match_sessions(services, site_text)
    if ids is None or len(ids) != 1:
        await _say(update, context, t(L, "sessions-unknown-site", sites=sites_hint(services)))
        return None
    occ = await bk.find_occurrence(services, ids[0], day)
    if occ is None:
        await _say(update, context, t(L, "sessions-day-none", day=fmt_day(L, day)))
    return occ


async def on_close(update: Update, context: FirstportContext) -> None:
    """/close DATE SITE REASON [note]: close a session; everyone booked or waiting is told."""
    if not await _may(update, context, "dropin.close"):
        return
    services = context.services
    t = services.i18n.text
    args = context.args or []
    usage = t(L, "sessions-close-usage", reasons=", ".join(bk.REASONS))
    if len(args) < 3:
        await reply(update, context, [SendText(usage)])
        return
    reason = args[2].lower()
    if reason not in bk.REASONS:
        await _say(update, context, usage)
        return
    occ = await _session_day(update, context, args[0], args[1], usage)
    if occ is None:
        return
    day = occ.day
    if occ.closed:
        await _say(update, context, t(L, "sessions-already-closed", day=fmt_day(L, day)))
        return
    note = " ".join(args[3:]) or None
    done = await bk.close_session(services, occ, reason, note)
    log.info("session %s closed (%s): %s people told", occ.key, reason, done.notified)
    await reply(
        update,
        context,
        [
            SendText(
                t(
                    L,
                    "sessions-closed-done",
                    site=site_name(services, occ.location_id),
                    day=fmt_day(L, day),
                    booked=done.booked,
                    waiting=done.waiting,
                )
            )
        ],
    )


async def on_capacity(update: Update, context: FirstportContext) -> None:
    """/capacity DATE SITE ROLE N: keep N places of a role for walk-ins on that day."""
    if not await _may(update, context, "dropin.capacity"):
        return
    services = context.services
    t = services.i18n.text
    args = context.args or []
    roles = sorted({e.role for r in services.dropins.sessions.values() for e in r.rota})
    usage = t(L, "sessions-capacity-usage", roles=", ".join(roles))
    if len(args) != 4 or not args[3].isdigit():
        await reply(update, context, [SendText(usage)])
        return
    role = args[2].lower()
    occ = await _session_day(update, context, args[0], args[1], usage)
    if occ is None:
        return
    day = occ.day
    if not any(e.role == role for e in occ.rota):
        await _say(update, context, usage)
        return
    from bot.dropin.slots import bookable, capacity

    walk_in = min(int(args[3]), capacity(occ, role))
    await services.bookings.set_walk_in(
        occ.session_id, occ.day, role, walk_in, services.clock.now()
    )
    freed = await bk.place_freed(services, occ.session_id, occ.day, role)
    log.info("capacity of %s %s set; %s waitlist offers", occ.key, role, freed)
    await reply(
        update,
        context,
        [
            SendText(
                t(
                    L,
                    "sessions-capacity-done",
                    site=site_name(services, occ.location_id),
                    day=fmt_day(L, day),
                    role=t(L, f"dropin-role-{role}"),
                    walkin=walk_in,
                    bookable=bookable(occ, role, walk_in),
                    taken=await services.bookings.active_count(occ.session_id, occ.day, role),
                )
            )
        ],
    )


@route("bks")
async def on_staff_button(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """✅ arrived / ⛔ no-show (pressing the same again undoes it)."""
    services = context.services
    t = services.i18n.text
    if not await allowed(services, person.user_id, "dropin.mark"):
        return [AnswerCallback(t(L, "staff-only"))]
    if cb.action != "m" or len(cb.args) != 2 or not cb.arg(0).isdigit():
        return [AnswerCallback(t(L, "button-stale"))]
    booking = await services.bookings.get(int(cb.arg(0)))
    mark = {"arr": "arrived", "ns": "no_show"}.get(cb.arg(1))
    if booking is None or mark is None or booking.status not in ("booked", "arrived", "no_show"):
        return [AnswerCallback(t(L, "button-stale"))]
    status = "booked" if booking.status == mark else mark
    await services.bookings.set_status(booking.id, status, services.clock.now())
    occ = await bk.find_occurrence(services, booking.session_id, booking.day)
    effects: list[Effect] = [
        AnswerCallback(
            t(
                L,
                "sessions-marked",
                name=booking.first_name or "-",
                state=t(L, f"sessions-state-{status.replace('_', '-')}"),
            )
        )
    ]
    if occ is not None:
        text, buttons = await day_sheet(services, occ)
        effects.append(EditText(text, buttons or None))
    return effects
