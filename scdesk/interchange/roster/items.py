"""Records as the merge sees them: kinds of record, their fields, and their values as text.

An `Item` is one record (an organization, committee, partnership, person, membership or
contact detail) with its values in the exact text form the file uses ("true", "2024-05-01",
a UUID for a reference). Files and the database are both turned into items, so comparing,
merging and storing baselines never depends on where a value came from. A value of None
means "not sent": a tombstone, or a person who has not agreed to be listed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from itertools import islice

from sqlalchemy import Connection

from scdesk.domain.i18n import _
from scdesk.model import Base


class Kind(StrEnum):
    ORGANIZATION = "organization"
    PARTNERSHIP = "partnership"
    COMMITTEE = "committee"
    PERSON = "person"
    MEMBERSHIP = "membership"
    CONTACT_DETAIL = "contact_detail"


@dataclass(frozen=True)
class ItemField:
    name: str  # the database column
    type: str  # text | date | flag | choice | ref
    target: Kind | None = None  # what a ref points at


@dataclass(frozen=True)
class KindSpec:
    kind: Kind
    table: str
    fields: tuple[ItemField, ...]
    label: str  # in messages: "person", "committee"

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @cached_property
    def positions(self) -> dict[str, int]:
        return {name: i for i, name in enumerate(self.names)}

    def position(self, name: str) -> int:
        return self.positions[name]


def _fields(spec: str) -> tuple[ItemField, ...]:
    """Fields from "name:type" words; refs as "name:ref:kind"."""
    out = []
    for word in spec.split():
        name, kind, *target = word.split(":")
        out.append(ItemField(name, kind, Kind(target[0]) if target else None))
    return tuple(out)


SPECS: dict[Kind, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec(
            Kind.ORGANIZATION,
            "organization",
            _fields(
                "name:text city:text region:text country:text website:text social_page:text "
                "standing:choice primary_contact_id:ref:person administrator_id:ref:person "
                "directory_id:text"
            ),
            "organization",
        ),
        KindSpec(
            Kind.PARTNERSHIP,
            "partnership",
            _fields(
                "partner_city:text partner_region:text partner_country:text kind:choice "
                "status:choice origin:choice first_contact_on:date signed_on:date "
                "our_signatory:text partner_signatory:text"
            ),
            "partnership",
        ),
        KindSpec(
            Kind.COMMITTEE,
            "committee",
            _fields("name:text kind:choice partnership_id:ref:partnership description:text"),
            "committee",
        ),
        KindSpec(
            Kind.PERSON,
            "person",
            _fields(
                "given_name:text family_name:text email:text phone:text street:text city:text "
                "region:text postal_code:text country:text languages:text category:choice "
                "status:choice member_since:date consent_directory:flag consent_photos:flag "
                "consent_email:flag directory_admin:flag directory_id:text"
            ),
            "person",
        ),
        KindSpec(
            Kind.MEMBERSHIP,
            "membership",
            _fields(
                "person_id:ref:person committee_id:ref:committee post:choice "
                "started_on:date ended_on:date"
            ),
            "membership",
        ),
        KindSpec(
            Kind.CONTACT_DETAIL,
            "contact_detail",
            _fields("person_id:ref:person kind:choice label:text value:text"),
            "contact detail",
        ),
    )
}

# The order records are written in, so every reference points at something already there.
WRITE_ORDER = (
    Kind.PARTNERSHIP,
    Kind.COMMITTEE,
    Kind.PERSON,
    Kind.MEMBERSHIP,
    Kind.CONTACT_DETAIL,
    Kind.ORGANIZATION,
)


@dataclass(frozen=True)
class Source:
    """Where an item was read from, for messages: table and line of the CSV file."""

    table: str
    line: int


@dataclass(slots=True)
class Item:
    kind: Kind
    uuid: str
    deleted: bool
    values: tuple[str | None, ...]
    updated_at: str = ""  # ISO 8601 UTC, "2024-05-01T14:30:00Z"
    source: Source | None = None

    def get(self, name: str) -> str | None:
        return self.values[SPECS[self.kind].position(name)]

    def label(self) -> str:
        """A short human name for lists and messages."""
        values = dict(zip(SPECS[self.kind].names, self.values, strict=True))
        if self.kind == Kind.PERSON:
            name = " ".join(v for v in (values["given_name"], values["family_name"]) if v)
            return name or _("(not listed)")
        if self.kind == Kind.PARTNERSHIP:
            return ", ".join(v for v in (values["partner_city"], values["partner_country"]) if v)
        if self.kind in (Kind.ORGANIZATION, Kind.COMMITTEE):
            return values["name"] or ""
        if self.kind == Kind.CONTACT_DETAIL:
            return values["value"] or ""
        return values["post"] or ""


def _blank_defaults(spec: KindSpec) -> tuple[str | None, ...]:
    """What an empty choice or flag means: the model's default (a person's category
    "member", a flag false). Text and dates stay empty."""
    columns = Base.metadata.tables[spec.table].columns
    out: list[str | None] = []
    for field in spec.fields:
        default = columns[field.name].default
        value = default.arg if default is not None and default.is_scalar else None  # type: ignore[attr-defined]
        if field.type == "flag":
            out.append("true" if value else "false")
        elif field.type == "choice" and value is not None:
            out.append(getattr(value, "value", value))
        else:
            out.append(None)
    return tuple(out)


BLANK_DEFAULTS = {kind: _blank_defaults(spec) for kind, spec in SPECS.items()}


def filled(kind: Kind, values: tuple[str | None, ...]) -> tuple[str | None, ...]:
    """`values` with empty choices and flags given their defaults."""
    return tuple(
        default if value == "" and default is not None else value
        for value, default in zip(values, BLANK_DEFAULTS[kind], strict=True)
    )


# ---- reading items from the database ----------------------------------------------------

_ORG_UUID = "(SELECT uuid FROM organization WHERE deleted_at IS NULL ORDER BY id LIMIT 1)"


def _select(spec: KindSpec) -> str:
    """SELECT uuid, deleted, updated_at, change_seq, id, then every field as the item's text
    ("" for a missing value, "true" or "false" for a flag): SQLite makes the text, which
    spared a Python call per value (2 million in a full export of the large demo)."""
    columns, joins = [], []
    for number, field in enumerate(spec.fields):
        if field.type == "ref":
            alias = f"j{number}"
            target = SPECS[field.target].table  # type: ignore[index]
            joins.append(f"LEFT JOIN {target} {alias} ON {alias}.id = r.{field.name}")
            expr = f"{alias}.uuid"
            if spec.kind == Kind.MEMBERSHIP and field.name == "committee_id":
                expr = f"coalesce({alias}.uuid, {_ORG_UUID})"
            columns.append(f"coalesce({expr}, '')")
        elif field.type == "flag":
            columns.append(f"CASE WHEN r.{field.name} THEN 'true' ELSE 'false' END")
        else:
            columns.append(f"coalesce(r.{field.name}, '')")
    return (
        "SELECT r.uuid, r.deleted_at IS NOT NULL, r.updated_at, r.change_seq, r.id, "
        f"{', '.join(columns)} FROM {spec.table} r {' '.join(joins)}"
    )


def stored_time(value: str | None) -> str:
    """The database's "2024-05-01 14:30:00.123456" as the file's "2024-05-01T14:30:00Z"."""
    if not value:
        return ""
    return f"{value[:10]}T{value[11:19]}Z"


@dataclass(slots=True)
class StoredItem:
    """An item read from the database, with its row id and change number."""

    item: Item
    id: int
    change_seq: int


def _stored(spec: KindSpec, rows: Iterable[tuple]) -> Iterator[StoredItem]:
    kind = spec.kind
    for uuid, deleted, updated_at, change_seq, row_id, *values in rows:
        item = Item(kind, uuid, bool(deleted), tuple(values), stored_time(updated_at))
        yield StoredItem(item, row_id, change_seq)


def read_all(
    connection: Connection, kind: Kind, where: str = "", **params: object
) -> list[StoredItem]:
    """Every record of `kind` (matching `where`, SQL on alias r) as items."""
    spec = SPECS[kind]
    sql = _select(spec) + (f" WHERE {where}" if where else "") + " ORDER BY r.id"
    return list(_stored(spec, connection.exec_driver_sql(sql, params or ()).fetchall()))


CHUNK = 500


def read_by_uuid(connection: Connection, kind: Kind, uuids: Iterable[str]) -> list[StoredItem]:
    """The records of `kind` with these UUIDs (those that exist)."""
    spec = SPECS[kind]
    found: list[StoredItem] = []
    source = iter(uuids)
    while chunk := list(islice(source, CHUNK)):
        marks = ", ".join("?" * len(chunk))
        sql = f"{_select(spec)} WHERE r.uuid IN ({marks})"
        found.extend(_stored(spec, connection.exec_driver_sql(sql, tuple(chunk)).fetchall()))
    return found


def references(item: Item) -> Iterator[tuple[Kind, str]]:
    """The (kind, uuid) of every record `item` points at."""
    for field, value in zip(SPECS[item.kind].fields, item.values, strict=True):
        if field.type == "ref" and value:
            yield field.target, value  # type: ignore[misc]
