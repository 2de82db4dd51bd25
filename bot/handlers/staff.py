"""Staff commands. `/cases [week]`: the week's triage outcomes that need a person, grouped by
tier, as the agenda of the weekly case conference (seed 000)."""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, timedelta

from telegram import Update

from bot.context import FirstportContext
from bot.effects import SendText
from bot.handlers.common import reply
from bot.roles import allowed
from bot.services import Services
from bot.tickets import STAFF_LOCALE

log = logging.getLogger(__name__)

TIER_ORDER = ("immigration_adviser", "caseworker", "volunteer", "self_help")
WEEK_RE = re.compile(r"^(\d{4})-?W(\d{2})$", re.IGNORECASE)
CHUNK = 3800


def week_bounds(services: Services, arg: str | None) -> tuple[str, datetime, datetime] | None:
    """(label, start, end) of an ISO week in local time; None for a bad argument."""
    tz = services.settings.tz
    today = services.clock.now().astimezone(tz).date()
    if not arg:
        year, week, _ = today.isocalendar()
    elif arg.lower() == "last":
        year, week, _ = (today - timedelta(days=7)).isocalendar()
    else:
        match = WEEK_RE.match(arg)
        if not match:
            return None
        year, week = int(match.group(1)), int(match.group(2))
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    start = datetime.combine(monday, datetime.min.time(), tzinfo=tz)
    return f"{year}-W{week:02d}", start, start + timedelta(days=7)


async def on_cases(update: Update, context: FirstportContext) -> None:
    """/cases [week|last|YYYY-Www] for staff."""
    services = context.services
    t = services.i18n.text
    user = update.effective_user
    if not await allowed(services, user.id if user else None, "cases.view"):
        from bot.handlers.common import person_of

        person = await person_of(update, context)
        await reply(update, context, [SendText(t(person.locale, "staff-only"))])
        return
    bounds = week_bounds(services, context.args[0] if context.args else None)
    if bounds is None:
        await reply(update, context, [SendText(t(STAFF_LOCALE, "cases-bad-week"))])
        return
    label, start, end = bounds
    rows = await services.tickets.between(start, end)
    if not rows:
        await reply(update, context, [SendText(t(STAFF_LOCALE, "cases-empty", week=label))])
        return
    lines = [t(STAFF_LOCALE, "cases-title", week=label, count=len(rows))]
    tz = services.settings.tz
    for tier in TIER_ORDER:
        group = [(ticket, outcome) for ticket, outcome in rows if ticket.tier == tier]
        if not group:
            continue
        lines.append("")
        lines.append(
            t(
                STAFF_LOCALE,
                "cases-tier",
                tier=t(STAFF_LOCALE, f"staff-tier-{tier.replace('_', '-')}"),
                count=len(group),
            )
        )
        for ticket, outcome in group:
            need = t(STAFF_LOCALE, f"staff-need-{ticket.need}")
            if ticket.kind == "crisis":
                outcome = t(STAFF_LOCALE, f"staff-category-{ticket.category or 'asked'}")
            lines.append(
                t(
                    STAFF_LOCALE,
                    "cases-line",
                    ticket=str(ticket.id),
                    need=need,
                    outcome=outcome or ticket.kind,
                    urgency=t(STAFF_LOCALE, f"staff-urgency-{ticket.urgency}"),
                    language=ticket.locale,
                    when=ticket.created_at.astimezone(tz).strftime("%a %d %b %H:%M"),
                )
            )
    chunks = _chunks(lines)
    await reply(update, context, [SendText(chunk) for chunk in chunks])


async def _refuse(update: Update, context: FirstportContext, action: str) -> bool:
    """Reply (and log) if the sender's role may not do `action`; True when refused."""
    services = context.services
    user = update.effective_user
    if await allowed(services, user.id if user else None, action):
        return False
    from bot.handlers.common import person_of

    person = await person_of(update, context)
    log.info("refused a staff command for a non-staff user")
    await reply(update, context, [SendText(services.i18n.text(person.locale, "staff-only"))])
    return True


def _chunks(lines: list[str]) -> list[str]:
    chunks: list[str] = []
    current = ""
    for line in lines:
        if current and len(current) + len(line) + 1 > CHUNK:
            chunks.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line[:CHUNK]
    if current:
        chunks.append(current)
    return chunks


async def on_directory_reload(update: Update, context: FirstportContext) -> None:
    """/directory_reload: load the data files again; keep the old data if the new is invalid."""
    if await _refuse(update, context, "directory.reload"):
        return
    from bot.datafiles import load_data

    services = context.services
    t = services.i18n.text
    data, report = load_data(
        services.data_root, services.i18n, max_age_days=services.settings.directory_max_age_days
    )
    if data is None:
        log.warning("directory reload refused: %s problems", len(report.errors))
        lines = [t(STAFF_LOCALE, "dir-reload-failed"), *report.errors]
        effects = [SendText(c) for c in _chunks(lines)]
        staff_chat = services.settings.staff_chat_id
        chat = update.effective_chat
        if staff_chat is not None and (chat is None or chat.id != staff_chat):
            effects += [SendText(c, chat_id=staff_chat) for c in _chunks(lines)]
        await reply(update, context, effects)
        return
    services.data = data
    log.info("directory reloaded")
    count = len(data.directory.tables["service"])
    await reply(update, context, [SendText(t(STAFF_LOCALE, "dir-reload-ok", services=count))])


async def on_directory_stale(update: Update, context: FirstportContext) -> None:
    """/directory_stale: entries due a check, and what people said about services."""
    if await _refuse(update, context, "directory.stale"):
        return
    from datetime import date as _date

    services = context.services
    t = services.i18n.text
    days = services.settings.directory_max_age_days
    today = services.clock.now().astimezone(services.settings.tz).date()
    names = {s["id"]: s["name"] for s in services.directory.tables["service"]}
    stale = []
    for row in services.directory.tables["service"]:
        age = (today - _date.fromisoformat(row["assured_date"])).days
        if age > days:
            stale.append(
                t(STAFF_LOCALE, "dir-stale-line", service=row["id"], name=row["name"], days=age)
            )
    lines = (
        [t(STAFF_LOCALE, "dir-stale-title", days=days, count=len(stale)), *stale]
        if stale
        else [t(STAFF_LOCALE, "dir-stale-none")]
    )
    counts = await services.feedback.counts()
    lines.append("")
    if counts:
        lines.append(t(STAFF_LOCALE, "dir-feedback-title"))
        for service_id, answers in sorted(counts.items()):
            lines.append(
                t(
                    STAFF_LOCALE,
                    "dir-feedback-line",
                    name=names.get(service_id, service_id),
                    yes=answers.get("yes", 0),
                    no=answers.get("no", 0),
                    noaccess=answers.get("no_access", 0),
                )
            )
    else:
        lines.append(t(STAFF_LOCALE, "dir-feedback-empty"))
    await reply(update, context, [SendText(c) for c in _chunks(lines)])
