"""Committees as reports see them: who sat on them on a day, and the meetings they held."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scdesk.domain.names import display_name
from scdesk.model import Committee, Meeting, MeetingAttendance, Membership, Person, Post
from scdesk.reports.figures.period import Period
from scdesk.reports.figures.sql import held_on, live, within

POST_ORDER = {post: rank for rank, post in enumerate(Post)}


@dataclass(frozen=True)
class Seat:
    person: str
    post: Post


@dataclass(frozen=True)
class CommitteeRoster:
    id: int
    name: str
    seats: list[Seat]

    @property
    def chair(self) -> str | None:
        return next((s.person for s in self.seats if s.post == Post.CHAIR), None)


@dataclass(frozen=True)
class MeetingLine:
    committee: str
    held_on: date
    starts_at: time | None
    place: str
    attendance: int


def rosters(
    session: Session,
    day: date,
    committee_ids: list[int] | None = None,
    officers_only: bool = False,
) -> list[CommitteeRoster]:
    """Each live committee and the posts held on it on `day`, officers first."""
    query = select(Committee.id, Committee.name).where(live(Committee)).order_by(Committee.name)
    if committee_ids is not None:
        query = query.where(Committee.id.in_(committee_ids))
    committees = session.execute(query).all()
    seats: dict[int, list[Seat]] = {cid: [] for cid, _ in committees}
    query = (
        select(Membership.committee_id, Person.given_name, Person.family_name, Membership.post)
        .join(Person, Person.id == Membership.person_id)
        .where(
            live(Membership),
            live(Person),
            Membership.committee_id.in_(list(seats)),
            held_on(Membership.started_on, Membership.ended_on, day),
        )
        .order_by(Person.sort_name)
    )
    if officers_only:
        query = query.where(Membership.post != Post.MEMBER)
    rows = session.execute(query)
    for cid, given, family, post in rows:
        seats[cid].append(Seat(display_name(given, family), Post(post)))
    return [
        CommitteeRoster(cid, name, sorted(seats[cid], key=lambda s: POST_ORDER[s.post]))
        for cid, name in committees
    ]


def committees_of_partnerships(session: Session) -> dict[int, list[int]]:
    rows = session.execute(
        select(Committee.partnership_id, Committee.id)
        .where(live(Committee), Committee.partnership_id.is_not(None))
        .order_by(Committee.name)
    )
    found: dict[int, list[int]] = {}
    for pid, cid in rows:
        found.setdefault(pid, []).append(cid)
    return found


def meeting_counts_by_partnership(session: Session, period: Period) -> dict[int, int]:
    rows = session.execute(
        select(Committee.partnership_id, func.count(Meeting.id))
        .join(Committee, Committee.id == Meeting.committee_id)
        .where(
            live(Meeting), within(Meeting.held_on, period), Committee.partnership_id.is_not(None)
        )
        .group_by(Committee.partnership_id)
    )
    return dict(rows.all())


def meeting_lines(session: Session, period: Period, committee_ids: list[int]) -> list[MeetingLine]:
    attendance = (
        select(MeetingAttendance.meeting_id, func.count(MeetingAttendance.id).label("n"))
        .where(live(MeetingAttendance))
        .group_by(MeetingAttendance.meeting_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Committee.name,
            Meeting.held_on,
            Meeting.starts_at,
            Meeting.place,
            func.coalesce(attendance.c.n, 0),
        )
        .join(Committee, Committee.id == Meeting.committee_id)
        .outerjoin(attendance, attendance.c.meeting_id == Meeting.id)
        .where(
            live(Meeting), within(Meeting.held_on, period), Meeting.committee_id.in_(committee_ids)
        )
        .order_by(Meeting.held_on, Committee.name)
    )
    return [MeetingLine(*row) for row in rows]
