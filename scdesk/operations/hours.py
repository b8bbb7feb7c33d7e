"""Volunteer hours use cases: log, approve, unapprove, total."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scdesk.domain.errors import RuleViolation
from scdesk.domain.i18n import _
from scdesk.domain.rules import require_chosen
from scdesk.model import HoursPurpose, Membership, Person, Post, VolunteerHours
from scdesk.model.base import utcnow
from scdesk.operations.records import get_record


def log_hours(
    session: Session,
    person_id: int,
    worked_on: date,
    hours: float,
    purpose: HoursPurpose = HoursPurpose.OTHER,
    *,
    exchange_id: int | None = None,
    committee_id: int | None = None,
    meeting_id: int | None = None,
    description: str = "",
) -> VolunteerHours:
    entry = VolunteerHours(
        person_id=person_id,
        worked_on=worked_on,
        hours=hours,
        purpose=purpose,
        exchange_id=exchange_id,
        committee_id=committee_id,
        meeting_id=meeting_id,
        description=description,
    )
    session.add(entry)
    session.flush()
    return entry


SAME_ENTRY_FIELDS = (
    "person_id",
    "worked_on",
    "hours",
    "purpose",
    "exchange_id",
    "committee_id",
    "meeting_id",
    "description",
)


def same_entry(
    session: Session, values: dict[str, Any], other_than: int | None = None
) -> VolunteerHours | None:
    """A live entry already holding exactly these values (same volunteer, day, hours,
    purpose, link and description), other than the entry `other_than`: saving `values`
    would log the same time twice."""
    if values.get("person_id") is None or values.get("worked_on") is None:
        return None
    query = select(VolunteerHours).where(VolunteerHours.deleted_at.is_(None))
    for name in SAME_ENTRY_FIELDS:
        column = getattr(VolunteerHours, name)
        value = values.get(name)
        if name == "description":
            value = (value or "").strip()
        elif name == "hours" and value is not None:
            value = float(value)
        query = query.where(column.is_(None) if value is None else column == value)
    if other_than is not None:
        query = query.where(VolunteerHours.id != other_than)
    return session.scalars(query.order_by(VolunteerHours.id).limit(1)).first()


def approve(session: Session, entry_ids: list[int], approver_id: int) -> int:
    """Mark entries approved by a chair; returns how many changed."""
    changed = 0
    for entry_id in entry_ids:
        entry = get_record(session, VolunteerHours, entry_id)
        if entry.approved_at is None:
            entry.approved_by_id = approver_id
            entry.approved_at = utcnow()
            changed += 1
    session.flush()
    return changed


def unapprove(session: Session, entry_ids: list[int]) -> int:
    changed = 0
    for entry_id in entry_ids:
        entry = get_record(session, VolunteerHours, entry_id)
        if entry.approved_at is not None:
            entry.approved_by_id = None
            entry.approved_at = None
            changed += 1
    session.flush()
    return changed


def total_hours(
    session: Session, person_id: int | None = None, approved_only: bool = False
) -> float:
    query = select(func.coalesce(func.sum(VolunteerHours.hours), 0.0)).where(
        VolunteerHours.deleted_at.is_(None)
    )
    if person_id is not None:
        query = query.where(VolunteerHours.person_id == person_id)
    if approved_only:
        query = query.where(VolunteerHours.approved_at.is_not(None))
    return float(session.scalar(query) or 0.0)


APPROVING_POSTS = (Post.CHAIR, Post.VICE_CHAIR)


def chairs(session: Session, on: date | None = None) -> list[Person]:
    """The people who may approve hours: current chairs and vice chairs, by name."""
    on = on or date.today()
    holding = select(Membership.person_id).where(
        Membership.post.in_(APPROVING_POSTS),
        Membership.deleted_at.is_(None),
        (Membership.started_on.is_(None)) | (Membership.started_on <= on),
        (Membership.ended_on.is_(None)) | (Membership.ended_on >= on),
    )
    return list(
        session.scalars(
            select(Person)
            .where(Person.id.in_(holding), Person.deleted_at.is_(None))
            .order_by(Person.sort_name)
        )
    )


def approve_as_chair(session: Session, entry_ids: list[int], approver_id: int | None) -> int:
    """Approve entries in the name of a current chair or vice chair; returns how many changed."""
    require_chosen("approved_by_id", approver_id, _("the chair who approves"))
    if approver_id not in {person.id for person in chairs(session)}:
        raise RuleViolation(
            "approved_by_id", _("Only a current committee chair or vice chair approves hours.")
        )
    return approve(session, entry_ids, approver_id)
