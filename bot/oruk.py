"""Open Referral UK (HSDS 3.0) interoperability: import, merge and export of the directory.

`import_services` reads a `/services` page (`GET /services?full=true`: total_items, total_pages,
page_number, size, first_page, last_page, empty, contents) or a bare list of fully nested
service records (HSDS `schema/compiled/service.json`) into our tables, with our field names
(`bot.directory.FIELDS`). `export_services` writes our tables back as such a page, `merge`
joins two sets of tables by id and `write_organization_files` writes one
`directory/organizations/<id>.yaml` file per organisation.

Required fields. HSDS 3.0 requires service id, name and status (active, inactive, defunct,
temporarily closed); organization id, name and description; location id and location_type;
address id, address_1, city, state_province, postal_code, country and address_type; phone id
and number; taxonomy_term id, name and description; taxonomy id, name and description;
metadata id, last_action_date, last_action_type, field_name, previous_value, replacement_value
and updated_by; every other object only an id. Import insists on what our directory needs
(all HSDS ids, service name and status, an organisation, a location name, address_1, city and
country, a UK phone number, metadata dates and authors) and lets missing descriptions,
state_province, postal_code, address_type and metadata change values through. Export writes an
empty string for a required HSDS field we do not hold; import reads "" as absent.

Mapping, HSDS -> ours (export is the reverse):
- service: id, organization_id (or organization.id), name, alternate_name, description, url,
  email, status, interpretation_services, eligibility_description, application_process,
  fees_description (or the deprecated fees), assured_date (else `today`) and assurer_email
  (-> assured_by, else the `assured_by` given); `source` is the given source and the record id.
- organization: id, name, alternate_name, description, email, website, legal_status, plus its
  phones, locations, attributes and metadata.
- service_at_locations[] -> service_at_location (id, description) and its location -> location
  (id, name, location_type, organization_id, description, latitude, longitude) with
  addresses[] -> address; service_at_location schedules and phones are kept.
- phones[] -> phone (id, number in our UK layout, type, description, extension) with
  languages[].code -> the phone's `languages` code list.
- schedules[] -> schedule (byday, opens_at, closes_at as HH:MM wall-clock time, any time zone
  suffix ignored; valid_from/valid_to, or dtstart/until, as dates; description, freq). A
  recurrence we cannot show (ordinal byday like 1SA, interval > 1, bymonthday, byweekno,
  byyearday, count) keeps only its description, and is reported. Opening past midnight
  (20:00 to 08:00) becomes two rows: to 23:59, and from 00:00 on the next days (id
  `<id>-past-midnight`).
- languages[] -> language (id, name, code, note, phone_id); attributes[] -> attribute (id,
  link_entity -> link_type, parent id -> link_id, taxonomy_term_id, value), with
  taxonomy_term -> taxonomy_term (id, name, code, description, parent_id, taxonomy_id) and
  taxonomy_detail (or taxonomy_details, or the `taxonomy` text) -> taxonomy; metadata[] ->
  metadata.

Extensions (keys HSDS has no field for, written on export, read on import): service `area`,
`source`, `assured_by` (the free text; assurer_email is also written when it is an address) and
`uncertain`; organization and location `uncertain`; attribute `label`. Export also writes the
area as a service_areas entry (import ignores service_areas).

Dropped on import: service program(_id), wait_time, accreditations, minimum_age, maximum_age,
licenses, alert, last_modified, service_areas, funding, cost_options, required_documents and
contacts; organization tax_status, tax_id, year_incorporated, logo, uri,
parent_organization_id, funding, contacts, programs and organization_identifiers;
service_at_location contacts, attributes and metadata; location url, alternate_name,
transportation, external_identifier(_type), languages, contacts, accessibility and schedules
(ours belong to a service); address attention; phone contact_id and service_at_location_id;
schedule timezone, wkst, schedule_link, attending_type and notes; taxonomy_term language and
term_uri; attribute link_type (the HSDS code list value); and attributes and metadata nested
below phones, schedules, addresses and languages. HSDS ids are UUIDs; ours are lowercase
a-z 0-9 -, so ids are lowercased and other characters become `-` (the original id stays in
`source`). A page is imported as given; fetching further pages is the caller's job.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.directory import (
    AREAS,
    DAYS,
    ELIGIBILITY,
    FIELDS,
    PHONE_TYPES,
    SECTIONS,
    SERVICE_STATUS,
    TABLES,
    TIME_RE,
    valid_phone,
)

Row = dict[str, Any]
Tables = dict[str, list[Row]]

LOCATION_TYPES = ("physical", "postal", "virtual")
FREQS = ("WEEKLY", "MONTHLY")
# HSDS phone types follow RFC 6350; some publishers use other words.
PHONE_TYPE_ALIASES = {
    "sms": "text",
    "mobile": "cell",
    "minicom": "textphone",
    "tty": "textphone",
    "landline": "voice",
    "phone": "voice",
    "telephone": "voice",
}
AREA_NAMES = {"national": "National", "newcastle": "Newcastle upon Tyne", "leeds": "Leeds"}
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TIME_IN = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$")
_LANG_IN = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}))?$")
_UNREPRESENTABLE = ("bymonthday", "byweekno", "byyearday", "count")


class _Bad(ValueError):
    """A value that cannot be imported; the message says why."""


@dataclass
class ImportResult:
    """Rows by table (our names), what was skipped and why, and how many services came in."""

    tables: dict[str, list[dict[str, Any]]]
    skipped: list[tuple[str, str]] = field(default_factory=list)
    count: int = 0


# Reading HSDS values.


def _opt_ident(obj: Row, key: str) -> str | None:
    """An optional HSDS id as one of ours: lowercase a-z 0-9 and -, at most 64 characters."""
    value = obj.get(key)
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise _Bad(f"{key} must be a string")
    slug = re.sub(r"[^a-z0-9]+", "-", value.strip().lower()).strip("-")[:64].rstrip("-")
    if not slug:
        raise _Bad(f"{key} {value!r} has no letters or digits")
    return slug


def _ident(obj: Row, key: str = "id") -> str:
    """A required HSDS id as one of ours."""
    slug = _opt_ident(obj, key)
    if slug is None:
        raise _Bad(f"missing {key}")
    return slug


def _text(obj: Row, key: str) -> str | None:
    """An optional string field, stripped; "" counts as absent."""
    value = obj.get(key)
    if isinstance(value, str):
        value = value.strip()
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise _Bad(f"{key} must be a string")
    return value


def _need(obj: Row, key: str) -> str:
    """A required string field."""
    value = _text(obj, key)
    if value is None:
        raise _Bad(f"missing {key}")
    return value


def _items(obj: Row, key: str) -> list[Any]:
    """An array field; absent is empty."""
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Bad(f"{key} must be an array")
    return value


def _date(obj: Row, key: str) -> str | None:
    """A date (or the date part of a date-time) as YYYY-MM-DD."""
    value = _text(obj, key)
    if value is None:
        return None
    day, rest = value[:10], value[10:]
    try:
        parsed = date.fromisoformat(day)
    except ValueError:
        parsed = None
    if parsed is None or len(day) != 10 or (rest and rest[0] not in "T "):
        raise _Bad(f"{key} {value!r} must be a date like 2026-01-31")
    return parsed.isoformat()


def _time(obj: Row, key: str) -> str | None:
    """A time as HH:MM; seconds and any time zone suffix are dropped, 24:00 becomes 23:59."""
    value = _text(obj, key)
    if value is None:
        return None
    match = _TIME_IN.match(value)
    if match is None:
        raise _Bad(f"{key} {value!r} must be a time like 09:30")
    hhmm = f"{int(match[1]):02d}:{match[2]}"
    if hhmm == "24:00":
        hhmm = "23:59"
    if not TIME_RE.match(hhmm):
        raise _Bad(f"{key} {value!r} must be a time like 09:30")
    return hhmm


def _coordinate(obj: Row, key: str) -> str | None:
    """A latitude or longitude: a number (or a string holding one), kept as a string."""
    value = obj.get(key)
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _Bad(f"{key} must be a number")
    try:
        number = float(value)
    except ValueError:
        raise _Bad(f"{key} {value!r} must be a number") from None
    if not math.isfinite(number):
        raise _Bad(f"{key} must be a finite number")
    return value.strip() if isinstance(value, str) else str(value)


def _uk_number(raw: str) -> str:
    """A UK phone number as our directory writes it (0808 801 0503, 01632 960001, 116 123)."""
    text = raw.strip().strip('"').strip()
    if valid_phone(text):
        return text
    digits = re.sub(r"[\s().-]", "", text.replace("(0)", ""))
    if digits.startswith("+44"):
        digits = "0" + digits[3:]
    elif digits.startswith("0044"):
        digits = "0" + digits[4:]
    groups: tuple[int, ...] = ()
    if not digits.isdigit():
        pass
    elif len(digits) == 6 and digits.startswith("116"):
        groups = (3, 3)
    elif len(digits) == 11 and digits.startswith("02"):
        groups = (3, 4, 4)
    elif len(digits) == 11 and digits.startswith("01"):
        # 011x and 01x1 area codes have four digits, most others five.
        groups = (4, 3, 4) if "1" in (digits[2], digits[3]) else (5, 6)
    elif len(digits) == 11 and digits.startswith("07"):
        groups = (5, 6)
    elif len(digits) == 11 and digits[1] in "3589":
        groups = (4, 3, 4)
    elif len(digits) == 10 and digits.startswith("0"):
        groups = (4, 3, 3) if digits.startswith("08") else (5, 5)
    parts, start = [], 0
    for size in groups:
        parts.append(digits[start : start + size])
        start += size
    formatted = " ".join(parts) if groups else text
    if not valid_phone(formatted):
        raise _Bad(f"number {raw!r} is not a UK phone number")
    return formatted


def _language_code(value: Any) -> str:
    """A language code like en, ckb or fa-AF."""
    match = _LANG_IN.match(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise _Bad(f"language code {value!r} must be like en, ckb or fa-AF")
    return match[1].lower() + (f"-{match[2].upper()}" if match[2] else "")


def _row(**values: Any) -> Row:
    """A row without empty values."""
    return {k: v for k, v in values.items() if v not in (None, "", [])}


class _Importer:
    """Reads HSDS records into our tables, one record at a time, all or nothing per record."""

    def __init__(self, *, default_area: str, source: str, assured_by: str, today: str) -> None:
        if default_area not in AREAS:
            raise ValueError(f"default_area must be one of {sorted(AREAS)}")
        date.fromisoformat(today)
        self.default_area, self.source = default_area, source
        self.assured_by, self.today = assured_by, today
        self.rows: dict[str, dict[str, Row]] = {t: {} for t in TABLES}
        self.skipped: list[tuple[str, str]] = []
        self.count = 0
        self._staged: list[tuple[str, Row]] = []
        self._notes: list[tuple[str, str]] = []

    def record(self, index: int, record: Any) -> None:
        """Import one service record, or report why it was skipped."""
        rid = record.get("id") if isinstance(record, dict) else None
        where = rid.strip() if isinstance(rid, str) and rid.strip() else f"#{index}"
        self._staged, self._notes = [], []
        try:
            self._service(record, where)
        except _Bad as exc:
            self.skipped.append((where, str(exc)))
            return
        for table, row in self._staged:
            old = self.rows[table].get(row["id"])
            self.rows[table][row["id"]] = {**old, **row} if old else row
        self.skipped.extend(self._notes)
        self.count += 1

    def result(self) -> ImportResult:
        """The tables as lists."""
        tables = {t: list(rows.values()) for t, rows in self.rows.items()}
        return ImportResult(tables, self.skipped, self.count)

    # Helpers.

    def _check(self, table: str, row: Row) -> Row:
        missing = sorted(k for k in FIELDS[table][0] if row.get(k) in (None, ""))
        if missing:
            raise _Bad(f"{table} {row.get('id', '?')}: missing {missing}")
        return row

    def _put(self, table: str, row: Row) -> None:
        self._staged.append((table, self._check(table, row)))

    def _each(self, obj: Row, key: str, where: str, read: Callable[[Row, str], Any]) -> None:
        """Read each object of an array; a bad one is skipped and noted."""
        try:
            items = _items(obj, key)
        except _Bad as exc:
            self._notes.append((f"{where}/{key}", str(exc)))
            return
        for i, item in enumerate(items):
            here = f"{where}/{key}[{i}]"
            if not isinstance(item, dict):
                self._notes.append((here, f"{key} entries must be objects"))
                continue
            try:
                read(item, here)
            except _Bad as exc:
                self._notes.append((here, str(exc)))

    # Records.

    def _service(self, record: Any, where: str) -> None:
        if not isinstance(record, dict):
            raise _Bad("a service record must be an object")
        sid = _ident(record)
        if sid in self.rows["service"]:
            raise _Bad(f"duplicate service id {sid!r}")
        name = _need(record, "name")
        status = _need(record, "status")
        if status not in SERVICE_STATUS:
            raise _Bad(f"status {status!r} must be one of {sorted(SERVICE_STATUS)}")
        area = _text(record, "area") or self.default_area
        if area not in AREAS:
            raise _Bad(f"area {area!r} must be one of {sorted(AREAS)}")
        upstream = _text(record, "source")
        source = f"{self.source}, record {record['id']}"
        if upstream:
            source += f"; upstream source: {upstream}"
        row = _row(
            id=sid,
            name=name,
            alternate_name=_text(record, "alternate_name"),
            description=_text(record, "description"),
            organization_id=self._organization_of(record, where),
            status=status,
            area=area,
            source=source,
            assured_date=_date(record, "assured_date") or self.today,
            assured_by=(
                _text(record, "assured_by") or _text(record, "assurer_email") or self.assured_by
            ),
            url=_text(record, "url"),
            email=_text(record, "email"),
            interpretation_services=_text(record, "interpretation_services"),
            eligibility_description=_text(record, "eligibility_description"),
            application_process=_text(record, "application_process"),
            fees_description=_text(record, "fees_description") or _text(record, "fees"),
            uncertain=_text(record, "uncertain"),
            rank=_text(record, "rank"),
        )
        self._put("service", row)
        org_id = row["organization_id"]
        self._each(record, "phones", where, lambda o, w: self._phone(o, w, service_id=sid))
        self._each(record, "schedules", where, lambda o, w: self._schedule(o, w, sid))
        self._each(
            record,
            "service_at_locations",
            where,
            lambda o, w: self._service_at_location(o, w, sid, org_id),
        )
        self._each(record, "languages", where, lambda o, w: self._language(o, w, sid))
        self._each(record, "attributes", where, lambda o, w: self._attribute(o, w, "service", sid))
        self._each(record, "metadata", where, lambda o, w: self._metadata(o, w, "service", sid))

    def _organization_of(self, record: Row, where: str) -> str:
        ref = _opt_ident(record, "organization_id")
        nested = record.get("organization")
        if nested is None:
            if ref is None:
                raise _Bad("missing organization_id and organization")
            return ref
        if not isinstance(nested, dict):
            raise _Bad("organization must be an object")
        try:
            org_id = self._organization(nested, f"{where}/organization")
        except _Bad as exc:
            if ref is None:
                raise _Bad(f"organization: {exc}") from None
            self._notes.append((f"{where}/organization", str(exc)))
            return ref
        if ref is not None and ref != org_id:
            raise _Bad(f"organization_id {ref!r} differs from organization.id {org_id!r}")
        return org_id

    def _organization(self, obj: Row, where: str) -> str:
        oid = _ident(obj)
        row = _row(
            id=oid,
            name=_need(obj, "name"),
            alternate_name=_text(obj, "alternate_name"),
            description=_text(obj, "description"),
            website=_text(obj, "website"),
            email=_text(obj, "email"),
            legal_status=_text(obj, "legal_status"),
            uncertain=_text(obj, "uncertain"),
        )
        self._put("organization", row)
        self._each(obj, "phones", where, lambda o, w: self._phone(o, w, organization_id=oid))
        self._each(obj, "locations", where, lambda o, w: self._location(o, w, oid))
        self._each(
            obj, "attributes", where, lambda o, w: self._attribute(o, w, "organization", oid)
        )
        self._each(obj, "metadata", where, lambda o, w: self._metadata(o, w, "organization", oid))
        return oid

    def _service_at_location(self, obj: Row, where: str, sid: str, org_id: str) -> None:
        salid = _ident(obj)
        nested = obj.get("location")
        if nested is None:
            lid = _opt_ident(obj, "location_id")
            if lid is None:
                raise _Bad("missing location_id and location")
        elif not isinstance(nested, dict):
            raise _Bad("location must be an object")
        else:
            try:
                lid = self._location(nested, f"{where}/location", org_id)
            except _Bad as exc:
                raise _Bad(f"location: {exc}") from None
        self._put(
            "service_at_location",
            _row(id=salid, service_id=sid, location_id=lid, description=_text(obj, "description")),
        )
        self._each(obj, "schedules", where, lambda o, w: self._schedule(o, w, sid, salid))
        self._each(
            obj, "phones", where, lambda o, w: self._phone(o, w, service_id=sid, location_id=lid)
        )

    def _location(self, obj: Row, where: str, org_id: str) -> str:
        lid = _ident(obj)
        location_type = _need(obj, "location_type")
        if location_type not in LOCATION_TYPES:
            raise _Bad(f"location_type {location_type!r} must be one of {list(LOCATION_TYPES)}")
        lat, lon = _coordinate(obj, "latitude"), _coordinate(obj, "longitude")
        if (lat is None) != (lon is None):
            raise _Bad("give both latitude and longitude, or neither")
        if (
            lat is not None
            and lon is not None
            and not (49 <= float(lat) <= 61 and -9 <= float(lon) <= 2)
        ):
            raise _Bad(f"coordinates {lat}, {lon} are outside the UK")
        addresses: list[Row] = []
        for i, item in enumerate(_items(obj, "addresses")):
            here = f"{where}/addresses[{i}]"
            try:
                addresses.append(self._address(item, lid))
            except _Bad as exc:
                self._notes.append((here, str(exc)))
        name = _text(obj, "name") or (addresses[0]["address_1"] if addresses else None)
        if name is None:
            raise _Bad("missing name (and no address to name it by)")
        row = _row(
            id=lid,
            name=name,
            location_type=location_type,
            organization_id=_opt_ident(obj, "organization_id") or org_id,
            description=_text(obj, "description"),
            latitude=lat,
            longitude=lon,
            uncertain=_text(obj, "uncertain"),
        )
        self._put("location", row)
        for address in addresses:
            self._put("address", address)
        self._each(obj, "phones", where, lambda o, w: self._phone(o, w, location_id=lid))
        self._each(obj, "attributes", where, lambda o, w: self._attribute(o, w, "location", lid))
        self._each(obj, "metadata", where, lambda o, w: self._metadata(o, w, "location", lid))
        return lid

    def _address(self, obj: Any, lid: str) -> Row:
        if not isinstance(obj, dict):
            raise _Bad("addresses entries must be objects")
        address_type = _text(obj, "address_type")
        if address_type is not None and address_type not in LOCATION_TYPES:
            raise _Bad(f"address_type {address_type!r} must be one of {list(LOCATION_TYPES)}")
        country = _text(obj, "country")
        row = _row(
            id=_ident(obj),
            location_id=lid,
            address_1=_text(obj, "address_1"),
            address_2=_text(obj, "address_2"),
            city=_text(obj, "city"),
            region=_text(obj, "region"),
            state_province=_text(obj, "state_province"),
            postal_code=_text(obj, "postal_code"),
            country=country.upper() if country else None,
            address_type=address_type,
        )
        return self._check("address", row)

    def _phone(
        self,
        obj: Row,
        where: str,
        *,
        service_id: str | None = None,
        organization_id: str | None = None,
        location_id: str | None = None,
    ) -> None:
        pid = _ident(obj)
        number = _uk_number(_need(obj, "number"))
        kind = (_text(obj, "type") or "voice").lower()
        kind = PHONE_TYPE_ALIASES.get(kind, kind)
        if kind not in PHONE_TYPES:
            raise _Bad(f"phone type {kind!r} must be one of {sorted(PHONE_TYPES)}")
        extension = obj.get("extension")
        if isinstance(extension, bool) or not isinstance(extension, int | float | str | None):
            raise _Bad("extension must be a number")
        if isinstance(extension, float):
            if not extension.is_integer():
                raise _Bad("extension must be a whole number")
            extension = int(extension)
        codes: list[str] = []
        for i, language in enumerate(_items(obj, "languages")):
            raw = language.get("code") if isinstance(language, dict) else language
            try:
                code = _language_code(raw)
            except _Bad as exc:
                self._notes.append((f"{where}/languages[{i}]", str(exc)))
                continue
            if code not in codes:
                codes.append(code)
        row = _row(
            id=pid,
            service_id=service_id or _opt_ident(obj, "service_id"),
            organization_id=organization_id or _opt_ident(obj, "organization_id"),
            location_id=location_id or _opt_ident(obj, "location_id"),
            number=number,
            type=kind,
            description=_text(obj, "description"),
            extension=str(extension).strip() if extension is not None else None,
            languages=codes,
        )
        self._put("phone", row)

    def _schedule(self, obj: Row, where: str, sid: str, salid: str | None = None) -> None:
        scid = _ident(obj)
        freq = (_text(obj, "freq") or "").upper() or None
        if freq is not None and freq not in FREQS:
            raise _Bad(f"freq {freq!r} must be one of {list(FREQS)}")
        byday = _text(obj, "byday")
        opens, closes = _time(obj, "opens_at"), _time(obj, "closes_at")
        description = _text(obj, "description")
        problem = None
        days: list[str] = []
        if byday is not None:
            days = [d.strip().upper() for d in byday.split(",") if d.strip()]
            if not all(re.fullmatch(r"[+-]?\d*(MO|TU|WE|TH|FR|SA|SU)", d) for d in days):
                raise _Bad(f"byday {byday!r} must be like MO,TU,WE")
            if not all(d in DAYS for d in days):
                problem = f"byday {byday!r} (an ordinal weekday)"
        interval = obj.get("interval")
        if interval not in (None, "", 1, "1"):
            problem = f"interval {interval!r}"
        for key in _UNREPRESENTABLE:
            if obj.get(key) not in (None, ""):
                problem = f"{key} {obj[key]!r}"
        night: tuple[list[str], str] | None = None  # the part after midnight: days, closes_at
        if opens and closes and opens == closes:
            problem = f"opening {opens} to {closes}"
        elif opens and closes and opens > closes and problem is None:
            if days and closes != "00:00":
                after = {DAYS[(DAYS.index(d) + 1) % 7] for d in days}
                night = [d for d in DAYS if d in after], closes
            elif closes != "00:00":
                problem = f"opening {opens} to {closes} (past midnight, no byday)"
            closes = "23:59"
        if problem is not None:
            if description is None:
                raise _Bad(f"{problem} cannot be shown and there is no description")
            self._notes.append((where, f"{problem} cannot be shown; kept the description only"))
            days, opens, closes = [], None, None
        if not (days and opens and closes) and description is None:
            raise _Bad("a schedule without byday, opens_at and closes_at needs a description")
        row = _row(
            id=scid,
            service_id=sid,
            service_at_location_id=salid,
            freq=freq,
            byday=",".join(days),
            opens_at=opens,
            closes_at=closes,
            valid_from=_date(obj, "valid_from") or _date(obj, "dtstart"),
            valid_to=_date(obj, "valid_to") or _date(obj, "until"),
            description=description,
        )
        self._put("schedule", row)
        if night is not None:
            night_days, night_closes = night
            self._put(
                "schedule",
                row
                | {
                    "id": f"{scid[:50].rstrip('-')}-past-midnight",
                    "byday": ",".join(night_days),
                    "opens_at": "00:00",
                    "closes_at": night_closes,
                },
            )

    def _language(self, obj: Row, where: str, sid: str) -> None:
        code = _language_code(_need(obj, "code"))
        row = _row(
            id=_ident(obj),
            service_id=sid,
            phone_id=_opt_ident(obj, "phone_id"),
            name=_text(obj, "name") or code,
            code=code,
            note=_text(obj, "note"),
        )
        self._put("language", row)

    def _attribute(self, obj: Row, where: str, link_type: str, link_id: str) -> None:
        aid = _ident(obj)
        term = obj.get("taxonomy_term")
        if term is not None and not isinstance(term, dict):
            raise _Bad("taxonomy_term must be an object")
        term_id = _opt_ident(obj, "taxonomy_term_id")
        nested_id = _opt_ident(term, "id") if term else None
        if term_id and nested_id and term_id != nested_id:
            raise _Bad(f"taxonomy_term_id {term_id!r} differs from taxonomy_term.id {nested_id!r}")
        term_id = term_id or nested_id
        if term_id is None:
            raise _Bad("missing taxonomy_term_id and taxonomy_term")
        value = _text(obj, "value")
        if term_id == "eligibility" and value not in ELIGIBILITY:
            raise _Bad(f"eligibility value {value!r} must be one of {sorted(ELIGIBILITY)}")
        row = _row(
            id=aid,
            link_type=link_type,
            link_id=link_id,
            taxonomy_term_id=term_id,
            value=value,
            label=_text(obj, "label"),
        )
        self._put("attribute", row)
        if term:
            try:
                self._term(term)
            except _Bad as exc:
                self._notes.append((f"{where}/taxonomy_term", str(exc)))

    def _term(self, obj: Row) -> None:
        detail = obj.get("taxonomy_detail", obj.get("taxonomy_details"))
        taxonomy_id = _opt_ident(obj, "taxonomy_id")
        taxonomy: Row | None = None
        if isinstance(detail, dict):
            taxonomy = _row(
                id=_ident(detail),
                name=_need(detail, "name"),
                description=_text(detail, "description"),
                uri=_text(detail, "uri"),
                version=_text(detail, "version"),
            )
            if taxonomy_id and taxonomy_id != taxonomy["id"]:
                raise _Bad(f"taxonomy_id {taxonomy_id!r} differs from taxonomy_detail.id")
            taxonomy_id = taxonomy["id"]
        elif detail is not None:
            raise _Bad("taxonomy_detail must be an object")
        elif taxonomy_id is None and _text(obj, "taxonomy"):
            taxonomy = {"id": _ident(obj, "taxonomy"), "name": _text(obj, "taxonomy")}
            taxonomy_id = taxonomy["id"]
        if taxonomy_id is None:
            raise _Bad("missing taxonomy_id, taxonomy_detail and taxonomy")
        row = _row(
            id=_ident(obj),
            name=_need(obj, "name"),
            taxonomy_id=taxonomy_id,
            code=_text(obj, "code"),
            description=_text(obj, "description"),
            parent_id=_opt_ident(obj, "parent_id"),
        )
        self._put("taxonomy_term", row)
        if taxonomy is not None:
            self._put("taxonomy", taxonomy)

    def _metadata(self, obj: Row, where: str, resource_type: str, resource_id: str) -> None:
        given_id, given_type = _opt_ident(obj, "resource_id"), _text(obj, "resource_type")
        if given_id and given_type:  # about another entity; otherwise about the parent
            resource_id, resource_type = given_id, given_type
        row = _row(
            id=_ident(obj),
            resource_id=resource_id,
            resource_type=resource_type,
            last_action_date=_date(obj, "last_action_date"),
            last_action_type=_text(obj, "last_action_type"),
            field_name=_text(obj, "field_name"),
            previous_value=_text(obj, "previous_value"),
            replacement_value=_text(obj, "replacement_value"),
            updated_by=_text(obj, "updated_by"),
        )
        self._put("metadata", row)


def import_services(
    payload: dict[str, Any] | list[Any],
    *,
    default_area: str = "national",
    source: str,
    assured_by: str,
    today: str,
) -> ImportResult:
    """Read an HSDS 3.0 `/services` page, a list of full service records, or one record."""
    if isinstance(payload, list):
        records = payload
    elif isinstance(payload, dict) and "contents" in payload:
        records = payload["contents"]
        if not isinstance(records, list):
            raise ValueError("a /services page's contents must be a list")
    elif isinstance(payload, dict) and "id" in payload:
        records = [payload]
    else:
        raise ValueError("expected a /services page, a list of services or one service")
    importer = _Importer(
        default_area=default_area, source=source, assured_by=assured_by, today=today
    )
    for index, record in enumerate(records):
        importer.record(index, record)
    return importer.result()


def merge(
    existing: dict[str, list[dict]], incoming: dict[str, list[dict]]
) -> dict[str, list[dict]]:
    """Rows of both, by id per table; an incoming row replaces the existing one with its id."""
    merged: Tables = {}
    for table in dict.fromkeys([*TABLES, *existing, *incoming]):
        rows: dict[Any, Row] = {}
        for row in [*existing.get(table, []), *incoming.get(table, [])]:
            rows[row.get("id")] = dict(row)
        merged[table] = list(rows.values())
    return merged


# Export.


def _clean(row: Row) -> Row:
    """A row without file/line keys and empty values."""
    return {k: v for k, v in row.items() if not k.startswith("__") and v not in (None, "", [])}


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


class _Exporter:
    """Nests our rows as HSDS 3.0 full service records."""

    def __init__(self, tables: dict[str, list[dict]]) -> None:
        self.t = {name: [_clean(r) for r in tables.get(name, [])] for name in TABLES}
        self.by_id = {name: {r.get("id"): r for r in rows} for name, rows in self.t.items()}
        self.sal_pairs = {
            (r.get("service_id"), r.get("location_id")) for r in self.t["service_at_location"]
        }
        self.sal_ids = {r.get("id") for r in self.t["service_at_location"]}
        self.sal_locations = {r.get("location_id") for r in self.t["service_at_location"]}

    def services(self) -> list[Row]:
        """Every service as a full record."""
        return [self.service(s) for s in self.t["service"]]

    def service(self, s: Row) -> Row:
        """One service record."""
        sid = s["id"]
        assured_by = s.get("assured_by")
        phones = [
            p
            for p in self.t["phone"]
            if p.get("service_id") == sid and (sid, p.get("location_id")) not in self.sal_pairs
        ]
        schedules = [
            r
            for r in self.t["schedule"]
            if r.get("service_id") == sid and r.get("service_at_location_id") not in self.sal_ids
        ]
        org = self.by_id["organization"].get(s.get("organization_id"))
        record = _row(
            id=sid,
            organization_id=s.get("organization_id"),
            name=s.get("name"),
            alternate_name=s.get("alternate_name"),
            description=s.get("description"),
            url=s.get("url"),
            email=s.get("email"),
            status=s.get("status"),
            interpretation_services=s.get("interpretation_services"),
            application_process=s.get("application_process"),
            fees_description=s.get("fees_description"),
            eligibility_description=s.get("eligibility_description"),
            assured_date=s.get("assured_date"),
            assurer_email=assured_by if assured_by and EMAIL_RE.match(assured_by) else None,
        )
        record |= {
            "phones": [self.phone(p) for p in phones],
            "schedules": [self.schedule(r) for r in schedules],
            "service_areas": [
                {"id": f"{sid}-area", "service_id": sid, "name": AREA_NAMES[s["area"]]}
            ]
            if s.get("area") in AREA_NAMES
            else [],
            "service_at_locations": [
                self.service_at_location(r)
                for r in self.t["service_at_location"]
                if r.get("service_id") == sid
            ],
            "languages": [
                self.language(r) for r in self.t["language"] if r.get("service_id") == sid
            ],
        }
        if org is not None:
            record["organization"] = self.organization(org)
        record |= {
            "attributes": self.attributes("service", sid),
            "metadata": self.metadata("service", sid),
        }
        record |= _row(
            area=s.get("area"),
            source=s.get("source"),
            assured_by=assured_by,
            uncertain=s.get("uncertain"),
            rank=s.get("rank"),
        )
        return record

    def organization(self, o: Row) -> Row:
        """An organisation, with its own phones and the locations no service points to."""
        oid = o["id"]
        out = _row(id=oid, name=o.get("name"), alternate_name=o.get("alternate_name"))
        out["description"] = o.get("description", "")
        return (
            out
            | _row(
                email=o.get("email"), website=o.get("website"), legal_status=o.get("legal_status")
            )
            | {
                "phones": [
                    self.phone(p)
                    for p in self.t["phone"]
                    if p.get("organization_id") == oid
                    and not p.get("service_id")
                    and not p.get("location_id")
                ],
                "locations": [
                    self.location(r)
                    for r in self.t["location"]
                    if r.get("organization_id") == oid and r["id"] not in self.sal_locations
                ],
                "attributes": self.attributes("organization", oid),
                "metadata": self.metadata("organization", oid),
            }
            | _row(uncertain=o.get("uncertain"))
        )

    def service_at_location(self, r: Row) -> Row:
        """A service at a location, with the location nested."""
        sid, lid = r.get("service_id"), r.get("location_id")
        out = _row(id=r["id"], service_id=sid, location_id=lid, description=r.get("description"))
        out["schedules"] = [
            self.schedule(s)
            for s in self.t["schedule"]
            if s.get("service_at_location_id") == r["id"]
        ]
        out["phones"] = [
            self.phone(p)
            for p in self.t["phone"]
            if p.get("service_id") == sid and p.get("location_id") == lid and lid
        ]
        location = self.by_id["location"].get(lid)
        if location is not None:
            out["location"] = self.location(location)
        return out

    def location(self, r: Row) -> Row:
        """A location with its addresses."""
        lid = r["id"]
        out = _row(
            id=lid,
            location_type=r.get("location_type"),
            organization_id=r.get("organization_id"),
            name=r.get("name"),
            description=r.get("description"),
            latitude=_number(r.get("latitude")),
            longitude=_number(r.get("longitude")),
        )
        out["addresses"] = [
            self.address(a, r.get("location_type"))
            for a in self.t["address"]
            if a.get("location_id") == lid
        ]
        out["phones"] = [
            self.phone(p)
            for p in self.t["phone"]
            if p.get("location_id") == lid and not p.get("service_id")
        ]
        out["attributes"] = self.attributes("location", lid)
        out["metadata"] = self.metadata("location", lid)
        return out | _row(uncertain=r.get("uncertain"))

    def address(self, a: Row, location_type: str | None) -> Row:
        """An address; HSDS requires state_province, postal_code and address_type."""
        fallback = location_type if location_type in ("physical", "postal") else "physical"
        return _row(
            id=a["id"],
            location_id=a.get("location_id"),
            address_1=a.get("address_1"),
            address_2=a.get("address_2"),
            city=a.get("city"),
            region=a.get("region"),
        ) | {
            "state_province": a.get("state_province", ""),
            "postal_code": a.get("postal_code", ""),
            "country": a.get("country", ""),
            "address_type": a.get("address_type", fallback),
        }

    def phone(self, p: Row) -> Row:
        """A phone with its languages as HSDS language objects."""
        pid = p["id"]
        extension = p.get("extension")
        if isinstance(extension, str) and extension.isdigit():
            extension = int(extension)
        out = _row(
            id=pid,
            service_id=p.get("service_id"),
            organization_id=p.get("organization_id"),
            location_id=p.get("location_id"),
            number=p.get("number"),
            extension=extension,
            type=p.get("type"),
            description=p.get("description"),
        )
        names = {r.get("code"): r.get("name") for r in self.t["language"] if r.get("name")}
        out["languages"] = [
            _row(id=f"{pid}-lang-{code.lower()}", phone_id=pid, name=names.get(code), code=code)
            for code in p.get("languages") or []
        ] + [
            self.language(r)
            for r in self.t["language"]
            if r.get("phone_id") == pid and not r.get("service_id")
        ]
        return out

    def schedule(self, r: Row) -> Row:
        """A schedule."""
        return _row(
            id=r["id"],
            service_id=r.get("service_id"),
            service_at_location_id=r.get("service_at_location_id"),
            valid_from=r.get("valid_from"),
            valid_to=r.get("valid_to"),
            freq=r.get("freq"),
            byday=r.get("byday"),
            opens_at=r.get("opens_at"),
            closes_at=r.get("closes_at"),
            description=r.get("description"),
        )

    def language(self, r: Row) -> Row:
        """A language."""
        return _row(
            id=r["id"],
            service_id=r.get("service_id"),
            phone_id=r.get("phone_id"),
            name=r.get("name"),
            code=r.get("code"),
            note=r.get("note"),
        )

    def attributes(self, link_type: str, link_id: str) -> list[Row]:
        """Attributes linked to one entity, each with its taxonomy term nested."""
        out = []
        for a in self.t["attribute"]:
            if a.get("link_type") != link_type or a.get("link_id") != link_id:
                continue
            item = _row(
                id=a["id"],
                link_id=link_id,
                link_entity=link_type,
                taxonomy_term_id=a.get("taxonomy_term_id"),
                value=a.get("value"),
            )
            term = self.by_id["taxonomy_term"].get(a.get("taxonomy_term_id"))
            if term is not None:
                item["taxonomy_term"] = self.term(term)
            out.append(item | _row(label=a.get("label")))
        return out

    def term(self, term: Row) -> Row:
        """A taxonomy term with its taxonomy nested."""
        out = _row(
            id=term["id"],
            code=term.get("code"),
            name=term.get("name"),
            parent_id=term.get("parent_id"),
            taxonomy_id=term.get("taxonomy_id"),
        ) | {"description": term.get("description", "")}
        taxonomy = self.by_id["taxonomy"].get(term.get("taxonomy_id"))
        if taxonomy is not None:
            out["taxonomy"] = taxonomy.get("name", "")
            out["taxonomy_detail"] = _row(
                id=taxonomy["id"],
                name=taxonomy.get("name"),
                uri=taxonomy.get("uri"),
                version=taxonomy.get("version"),
            ) | {"description": taxonomy.get("description", "")}
        return out

    def metadata(self, resource_type: str, resource_id: str) -> list[Row]:
        """Metadata about one entity; HSDS requires the change fields, so they default to ""."""
        return [
            {
                "id": m["id"],
                "resource_id": resource_id,
                "resource_type": resource_type,
                "last_action_date": m.get("last_action_date", ""),
                "last_action_type": m.get("last_action_type", ""),
                "field_name": m.get("field_name", ""),
                "previous_value": m.get("previous_value", ""),
                "replacement_value": m.get("replacement_value", ""),
                "updated_by": m.get("updated_by", ""),
            }
            for m in self.t["metadata"]
            if m.get("resource_type") == resource_type and m.get("resource_id") == resource_id
        ]


def export_services(tables: dict[str, list[dict]]) -> dict[str, Any]:
    """Our tables as one HSDS 3.0 `/services?full=true` page of fully nested service records."""
    contents = _Exporter(tables).services()
    size = len(contents)
    return {
        "total_items": size,
        "total_pages": 1,
        "page_number": 1,
        "size": size,
        "first_page": True,
        "last_page": True,
        "empty": size == 0,
        "contents": contents,
    }


# Organisation files.


def _owners(t: Tables) -> dict[str, dict[str, str]]:
    """For each table, which organisation each row belongs to (by row id)."""
    own: dict[str, dict[str, str]] = {name: {} for name in TABLES}
    for o in t["organization"]:
        own["organization"][o["id"]] = o["id"]
    for s in t["service"]:
        if s.get("organization_id") in own["organization"]:
            own["service"][s["id"]] = s["organization_id"]
    for r in t["service_at_location"]:
        if r.get("service_id") in own["service"]:
            own["service_at_location"][r["id"]] = own["service"][r["service_id"]]
    for loc in t["location"]:
        org = own["organization"].get(loc.get("organization_id")) or next(
            (
                own["service"][r["service_id"]]
                for r in t["service_at_location"]
                if r.get("location_id") == loc["id"] and r.get("service_id") in own["service"]
            ),
            None,
        )
        if org:
            own["location"][loc["id"]] = org
    for a in t["address"]:
        if a.get("location_id") in own["location"]:
            own["address"][a["id"]] = own["location"][a["location_id"]]
    for r in t["schedule"]:
        if r.get("service_id") in own["service"]:
            own["schedule"][r["id"]] = own["service"][r["service_id"]]
    for p in t["phone"]:
        org = (
            own["service"].get(p.get("service_id"))
            or own["organization"].get(p.get("organization_id"))
            or own["location"].get(p.get("location_id"))
        )
        if org:
            own["phone"][p["id"]] = org
    for r in t["language"]:
        org = own["service"].get(r.get("service_id")) or own["phone"].get(r.get("phone_id"))
        if org:
            own["language"][r["id"]] = org
    for a in t["attribute"]:
        org = own.get(a.get("link_type", ""), {}).get(a.get("link_id"))
        if org:
            own["attribute"][a["id"]] = org
    for m in t["metadata"]:
        org = own.get(m.get("resource_type", ""), {}).get(m.get("resource_id"))
        if org:
            own["metadata"][m["id"]] = org
    return own


class _Dumper(yaml.SafeDumper):
    """Quotes every string that starts like a number or time (08:00, 0191 273 7482, -1.6)."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "'" if re.match(r"^[-+.\d]", value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def _yaml_value(value: Any) -> Any:
    if isinstance(value, list):
        return [str(v) for v in value]
    return value if isinstance(value, str) else str(value)


def write_organization_files(tables: dict[str, list[dict]], folder: Path) -> list[Path]:
    """Write `<organization id>.yaml` per organisation, laid out like directory/organizations.

    Rows that belong to no organisation, and the taxonomy, are not written.
    """
    t = {name: [_clean(r) for r in tables.get(name, [])] for name in TABLES}
    own = _owners(t)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for org in t["organization"]:
        oid = org["id"]
        data: dict[str, Any] = {}
        for section, table in SECTIONS.items():
            rows = [
                {k: _yaml_value(v) for k, v in row.items()}
                for row in t[table]
                if own[table].get(row.get("id")) == oid
            ]
            if table == "organization":
                data[section] = rows[0]
            elif rows:
                data[section] = rows
        path = folder / f"{oid}.yaml"
        header = (
            f"# {org.get('name', oid)}. Written by bot.oruk from Open Referral UK (HSDS 3.0)\n"
            "# data; see each service's source.\n"
        )
        body = yaml.dump(
            data,
            Dumper=_Dumper,
            sort_keys=False,
            allow_unicode=True,
            width=100,
            default_flow_style=False,
        )
        path.write_text(header + body, encoding="utf-8")
        paths.append(path)
    return paths
