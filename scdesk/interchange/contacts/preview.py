"""Compare the people of a file with the organization's, before anything is written.

Each person of the file is matched to someone already here when that is sure: the same
email (letter case aside), or the same name (in either order) with no email or phone that
contradicts it. Then it is unchanged, or changed (a field empty here is filled in; a field
that differs is a conflict to decide: keep mine or take theirs). Someone matched by neither
is added, unless the roster holds a likely duplicate (similar name and same phone): that
is for a person to decide.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy.orm import Session

from scdesk.domain.i18n import _
from scdesk.domain.names import display_name
from scdesk.interchange.contacts.committees import CommitteeDirectory, NewCommittee
from scdesk.interchange.contacts.mapping import ColumnMapping, Target
from scdesk.interchange.contacts.matching import FieldChange, Roster, compare, new_details
from scdesk.interchange.contacts.people_rows import DetailValue, PersonRow, people_from_table
from scdesk.interchange.contacts.posts import PlannedPost, PostPlanner
from scdesk.interchange.contacts.problems import RowProblem, Severity, place
from scdesk.interchange.contacts.sources import SourceTable
from scdesk.interchange.duplicates import PersonKey, likely_duplicates
from scdesk.model import Person
from scdesk.operations.organizations import current_profile


class EntryKind(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    LIKELY_DUPLICATE = "likely duplicate"


@dataclass(frozen=True)
class Resemblance:
    person_id: int
    name: str
    email: str
    reason: str
    score: float


@dataclass
class PreviewEntry:
    """One person of the file and what importing them would do."""

    row: PersonRow
    person_id: int | None = None
    person_name: str = ""
    revision: int = 0
    changes: list[FieldChange] = field(default_factory=list)
    new_details: list[DetailValue] = field(default_factory=list)
    new_posts: list[PlannedPost] = field(default_factory=list)
    resemblances: list[Resemblance] = field(default_factory=list)
    add_anyway: bool = False  # a person decided: a likely duplicate is someone new

    @property
    def kind(self) -> EntryKind:
        if self.person_id is None:
            if self.resemblances and not self.add_anyway:
                return EntryKind.LIKELY_DUPLICATE
            return EntryKind.ADDED
        if self.changes or self.new_details or self.new_posts:
            return EntryKind.CHANGED
        return EntryKind.UNCHANGED

    @property
    def conflicts(self) -> list[FieldChange]:
        return [change for change in self.changes if change.conflict]


@dataclass
class ContactsPreview:
    table: SourceTable
    mapping: ColumnMapping
    country: str
    entries: list[PreviewEntry]
    committees: list[NewCommittee]
    problems: list[RowProblem]

    def of_kind(self, kind: EntryKind) -> list[PreviewEntry]:
        return [entry for entry in self.entries if entry.kind == kind]

    @property
    def has_changes(self) -> bool:
        return any(entry.kind != EntryKind.UNCHANGED for entry in self.entries)

    @property
    def skipped_rows(self) -> list[RowProblem]:
        return [p for p in self.problems if p.severity is Severity.SKIPPED]


def _match(
    preview: ContactsPreview,
    entry: PreviewEntry,
    person: Person,
    known: set[str],
) -> None:
    """Make `entry` update `person`, whose emails and phones are `known`."""
    entry.person_id, entry.revision = person.id, person.revision
    entry.person_name = display_name(person.given_name, person.family_name)
    entry.changes = compare(person, entry.row, preview.country, known)
    entry.new_details = new_details(entry.row, known, preview.country)


def _plan_posts(session: Session, preview: ContactsPreview, entries: list[PreviewEntry]) -> None:
    committees = CommitteeDirectory(session)
    committees.planned = {c.key: c for c in preview.committees}
    ids = [entry.person_id for entry in entries if entry.person_id is not None]
    planner = PostPlanner(session, committees, ids)
    column = preview.mapping.column_for(Target.POST) or ""
    for entry in entries:

        def report(line: int, message: str, action: str) -> None:
            preview.problems.append(
                RowProblem(preview.table.file_name, line, column, message, action)
            )

        entry.new_posts = planner.plan(entry.row, entry.person_id, report)
    preview.committees = list(committees.planned.values())


def match_entry(
    session: Session, preview: ContactsPreview, entry: PreviewEntry, person_id: int | None
) -> None:
    """A person's decision on a likely duplicate: update `person_id`, or (None) add anew."""
    if person_id is None:
        entry.person_id, entry.person_name, entry.revision = None, "", 0
        entry.changes, entry.new_details = [], list(entry.row.details)
        entry.add_anyway = True
    else:
        roster = Roster(session, preview.country)
        people = roster.records([person_id])
        _match(preview, entry, people[person_id], roster.known_contacts(people)[person_id])
    _plan_posts(session, preview, [entry])


def build_preview(session: Session, table: SourceTable, mapping: ColumnMapping) -> ContactsPreview:
    """What importing `table` with `mapping` would do; reads only, writes nothing."""
    country = current_profile(session).country
    rows, problems = people_from_table(table, mapping, country)
    preview = ContactsPreview(table, mapping, country, [], [], problems)
    roster = Roster(session, country)
    by_person: dict[int, PreviewEntry] = {}
    unmatched: list[PreviewEntry] = []
    for row in rows:
        person_id = roster.sure_match(row)
        if person_id is not None and person_id in by_person:
            first = by_person[person_id].row
            first.posts += row.posts
            first.lines += row.lines
            preview.problems.append(
                RowProblem(
                    table.file_name,
                    row.line,
                    "",
                    _(
                        "the same person as {place}; only this row's posts were added to that one."
                    ).format(place=place(table.unit, first.line)),
                    _("Combine the two rows in the file if they differ."),
                    Severity.NOTE,
                )
            )
            continue
        entry = PreviewEntry(row)
        preview.entries.append(entry)
        if person_id is None:
            entry.new_details = list(row.details)
            unmatched.append(entry)
        else:
            by_person[person_id] = entry
    people = roster.records(by_person)
    known = roster.known_contacts(people)
    for person_id, entry in by_person.items():
        _match(preview, entry, people[person_id], known[person_id])
    _find_resemblances(session, roster, unmatched)
    _plan_posts(session, preview, preview.entries)
    preview.problems.sort(key=lambda p: p.line)
    return preview


def _find_resemblances(session: Session, roster: Roster, entries: list[PreviewEntry]) -> None:
    keys = [
        PersonKey(
            entry.row.values.get("given_name", ""),
            entry.row.values.get("family_name", ""),
            entry.row.values.get("email", ""),
            entry.row.values.get("phone", ""),
        )
        for entry in entries
    ]
    for found in likely_duplicates(session, keys):
        given, family, email, _phone = roster.people[found.person_id]
        entries[found.candidate_index].resemblances.append(
            Resemblance(
                found.person_id, display_name(given, family), email, found.reason, found.score
            )
        )
