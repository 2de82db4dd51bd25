"""Rendering flow screens and outcomes: pure, from text, codec and directory to effects."""

from __future__ import annotations

from bot.effects import Button, SendText
from bot.services import Services
from bot.triage.engine import button_args
from bot.triage.model import Flow, Node


def _b(services: Services, label: str, args: tuple[str, ...]) -> Button:
    return Button(label, services.codec.encode(*args))


def node_screen(services: Services, locale: str, flow: Flow, node: Node, step: int) -> SendText:
    """A question or info screen, with ⬅️ Back, 🏠 Menu and 💬 Talk to a person."""
    t = services.i18n.text
    args = button_args(flow, node, step)
    rows: list[tuple[Button, ...]] = [
        (_b(services, t(locale, option.label), args[f"option:{option.id}"]),)
        for option in node.options
    ]
    if node.type == "info":
        rows.append((_b(services, t(locale, "triage-next"), args["next"]),))
    rows.append(
        (
            _b(services, t(locale, "nav-back"), args["back"]),
            _b(services, t(locale, "nav-menu"), args["menu"]),
        )
    )
    rows.append((_b(services, t(locale, "triage-talk"), args["talk"]),))
    return SendText(t(locale, node.text), tuple(rows))


def signpost_lines(services: Services, locale: str, node: Node, area: str | None = None) -> str:
    """The top signposts for an outcome, from the directory."""
    t = services.i18n.text
    lines = []
    for view in services.directory.services_for(node.signpost, area=area, limit=3):
        if view.phone:
            lines.append(t(locale, "triage-signpost-phone", name=view.name, phone=view.phone))
        else:
            lines.append(t(locale, "triage-signpost-name", name=view.name))
    if not lines:
        return ""
    return t(locale, "triage-signposts") + "\n" + "\n".join(lines)


def outcome_screen(
    services: Services,
    locale: str,
    flow: Flow,
    node: Node,
    step: int,
    case_id: int | None,
    *,
    offer_talk: bool = True,
    area: str | None = None,
) -> SendText:
    """What to do now, where to get help, 💬 Talk to a person, and "Did this help?"."""
    t = services.i18n.text
    codec = services.codec
    args = button_args(flow, node, step)
    parts = [t(locale, node.text)]
    signposts = signpost_lines(services, locale, node, area)
    if signposts:
        parts.append(signposts)
    parts.append(t(locale, "triage-helped-question"))
    case = str(case_id or 0)
    rows: list[tuple[Button, ...]] = [
        (
            Button(t(locale, "triage-helped-yes"), codec.encode("case", "fb", case, "up")),
            Button(t(locale, "triage-helped-no"), codec.encode("case", "fb", case, "down")),
        ),
    ]
    if offer_talk:
        rows.append((_b(services, t(locale, "triage-talk"), args["talk"]),))
    from bot.booking import triage_button

    book = triage_button(services, locale, flow.id, node.id)
    if book is not None:
        rows.append((book,))
    rows.append(
        (
            _b(services, t(locale, "nav-back"), args["back"]),
            _b(services, t(locale, "nav-menu"), args["menu"]),
        )
    )
    return SendText("\n\n".join(parts), tuple(rows))
