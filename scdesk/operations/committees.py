"""Committee use cases: appoint to a post, end a term, record a meeting."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, joinedload

from scdesk.domain.errors import RuleViolation
from scdesk.domain.i18n import _
from scdesk.domain.rules import require_chosen
from scdesk.model import Meeting, MeetingAttendance, Membership, Person, Post
from scdesk.model.base import utcnow
from scdesk.operations.records import get_record, update_record


def appoint(
    session: Session,
    person_id: int,
    committee_id: int | None,
    post: Post,
    started_on: date,
    ended_on: date | None = None,
) -> Membership:
    """Give a person a post on a committee (or, with no committee, in the organization)."""
    require_chosen("person_id", person_id, _("the person"))
    membership = Membership(
        person_id=person_id,
        committee_id=committee_id,
        post=post,
        started_on=started_on,
        ended_on=ended_on,
    )
    session.add(membership)
    session.flush()
    return membership


def end_term(session: Session, membership_id: int, ended_on: date | None) -> Membership:
    require_chosen("ended_on", ended_on, _("the day the term ends"))
    membership = get_record(session, Membership, membership_id)
    if membership.ended_on is not None and membership.ended_on <= ended_on:
        raise RuleViolation(
            "ended_on",
            _("This term already ended on {day}.").format(day=membership.ended_on),
        )
    membership.ended_on = ended_on
    session.flush()
    return membership


def current_chair(session: Session, committee_id: int, on: date | None = None) -> int | None:
    """The person chairing the committee on a day (today by default)."""
    on = on or date.today()
    return session.scalars(
        select(Membership.person_id).where(
            Membership.committee_id == committee_id,
            Membership.post == Post.CHAIR,
            Membership.deleted_at.is_(None),
            (Membership.started_on.is_(None)) | (Membership.started_on <= on),
            (Membership.ended_on.is_(None)) | (Membership.ended_on >= on),
        )
    ).first()


def record_meeting(
    session: Session,
    committee_id: int,
    held_on: date,
    place: str = "",
    minutes: str = "",
    attendee_ids: list[int] | tuple[int, ...] = (),
) -> Meeting:
    meeting = Meeting(committee_id=committee_id, held_on=held_on, place=place, minutes=minutes)
    session.add(meeting)
    for person_id in dict.fromkeys(attendee_ids):
        session.add(MeetingAttendance(meeting=meeting, person_id=person_id))
    session.flush()
    return meeting


def members_of(session: Session, committee_id: int, include_past: bool = False) -> list[Membership]:
    """The committee's posts: current ones (or every one), chair first, then by name."""
    query = (
        select(Membership)
        .join(Person, Person.id == Membership.person_id)
        .options(joinedload(Membership.person))
        .where(Membership.committee_id == committee_id, Membership.deleted_at.is_(None))
    )
    if not include_past:
        today = date.today()
        query = query.where(Membership.ended_on.is_(None) | (Membership.ended_on >= today))
    order = case({post: rank for rank, post in enumerate(Post)}, value=Membership.post)
    return list(session.scalars(query.order_by(order, Person.sort_name, Membership.started_on)))


def meetings_of(session: Session, committee_id: int) -> list[tuple[Meeting, int]]:
    """The committee's meetings, the latest first, with how many attended each."""
    attended = (
        select(func.count(MeetingAttendance.id))
        .where(
            MeetingAttendance.meeting_id == Meeting.id,
            MeetingAttendance.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    rows = session.execute(
        select(Meeting, attended)
        .where(Meeting.committee_id == committee_id, Meeting.deleted_at.is_(None))
        .order_by(Meeting.held_on.desc())
    )
    return [(meeting, count) for meeting, count in rows]


def attendee_ids(session: Session, meeting_id: int) -> list[int]:
    return list(
        session.scalars(
            select(MeetingAttendance.person_id)
            .join(Person, Person.id == MeetingAttendance.person_id)
            .where(
                MeetingAttendance.meeting_id == meeting_id,
                MeetingAttendance.deleted_at.is_(None),
            )
            .order_by(Person.sort_name)
        )
    )


def edit_meeting(
    session: Session,
    meeting_id: int,
    values: dict[str, Any],
    attendees: list[int] | tuple[int, ...],
) -> Meeting:
    """Change a meeting's details and who attended (absent people's entries are tombstoned,
    returning ones restored)."""
    meeting = update_record(session, Meeting, meeting_id, values)
    wanted = set(attendees)
    entries = session.scalars(
        select(MeetingAttendance).where(MeetingAttendance.meeting_id == meeting_id)
    ).all()
    present = set()
    for entry in entries:
        if entry.person_id in wanted and entry.person_id not in present:
            entry.deleted_at = None
            present.add(entry.person_id)
        elif entry.deleted_at is None:
            entry.deleted_at = utcnow()
    for person_id in dict.fromkeys(attendees):
        if person_id not in present:
            session.add(MeetingAttendance(meeting_id=meeting_id, person_id=person_id))
    session.flush()
    return meeting
