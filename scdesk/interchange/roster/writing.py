"""Writing merged records: every domain rule first, then plain executemany.

Incoming records may number in the tens of thousands, so they are written through the DBAPI
cursor, not the ORM (which manages some 17,000 rows a second here). The ORM's before-flush
hooks are skipped, so this module does what they would: it runs each record through the
very same validators (scdesk.domain.validation) on a stand-in object, keeps the values they
normalize, and stamps every row with its time, revision and change number.
"""

from __future__ import annotations

from collections import defaultdict
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date, datetime
from types import SimpleNamespace

from sqlalchemy.orm import Session

from scdesk.domain import rules
from scdesk.domain.errors import RuleViolation
from scdesk.domain.i18n import _
from scdesk.domain.names import sort_name
from scdesk.domain.validation import VALIDATORS
from scdesk.interchange.roster.baseline import Vector
from scdesk.interchange.roster.cells import TRUE
from scdesk.interchange.roster.errors import Problem
from scdesk.interchange.roster.items import SPECS, WRITE_ORDER, Kind, Source
from scdesk.model import Base, Record
from scdesk.model.base import utcnow
from scdesk.storage.bookkeeping import next_change_numbers
from scdesk.storage.bulk_rows import column_defaults, stamp
from scdesk.storage.search_index import PERSON_SEARCHED, person_index_trigger_off

MODELS: dict[str, type[Record]] = {
    mapper.class_.__tablename__: mapper.class_  # type: ignore[misc]
    for mapper in Base.registry.mappers
    if issubclass(mapper.class_, Record)
}


def _membership_dates(_session: Session, membership: object) -> None:
    """The membership rule without its per-record chair query: RecordWriter checks every
    chair written at once (check_single_chairs), which is the same rule, set-wise."""
    rules.check_date_order(
        "started_on",
        membership.started_on,
        "ended_on",
        membership.ended_on,
        "The term",  # type: ignore[attr-defined]
    )


# Columns the rules need that the file does not carry: their stand-in values.
_STAND_INS = {
    Kind.PERSON: {"host_rooms": 0, "emergency_phone": "", "sort_name": ""},
    Kind.COMMITTEE: {"partnership": None},
}


class InvalidRecord(Exception):
    """A record the file would write breaks a rule; names where it came from."""

    def __init__(self, violation: RuleViolation, source: Source | None, label: str) -> None:
        problem = Problem(
            violation.message,
            source.table if source else "",
            source.line if source else 0,
            violation.field,
        )
        self.message = _("{problem} ({record})").format(problem=problem.text(), record=label)
        super().__init__(self.message)
        self.violation = violation
        self.source = source


@dataclass
class Pending:
    """One record to write: its final values and, for an update, its row id."""

    kind: Kind
    uuid: str
    values: Vector  # deleted flag, then the kind's fields; no None
    row_id: int | None  # None: insert
    was_deleted: bool = False
    updated_at: str = ""  # an insert keeps the time the other side last changed it
    source: Source | None = None
    label: str = ""
    checked: dict[str, object] | None = None  # columns the rules already passed (preview)
    previous: Vector | None = None  # an update's values before it: only changes are written


QUIET_UPDATES_FROM = 20  # updates that leave the search index alone, and skip its trigger
MAX_LISTED_COMMITTEES = 500  # well within SQLite's limit on the values of one statement


class RecordWriter:
    def __init__(self, session: Session, organization_uuid: str, now: datetime) -> None:
        self.session = session
        self.connection = session.connection()
        self.cursor = self.connection.connection.cursor()
        self.organization_uuid = organization_uuid
        self.now = stamp(now)
        self.ids: dict[str, int] = {}
        self.chaired: set[int] = set()  # committees given a chair term by what was written

    def know(self, uuid: str, row_id: int) -> None:
        self.ids[uuid] = row_id

    def assign_ids(self, pending: list[Pending]) -> None:
        """Give new records their ids up front, so references among them resolve."""
        next_id: dict[str, int] = {}
        for record in pending:
            if record.row_id is None:
                table = SPECS[record.kind].table
                if table not in next_id:
                    next_id[table] = self.connection.exec_driver_sql(
                        f"SELECT coalesce(max(id), 0) + 1 FROM {table}"
                    ).scalar_one()
                record.row_id = -next_id[table]  # negative: still to insert
                next_id[table] += 1
            self.ids[record.uuid] = abs(record.row_id)

    def columns(self, record: Pending) -> dict[str, object]:
        """Database values of the record's fields, checked and normalized by the rules."""
        spec = SPECS[record.kind]
        if record.checked is not None:  # only the references still need their ids
            values = dict(record.checked)
            for field, text in zip(spec.fields, record.values[1:], strict=True):
                if field.type == "ref":
                    values[field.name] = self._stored("ref", text or "", field.name, record.kind)
            return values
        values = {}
        for field, text in zip(spec.fields, record.values[1:], strict=True):
            values[field.name] = self._stored(field.type, text or "", field.name, record.kind)
        return self._validated(record, values)

    def _stored(self, type_: str, text: str, name: str, kind: Kind) -> object:
        if type_ == "flag":
            return 1 if text == TRUE else 0
        if type_ == "date":
            return text or None
        if type_ == "ref":
            if not text or (
                kind == Kind.MEMBERSHIP
                and name == "committee_id"
                and text == self.organization_uuid
            ):
                return None
            return self.ids[text]
        return text

    def _validated(self, record: Pending, values: dict[str, object]) -> dict[str, object]:
        validator = (
            _membership_dates
            if record.kind == Kind.MEMBERSHIP
            else VALIDATORS.get(MODELS[SPECS[record.kind].table])
        )
        if validator is None or record.values[0] == TRUE:  # a removal is never refused
            if record.kind == Kind.PERSON:
                values["sort_name"] = sort_name(
                    str(values["given_name"]), str(values["family_name"])
                )
            return values
        stand_in = SimpleNamespace(
            **_STAND_INS.get(record.kind, {}),
            **{f.name: _typed(f.type, values[f.name]) for f in SPECS[record.kind].fields},
            id=abs(record.row_id or 0) or None,
            deleted_at=None,
        )
        try:
            with self.session.no_autoflush:
                validator(self.session, stand_in)
        except RuleViolation as violation:
            raise InvalidRecord(violation, record.source, record.label) from None
        out = {name: _stored_form(getattr(stand_in, name)) for name in values}
        if record.kind == Kind.PERSON:
            out["sort_name"] = stand_in.sort_name
        return out

    def write(self, pending: list[Pending]) -> None:
        """Check every record, then write them all: inserts and updates, kind by kind."""
        rows: dict[Kind, list[tuple[Pending, dict[str, object]]]] = defaultdict(list)
        for record in pending:
            columns = self.columns(record)
            rows[record.kind].append((record, columns))
            if record.kind == Kind.MEMBERSHIP and columns.get("post") == "chair":
                self.chaired.add(columns["committee_id"])  # type: ignore[arg-type]
        numbers = iter(next_change_numbers(self.connection, len(pending))) if pending else iter(())
        for kind in WRITE_ORDER:
            inserts = [
                (r, c) for r, c in rows.get(kind, []) if r.row_id is not None and r.row_id < 0
            ]
            updates = [
                (r, c) for r, c in rows.get(kind, []) if r.row_id is not None and r.row_id > 0
            ]
            if inserts:
                self._insert(kind, inserts, numbers)
            if updates:
                self._update(kind, updates, numbers)

    def _insert(self, kind: Kind, rows: list[tuple[Pending, dict[str, object]]], numbers) -> None:  # type: ignore[no-untyped-def]
        table = SPECS[kind].table
        names = list(rows[0][1])
        defaults = column_defaults(table, names)
        fixed = tuple(defaults.values())
        sql = (
            f"INSERT INTO {table} (id, uuid, created_at, updated_at, deleted_at, revision,"
            f" change_seq, {', '.join([*names, *defaults])}) VALUES"
            f" (?, ?, ?, ?, NULL, 1, ?, {', '.join('?' * (len(names) + len(fixed)))})"
        )
        self.cursor.executemany(
            sql,
            [
                (
                    -record.row_id,  # type: ignore[operator]
                    record.uuid,
                    _file_time(record.updated_at) or self.now,
                    _file_time(record.updated_at) or self.now,
                    next(numbers),
                    *columns.values(),
                    *fixed,
                )
                for record, columns in rows
            ],
        )

    def _update(self, kind: Kind, rows: list[tuple[Pending, dict[str, object]]], numbers) -> None:  # type: ignore[no-untyped-def]
        """Update the rows, setting only the columns that change: every column set costs its
        indexes an update, whether its value differs or not."""
        Group = list[tuple[Pending, dict[str, object]]]
        groups: dict[tuple[tuple[str, ...], bool], Group] = defaultdict(list)
        for record, columns in rows:
            changed = _changed_columns(record, columns)
            unsearched = (
                kind == Kind.PERSON
                and record.previous is not None
                and record.previous[0] == record.values[0]
                and not PERSON_SEARCHED.intersection(changed)
            )
            groups[(tuple(changed), unsearched)].append((record, changed))
        table = SPECS[kind].table
        for (names, unsearched), group in groups.items():
            assignments = "".join(f"{name} = ?, " for name in names)
            sql = (
                f"UPDATE {table} SET {assignments}deleted_at = CASE WHEN ? THEN"
                f" coalesce(deleted_at, ?) ELSE NULL END, updated_at = ?, change_seq = ?,"
                " revision = revision + 1 WHERE id = ?"
            )
            many = len(group) >= QUIET_UPDATES_FROM
            quietly = (
                person_index_trigger_off(self.connection) if unsearched and many else nullcontext()
            )
            with quietly:
                self._execute_updates(sql, group, numbers)

    def _execute_updates(self, sql: str, group, numbers) -> None:  # type: ignore[no-untyped-def]
        self.cursor.executemany(
            sql,
            [
                (
                    *columns.values(),
                    record.values[0] == TRUE,
                    self.now,
                    self.now,
                    next(numbers),
                    record.row_id,
                )
                for record, columns in group
            ],
        )

    def set_uuid(self, kind: Kind, row_id: int, uuid: str) -> None:
        self.connection.exec_driver_sql(
            f"UPDATE {SPECS[kind].table} SET uuid = ? WHERE id = ?", (uuid, row_id)
        )

    def check_single_chairs(self) -> None:
        """Chair terms on one committee never overlap (the rule checks one record against
        the database; this checks the records written together against each other). Only
        committees given a chair term by what was written can have gained a clash."""
        chaired = sorted(c for c in self.chaired if c is not None)
        if not chaired:
            return
        if len(chaired) > MAX_LISTED_COMMITTEES:  # a full import: check them all at once
            chaired = []
        among = f"a.committee_id IN ({', '.join('?' * len(chaired))})" if chaired else "1"
        clash = self.connection.exec_driver_sql(
            "SELECT c.name FROM membership a JOIN membership b ON a.committee_id ="
            " b.committee_id AND a.id < b.id JOIN committee c ON c.id = a.committee_id"
            f" WHERE {among}"
            " AND a.post = 'chair' AND b.post = 'chair' AND a.deleted_at IS NULL"
            " AND b.deleted_at IS NULL"
            " AND coalesce(a.started_on, '0001-01-01') <= coalesce(b.ended_on, '9999-12-31')"
            " AND coalesce(b.started_on, '0001-01-01') <= coalesce(a.ended_on, '9999-12-31')"
            " LIMIT 1",
            tuple(chaired),
        ).first()
        if clash is not None:
            raise RuleViolation(
                "post",
                _(
                    "The committee “{name}” would have two chairs for the same dates. "
                    "End one chair's term first."
                ).format(name=clash[0]),
            )


# Where a rule's field is called differently in the file.
FILE_FIELDS = {
    Kind.MEMBERSHIP: {
        "started_on": "start_date",
        "ended_on": "end_date",
        "committee_id": "organization_id",
    },
    Kind.COMMITTEE: {"kind": "committee_kind"},
    Kind.PARTNERSHIP: {"partner_city": "partner_id", "partner_country": "partner_id"},
    Kind.CONTACT_DETAIL: {"kind": "type"},
}


def _changed_columns(record: Pending, columns: dict[str, object]) -> dict[str, object]:
    """The columns whose values differ from the record's previous ones (all without them)."""
    if record.previous is None:
        return columns
    fields = SPECS[record.kind].fields
    changed = {
        field.name
        for field, new, old in zip(fields, record.values[1:], record.previous[1:], strict=True)
        if new != old
    }
    if changed & {"given_name", "family_name"}:
        changed.add("sort_name")
    return {name: value for name, value in columns.items() if name in changed}


class _AnyId(dict):  # type: ignore[type-arg]
    """Every reference resolves: the file's keys were checked before the rules run."""

    def __missing__(self, _uuid: str) -> int:
        return 1


def check_records(
    session: Session, organization_uuid: str, pending: list[Pending]
) -> list[Problem]:
    """Every rule broken by the records as they would be written, named by file position.
    Records that pass keep their checked columns (`Pending.checked`) for the writing."""
    writer = RecordWriter(session, organization_uuid, utcnow())
    writer.ids = _AnyId()
    problems: list[Problem] = []
    for record in pending:
        try:
            record.checked = writer.columns(record)
        except InvalidRecord as error:
            field = FILE_FIELDS.get(record.kind, {}).get(
                error.violation.field, error.violation.field
            )
            source = record.source
            problems.append(
                Problem(
                    error.violation.message,
                    source.table if source else "",
                    source.line if source else 0,
                    field,
                )
            )
    return problems


def _typed(type_: str, value: object) -> object:
    """A stored value as the model holds it: dates as dates, flags as booleans."""
    if type_ == "date":
        return date.fromisoformat(value) if isinstance(value, str) else None
    if type_ == "flag":
        return bool(value)
    return value


def _stored_form(value: object) -> object:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _file_time(value: str) -> str:
    """The file's "2024-05-01T14:30:00Z" as stored, "2024-05-01 14:30:00.000000"."""
    return f"{value[:10]} {value[11:19]}.000000" if len(value) >= 19 else ""
