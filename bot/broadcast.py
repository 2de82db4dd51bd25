"""Staff broadcasts (issue 9): audiences, the translation gate, sending through the outbox,
live progress, corrections and the final report. The wizard is in `bot.handlers.broadcast`.

A broadcast is a row in `broadcasts` (draft -> awaiting_approval | scheduled -> sending ->
done | cancelled). Starting it writes, in one transaction, a `broadcast_recipients` row and an
outbox row keyed `bc:<broadcast>:<user>` for every person, so a crash either queued all of
them or none, and nobody is queued twice. The outbox worker sends them at the broadcast pace
(BROADCAST_RATE, below everything else) and reports each outcome through the row's `on_sent`
hook (`recipient_done`); `tick` (from the due-work poll) reconciles what a hook missed (a
crash between Telegram's answer and the hook), edits the progress message at most every 5
seconds and posts the final report.

The daily cap (one proactive message a person a day): session notices to people booked on
that session are exempt. Anyone else whose slot for today is taken gets the broadcast the next
morning at the end of quiet hours if tomorrow's slot is free, and is otherwise counted as
"capped" in the report and not sent.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from bot.clock import iso, parse_iso
from bot.effects import Button
from bot.services import Services
from bot.telegram_io import TEXT_LIMIT, keyboard_json

log = logging.getLogger(__name__)

TEMPLATES = ("notice-closed", "notice-moved", "notice-esol")
BUTTONS = ("none", "ack", "book")
PRIORITY = -10  # below replies (10), relays and alerts (0)
PROGRESS_PRIORITY = 5
PROGRESS_EVERY = 5.0  # seconds between edits of the progress message
CORRECTION_WINDOW = timedelta(days=7)  # message ids are kept this long
CAPTION_LIMIT = 1024
OPEN = ("draft", "awaiting_approval", "scheduled")
FINAL_STATES = ("sent", "failed", "blocked", "gone", "skipped", "capped", "cancelled", "deleted")

_last_progress: dict[int, float] = {}


@dataclass
class Broadcast:
    """One broadcast, as stored."""

    id: int
    created_by: int
    chat_id: int
    status: str
    kind: str | None
    template: str | None
    params: dict[str, Any]
    photo: str | None
    audience: dict[str, Any]
    missing: str | None
    button: str
    send_at: datetime | None
    previewed: bool
    approved_by: int | None
    total: int
    progress_message_id: int | None
    created_at: datetime
    versions: dict[str, str] = field(default_factory=dict)


def _row(row: Any) -> Broadcast:
    return Broadcast(
        id=row["id"],
        created_by=row["created_by"],
        chat_id=row["chat_id"],
        status=row["status"],
        kind=row["kind"],
        template=row["template"],
        params=json.loads(row["params"] or "{}"),
        photo=row["photo"],
        audience=json.loads(row["audience"] or "{}"),
        missing=row["missing"],
        button=row["button"],
        send_at=parse_iso(row["send_at"]) if row["send_at"] else None,
        previewed=bool(row["previewed"]),
        approved_by=row["approved_by"],
        total=row["total"],
        progress_message_id=row["progress_message_id"],
        created_at=parse_iso(row["created_at"]),
    )


# --- Storage ---------------------------------------------------------------------------------


async def get(services: Services, broadcast_id: int) -> Broadcast | None:
    """One broadcast with its versions."""
    row = await services.db.fetchone("SELECT * FROM broadcasts WHERE id = ?", (broadcast_id,))
    if row is None:
        return None
    b = _row(row)
    for v in await services.db.fetchall(
        "SELECT locale, text FROM broadcast_versions WHERE broadcast_id = ?", (broadcast_id,)
    ):
        b.versions[v["locale"]] = v["text"]
    return b


async def create(services: Services, created_by: int, chat_id: int) -> Broadcast:
    """A new draft; the creator's older drafts are cancelled (one wizard at a time)."""
    now = services.clock.now()
    await services.db.execute(
        "UPDATE broadcasts SET status = 'cancelled', finished_at = ? WHERE created_by = ?"
        " AND status = 'draft'",
        (iso(now), created_by),
    )
    bid = await services.db.insert(
        "INSERT INTO broadcasts (created_by, chat_id, created_at) VALUES (?, ?, ?)",
        (created_by, chat_id, iso(now)),
    )
    b = await get(services, bid)
    assert b is not None
    return b


async def draft_of(services: Services, created_by: int) -> Broadcast | None:
    """The staff member's current draft."""
    bid = await services.db.scalar(
        "SELECT MAX(id) FROM broadcasts WHERE created_by = ? AND status = 'draft'", (created_by,)
    )
    return await get(services, bid) if bid else None


async def latest(services: Services, statuses: tuple[str, ...]) -> Broadcast | None:
    """The newest broadcast in one of `statuses`."""
    marks = ", ".join("?" for _ in statuses)
    bid = await services.db.scalar(
        f"SELECT MAX(id) FROM broadcasts WHERE status IN ({marks})", statuses
    )
    return await get(services, bid) if bid else None


_FIELDS = {"kind", "template", "params", "photo", "audience", "missing", "button", "send_at"}


async def update(services: Services, broadcast_id: int, **fields: Any) -> None:
    """Change a draft; any change means it must be previewed again."""
    if set(fields) - _FIELDS:
        raise ValueError(sorted(set(fields) - _FIELDS))
    values = []
    for name, value in fields.items():
        if name in ("params", "audience"):
            value = json.dumps(value, sort_keys=True)
        elif isinstance(value, datetime):
            value = iso(value)
        values.append(value)
    sets = ", ".join(f"{name} = ?" for name in fields)
    await services.db.execute(
        f"UPDATE broadcasts SET {sets}, previewed = 0 WHERE id = ? AND status = 'draft'",
        (*values, broadcast_id),
    )


async def set_version(
    services: Services, broadcast_id: int, locale: str, text: str, added_by: int
) -> None:
    """Add or replace the text for one language, recording who wrote it."""
    await services.db.execute(
        "INSERT INTO broadcast_versions (broadcast_id, locale, text, added_by, added_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT(broadcast_id, locale) DO UPDATE SET"
        " text = excluded.text, added_by = excluded.added_by, added_at = excluded.added_at",
        (broadcast_id, locale, text, added_by, iso(services.clock.now())),
    )
    await services.db.execute(
        "UPDATE broadcasts SET previewed = 0 WHERE id = ? AND status = 'draft'", (broadcast_id,)
    )


async def mark_previewed(services: Services, broadcast_id: int) -> None:
    """Every version was shown to staff as the client will see it."""
    await services.db.execute(
        "UPDATE broadcasts SET previewed = 1 WHERE id = ? AND status = 'draft'", (broadcast_id,)
    )


# --- Audience --------------------------------------------------------------------------------


def parse_audience(text: str) -> dict[str, Any] | None:
    """`lang=ar,fa area=newcastle booked=castlegate:2026-12-03 waitlist=... checkins days=30`
    (segments combine with AND; `all` = everyone). None if a part is not understood."""
    audience: dict[str, Any] = {}
    for part in text.split():
        name, _, value = part.partition("=")
        name = name.lower()
        if name == "all" and not value:
            continue
        if name == "checkins" and not value:
            audience["checkins"] = True
        elif name in ("lang", "area") and value:
            audience[name] = sorted({v for v in value.split(",") if v})
        elif name in ("booked", "waitlist") and value:
            session, _, day = value.partition(":")
            try:
                date.fromisoformat(day)
            except ValueError:
                return None
            audience[name] = f"{session}:{day}"
        elif name == "days" and value.isdigit() and int(value) > 0:
            audience["days"] = int(value)
        else:
            return None
    return audience


def _audience_sql(services: Services, audience: dict[str, Any]) -> tuple[str, list[Any]]:
    sql = "SELECT u.user_id, u.locale FROM users u WHERE u.blocked_at IS NULL AND u.gone_at IS NULL"
    params: list[Any] = []
    for name in ("lang", "area"):
        values = audience.get(name)
        if values:
            column = "locale" if name == "lang" else "area"
            sql += f" AND u.{column} IN ({', '.join('?' for _ in values)})"
            params += list(values)
    if audience.get("booked"):
        session, _, day = audience["booked"].partition(":")
        sql += (
            " AND EXISTS (SELECT 1 FROM bookings b WHERE b.user_id = u.user_id"
            " AND b.session_id = ? AND b.day = ? AND b.status IN ('held', 'booked'))"
        )
        params += [session, day]
    if audience.get("waitlist"):
        session, _, day = audience["waitlist"].partition(":")
        sql += (
            " AND EXISTS (SELECT 1 FROM waitlist w WHERE w.user_id = u.user_id"
            " AND w.session_id = ? AND w.day = ? AND w.status IN ('waiting', 'offered'))"
        )
        params += [session, day]
    if audience.get("checkins"):
        sql += " AND u.followups = 1"
    if audience.get("days"):
        since = services.clock.now() - timedelta(days=int(audience["days"]))
        sql += (
            " AND EXISTS (SELECT 1 FROM triage_cases c WHERE c.user_id = u.user_id"
            " AND c.created_at >= ?)"
        )
        params.append(iso(since))
    return sql + " ORDER BY u.user_id", params


async def audience_of(services: Services, audience: dict[str, Any]) -> list[tuple[int, str]]:
    """(user id, locale) of everyone the segments select: consent given, not blocked, not
    gone."""
    sql, params = _audience_sql(services, audience)
    return [(row[0], row[1]) for row in await services.db.fetchall(sql, params)]


async def counts_by_language(services: Services, audience: dict[str, Any]) -> dict[str, int]:
    """How many people per language."""
    counts: dict[str, int] = {}
    for _, locale in await audience_of(services, audience):
        counts[locale] = counts.get(locale, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def missing_languages(b: Broadcast, counts: dict[str, int]) -> list[str]:
    """Languages in the audience without a version (free text only)."""
    if b.kind != "text":
        return []
    return [loc for loc in counts if loc not in b.versions]


def gate_problem(b: Broadcast, counts: dict[str, int]) -> str | None:
    """Why the broadcast cannot be sent yet (a message key), or None."""
    if b.kind is None:
        return "broadcast-need-kind"
    if b.kind == "template" and (b.template not in TEMPLATES or not b.params.get("session")):
        return "broadcast-need-template"
    if b.kind == "text" and not b.versions:
        return "broadcast-need-version"
    if not counts:
        return "broadcast-nobody"
    missing = missing_languages(b, counts)
    if missing and b.missing is None:
        return "broadcast-need-missing-choice"
    if missing and b.missing == "english" and "en" not in b.versions:
        return "broadcast-need-english"
    return None


# --- Rendering -------------------------------------------------------------------------------


def keyboard(services: Services, b: Broadcast, locale: str) -> tuple | None:
    """The optional button, in the person's language."""
    t = services.i18n.text
    if b.button == "ack":
        return ((Button(t(locale, "broadcast-got-it"), services.codec.encode("bc", "ack", b.id)),),)
    if b.button == "book":
        return (
            (Button(t(locale, "broadcast-book-button"), services.codec.encode("bc", "bk", b.id)),),
        )
    return None


def template_text(services: Services, b: Broadcast, locale: str) -> str:
    """A template notice in the person's language, with dates and times formatted for it."""
    from bot.handlers.booking import fmt_day, fmt_time, site_name

    p = b.params
    args: dict[str, Any] = {"date": fmt_day(locale, date.fromisoformat(p["day"]))}
    if b.template in ("notice-closed", "notice-moved"):
        args["site"] = site_name(services, p["location"])
    if b.template == "notice-moved":
        args["time"] = fmt_time(services, locale, parse_iso(p["start"]))
    return services.i18n.text(locale, b.template or "", **args)


def text_for(services: Services, b: Broadcast, locale: str) -> tuple[str, str] | None:
    """(text, version language) for a person, or None when they are skipped. Free text
    without their language goes in English, marked, only if staff chose so."""
    if b.kind == "template":
        return template_text(services, b, locale), locale
    if locale in b.versions:
        return b.versions[locale], locale
    if b.missing == "english" and "en" in b.versions:
        marker = services.i18n.text(locale, "broadcast-in-english")
        return f"{b.versions['en']}\n\n{marker}", "en"
    return None


def payload_for(services: Services, b: Broadcast, locale: str) -> tuple[dict, str] | None:
    """The outbox payload for a person of `locale` and the version it uses, or None."""
    found = text_for(services, b, locale)
    if found is None:
        return None
    text, version = found
    buttons = keyboard_json(keyboard(services, b, locale))
    if b.photo:
        return {
            "kind": "photo",
            "photo": b.photo,
            "caption": text[:CAPTION_LIMIT],
            "keyboard": buttons,
        }, version
    return {"kind": "text", "text": text[:TEXT_LIMIT], "keyboard": buttons}, version


# --- Sending ---------------------------------------------------------------------------------


def staff_chat(services: Services, b: Broadcast) -> int:
    """Where progress, approval requests and reports go."""
    return services.settings.staff_chat_id or b.chat_id


async def _daily_cap_allows(
    services: Services, user_id: int, now: datetime, exempt: bool, ref: str
) -> bool:
    """The one-proactive-message-a-day rule (bot.proactive.take_daily_slot, from the check-ins
    work); allowed when that rule is not there."""
    from bot import proactive

    take = getattr(proactive, "take_daily_slot", None)
    if take is None:
        return True
    return bool(await take(services, user_id, now, "broadcast", exempt=exempt, ref=ref))


def _next_morning(services: Services, now: datetime) -> datetime:
    tz = services.settings.tz
    end = services.settings.quiet_hours[1]
    day = now.astimezone(tz).date() + timedelta(days=1)
    return datetime.combine(day, end, tzinfo=tz)


async def _booked_on(services: Services, b: Broadcast) -> set[int]:
    """People booked on the session a template notice is about (exempt from the cap)."""
    if b.kind != "template" or not b.params.get("session"):
        return set()
    rows = await services.db.fetchall(
        "SELECT user_id FROM bookings WHERE session_id = ? AND day = ?"
        " AND status IN ('held', 'booked')",
        (b.params["session"], b.params["day"]),
    )
    return {row[0] for row in rows}


async def request_send(services: Services, b: Broadcast) -> str:
    """Confirmed by staff: 'gate' (not ready), 'preview' (not previewed), 'approval' (sent
    for a second staff member's approval), 'scheduled' or 'started'."""
    if b.status != "draft":
        return "gone"
    counts = await counts_by_language(services, b.audience)
    if gate_problem(b, counts) is not None:
        return "gate"
    if not b.previewed:
        return "preview"
    total = sum(counts.values())
    if total > services.settings.broadcast_approval_threshold:
        await services.db.execute(
            "UPDATE broadcasts SET status = 'awaiting_approval', total = ? WHERE id = ?",
            (total, b.id),
        )
        t = services.i18n.text
        await services.telegram.enqueue(
            staff_chat(services, b),
            {
                "kind": "text",
                "text": t("en", "broadcast-approval-request", id=b.id, total=total),
                "keyboard": keyboard_json(
                    (
                        (
                            Button(
                                t("en", "broadcast-approve-button"),
                                services.codec.encode("bc", "appr", b.id),
                            ),
                        ),
                    )
                ),
            },
            priority=PROGRESS_PRIORITY,
        )
        log.info("broadcast %s waits for approval (%s people)", b.id, total)
        return "approval"
    return await _go(services, b)


async def approve(services: Services, broadcast_id: int, by: int) -> str:
    """A second staff member approves: 'self', 'gone', 'scheduled' or 'started'."""
    b = await get(services, broadcast_id)
    if b is None or b.status != "awaiting_approval":
        return "gone"
    if by == b.created_by:
        return "self"
    changed = await services.db.execute(
        "UPDATE broadcasts SET approved_by = ? WHERE id = ? AND status = 'awaiting_approval'"
        " AND approved_by IS NULL",
        (by, broadcast_id),
    )
    if not changed:
        return "gone"
    log.info("broadcast %s approved", broadcast_id)
    return await _go(services, b)


async def _go(services: Services, b: Broadcast) -> str:
    now = services.clock.now()
    if b.send_at is not None and b.send_at > now:
        await services.db.execute(
            "UPDATE broadcasts SET status = 'scheduled' WHERE id = ?", (b.id,)
        )
        await services.schedule.add(
            kind="broadcast-start",
            due_at=b.send_at,
            now=now,
            payload={"broadcast": b.id},
            dedupe_key=f"broadcast-start:{b.id}",
        )
        return "scheduled"
    await start(services, b.id)
    return "started"


async def start(services: Services, broadcast_id: int) -> int:
    """Queue the broadcast for everyone in its audience now; returns how many were queued.
    Idempotent: a broadcast that is already sending (or done) is left alone."""
    b = await get(services, broadcast_id)
    if b is None or b.status not in OPEN:
        return 0
    now = services.clock.now()
    people = await audience_of(services, b.audience)
    booked = await _booked_on(services, b)
    tomorrow = _next_morning(services, now)
    by_locale: dict[str, tuple[dict, str] | None] = {}
    recipients: list[tuple] = []
    outbox: list[tuple] = []
    hook_base = {"id": b.id}
    for user_id, locale in people:
        if locale not in by_locale:
            by_locale[locale] = payload_for(services, b, locale)
        found = by_locale[locale]
        if found is None:
            recipients.append((b.id, user_id, locale, None, "skipped", "no version", None))
            continue
        payload, version = found
        ref = f"bc:{b.id}:{user_id}"
        exempt = user_id in booked
        due, state, reason = now, "queued", None
        if not await _daily_cap_allows(services, user_id, now, exempt, ref):
            if await _daily_cap_allows(services, user_id, tomorrow, exempt, ref + ":next"):
                due, reason = tomorrow, "deferred"
            else:
                state, reason = "capped", "daily cap"
        recipients.append((b.id, user_id, locale, version, state, reason, None))
        if state == "queued":
            outbox.append(
                (
                    user_id,
                    user_id,
                    json.dumps(payload, ensure_ascii=False),
                    PRIORITY,
                    iso(due),
                    iso(now),
                    ref,
                    json.dumps({"broadcast": {**hook_base, "user_id": user_id}}),
                )
            )
    async with services.db.transaction():
        status = await services.db.scalar(
            "SELECT status FROM broadcasts WHERE id = ?", (broadcast_id,)
        )
        if status not in OPEN:
            return 0
        await services.db.conn.executemany(
            "INSERT OR IGNORE INTO broadcast_recipients (broadcast_id, user_id, locale, version,"
            " state, reason, message_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            recipients,
        )
        await services.db.conn.executemany(
            "INSERT OR IGNORE INTO outbox (user_id, chat_id, payload, priority, due_at,"
            " created_at, dedupe_key, on_sent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            outbox,
        )
        await services.db.execute(
            "UPDATE broadcasts SET status = 'sending', total = ?, started_at = ? WHERE id = ?",
            (len(recipients), iso(now), broadcast_id),
        )
    log.info("broadcast %s started: %s people, %s queued", b.id, len(recipients), len(outbox))
    await services.telegram.enqueue(
        staff_chat(services, b),
        {"kind": "text", "text": await progress_text(services, broadcast_id)},
        priority=PROGRESS_PRIORITY,
        on_sent={"broadcast_progress": broadcast_id},
        dedupe_key=f"bc-progress:{broadcast_id}",
    )
    _last_progress[broadcast_id] = time.monotonic()
    return len(outbox)


async def recipient_done(
    services: Services,
    hook: dict[str, Any],
    state: str,
    reason: str | None,
    message_id: int | None,
) -> None:
    """The outbox's hook: one copy was delivered (with its message id) or ended otherwise."""
    await services.db.execute(
        "UPDATE broadcast_recipients SET state = ?, reason = ?, message_id = ?, sent_at = ?"
        " WHERE broadcast_id = ? AND user_id = ? AND state = 'queued'",
        (
            state,
            reason,
            message_id,
            iso(services.clock.now()) if state == "sent" else None,
            hook["id"],
            hook["user_id"],
        ),
    )


async def progress_message(services: Services, broadcast_id: int, message_id: int | None) -> None:
    """The outbox's hook for the progress message: remember its id, to edit it."""
    await services.db.execute(
        "UPDATE broadcasts SET progress_message_id = ? WHERE id = ?", (message_id, broadcast_id)
    )


async def counts(services: Services, broadcast_id: int) -> dict[str, int]:
    """Recipients by state."""
    rows = await services.db.fetchall(
        "SELECT state, COUNT(*) AS n FROM broadcast_recipients WHERE broadcast_id = ?"
        " GROUP BY state",
        (broadcast_id,),
    )
    return {row["state"]: row["n"] for row in rows}


def bar(done: int, total: int, width: int = 20) -> str:
    """A text progress bar."""
    filled = width if total == 0 else min(width, round(width * done / total))
    return "█" * filled + "░" * (width - filled)


async def progress_text(services: Services, broadcast_id: int) -> str:
    """`[████░░░] 40%`, sent / failed / left and the time to go."""
    c = await counts(services, broadcast_id)
    total = sum(c.values())
    left = c.get("queued", 0)
    failed = sum(c.get(s, 0) for s in ("failed", "blocked", "gone"))
    done = total - left
    seconds = int(left / max(services.settings.broadcast_rate, 0.1))
    return services.i18n.text(
        "en",
        "broadcast-progress",
        id=broadcast_id,
        bar=bar(done, total),
        percent=100 if total == 0 else int(100 * done / total),
        sent=c.get("sent", 0),
        failed=failed,
        left=left,
        eta=f"{seconds // 60}:{seconds % 60:02d}",
    )


async def _reconcile(services: Services, broadcast_id: int) -> None:
    """Recipients still 'queued' whose outbox row is finished (a crash between Telegram's
    answer and the hook, or rows dropped for a chat that refused another message)."""
    rows = await services.db.fetchall(
        "SELECT r.user_id, o.state, o.message_id FROM broadcast_recipients r JOIN outbox o"
        " ON o.dedupe_key = 'bc:' || r.broadcast_id || ':' || r.user_id"
        " WHERE r.broadcast_id = ? AND r.state = 'queued'"
        " AND o.state IN ('sent', 'failed', 'dropped')",
        (broadcast_id,),
    )
    for row in rows:
        user = await services.db.fetchone(
            "SELECT blocked_at, gone_at FROM users WHERE user_id = ?", (row["user_id"],)
        )
        if row["state"] == "sent":
            state, reason = "sent", None
        elif row["state"] == "failed":
            state, reason = "failed", "refused"
        elif user is not None and user["blocked_at"]:
            state, reason = "blocked", "blocked"
        elif user is not None and user["gone_at"]:
            state, reason = "gone", "chat not found"
        else:
            state, reason = "failed", "dropped"
        await recipient_done(
            services,
            {"id": broadcast_id, "user_id": row["user_id"]},
            state,
            reason,
            row["message_id"] if state == "sent" else None,
        )


async def tick(services: Services, *, force: bool = False) -> None:
    """From the due-work poll: progress edits (at most every 5 s) and completion."""
    rows = await services.db.fetchall("SELECT id FROM broadcasts WHERE status = 'sending'")
    for row in rows:
        bid = row[0]
        last = _last_progress.get(bid, 0.0)
        if not force and time.monotonic() - last < PROGRESS_EVERY:
            continue
        _last_progress[bid] = time.monotonic()
        await _reconcile(services, bid)
        c = await counts(services, bid)
        finished = c.get("queued", 0) == 0
        if finished:
            changed = await services.db.execute(
                "UPDATE broadcasts SET status = 'done', finished_at = ? WHERE id = ?"
                " AND status = 'sending'",
                (iso(services.clock.now()), bid),
            )
            if not changed:
                continue
        await _edit_progress(services, bid)
        if finished:
            await post_report(services, bid)
            _last_progress.pop(bid, None)


async def _edit_progress(services: Services, broadcast_id: int) -> None:
    b = await get(services, broadcast_id)
    if b is None or b.progress_message_id is None:
        return
    await services.telegram.enqueue(
        staff_chat(services, b),
        {
            "kind": "edit_text",
            "message_id": b.progress_message_id,
            "text": await progress_text(services, broadcast_id),
        },
        priority=PROGRESS_PRIORITY,
    )


async def report_text(services: Services, broadcast_id: int) -> str:
    """Delivered, failed by reason, per language, button presses."""
    t = services.i18n.text
    c = await counts(services, broadcast_id)
    rows = await services.db.fetchall(
        "SELECT locale, SUM(state = 'sent') AS sent, COUNT(*) AS n,"
        " SUM(pressed_at IS NOT NULL) AS pressed FROM broadcast_recipients"
        " WHERE broadcast_id = ? GROUP BY locale ORDER BY n DESC, locale",
        (broadcast_id,),
    )
    languages = ", ".join(f"{r['locale']} {r['sent']}/{r['n']}" for r in rows) or "-"
    pressed = sum(r["pressed"] or 0 for r in rows)
    return t(
        "en",
        "broadcast-report",
        id=broadcast_id,
        total=sum(c.values()),
        sent=c.get("sent", 0) + c.get("deleted", 0),
        blocked=c.get("blocked", 0),
        gone=c.get("gone", 0),
        failed=c.get("failed", 0),
        skipped=c.get("skipped", 0),
        capped=c.get("capped", 0),
        cancelled=c.get("cancelled", 0),
        languages=languages,
        pressed=pressed,
    )


async def post_report(services: Services, broadcast_id: int) -> None:
    """The final report, in the staff chat."""
    b = await get(services, broadcast_id)
    if b is None:
        return
    await services.telegram.enqueue(
        staff_chat(services, b),
        {"kind": "text", "text": await report_text(services, broadcast_id)},
        priority=PROGRESS_PRIORITY,
        dedupe_key=f"bc-report:{broadcast_id}:{b.status}",
    )
    log.info("broadcast %s finished (%s)", broadcast_id, b.status)


def _queued_keys(broadcast_id: int) -> str:
    return (
        "SELECT 'bc:' || broadcast_id || ':' || user_id FROM broadcast_recipients"
        f" WHERE broadcast_id = {int(broadcast_id)} AND state = 'queued'"
    )


async def cancel(services: Services, broadcast_id: int) -> bool:
    """Stop a broadcast: nothing more is sent; what was sent stays sent. Copies already in
    flight finish and are counted."""
    b = await get(services, broadcast_id)
    if b is None or b.status in ("done", "cancelled"):
        return False
    now = services.clock.now()
    async with services.db.transaction():
        await services.db.execute(
            "UPDATE outbox SET state = 'dropped', last_error = 'cancelled' WHERE state = 'pending'"
            f" AND dedupe_key IN ({_queued_keys(broadcast_id)})"
        )
        await services.db.execute(
            "UPDATE broadcast_recipients AS r SET state = 'cancelled', reason = 'cancelled'"
            " WHERE r.broadcast_id = ? AND r.state = 'queued' AND NOT EXISTS (SELECT 1 FROM"
            " outbox o WHERE o.dedupe_key = 'bc:' || r.broadcast_id || ':' || r.user_id"
            " AND o.state = 'sending')",
            (broadcast_id,),
        )
        await services.db.execute(
            "UPDATE broadcasts SET status = 'cancelled', finished_at = ? WHERE id = ?",
            (iso(now), broadcast_id),
        )
        await services.db.execute(
            "DELETE FROM scheduled WHERE dedupe_key = ?", (f"broadcast-start:{broadcast_id}",)
        )
    log.info("broadcast %s cancelled", broadcast_id)
    if b.status == "sending":
        await _edit_progress(services, broadcast_id)
        await post_report(services, broadcast_id)
    return True


async def correct(services: Services, broadcast_id: int, locale: str, text: str, by: int) -> int:
    """/broadcast_edit: new text for one language, edited into every delivered copy that
    shows it (English fallbacks too, for `en`). Returns how many copies are edited; -1 if the
    broadcast is not free text."""
    b = await get(services, broadcast_id)
    if b is None or b.kind != "text":
        return -1
    await services.db.execute(
        "UPDATE broadcast_versions SET text = ?, added_by = ?, added_at = ?"
        " WHERE broadcast_id = ? AND locale = ?",
        (text, by, iso(services.clock.now()), broadcast_id, locale),
    )
    b.versions[locale] = text
    rows = await services.db.fetchall(
        "SELECT user_id, locale, message_id FROM broadcast_recipients WHERE broadcast_id = ?"
        " AND state = 'sent' AND message_id IS NOT NULL AND version = ?",
        (broadcast_id, locale),
    )
    edited = 0
    for row in rows:
        found = payload_for(services, b, row["locale"])
        if found is None:
            continue
        payload = found[0]
        if payload["kind"] == "photo":
            edit = {"kind": "edit_caption", "caption": payload["caption"]}
        else:
            edit = {"kind": "edit_text", "text": payload["text"]}
        edit.update(message_id=row["message_id"], keyboard=payload["keyboard"])
        await services.outbox.add(
            chat_id=row["user_id"],
            user_id=row["user_id"],
            payload=edit,
            now=services.clock.now(),
            priority=PRIORITY,
        )
        edited += 1
    services.telegram._wake()
    log.info("broadcast %s: %s copies to correct", broadcast_id, edited)
    return edited


async def delete(services: Services, broadcast_id: int) -> int:
    """/broadcast_delete: stop it, and delete every delivered copy. Returns how many."""
    b = await get(services, broadcast_id)
    if b is None:
        return -1
    if b.status not in ("done", "cancelled"):
        await cancel(services, broadcast_id)
    rows = await services.db.fetchall(
        "SELECT user_id, message_id FROM broadcast_recipients WHERE broadcast_id = ?"
        " AND state = 'sent' AND message_id IS NOT NULL",
        (broadcast_id,),
    )
    for row in rows:
        await services.outbox.add(
            chat_id=row["user_id"],
            user_id=row["user_id"],
            payload={"kind": "delete", "message_id": row["message_id"]},
            now=services.clock.now(),
            priority=PRIORITY,
            dedupe_key=f"bcd:{broadcast_id}:{row['user_id']}",
        )
    await services.db.execute(
        "UPDATE broadcast_recipients SET state = 'deleted' WHERE broadcast_id = ?"
        " AND state = 'sent' AND message_id IS NOT NULL",
        (broadcast_id,),
    )
    services.telegram._wake()
    log.info("broadcast %s: %s copies to delete", broadcast_id, len(rows))
    return len(rows)


async def pressed(services: Services, broadcast_id: int, user_id: int) -> bool:
    """A client pressed the broadcast's button (counted once per person)."""
    return (
        await services.db.execute(
            "UPDATE broadcast_recipients SET pressed_at = ? WHERE broadcast_id = ?"
            " AND user_id = ? AND pressed_at IS NULL",
            (iso(services.clock.now()), broadcast_id, user_id),
        )
        > 0
    )


async def purge_message_ids(services: Services, now: datetime) -> int:
    """Message ids are kept for corrections for 7 days only."""
    return await services.db.execute(
        "UPDATE broadcast_recipients SET message_id = NULL WHERE message_id IS NOT NULL"
        " AND sent_at < ?",
        (iso(now - CORRECTION_WINDOW),),
    )


async def scheduled_start(services: Services, payload: dict[str, Any]) -> None:
    """The `broadcast-start` scheduled row (bot.proactive.run_due)."""
    bid = int(payload.get("broadcast", 0))
    b = await get(services, bid)
    if b is not None and b.status == "scheduled":
        await start(services, bid)
