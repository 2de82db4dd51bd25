"""The flow engine: a pure function from (state, input) to (new state, effect).

No I/O, no Telegram, no clock. Every screen carries the state's `step`; an input whose step
is not the current one comes from an older screen and is answered with `Stale`, changing
nothing. That is how old and repeated button presses are made harmless.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.triage.model import Flow, Node

MAX_STEP = 9999  # steps wrap after this; callback data is sized for it


@dataclass(frozen=True)
class FlowState:
    """Where a person is in a flow."""

    flow: str
    node: str
    step: int = 1
    history: tuple[str, ...] = ()  # nodes before this one, for ⬅️ Back
    path: tuple[str, ...] = ()  # option ids chosen so far

    def to_json(self) -> dict[str, object]:
        """For storage."""
        return {
            "flow": self.flow,
            "node": self.node,
            "step": self.step,
            "history": list(self.history),
            "path": list(self.path),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> FlowState:
        """From storage."""
        return cls(
            str(data["flow"]),
            str(data["node"]),
            int(data["step"]),  # type: ignore[arg-type]
            tuple(data["history"]),
            tuple(data["path"]),
        )  # type: ignore[arg-type]


@dataclass(frozen=True)
class Choose:
    """An option was pressed."""

    option: str
    step: int


@dataclass(frozen=True)
class Continue:
    """➡️ Next on an info screen."""

    step: int


@dataclass(frozen=True)
class Back:
    """⬅️ Back."""

    step: int


Event = Choose | Continue | Back


@dataclass(frozen=True)
class Show:
    """Show a question or an info screen."""

    node: Node


@dataclass(frozen=True)
class Finish:
    """An outcome was reached along `path`."""

    node: Node
    path: tuple[str, ...]


@dataclass(frozen=True)
class ExitToMenu:
    """⬅️ Back from the first question."""


@dataclass(frozen=True)
class Stale:
    """The input came from an older screen; nothing changed."""


Effect = Show | Finish | ExitToMenu | Stale


@dataclass(frozen=True)
class Transition:
    """The engine's answer."""

    state: FlowState | None
    effect: Effect


def next_step(step: int) -> int:
    return 1 if step >= MAX_STEP else step + 1


def _arrive(flow: Flow, state: FlowState) -> Transition:
    node = flow.node(state.node)
    if node.is_outcome:
        return Transition(state, Finish(node, state.path))
    return Transition(state, Show(node))


def start(flow: Flow, step: int = 1) -> Transition:
    """Enter a flow at its start node."""
    return _arrive(flow, FlowState(flow.id, flow.start, step))


def apply(flow: Flow, state: FlowState, event: Event) -> Transition:
    """Apply one input to a state."""
    if state.flow != flow.id or event.step != state.step or state.node not in flow.nodes:
        return Transition(state, Stale())
    node = flow.node(state.node)
    step = next_step(state.step)
    if isinstance(event, Back):
        if not state.history:
            return Transition(None, ExitToMenu())
        previous = state.history[-1]
        path = state.path
        # Undo the option that led here (info screens add no option to the path).
        if flow.node(previous).type == "question" and path:
            path = path[:-1]
        return _arrive(flow, FlowState(flow.id, previous, step, state.history[:-1], path))
    if isinstance(event, Continue):
        if node.type != "info" or node.next is None:
            return Transition(state, Stale())
        return _arrive(
            flow, FlowState(flow.id, node.next, step, (*state.history, node.id), state.path)
        )
    option = next((o for o in node.options if o.id == event.option), None)
    if node.type != "question" or option is None:
        return Transition(state, Stale())
    return _arrive(
        flow,
        FlowState(flow.id, option.next, step, (*state.history, node.id), (*state.path, option.id)),
    )


def replay(flow: Flow, path: tuple[str, ...]) -> Transition:
    """Walk a flow along a path of option ids (info screens are passed with Next)."""
    transition = start(flow)
    for option in path:
        while isinstance(transition.effect, Show) and transition.effect.node.type == "info":
            assert transition.state is not None
            transition = apply(flow, transition.state, Continue(transition.state.step))
        assert transition.state is not None
        transition = apply(flow, transition.state, Choose(option, transition.state.step))
    while isinstance(transition.effect, Show) and transition.effect.node.type == "info":
        assert transition.state is not None
        transition = apply(flow, transition.state, Continue(transition.state.step))
    return transition


def button_args(flow: Flow, node: Node, step: int) -> dict[str, tuple[str, ...]]:
    """The callback-data arguments of every flow button on a node's screen."""
    args: dict[str, tuple[str, ...]] = {
        "back": ("flow", "b", flow.id, str(step)),
        "talk": ("talk", "req", flow.id),
        "menu": ("menu", "show"),
    }
    if node.type == "info":
        args["next"] = ("flow", "n", flow.id, str(step))
    for option in node.options:
        args[f"option:{option.id}"] = ("flow", "c", flow.id, str(step), option.id)
    if node.is_outcome:
        args["helpful"] = ("case", "fb", "9999999", "up")
        args["unhelpful"] = ("case", "fb", "9999999", "down")
    return args


def callbacks_for(flow: Flow, node: Node) -> list[tuple[str, ...]]:
    """Worst-case callback data for a node, for the 64-byte check."""
    return list(button_args(flow, node, MAX_STEP).values())


def replace_step(state: FlowState, step: int) -> FlowState:
    """A copy with another step (used when resuming after a crisis card)."""
    return replace(state, step=step)
