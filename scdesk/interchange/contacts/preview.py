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
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.names import display_name, fold
from scdesk.interchange.contacts.committees import CommitteeDirectory, NewCommittee
from scdesk.interchange.contacts.mapping import ColumnMapping, Target
from scdesk.interchange.contacts.people_rows import DetailValue, PersonRow, people_from_table
from scdesk.interchange.contacts.problems import RowProblem, Severity
from scdesk.interchange.contacts.sources import SourceTable
from scdesk.interchange.contacts.values import phone_key
from scdesk.interchange.duplicates import PersonKey, likely_duplicates
from scdesk.model import ContactDetail, Membership, Person, Post
from scdesk.operations.organizations import current_profile


class EntryKind(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    LIKELY_DUPLICATE = "likely duplicate"


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any

    @property
    def conflict(self) -> bool:
        """Both sides hold a value and they differ (filling an empty field is no conflict)."""
        return self.old not in ("", None)


@dataclass(frozen=True)
class PlannedPost:
    committee: int | NewCommittee | None  # an existing committee's id, a new one, or none
    committee_name: str
    post: Post
    line: int


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


class _Roster:
    """The organization's live people, indexed for sure matches."""

    def __init__(self, session: Session, country: str) -> None:
        self.country = country
        self.people: dict[int, tuple[str, str, str, str]] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = {}
        rows = session.execute(
            select(Person.id, Person.given_name, Person.family_name, Person.email, Person.phone)
            .where(Person.deleted_at.is_(None))
            .order_by(Person.id)
        )
        for person_id, given, family, email, phone in rows:
            self.people[person_id] = (given, family, email, phone)
            if email:
                self.by_email.setdefault(email.casefold(), person_id)
            self.by_name.setdefault(fold(f"{given} {family}"), []).append(person_id)
        details = session.execute(
            select(ContactDetail.person_id, ContactDetail.value).where(
                ContactDetail.deleted_at.is_(None), ContactDetail.kind == "email"
            )
        )
        for person_id, value in details:
            if person_id in self.people:
                self.by_email.setdefault(value.casefold(), person_id)

    def sure_match(self, row: PersonRow) -> int | None:
        email = row.values.get("email", "")
        if email and email.casefold() in self.by_email:
            return self.by_email[email.casefold()]
        given, family = row.values.get("given_name", ""), row.values.get("family_name", "")
        named = self.by_name.get(fold(f"{given} {family}"), []) + self.by_name.get(
            fold(f"{family} {given}"), []
        )
        phone = phone_key(row.values.get("phone", ""), self.country)
        fitting = [
            person_id
            for person_id in dict.fromkeys(named)
            if not (email and self.people[person_id][2])  # both have emails: they differ
            and not (
                phone
                and self.people[person_id][3]
                and phone_key(self.people[person_id][3], self.country) != phone
            )
        ]
        return fitting[0] if len(fitting) == 1 else None


def _same(key: str, old: Any, new: Any, country: str) -> bool:
    if isinstance(old, str) and isinstance(new, str):
        if key == "email":
            return old.casefold() == new.casefold()
        if key in ("phone", "emergency_phone"):
            return phone_key(old, country) == phone_key(new, country)
        old_words, new_words = " ".join(old.split()), " ".join(new.split())
        if key == "notes":  # a note the record already holds word for word is no change
            return new_words.casefold() in old_words.casefold()
        return old_words == new_words
    return old == new


def compare(person: Person, row: PersonRow, country: str) -> list[FieldChange]:
    """Field by field, what the row would change on `person`."""
    values = dict(row.values)
    names = (fold(person.given_name), fold(person.family_name))
    given, family = fold(values.get("given_name", "")), fold(values.get("family_name", ""))
    if (family, given) == names:  # the same name, given and family swapped
        values.pop("given_name", None)
        values.pop("family_name", None)
    changes = []
    for key, new in values.items():
        old = getattr(person, key)
        if not _same(key, old, new, country):
            changes.append(FieldChange(key, old, new))
    return changes


def _known_contacts(session: Session, person: Person, country: str) -> set[str]:
    """The person's emails (case-folded) and phones (as keys), main and further."""
    known = {person.email.casefold(), phone_key(person.phone, country)}
    for kind, value in session.execute(
        select(ContactDetail.kind, ContactDetail.value).where(
            ContactDetail.person_id == person.id, ContactDetail.deleted_at.is_(None)
        )
    ):
        known.add(value.casefold() if kind == "email" else phone_key(value, country))
    known.discard("")
    return known


def _contact_key(kind: str, value: str, country: str) -> str:
    return value.casefold() if kind == "email" else phone_key(value, country)


def _new_details(row: PersonRow, known: set[str], country: str) -> list[DetailValue]:
    new = []
    for detail in row.details:
        key = _contact_key(detail.kind, detail.value, country)
        if key not in known:
            new.append(detail)
            known.add(key)
    return new


class _PostPlanner:
    """Which posts of the file are new, and which a committee's current chair prevents."""

    def __init__(self, session: Session, committees: CommitteeDirectory) -> None:
        self.session = session
        self.committees = committees
        self.chairs: dict[int | str, int] = {}  # committee (id or new key) → chairing person
        today = date.today()
        for committee_id, person_id in session.execute(
            select(Membership.committee_id, Membership.person_id).where(
                Membership.post == Post.CHAIR,
                Membership.deleted_at.is_(None),
                Membership.committee_id.is_not(None),
                (Membership.ended_on.is_(None)) | (Membership.ended_on >= today),
            )
        ):
            self.chairs[committee_id] = person_id

    def held(self, person_id: int | None) -> set[tuple[int | None, Post]]:
        if person_id is None:
            return set()
        today = date.today()
        rows = self.session.execute(
            select(Membership.committee_id, Membership.post).where(
                Membership.person_id == person_id,
                Membership.deleted_at.is_(None),
                (Membership.ended_on.is_(None)) | (Membership.ended_on >= today),
            )
        )
        return {(committee_id, post) for committee_id, post in rows}

    def plan(self, entry: PreviewEntry, preview: ContactsPreview) -> None:
        held = self.held(entry.person_id)
        planned: list[PlannedPost] = []
        for request in entry.row.posts:
            committee = self.committees.find(request.committee) if request.committee else None
            if not isinstance(committee, NewCommittee):
                on_committee = {post for cid, post in held if cid == committee}
                if (request.post is None and on_committee) or request.post in on_committee:
                    continue
            post = request.post or Post.MEMBER
            name = (
                self.committees.names.get(committee, request.committee)
                if isinstance(committee, int)
                else request.committee
            )
            if post == Post.CHAIR and committee is not None:
                chair_key = committee if isinstance(committee, int) else committee.key
                chair = self.chairs.get(chair_key)
                if chair is not None and chair != entry.person_id:
                    preview.problems.append(
                        RowProblem(
                            preview.table.file_name,
                            request.line,
                            preview.mapping.column_for(Target.POST) or "",
                            f"{name} already has a chair; {entry.row.name} was not made chair.",
                            "End the current chair's term in scdesk, then import again.",
                        )
                    )
                    continue
                self.chairs[chair_key] = entry.person_id or -request.line
            planned.append(PlannedPost(committee, name or "", post, request.line))
        entry.new_posts = planned


def _match(session: Session, preview: ContactsPreview, entry: PreviewEntry, person_id: int) -> None:
    person = session.get(Person, person_id)
    assert person is not None
    entry.person_id, entry.revision = person.id, person.revision
    entry.person_name = display_name(person.given_name, person.family_name)
    known = _known_contacts(session, person, preview.country)
    entry.changes = [
        change
        for change in compare(person, entry.row, preview.country)
        if change.field not in ("email", "phone")
        or change.conflict
        or _contact_key(change.field, change.new, preview.country) not in known
    ]  # a main email or phone the person has among their further ones is nothing new
    entry.new_details = _new_details(entry.row, known, preview.country)


def match_entry(
    session: Session, preview: ContactsPreview, entry: PreviewEntry, person_id: int | None
) -> None:
    """A person's decision on a likely duplicate: update `person_id`, or (None) add anew."""
    if person_id is None:
        entry.person_id, entry.person_name, entry.revision = None, "", 0
        entry.changes, entry.new_details = [], list(entry.row.details)
        entry.add_anyway = True
    else:
        _match(session, preview, entry, person_id)
    planner = _PostPlanner(session, CommitteeDirectory(session))
    planner.committees.planned = {c.key: c for c in preview.committees}
    planner.plan(entry, preview)
    preview.committees = list(planner.committees.planned.values())


def build_preview(session: Session, table: SourceTable, mapping: ColumnMapping) -> ContactsPreview:
    """What importing `table` with `mapping` would do; reads only, writes nothing."""
    country = current_profile(session).country
    rows, problems = people_from_table(table, mapping, country)
    preview = ContactsPreview(table, mapping, country, [], [], problems)
    roster = _Roster(session, country)
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
                    f"the same person as {table.unit} {first.line}; only this row's posts "
                    f"were added to that one.",
                    "Combine the two rows in the file if they differ.",
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
            _match(session, preview, entry, person_id)
    _find_resemblances(session, roster, unmatched)
    planner = _PostPlanner(session, CommitteeDirectory(session))
    for entry in preview.entries:
        planner.plan(entry, preview)
    preview.committees = list(planner.committees.planned.values())
    preview.problems.sort(key=lambda p: p.line)
    return preview


def _find_resemblances(session: Session, roster: _Roster, entries: list[PreviewEntry]) -> None:
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
