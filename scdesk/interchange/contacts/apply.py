"""Write a previewed import: one transaction, after a backup, all or nothing.

Each record is checked by the domain rules as it is built, so a problem the preview
could not foresee names its row and field; then nothing at all is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session

from scdesk.domain.errors import RuleViolation
from scdesk.domain.validation import validate
from scdesk.interchange.contacts.committees import NewCommittee
from scdesk.interchange.contacts.preview import ContactsPreview, EntryKind, PreviewEntry
from scdesk.interchange.contacts.sources import UnreadableFile
from scdesk.model import Committee, ContactDetail, Membership, Person, Record
from scdesk.operations.backups import backup_now
from scdesk.storage.backup import BEFORE_IMPORT
from scdesk.storage.organization_files import OpenOrganization

FLUSH_EVERY = 500


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


def _checked(session: Session, record: Record, preview: ContactsPreview, line: int) -> None:
    try:
        validate(session, record)
    except RuleViolation as error:
        raise UnreadableFile(
            preview.table.path,
            f"{error.message} Nothing was imported; correct the row and import again.",
            line=line,
            column=error.field,
            unit=preview.table.unit,
        ) from error


def _committee(
    session: Session, planned: int | NewCommittee | None, made: dict[str, Committee]
) -> int | Committee | None:
    if isinstance(planned, NewCommittee):
        return made[planned.key]
    return planned


def _apply_entry(
    session: Session,
    preview: ContactsPreview,
    index: int,
    entry: PreviewEntry,
    decisions: Decisions,
    made: dict[str, Committee],
    result: ImportResult,
) -> None:
    if entry.person_id is None:
        person = Person(**{"category": preview.mapping.category, **entry.row.values})
        session.add(person)
        result.added += 1
    else:
        person = session.get(Person, entry.person_id)
        if person is None or person.revision != entry.revision or person.is_deleted:
            raise StalePreview(
                preview.table.path,
                f"{entry.person_name} was changed since the preview. Nothing was imported; "
                "preview the file again.",
                line=entry.row.line,
                unit=preview.table.unit,
            )
        for change in entry.changes:
            if not change.conflict or decisions.side(index, change.field) == Side.THEIRS:
                setattr(person, change.field, change.new)
        result.updated += entry.kind == EntryKind.CHANGED
        result.unchanged += entry.kind == EntryKind.UNCHANGED
    _checked(session, person, preview, entry.row.line)
    for detail in entry.new_details:
        record = ContactDetail(
            person=person, kind=detail.kind, label=detail.label, value=detail.value
        )
        _checked(session, record, preview, entry.row.line)
        session.add(record)
        result.details_added += 1
    for planned in entry.new_posts:
        committee = _committee(session, planned.committee, made)
        membership = Membership(person=person, post=planned.post, started_on=date.today())
        if isinstance(committee, Committee):
            membership.committee = committee
        else:
            membership.committee_id = committee
        session.add(membership)
        result.posts_added += 1


def apply_preview(session: Session, preview: ContactsPreview, decisions: Decisions) -> ImportResult:
    """Write what the preview shows, in the caller's transaction."""
    result = ImportResult()
    made: dict[str, Committee] = {}
    for planned in preview.committees:
        committee = Committee(
            name=planned.name, kind=planned.kind, partnership_id=planned.partnership_id
        )
        _checked(session, committee, preview, 0)
        session.add(committee)
        made[planned.key] = committee
        result.committees_added += 1
    for index, entry in enumerate(preview.entries):
        _apply_entry(session, preview, index, entry, decisions, made, result)
        if index % FLUSH_EVERY == FLUSH_EVERY - 1:
            _flush(session, preview)
    _flush(session, preview)
    return result


def _flush(session: Session, preview: ContactsPreview) -> None:
    """Write pending records; a rule only the database can check (one chair) names its field."""
    try:
        session.flush()
    except RuleViolation as error:
        raise UnreadableFile(
            preview.table.path,
            f"{error.message} Nothing was imported.",
            column=error.field,
        ) from error


def import_into(
    org: OpenOrganization, preview: ContactsPreview, decisions: Decisions
) -> ImportResult:
    """Back the database up, then apply the preview in one transaction (if it changes anything)."""
    if not preview.has_changes and not preview.committees:
        return ImportResult(unchanged=len(preview.entries))
    backup = backup_now(org, BEFORE_IMPORT)
    with org.database.transaction() as session:
        result = apply_preview(session, preview, decisions)
    result.backup = str(backup)
    return result
