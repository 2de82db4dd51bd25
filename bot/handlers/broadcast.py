"""Staff broadcasts: the /broadcast wizard (in a private chat with the bot or in the staff
chat), /version, /broadcast_cancel, /broadcast_edit, /broadcast_delete, the Approve button,
and the clients' 👍 Got it / booking buttons. The logic is in `bot.broadcast`.

Wizard: /broadcast -> kind (template notice or free text) -> for a template, the notice and
the drop-in session it is about -> the draft card (audience with counts per language, the
translation gate, the optional button, the time) -> preview of every version as the client
will see it -> ✅ Send (or, above the threshold, a second staff member's Approve).

  /broadcast to all | lang=ar,fa area=x booked=SESSION:YYYY-MM-DD waitlist=... checkins days=N
  /broadcast at YYYY-MM-DD HH:MM (Europe/London) | /broadcast at now
  /version <lang> <text>   (or a photo with that caption)

Callback area `bc`:
  k <id> template|text   kind          tp <id> <n>            which template notice
  oc <id> <session> <ymd> the session  au <id> all|booked     audience shortcut
  bt <id> none|ack|book   the button   ms <id> skip|english   languages without a version
  pv <id>                 preview      go <id>                send     x <id>   drop the draft
  appr <id>               approve      ack <id> / bk <id>      client presses (counted)
"""

from __future__ import annotations

import logging
from datetime import datetime

from telegram import Update

from bot import broadcast as bc
from bot.callbacks import Callback
from bot.context import FirstportContext
from bot.effects import AnswerCallback, Button, EditText, Effect, SendText
from bot.handlers.common import reply, route
from bot.i18n import LOCALES
from bot.people import Person
from bot.roles import allowed
from bot.services import Services
from bot.tickets import STAFF_LOCALE

log = logging.getLogger(__name__)

L = STAFF_LOCALE


def _t(services: Services, key: str, **args: object) -> str:
    return services.i18n.text(L, key, **args)


async def _may(update: Update, context: FirstportContext, action: str) -> bool:
    user = update.effective_user
    if await allowed(context.services, user.id if user else None, action):
        return True
    await reply(update, context, [SendText(_t(context.services, "staff-only"))])
    return False


def _rest(text: str | None, words: int) -> list[str]:
    """The command's words: `words` single words, then the rest of the text as it was."""
    parts = (text or "").split(None, words)
    return parts[1:]


# --- The draft card --------------------------------------------------------------------------


def _kind_question(services: Services, b: bc.Broadcast) -> tuple[str, tuple]:
    codec = services.codec
    buttons = (
        (
            Button(_t(services, "broadcast-kind-template"), codec.encode("bc", "k", b.id, "tpl")),
            Button(_t(services, "broadcast-kind-text"), codec.encode("bc", "k", b.id, "text")),
        ),
    )
    return _t(services, "broadcast-kind-question", id=b.id), buttons


def _describe(services: Services, b: bc.Broadcast) -> str:
    from bot.handlers.booking import fmt_day, site_name

    if b.kind == "template" and b.template:
        label = _t(services, f"broadcast-{b.template}")
        if b.params.get("session"):
            from datetime import date

            day = date.fromisoformat(b.params["day"])
            label += f" · {site_name(services, b.params['location'])}, {fmt_day(L, day)}"
        return label
    if b.kind == "text":
        return _t(services, "broadcast-kind-text") + (" + 📷" if b.photo else "")
    return "-"


def _audience_label(b: bc.Broadcast) -> str:
    if not b.audience:
        return "all"
    parts = []
    for name, value in sorted(b.audience.items()):
        if value is True:
            parts.append(name)
        elif isinstance(value, list):
            parts.append(f"{name}={','.join(value)}")
        else:
            parts.append(f"{name}={value}")
    return " ".join(parts)


async def card(services: Services, b: bc.Broadcast) -> tuple[str, tuple]:
    """The draft's state and what can be chosen next."""
    codec = services.codec
    counts = await bc.counts_by_language(services, b.audience)
    missing = bc.missing_languages(b, counts)
    versions = ", ".join(sorted(b.versions)) or "-"
    when = (
        b.send_at.astimezone(services.settings.tz).strftime("%Y-%m-%d %H:%M")
        if b.send_at
        else _t(services, "broadcast-now")
    )
    problem = bc.gate_problem(b, counts)
    text = _t(
        services,
        "broadcast-card",
        id=b.id,
        kind=_describe(services, b),
        versions=versions,
        audience=_audience_label(b),
        total=sum(counts.values()),
        counts=", ".join(f"{k} {v}" for k, v in counts.items()) or "-",
        missing=", ".join(missing) or "-",
        choice=_t(services, f"broadcast-missing-{b.missing}") if b.missing else "-",
        button=_t(services, f"broadcast-button-{b.button}"),
        when=when,
    )
    if problem:
        text += "\n\n⚠️ " + _t(services, problem)
    text += "\n\n" + _t(services, "broadcast-help-card")

    def mark(label: str, on: bool) -> str:
        return f"✓ {label}" if on else label

    rows: list[tuple[Button, ...]] = []
    audience = [
        Button(
            mark(_t(services, "broadcast-everyone-button"), not b.audience),
            codec.encode("bc", "au", b.id, "all"),
        )
    ]
    if b.kind == "template" and b.params.get("session"):
        booked = f"{b.params['session']}:{b.params['day']}"
        audience.append(
            Button(
                mark(_t(services, "broadcast-booked-button"), b.audience == {"booked": booked}),
                codec.encode("bc", "au", b.id, "booked"),
            )
        )
    rows.append(tuple(audience))
    rows.append(
        tuple(
            Button(
                mark(_t(services, f"broadcast-button-{name}"), b.button == name),
                codec.encode("bc", "bt", b.id, name),
            )
            for name in bc.BUTTONS
        )
    )
    if missing:
        rows.append(
            tuple(
                Button(
                    mark(_t(services, f"broadcast-missing-{name}"), b.missing == name),
                    codec.encode("bc", "ms", b.id, name),
                )
                for name in ("skip", "english")
            )
        )
    rows.append(
        (
            Button(_t(services, "broadcast-preview-button"), codec.encode("bc", "pv", b.id)),
            Button(_t(services, "broadcast-cancel-button"), codec.encode("bc", "x", b.id)),
        )
    )
    return text, tuple(rows)


async def _card_effects(services: Services, b: bc.Broadcast, *, edit: bool) -> list[Effect]:
    fresh = await bc.get(services, b.id) or b
    text, buttons = await card(services, fresh)
    return [EditText(text, buttons) if edit else SendText(text, buttons)]


# --- Commands --------------------------------------------------------------------------------


async def on_broadcast(update: Update, context: FirstportContext) -> None:
    """/broadcast (start the wizard), /broadcast to ..., /broadcast at ..."""
    if not await _may(update, context, "broadcast.send"):
        return
    services = context.services
    user = update.effective_user
    chat = update.effective_chat
    message = update.effective_message
    assert user is not None
    assert chat is not None
    assert message is not None
    args = context.args or []
    if not args:
        b = await bc.create(services, user.id, chat.id)
        log.info("broadcast %s: draft started", b.id)
        text, buttons = _kind_question(services, b)
        await reply(update, context, [SendText(text, buttons)])
        return
    b = await bc.draft_of(services, user.id)
    if b is None:
        await reply(update, context, [SendText(_t(services, "broadcast-no-draft"))])
        return
    word = args[0].lower()
    if word == "to":
        audience = bc.parse_audience(" ".join(args[1:]))
        if audience is None or len(args) < 2:
            await reply(update, context, [SendText(_t(services, "broadcast-audience-usage"))])
            return
        await bc.update(services, b.id, audience=audience)
    elif word == "at":
        when = _parse_when(services, " ".join(args[1:]))
        if when is None:
            await reply(update, context, [SendText(_t(services, "broadcast-at-usage"))])
            return
        await bc.update(services, b.id, send_at=None if when == "now" else when)
    else:
        await reply(update, context, [SendText(_t(services, "broadcast-usage"))])
        return
    await reply(update, context, await _card_effects(services, b, edit=False))


def _parse_when(services: Services, text: str) -> datetime | str | None:
    text = text.strip()
    if text.lower() == "now":
        return "now"
    try:
        local = datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=services.settings.tz)
    except ValueError:
        return None
    moment = local
    return moment if moment > services.clock.now() else None


async def on_version(update: Update, context: FirstportContext) -> None:
    """/version <lang> <text>: the free text in one language (a photo's caption works too)."""
    if not await _may(update, context, "broadcast.send"):
        return
    services = context.services
    user = update.effective_user
    message = update.effective_message
    assert user is not None
    assert message is not None
    photo = message.photo[-1].file_id if message.photo else None
    parts = _rest(message.text or message.caption, 2)
    usage = _t(services, "broadcast-version-usage", locales=", ".join(LOCALES))
    if len(parts) < 2 or parts[0] not in LOCALES or not parts[1].strip():
        await reply(update, context, [SendText(usage)])
        return
    b = await bc.draft_of(services, user.id)
    if b is None or b.kind != "text":
        await reply(update, context, [SendText(_t(services, "broadcast-no-draft"))])
        return
    await bc.set_version(services, b.id, parts[0], parts[1].strip(), user.id)
    if photo:
        await bc.update(services, b.id, photo=photo)
    log.info("broadcast %s: version %s added", b.id, parts[0])
    effects: list[Effect] = [
        SendText(_t(services, "broadcast-version-saved", lang=parts[0], by=user.id))
    ]
    await reply(update, context, effects + await _card_effects(services, b, edit=False))


def _id_arg(args: list[str]) -> int | None:
    return int(args[0]) if args and args[0].isdigit() else None


async def on_cancel(update: Update, context: FirstportContext) -> None:
    """/broadcast_cancel [id]: stop the newest (or the given) broadcast."""
    if not await _may(update, context, "broadcast.send"):
        return
    services = context.services
    bid = _id_arg(context.args or [])
    if bid is None:
        found = await bc.latest(services, ("sending", "scheduled", "awaiting_approval"))
        bid = found.id if found else None
    if bid is None or not await bc.cancel(services, bid):
        await reply(update, context, [SendText(_t(services, "broadcast-nothing-to-cancel"))])
        return
    await reply(update, context, [SendText(_t(services, "broadcast-cancelled", id=bid))])


async def on_edit(update: Update, context: FirstportContext) -> None:
    """/broadcast_edit <id> <lang> <new text>: correct every delivered copy."""
    if not await _may(update, context, "broadcast.correct"):
        return
    services = context.services
    user = update.effective_user
    message = update.effective_message
    assert user is not None
    assert message is not None
    parts = _rest(message.text, 3)
    if len(parts) < 3 or not parts[0].isdigit() or parts[1] not in LOCALES:
        await reply(update, context, [SendText(_t(services, "broadcast-edit-usage"))])
        return
    bid, locale, text = int(parts[0]), parts[1], parts[2].strip()
    b = await bc.get(services, bid)
    if b is None or b.status in bc.OPEN:
        await reply(update, context, [SendText(_t(services, "broadcast-unknown", id=bid))])
        return
    if b.kind != "text" or locale not in b.versions:
        await reply(update, context, [SendText(_t(services, "broadcast-edit-template"))])
        return
    count = await bc.correct(services, bid, locale, text, user.id)
    await reply(
        update,
        context,
        [SendText(_t(services, "broadcast-edited", id=bid, count=count, lang=locale))],
    )


async def on_delete(update: Update, context: FirstportContext) -> None:
    """/broadcast_delete <id>: remove every delivered copy (Telegram allows 48 hours)."""
    if not await _may(update, context, "broadcast.correct"):
        return
    services = context.services
    bid = _id_arg(context.args or [])
    b = await bc.get(services, bid) if bid is not None else None
    if b is None or b.status in bc.OPEN:
        await reply(update, context, [SendText(_t(services, "broadcast-delete-usage"))])
        return
    count = await bc.delete(services, b.id)
    await reply(
        update, context, [SendText(_t(services, "broadcast-deleted", id=b.id, count=count))]
    )


# --- Buttons ---------------------------------------------------------------------------------


@route("bc")
async def on_button(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """Every broadcast button."""
    services = context.services
    bid = int(cb.arg(0)) if cb.arg(0).isdigit() else 0
    if cb.action in ("ack", "bk"):
        return await _client_press(services, person, cb.action, bid)
    action = "broadcast.approve" if cb.action == "appr" else "broadcast.send"
    if not await allowed(services, person.user_id, action):
        return [AnswerCallback(_t(services, "staff-only"))]
    if cb.action == "appr":
        outcome = await bc.approve(services, bid, person.user_id)
        key = {
            "self": "broadcast-approve-self",
            "started": "broadcast-approved",
            "scheduled": "broadcast-approved",
        }.get(outcome, "broadcast-gone")
        text = _t(services, key, id=bid)
        if outcome in ("started", "scheduled"):
            return [AnswerCallback(text), EditText(text)]
        return [AnswerCallback(text)]
    b = await bc.get(services, bid)
    if b is None or b.status != "draft":
        return [AnswerCallback(_t(services, "broadcast-gone"))]
    try:
        return await _staff_press(services, b, cb, update)
    except ValueError:
        log.warning("broadcast %s: a malformed wizard button", bid)
        return [AnswerCallback(_t(services, "broadcast-gone"))]


async def _client_press(services: Services, person: Person, action: str, bid: int) -> list[Effect]:
    counted = await bc.pressed(services, bid, person.user_id)
    log.info("broadcast %s: a button press (%s)", bid, "counted" if counted else "again")
    if action == "bk":
        from bot.handlers.booking import home_screen

        return [AnswerCallback(), *await home_screen(services, person.locale)]
    return [AnswerCallback(services.i18n.text(person.locale, "broadcast-thanks"))]


async def _staff_press(
    services: Services, b: bc.Broadcast, cb: Callback, update: Update
) -> list[Effect]:
    codec = services.codec
    action = cb.action
    if action == "k":
        if cb.arg(1) == "tpl":
            await bc.update(services, b.id, kind="template")
            buttons = tuple(
                (Button(_t(services, f"broadcast-{name}"), codec.encode("bc", "tp", b.id, n)),)
                for n, name in enumerate(bc.TEMPLATES)
            )
            return [EditText(_t(services, "broadcast-template-question"), buttons)]
        await bc.update(services, b.id, kind="text", template=None, params={})
        return await _card_effects(services, b, edit=True)
    if action == "tp":
        index = int(cb.arg(1))
        if not 0 <= index < len(bc.TEMPLATES):
            raise ValueError(index)
        await bc.update(services, b.id, kind="template", template=bc.TEMPLATES[index])
        return await _sessions_question(services, b)
    if action == "oc":
        from bot import booking as bk
        from bot.handlers.booking import parse_ymd

        day = parse_ymd(cb.arg(2))
        occ = await bk.find_occurrence(services, cb.arg(1), day) if day else None
        if occ is None:
            return [AnswerCallback(_t(services, "broadcast-gone"))]
        params = {
            "session": occ.session_id,
            "day": occ.day.isoformat(),
            "location": occ.location_id,
            "start": occ.start.isoformat(),
        }
        await bc.update(services, b.id, params=params)
        return await _card_effects(services, b, edit=True)
    if action == "au":
        audience = {}
        if cb.arg(1) == "booked" and b.params.get("session"):
            audience = {"booked": f"{b.params['session']}:{b.params['day']}"}
        await bc.update(services, b.id, audience=audience)
        return await _card_effects(services, b, edit=True)
    if action == "bt" and cb.arg(1) in bc.BUTTONS:
        await bc.update(services, b.id, button=cb.arg(1))
        return await _card_effects(services, b, edit=True)
    if action == "ms" and cb.arg(1) in ("skip", "english"):
        await bc.update(services, b.id, missing=cb.arg(1))
        return await _card_effects(services, b, edit=True)
    if action == "x":
        await bc.cancel(services, b.id)
        return [AnswerCallback(), EditText(_t(services, "broadcast-dropped", id=b.id))]
    if action == "pv":
        return await _preview(services, b, update)
    if action == "go":
        return await _send(services, b)
    raise ValueError(action)


async def _sessions_question(services: Services, b: bc.Broadcast) -> list[Effect]:
    from bot import booking as bk
    from bot.handlers.booking import fmt_day, site_name, ymd

    occs = (await bk.upcoming_occurrences(services, include_closed=True))[:8]
    if not occs:
        return [EditText(_t(services, "broadcast-no-sessions"))]
    buttons = tuple(
        (
            Button(
                f"{site_name(services, o.location_id)} · {fmt_day(L, o.day)}",
                services.codec.encode("bc", "oc", b.id, o.session_id, ymd(o.day)),
            ),
        )
        for o in occs
    )
    return [EditText(_t(services, "broadcast-session-question"), buttons)]


async def _preview(services: Services, b: bc.Broadcast, update: Update) -> list[Effect]:
    """Every version as the client will see it, with its button, then the confirmation."""
    fresh = await bc.get(services, b.id) or b
    counts = await bc.counts_by_language(services, fresh.audience)
    problem = bc.gate_problem(fresh, counts)
    if problem:
        return [
            AnswerCallback(_t(services, problem)),
            *await _card_effects(services, b, edit=False),
        ]
    chat = update.effective_chat
    assert chat is not None
    lines = []
    for locale, count in counts.items():
        found = bc.payload_for(services, fresh, locale)
        how = "skip" if found is None else ("english" if found[1] != locale else "own")
        header = _t(services, "broadcast-preview-header", lang=locale, count=count, how=how)
        await services.telegram.send(chat.id, {"kind": "text", "text": header})
        if found is not None:
            await services.telegram.send(chat.id, found[0])
        lines.append(f"{locale} {count}: {how}")
    await bc.mark_previewed(services, b.id)
    total = sum(counts.values())
    when = (
        fresh.send_at.astimezone(services.settings.tz).strftime("%Y-%m-%d %H:%M")
        if fresh.send_at
        else _t(services, "broadcast-now")
    )
    text = _t(
        services,
        "broadcast-confirm",
        id=b.id,
        total=total,
        lines="\n".join(lines),
        when=when,
        approval="yes" if total > services.settings.broadcast_approval_threshold else "no",
    )
    buttons = (
        (
            Button(_t(services, "broadcast-send-button"), services.codec.encode("bc", "go", b.id)),
            Button(_t(services, "broadcast-cancel-button"), services.codec.encode("bc", "x", b.id)),
        ),
    )
    return [AnswerCallback(), SendText(text, buttons)]


async def _send(services: Services, b: bc.Broadcast) -> list[Effect]:
    total = sum((await bc.counts_by_language(services, b.audience)).values())
    outcome = await bc.request_send(services, b)
    if outcome == "gate":
        counts = await bc.counts_by_language(services, b.audience)
        problem = bc.gate_problem(b, counts) or "broadcast-gone"
        return [
            AnswerCallback(_t(services, problem)),
            *await _card_effects(services, b, edit=False),
        ]
    if outcome == "preview":
        return [AnswerCallback(_t(services, "broadcast-need-preview"))]
    fresh = await bc.get(services, b.id) or b
    key = {
        "approval": "broadcast-awaiting",
        "scheduled": "broadcast-scheduled",
        "started": "broadcast-started",
    }.get(outcome, "broadcast-gone")
    when = (
        fresh.send_at.astimezone(services.settings.tz).strftime("%Y-%m-%d %H:%M")
        if fresh.send_at
        else "-"
    )
    text = _t(
        services,
        key,
        id=b.id,
        total=fresh.total or total,
        threshold=services.settings.broadcast_approval_threshold,
        when=when,
    )
    return [AnswerCallback(), EditText(text)]
