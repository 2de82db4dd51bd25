"""Triage: the need items of the main menu, flow buttons, outcomes, 💬 Talk to a person, 👍/👎.

The engine decides; this module loads and saves the state, records cases and tickets, and
renders screens. People who did not agree to the notice can walk every flow (their place is
kept in memory only); reaching a person needs their agreement first.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from telegram import Update

from bot.callbacks import Callback
from bot.context import FirstportContext
from bot.effects import AnswerCallback, Effect, SendText
from bot.handlers.common import home, route, stale_button
from bot.people import Person
from bot.services import Services
from bot.tickets import open_ticket
from bot.triage import engine
from bot.triage.engine import Back, Choose, Continue, ExitToMenu, Finish, FlowState, Show, Stale
from bot.triage.model import Node
from bot.triage.screens import node_screen, outcome_screen
from bot.ui import MENU_ROUTES, NEED_ITEMS, MenuItem, main_menu, privacy_notice

log = logging.getLogger(__name__)

NEED_MENU = (
    ("housing", "menu-housing"),
    ("aspen", "menu-aspen"),
    ("gp", "menu-gp"),
    ("dentist", "menu-dentist"),
    ("esol", "menu-esol"),
    ("other", "menu-other"),
)


def _available(flow_id: str):
    return lambda services: flow_id in services.flows


async def load_state(services: Services, person: Person) -> FlowState | None:
    """The person's place in a flow (SQLite for stored people, memory for others)."""
    if person.known and person.consent_current:
        data = await services.flows_repo.get(person.user_id)
        return FlowState.from_json(data) if data else None
    return services.ephemeral_flows.get(person.user_id)


async def save_state(services: Services, person: Person, state: FlowState | None) -> None:
    """Keep the person's place (or clear it)."""
    if person.known and person.consent_current:
        if state is None:
            await services.flows_repo.clear(person.user_id)
        else:
            await services.flows_repo.set(person.user_id, state.to_json(), services.clock.now())
        return
    if state is None:
        services.ephemeral_flows.pop(person.user_id, None)
    else:
        if len(services.ephemeral_flows) > 10_000:  # bounded: drop the oldest
            services.ephemeral_flows.pop(next(iter(services.ephemeral_flows)))
        services.ephemeral_flows[person.user_id] = state


def current_screen(services: Services, person: Person, state: FlowState) -> SendText | None:
    """Re-render where the person is (after the crisis card, for example)."""
    flow = services.flows.get(state.flow)
    if flow is None or state.node not in flow.nodes:
        return None
    node = flow.node(state.node)
    if node.is_outcome:
        return outcome_screen(services, person.locale, flow, node, state.step, None)
    return node_screen(services, person.locale, flow, node, state.step)


async def start_flow(
    update: Update, context: FirstportContext, person: Person, flow_id: str
) -> list[Effect]:
    """A need was chosen in the menu."""
    services = context.services
    flow = services.flows[flow_id]
    previous = await load_state(services, person)
    step = engine.next_step(previous.step) if previous else 1
    transition = engine.start(flow, step)
    await save_state(services, person, transition.state)
    assert isinstance(transition.effect, Show)
    return [node_screen(services, person.locale, flow, transition.effect.node, step)]


for _flow_id, _key in NEED_MENU:
    NEED_ITEMS.append(MenuItem(_key, _flow_id, _available(_flow_id)))

    async def _start(
        update: Update, context: FirstportContext, person: Person, _flow: str = _flow_id
    ) -> list[Effect]:
        return await start_flow(update, context, person, _flow)

    MENU_ROUTES[_flow_id] = _start


async def finish(
    context: FirstportContext, person: Person, node: Node, state: FlowState
) -> list[Effect]:
    """An outcome: record the case, open a ticket if it needs a person, show what to do."""
    services = context.services
    flow = services.flows[state.flow]
    locale = person.locale
    if not (person.known and person.consent_current):
        # Nothing is stored. The outcome is shown; reaching a person needs agreement first.
        screen = outcome_screen(services, locale, flow, node, state.step, None)
        if not node.opens_ticket:
            return [screen]
        return [
            screen,
            privacy_notice(services, locale, intro_key="triage-needs-consent"),
        ]
    assert node.urgency is not None
    assert node.tier is not None
    case_id = await services.cases.add(
        user_id=person.user_id,
        need=flow.id,
        path=state.path,
        outcome=node.id,
        urgency=node.urgency,
        tier=node.tier,
        locale=locale,
        now=services.clock.now(),
    )
    if node.follow_up is not None:
        # "Did you manage to ...?" later, for people who opted in to check-ins.
        from bot.checkins import schedule_followup

        await schedule_followup(
            services, person.user_id, case_id, node.follow_up.after_hours, node.follow_up.key
        )
    effects: list[Effect] = [
        outcome_screen(
            services,
            locale,
            flow,
            node,
            state.step,
            case_id,
            offer_talk=not node.opens_ticket,
            area=person.stored.area if person.stored else None,
        )
    ]
    if node.opens_ticket:
        _ticket, ticket_effects = await open_ticket(
            services,
            person,
            kind="triage",
            need=flow.id,
            urgency=node.urgency,
            tier=node.tier,
            locale=locale,
            case_id=case_id,
        )
        effects.extend(ticket_effects)
    return effects


@route("flow")
async def on_flow_button(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """⬅️ Back, ➡️ Next, or an option, on a flow screen."""
    services = context.services
    flow = services.flows.get(cb.arg(0))
    state = await load_state(services, person)
    try:
        step = int(cb.arg(1))
    except ValueError:
        return stale_button(context, person)
    if flow is None or state is None:
        return stale_button(context, person)
    event: engine.Event
    if cb.action == "c":
        event = Choose(cb.arg(2), step)
    elif cb.action == "n":
        event = Continue(step)
    elif cb.action == "b":
        event = Back(step)
    else:
        return stale_button(context, person)
    transition = engine.apply(flow, state, event)
    effect = transition.effect
    if isinstance(effect, Stale):
        screen = current_screen(services, person, state)
        text = services.i18n.text(person.locale, "button-stale")
        return [AnswerCallback(text), SendText(text), *([screen] if screen else [])]
    await save_state(services, person, transition.state)
    if isinstance(effect, ExitToMenu):
        return [AnswerCallback(), main_menu(services, person.locale)]
    assert transition.state is not None
    if isinstance(effect, Show):
        return [
            AnswerCallback(),
            node_screen(services, person.locale, flow, effect.node, transition.state.step),
        ]
    assert isinstance(effect, Finish)
    return [AnswerCallback(), *await finish(context, person, effect.node, transition.state)]


@route("talk")
async def on_talk_button(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """💬 Talk to a person (from any flow screen)."""
    services = context.services
    need = cb.arg(0) if cb.arg(0) in services.flows else "talk"
    if not (person.known and person.consent_current):
        return [
            AnswerCallback(),
            privacy_notice(services, person.locale, intro_key="triage-needs-consent"),
        ]
    _ticket, effects = await open_ticket(
        services,
        person,
        kind="person",
        need=need,
        urgency="soon",
        tier="volunteer",
        locale=person.locale,
    )
    return [AnswerCallback(), *effects, home(context, person)]


@route("case")
async def on_case_button(
    update: Update, context: FirstportContext, person: Person, cb: Callback
) -> list[Effect]:
    """👍 / 👎 under an outcome."""
    services = context.services
    if cb.action != "fb" or cb.arg(1) not in ("up", "down"):
        return stale_button(context, person)
    try:
        case_id = int(cb.arg(0))
    except ValueError:
        return stale_button(context, person)
    if case_id and person.known:
        await services.cases.set_helpful(case_id, person.user_id, cb.arg(1) == "up")
    thanks = services.i18n.text(person.locale, "triage-feedback-thanks")
    return [AnswerCallback(thanks), SendText(thanks, main_menu(services, person.locale).keyboard)]


async def resume_after_consent(
    context: FirstportContext, before: Person, state: FlowState
) -> list[Effect]:
    """After agreeing: keep the flow position, and finish an outcome that needed a person."""
    services = context.services
    flow = services.flows.get(state.flow)
    stored = await services.users.get(before.user_id)
    if flow is None or state.node not in flow.nodes or stored is None:
        return []
    person = replace(before, stored=stored, locale=stored.locale, consent_current=True)
    await save_state(services, person, state)
    node = flow.node(state.node)
    if not node.opens_ticket:
        return []
    return await finish(context, person, node, state)
