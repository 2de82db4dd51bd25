"""The service directory, shaped like Open Referral UK / HSDS 3.0 (layout in directory/README.md).

Each file under `directory/organizations/` holds one organisation and its rows of the HSDS
tables; `directory/taxonomy.yaml` holds the taxonomy. Loading flattens them into tables and
validates the schema, references, phone formats and schedules, with file:line on every problem.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bot import yamlload

TABLES = (
    "organization",
    "service",
    "location",
    "address",
    "service_at_location",
    "schedule",
    "phone",
    "language",
    "attribute",
    "metadata",
    "taxonomy",
    "taxonomy_term",
)
# File section name -> HSDS table.
SECTIONS = {
    "organization": "organization",
    "services": "service",
    "locations": "location",
    "addresses": "address",
    "service_at_location": "service_at_location",
    "schedules": "schedule",
    "phones": "phone",
    "languages": "language",
    "attributes": "attribute",
    "metadata": "metadata",
}
FIELDS: dict[str, tuple[set[str], set[str]]] = {  # table -> (required, optional)
    "organization": (
        {"id", "name"},
        {"description", "website", "email", "alternate_name", "legal_status", "uncertain"},
    ),
    "service": (
        {"id", "organization_id", "name", "status", "source", "assured_date", "assured_by", "area"},
        {
            "description",
            "url",
            "email",
            "interpretation_services",
            "eligibility_description",
            "application_process",
            "fees_description",
            "alternate_name",
            "uncertain",
            "rank",  # ours: order among signposts for a need, lower first (default 50)
        },
    ),
    "location": (
        {"id", "name", "location_type"},
        {"organization_id", "description", "latitude", "longitude", "uncertain"},
    ),
    "address": (
        {"id", "location_id", "address_1", "city", "country"},
        {"address_2", "postal_code", "region", "state_province", "address_type"},
    ),
    "service_at_location": ({"id", "service_id", "location_id"}, {"description"}),
    "schedule": (
        {"id", "service_id"},
        {
            "byday",
            "opens_at",
            "closes_at",
            "valid_from",
            "valid_to",
            "description",
            "freq",
            "service_at_location_id",
        },
    ),
    "phone": (
        {"id", "number", "type"},
        {"service_id", "organization_id", "location_id", "description", "languages", "extension"},
    ),
    "language": ({"id", "name", "code"}, {"service_id", "phone_id", "note"}),
    "attribute": ({"id", "link_type", "link_id", "taxonomy_term_id"}, {"value", "label"}),
    "metadata": (
        {
            "id",
            "resource_id",
            "resource_type",
            "last_action_date",
            "last_action_type",
            "updated_by",
        },
        {"field_name", "previous_value", "replacement_value"},
    ),
    "taxonomy": ({"id", "name"}, {"description", "uri", "version"}),
    "taxonomy_term": ({"id", "name", "taxonomy_id"}, {"code", "description", "parent_id"}),
}
SERVICE_STATUS = {"active", "inactive", "defunct", "temporarily closed"}
PHONE_TYPES = {"voice", "text", "textphone", "cell", "fax", "video"}
AREAS = {"national", "newcastle", "leeds"}
ELIGIBILITY = {"asylum_seeker", "refused", "refugee", "any"}
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
SHORT_NUMBERS = re.compile(r"^(999|112|111|101|116 \d{3}|18001 \d{3}|\d{5}|0800 1111)$")


def valid_phone(number: str) -> bool:
    """A UK number as people dial it: emergency and short codes, or 0 plus 9-10 digits,
    written with single spaces (0808 8010 503, 0191 273 7482, 07444 079678)."""
    if SHORT_NUMBERS.match(number):
        return True
    if not re.match(r"^0\d+( \d+){0,3}$", number):
        return False
    return len(number.replace(" ", "")) in (10, 11)


@dataclass
class Problem:
    """One problem found in the directory."""

    path: Path
    line: int
    text: str
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {'warning: ' if self.warning else ''}{self.text}"


DISTRICT_TAXONOMY = "firstport-district"


@dataclass
class Directory:
    """All rows, by table, each row remembering its file and line."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {t: [] for t in TABLES})
    problems: list[Problem] = field(default_factory=list)

    def ref(self, service_id: str) -> str:
        """A short, stable reference to a service for callback data (8 characters)."""
        return hashlib.blake2s(service_id.encode(), digest_size=6).hexdigest()[:8]

    def by_ref(self, ref: str) -> dict[str, Any] | None:
        """The service with this short reference."""
        return next((s for s in self.tables["service"] if self.ref(s["id"]) == ref), None)

    def by_id(self, table: str) -> dict[str, dict[str, Any]]:
        """Rows of a table by id."""
        return {row["id"]: row for row in self.tables[table]}

    @property
    def terms(self) -> set[str]:
        """Taxonomy term ids."""
        return {row["id"] for row in self.tables["taxonomy_term"]}

    @property
    def errors(self) -> list[Problem]:
        """Problems that fail `check`."""
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        """Problems that are only reported."""
        return [p for p in self.problems if p.warning]

    def districts(self, area: str | None) -> list[str]:
        """District terms (taxonomy firstport-district) of a city that some location is in."""
        if not area:
            return []
        terms = {
            row["id"]
            for row in self.tables["taxonomy_term"]
            if row["taxonomy_id"] == DISTRICT_TAXONOMY and row["id"].startswith(f"{area}-")
        }
        used = [
            a["taxonomy_term_id"]
            for a in self.tables["attribute"]
            if a["link_type"] == "location" and a["taxonomy_term_id"] in terms
        ]
        return sorted(set(used))

    def service_districts(self, service_id: str) -> set[str]:
        """The districts of the locations where a service is delivered."""
        places = {
            r["location_id"]
            for r in self.tables["service_at_location"]
            if r["service_id"] == service_id
        }
        return {
            a["taxonomy_term_id"]
            for a in self.tables["attribute"]
            if a["link_type"] == "location" and a["link_id"] in places
        } & {
            row["id"]
            for row in self.tables["taxonomy_term"]
            if row["taxonomy_id"] == DISTRICT_TAXONOMY
        }

    def services_for(
        self, terms: list[str] | tuple[str, ...], area: str | None = None, limit: int = 3
    ) -> list[ServiceView]:
        """Active services linked to the terms, in term order; national and `area` ones."""
        attrs = [a for a in self.tables["attribute"] if a["link_type"] == "service"]
        services = self.by_id("service")
        found: list[ServiceView] = []
        seen: set[str] = set()
        for term in terms:
            candidates: list[ServiceView] = []
            for attr in attrs:
                if attr["taxonomy_term_id"] != term or attr["link_id"] in seen:
                    continue
                service = services.get(attr["link_id"])
                if service is None or service["status"] != "active":
                    continue
                if service["area"] != "national" and service["area"] != area:
                    continue
                seen.add(service["id"])
                candidates.append(self.view(service["id"]))
            # Signposts must be trustworthy: certain entries first, then ones a person can
            # call, then local before national.
            candidates.sort(
                key=lambda v: (v.rank, v.uncertain, v.phone is None, v.area == "national")
            )
            found.extend(candidates)
        return found[:limit]

    def view(self, service_id: str) -> ServiceView:
        """What a person sees of a service."""
        service = self.by_id("service")[service_id]
        phones = [p for p in self.tables["phone"] if p.get("service_id") == service_id]
        voice = next((p for p in phones if p["type"] == "voice"), phones[0] if phones else None)
        return ServiceView(
            id=service_id,
            name=service["name"],
            area=service["area"],
            uncertain=bool(service.get("uncertain")),
            rank=int(service.get("rank") or 50),
            phone=voice["number"] if voice else None,
            terms=tuple(
                a["taxonomy_term_id"]
                for a in self.tables["attribute"]
                if a["link_id"] == service_id and a["taxonomy_term_id"] != "eligibility"
            ),
        )


@dataclass(frozen=True)
class ServiceView:
    """A service as shown in a signpost."""

    id: str
    name: str
    area: str
    uncertain: bool
    phone: str | None
    terms: tuple[str, ...]
    rank: int = 50


def _rows(directory: Directory, path: Path, table: str, raw: Any, line: int) -> None:
    items = raw if isinstance(raw, list) else [raw]
    for item in items:
        if not isinstance(item, dict):
            directory.problems.append(Problem(path, line, f"{table}: each row must be a mapping"))
            continue
        row = dict(item)
        row_line = row.pop("__line__", line)
        row["__file__"], row["__line__"] = path, row_line
        required, optional = FIELDS[table]
        missing = sorted(k for k in required if row.get(k) in (None, ""))
        if missing:
            directory.problems.append(
                Problem(path, row_line, f"{table} {row.get('id', '?')}: missing {missing}")
            )
        extra = sorted(set(row) - required - optional - {"__file__", "__line__"})
        if extra:
            directory.problems.append(
                Problem(path, row_line, f"{table} {row.get('id', '?')}: unknown field(s) {extra}")
            )
        directory.tables[table].append(row)


def load_directory(root: Path) -> Directory:
    """Load `taxonomy.yaml` and every organisation file, collecting every problem."""
    directory = Directory()
    files = [root / "taxonomy.yaml", *sorted((root / "organizations").glob("*.yaml"))]
    for path in files:
        try:
            data = yamlload.load(path, strings=True)
        except yamlload.YamlError as exc:
            directory.problems.append(Problem(path, exc.line, exc.problem))
            continue
        except OSError as exc:
            directory.problems.append(Problem(path, 1, f"cannot read: {exc}"))
            continue
        if not isinstance(data, dict):
            directory.problems.append(Problem(path, 1, "a directory file must be a mapping"))
            continue
        line = data.pop("__line__", 1)
        for section, raw in data.items():
            table = SECTIONS.get(section) or (
                section if section in ("taxonomy", "taxonomy_term") else None
            )
            if table is None:
                directory.problems.append(Problem(path, line, f"unknown section {section!r}"))
                continue
            _rows(directory, path, table, raw, line)
    _validate(directory)
    return directory


def _ref(
    directory: Directory, row: dict[str, Any], fieldname: str, table: str, ids: set[str]
) -> None:
    value = row.get(fieldname)
    if value not in (None, "") and value not in ids:
        directory.problems.append(
            Problem(
                row["__file__"],
                row["__line__"],
                f"{fieldname} {value!r} does not match any {table}",
            )
        )


def _validate(directory: Directory) -> None:
    ids = {t: set() for t in TABLES}
    for table, rows in directory.tables.items():
        for row in rows:
            rid = row.get("id")
            if rid is None:
                continue
            if not ID_RE.match(rid):
                directory.problems.append(
                    Problem(
                        row["__file__"],
                        row["__line__"],
                        f"{table} id {rid!r} must be lowercase a-z 0-9 -",
                    )
                )
            if rid in ids[table]:
                directory.problems.append(
                    Problem(row["__file__"], row["__line__"], f"duplicate {table} id {rid!r}")
                )
            ids[table].add(rid)
    p = directory.problems
    for row in directory.tables["service"]:
        _ref(directory, row, "organization_id", "organization", ids["organization"])
        if row.get("status") not in SERVICE_STATUS:
            p.append(
                Problem(
                    row["__file__"],
                    row["__line__"],
                    f"service {row['id']}: status must be one of {sorted(SERVICE_STATUS)}",
                )
            )
        if row.get("rank") not in (None, "") and not str(row["rank"]).isdigit():
            p.append(
                Problem(
                    row["__file__"],
                    row["__line__"],
                    f"service {row['id']}: rank must be a whole number",
                )
            )
        if row.get("area") not in AREAS:
            p.append(
                Problem(
                    row["__file__"],
                    row["__line__"],
                    f"service {row['id']}: area must be one of {sorted(AREAS)}",
                )
            )
        try:
            date.fromisoformat(row.get("assured_date", ""))
        except ValueError:
            p.append(
                Problem(
                    row["__file__"],
                    row["__line__"],
                    f"service {row['id']}: assured_date must be YYYY-MM-DD",
                )
            )
    for row in directory.tables["location"]:
        _ref(directory, row, "organization_id", "organization", ids["organization"])
        if row.get("location_type") not in ("physical", "postal", "virtual"):
            p.append(
                Problem(
                    row["__file__"],
                    row["__line__"],
                    "location_type must be physical, postal or virtual",
                )
            )
        lat, lon = row.get("latitude"), row.get("longitude")
        if (lat in (None, "")) != (lon in (None, "")):
            p.append(
                Problem(
                    row["__file__"], row["__line__"], "give both latitude and longitude, or neither"
                )
            )
        elif lat not in (None, ""):
            try:
                if not (49 <= float(lat) <= 61 and -9 <= float(lon) <= 2):
                    p.append(
                        Problem(row["__file__"], row["__line__"], "coordinates are outside the UK")
                    )
            except ValueError:
                p.append(
                    Problem(row["__file__"], row["__line__"], "latitude/longitude must be numbers")
                )
    for row in directory.tables["address"]:
        _ref(directory, row, "location_id", "location", ids["location"])
    for row in directory.tables["service_at_location"]:
        _ref(directory, row, "service_id", "service", ids["service"])
        _ref(directory, row, "location_id", "location", ids["location"])
    for row in directory.tables["phone"]:
        _ref(directory, row, "service_id", "service", ids["service"])
        _ref(directory, row, "organization_id", "organization", ids["organization"])
        _ref(directory, row, "location_id", "location", ids["location"])
        number = row.get("number", "")
        if not valid_phone(number):
            p.append(
                Problem(
                    row["__file__"],
                    row["__line__"],
                    f"phone {number!r} is not a UK number written like 0808 8010 503",
                )
            )
        if row.get("type") not in PHONE_TYPES:
            p.append(
                Problem(
                    row["__file__"],
                    row["__line__"],
                    f"phone type must be one of {sorted(PHONE_TYPES)}",
                )
            )
        languages = row.get("languages") or []
        if not isinstance(languages, list) or not all(
            re.match(r"^[a-z]{2,3}(-[A-Z]{2})?$", c) for c in languages
        ):
            p.append(
                Problem(
                    row["__file__"],
                    row["__line__"],
                    "phone languages must be a list of language codes",
                )
            )
    for row in directory.tables["language"]:
        _ref(directory, row, "service_id", "service", ids["service"])
        _ref(directory, row, "phone_id", "phone", ids["phone"])
    for row in directory.tables["schedule"]:
        _ref(directory, row, "service_id", "service", ids["service"])
        _check_schedule(directory, row)
    for row in directory.tables["attribute"]:
        _ref(directory, row, "taxonomy_term_id", "taxonomy_term", ids["taxonomy_term"])
        target = {"service": "service", "organization": "organization", "location": "location"}.get(
            row.get("link_type", "")
        )
        if target is None:
            p.append(
                Problem(
                    row["__file__"],
                    row["__line__"],
                    "attribute link_type must be service, organization or location",
                )
            )
        else:
            _ref(directory, row, "link_id", target, ids[target])
        if row.get("taxonomy_term_id") == "eligibility" and row.get("value") not in ELIGIBILITY:
            p.append(
                Problem(
                    row["__file__"],
                    row["__line__"],
                    f"eligibility value must be one of {sorted(ELIGIBILITY)}",
                )
            )
    for row in directory.tables["taxonomy_term"]:
        _ref(directory, row, "taxonomy_id", "taxonomy", ids["taxonomy"])
        _ref(directory, row, "parent_id", "taxonomy_term", ids["taxonomy_term"])
    for row in directory.tables["metadata"]:
        try:
            date.fromisoformat(row.get("last_action_date", ""))
        except ValueError:
            p.append(
                Problem(
                    row["__file__"], row["__line__"], "metadata last_action_date must be YYYY-MM-DD"
                )
            )


def _check_schedule(directory: Directory, row: dict[str, Any]) -> None:
    p = directory.problems
    where = (row["__file__"], row["__line__"])
    byday = row.get("byday")
    opens, closes = row.get("opens_at"), row.get("closes_at")
    if byday:
        days = byday.split(",")
        if not all(d in DAYS for d in days):
            p.append(Problem(*where, f"schedule byday {byday!r} must be like MO,TU,WE"))
    for name, value in (("opens_at", opens), ("closes_at", closes)):
        if value not in (None, "") and not TIME_RE.match(value):
            p.append(Problem(*where, f"schedule {name} {value!r} must be HH:MM"))
    if opens and closes and TIME_RE.match(opens) and TIME_RE.match(closes) and opens >= closes:
        p.append(Problem(*where, "schedule opens_at must be before closes_at"))
    if not (byday and opens and closes) and not row.get("description"):
        p.append(Problem(*where, "a schedule without byday/opens_at/closes_at needs a description"))
    for name in ("valid_from", "valid_to"):
        if row.get(name):
            try:
                date.fromisoformat(row[name])
            except ValueError:
                p.append(Problem(*where, f"schedule {name} must be YYYY-MM-DD"))


def staleness(directory: Directory, today: date, max_age_days: int = 180) -> list[Problem]:
    """Warnings for services not checked within `max_age_days`, and for uncertain facts."""
    warnings: list[Problem] = []
    for row in directory.tables["service"]:
        try:
            checked = date.fromisoformat(row.get("assured_date", ""))
        except ValueError:
            continue
        age = (today - checked).days
        if age > max_age_days:
            warnings.append(
                Problem(
                    row["__file__"],
                    row["__line__"],
                    f"service {row['id']} was last checked {age} days ago",
                    True,
                )
            )
    return warnings
