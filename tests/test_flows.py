"""Flows as data: the real flows pass `check`; every node renders in every locale; each broken
fixture is rejected with its precise message; the engine is pure and refuses stale input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.callbacks import CallbackCodec
from bot.datafiles import NEEDS, load_data
from bot.directory import load_directory
from bot.i18n import LOCALES, Localizer, project_root
from bot.triage import engine
from bot.triage.model import FlowError, ValidationContext, load_flows, parse_flow, validate

ROOT = project_root()
BROKEN = Path(__file__).parent / "flows_broken"


@pytest.fixture(scope="module")
def flows():
    return load_flows(ROOT / "flows")


def test_real_data_files_pass(i18n: Localizer) -> None:
    data, report = load_data(ROOT, i18n)
    assert report.errors == []
    assert data is not None
    assert set(NEEDS) <= set(data.flows)


def test_every_outcome_has_urgency_tier_and_known_terms(flows) -> None:
    terms = load_directory(ROOT / "directory").terms
    for flow in flows.values():
        assert flow.outcomes(), flow.id
        for node in flow.outcomes():
            assert node.urgency in ("emergency", "urgent", "soon", "routine")
            assert node.tier in ("self_help", "volunteer", "caseworker", "immigration_adviser")
            assert set(node.signpost) <= terms, (flow.id, node.id)


def test_every_node_renders_in_every_locale(flows, i18n: Localizer) -> None:
    """Exhaustive walk: every node's text and buttons, in every locale, within Telegram limits."""
    codec = CallbackCodec(b"k" * 32)
    for flow in flows.values():
        for node in flow.nodes.values():
            for data_args in engine.callbacks_for(flow, node):
                assert len(codec.encode(*data_args).encode()) <= 64
            for locale in LOCALES:
                for key in [node.text, *(o.label for o in node.options), flow.title]:
                    text, errors = i18n.format(locale, key)
                    assert errors == [], (locale, flow.id, node.id, key, errors)
                    assert text.strip(), (locale, key)
                    assert len(text.encode("utf-16-le")) // 2 <= 4096
                for option in node.options:
                    label, _ = i18n.format(locale, option.label)
                    assert len(label) <= 64, (locale, option.label)  # fits a button


def test_outcome_screens_fit_in_a_message_in_every_locale(flows, i18n: Localizer) -> None:
    """The whole outcome message (advice, signposts, question) stays under 4096."""
    from types import SimpleNamespace

    from bot.triage.screens import outcome_screen

    data, _ = load_data(ROOT, i18n)
    services = SimpleNamespace(
        i18n=i18n,
        codec=CallbackCodec(b"k" * 32),
        directory=data.directory,
        flows=data.flows,
        dropins=data.dropins,
    )
    for flow in flows.values():
        for node in flow.outcomes():
            for locale in LOCALES:
                screen = outcome_screen(services, locale, flow, node, engine.MAX_STEP, 9999999)
                assert len(screen.text.encode("utf-16-le")) // 2 <= 4096
                for row in screen.keyboard:
                    for button in row:
                        assert len(button.data.encode()) <= 64


def test_safety_numbers_in_flows_are_the_same_in_every_locale(flows, i18n: Localizer) -> None:
    # Digit boundaries, not word boundaries: Amharic writes "በ101" ("on 101").
    number = re.compile(r"(?<!\d)(?:999|111|101|116 123|0\d{3,4}(?: \d{3,4}){1,2})(?!\d)")
    for flow in flows.values():
        for node in flow.nodes.values():
            english = set(number.findall(i18n.text("en", node.text)))
            for locale in LOCALES:
                assert english <= set(number.findall(i18n.text(locale, node.text))), (
                    locale,
                    node.text,
                )


def test_every_path_ends_at_an_outcome(flows) -> None:
    for flow in flows.values():
        for path, outcome in flow.paths():
            assert engine.replay(flow, path).effect == engine.Finish(outcome, path)


def test_engine_back_next_and_stale(flows) -> None:
    gp = flows["gp"]
    t = engine.start(gp)
    assert t.state.node == "start"
    t2 = engine.apply(gp, t.state, engine.Choose("register", t.state.step))
    assert t2.state.node == "rights"
    assert t2.state.path == ("register",)
    # A press from the earlier screen is stale and changes nothing.
    stale = engine.apply(gp, t2.state, engine.Choose("register", t.state.step))
    assert stale == engine.Transition(t2.state, engine.Stale())
    t3 = engine.apply(gp, t2.state, engine.Continue(t2.state.step))
    assert isinstance(t3.effect, engine.Finish)
    assert t3.state.path == ("register",)
    back = engine.apply(gp, t3.state, engine.Back(t3.state.step))
    assert back.state.node == "rights"
    back2 = engine.apply(gp, back.state, engine.Back(back.state.step))
    assert back2.state.node == "start"
    assert back2.state.path == ()
    out = engine.apply(gp, back2.state, engine.Back(back2.state.step))
    assert out == engine.Transition(None, engine.ExitToMenu())
    unknown = engine.apply(gp, back2.state, engine.Choose("not-an-option", back2.state.step))
    assert isinstance(unknown.effect, engine.Stale)


def test_state_round_trips_through_json(flows) -> None:
    state = engine.replay(flows["housing"], ("repair", "heating")).state
    assert engine.FlowState.from_json(state.to_json()) == state


def _expected(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# expect: "), path
    return first.removeprefix("# expect: ")


@pytest.mark.parametrize("fixture", sorted(BROKEN.glob("*.yaml")), ids=lambda p: p.stem)
def test_broken_flow_is_rejected_precisely(fixture: Path, i18n: Localizer) -> None:
    expected = _expected(fixture)
    messages: list[str] = []
    try:
        flow = parse_flow(fixture)
    except FlowError as exc:
        messages.append(str(exc))
    else:
        ctx = ValidationContext(
            locale_keys={loc: i18n.keys(loc) for loc in LOCALES},
            taxonomy_terms=load_directory(ROOT / "directory").terms,
            encode=CallbackCodec(b"k" * 32).encode,
        )
        messages = [str(p) for p in validate([flow], ctx)]
    assert any(expected in m for m in messages), messages


def test_check_command_fails_on_a_broken_flow(tmp_path: Path) -> None:
    import shutil

    from bot.checks import run_all

    for name in ("flows", "directory", "locales"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(BROKEN / "nonext.yaml", tmp_path / "flows" / "nonext.yaml")
    report = run_all(tmp_path)
    assert any(
        "nonext.yaml:7: node start: next 'nowhere' does not exist" in e for e in report.errors
    ), report.errors


def test_mermaid_draws_every_flow(flows, i18n: Localizer) -> None:
    from bot.triage.mermaid import all_diagrams

    text = all_diagrams(flows, i18n)
    for flow in flows.values():
        assert f"### {flow.id}" in text
        for node in flow.nodes.values():
            assert "n_" + node.id.replace("-", "_") in text


def test_flows_readme_holds_current_diagrams(flows, i18n: Localizer) -> None:
    from bot.triage.mermaid import all_diagrams

    readme = (ROOT / "flows" / "README.md").read_text(encoding="utf-8")
    assert all_diagrams(flows, i18n) in readme, "run: python -m bot flows --mermaid"
