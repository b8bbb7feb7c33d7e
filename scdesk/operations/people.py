"""People use cases: find, and merge two records of the same person."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from scdesk.model import (
    ContactDetail,
    HostPlacement,
    MeetingAttendance,
    Membership,
    OrganizationProfile,
    Participation,
    Person,
    VolunteerHours,
)
from scdesk.model.base import utcnow
from scdesk.operations.records import editable_fields, get_record
from scdesk.storage.search_index import search_people

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
    kept_id: int
    removed_id: int
    moved: dict[str, int]


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
    session: Session, keep_id: int, remove_id: int, choices: dict[str, Any] | None = None
) -> MergeResult:
    """Keep one record, move every relation of the other to it, tombstone the other.

    `choices` maps field names to the value the kept record should have (taken from either
    side, field by field); fields not named keep the kept record's value, or the other's
    where the kept one is empty.
    """
    if keep_id == remove_id:
        raise ValueError("Choose two different people to merge.")
    kept = get_record(session, Person, keep_id)
    removed = get_record(session, Person, remove_id)
    for field in editable_fields(Person):
        if field == "sort_name":
            continue
        if choices and field in choices:
            setattr(kept, field, choices[field])
        elif _is_blank(getattr(kept, field)) and not _is_blank(getattr(removed, field)):
            setattr(kept, field, getattr(removed, field))
    moved: dict[str, int] = {}
    now = utcnow()
    for model, column in PERSON_REFERENCES:
        result = session.execute(
            update(model)
            .where(getattr(model, column) == remove_id)
            .values({column: keep_id, "updated_at": now, "revision": model.revision + 1})
            .execution_options(synchronize_session="fetch")
        )
        if result.rowcount:
            key = f"{model.__tablename__}.{column}"
            moved[key] = moved.get(key, 0) + result.rowcount
    removed.deleted_at = now
    removed.notes = (removed.notes + f"\nMerged into {kept.uuid}").strip()
    session.flush()
    return MergeResult(keep_id, remove_id, moved)
