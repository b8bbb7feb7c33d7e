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
    """One grouped query (members by the year they joined and their status) gives it all,
    read from the covering index of migration 0006 alone."""
    year = cast(func.strftime("%Y", Person.member_since), Integer).label("year")
    rows = session.execute(
        select(year, Person.status, func.count(Person.id))
        .where(live(Person), Person.member_since <= period.end)
        .group_by(year, Person.status)
    ).all()
    by_status: dict[str, int] = {}
    joined: dict[int, int] = {}
    for joined_in, status, n in rows:
        by_status[status] = by_status.get(status, 0) + n
        joined[joined_in] = joined.get(joined_in, 0) + n
    if period.is_calendar_year:
        new = joined.get(period.start.year, 0)
    else:
        new = session.scalar(
            select(func.count(Person.id)).where(live(Person), within(Person.member_since, period))
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
