"""Membership: who joined in the period, who is active or lapsed, how the roll grew.

Members are the people with a "member since" date. Their status (active, inactive, lapsed) is
the one recorded today: the records keep no dated history of it, and the report says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from scdesk.model import Person, PersonStatus
from scdesk.reports.figures.period import Period
from scdesk.reports.figures.sql import live, within

YEARS_SHOWN = 10


@dataclass(frozen=True)
class MembershipFigures:
    new: int
    active: int
    inactive: int
    lapsed: int
    # (year, members who had joined by the end of that year, or by the period's end)
    joined_by_year: list[tuple[int, int]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.active + self.inactive + self.lapsed


def membership_figures(session: Session, period: Period) -> MembershipFigures:
    members = (live(Person), Person.member_since.is_not(None))
    new = session.scalar(
        select(func.count(Person.id)).where(*members, within(Person.member_since, period))
    )
    by_status = dict(
        session.execute(
            select(Person.status, func.count(Person.id))
            .where(*members, Person.member_since <= period.end)
            .group_by(Person.status)
        ).all()
    )
    year = cast(func.strftime("%Y", Person.member_since), Integer)
    joined = dict(
        session.execute(
            select(year, func.count(Person.id))
            .where(*members, Person.member_since <= period.end)
            .group_by(year)
        ).all()
    )
    first_shown = period.end.year - YEARS_SHOWN + 1
    running = sum(n for y, n in joined.items() if y < first_shown)
    joined_by_year = []
    for shown in range(first_shown, period.end.year + 1):
        running += joined.get(shown, 0)
        joined_by_year.append((shown, running))
    return MembershipFigures(
        new=new or 0,
        active=by_status.get(PersonStatus.ACTIVE, 0),
        inactive=by_status.get(PersonStatus.INACTIVE, 0),
        lapsed=by_status.get(PersonStatus.LAPSED, 0),
        joined_by_year=joined_by_year,
    )
