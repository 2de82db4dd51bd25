"""Loading and validating triage flows (`flows/*.yaml`, format in `flows/README.md`).

Errors carry file:line. Loading is strict: an unknown field, a duplicate id, an unreachable
node or a dead end is an error, because a caseworker editing a flow must hear about a mistake
before a person meets it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot import yamlload

SCHEMA_VERSION = 1
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
FLOW_ID_RE = re.compile(r"^[a-z][a-z0-9]{1,19}$")
KEY_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)+$")
URGENCIES = ("emergency", "urgent", "soon", "routine")
TIERS = ("self_help", "volunteer", "caseworker", "immigration_adviser")
ACTIONS = ("open_ticket",)
DURATION_RE = re.compile(r"^(\d{1,3})([dh])$")


class FlowError(Exception):
    """A problem in a flow file, with its place."""

    def __init__(self, path: Path, line: int, problem: str) -> None:
        super().__init__(f"{path}:{line}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


@dataclass(frozen=True)
class Option:
    """One answer to a question."""

    id: str
    label: str
    next: str
    line: int = 0


@dataclass(frozen=True)
class FollowUp:
    """A check-back after an outcome (used by welfare check-ins)."""

    after_hours: int
    key: str


@dataclass(frozen=True)
class Node:
    """A question, an info screen, or an outcome."""

    id: str
    type: str
    text: str
    line: int
    options: tuple[Option, ...] = ()
    next: str | None = None
    urgency: str | None = None
    tier: str | None = None
    signpost: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    follow_up: FollowUp | None = None

    @property
    def is_outcome(self) -> bool:
        """True for an outcome node."""
        return self.type == "outcome"

    @property
    def opens_ticket(self) -> bool:
        """Outcomes for a volunteer or above, or with open_ticket, reach a person."""
        return self.is_outcome and ("open_ticket" in self.actions or self.tier != "self_help")


@dataclass
class Flow:
    """One need's triage flow."""

    id: str
    title: str
    start: str
    nodes: dict[str, Node]
    path: Path
    line: int = 1
    sources: tuple[str, ...] = ()

    def node(self, node_id: str) -> Node:
        """A node by id."""
        return self.nodes[node_id]

    def outcomes(self) -> list[Node]:
        """All outcome nodes."""
        return [n for n in self.nodes.values() if n.is_outcome]

    def message_keys(self) -> set[str]:
        """Every message key the flow shows."""
        keys = {self.title}
        for node in self.nodes.values():
            keys.add(node.text)
            keys.update(o.label for o in node.options)
            if node.follow_up:
                keys.add(node.follow_up.key)
        return keys

    def paths(self) -> list[tuple[tuple[str, ...], Node]]:
        """Every (option path, outcome) from the start; flows are acyclic by validation."""
        found: list[tuple[tuple[str, ...], Node]] = []

        def walk(node_id: str, path: tuple[str, ...]) -> None:
            node = self.nodes[node_id]
            if node.is_outcome:
                found.append((path, node))
            elif node.type == "info":
                assert node.next is not None
                walk(node.next, path)
            else:
                for option in node.options:
                    walk(option.next, (*path, option.id))

        walk(self.start, ())
        return found


ALLOWED = {
    "flow": {"schema", "id", "title", "start", "nodes", "sources", "__line__"},
    "question": {"id", "type", "text", "options", "__line__"},
    "info": {"id", "type", "text", "next", "__line__"},
    "outcome": {
        "id",
        "type",
        "text",
        "urgency",
        "tier",
        "signpost",
        "actions",
        "follow_up",
        "__line__",
    },
    "option": {"id", "label", "next", "__line__"},
}


def _require(data: dict[str, Any], name: str, path: Path, line: int) -> Any:
    if name not in data or data[name] in (None, ""):
        raise FlowError(path, line, f"missing field {name!r}")
    return data[name]


def _unknown(data: dict[str, Any], kind: str, path: Path, line: int) -> None:
    extra = set(data) - ALLOWED[kind]
    if extra:
        raise FlowError(path, line, f"unknown field(s) {sorted(extra)} in {kind}")


def _key(value: Any, path: Path, line: int, what: str) -> str:
    if not isinstance(value, str) or not KEY_RE.match(value):
        raise FlowError(path, line, f"{what} {value!r} is not a kebab-case message key")
    return value


def parse_flow(path: Path) -> Flow:
    """Parse and structurally validate one flow file (references checked by `validate`)."""
    try:
        data = yamlload.load(path)
    except yamlload.YamlError as exc:
        raise FlowError(path, exc.line, exc.problem) from None
    if not isinstance(data, dict):
        raise FlowError(path, 1, "a flow file must be a mapping")
    line = data.get("__line__", 1)
    _unknown(data, "flow", path, line)
    if data.get("schema") != SCHEMA_VERSION:
        raise FlowError(path, line, f"schema must be {SCHEMA_VERSION}, got {data.get('schema')!r}")
    flow_id = _require(data, "id", path, line)
    if not isinstance(flow_id, str) or not FLOW_ID_RE.match(flow_id):
        raise FlowError(path, line, f"flow id {flow_id!r} must be 2-20 lowercase letters/digits")
    if path.stem != flow_id:
        raise FlowError(path, line, f"flow id {flow_id!r} must match the file name {path.stem!r}")
    title = _key(_require(data, "title", path, line), path, line, "title")
    start = _require(data, "start", path, line)
    raw_nodes = _require(data, "nodes", path, line)
    if not isinstance(raw_nodes, list):
        raise FlowError(path, line, "nodes must be a list")
    nodes: dict[str, Node] = {}
    for raw in raw_nodes:
        node = _parse_node(raw, path, line)
        if node.id in nodes:
            raise FlowError(path, node.line, f"duplicate node id {node.id!r}")
        nodes[node.id] = node
    sources = data.get("sources") or ()
    flow = Flow(flow_id, title, start, nodes, path, line, tuple(str(s) for s in sources))
    _check_graph(flow)
    return flow


def _parse_node(raw: Any, path: Path, parent_line: int) -> Node:
    if not isinstance(raw, dict):
        raise FlowError(path, parent_line, "each node must be a mapping")
    line = raw.get("__line__", parent_line)
    node_id = _require(raw, "id", path, line)
    if not isinstance(node_id, str) or not ID_RE.match(node_id):
        raise FlowError(path, line, f"node id {node_id!r} must be 1-40 of a-z 0-9 -")
    kind = _require(raw, "type", path, line)
    if kind not in ("question", "info", "outcome"):
        raise FlowError(path, line, f"node {node_id}: type must be question, info or outcome")
    _unknown(raw, kind, path, line)
    text = _key(_require(raw, "text", path, line), path, line, f"node {node_id}: text")
    if kind == "question":
        raw_options = _require(raw, "options", path, line)
        if not isinstance(raw_options, list) or not raw_options:
            raise FlowError(path, line, f"node {node_id}: a question needs options")
        options: list[Option] = []
        for ro in raw_options:
            if not isinstance(ro, dict):
                raise FlowError(path, line, f"node {node_id}: each option must be a mapping")
            oline = ro.get("__line__", line)
            _unknown(ro, "option", path, oline)
            oid = _require(ro, "id", path, oline)
            if not isinstance(oid, str) or not ID_RE.match(oid):
                raise FlowError(path, oline, f"option id {oid!r} must be 1-40 of a-z 0-9 -")
            if any(o.id == oid for o in options):
                raise FlowError(path, oline, f"node {node_id}: duplicate option id {oid!r}")
            label = _key(_require(ro, "label", path, oline), path, oline, "label")
            options.append(Option(oid, label, str(_require(ro, "next", path, oline)), oline))
        if len(options) > 8:
            raise FlowError(path, line, f"node {node_id}: at most 8 options")
        return Node(node_id, kind, text, line, options=tuple(options))
    if kind == "info":
        return Node(node_id, kind, text, line, next=str(_require(raw, "next", path, line)))
    urgency = _require(raw, "urgency", path, line)
    if urgency not in URGENCIES:
        raise FlowError(path, line, f"node {node_id}: urgency must be one of {URGENCIES}")
    tier = _require(raw, "tier", path, line)
    if tier not in TIERS:
        raise FlowError(path, line, f"node {node_id}: tier must be one of {TIERS}")
    signpost = raw.get("signpost") or []
    if not isinstance(signpost, list) or not all(isinstance(s, str) for s in signpost):
        raise FlowError(path, line, f"node {node_id}: signpost must be a list of taxonomy terms")
    actions = raw.get("actions") or []
    for action in actions:
        if action not in ACTIONS:
            raise FlowError(path, line, f"node {node_id}: unknown action {action!r}")
    follow_up = None
    if raw.get("follow_up") is not None:
        fu = raw["follow_up"]
        if not isinstance(fu, dict) or set(fu) - {"after", "key", "__line__"}:
            raise FlowError(path, line, f"node {node_id}: follow_up needs after and key")
        match = DURATION_RE.match(str(fu.get("after", "")))
        if not match:
            raise FlowError(path, line, f"node {node_id}: follow_up.after must look like 7d or 48h")
        hours = int(match.group(1)) * (24 if match.group(2) == "d" else 1)
        follow_up = FollowUp(hours, _key(fu.get("key"), path, line, "follow_up.key"))
    return Node(
        node_id,
        kind,
        text,
        line,
        urgency=urgency,
        tier=tier,
        signpost=tuple(signpost),
        actions=tuple(actions),
        follow_up=follow_up,
    )


def _check_graph(flow: Flow) -> None:
    path = flow.path
    if flow.start not in flow.nodes:
        raise FlowError(path, flow.line, f"start node {flow.start!r} does not exist")
    for node in flow.nodes.values():
        targets = [o.next for o in node.options] + ([node.next] if node.next else [])
        for target in targets:
            if target not in flow.nodes:
                raise FlowError(path, node.line, f"node {node.id}: next {target!r} does not exist")
    # Reachability from the start.
    seen: set[str] = set()
    stack = [flow.start]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        node = flow.nodes[current]
        stack.extend(o.next for o in node.options)
        if node.next:
            stack.append(node.next)
    for node in flow.nodes.values():
        if node.id not in seen:
            raise FlowError(path, node.line, f"node {node.id} is unreachable from {flow.start!r}")
    # No cycles, so every path ends at an outcome (no dead ends).
    state: dict[str, int] = {}

    def visit(node_id: str, trail: list[str]) -> None:
        state[node_id] = 1
        node = flow.nodes[node_id]
        nexts = [o.next for o in node.options] + ([node.next] if node.next else [])
        if not node.is_outcome and not nexts:
            raise FlowError(path, node.line, f"node {node_id} is a dead end")
        for target in nexts:
            if state.get(target) == 1:
                loop = " -> ".join([*trail, node_id, target])
                raise FlowError(path, node.line, f"cycle: {loop}")
            if state.get(target) is None:
                visit(target, [*trail, node_id])
        state[node_id] = 2

    visit(flow.start, [])


def load_flows(folder: Path) -> dict[str, Flow]:
    """Every `*.yaml` in the folder (not in subfolders), by flow id."""
    flows: dict[str, Flow] = {}
    for path in sorted(folder.glob("*.yaml")):
        flow = parse_flow(path)
        flows[flow.id] = flow
    return flows


@dataclass
class ValidationContext:
    """What a flow is checked against."""

    locale_keys: dict[str, set[str]]  # locale -> message keys
    taxonomy_terms: set[str]
    encode: Any  # callable(area, action, *args) -> str, raising on > 64 bytes
    problems: list[FlowError] = field(default_factory=list)


def validate(flows: Iterable[Flow], ctx: ValidationContext) -> list[FlowError]:
    """Cross-checks: message keys in every locale, taxonomy terms, callback data size."""
    problems: list[FlowError] = []
    for flow in flows:
        for node in flow.nodes.values():
            keys = [node.text, *(o.label for o in node.options)]
            if node.follow_up:
                keys.append(node.follow_up.key)
            if node is flow.nodes[flow.start]:
                keys.append(flow.title)
            for key in keys:
                for locale, available in ctx.locale_keys.items():
                    if key not in available:
                        problems.append(
                            FlowError(flow.path, node.line, f"key {key} missing in locale {locale}")
                        )
            for term in node.signpost:
                if term not in ctx.taxonomy_terms:
                    problems.append(
                        FlowError(flow.path, node.line, f"unknown taxonomy term {term!r}")
                    )
            from bot.triage.engine import callbacks_for

            for data_args in callbacks_for(flow, node):
                try:
                    ctx.encode(*data_args)
                except ValueError as exc:
                    problems.append(FlowError(flow.path, node.line, f"callback data: {exc}"))
    return problems
