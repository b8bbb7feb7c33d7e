"""Write a previewed import: one transaction, after a backup, all or nothing.

Each record is checked by the domain rules as it is built, so a problem the preview
could not foresee names its row and field; then nothing at all is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from scdesk.domain.errors import RuleViolation
from scdesk.domain.i18n import _
from scdesk.domain.validation import (
    validate,
    validate_contact_detail,
    validate_membership,
    validate_person,
)
from scdesk.interchange.backup import BackupInAdvance, backup_before_import
from scdesk.interchange.contacts.bulk_insert import checked_row, insert_rows
from scdesk.interchange.contacts.committees import NewCommittee
from scdesk.interchange.contacts.preview import ContactsPreview, EntryKind, PreviewEntry
from scdesk.interchange.contacts.sources import UnreadableFile
from scdesk.model import Committee, ContactDetail, Membership, Person
from scdesk.storage.bookkeeping import current_change_number
from scdesk.storage.organization_files import OpenOrganization


class Side(StrEnum):
    MINE = "mine"  # keep what the organization has
    THEIRS = "theirs"  # take what the file says


@dataclass
class Decisions:
    """How conflicts are settled: field by field, else all at once with `take`."""

    take: Side | None = None
    fields: dict[tuple[int, str], Side] = field(default_factory=dict)  # (entry index, field)

    def side(self, index: int, field_name: str) -> Side | None:
        return self.fields.get((index, field_name), self.take)


def open_questions(preview: ContactsPreview, decisions: Decisions) -> list[str]:
    """What still needs a person's decision before the import can go ahead."""
    questions = []
    for index, entry in enumerate(preview.entries):
        if entry.kind == EntryKind.LIKELY_DUPLICATE and decisions.take is None:
            others = ", ".join(r.name for r in entry.resemblances)
            questions.append(f"{entry.row.name}: a new person, or the same as {others}?")
        for change in entry.conflicts:
            if decisions.side(index, change.field) is None:
                questions.append(
                    f"{entry.person_name}, {change.field}: keep “{change.old}” or take "
                    f"“{change.new}”?"
                )
    return questions


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    details_added: int = 0
    posts_added: int = 0
    committees_added: int = 0
    backup: str | None = None

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.updated or self.committees_added)


class StalePreview(UnreadableFile):
    """Someone changed a person between the preview and the import."""


class _Writer:
    """Writes the entries: new people, further contacts and posts in bulk, changes by ORM."""

    def __init__(self, session: Session, preview: ContactsPreview, decisions: Decisions) -> None:
        self.session, self.preview, self.decisions = session, preview, decisions
        self.result = ImportResult()
        self.committees: dict[str, int] = {}
        self.details: list[tuple[int, dict[str, Any]]] = []  # (line, row without person)
        self.posts: list[tuple[int, dict[str, Any]]] = []

    def fail(self, error: RuleViolation, line: int) -> UnreadableFile:
        return UnreadableFile(
            self.preview.table.path,
            _("{problem} Nothing was imported; correct the row and import again.").format(
                problem=error.message
            ),
            line=line,
            column=error.field,
            unit=self.preview.table.unit,
        )

    def add_committees(self) -> None:
        for planned in self.preview.committees:
            committee = Committee(
                name=planned.name, kind=planned.kind, partnership_id=planned.partnership_id
            )
            self.session.add(committee)
            _flush(self.session, self.preview)
            self.committees[planned.key] = committee.id
            self.result.committees_added += 1

    def add_people(self, entries: list[PreviewEntry]) -> None:
        rows = []
        for entry in entries:
            values = {"category": self.preview.mapping.category, **entry.row.values}
            try:
                rows.append(checked_row(self.session, Person, validate_person, values))
            except RuleViolation as error:
                raise self.fail(error, entry.row.line) from error
        for entry, person_id in zip(entries, insert_rows(self.session, Person, rows), strict=True):
            self.queue_relations(entry, person_id)
        self.result.added += len(entries)

    def update_person(self, index: int, entry: PreviewEntry) -> None:
        person = self.session.get(Person, entry.person_id)
        if person is None or person.revision != entry.revision or person.is_deleted:
            raise StalePreview(
                self.preview.table.path,
                _(
                    "{name} was changed since the preview. Nothing was imported; "
                    "preview the file again."
                ).format(name=entry.person_name),
                line=entry.row.line,
                unit=self.preview.table.unit,
            )
        for change in entry.changes:
            if not change.conflict or self.decisions.side(index, change.field) == Side.THEIRS:
                setattr(person, change.field, change.new)
        try:
            validate(self.session, person)
        except RuleViolation as error:
            raise self.fail(error, entry.row.line) from error
        self.result.updated += entry.kind == EntryKind.CHANGED
        self.result.unchanged += entry.kind == EntryKind.UNCHANGED
        self.queue_relations(entry, person.id)

    def queue_relations(self, entry: PreviewEntry, person_id: int) -> None:
        line = entry.row.line
        for detail in entry.new_details:
            values = {"kind": detail.kind, "label": detail.label, "value": detail.value}
            self.details.append((line, {"person_id": person_id, **values}))
        for planned in entry.new_posts:
            committee = planned.committee
            if isinstance(committee, NewCommittee):
                committee = self.committees[committee.key]
            values = {"committee_id": committee, "post": planned.post, "started_on": date.today()}
            self.posts.append((line, {"person_id": person_id, **values}))

    def add_relations(self) -> None:
        _flush(self.session, self.preview)  # the chair rule reads the posts already written
        for model, validator, queued in (
            (ContactDetail, validate_contact_detail, self.details),
            (Membership, validate_membership, self.posts),
        ):
            rows = []
            for line, values in queued:
                try:
                    rows.append(checked_row(self.session, model, validator, values))
                except RuleViolation as error:
                    raise self.fail(error, line) from error
            insert_rows(self.session, model, rows)
        self.result.details_added += len(self.details)
        self.result.posts_added += len(self.posts)


def apply_preview(session: Session, preview: ContactsPreview, decisions: Decisions) -> ImportResult:
    """Write what the preview shows, in the caller's transaction."""
    writer = _Writer(session, preview, decisions)
    writer.add_committees()
    writer.add_people([entry for entry in preview.entries if entry.person_id is None])
    for index, entry in enumerate(preview.entries):
        if entry.person_id is not None:
            writer.update_person(index, entry)
    writer.add_relations()
    _flush(session, preview)
    return writer.result


def _flush(session: Session, preview: ContactsPreview) -> None:
    """Write pending records; a rule only the database can check (one chair) names its field."""
    try:
        session.flush()
    except RuleViolation as error:
        raise UnreadableFile(
            preview.table.path,
            _("{problem} Nothing was imported.").format(problem=error.message),
            column=error.field,
        ) from error


def import_into(
    org: OpenOrganization,
    preview: ContactsPreview,
    decisions: Decisions,
    backup_in_advance: BackupInAdvance | None = None,
    check: Callable[[], None] | None = None,
) -> ImportResult:
    """Back the database up, then apply the preview in one transaction (if it changes
    anything). The backup is `backup_in_advance` when nothing changed since it was taken.
    `check` is called between steps and raises to stop (Cancel): then nothing is written."""
    if not preview.has_changes and not preview.committees:
        return ImportResult(unchanged=len(preview.entries))
    check = check or (lambda: None)
    with org.database.transaction() as session:
        if backup_in_advance is not None:
            backup = backup_in_advance.path_for(current_change_number(session.connection()))
        else:
            backup = backup_before_import(org)
        check()
        result = apply_preview(session, preview, decisions)
        check()  # the last moment Cancel can still keep everything as it was
    result.backup = str(backup)
    return result
