"""People use cases: find, and merge two records of the same person."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scdesk.domain.errors import RuleViolation
from scdesk.domain.i18n import _
from scdesk.domain.names import fold
from scdesk.domain.rules import require_chosen
from scdesk.model import (
    Committee,
    ContactDetail,
    Exchange,
    HostPlacement,
    HoursPurpose,
    MeetingAttendance,
    Membership,
    OrganizationProfile,
    ParticipantRole,
    Participation,
    Person,
    Post,
    VolunteerHours,
)
from scdesk.model.base import utcnow
from scdesk.operations.merge_rows import (
    combine_duplicates,
    plan_combination,
    restore_duplicates,
    write_rows,
)
from scdesk.operations.records import editable_fields, get_record
from scdesk.storage.search_index import first_people_matches, search_people

# Every column that points at a person, so a merge leaves nothing pointing at the duplicate.
PERSON_REFERENCES: tuple[tuple[type, str], ...] = (
    (Membership, "person_id"),
    (MeetingAttendance, "person_id"),
    (Participation, "person_id"),
    (HostPlacement, "guest_id"),
    (HostPlacement, "host_id"),
    (VolunteerHours, "person_id"),
    (VolunteerHours, "approved_by_id"),
    (ContactDetail, "person_id"),
    (OrganizationProfile, "primary_contact_id"),
    (OrganizationProfile, "administrator_id"),
)


@dataclass(frozen=True)
class MergeResult:
    """What a merge did, in enough detail to take it back (`unmerge_people`)."""

    kept_id: int
    removed_id: int
    moved: dict[str, int]
    # The ids of the rows whose "table.column" pointed at the removed person.
    moved_rows: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # The kept person's fields the merge changed, with their values before.
    kept_before: dict[str, Any] = field(default_factory=dict)
    removed_notes: str = ""
    # The other's rows that duplicated the kept person's ("table" -> ids): tombstoned, not moved.
    combined_rows: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # The kept person's rows that took such a duplicate in, with their values before.
    combined_before: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict)


def find_people(session: Session, text: str, limit: int = 50) -> list[Person]:
    ids = search_people(session.connection(), text, limit)
    if not ids:
        return []
    found = {p.id: p for p in session.query(Person).filter(Person.id.in_(ids))}
    return [found[i] for i in ids if i in found]


def _is_blank(value: object) -> bool:
    """Empty text, no value, or a zero count; consent flags are never filled in silently."""
    if isinstance(value, bool):
        return False
    return value in ("", None) or (isinstance(value, int) and value == 0)


def merge_people(
    session: Session, keep_id: int, remove_id: int | None, choices: dict[str, Any] | None = None
) -> MergeResult:
    """Keep one record, move every relation of the other to it, tombstone the other.

    Rows of the other that would duplicate the kept person's (same exchange, meeting,
    post and term, placement or contact detail) are combined into them (`merge_rows`).

    `choices` maps field names to the value the kept record should have (taken from either
    side, field by field); fields not named keep the kept record's value, or the other's
    where the kept one is empty.
    """
    require_chosen("remove_id", remove_id, _("the other record of this person"))
    if keep_id == remove_id:
        raise RuleViolation("remove_id", _("Choose two different people to merge."))
    kept = get_record(session, Person, keep_id)
    removed = get_record(session, Person, remove_id)
    before = {name: getattr(kept, name) for name in editable_fields(Person)}
    for name in editable_fields(Person):
        if name == "sort_name":
            continue
        if choices and name in choices:
            setattr(kept, name, choices[name])
        elif _is_blank(getattr(kept, name)) and not _is_blank(getattr(removed, name)):
            setattr(kept, name, getattr(removed, name))
    combined = combine_duplicates(session, keep_id, remove_id)
    folded = {table: set(ids) for table, ids in combined.tombstoned.items()}
    moved: dict[str, int] = {}
    moved_rows: dict[str, tuple[int, ...]] = {}
    now = utcnow()
    for model, column in PERSON_REFERENCES:
        pointing = session.scalars(select(model.id).where(getattr(model, column) == remove_id))
        skip = folded.get(model.__tablename__, set())
        ids = tuple(row_id for row_id in pointing if row_id not in skip)
        if ids:
            write_rows(session, model, ids, {column: keep_id})
            key = f"{model.__tablename__}.{column}"
            moved[key] = len(ids)
            moved_rows[key] = ids
    removed_notes = removed.notes
    removed.deleted_at = now
    removed.notes = (removed.notes + f"\nMerged into {kept.uuid}").strip()
    session.flush()
    kept_before = {name: value for name, value in before.items() if getattr(kept, name) != value}
    return MergeResult(
        keep_id,
        remove_id,
        moved,
        moved_rows,
        kept_before,
        removed_notes,
        {table: tuple(ids) for table, ids in combined.tombstoned.items()},
        combined.kept_before,
    )


def unmerge_people(session: Session, result: MergeResult) -> None:
    """Take a merge back: the removed person returns, with every row that moved to the kept
    one, and the kept person's fields as they were."""
    kept = get_record(session, Person, result.kept_id)
    removed = get_record(session, Person, result.removed_id)
    references = {
        f"{model.__tablename__}.{column}": (model, column) for model, column in PERSON_REFERENCES
    }
    for key, ids in result.moved_rows.items():
        model, column = references[key]
        write_rows(session, model, ids, {column: result.removed_id})
    restore_duplicates(session, result.combined_rows, result.combined_before)
    for name, value in result.kept_before.items():
        setattr(kept, name, value)
    removed.deleted_at = None
    removed.notes = result.removed_notes
    session.flush()


@dataclass(frozen=True)
class FieldChoice:
    """A field where two records of one person disagree."""

    name: str
    kept: Any
    other: Any
    proposed: str  # "kept" or "other": what a merge takes when nobody chooses


def differing_fields(session: Session, keep_id: int, other_id: int) -> list[FieldChoice]:
    """The fields two people differ in, and which value a merge would keep by default."""
    kept = get_record(session, Person, keep_id)
    other = get_record(session, Person, other_id)
    differences = []
    for name in editable_fields(Person):
        if name in ("sort_name", "notes"):
            continue
        mine, theirs = getattr(kept, name), getattr(other, name)
        if mine == theirs or _is_blank(theirs):
            continue  # nothing to choose: the kept value stays
        proposed = "other" if _is_blank(mine) else "kept"
        differences.append(FieldChoice(name, mine, theirs, proposed))
    return differences


@dataclass(frozen=True)
class MergeOutcome:
    """What merging would do with the other record's rows of one "table.column"."""

    key: str
    moved: int  # made to point at the kept record
    combined: int  # folded into a row the kept record already has (`merge_rows`)
    dropped: int  # between the two records (one hosting the other): nothing once they are one


def merge_outcomes(session: Session, keep_id: int, other_id: int) -> list[MergeOutcome]:
    """What `merge_people` would do with each kind of row pointing at `other_id`, from the
    same plan of combinations it follows; nothing is written."""
    combined = plan_combination(session, keep_id, other_id)
    outcomes = []
    for model, column in PERSON_REFERENCES:
        ids = set(
            session.scalars(
                select(model.id).where(
                    getattr(model, column) == other_id, model.deleted_at.is_(None)
                )
            )
        )
        if not ids:
            continue
        gone = ids & set(combined.tombstoned.get(model.__tablename__, ()))
        dropped = len(gone & combined.between) if model is HostPlacement else 0
        key = f"{model.__tablename__}.{column}"
        outcomes.append(MergeOutcome(key, len(ids - gone), len(gone) - dropped, dropped))
    return outcomes


@dataclass(frozen=True)
class PersonActivity:
    """What a person does in the organization, for their record's read-only lists."""

    posts: list[tuple[int, str, Post, date | None, date | None]]  # id, committee, post, terms
    exchanges: list[tuple[int, str, ParticipantRole, date | None]]  # id, title, role, start
    hours: list[tuple[int, date, float, HoursPurpose, str, bool]]  # latest entries
    hours_total: float
    hours_entries: int


LATEST_HOURS = 200


def person_activity(session: Session, person_id: int) -> PersonActivity:
    """A person's posts, exchanges and (latest) volunteer hours, with their hours total."""
    posts = session.execute(
        select(
            Membership.id,
            func.coalesce(Committee.name, ""),
            Membership.post,
            Membership.started_on,
            Membership.ended_on,
        )
        .outerjoin(Committee, Committee.id == Membership.committee_id)
        .where(Membership.person_id == person_id, Membership.deleted_at.is_(None))
        .order_by(Membership.started_on.desc().nulls_last())
    ).all()
    exchanges = session.execute(
        select(Exchange.id, Exchange.title, Participation.role, Exchange.starts_on)
        .join(Participation, Participation.exchange_id == Exchange.id)
        .where(
            Participation.person_id == person_id,
            Participation.deleted_at.is_(None),
            Exchange.deleted_at.is_(None),
        )
        .order_by(Exchange.starts_on.desc().nulls_last())
    ).all()
    live_hours = (VolunteerHours.person_id == person_id, VolunteerHours.deleted_at.is_(None))
    what = func.coalesce(Exchange.title, Committee.name, VolunteerHours.description)
    hours = session.execute(
        select(
            VolunteerHours.id,
            VolunteerHours.worked_on,
            VolunteerHours.hours,
            VolunteerHours.purpose,
            what,
            VolunteerHours.approved_at.is_not(None),
        )
        .outerjoin(Exchange, Exchange.id == VolunteerHours.exchange_id)
        .outerjoin(Committee, Committee.id == VolunteerHours.committee_id)
        .where(*live_hours)
        .order_by(VolunteerHours.worked_on.desc(), VolunteerHours.id.desc())
        .limit(LATEST_HOURS)
    ).all()
    total, entries = session.execute(
        select(func.coalesce(func.sum(VolunteerHours.hours), 0.0), func.count()).where(*live_hours)
    ).one()
    return PersonActivity(
        [tuple(row) for row in posts],
        [tuple(row) for row in exchanges],
        [tuple(row) for row in hours],
        float(total),
        int(entries),
    )


PICKER_CANDIDATES = 200


def people_to_choose(session: Session, typed: str, limit: int = 20) -> list[Person]:
    """Matches for a person picker, in name order; every word typed must match.

    Ranking thousands of matches takes too long between two keystrokes, so while more than
    PICKER_CANDIDATES people match (a letter or two typed), the people whose family name
    begins with what was typed come first, alphabetically.
    """
    ids = first_people_matches(session.connection(), typed, PICKER_CANDIDATES + 1)
    live = Person.deleted_at.is_(None)
    if len(ids) <= PICKER_CANDIDATES:
        query = select(Person).where(Person.id.in_(ids), live).order_by(Person.sort_name)
        return list(session.scalars(query.limit(limit)))
    prefix = fold(typed)
    found = list(
        session.scalars(
            select(Person)
            .where(Person.sort_name >= prefix, Person.sort_name < prefix + "\uffff", live)
            .order_by(Person.sort_name)
            .limit(limit)
        )
    )
    if len(found) < limit:
        seen = {person.id for person in found}
        more = [i for i in ids if i not in seen][: limit - len(found)]
        extra = select(Person).where(Person.id.in_(more), live).order_by(Person.sort_name)
        found.extend(session.scalars(extra))
    return found
