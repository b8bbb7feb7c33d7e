"""Committee use cases: appoint to a post, end a term, record a meeting."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.errors import RuleViolation
from scdesk.domain.i18n import _
from scdesk.model import Meeting, MeetingAttendance, Membership, Post
from scdesk.operations.records import get_record


def appoint(
    session: Session,
    person_id: int,
    committee_id: int | None,
    post: Post,
    started_on: date,
    ended_on: date | None = None,
) -> Membership:
    """Give a person a post on a committee (or, with no committee, in the organization)."""
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


def end_term(session: Session, membership_id: int, ended_on: date) -> Membership:
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
