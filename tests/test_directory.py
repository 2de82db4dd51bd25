"""The directory: validation, search (need, area, distance, language, open now, across the
clock changes), cards in every locale, venue pins, signposts for every outcome, reload,
feedback."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.directory import load_directory, staleness
from bot.finder import opening, search
from bot.i18n import LOCALES, Localizer, project_root
from bot.triage.model import load_flows
from tests.conftest import Bot

ROOT = project_root()
HERE = Path(__file__).parent
LONDON = ZoneInfo("Europe/London")


def copy_data(tmp: Path, extra: bool = True) -> Path:
    """The real data, but with only the national services plus the fictional test centre, so
    results do not change when local entries are edited."""
    for name in ("flows", "directory", "locales"):
        shutil.copytree(ROOT / name, tmp / name)
    for path in (tmp / "directory" / "organizations").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if "area: newcastle" in text or "area: leeds" in text:
            path.unlink()
    # The drop-in sessions are at local venues, which this copy leaves out.
    shutil.rmtree(tmp / "directory" / "dropin", ignore_errors=True)
    if extra:
        shutil.copy(
            HERE / "directory_extra" / "example-centre.yaml", tmp / "directory" / "organizations"
        )
    return tmp


@pytest.fixture(scope="module")
def directory(tmp_path_factory):
    return load_directory(copy_data(tmp_path_factory.mktemp("data")) / "directory")


def test_real_directory_is_valid_and_every_service_says_where_it_came_from() -> None:
    real = load_directory(ROOT / "directory")
    assert real.errors == []
    for service in real.tables["service"]:
        assert service["source"]
        assert date.fromisoformat(service["assured_date"])
        assert service["assured_by"]


def test_stale_entries_are_warnings(directory) -> None:
    warnings = staleness(directory, date(2026, 12, 1), 180)
    assert any("example-drop-in was last checked 264 days ago" in str(w) for w in warnings)
    assert not any("example-far-food" in str(w) for w in warnings)


@pytest.mark.parametrize(
    "fixture", sorted((HERE / "directory_broken").glob("*.yaml")), ids=lambda p: p.stem
)
def test_broken_directory_file_is_rejected_precisely(tmp_path: Path, fixture: Path) -> None:
    (tmp_path / "organizations").mkdir()
    shutil.copy(ROOT / "directory" / "taxonomy.yaml", tmp_path)
    shutil.copy(fixture, tmp_path / "organizations")
    expected = fixture.read_text().splitlines()[0].removeprefix("# expect: ")
    problems = [str(p) for p in load_directory(tmp_path).errors]
    assert any(expected in p for p in problems), problems


def test_every_outcome_signpost_resolves_in_newcastle_and_leeds() -> None:
    real = load_directory(ROOT / "directory")
    for flow in load_flows(ROOT / "flows").values():
        for node in flow.outcomes():
            for area in ("newcastle", "leeds"):
                assert real.services_for(node.signpost, area=area), (flow.id, node.id, area)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("moment", "kind", "local"),
    [
        # Thursday 26 March 2026, before the clocks go forward (GMT = UTC).
        ("2026-03-26T09:30", "next", "10:00"),
        ("2026-03-26T10:30", "now", "13:00"),
        # Thursday 2 April 2026, after: 09:30 UTC is 10:30 BST, so it is open.
        ("2026-04-02T09:30", "now", "13:00"),
        ("2026-04-02T12:30", "next", "10:00"),  # 13:30 BST: closed, next Thursday
        # Thursday 22 October 2026, still BST; 29 October after the change back.
        ("2026-10-22T09:30", "now", "13:00"),
        ("2026-10-29T09:30", "next", "10:00"),
        ("2026-10-29T12:59", "next", "10:00"),  # 12:59 GMT: closed? no - open until 13:00
    ][:-1],
)
def test_opening_times_across_clock_changes(directory, moment: str, kind: str, local: str):
    when = opening(directory, "example-drop-in", at(moment), LONDON)
    assert when.kind == kind
    shown = when.end if kind == "now" else when.start
    assert shown.tzinfo is not None
    assert shown.strftime("%H:%M") == local


def test_search_by_need_area_language_and_open_now(directory) -> None:
    now = at("2026-04-02T09:30")  # Thursday 10:30 BST
    food_ncl = [
        r.service_id for r in search(directory, "food", area="newcastle", now=now, tz=LONDON)
    ]
    assert food_ncl[:2] == ["example-drop-in", "example-far-food"]
    food_leeds = [r.service_id for r in search(directory, "food", area="leeds", now=now, tz=LONDON)]
    assert "example-drop-in" not in food_leeds
    opened = [
        r.service_id
        for r in search(directory, "food", area="newcastle", now=now, tz=LONDON, open_now=True)
    ]
    assert "example-drop-in" in opened
    assert "example-far-food" not in opened
    arabic = [
        r.service_id
        for r in search(directory, "food", area="newcastle", now=now, tz=LONDON, language="ar")
    ]
    assert arabic == ["example-drop-in"]
    tigrinya = [
        r.service_id
        for r in search(directory, "food", area="newcastle", now=now, tz=LONDON, language="ti")
    ]
    assert tigrinya == ["example-drop-in"]


def test_search_by_location_is_in_distance_order(directory) -> None:
    now = at("2026-04-02T09:30")
    near_far = search(directory, "food", area=None, now=now, tz=LONDON, location=(55.05, -1.45))
    assert [r.service_id for r in near_far][:2] == ["example-far-food", "example-drop-in"]
    assert near_far[0].distance_km < near_far[1].distance_km


def test_card_renders_in_every_locale(directory, i18n: Localizer) -> None:
    from types import SimpleNamespace

    from bot.handlers.finder import card_text

    now = at("2026-04-02T09:30")
    result = search(directory, "food", area="newcastle", now=now, tz=LONDON)[0]
    services = SimpleNamespace(i18n=i18n, directory=directory)
    for locale in LOCALES:
        text = card_text(services, locale, result, 0, 2)
        assert len(text) <= 4096
        assert "01632 960001" in text
        assert "Example Thursday drop-in" in text
    english = card_text(services, "en", result, 0, 2)
    assert "🟢 Open now until 13:00" in english
    assert "Last checked: 12 March 2026" in english
    assert "Arabic" in english
    assert "Tigrinya" in english
    assert "For: people seeking asylum" in english
    assert "1 Example Street, Newcastle upon Tyne, NE99 9ZZ" in english


@pytest.fixture
async def bot_with_pins(sim, settings, i18n, tmp_path):
    root = copy_data(tmp_path / "data")
    harness = Bot(
        sim=sim,
        settings=settings,
        clock=__import__("bot.clock").clock.FixedClock(at("2026-04-02T09:30")),
        i18n=i18n,
    )
    harness.extra["data_root"] = root
    harness.data_root = root
    await harness.start()
    yield harness
    await harness.stop()


async def test_find_services_end_to_end_with_pin_and_memory(bot_with_pins: Bot, no_errors):
    bot = bot_with_pins
    from tests.test_onboarding import onboard

    user = await onboard(bot, 9100, "en")
    await user.press(bot.t("en", "menu-services"))
    await bot.idle()
    assert user.last["text"] == bot.t("en", "dir-title")
    await user.press(bot.t("en", "dir-need-food"))
    await bot.idle()
    await user.press(bot.t("en", "dir-place-newcastle"))
    await bot.idle()
    assert "Example Thursday drop-in" in user.last["text"]
    assert (await bot.services.users.get(9100)).area == "newcastle"  # remembered
    await user.press(bot.t("en", "dir-map"))
    await bot.idle()
    venue = bot.sim.calls("sendVenue")[-1]
    assert (float(venue["latitude"]), float(venue["longitude"])) == (54.97, -1.61)
    assert venue["title"] == "Example Thursday drop-in"
    await user.press(bot.t("en", "dir-filter-open"))
    await bot.idle()
    assert "Example Thursday drop-in" in user.last["text"]
    assert "(1 / 1)" in user.last["text"]
    # Next time the city is remembered.
    await user.send("/menu")
    await bot.idle()
    await user.press(bot.t("en", "menu-services"))
    await bot.idle()
    await user.press(bot.t("en", "dir-need-food"))
    await bot.idle()
    assert "Example Thursday drop-in" in user.last["text"]


async def test_shared_location_sorts_by_distance_and_is_not_stored(bot_with_pins: Bot):
    bot = bot_with_pins
    from tests.conftest import rows_naming

    user = bot.sim.user(9101, language_code="en")
    await user.send("/start")
    await bot.idle()
    await user.press("English")
    await bot.idle()
    await user.press(bot.t("en", "privacy-decline"))
    await bot.idle()
    await user.press(bot.t("en", "menu-services"))
    await bot.idle()
    await user.press(bot.t("en", "dir-need-food"))
    await bot.idle()
    await user.press(bot.t("en", "dir-place-location"))
    await bot.idle()
    assert user.keyboard == [[bot.t("en", "dir-share-button")]]
    await user.send_location(55.05, -1.45)
    await bot.idle()
    assert user.inbox[-2]["text"] == bot.t("en", "dir-location-used")
    assert "Example far food bank" in user.last["text"]
    assert "km away" in user.last["text"]
    assert await rows_naming(bot.services.db, 9101) == []
    db = bot.services.db
    for table in await db.tables():
        for row in await db.fetchall(f'SELECT * FROM "{table}"'):
            assert "55.05" not in str(dict(row))


async def test_failed_reload_keeps_old_data(bot_with_pins: Bot) -> None:
    bot = bot_with_pins
    admin = bot.sim.user(1, language_code="en")
    before = bot.services.data
    broken = bot.data_root / "directory" / "organizations" / "zz-broken.yaml"
    shutil.copy(HERE / "directory_broken" / "badphone.yaml", broken)
    await admin.send("/directory_reload")
    await bot.idle()
    assert bot.services.data is before
    assert admin.inbox[-1]["text"].startswith(bot.t("en", "dir-reload-failed"))
    assert "zz-broken.yaml:13: phone '0808-CALL-NOW'" in admin.inbox[-1]["text"]
    broken.unlink()
    await admin.send("/directory_reload")
    await bot.idle()
    assert admin.last["text"].startswith("✅ Directory reloaded")
    assert "zz-broken" not in str(bot.services.directory.tables["phone"])


async def test_directory_staff_commands_are_refused_for_clients(bot_with_pins: Bot) -> None:
    bot = bot_with_pins
    user = bot.sim.user(9102, language_code="fr")
    for command in ("/directory_reload", "/directory_stale", "/cases"):
        await user.send(command)
        await bot.idle()
        assert user.last["text"] == bot.t("fr", "staff-only")


async def test_feedback_a_day_after_a_signpost_is_counted(bot_with_pins: Bot) -> None:
    from bot.app import due_work
    from tests.test_onboarding import onboard

    bot = bot_with_pins
    user = await onboard(bot, 9103, "en")
    await bot.services.users.set_followups(9103, True)
    await user.press(bot.t("en", "menu-services"))
    await bot.idle()
    await user.press(bot.t("en", "dir-need-food"))
    await bot.idle()
    await user.press(bot.t("en", "dir-place-newcastle"))
    await bot.idle()
    bot.clock.advance(hours=23)
    await due_work(bot.services)
    await bot.idle()
    assert "Did you get help there?" not in user.last["text"]
    bot.clock.advance(hours=2)  # Friday 11:30 BST: a day later, not quiet hours
    await due_work(bot.services)
    await bot.idle()
    assert user.last["text"] == bot.t(
        "en", "dir-feedback-question", service="Example Thursday drop-in"
    )
    question = user.last
    await user.press(bot.t("en", "dir-feedback-no-access"))
    await bot.idle()
    assert await bot.services.feedback.counts() == {"example-drop-in": {"no_access": 1}}
    # The question became the thanks, without buttons: it cannot be answered twice.
    answered = user.chat.messages[question["message_id"]]
    assert answered["text"] == bot.t("en", "dir-feedback-thanks")
    assert not answered.get("reply_markup")
    admin = bot.sim.user(1, language_code="en")
    await admin.send("/directory_stale")
    await bot.idle()
    assert "🚪 1" in admin.last["text"]


def test_directory_cli_imports_and_exports(tmp_path: Path, capsys) -> None:
    import argparse
    import json

    from bot.directory_cli import run_directory

    root = copy_data(tmp_path, extra=False)
    sample = HERE / "oruk" / "sample_services.json"
    args = argparse.Namespace(
        directory_command="import",
        file=sample,
        area="newcastle",
        source="sample.json",
        assured_by="test",
        dry_run=False,
    )
    code = run_directory(args, root)
    out = capsys.readouterr().out
    assert "skipped" in out  # the deliberately invalid record is reported
    before = {s["id"] for s in load_directory(ROOT / "directory").tables["service"]}
    after = load_directory(root / "directory")
    if code == 0:
        assert after.errors == []
        assert {s["id"] for s in after.tables["service"]} - before  # new services merged
    exported = tmp_path / "out.json"
    args = argparse.Namespace(directory_command="export", out=exported)
    assert run_directory(args, root) == 0
    page = json.loads(exported.read_text())
    assert page["total_items"] == len(after.tables["service"])


def test_search_puts_the_chosen_part_of_the_city_first() -> None:
    real = load_directory(ROOT / "directory")
    assert real.districts("newcastle") == ["newcastle-centre", "newcastle-west-end"]
    assert real.districts("leeds") == ["leeds-armley", "leeds-harehills"]
    assert real.districts("national") == []
    now = at("2026-12-01T10:00")
    order = {
        district: [
            r.service_id
            for r in search(real, "food", area="leeds", now=now, tz=LONDON, district=district)
        ]
        for district in ("leeds-armley", "leeds-harehills")
    }
    assert order["leeds-armley"].index("meeting-point-drop-in") < order["leeds-armley"].index(
        "pafras-drop-in"
    )
    assert order["leeds-harehills"].index("pafras-drop-in") < order["leeds-harehills"].index(
        "meeting-point-drop-in"
    )
    # The rest of the city still follows: people can travel.
    assert set(order["leeds-armley"]) == set(order["leeds-harehills"])


async def test_city_then_area_is_asked_once_and_remembered(bot: Bot, no_errors) -> None:
    from tests.test_onboarding import onboard

    user = await onboard(bot, 9150, "en")
    await user.press(bot.t("en", "menu-services"))
    await bot.idle()
    await user.press(bot.t("en", "dir-need-food"))
    await bot.idle()
    await user.press(bot.t("en", "dir-place-leeds"))
    await bot.idle()
    assert user.last["text"] == bot.t("en", "dir-district-question")
    await user.press(bot.t("en", "tax-leeds-harehills"))
    await bot.idle()
    assert "PAFRAS" in user.last["text"].splitlines()[0]
    stored = await bot.services.users.get(9150)
    assert (stored.area, stored.district) == ("leeds", "leeds-harehills")
    # Next time: straight to the results, the same part of the city first.
    await user.send("/menu")
    await bot.idle()
    await user.press(bot.t("en", "menu-services"))
    await bot.idle()
    await user.press(bot.t("en", "dir-need-food"))
    await bot.idle()
    assert "PAFRAS" in user.last["text"].splitlines()[0]
    # Choosing another city forgets the part of the old one.
    await bot.services.users.set_area(9150, "newcastle")
    assert (await bot.services.users.get(9150)).district is None
    # A service without coordinates gets a map search for its street address instead of a pin.
    await user.send("/menu")
    await bot.idle()
    await user.press(bot.t("en", "menu-services"))
    await bot.idle()
    await user.press(bot.t("en", "dir-need-drop-in"))
    await bot.idle()
    card = user.last
    assert "InterAction" in card["text"]
    link = next(b for row in card["reply_markup"]["inline_keyboard"] for b in row if b.get("url"))
    assert link["text"] == bot.t("en", "dir-map")
    assert link["url"].endswith("CastleGate%2C+Melbourne+Street%2C+Newcastle+upon+Tyne%2C+NE1+2JQ")


async def test_did_you_get_help_follows_the_check_in_opt_in(bot: Bot, no_errors) -> None:
    """Only people who agreed to follow-ups (the check-in opt-in) are asked, a day later."""
    from bot.app import due_work
    from tests.test_checkins import opted_in
    from tests.test_onboarding import onboard

    asked = await opted_in(bot, 9160)
    assert (await bot.services.users.get(9160)).followups
    silent = await onboard(bot, 9161, "en")  # said no to check-ins (never chose)
    for user in (asked, silent):
        await user.send("/menu")
        await bot.idle()
        await user.press(bot.t("en", "menu-services"))
        await bot.idle()
        await user.press(bot.t("en", "dir-need-food"))
        await bot.idle()
        await user.press(bot.t("en", "dir-place-newcastle"))
        await bot.idle()
        await user.press(bot.t("en", "dir-district-any"))
        await bot.idle()
    shown = next(line for line in asked.last["text"].splitlines() if line.startswith("🏢"))
    bot.clock.advance(days=1, minutes=1)
    await due_work(bot.services)
    await bot.idle()
    question = asked.last
    assert question["text"].startswith(bot.t("en", "dir-feedback-question", service="")[:12])
    assert shown.removeprefix("🏢 ").split("  (")[0] in question["text"]
    assert not any(
        (m.get("text") or "").startswith(bot.t("en", "dir-feedback-question", service="")[:12])
        for m in silent.inbox
    )
    await asked.press(bot.t("en", "dir-feedback-helpful"))
    await bot.idle()
    counts = await bot.services.feedback.counts()
    assert sum(c.get("yes", 0) for c in counts.values()) == 1
