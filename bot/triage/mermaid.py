"""`python -m bot flows --mermaid`: draw each flow as a Mermaid diagram (English labels)."""

from __future__ import annotations

from bot.i18n import Localizer
from bot.triage.model import Flow

SHAPES = {"question": ("{{", "}}"), "info": ("[", "]"), "outcome": ("([", "])")}


def _label(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else text
    return first.replace('"', "'")[:60]


def mermaid(flow: Flow, i18n: Localizer) -> str:
    """One flow as a `flowchart TD` block."""
    t = i18n.text
    lines = ["flowchart TD"]
    for node in flow.nodes.values():
        left, right = SHAPES[node.type]
        label = _label(t("en", node.text))
        if node.is_outcome:
            label = f"{label}<br/>{node.urgency} · {node.tier}"
            if node.opens_ticket:
                label += " · ticket"
        lines.append(f'    {_id(node.id)}{left}"{label}"{right}')
    for node in flow.nodes.values():
        for option in node.options:
            lines.append(
                f'    {_id(node.id)} -->|"{_label(t("en", option.label))}"| {_id(option.next)}'
            )
        if node.next:
            lines.append(f"    {_id(node.id)} --> {_id(node.next)}")
    return "\n".join(lines)


def _id(node_id: str) -> str:
    return "n_" + node_id.replace("-", "_")


def all_diagrams(flows: dict[str, Flow], i18n: Localizer) -> str:
    """Markdown with one fenced Mermaid block per flow."""
    parts = []
    for flow in flows.values():
        parts.append(f"### {flow.id}\n\n```mermaid\n{mermaid(flow, i18n)}\n```\n")
    return "\n".join(parts)
