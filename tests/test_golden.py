"""Golden transcripts: every path of every flow, in English and Arabic, through the real bot.

Files live in tests/golden/<flow>.<locale>.txt. After changing a flow or its text, regenerate
them and read the diff:  python -m pytest tests/test_golden.py --update-golden
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.datafiles import NEEDS
from bot.triage.model import load_flows
from tests.conftest import Bot

GOLDEN = Path(__file__).parent / "golden"
FLOWS = load_flows(Path(__file__).parent.parent / "flows")
MENU_KEYS = {
    "housing": "menu-housing",
    "aspen": "menu-aspen",
    "gp": "menu-gp",
    "dentist": "menu-dentist",
    "esol": "menu-esol",
    "other": "menu-other",
}


def show(message: dict) -> list[str]:
    lines = [
        "< " + line if i == 0 else "  " + line
        for i, line in enumerate((message.get("text") or "").splitlines())
    ]
    for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
        lines.append("  " + " ".join(f"[{b['text']}]" for b in row))
    return lines


async def transcript(bot: Bot, flow_id: str, locale: str) -> str:
    flow = FLOWS[flow_id]
    out = [
        f"# Golden transcript: {flow_id} ({locale}). Regenerate with:",
        "#   python -m pytest tests/test_golden.py --update-golden",
        "",
    ]
    for index, (path, _outcome) in enumerate(flow.paths()):
        user_id = 90_000 + NEEDS.index(flow_id) * 1000 + index
        await bot.services.users.agree(user_id, locale, bot.privacy_version, bot.clock.now())
        user = bot.sim.user(user_id, first_name="Golden", language_code=locale)
        await user.send("/menu")
        await bot.idle()
        out.append(f"## path: {' > '.join(path) or '(start)'}")
        presses = [bot.t(locale, MENU_KEYS[flow_id])]
        node = flow.node(flow.start)
        remaining = list(path)
        while not node.is_outcome:
            if node.type == "info":
                presses.append(bot.t(locale, "triage-next"))
                node = flow.node(node.next)
                continue
            option = next(o for o in node.options if o.id == remaining[0])
            remaining.pop(0)
            presses.append(bot.t(locale, option.label))
            node = flow.node(option.next)
        for label in presses:
            seen = len(user.inbox)
            await user.press(label)
            await bot.idle()
            out.append(f"> [{label}]")
            for message in user.inbox[seen:]:
                out.extend(show(message))
        out.append("")
    return "\n".join(out)


@pytest.mark.parametrize("locale", ["en", "ar"])
@pytest.mark.parametrize("flow_id", NEEDS)
async def test_golden_transcript(bot: Bot, flow_id: str, locale: str, request) -> None:
    text = await transcript(bot, flow_id, locale)
    path = GOLDEN / f"{flow_id}.{locale}.txt"
    if request.config.getoption("--update-golden"):
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    assert path.exists(), f"no golden file {path.name}: run with --update-golden"
    assert text == path.read_text(encoding="utf-8"), (
        f"{path.name} changed: run `python -m pytest tests/test_golden.py --update-golden` "
        "and review the diff"
    )
