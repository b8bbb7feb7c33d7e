"""Items to the file's Popolo-shaped tables and back.

The tables are what the directory reads; items are what the merge compares. Most rows map
one to one; three are derived: a partner city row from each partnership, a post row for
each committee (or the organization) and role that memberships hold, and an identifier row
for each central directory id. Consent is applied here: a person who has not agreed to be
listed travels as id, updated_at, deleted and consent_directory only, without contact
details or identifiers; a tombstone carries nothing but its identity.
"""

from __future__ import annotations

import uuid as uuidlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from scdesk.domain.i18n import _
from scdesk.interchange.roster import format as fmt
from scdesk.interchange.roster.cells import FALSE, TRUE, CellError, read_cell, write_text
from scdesk.interchange.roster.errors import Problem
from scdesk.interchange.roster.items import SPECS, Item, Kind, Source, filled
from scdesk.model import Post

# Derived rows get UUIDs computed from their owner's, so every file names them alike.
DERIVED_NAMESPACE = uuidlib.UUID("6f1d8a52-3c4e-5b7a-9e21-0d4c7b8a9f30")

POST_LABELS = {
    Post.CHAIR: "Chair",
    Post.VICE_CHAIR: "Vice chair",
    Post.SECRETARY: "Secretary",
    Post.TREASURER: "Treasurer",
    Post.MEMBER: "Member",
}
_CONTACT_KINDS = {popolo: ours for ours, popolo in fmt.CONTACT_TYPES.items()}


def derived_uuid(owner: str, what: str) -> str:
    return str(uuidlib.uuid5(DERIVED_NAMESPACE, f"{owner}/{what}"))


def partner_city_uuid(partnership: str) -> str:
    return derived_uuid(partnership, "partner-city")


def post_uuid(organization: str, role: str) -> str:
    return derived_uuid(organization, f"post/{role}")


def identifier_uuid(owner: str) -> str:
    return derived_uuid(owner, f"identifier/{fmt.DIRECTORY_SCHEME}")


Rows = dict[str, list[list[str]]]


def _deleted(item: Item) -> str:
    return TRUE if item.deleted else FALSE


class _TableWriter:
    """Rows of one table, from {field: value} dicts, cells made safe for spreadsheets."""

    def __init__(self, table: fmt.Table) -> None:
        self.table = table
        self.rows: list[list[str]] = []
        # Worked out once, not for each of a full export's 2 million cells: the columns'
        # names, and where the text a spreadsheet could take for a formula may be.
        self._names = table.field_names
        self._text = [(i, f) for i, f in enumerate(table.fields) if f.is_text]

    def add(self, values: Mapping[str, str | None]) -> None:
        row = [value or "" for value in map(values.get, self._names)]
        for position, text in self._text:
            if row[position].startswith(fmt.FORMULA_STARTS):
                row[position] = write_text(row[position], text)
        self.rows.append(row)

    def tombstone(self, item: Item, **keep: str) -> None:
        self.add({"id": item.uuid, "updated_at": item.updated_at, "deleted": TRUE, **keep})


def encode(items: dict[Kind, list[Item]]) -> Rows:
    """The file's tables for `items` (which must hold the organization and, for every item,
    everything it refers to)."""
    [org] = items[Kind.ORGANIZATION]
    writers = {t.name: _TableWriter(t) for t in fmt.TABLES}
    owners = {org.uuid: org, **{c.uuid: c for c in items.get(Kind.COMMITTEE, [])}}
    listed = _encode_persons(items.get(Kind.PERSON, []), writers)
    _encode_organization(org, writers)
    _encode_partnerships(org.uuid, items.get(Kind.PARTNERSHIP, []), writers)
    _encode_committees(org.uuid, items.get(Kind.COMMITTEE, []), writers)
    _encode_memberships(items.get(Kind.MEMBERSHIP, []), owners, writers)
    _encode_contact_details(items.get(Kind.CONTACT_DETAIL, []), listed, writers)
    return {name: writer.rows for name, writer in writers.items()}


def _values(item: Item) -> dict[str, str | None]:
    """The item's fields by name (a missing value is None or "": the writer writes both as
    an empty cell)."""
    return dict(zip(SPECS[item.kind].names, item.values, strict=True))


def _identifier(writers: dict[str, _TableWriter], owner: Item, column: str, value: str) -> None:
    if value:
        writers["identifiers"].add(
            {
                "id": identifier_uuid(owner.uuid),
                column: owner.uuid,
                "scheme": fmt.DIRECTORY_SCHEME,
                "identifier": value,
                "updated_at": owner.updated_at,
                "deleted": FALSE,
            }
        )


def _encode_organization(org: Item, writers: dict[str, _TableWriter]) -> None:
    values = _values(org)
    writers["organizations"].add(
        {
            **values,
            "id": org.uuid,
            "classification": fmt.ORGANIZATION_CLASS,
            "updated_at": org.updated_at,
            "deleted": _deleted(org),
        }
    )
    _identifier(writers, org, "organization_id", values["directory_id"])


def _encode_persons(people: list[Item], writers: dict[str, _TableWriter]) -> set[str]:
    """Write persons; return the ids of those listed (live and agreed to be listed)."""
    listed: set[str] = set()
    table = writers["persons"]
    for person in people:
        if person.deleted:
            table.tombstone(person)
            continue
        values = _values(person)
        if values["consent_directory"] != TRUE:
            table.add(
                {
                    "id": person.uuid,
                    "consent_directory": FALSE,
                    "updated_at": person.updated_at,
                    "deleted": FALSE,
                }
            )
            continue
        listed.add(person.uuid)
        table.add({**values, "id": person.uuid, "updated_at": person.updated_at, "deleted": FALSE})
        _identifier(writers, person, "person_id", values["directory_id"])
    return listed


def _encode_partnerships(
    org: str, partnerships: list[Item], writers: dict[str, _TableWriter]
) -> None:
    for partnership in partnerships:
        partner = partner_city_uuid(partnership.uuid)
        if partnership.deleted:
            writers["partnerships"].tombstone(partnership)
            continue
        values = _values(partnership)
        writers["organizations"].add(
            {
                "id": partner,
                "classification": fmt.PARTNER_CITY_CLASS,
                "name": values["partner_city"],
                "region": values["partner_region"],
                "country": values["partner_country"],
                "updated_at": partnership.updated_at,
                "deleted": FALSE,
            }
        )
        writers["partnerships"].add(
            {
                **values,
                "id": partnership.uuid,
                "organization_id": org,
                "partner_id": partner,
                "updated_at": partnership.updated_at,
                "deleted": FALSE,
            }
        )


def _encode_committees(org: str, committees: list[Item], writers: dict[str, _TableWriter]) -> None:
    for committee in committees:
        if committee.deleted:
            writers["organizations"].tombstone(committee, classification=fmt.COMMITTEE_CLASS)
            continue
        values = _values(committee)
        writers["organizations"].add(
            {
                "id": committee.uuid,
                "classification": fmt.COMMITTEE_CLASS,
                "name": values["name"],
                "parent_id": org,
                "committee_kind": values["kind"],
                "partnership_id": values["partnership_id"],
                "description": values["description"],
                "updated_at": committee.updated_at,
                "deleted": FALSE,
            }
        )


def _encode_memberships(
    memberships: list[Item], owners: dict[str, Item], writers: dict[str, _TableWriter]
) -> None:
    posts: dict[str, dict[str, str]] = {}
    for membership in memberships:
        if membership.deleted:
            writers["memberships"].tombstone(membership)
            continue
        values = _values(membership)
        owner = owners[values["committee_id"]]
        post = post_uuid(owner.uuid, values["post"])
        if post not in posts:
            name = _values(owner)["name"]
            posts[post] = {
                "id": post,
                "organization_id": owner.uuid,
                "role": values["post"],
                "label": f"{POST_LABELS[Post(values['post'])]}, {name}",
                "updated_at": owner.updated_at,
                "deleted": _deleted(owner),
            }
        writers["memberships"].add(
            {
                "id": membership.uuid,
                "person_id": values["person_id"],
                "organization_id": owner.uuid,
                "post_id": post,
                "role": values["post"],
                "start_date": values["started_on"],
                "end_date": values["ended_on"],
                "updated_at": membership.updated_at,
                "deleted": FALSE,
            }
        )
    for post in posts.values():
        writers["posts"].add(post)


def _encode_contact_details(
    details: list[Item], listed: set[str], writers: dict[str, _TableWriter]
) -> None:
    for detail in details:
        if detail.deleted:
            writers["contact_details"].tombstone(detail)
            continue
        values = _values(detail)
        if values["person_id"] not in listed:
            continue  # nothing personal travels for a person not listed
        writers["contact_details"].add(
            {
                **values,
                "id": detail.uuid,
                "type": fmt.CONTACT_TYPES[values["kind"]],
                "updated_at": detail.updated_at,
                "deleted": FALSE,
            }
        )


# ---- reading ---------------------------------------------------------------------------


@dataclass
class Row:
    """One parsed row: canonical values by field name, and its line in the CSV file."""

    values: dict[str, str]
    line: int

    @property
    def id(self) -> str:
        return self.values["id"]

    @property
    def deleted(self) -> bool:
        return self.values["deleted"] == TRUE


@dataclass
class Decoded:
    items: dict[Kind, list[Item]] = field(default_factory=lambda: defaultdict(list))
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


ALWAYS_REQUIRED = ("id", "updated_at", "deleted")


def parse_rows(
    table: fmt.Table, header: list[str], records: Iterable[tuple[int, list[str]]], out: Decoded
) -> list[Row]:
    """Check every cell of one table against its schema; return the rows that passed."""
    known = [
        (position, table.field(name))
        for position, name in enumerate(header)
        if name in table.field_names
    ]
    rows: list[Row] = []
    for line, cells in records:
        if len(cells) != len(header):
            out.problems.append(
                Problem(
                    _("the row has {cells} cells where the header has {columns}.").format(
                        cells=len(cells), columns=len(header)
                    ),
                    table.name,
                    line,
                )
            )
            continue
        values: dict[str, str] = {}
        good = True
        for position, spec in known:
            try:
                values[spec.name] = read_cell(cells[position], spec)
            except CellError as error:
                out.problems.append(Problem(error.args[0], table.name, line, spec.name))
                good = False
        for name in ALWAYS_REQUIRED + (("classification",) if table is fmt.ORGANIZATIONS else ()):
            if good and not values.get(name):
                out.problems.append(Problem(_("a value is required."), table.name, line, name))
                good = False
        if good:
            rows.append(Row(values, line))
    return rows


def check_keys(tables: dict[str, list[Row]], out: Decoded) -> None:
    """Unique ids in each table; every reference points at a row of its table."""
    ids: dict[str, dict[str, int]] = {}
    for table in fmt.TABLES:
        seen: dict[str, int] = {}
        for row in tables[table.name]:
            first = seen.setdefault(row.id, row.line)
            if first != row.line:
                out.problems.append(
                    Problem(
                        _("the id {id} is also used on line {line}.").format(id=row.id, line=first),
                        table.name,
                        row.line,
                        "id",
                    )
                )
        ids[table.name] = seen
    for table in fmt.TABLES:
        refs = [f for f in table.fields if f.reference]
        for row in tables[table.name]:
            if row.deleted:
                continue
            for ref in refs:
                value = row.values.get(ref.name, "")
                if value and value not in ids[ref.reference]:
                    out.problems.append(
                        Problem(
                            _("points at {value}, which is not in the {table} table.").format(
                                value=value, table=ref.reference
                            ),
                            table.name,
                            row.line,
                            ref.name,
                        )
                    )


def decode(tables: dict[str, list[Row]], organization_id: str) -> Decoded:
    """Items from rows already checked cell by cell (see parse_rows and check_keys)."""
    out = Decoded()
    partner_cities = _decode_organizations(tables["organizations"], organization_id, out)
    directory_ids = _decode_identifiers(tables["identifiers"], out)
    _decode_partnerships(tables["partnerships"], partner_cities, organization_id, out)
    _decode_persons(tables["persons"], directory_ids, out)
    _decode_memberships(tables["memberships"], tables["posts"], out)
    _decode_contact_details(tables["contact_details"], out)
    return out


def _item(kind: Kind, row: Row, table: str, values: dict[str, str | None]) -> Item:
    if row.deleted:
        data: tuple[str | None, ...] = (None,) * len(SPECS[kind].fields)
    else:
        data = filled(kind, tuple(values.get(name) for name in SPECS[kind].names))
    return Item(kind, row.id, row.deleted, data, row.values["updated_at"], Source(table, row.line))


def _decode_organizations(rows: list[Row], organization_id: str, out: Decoded) -> dict[str, Row]:
    partner_cities: dict[str, Row] = {}
    found = 0
    for row in rows:
        v = row.values
        kind = v["classification"]
        if kind == fmt.ORGANIZATION_CLASS:
            found += 1
            if row.id != organization_id:
                out.problems.append(
                    Problem(
                        _("the organization's id {id} differs from the manifest's {other}.").format(
                            id=row.id, other=organization_id
                        ),
                        "organizations",
                        row.line,
                        "id",
                    )
                )
                continue
            if not row.deleted and not v.get("name"):
                out.problems.append(
                    Problem(_("the organization needs a name."), "organizations", row.line, "name")
                )
            out.items[Kind.ORGANIZATION].append(
                _item(Kind.ORGANIZATION, row, "organizations", {**v, "directory_id": ""})
            )
        elif kind == fmt.COMMITTEE_CLASS:
            if not row.deleted and v.get("parent_id") != organization_id:
                out.problems.append(
                    Problem(
                        _("a committee's parent must be the organization."),
                        "organizations",
                        row.line,
                        "parent_id",
                    )
                )
            out.items[Kind.COMMITTEE].append(
                _item(Kind.COMMITTEE, row, "organizations", {**v, "kind": v.get("committee_kind")})
            )
        else:
            partner_cities[row.id] = row
    if found != 1:
        out.problems.append(
            Problem(
                _(
                    "the table must hold exactly one row of classification “{kind}”; "
                    "it holds {found}."
                ).format(kind=fmt.ORGANIZATION_CLASS, found=found),
                "organizations",
            )
        )
    return partner_cities


def _decode_identifiers(rows: list[Row], out: Decoded) -> dict[str, str]:
    directory_ids: dict[str, str] = {}
    other_schemes: set[str] = set()
    for row in rows:
        v = row.values
        if row.deleted:
            continue
        owner = v.get("person_id") or v.get("organization_id") or ""
        if bool(v.get("person_id")) == bool(v.get("organization_id")):
            out.problems.append(
                Problem(
                    _("an identifier belongs to exactly one person or organization."),
                    "identifiers",
                    row.line,
                    "person_id",
                )
            )
            continue
        if v.get("scheme") != fmt.DIRECTORY_SCHEME:
            other_schemes.add(v.get("scheme") or "(none)")
            continue
        if owner in directory_ids:
            out.problems.append(
                Problem(
                    _("{owner} has a second “{scheme}” identifier.").format(
                        owner=owner, scheme=fmt.DIRECTORY_SCHEME
                    ),
                    "identifiers",
                    row.line,
                    "identifier",
                )
            )
        directory_ids[owner] = v.get("identifier") or ""
    for scheme in sorted(other_schemes):
        out.warnings.append(
            _("Identifiers of scheme “{scheme}” are not kept by scdesk and were skipped.").format(
                scheme=scheme
            )
        )
    organization = out.items.get(Kind.ORGANIZATION)
    if organization and not organization[0].deleted:
        item = organization[0]
        position = SPECS[Kind.ORGANIZATION].position("directory_id")
        values = list(item.values)
        values[position] = directory_ids.get(item.uuid, "")
        item.values = tuple(values)
    return directory_ids


def _decode_partnerships(
    rows: list[Row], partner_cities: dict[str, Row], organization_id: str, out: Decoded
) -> None:
    for row in rows:
        v = row.values
        values: dict[str, str | None] = dict(v)
        if not row.deleted:
            city = partner_cities.get(v.get("partner_id", ""))
            if city is None:
                out.problems.append(
                    Problem(
                        _("a partnership needs its partner city (a partner_city organization)."),
                        "partnerships",
                        row.line,
                        "partner_id",
                    )
                )
                continue
            if v.get("organization_id") not in ("", organization_id):
                out.problems.append(
                    Problem(
                        _("the partnership belongs to another organization."),
                        "partnerships",
                        row.line,
                        "organization_id",
                    )
                )
            values |= {
                "partner_city": city.values.get("name", ""),
                "partner_region": city.values.get("region", ""),
                "partner_country": city.values.get("country", ""),
            }
        out.items[Kind.PARTNERSHIP].append(_item(Kind.PARTNERSHIP, row, "partnerships", values))


def _decode_persons(rows: list[Row], directory_ids: dict[str, str], out: Decoded) -> None:
    for row in rows:
        v = row.values
        if not row.deleted and v.get("consent_directory") != TRUE:
            # Not listed: nothing but the consent itself is known.
            values: dict[str, str | None] = {"consent_directory": FALSE}
        else:
            values = {**v, "directory_id": directory_ids.get(row.id, "")}
        out.items[Kind.PERSON].append(_item(Kind.PERSON, row, "persons", values))


def _decode_memberships(rows: list[Row], post_rows: list[Row], out: Decoded) -> None:
    posts = {row.id: row for row in post_rows}
    for row in rows:
        v = row.values
        values: dict[str, str | None] = {}
        if not row.deleted:
            post = posts.get(v.get("post_id", ""))
            if post is None or not v.get("person_id") or not v.get("organization_id"):
                out.problems.append(
                    Problem(
                        _("a membership needs its person, organization and post."),
                        "memberships",
                        row.line,
                        "post_id",
                    )
                )
                continue
            role = post.values.get("role", "")
            if post.values.get("organization_id") != v["organization_id"] or (
                v.get("role") and v["role"] != role
            ):
                out.problems.append(
                    Problem(
                        _("the membership's organization and role differ from its post's."),
                        "memberships",
                        row.line,
                        "role",
                    )
                )
                continue
            values = {
                "person_id": v["person_id"],
                "committee_id": v["organization_id"],
                "post": role,
                "started_on": v.get("start_date", ""),
                "ended_on": v.get("end_date", ""),
            }
        out.items[Kind.MEMBERSHIP].append(_item(Kind.MEMBERSHIP, row, "memberships", values))


def _decode_contact_details(rows: list[Row], out: Decoded) -> None:
    for row in rows:
        v = row.values
        values: dict[str, str | None] = {}
        if not row.deleted:
            if not v.get("person_id") or not v.get("type") or not v.get("value"):
                out.problems.append(
                    Problem(
                        _("a contact detail needs its person, type and value."),
                        "contact_details",
                        row.line,
                        "value",
                    )
                )
                continue
            values = {**v, "kind": _CONTACT_KINDS[v["type"]]}
        out.items[Kind.CONTACT_DETAIL].append(
            _item(Kind.CONTACT_DETAIL, row, "contact_details", values)
        )
