"""Handlers of welfare check-ins. For people: the offer after consent, /checkins, the answers
to a check-in (🙂 🤔 😟 🆘), a message in reply to one, and follow-ups after triage. For the
team: /calllist with 📞 Start a chat and ✅ Done, /tip and /offdays."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from telegram import Update

from bot import checkins
from bot.callbacks import Callback
from bot.context import FirstportContext
from bot.effects import AnswerCallback, Button, Effect, Keyboard, SendText
from bot.handlers.common import home, person_of, reply, route, stale_button
from bot.i18n import LOCALES
from bot.people import Person
from bot.proactive import local_day
from bot.roles import allowed
from bot.services import Services
from bot.storage.checkins import CADENCES, TIMES_OF_DAY, CheckinState
from bot.tickets import open_ticket
from bot.ui import main_menu, main_menu_keyboard, menu_button, privacy_notice

log = logging.getLogger(__name__)

STAFF_LOCALE = "en"
CALLLIST_SHOWN = 10
OUTCOME_CODES = {"r": "reached", "n": "not_reached", "f": "referred"}
OUTCOME_KEYS = {
    "reached": "calllist-reached-button",
    "not_reached": "calllist-not-reached-button",
    "referred": "calllist-referred-button",
}
MAX_OFF_RANGE = 62  # days in one /offdays range


# -- screens -----------------------------------------------------------------------------------


def offer(services: Services, locale: str) -> SendText:
    """After consent: would you like check-ins? (off until the person chooses)"""
    t = services.i18n.text
    codec = services.codec
    return SendText(
        t(locale, "checkin-offer"),
        (
            (
                Button(
                    t(locale, "checkin-weekly-button"), codec.encode("cs", "set", "weekly", "o")
                ),
                Button(
                    t(locale, "checkin-fortnightly-button"),
                    codec.encode("cs", "set", "fortnightly", "o"),
                ),
            ),
            (Button(t(locale, "checkin-decline-button"), codec.encode("cs", "off", "o")),),
        ),
    )


def _window_buttons(services: Services, locale: str, origin: str) -> tuple[Button, ...]:
    t = services.i18n.text
    return tuple(
        Button(
            t(locale, f"checkin-{name}-button"), services.codec.encode("cs", "win", name, origin)
        )
        for name in TIMES_OF_DAY
    )


def window_question(services: Services, locale: str) -> SendText:
    """Which time of day? (asked once, right after choosing how often)"""
    t = services.i18n.text
    return SendText(t(locale, "checkin-when-question"), (_window_buttons(services, locale, "o"),))


def settings_keyboard(services: Services, locale: str, state: CheckinState | None) -> Keyboard:
    """/checkins: how often, time of day, stop, menu. Every change is one tap."""
    t = services.i18n.text
    codec = services.codec
    rows: list[tuple[Button, ...]] = [
        tuple(
            Button(t(locale, f"checkin-{cadence}-button"), codec.encode("cs", "set", cadence, "s"))
            for cadence in CADENCES
        ),
        _window_buttons(services, locale, "s"),
    ]
    if state is not None and state.on:
        rows.append((Button(t(locale, "checkin-stop-button"), codec.encode("cs", "off", "s")),))
    rows.append((menu_button(services, locale),))
    return tuple(rows)


def settings_screen(services: Services, locale: str, state: CheckinState | None) -> SendText:
    """The person's current choice, with the buttons to change it."""
    cadence = state.cadence if state else "off"
    window = state.time_of_day if state else "morning"
    text = services.i18n.text(locale, "checkin-status", cadence=cadence, window=window)
    return SendText(text, settings_keyboard(services, locale, state))


def _saved_text(services: Services, locale: str, state: CheckinState) -> str:
    if not state.on:
        return services.i18n.text(locale, "checkin-status", cadence="off", window=state.time_of_day)
    return services.i18n.text(
        locale, "checkin-saved", cadence=state.cadence, window=state.time_of_day
    )


def _consent_first(context: FirstportContext, person: Person) -> list[Effect]:
    return [
        AnswerCallback(),
        privacy_notice(context.services, person.locale, intro_key="checkin-needs-consent"),
    ]


# -- people: /checkins and the choice buttons --------------------------------------------------


async def on_checkins_command(update: Update, context: FirstportContext) -> None:
    """/checkins: the person's choice and the buttons to change or stop it."""
    person = await person_of(update, context)
    services = context.services
    if not (person.known and person.consent_current):
        await reply(update, context, _consent_first(context, person)[1:])
        return
    state = await services.checkins.get(person.user_id)
    await reply(update, context, [settings_screen(services, person.locale, state)])


@route("cs")
async def on_checkin_setting(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """📅 weekly / 🗓️ every two weeks / 🌅 ☀️ 🌆 time of day / 🔕 stop."""
    services = context.services
    locale = person.locale
    if not (person.known and person.consent_current):
        return _consent_first(context, person)
    uid = person.user_id
    origin = cb.arg(1)
    if cb.action == "set" and cb.arg(0) in CADENCES:
        state = await checkins.choose(
            services, uid, cadence=cb.arg(0), first_name=person.first_name
        )
        if origin == "o":
            return [AnswerCallback(), window_question(services, locale)]
        return [
            AnswerCallback(),
            SendText(
                _saved_text(services, locale, state), settings_keyboard(services, locale, state)
            ),
        ]
    if cb.action == "win" and cb.arg(0) in TIMES_OF_DAY:
        state = await checkins.choose(
            services, uid, time_of_day=cb.arg(0), first_name=person.first_name
        )
        keyboard = (
            main_menu_keyboard(services, locale)
            if origin == "o"
            else settings_keyboard(services, locale, state)
        )
        return [AnswerCallback(), SendText(_saved_text(services, locale, state), keyboard)]
    if cb.action == "off":
        await checkins.stop(services, uid, "person", first_name=person.first_name)
        text = services.i18n.text(locale, "checkin-stopped")
        return [AnswerCallback(), SendText(text, main_menu_keyboard(services, locale))]
    return stale_button(context, person)


# -- people: answers to a check-in -------------------------------------------------------------


def _safety_card(context: FirstportContext, locale: str) -> SendText:
    from bot.handlers.menu import safety_card

    return safety_card(context, locale)


@route("ci")
async def on_checkin_answer(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """🙂 OK, 🤔 I need help, 😟 Not OK (then Yes / No), 🆘 on a check-in."""
    services = context.services
    locale = person.locale
    t = services.i18n.text
    try:
        number = int(cb.arg(0))
    except ValueError:
        return stale_button(context, person)
    uid = person.user_id
    name = person.first_name
    if cb.action == "sos":
        # Safety first: this works even for an old check-in, or after /forget.
        if person.known:
            await checkins.record_answer(services, uid, number, "sos", first_name=name)
        _ticket, effects = await open_ticket(
            services,
            person,
            kind="crisis",
            need="crisis",
            urgency="emergency",
            tier="caseworker",
            locale=locale,
            category="asked",
        )
        return [AnswerCallback(), _safety_card(context, locale), *effects]
    if not (person.known and person.consent_current):
        return stale_button(context, person)
    if cb.action == "ok":
        await checkins.record_answer(services, uid, number, "ok", first_name=name)
        text = t(locale, "checkin-ok-thanks")
        tip = await checkins.tip_for(services, locale)
        if tip:
            text = f"{text}\n\n{t(locale, 'tip-of-the-week', tip=tip)}"
        return [AnswerCallback(), SendText(text, ((menu_button(services, locale),),))]
    if cb.action == "help":
        await checkins.record_answer(services, uid, number, "help", first_name=name)
        return [AnswerCallback(), main_menu(services, locale, title_key="checkin-help-menu")]
    if cb.action == "bad":
        await checkins.record_answer(services, uid, number, "not_ok", first_name=name)
        await checkins.not_ok(services, uid, number)
        codec = services.codec
        buttons = (
            (
                Button(t(locale, "checkin-bad-yes-button"), codec.encode("ci", "yes", number)),
                Button(t(locale, "checkin-bad-no-button"), codec.encode("ci", "no", number)),
            ),
        )
        return [AnswerCallback(), SendText(t(locale, "checkin-bad-question"), buttons)]
    if cb.action == "yes":
        await checkins.not_ok_answered(services, uid)
        _ticket, effects = await open_ticket(
            services,
            person,
            kind="person",
            need="welfare",
            urgency="soon",
            tier="volunteer",
            locale=locale,
        )
        return [AnswerCallback(), *effects, home(context, person)]
    if cb.action == "no":
        await checkins.not_ok_answered(services, uid)
        return [
            AnswerCallback(),
            _safety_card(context, locale),
            SendText(t(locale, "checkin-bad-declined"), main_menu_keyboard(services, locale)),
        ]
    return stale_button(context, person)


async def free_text_reply(context: FirstportContext, person: Person) -> list[Effect] | None:
    """A message (already through the crisis net) while a check-in waits for its answer:
    treated as 🤔 I need help. Nothing of the text is kept."""
    services = context.services
    number = await checkins.free_text_is_answer(services, person.user_id)
    if number is None:
        return None
    await checkins.record_answer(
        services, person.user_id, number, "help", first_name=person.first_name
    )
    return [main_menu(services, person.locale, title_key="checkin-help-menu")]


# -- people: follow-ups after triage -----------------------------------------------------------


@route("fu")
async def on_followup_answer(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """✅ Yes / ❌ No / 💬 Talk to a person under a follow-up question."""
    services = context.services
    locale = person.locale
    t = services.i18n.text
    try:
        case = await services.cases.get(int(cb.arg(0)))
    except ValueError:
        case = None
    if (
        case is None
        or case.user_id != person.user_id
        or not (person.known and person.consent_current)
        or cb.action not in ("yes", "no", "talk")
    ):
        return stale_button(context, person)
    await services.checkins.note_name(person.user_id, person.first_name)
    await services.proactive.bump(
        local_day(services, services.clock.now()), f"followup_{cb.action}"
    )
    if cb.action == "yes":
        text = t(locale, "followup-yes-thanks")
        return [AnswerCallback(), SendText(text, main_menu_keyboard(services, locale))]
    if cb.action == "no":
        await services.calllist.add(
            person.user_id, "followup_no", services.clock.now(), need=case.need
        )
        log.info("call list: a follow-up answered No")
        screens = await reopen_outcome(update, context, person, case.need, case.path, case)
        return [AnswerCallback(), SendText(t(locale, "followup-no-intro")), *screens]
    need = case.need if case.need in services.flows else "talk"
    _ticket, effects = await open_ticket(
        services,
        person,
        kind="person",
        need=need,
        urgency="soon",
        tier="volunteer",
        locale=locale,
    )
    return [AnswerCallback(), *effects, home(context, person)]


async def reopen_outcome(
    update: Update,
    context: FirstportContext,
    person: Person,
    flow_id: str,
    path: tuple[str, ...],
    case,
) -> list[Effect]:
    """The flow again, at the outcome the person reached (its start if the flow changed)."""
    from bot.handlers.triage import load_state, save_state, start_flow
    from bot.triage import engine
    from bot.triage.screens import outcome_screen

    services = context.services
    flow = services.flows.get(flow_id)
    if flow is None:
        return [main_menu(services, person.locale)]
    previous = await load_state(services, person)
    step = engine.next_step(previous.step) if previous else 1
    try:
        transition = engine.replay(flow, path)
    except (KeyError, AssertionError, ValueError):
        transition = None
    if (
        transition is None
        or transition.state is None
        or not isinstance(transition.effect, engine.Finish)
        or transition.effect.node.id != case.outcome
    ):
        return await start_flow(update, context, person, flow.id)
    state = engine.replace_step(transition.state, step)
    await save_state(services, person, state)
    node = transition.effect.node
    return [
        outcome_screen(
            services,
            person.locale,
            flow,
            node,
            step,
            case.id,
            offer_talk=not node.opens_ticket,
            area=person.stored.area if person.stored else None,
        )
    ]


# -- the team: /calllist -----------------------------------------------------------------------


def _staff(services: Services, key: str, **args: object) -> str:
    return services.i18n.text(STAFF_LOCALE, key, **args)


async def _refused(update: Update, context: FirstportContext) -> None:
    person = await person_of(update, context)
    await reply(
        update, context, [SendText(context.services.i18n.text(person.locale, "staff-only"))]
    )


async def calllist_screen(services: Services) -> SendText:
    """The welfare call list: first name, language and reason, never more."""
    entries = await checkins.call_list(services)
    if not entries:
        return SendText(_staff(services, "calllist-empty"))
    codec = services.codec
    lines = [_staff(services, "calllist-title", count=len(entries))]
    rows: list[tuple[Button, ...]] = []
    for n, entry in enumerate(entries[:CALLLIST_SHOWN], start=1):
        lines.append(
            _staff(
                services,
                "calllist-line",
                n=str(n),
                name=(entry.first_name or "?")[:32],
                language=entry.locale if entry.locale in LOCALES else "?",
                reason=checkins.reason_text(services, entry.reason, entry.need, entry.missed),
            )
        )
        rows.append(
            (
                Button(
                    _staff(services, "calllist-call-button", n=str(n)),
                    codec.encode("cl", "call", entry.id),
                ),
                Button(
                    _staff(services, "calllist-done-button", n=str(n)),
                    codec.encode("cl", "done", entry.id),
                ),
            )
        )
    if len(entries) > CALLLIST_SHOWN:
        lines.append(_staff(services, "calllist-more", count=len(entries) - CALLLIST_SHOWN))
    return SendText("\n".join(lines), tuple(rows))


async def on_calllist(update: Update, context: FirstportContext) -> None:
    """/calllist (staff and volunteers): who needs a welfare call, most at risk first."""
    services = context.services
    user = update.effective_user
    if not await allowed(services, user.id if user else None, "calllist.view"):
        await _refused(update, context)
        return
    await reply(update, context, [await calllist_screen(services)])


@route("cl")
async def on_calllist_button(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """📞 Start a chat, ✅ Done, and the outcome of a call."""
    services = context.services
    permission = {"call": "calllist.call", "done": "calllist.done", "out": "calllist.done"}
    needed = permission.get(cb.action)
    if needed is None or not await allowed(services, person.user_id, needed):
        return [AnswerCallback(_staff(services, "handoff-not-allowed"))]
    try:
        entry_id = int(cb.arg(0))
    except ValueError:
        return [AnswerCallback(_staff(services, "button-stale"))]
    if cb.action == "call":
        outcome, detail = await checkins.start_chat(services, entry_id, person.user_id)
        if outcome == "started":
            text = _staff(services, "calllist-chat-started", ticket=str(detail.id))
            return [AnswerCallback(text[:200]), SendText(text)]
        if outcome == "has-ticket":
            return [AnswerCallback(_staff(services, "calllist-has-ticket", ticket=str(detail.id)))]
        if outcome == "blocked":
            return [AnswerCallback(_staff(services, "calllist-blocked"))]
        return [AnswerCallback(_staff(services, "calllist-already-done"))]
    entry = await services.calllist.get(entry_id)
    if entry is None or entry["done_at"] is not None:
        return [AnswerCallback(_staff(services, "calllist-already-done"))]
    state = await services.checkins.get(entry["user_id"])
    name = ((state.first_name if state else None) or "?")[:32]
    if cb.action == "done":
        codec = services.codec
        buttons = tuple(
            Button(_staff(services, OUTCOME_KEYS[outcome]), codec.encode("cl", "out", entry_id, c))
            for c, outcome in OUTCOME_CODES.items()
        )
        question = _staff(services, "calllist-outcome-question", name=name)
        return [AnswerCallback(), SendText(question, (buttons,))]
    outcome = OUTCOME_CODES.get(cb.arg(1))
    if outcome is None:
        return [AnswerCallback(_staff(services, "button-stale"))]
    if not await services.calllist.done(entry_id, outcome, services.clock.now()):
        return [AnswerCallback(_staff(services, "calllist-already-done"))]
    log.info("call list: an entry was closed (%s)", outcome)
    text = _staff(
        services,
        "calllist-recorded",
        outcome=_staff(services, OUTCOME_KEYS[outcome]),
        name=name,
        left=await services.calllist.count_open(),
    )
    return [AnswerCallback(), SendText(text)]


# -- the team: /tip ----------------------------------------------------------------------------


async def tips_screen(services: Services) -> str:
    """Which languages have a tip this week, and which do not."""
    tips = await services.proactive.tips()
    now = services.clock.now()
    lines = []
    for locale in LOCALES:
        if locale not in tips:
            continue
        source, set_at = tips[locale]
        current = now - set_at <= timedelta(days=checkins.TIP_DAYS)
        preview = (checkins.render_tip(locale, source) or "").replace("\n", " ")[:80]
        key = "tip-list-line" if current else "tip-list-expired"
        lines.append(_staff(services, key, language=locale, tip=preview))
    missing = [loc for loc in LOCALES if loc not in tips]
    head = _staff(services, "tip-list-title") if lines else _staff(services, "tip-list-empty")
    out = [head, *lines]
    if missing:
        out.append(_staff(services, "tip-list-missing", languages=", ".join(missing)))
    out.append("")
    out.append(_staff(services, "tip-usage"))
    return "\n".join(out)


async def on_tip(update: Update, context: FirstportContext) -> None:
    """/tip, /tip <language> <text>, /tip clear [language] (staff)."""
    services = context.services
    user = update.effective_user
    if not await allowed(services, user.id if user else None, "tip.set"):
        await _refused(update, context)
        return
    message = update.effective_message
    raw = (message.text or "") if message else ""
    parts = raw.split(None, 2)
    if len(parts) < 2:
        await reply(update, context, [SendText(await tips_screen(services))])
        return
    sub = parts[1]
    rest = parts[2] if len(parts) > 2 else ""
    if sub.lower() == "clear":
        locale = rest.strip() or None
        if locale is not None and locale not in LOCALES:
            await reply(update, context, [SendText(_staff(services, "tip-usage"))])
            return
        await services.proactive.clear_tips(locale)
        log.info("tip of the week cleared")
        which = locale or "all"
        await reply(update, context, [SendText(_staff(services, "tip-cleared", languages=which))])
        return
    if sub not in LOCALES:
        await reply(update, context, [SendText(_staff(services, "tip-usage"))])
        return
    problem = checkins.check_tip(sub, rest)
    if problem is not None:
        await reply(update, context, [SendText(_staff(services, "tip-invalid", problem=problem))])
        return
    await services.proactive.set_tip(sub, checkins.tip_source(rest), services.clock.now())
    log.info("tip of the week set for %s", sub)
    shown = await checkins.tip_for(services, sub) or ""
    text = _staff(services, "tip-set", language=sub, days=checkins.TIP_DAYS, tip=shown)
    await reply(update, context, [SendText(text)])


# -- the team: /offdays ------------------------------------------------------------------------


def parse_days(tokens: list[str]) -> list[date] | None:
    """`2026-12-25`, `2026-12-24..2027-01-02`; None if any token is not a date or range."""
    days: list[date] = []
    for token in tokens:
        first, sep, last = token.partition("..")
        try:
            start = date.fromisoformat(first)
            end = date.fromisoformat(last) if sep else start
        except ValueError:
            return None
        if end < start or (end - start).days >= MAX_OFF_RANGE:
            return None
        days.extend(start + timedelta(days=i) for i in range((end - start).days + 1))
    return days or None


async def offdays_text(services: Services) -> str:
    """Upcoming days with no proactive messages."""
    today = local_day(services, services.clock.now())
    days = sorted(d for d in await services.proactive.off_days() if d >= today)
    if not days:
        return (
            _staff(services, "checkin-offdays-none")
            + "\n"
            + _staff(services, "checkin-offdays-usage")
        )
    listed = ", ".join(f"{d.isoformat()} ({d.strftime('%a')})" for d in days)
    return _staff(services, "checkin-offdays-title", days=listed)


async def on_offdays(update: Update, context: FirstportContext) -> None:
    """/offdays, /offdays add <dates>, /offdays remove <dates> (staff)."""
    services = context.services
    user = update.effective_user
    if not await allowed(services, user.id if user else None, "offdays.set"):
        await _refused(update, context)
        return
    args = list(context.args or [])
    if args:
        sub = args[0].lower()
        days = parse_days(args[1:])
        if sub not in ("add", "remove") or days is None:
            await reply(update, context, [SendText(_staff(services, "checkin-offdays-usage"))])
            return
        if sub == "add":
            await services.proactive.add_off_days(days, services.clock.now())
        else:
            await services.proactive.remove_off_days(days)
        log.info("off days changed (%s %s)", sub, len(days))
    await reply(update, context, [SendText(await offdays_text(services))])
