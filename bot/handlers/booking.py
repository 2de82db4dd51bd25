"""📅 Drop-in: sessions, who attends, booking a time, the waitlist, /mybookings, reminders and
closure notices. Every choice travels in signed callback data, so nothing half-chosen is kept.

Callback area `bk` (client):
  home                          the next sessions and what people can get help with
  role <role>                   the sessions that role attends (`walk` = just come along)
  out <flow> <n>                from a triage outcome: the roles that can help with it
  occ <role> <session> <ymd> [replace]          free times of one session day
  t <role> <session> <ymd> <hhmm> [replace]     the interpreter question
  ip <role> <session> <ymd> <hhmm> [replace]    the interpreter language picker
  i <role> <session> <ymd> <hhmm> <lang|no> [replace]   book
  wl <role> <session> <ymd>     join the waitlist
  acc|dec <booking>             take or decline an offered place
  mine                          /mybookings
  cx <booking> / cxy <booking>  cancel (ask, then do)
  ch <booking>                  change: choose a new time, then the old one is let go
  come <booking>                "✅ I'll come" on a reminder
  lw <waitlist id>              leave a waitlist
  map <session>                 the venue pin (or a map link when the data has no coordinates)
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from typing import Any

from babel.dates import format_date, format_time
from telegram import Update

from bot import booking as bk
from bot.callbacks import Callback
from bot.context import FirstportContext
from bot.dropin.ics import booking_ics
from bot.dropin.slots import Occurrence, Slot, parse_key
from bot.effects import AnswerCallback, Button, Effect, SendDocument, SendText, SendVenue, rows
from bot.finder import location_address, map_search
from bot.handlers.common import person_of, reply, route, stale_button
from bot.i18n import LOCALES
from bot.people import Person
from bot.services import Services
from bot.telegram_io import keyboard_json
from bot.tickets import babel_locale
from bot.ui import MENU_ROUTES, NEED_ITEMS, MenuItem, menu_button, privacy_notice

log = logging.getLogger(__name__)

WALK = "walk"
SHOWN_SESSIONS = 6


# --- Formatting ------------------------------------------------------------------------------


def fmt_day(locale: str, day: date) -> str:
    """ "Thursday 3 December" in the person's language."""
    try:
        return format_date(day, "EEEE d MMMM", locale=babel_locale(locale))
    except Exception:
        return format_date(day, "EEEE d MMMM", locale="en")


def fmt_time(services: Services, locale: str, moment: datetime) -> str:
    """ "10:00" in local time."""
    local = moment.astimezone(services.settings.tz)
    try:
        return format_time(local, "HH:mm", locale=babel_locale(locale))
    except Exception:
        return local.strftime("%H:%M")


def fmt_when(services: Services, locale: str, moment: datetime) -> str:
    """Day and time."""
    local = moment.astimezone(services.settings.tz)
    return f"{fmt_day(locale, local.date())}, {fmt_time(services, locale, local)}"


def ymd(day: date) -> str:
    """A date as it travels in callback data."""
    return f"{day:%Y%m%d}"


def parse_ymd(text: str) -> date | None:
    """Inverse of `ymd`."""
    found = parse_key(f"x:{text}")
    return found[1] if found else None


def hhmm(services: Services, moment: datetime) -> str:
    """A slot's local start as it travels in callback data."""
    return moment.astimezone(services.settings.tz).strftime("%H%M")


def site_name(services: Services, location_id: str) -> str:
    """The venue's name from the directory."""
    location = services.directory.by_id("location").get(location_id) or {}
    return str(location.get("name") or location_id)


def site_address(services: Services, location_id: str) -> str:
    """The venue's address as one line (its name when the data has no address)."""
    return location_address(services.directory, location_id) or site_name(services, location_id)


def role_label(services: Services, locale: str, role: str) -> str:
    """ "⚖️ Immigration advice"."""
    return services.i18n.text(locale, f"dropin-role-{role}")


def language_name(services: Services, code: str) -> str:
    """A language by its own name (the endonym)."""
    return services.i18n.text(code, "lang-name") if code in LOCALES else code


def consented(person: Person) -> bool:
    """Booking stores a first name and a language, so it needs the person's consent."""
    return person.known and person.consent_current


# --- Screens ---------------------------------------------------------------------------------


def _session_block(services: Services, locale: str, occ: Occurrence) -> str:
    t = services.i18n.text
    site = site_name(services, occ.location_id)
    day = fmt_day(locale, occ.day)
    if occ.closed:
        return t(locale, "booking-session-closed", site=site, day=day)
    lines = [
        t(
            locale,
            "booking-session-line",
            site=site,
            day=day,
            start=fmt_time(services, locale, occ.start),
            end=fmt_time(services, locale, occ.end),
        )
    ]
    roles = [role_label(services, locale, r.role) for r in occ.rota]
    if roles:
        lines.append(t(locale, "booking-session-who", roles=", ".join(roles)))
    return "\n".join(lines)


def _roles_of(occs: list[Occurrence]) -> list[str]:
    seen: list[str] = []
    for occ in occs:
        for entry in occ.rota:
            if entry.role not in seen:
                seen.append(entry.role)
    return seen


async def home_screen(
    services: Services, locale: str, only: list[str] | None = None
) -> list[Effect]:
    """The next sessions with who attends, then "what do you need?"."""
    t = services.i18n.text
    occs = await bk.upcoming_occurrences(services, include_closed=True)
    if not [o for o in occs if not o.closed]:
        return [SendText(t(locale, "booking-none"), ((menu_button(services, locale),),))]
    blocks = [t(locale, "booking-intro")]
    blocks += [_session_block(services, locale, o) for o in occs[:SHOWN_SESSIONS]]
    if any(not o.times_confirmed for o in occs[:SHOWN_SESSIONS]):
        blocks.append(t(locale, "booking-times-unconfirmed"))
    blocks.append(t(locale, "booking-what-need"))
    roles = _roles_of([o for o in occs if not o.closed])
    if only is not None:
        roles = [r for r in roles if r in only]
    codec = services.codec
    buttons = [
        Button(role_label(services, locale, r), codec.encode("bk", "role", r)) for r in roles
    ]
    keyboard = [
        *rows(buttons, 2),
        (Button(t(locale, "booking-walk-in-button"), codec.encode("bk", "role", WALK)),),
        (
            Button(t(locale, "booking-mine-button"), codec.encode("bk", "mine")),
            menu_button(services, locale),
        ),
    ]
    return [SendText("\n\n".join(blocks), tuple(keyboard))]


async def walk_in_screen(services: Services, locale: str) -> list[Effect]:
    """ "Just come along": when and where, no booking needed."""
    t = services.i18n.text
    occs = await bk.upcoming_occurrences(services)
    blocks = [t(locale, "booking-walk-in-text")]
    blocks += [_session_block(services, locale, o) for o in occs[:SHOWN_SESSIONS]]
    sites: list[Occurrence] = []
    for occ in occs:
        if occ.session_id not in {s.session_id for s in sites}:
            sites.append(occ)
    buttons = [map_button(services, locale, o) for o in sites]
    keyboard = [
        *rows(buttons, 2),
        (back_button(services, locale), menu_button(services, locale)),
    ]
    return [SendText("\n\n".join(blocks), tuple(keyboard))]


def back_button(services: Services, locale: str) -> Button:
    """↩️ Back to the drop-in screen."""
    return Button(services.i18n.text(locale, "booking-back"), services.codec.encode("bk", "home"))


def map_button(services: Services, locale: str, occ: Occurrence) -> Button:
    """📍 Site name: a venue pin, or a map search link when the data has no coordinates."""
    label = services.i18n.text(locale, "booking-map", site=site_name(services, occ.location_id))
    location = services.directory.by_id("location").get(occ.location_id) or {}
    if location.get("latitude") and location.get("longitude"):
        return Button(label, services.codec.encode("bk", "map", occ.session_id))
    return Button(label, url=map_url(services, occ.location_id))


def map_url(services: Services, location_id: str) -> str:
    """A map search for the venue's address."""
    return map_search(site_address(services, location_id))


def _extra(replace: int | None) -> tuple[int, ...]:
    return () if replace is None else (replace,)


async def sessions_for_role(
    services: Services, locale: str, role: str, replace: int | None = None
) -> list[Effect]:
    """The session days a role attends, full ones marked."""
    t = services.i18n.text
    codec = services.codec
    occs = await bk.upcoming_occurrences(services, role=role)
    buttons = []
    for occ in occs[:SHOWN_SESSIONS]:
        site, day = site_name(services, occ.location_id), fmt_day(locale, occ.day)
        free = await bk.free_slots(services, occ, role)
        key = "booking-session-open" if free else "booking-session-full"
        buttons.append(
            Button(
                t(locale, key, site=site, day=day),
                codec.encode("bk", "occ", role, occ.session_id, ymd(occ.day), *_extra(replace)),
            )
        )
    if not buttons:
        text = t(locale, "booking-role-none", role=role_label(services, locale, role))
    else:
        intro = "booking-change-pick" if replace else "booking-pick-session"
        text = t(locale, intro, role=role_label(services, locale, role))
    keyboard = [
        *((b,) for b in buttons),
        (back_button(services, locale), menu_button(services, locale)),
    ]
    return [SendText(text, tuple(keyboard))]


async def times_screen(
    services: Services, locale: str, role: str, occ: Occurrence, replace: int | None
) -> list[Effect]:
    """Free times of one session day, or the waitlist offer when it is full."""
    t = services.i18n.text
    codec = services.codec
    site, day = site_name(services, occ.location_id), fmt_day(locale, occ.day)
    if occ.closed:
        return [SendText(t(locale, "booking-err-closed"), ((back_button(services, locale),),))]
    free = await bk.free_slots(services, occ, role)
    back = Button(t(locale, "booking-back"), codec.encode("bk", "role", role, *_extra(replace)))
    if not free:
        keyboard = (
            (
                Button(
                    t(locale, "booking-join-waitlist"),
                    codec.encode("bk", "wl", role, occ.session_id, ymd(occ.day)),
                ),
            ),
            (back, menu_button(services, locale)),
        )
        return [SendText(t(locale, "booking-full", site=site, day=day), keyboard)]
    buttons = [
        Button(
            t(locale, "booking-time-button", time=fmt_time(services, locale, slot.start)),
            codec.encode(
                "bk",
                "t",
                role,
                occ.session_id,
                ymd(occ.day),
                hhmm(services, slot.start),
                *_extra(replace),
            ),
        )
        for slot in free
    ]
    text = t(
        locale, "booking-pick-time", site=site, day=day, role=role_label(services, locale, role)
    )
    return [SendText(text, (*rows(buttons, 3), (back, menu_button(services, locale))))]


def interpreter_question(services: Services, locale: str, args: tuple[str, ...]) -> list[Effect]:
    """ "Do you want an interpreter?", preset to the person's language."""
    t = services.i18n.text
    codec = services.codec
    role, session, day, at, *rest = args
    buttons = []
    if locale != "en":
        buttons.append(
            (
                Button(
                    t(locale, "booking-interpreter-yes", language=language_name(services, locale)),
                    codec.encode("bk", "i", role, session, day, at, locale, *rest),
                ),
            )
        )
    buttons.append(
        (Button(t(locale, "booking-interpreter-other"), codec.encode("bk", "ip", *args)),)
    )
    buttons.append(
        (
            Button(
                t(locale, "booking-interpreter-no"),
                codec.encode("bk", "i", role, session, day, at, "no", *rest),
            ),
        )
    )
    return [SendText(t(locale, "booking-interpreter-question"), tuple(buttons))]


def interpreter_picker(services: Services, locale: str, args: tuple[str, ...]) -> list[Effect]:
    """Every language we have, by its own name."""
    role, session, day, at, *rest = args
    buttons = [
        Button(
            language_name(services, code),
            services.codec.encode("bk", "i", role, session, day, at, code, *rest),
        )
        for code in LOCALES
    ]
    return [SendText(services.i18n.text(locale, "booking-interpreter-pick"), rows(buttons, 2))]


def bring_text(services: Services, locale: str, role: str) -> str:
    """What to bring for a role."""
    return services.i18n.text(locale, f"dropin-bring-{role}")


def slot_of(occ: Occurrence, role: str, start: datetime) -> Slot | None:
    """The slot of a role that starts at `start`."""
    return next((s for s in bk.occ_slots(occ, role) if s.start == start), None)


def confirmation(
    services: Services, locale: str, booking: bk.Booking, occ: Occurrence
) -> list[Effect]:
    """✅ Booked: what, where (with the pin), when, what to bring, the interpreter, an .ics."""
    t = services.i18n.text
    site = site_name(services, occ.location_id)
    address = site_address(services, occ.location_id)
    role = role_label(services, locale, booking.role)
    interpreter = (
        language_name(services, booking.interpreter)
        if booking.interpreter
        else t(locale, "booking-interpreter-none")
    )
    text = t(
        locale,
        "booking-confirmed",
        role=role,
        site=site,
        address=address,
        when=fmt_when(services, locale, booking.slot_start),
        interpreter=interpreter,
        bring=bring_text(services, locale, booking.role),
    )
    if not occ.times_confirmed:
        text += "\n\n" + t(locale, "booking-times-unconfirmed")
    codec = services.codec
    keyboard = (
        (map_button(services, locale, occ),),
        (
            Button(t(locale, "booking-mine-button"), codec.encode("bk", "mine")),
            menu_button(services, locale),
        ),
    )
    slot = slot_of(occ, booking.role, booking.slot_start)
    end = slot.end if slot else booking.slot_start + timedelta(minutes=30)
    ics = booking_ics(
        uid=f"firstport-booking-{booking.id}",
        summary=t(locale, "booking-ics-summary", role=role, site=site),
        description=t(
            locale, "booking-ics-description", bring=bring_text(services, locale, booking.role)
        ),
        start=booking.slot_start,
        end=end,
        location=address,
        stamp=services.clock.now(),
        alarm_text=t(locale, "booking-ics-alarm"),
        tz_name=services.settings.timezone,
    )
    effects: list[Effect] = [SendText(text, keyboard)]
    location = services.directory.by_id("location").get(occ.location_id) or {}
    if location.get("latitude") and location.get("longitude"):
        effects.append(
            SendVenue(float(location["latitude"]), float(location["longitude"]), site, address)
        )
    effects.append(
        SendDocument(
            f"drop-in-{booking.day:%Y-%m-%d}.ics",
            ics,
            caption=t(locale, "booking-ics-caption"),
            mime_type="text/calendar",
        )
    )
    return effects


async def my_bookings(services: Services, person: Person) -> list[Effect]:
    """/mybookings: what is coming, with change and cancel; waitlists with leave."""
    t = services.i18n.text
    codec = services.codec
    locale = person.locale
    now = services.clock.now()
    mine = [
        b for b in await services.bookings.upcoming(person.user_id, now) if b.status == "booked"
    ]
    waiting = await services.bookings.waiting_for(person.user_id)
    if not mine and not waiting:
        return [
            SendText(
                t(locale, "booking-mine-empty"),
                (
                    (
                        Button(t(locale, "menu-dropin"), codec.encode("bk", "home")),
                        menu_button(services, locale),
                    ),
                ),
            )
        ]
    lines = [t(locale, "booking-mine-title")]
    keyboard: list[tuple[Button, ...]] = []
    for number, b in enumerate(mine, 1):
        occ = await bk.find_occurrence(services, b.session_id, b.day)
        site = site_name(services, occ.location_id) if occ else b.session_id
        lines.append(
            t(
                locale,
                "booking-mine-line",
                number=number,
                role=role_label(services, locale, b.role),
                site=site,
                when=fmt_when(services, locale, b.slot_start),
            )
        )
        keyboard.append(
            (
                Button(
                    t(locale, "booking-change-number", number=number),
                    codec.encode("bk", "ch", b.id),
                ),
                Button(
                    t(locale, "booking-cancel-number", number=number),
                    codec.encode("bk", "cx", b.id),
                ),
            )
        )
    for number, w in enumerate(waiting, len(mine) + 1):
        occ = await bk.find_occurrence(services, w.session_id, w.day)
        site = site_name(services, occ.location_id) if occ else w.session_id
        lines.append(
            t(
                locale,
                "booking-mine-waiting",
                number=number,
                role=role_label(services, locale, w.role),
                site=site,
                day=fmt_day(locale, w.day),
            )
        )
        keyboard.append(
            (
                Button(
                    t(locale, "booking-leave-waitlist", number=number),
                    codec.encode("bk", "lw", w.id),
                ),
            )
        )
    keyboard.append(
        (
            Button(t(locale, "menu-dropin"), codec.encode("bk", "home")),
            menu_button(services, locale),
        )
    )
    return [SendText("\n".join(lines), tuple(keyboard))]


# --- Messages sent later through the outbox --------------------------------------------------


def offer_message(
    services: Services,
    locale: str,
    booking_id: int,
    occ: Occurrence,
    role: str,
    slot: Slot,
    until: datetime,
) -> dict[str, Any]:
    """A freed place, offered to the first person waiting."""
    t = services.i18n.text
    codec = services.codec
    text = t(
        locale,
        "booking-offer-text",
        role=role_label(services, locale, role),
        site=site_name(services, occ.location_id),
        when=fmt_when(services, locale, slot.start),
        until=fmt_time(services, locale, until),
    )
    buttons = (
        (Button(t(locale, "booking-offer-take"), codec.encode("bk", "acc", booking_id)),),
        (Button(t(locale, "booking-offer-decline"), codec.encode("bk", "dec", booking_id)),),
    )
    return {"kind": "text", "text": text, "keyboard": keyboard_json(buttons)}


def reminder_message(
    services: Services, locale: str, booking: bk.Booking, occ: Occurrence, which: str
) -> dict[str, Any]:
    """🔔 The day before, or two hours before: ✅ I'll come / ❌ Cancel / 🔁 Change."""
    t = services.i18n.text
    codec = services.codec
    key = "booking-reminder-eve" if which == "eve" else "booking-reminder-soon"
    text = t(
        locale,
        key,
        role=role_label(services, locale, booking.role),
        site=site_name(services, occ.location_id),
        address=site_address(services, occ.location_id),
        time=fmt_time(services, locale, booking.slot_start),
    )
    buttons = (
        (Button(t(locale, "booking-come-button"), codec.encode("bk", "come", booking.id)),),
        (
            Button(t(locale, "booking-cancel-button"), codec.encode("bk", "cx", booking.id)),
            Button(t(locale, "booking-change-button"), codec.encode("bk", "ch", booking.id)),
        ),
    )
    return {"kind": "text", "text": text, "keyboard": keyboard_json(buttons)}


async def closure_message(
    services: Services, locale: str, occ: Occurrence, role: str, reason: str
) -> dict[str, Any]:
    """⛔ A session is closed: in the person's language, with the next sessions to book."""
    t = services.i18n.text
    codec = services.codec
    text = t(
        locale,
        "booking-closed-notice",
        site=site_name(services, occ.location_id),
        day=fmt_day(locale, occ.day),
        reason=t(locale, f"booking-reason-{reason}"),
    )
    later = [o for o in await bk.upcoming_occurrences(services, role=role) if o.key != occ.key][:2]
    buttons = [
        (
            Button(
                t(
                    locale,
                    "booking-book-again",
                    site=site_name(services, o.location_id),
                    day=fmt_day(locale, o.day),
                ),
                codec.encode("bk", "occ", role, o.session_id, ymd(o.day)),
            ),
        )
        for o in later
    ]
    if later:
        text += "\n\n" + t(locale, "booking-closed-next")
    buttons.append((Button(t(locale, "menu-dropin"), codec.encode("bk", "home")),))
    return {"kind": "text", "text": text, "keyboard": keyboard_json(tuple(buttons))}


def closure_summary_text(services: Services, key: str, counts: dict[str, int]) -> str:
    """For the staff chat: how the closure notices went."""
    from bot.tickets import STAFF_LOCALE

    return services.i18n.text(
        STAFF_LOCALE,
        "sessions-closure-report",
        code=key,
        sent=counts.get("sent", 0),
        failed=counts.get("failed", 0),
        dropped=counts.get("dropped", 0),
        waiting=counts.get("pending", 0) + counts.get("sending", 0),
    )


# --- Entry points ----------------------------------------------------------------------------


async def open_dropin(update: Update, context: FirstportContext, person: Person) -> list[Effect]:
    """📅 Drop-in from the main menu."""
    return await home_screen(context.services, person.locale)


def add_menu_item() -> None:
    """📅 Drop-in goes after the needs and 📍 Find services (called once the others are in)."""
    if not any(item.action == "dropin" for item in NEED_ITEMS):
        NEED_ITEMS.append(MenuItem("menu-dropin", "dropin", lambda s: bool(s.dropins.sessions)))
    MENU_ROUTES["dropin"] = open_dropin


async def on_mybookings(update: Update, context: FirstportContext) -> None:
    """/mybookings."""
    person = await person_of(update, context)
    if not consented(person):
        await reply(
            update,
            context,
            [privacy_notice(context.services, person.locale, intro_key="booking-needs-consent")],
        )
        return
    await reply(update, context, await my_bookings(context.services, person))


# --- Buttons ---------------------------------------------------------------------------------


def _int(text: str) -> int | None:
    return int(text) if text.isdigit() else None


@route("bk")
async def on_booking_button(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """Every 📅 Drop-in button."""
    services = context.services
    if not consented(person):
        return [
            AnswerCallback(),
            privacy_notice(services, person.locale, intro_key="booking-needs-consent"),
        ]
    try:
        effects = await _button(services, person, cb)
    except ValueError:  # a malformed argument in an authentic button: treat as stale
        effects = None
    if effects is None:
        return stale_button(context, person)
    return [AnswerCallback(), *effects]


async def _occ_from(services: Services, session: str, day_text: str) -> Occurrence | None:
    day = parse_ymd(day_text)
    if day is None or session not in services.dropins.sessions:
        return None
    return await bk.find_occurrence(services, session, day)


async def _button(services: Services, person: Person, cb: Callback) -> list[Effect] | None:
    t = services.i18n.text
    locale = person.locale
    action, args = cb.action, cb.args
    if action == "home":
        return await home_screen(services, locale)
    if action == "mine":
        return await my_bookings(services, person)
    if action == "role" and args:
        replace = _int(args[1]) if len(args) > 1 else None
        if args[0] == WALK:
            return await walk_in_screen(services, locale)
        if args[0] not in _known_roles(services):
            return None
        return await sessions_for_role(services, locale, args[0], replace)
    if action == "out" and len(args) == 2:
        roles = bk.outcome_roles(services, args[0], int(args[1]))
        if not roles:
            return None
        if len(roles) == 1:
            return await sessions_for_role(services, locale, roles[0])
        return await home_screen(services, locale, only=roles)
    if action in ("occ", "t", "ip", "i", "wl"):
        return await _choice(services, person, action, args)
    if action in ("acc", "dec", "cx", "cxy", "ch", "come", "lw") and args:
        return await _existing(services, person, action, int(args[0]))
    if action == "map" and args:
        rule = services.dropins.sessions.get(args[0])
        location = services.directory.by_id("location").get(rule.location_id) if rule else None
        if not location or not location.get("latitude"):
            return None
        return [
            SendVenue(
                float(location["latitude"]),
                float(location["longitude"]),
                site_name(services, rule.location_id),
                site_address(services, rule.location_id),
            )
        ]
    log.info("unknown booking action %s", action)
    return [SendText(t(locale, "button-stale"))]


def _known_roles(services: Services) -> set[str]:
    return {e.role for rule in services.dropins.sessions.values() for e in rule.rota}


async def _choice(
    services: Services, person: Person, action: str, args: tuple[str, ...]
) -> list[Effect] | None:
    t = services.i18n.text
    locale = person.locale
    if len(args) < 3:
        return None
    role, session, day_text = args[0], args[1], args[2]
    occ = await _occ_from(services, session, day_text)
    if occ is None or role not in {r.role for r in occ.rota}:
        return None
    back = ((back_button(services, locale), menu_button(services, locale)),)
    if action == "occ":
        replace = _int(args[3]) if len(args) > 3 else None
        return await times_screen(services, locale, role, occ, replace)
    if action == "wl":
        status, position = await bk.join_waitlist(
            services,
            user_id=person.user_id,
            first_name=person.first_name,
            locale=locale,
            occ=occ,
            role=role,
            interpreter=None if locale == "en" else locale,
        )
        key = {
            "joined": "booking-waitlist-joined",
            "already": "booking-waitlist-already",
            "booked": "booking-waitlist-booked",
            "closed": "booking-err-closed",
        }[status]
        return [SendText(t(locale, key, position=position), back)]
    if len(args) < 4:
        return None
    if occ.closed:
        return [SendText(t(locale, "booking-err-closed"), back)]
    at = args[3]
    tz = services.settings.tz
    if len(at) != 4 or not at.isdigit():
        return None
    start = datetime.combine(occ.day, time(int(at[:2]), int(at[2:])), tzinfo=tz)
    if slot_of(occ, role, start) is None:
        return None
    if action == "t":
        return interpreter_question(services, locale, args)
    if action == "ip":
        return interpreter_picker(services, locale, args)
    # action == "i": book.
    if len(args) < 5:
        return None
    language = args[4]
    if language != "no" and language not in LOCALES:
        return None
    replace = _int(args[5]) if len(args) > 5 else None
    outcome = await bk.book(
        services,
        user_id=person.user_id,
        first_name=person.first_name,
        locale=locale,
        occ=occ,
        role=role,
        slot_start=start,
        interpreter=None if language == "no" else language,
        replace=replace,
    )
    if outcome.status == "booked" and outcome.booking is not None:
        return confirmation(services, locale, outcome.booking, occ)
    if outcome.status in ("full", "slot_taken"):
        notice = "booking-err-full" if outcome.status == "full" else "booking-err-slot-taken"
        return [
            SendText(t(locale, notice)),
            *await times_screen(services, locale, role, occ, replace),
        ]
    key = {
        "closed": "booking-err-closed",
        "too_late": "booking-err-too-late",
        "already": "booking-err-already",
        "limit": "booking-err-limit",
        "gone": "booking-err-gone",
    }.get(outcome.status, "booking-err-gone")
    return [SendText(t(locale, key, max=services.settings.booking_max_upcoming), back)]


async def _existing(
    services: Services, person: Person, action: str, number: int
) -> list[Effect] | None:
    t = services.i18n.text
    locale = person.locale
    back = (
        (
            Button(t(locale, "booking-mine-button"), services.codec.encode("bk", "mine")),
            menu_button(services, locale),
        ),
    )
    if action == "lw":
        left = await bk.leave_waitlist(services, number, person.user_id)
        return [SendText(t(locale, "booking-waitlist-left" if left else "booking-err-gone"), back)]
    booking = await services.bookings.get(number)
    if booking is None or booking.user_id != person.user_id:
        return None
    occ = await bk.find_occurrence(services, booking.session_id, booking.day)
    if occ is None:
        return None
    if action == "acc":
        outcome = await bk.accept_offer(services, booking.id, person.user_id)
        if outcome.status == "booked" and outcome.booking:
            return confirmation(services, locale, outcome.booking, occ)
        key = {
            "already": "booking-err-already",
            "limit": "booking-err-limit",
            "expired": "booking-offer-expired",
        }.get(outcome.status, "booking-err-gone")
        return [SendText(t(locale, key, max=services.settings.booking_max_upcoming), back)]
    if action == "dec":
        done = await bk.decline_offer(services, booking.id, person.user_id)
        return [SendText(t(locale, "booking-offer-declined" if done else "booking-err-gone"), back)]
    if booking.status != "booked" or booking.slot_start <= services.clock.now():
        return [SendText(t(locale, "booking-err-not-active"), back)]
    role = role_label(services, locale, booking.role)
    site = site_name(services, occ.location_id)
    when = fmt_when(services, locale, booking.slot_start)
    if action == "cx":
        keyboard = (
            (
                Button(
                    t(locale, "booking-cancel-yes"), services.codec.encode("bk", "cxy", booking.id)
                ),
                Button(t(locale, "booking-cancel-no"), services.codec.encode("bk", "mine")),
            ),
        )
        return [
            SendText(t(locale, "booking-cancel-confirm", role=role, site=site, when=when), keyboard)
        ]
    if action == "cxy":
        cancelled = await bk.cancel(services, booking.id, person.user_id)
        return [SendText(t(locale, "booking-cancelled" if cancelled else "booking-err-gone"), back)]
    if action == "ch":
        return await sessions_for_role(services, locale, booking.role, replace=booking.id)
    if action == "come":
        await services.bookings.confirm(booking.id, services.clock.now())
        return [SendText(t(locale, "booking-come-thanks"), back)]
    return None
