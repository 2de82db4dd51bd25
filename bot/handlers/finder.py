"""📍 Find services: a grid of needs, then a place (city, or a shared location used only to
sort and never kept), then one result card at a time with 📍 Map, ➡️ More results, ⬅️ Back and
two filters (open now, speaks my language)."""

from __future__ import annotations

import time as _time
from datetime import date

from babel import Locale
from babel.dates import format_date, format_time
from telegram import Update

from bot.callbacks import Callback
from bot.context import FirstportContext
from bot.effects import AnswerCallback, Button, EditText, Effect, SendText, SendVenue, rows
from bot.finder import (
    Result,
    address,
    coordinates,
    eligibility,
    languages,
    map_search_url,
    search,
)
from bot.handlers.common import person_of, reply, route, stale_button
from bot.people import Person
from bot.services import Services
from bot.tickets import babel_locale
from bot.ui import MENU_ROUTES, NEED_ITEMS, MenuItem, menu_button

NEEDS = (
    "food",
    "clothing",
    "drop-in",
    "esol-classes",
    "conversation-clubs",
    "gp-registration",
    "routine-dental",
    "urgent-health",
    "mental-health",
    "immigration-advice",
    "asylum-support",
    "accommodation-repairs",
    "destitution-support",
    "night-shelter",
    "domestic-abuse",
    "exploitation",
    "digital-inclusion",
    "hc2",
)
AREAS = ("newcastle", "leeds", "national")
LOCATION_TTL = 3600.0  # seconds a shared location is used for sorting, in memory only


def _fmt_time(services: Services, locale: str, moment) -> str:
    try:
        return format_time(moment, "HH:mm", locale=babel_locale(locale))
    except Exception:
        return moment.strftime("%H:%M")


def _fmt_day(locale: str, moment) -> str:
    try:
        return format_date(moment, "EEEE", locale=babel_locale(locale))
    except Exception:
        return format_date(moment, "EEEE", locale="en")


def _language_name(code: str, locale: str) -> str:
    try:
        name = Locale.parse(babel_locale(locale)).languages.get(code)
    except Exception:
        name = None
    return name or Locale("en").languages.get(code, code)


def need_grid(services: Services, locale: str) -> SendText:
    """The needs, two to a row, each with an icon."""
    t = services.i18n.text
    buttons = [
        Button(t(locale, f"dir-need-{term}"), services.codec.encode("dir", "t", term))
        for term in NEEDS
        if term in services.directory.terms
    ]
    return SendText(t(locale, "dir-title"), (*rows(buttons, 2), (menu_button(services, locale),)))


def place_question(services: Services, locale: str, term: str) -> SendText:
    """Newcastle, Leeds, anywhere, or a shared location."""
    t = services.i18n.text
    codec = services.codec
    return SendText(
        t(locale, "dir-place-question"),
        (
            (
                Button(
                    t(locale, "dir-place-newcastle"), codec.encode("dir", "p", term, "newcastle")
                ),
                Button(t(locale, "dir-place-leeds"), codec.encode("dir", "p", term, "leeds")),
            ),
            (Button(t(locale, "dir-place-anywhere"), codec.encode("dir", "p", term, "national")),),
            (Button(t(locale, "dir-place-location"), codec.encode("dir", "loc", term)),),
            (Button(t(locale, "nav-back"), codec.encode("dir", "grid")),),
        ),
    )


def district_question(services: Services, locale: str, term: str, area: str) -> SendText:
    """Which part of the city? (or anywhere in it)."""
    t = services.i18n.text
    codec = services.codec
    buttons = [
        Button(t(locale, f"tax-{d}"), codec.encode("dir", "d", term, area, d))
        for d in services.directory.districts(area)
    ]
    return SendText(
        t(locale, "dir-district-question"),
        (
            *rows(buttons, 2),
            (Button(t(locale, "dir-district-any"), codec.encode("dir", "d", term, area, "-")),),
            (Button(t(locale, "nav-back"), codec.encode("dir", "t", term)),),
        ),
    )


def person_district(services: Services, person: Person, area: str) -> str | None:
    """The part of `area` the person chose, if any (stored, or in memory if not stored)."""
    if person.stored and person.consent_current:
        if person.stored.area == area and person.stored.district:
            return person.stored.district
        return None
    chosen = services.finder_district.get(person.user_id)
    return chosen if chosen and chosen.startswith(f"{area}-") else None


def card_text(services: Services, locale: str, result: Result, index: int, total: int) -> str:
    """One result card."""
    t = services.i18n.text
    directory = services.directory
    service = directory.by_id("service")[result.service_id]
    lines = [
        f"🏢 {service['name']}  ({t(locale, 'dir-card-count', index=index + 1, total=total)})",
        t(locale, f"tax-{result.term}"),
    ]
    when = result.opening
    if when.kind == "now" and when.end is not None:
        lines.append(t(locale, "dir-open-now", time=_fmt_time(services, locale, when.end)))
    elif when.kind == "next" and when.start is not None:
        lines.append(
            t(
                locale,
                "dir-open-next",
                day=_fmt_day(locale, when.start),
                time=_fmt_time(services, locale, when.start),
            )
        )
    elif when.kind == "always":
        lines.append(t(locale, "dir-open-always"))
    else:
        lines.append(t(locale, "dir-open-unknown"))
    where = address(directory, result.service_id)
    if where:
        lines.append(t(locale, "dir-address", address=where))
    view = directory.view(result.service_id)
    if view.phone:
        lines.append(t(locale, "dir-phone", phone=view.phone))
    codes = languages(directory, result.service_id)
    if codes:
        names = ", ".join(_language_name(c, locale) for c in codes)
        lines.append(t(locale, "dir-languages", languages=names))
    who = ", ".join(
        t(locale, f"dir-for-{e.replace('_', '-')}")
        for e in eligibility(directory, result.service_id)
    )
    lines.append(t(locale, "dir-for-line", who=who))
    if result.distance_km is not None:
        lines.append(t(locale, "dir-distance", km=f"{result.distance_km:.1f}"))
    checked = date.fromisoformat(service["assured_date"])
    try:
        day = format_date(checked, "long", locale=babel_locale(locale))
    except Exception:
        day = format_date(checked, "long", locale="en")
    lines.append(t(locale, "dir-checked", date=day))
    if service.get("uncertain"):
        lines.append(t(locale, "dir-uncertain"))
    return "\n".join(lines)


def results_screen(
    services: Services,
    person: Person,
    term: str,
    area: str,
    flags: str,
    index: int,
    *,
    district: str | None = None,
) -> list[Effect]:
    """The card at `index` of a search, with its buttons."""
    if district is None and area in AREAS:
        district = person_district(services, person, area)
    t = services.i18n.text
    codec = services.codec
    locale = person.locale
    location = None
    if area == "geo":
        shared = services.shared_locations.get(person.user_id)
        if shared is None or _time.monotonic() - shared[2] > LOCATION_TTL:
            return [place_question(services, locale, term)]
        location = (shared[0], shared[1])
    results = search(
        services.directory,
        term,
        area=None if area in ("geo", "national") else area,
        now=services.clock.now(),
        tz=services.settings.tz,
        location=location,
        open_now="o" in flags,
        language=locale if "l" in flags else None,
        district=district or None,
    )
    filter_row = (
        Button(
            _toggle(t, locale, "dir-filter-open", "o" in flags),
            codec.encode("dir", "r", term, area, _flip(flags, "o"), 0),
        ),
        Button(
            _toggle(t, locale, "dir-filter-language", "l" in flags),
            codec.encode("dir", "r", term, area, _flip(flags, "l"), 0),
        ),
    )
    back = Button(t(locale, "nav-back"), codec.encode("dir", "t", term))
    if not results:
        key = "dir-none-filtered" if flags.strip("-") else "dir-none-found"
        return [SendText(t(locale, key), (filter_row, (back, menu_button(services, locale))))]
    index = min(max(index, 0), len(results) - 1)
    result = results[index]
    buttons: list[Button] = []
    if coordinates(services.directory, result.service_id):
        buttons.append(
            Button(
                t(locale, "dir-map"),
                codec.encode("dir", "map", services.directory.ref(result.service_id)),
            )
        )
    elif (link := map_search_url(services.directory, result.service_id)) is not None:
        # No coordinates in the data (none of our sources gave any): a map search for the
        # street address instead, which opens in the phone's browser or maps app.
        buttons.append(Button(t(locale, "dir-map"), url=link))
    if index + 1 < len(results):
        buttons.append(
            Button(
                t(locale, "dir-more"), codec.encode("dir", "r", term, area, flags or "-", index + 1)
            )
        )
    keyboard = ((*buttons,), filter_row, (back, menu_button(services, locale)))
    services.last_card[person.user_id] = result.service_id
    return [
        SendText(
            card_text(services, locale, result, index, len(results)),
            tuple(row for row in keyboard if row),
        )
    ]


def _flip(flags: str, flag: str) -> str:
    current = set(flags.strip("-"))
    current ^= {flag}
    return "".join(sorted(current)) or "-"


def _toggle(t, locale: str, key: str, on: bool) -> str:
    label = t(locale, key)
    return t(locale, "dir-filter-on", filter=label) if on else label


async def open_finder(update: Update, context: FirstportContext, person: Person) -> list[Effect]:
    """📍 Find services from the main menu."""
    return [need_grid(context.services, person.locale)]


NEED_ITEMS.append(
    MenuItem(
        "menu-services", "services", lambda services: bool(services.directory.tables["service"])
    )
)
MENU_ROUTES["services"] = open_finder


@route("dir")
async def on_dir_button(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """Every button of 📍 Find services."""
    effects = await _dir_button(update, context, person, cb)
    shown = context.services.last_card.pop(person.user_id, None)
    if shown and person.known:
        from bot.proactive import schedule_signpost_feedback

        await schedule_signpost_feedback(context.services, person.user_id, shown)
    return effects


async def _dir_button(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    services = context.services
    t = services.i18n.text
    locale = person.locale
    action = cb.action
    if action == "grid":
        return [AnswerCallback(), need_grid(services, locale)]
    term = cb.arg(0)
    if action in ("t", "p", "loc", "r") and term not in services.directory.terms:
        return stale_button(context, person)
    if action == "t":
        stored_area = person.stored.area if person.stored and person.consent_current else None
        if stored_area in AREAS:
            return [AnswerCallback(), *results_screen(services, person, term, stored_area, "-", 0)]
        return [AnswerCallback(), place_question(services, locale, term)]
    if action == "p":
        area = cb.arg(1)
        if area not in AREAS:
            return stale_button(context, person)
        if person.known and person.consent_current:
            await services.users.set_area(person.user_id, area)
        if services.directory.districts(area):
            return [AnswerCallback(), district_question(services, locale, term, area)]
        return [AnswerCallback(), *results_screen(services, person, term, area, "-", 0)]
    if action == "d":
        area, district = cb.arg(1), cb.arg(2)
        if area not in AREAS or (
            district != "-" and district not in services.directory.districts(area)
        ):
            return stale_button(context, person)
        chosen = None if district == "-" else district
        if person.known and person.consent_current:
            await services.users.set_district(person.user_id, chosen)
        else:  # not stored: remembered in memory only, for this search
            services.finder_district[person.user_id] = chosen or ""
        return [
            AnswerCallback(),
            *results_screen(services, person, term, area, "-", 0, district=chosen or ""),
        ]
    if action == "loc":
        services.finder_pending[person.user_id] = term
        return [
            AnswerCallback(),
            SendText(
                t(locale, "dir-share-location"), request_location=t(locale, "dir-share-button")
            ),
        ]
    if action == "r":
        area, flags = cb.arg(1), cb.arg(2) or "-"
        try:
            index = int(cb.arg(3))
        except ValueError:
            return stale_button(context, person)
        if area not in (*AREAS, "geo") or not set(flags) <= set("-ol"):
            return stale_button(context, person)
        return [AnswerCallback(), *results_screen(services, person, term, area, flags, index)]
    if action == "map":
        service = services.directory.by_ref(cb.arg(0))
        coords = coordinates(services.directory, service["id"]) if service else None
        if service is None or coords is None:
            return stale_button(context, person)
        return [
            AnswerCallback(),
            SendVenue(
                coords[0],
                coords[1],
                service["name"],
                address(services.directory, service["id"]) or "",
            ),
        ]
    if action == "fb":
        return [AnswerCallback(), *await feedback(services, person, cb)]
    return stale_button(context, person)


async def feedback(services: Services, person: Person, cb: Callback) -> list[Effect]:
    """Answers to "did you get help there?", stored per service with no link to the person."""
    service, answer = services.directory.by_ref(cb.arg(0)), cb.arg(1)
    if service is None or answer not in ("yes", "no", "no_access"):
        return [SendText(services.i18n.text(person.locale, "button-stale"))]
    await services.feedback.add(service["id"], answer, services.clock.now())
    # The question is replaced by the thanks, so one question gives at most one answer.
    return [EditText(services.i18n.text(person.locale, "dir-feedback-thanks"))]


async def on_location(update: Update, context: FirstportContext) -> bool:
    """A shared location while 📍 Find services waits for one: sort by distance, keep nothing
    on disk. Returns False if nobody was waiting for a location."""
    services = context.services
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None or message.location is None:
        return False
    term = services.finder_pending.pop(user.id, None)
    if term is None:
        return False
    person = await person_of(update, context)
    services.shared_locations[user.id] = (
        message.location.latitude,
        message.location.longitude,
        _time.monotonic(),
    )
    t = services.i18n.text
    effects: list[Effect] = [
        SendText(t(person.locale, "dir-location-used"), remove_reply_keyboard=True),
        *results_screen(services, person, term, "geo", "-", 0),
    ]
    await reply(update, context, effects)
    return True
