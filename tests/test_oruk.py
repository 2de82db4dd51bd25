"""Open Referral UK / HSDS 3.0 import, export, merge and organisation files (bot.oruk).

The sample page (tests/oruk/sample_services.json) is made up: fictional organisations,
example.org addresses and Ofcom's drama numbers (01632 960xxx).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot import oruk, yamlload
from bot.directory import TABLES, load_directory

HERE = Path(__file__).parent
SAMPLE = HERE / "oruk" / "sample_services.json"
REAL_DIRECTORY = HERE.parent / "directory"
SOURCE = "https://api.example.org/services"
TODAY = "2026-06-01"

ORG_ADVICE = "246348d9-ffb4-5f0f-bd83-cc497c8046e1"
ORG_WELCOME = "2d76dac5-3784-5749-87fa-56108063e9f7"
DROP_IN_RAW = "AB5690B7-4837-5452-A789-4B79453AF52B"  # upper case in the feed
DROP_IN = DROP_IN_RAW.lower()
CLUB = "c7a3a0eb-4de5-53cb-b32a-a0614e026b19"
SHELTER = "ee9d84ba-31a8-56f2-8b68-a63cead50f70"
NAMELESS = "1acfb2ad-5d33-5f81-be71-330822717dad"
CENTRE = "2268f5e0-b693-5404-9af4-94362aec2967"
LIBRARY = "7a717f3c-ea26-5a21-9d2c-d391001ab1f9"
HALL = "1d7d3deb-7d52-583b-b4aa-0ad4b09fd878"
ADVICE_TERM = "31f552e2-acd1-531f-bb45-2976f028381a"
EXAMPLE_TAXONOMY = "003f9c6e-e2d5-5e0f-b1c6-2a34252c8e6e"
TEXT_PHONE = "66a96af8-16ea-58d8-839c-0cf1f4d2e290"
MONTHLY = "8029027a-9420-5500-8798-d71a615b06b1"
NIGHTLY = "e5d937c6-e365-5132-8e69-7d75f92449ce"


def _import(payload: Any, default_area: str = "newcastle") -> oruk.ImportResult:
    return oruk.import_services(
        payload,
        default_area=default_area,
        source=SOURCE,
        assured_by="Firstport import",
        today=TODAY,
    )


def _sample() -> dict[str, Any]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def imported() -> oruk.ImportResult:
    """The sample page, imported."""
    return _import(_sample())


def _by_id(result: oruk.ImportResult, table: str) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in result.tables[table]}


def _comparable(tables: dict[str, list[dict]], drop: tuple[str, ...] = ("source",)) -> dict:
    """Each table as a sorted list of rows (JSON text), without file/line, `drop` and blanks."""
    out: dict[str, list[str]] = {}
    for table in TABLES:
        rows = [
            {
                k: v
                for k, v in row.items()
                if not k.startswith("__") and k not in drop and v not in (None, "", [])
            }
            for row in tables.get(table, [])
        ]
        out[table] = sorted(json.dumps(row, sort_keys=True) for row in rows)
    return out


def _directory_folder(root: Path, tables: dict[str, list[dict]]) -> Path:
    """A directory folder: our taxonomy plus the tables' new taxonomy rows, and org files."""
    taxonomy = yaml.safe_load((REAL_DIRECTORY / "taxonomy.yaml").read_text(encoding="utf-8"))
    for table in ("taxonomy", "taxonomy_term"):
        known = {row["id"] for row in taxonomy[table]}
        taxonomy[table] += [
            {k: v for k, v in row.items() if not k.startswith("__")}
            for row in tables[table]
            if row["id"] not in known
        ]
    root.mkdir(parents=True, exist_ok=True)
    (root / "taxonomy.yaml").write_text(
        yaml.safe_dump(taxonomy, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    oruk.write_organization_files(tables, root / "organizations")
    return root


def _minimal(**changes: Any) -> dict[str, Any]:
    """A small valid service record, changed."""
    record: dict[str, Any] = {
        "id": "svc-1",
        "name": "Example service",
        "status": "active",
        "organization": {"id": "org-1", "name": "Example Org", "description": "Fictional."},
    }
    record.update(changes)
    return record


# Import.


def test_import_skips_the_invalid_record_and_says_why(imported: oruk.ImportResult) -> None:
    assert imported.count == 3
    assert (NAMELESS, "missing name") in imported.skipped
    assert NAMELESS not in _by_id(imported, "service")
    assert set(_by_id(imported, "service")) == {DROP_IN, CLUB, SHELTER}
    # Sub-records are skipped (or cut down) one by one, with the place and the reason.
    reasons = dict(imported.skipped)
    assert "not a UK phone number" in reasons[f"{SHELTER}/phones[1]"]
    assert "1SA" in reasons[f"{DROP_IN_RAW}/schedules[1]"]
    assert "kept the description only" in reasons[f"{DROP_IN_RAW}/schedules[1]"]
    assert len(imported.skipped) == 3


def test_import_maps_service_fields(imported: oruk.ImportResult) -> None:
    services = _by_id(imported, "service")
    drop_in = services[DROP_IN]
    assert drop_in["name"] == "Example Advice Centre drop-in"
    assert drop_in["organization_id"] == ORG_ADVICE
    assert drop_in["status"] == "active"
    assert drop_in["url"] == "https://advice.example.org/drop-in"
    assert drop_in["interpretation_services"].startswith("Arabic and Farsi")
    assert drop_in["eligibility_description"] == "Anyone; no appointment needed."
    assert drop_in["assured_date"] == "2026-05-01"
    assert drop_in["assured_by"] == "checks@advice.example.org"  # from assurer_email
    assert drop_in["source"] == f"{SOURCE}, record {DROP_IN_RAW}"
    assert drop_in["area"] == "newcastle"  # default_area
    club = services[CLUB]
    assert club["status"] == "temporarily closed"
    assert club["assured_by"] == "Firstport import"  # no assurer_email: the given one
    assert club["assured_date"] == "2026-04-15"
    shelter = services[SHELTER]
    assert shelter["area"] == "leeds"  # the record carries our extension
    assert shelter["assured_date"] == TODAY  # no assured_date: today
    assert shelter["organization_id"] == ORG_WELCOME


def test_import_maps_nested_records(imported: oruk.ImportResult) -> None:
    organizations = _by_id(imported, "organization")
    assert set(organizations) == {ORG_ADVICE, ORG_WELCOME}  # nested twice, kept once
    assert organizations[ORG_ADVICE] == {
        "id": ORG_ADVICE,
        "name": "Example Advice Centre",
        "alternate_name": "EAC",
        "description": "A fictional advice centre, made up for Firstport's tests.",
        "website": "https://advice.example.org",
        "email": "info@advice.example.org",
        "legal_status": "Charity",
    }

    locations = _by_id(imported, "location")
    assert set(locations) == {CENTRE, LIBRARY, HALL}
    assert locations[CENTRE]["latitude"] == "54.9733"
    assert locations[CENTRE]["longitude"] == "-1.614"
    assert locations[CENTRE]["organization_id"] == ORG_ADVICE
    assert locations[HALL]["organization_id"] == ORG_WELCOME
    addresses = {a["location_id"]: a for a in imported.tables["address"]}
    assert addresses[LIBRARY]["address_1"] == "2 Sample Road"
    assert addresses[LIBRARY]["address_2"] == "Upstairs"
    assert addresses[LIBRARY]["postal_code"] == "NE0 0AB"
    assert addresses[HALL]["city"] == "Leeds"
    at = {(r["service_id"], r["location_id"]) for r in imported.tables["service_at_location"]}
    assert at == {(DROP_IN, CENTRE), (DROP_IN, LIBRARY), (CLUB, CENTRE), (SHELTER, HALL)}

    phones = {p["number"]: p for p in imported.tables["phone"]}
    assert set(phones) == {"01632 960001", "01632 960002", "01632 960003", "01632 960100"}
    assert phones["01632 960001"]["languages"] == ["en", "ar"]
    assert phones["01632 960002"] == {  # +44 (0)1632 960002, type sms, code FA
        "id": TEXT_PHONE,
        "service_id": DROP_IN,
        "number": "01632 960002",
        "type": "text",
        "description": "Text us your name and language",
        "languages": ["fa"],
    }
    assert phones["01632 960003"]["extension"] == "12"
    assert phones["01632 960100"]["languages"] == ["so", "ti"]

    schedules = _by_id(imported, "schedule")
    weekly = next(s for s in schedules.values() if s.get("byday") == "TU,TH")
    assert (weekly["opens_at"], weekly["closes_at"]) == ("10:00", "13:00")  # from 10:00:00Z
    assert (weekly["valid_from"], weekly["valid_to"]) == ("2026-01-01", "2026-12-31")
    assert weekly["freq"] == "WEEKLY"
    assert schedules[MONTHLY] == {
        "id": MONTHLY,
        "service_id": DROP_IN,
        "freq": "MONTHLY",
        "valid_from": "2026-01-03",  # dtstart
        "description": "First Saturday of the month, 10am to 12pm",
    }
    # 20:00 to 08:00 every night: the evening, then the early hours of the next days.
    assert schedules[NIGHTLY]["opens_at"] == "20:00"
    assert schedules[NIGHTLY]["closes_at"] == "23:59"
    after = schedules[f"{NIGHTLY}-past-midnight"]
    assert (after["byday"], after["opens_at"], after["closes_at"]) == (
        "MO,TU,WE,TH,FR,SA,SU",
        "00:00",
        "08:00",
    )

    languages = {(r["service_id"], r["code"]): r for r in imported.tables["language"]}
    assert languages[(DROP_IN, "ar")]["name"] == "Arabic"
    assert languages[(DROP_IN, "ar")]["note"] == "Interpreter on Tuesdays"

    attributes = {(a["link_id"], a["taxonomy_term_id"]): a for a in imported.tables["attribute"]}
    assert set(attributes) == {
        (DROP_IN, "drop-in"),
        (DROP_IN, ADVICE_TERM),
        (DROP_IN, "eligibility"),
        (CLUB, "conversation-clubs"),
        (SHELTER, "night-shelter"),
        (SHELTER, "eligibility"),
    }
    assert all(a["link_type"] == "service" for a in attributes.values())
    assert attributes[(SHELTER, "eligibility")]["value"] == "refused"
    terms = _by_id(imported, "taxonomy_term")
    assert terms[ADVICE_TERM] == {
        "id": ADVICE_TERM,
        "name": "Advice and guidance",
        "taxonomy_id": EXAMPLE_TAXONOMY,
        "code": "ADV",
        "description": "General advice. Fictional term.",
    }
    assert terms["night-shelter"]["taxonomy_id"] == "firstport-asylum"
    taxonomies = _by_id(imported, "taxonomy")
    assert taxonomies[EXAMPLE_TAXONOMY]["uri"] == "https://taxonomy.example.org/services"
    assert taxonomies[EXAMPLE_TAXONOMY]["version"] == "2"

    (metadata,) = imported.tables["metadata"]
    assert metadata["resource_id"] == DROP_IN
    assert metadata["resource_type"] == "service"
    assert metadata["field_name"] == "description"
    assert metadata["last_action_date"] == "2026-05-01"


def test_import_accepts_a_bare_list_or_one_record() -> None:
    contents = _sample()["contents"]
    assert _import(contents).count == 3
    one = _import(contents[2])
    assert one.count == 1
    assert [s["id"] for s in one.tables["service"]] == [SHELTER]


@pytest.mark.parametrize(
    ("record", "where", "reason"),
    [
        (_minimal(status="open"), "svc-1", "status 'open' must be one of"),
        (_minimal(name=42), "svc-1", "name must be a string"),
        (_minimal(id=None), "#0", "missing id"),
        (_minimal(organization=None), "svc-1", "missing organization_id and organization"),
        (_minimal(area="london"), "svc-1", "area 'london' must be one of"),
        (_minimal(assured_date="01/05/2026"), "svc-1", "must be a date like"),
        (_minimal(organization_id="other-org"), "svc-1", "differs from organization.id"),
        (_minimal(phones={"id": "p"}), "svc-1/phones", "phones must be an array"),
        (
            _minimal(
                service_at_locations=[
                    {
                        "id": "sal-1",
                        "location": {
                            "id": "loc-1",
                            "name": "Hall",
                            "location_type": "physical",
                            "latitude": "north",
                            "longitude": -1.6,
                        },
                    }
                ]
            ),
            "svc-1/service_at_locations[0]",
            "latitude 'north' must be a number",
        ),
        (
            _minimal(
                service_at_locations=[
                    {
                        "id": "sal-1",
                        "location": {
                            "id": "loc-1",
                            "name": "Paris",
                            "location_type": "physical",
                            "latitude": 48.85,
                            "longitude": 2.35,
                        },
                    }
                ]
            ),
            "svc-1/service_at_locations[0]",
            "outside the UK",
        ),
        (
            _minimal(schedules=[{"id": "s", "byday": "MO", "opens_at": "25:00"}]),
            "svc-1/schedules[0]",
            "opens_at '25:00' must be a time",
        ),
        (
            _minimal(schedules=[{"id": "s", "byday": "1MO", "opens_at": "09:00"}]),
            "svc-1/schedules[0]",
            "there is no description",
        ),
        (
            _minimal(attributes=[{"id": "a", "taxonomy_term_id": "eligibility", "value": "all"}]),
            "svc-1/attributes[0]",
            "eligibility value 'all' must be one of",
        ),
        (
            _minimal(phones=[{"id": "p", "number": "0191 498 0000", "type": "pager"}]),
            "svc-1/phones[0]",
            "phone type 'pager' must be one of",
        ),
        (
            _minimal(languages=[{"id": "l", "name": "Klingon", "code": "tlh-KLINGON"}]),
            "svc-1/languages[0]",
            "must be like en, ckb or fa-AF",
        ),
    ],
)
def test_import_reports_invalid_values(record: dict[str, Any], where: str, reason: str) -> None:
    result = _import([record])
    found = [r for w, r in result.skipped if w == where]
    assert found, result.skipped
    assert reason in found[0]
    # A bad sub-record costs only itself; a bad record costs the whole record.
    assert result.count == (1 if "/" in where else 0)


def test_import_refuses_bad_arguments() -> None:
    with pytest.raises(ValueError, match="default_area"):
        _import([], default_area="london")
    with pytest.raises(ValueError, match="expected a /services page"):
        _import({"services": []})


def test_imported_tables_pass_our_validator(imported: oruk.ImportResult, tmp_path: Path) -> None:
    root = _directory_folder(tmp_path / "directory", imported.tables)
    directory = load_directory(root)
    assert [str(p) for p in directory.errors] == []
    assert len(directory.tables["service"]) == 3
    # Written, read back and exported again, nothing we use is lost.
    again = _import(oruk.export_services(directory.tables))
    assert again.skipped == []
    before, after = _comparable(imported.tables), _comparable(again.tables)
    # Terms given only by id in the feed (eligibility...) now come nested, from taxonomy.yaml.
    assert set(before.pop("taxonomy_term")) < set(after.pop("taxonomy_term"))
    assert after == before


# Export.


def test_export_writes_a_services_page_of_full_records(imported: oruk.ImportResult) -> None:
    page = json.loads(json.dumps(oruk.export_services(imported.tables)))
    assert {k: v for k, v in page.items() if k != "contents"} == {
        "total_items": 3,
        "total_pages": 1,
        "page_number": 1,
        "size": 3,
        "first_page": True,
        "last_page": True,
        "empty": False,
    }
    records = {r["id"]: r for r in page["contents"]}
    drop_in = records[DROP_IN]
    for key in ("id", "name", "status", "organization_id", "assured_date", "assurer_email"):
        assert key in drop_in
    assert drop_in["organization"]["id"] == ORG_ADVICE
    assert drop_in["organization"]["description"].startswith("A fictional advice centre")
    centre = next(
        sal["location"] for sal in drop_in["service_at_locations"] if sal["location_id"] == CENTRE
    )
    assert (centre["latitude"], centre["longitude"]) == (54.9733, -1.614)
    assert centre["addresses"][0]["address_1"] == "1 Example Street"
    assert centre["addresses"][0]["state_province"] == "Tyne and Wear"
    phone = next(p for p in drop_in["phones"] if p["number"] == "01632 960001")
    assert [language["code"] for language in phone["languages"]] == ["en", "ar"]
    assert phone["languages"][1]["name"] == "Arabic"
    assert records[CLUB]["phones"][0]["extension"] == 12  # HSDS: a number
    attribute = next(a for a in drop_in["attributes"] if a["taxonomy_term_id"] == ADVICE_TERM)
    assert attribute["link_entity"] == "service"
    assert attribute["link_id"] == DROP_IN
    assert attribute["taxonomy_term"]["name"] == "Advice and guidance"
    assert attribute["taxonomy_term"]["taxonomy_detail"]["id"] == EXAMPLE_TAXONOMY
    assert drop_in["metadata"][0]["updated_by"] == "Example Advice Centre"
    # Our extensions, under their own keys, and the area as an HSDS service area as well.
    assert records[SHELTER]["area"] == "leeds"
    assert records[SHELTER]["service_areas"][0]["name"] == "Leeds"
    assert records[SHELTER]["assured_by"] == "Firstport import"
    assert "assurer_email" not in records[SHELTER]  # not an email address
    assert records[DROP_IN]["source"] == f"{SOURCE}, record {DROP_IN_RAW}"


def test_export_then_import_round_trips(imported: oruk.ImportResult) -> None:
    page = json.loads(json.dumps(oruk.export_services(imported.tables)))
    again = _import(page, default_area="national")  # the area travels as an extension
    assert again.skipped == []
    assert again.count == 3
    assert _comparable(again.tables) == _comparable(imported.tables)
    source = _by_id(again, "service")[DROP_IN]["source"]
    assert source == f"{SOURCE}, record {DROP_IN}; upstream source: {SOURCE}, record {DROP_IN_RAW}"


def test_real_directory_round_trips() -> None:
    directory = load_directory(REAL_DIRECTORY)
    if directory.errors:
        pytest.skip(f"directory/ has errors: {directory.errors[0]}")
    page = json.loads(json.dumps(oruk.export_services(directory.tables)))
    assert "__file__" not in json.dumps(page)
    again = _import(page, default_area="national")
    assert again.skipped == []
    before, after = _comparable(directory.tables), _comparable(again.tables)
    for table in TABLES:
        if table in ("organization", "taxonomy", "taxonomy_term"):
            # A /services feed holds only organisations with services, and terms in use.
            assert set(after[table]) <= set(before[table]), table
        else:
            assert after[table] == before[table], table


# Merge.


def test_merge_replaces_by_id_and_adds() -> None:
    existing = {
        "service": [
            {"id": "a", "name": "Old A", "__file__": "a.yaml", "__line__": 3},
            {"id": "b", "name": "B"},
        ],
        "phone": [{"id": "p", "number": "999", "type": "voice"}],
    }
    before = copy.deepcopy(existing)
    incoming = {
        "service": [{"id": "a", "name": "New A"}, {"id": "c", "name": "C"}],
        "taxonomy": [{"id": "t", "name": "T"}],
    }
    merged = oruk.merge(existing, incoming)
    assert merged["service"] == [
        {"id": "a", "name": "New A"},
        {"id": "b", "name": "B"},
        {"id": "c", "name": "C"},
    ]
    assert merged["phone"] == existing["phone"]
    assert merged["taxonomy"] == [{"id": "t", "name": "T"}]
    assert set(merged) >= set(TABLES)
    assert existing == before  # inputs are left alone


def test_merged_into_the_real_directory_still_validates(
    imported: oruk.ImportResult, tmp_path: Path
) -> None:
    directory = load_directory(REAL_DIRECTORY)
    if directory.errors:
        pytest.skip(f"directory/ has errors: {directory.errors[0]}")
    update = _import(_sample())
    _by_id(update, "service")[DROP_IN]["name"] = "Example Advice Centre drop-in (renamed)"
    merged = oruk.merge(oruk.merge(directory.tables, imported.tables), update.tables)
    loaded = load_directory(_directory_folder(tmp_path / "directory", merged))
    assert [str(p) for p in loaded.errors] == []
    services = loaded.by_id("service")
    assert len(services) == len(directory.tables["service"]) + 3
    assert services[DROP_IN]["name"] == "Example Advice Centre drop-in (renamed)"


# Organisation files.


def test_write_organization_files_layout(imported: oruk.ImportResult, tmp_path: Path) -> None:
    paths = oruk.write_organization_files(imported.tables, tmp_path)
    assert sorted(p.name for p in paths) == sorted([f"{ORG_ADVICE}.yaml", f"{ORG_WELCOME}.yaml"])
    text = (tmp_path / f"{ORG_ADVICE}.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Example Advice Centre.")
    assert "opens_at: '10:00'" in text  # quoted, so it stays a string
    assert "assured_date: '2026-05-01'" in text
    data = yamlload.load(tmp_path / f"{ORG_ADVICE}.yaml", strings=True)
    data.pop("__line__")
    assert list(data) == [
        "organization",
        "services",
        "locations",
        "addresses",
        "service_at_location",
        "schedules",
        "phones",
        "languages",
        "attributes",
        "metadata",
    ]
    assert data["organization"]["name"] == "Example Advice Centre"
    assert {s["id"] for s in data["services"]} == {DROP_IN, CLUB}
    assert {loc["id"] for loc in data["locations"]} == {CENTRE, LIBRARY}
    assert "taxonomy_term" not in data  # the taxonomy lives in taxonomy.yaml
    night = (tmp_path / f"{ORG_WELCOME}.yaml").read_text(encoding="utf-8")
    assert "opens_at: '00:00'" in night
    assert "number: '01632 960100'" in night
    welcome = yamlload.load(tmp_path / f"{ORG_WELCOME}.yaml", strings=True)
    assert [s["id"] for s in welcome["services"]] == [SHELTER]
    assert [loc["id"] for loc in welcome["locations"]] == [HALL]
