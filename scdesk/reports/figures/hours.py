"""Volunteer hours in a period, filtered by person, committee or exchange: totals, by month,
by committee and by person, all summed by SQLite (the large demo holds 500,000 entries)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, func, null, select, union_all
from sqlalchemy.orm import Session, aliased

from scdesk.domain.names import display_name
from scdesk.model import Committee, Exchange, Person, VolunteerHours
from scdesk.reports.figures.period import Period
from scdesk.reports.figures.sql import live, month_of, within

_H = VolunteerHours
_EntryCommittee = aliased(Committee)


@dataclass(frozen=True)
class HoursFilter:
    period: Period
    person_id: int | None = None
    committee_id: int | None = None
    exchange_id: int | None = None
    partnership_id: int | None = None
    approved_only: bool = False


@dataclass(frozen=True)
class HoursTotals:
    entries: int
    hours: float
    approved_hours: float
    people: int


@dataclass(frozen=True)
class HoursLine:
    """Hours of one committee or one person; `name` None is "no committee"."""

    id: int | None
    name: str | None
    entries: int
    hours: float
    approved_hours: float


@dataclass(frozen=True)
class MonthHours:
    month: str  # "YYYY-MM"
    hours: float
    approved_hours: float


def committee_of_entry() -> ColumnElement[int | None]:
    """An entry counts for its own committee, or else for the committee of its exchange."""
    return func.coalesce(_H.committee_id, Exchange.committee_id)


def partnership_of_entry() -> ColumnElement[int | None]:
    """An entry counts for its exchange's partnership, or else for its committee's."""
    return func.coalesce(Exchange.partnership_id, _EntryCommittee.partnership_id)


def _conditions(hours_filter: HoursFilter) -> ColumnElement[bool]:
    condition = and_(live(_H), within(_H.worked_on, hours_filter.period))
    if hours_filter.person_id is not None:
        condition = and_(condition, _H.person_id == hours_filter.person_id)
    if hours_filter.committee_id is not None:
        condition = and_(condition, committee_of_entry() == hours_filter.committee_id)
    if hours_filter.exchange_id is not None:
        condition = and_(condition, _H.exchange_id == hours_filter.exchange_id)
    if hours_filter.partnership_id is not None:
        condition = and_(condition, partnership_of_entry() == hours_filter.partnership_id)
    if hours_filter.approved_only:
        condition = and_(condition, _H.approved_at.is_not(None))
    return condition


def _sums():
    approved = case((_H.approved_at.is_not(None), _H.hours), else_=0.0)
    return (
        func.count(_H.id),
        func.coalesce(func.sum(_H.hours), 0.0),
        func.coalesce(func.sum(approved), 0.0),
    )


def _from_hours(*columns):
    """A query over hours entries, joined to their exchange and committee (for the committee
    and partnership an entry counts for)."""
    return (
        select(*columns)
        .select_from(_H)
        .outerjoin(Exchange, Exchange.id == _H.exchange_id)
        .outerjoin(_EntryCommittee, _EntryCommittee.id == _H.committee_id)
    )


@dataclass(frozen=True)
class HoursSummary:
    """Everything but the per-person table, from one pass over the period's entries."""

    totals: HoursTotals
    by_month: list[MonthHours]
    by_committee: list[HoursLine]
    by_partnership: dict[int, float]


def hours_summary(session: Session, hours_filter: HoursFilter) -> HoursSummary:
    """Entries grouped by month, committee and partnership in SQL (a few hundred groups
    however many entries), then added up into the report's views of them."""
    approved = case((_H.approved_at.is_not(None), _H.hours), else_=0.0)
    entries = (
        _from_hours(
            month_of(_H.worked_on).label("month"),
            committee_of_entry().label("committee_id"),
            partnership_of_entry().label("partnership_id"),
            _H.person_id.label("person_id"),
            _H.hours.label("hours"),
            approved.label("approved"),
        )
        .where(_conditions(hours_filter))
        .cte("entries")
        .prefix_with("MATERIALIZED")  # read the entries once for both selects below
    )
    keys = (entries.c.month, entries.c.committee_id, entries.c.partnership_id)
    grouped = select(
        *keys,
        func.count(),
        func.sum(entries.c.hours),
        func.sum(entries.c.approved),
        null().label("people"),
    ).group_by(*keys)
    people_count = select(
        null(),
        null(),
        null(),
        null(),
        null(),
        null(),
        func.count(func.distinct(entries.c.person_id)),
    )
    rows = session.execute(union_all(grouped, people_count)).all()
    groups = [row[:6] for row in rows if row[6] is None]
    people = next((row[6] for row in rows if row[6] is not None), 0)
    months: dict[str, list[float]] = {m: [0.0, 0.0] for m in hours_filter.period.months()}
    committees: dict[int | None, list[float]] = {}
    partnerships: dict[int, float] = {}
    entries = 0
    for m, cid, pid, n, hours, approved in groups:
        entries += n
        months.setdefault(m, [0.0, 0.0])
        months[m][0] += hours
        months[m][1] += approved
        line = committees.setdefault(cid, [0, 0.0, 0.0])
        line[0] += n
        line[1] += hours
        line[2] += approved
        if pid is not None:
            partnerships[pid] = partnerships.get(pid, 0.0) + hours
    names = dict(
        session.execute(
            select(Committee.id, Committee.name).where(
                Committee.id.in_([c for c in committees if c])
            )
        ).all()
    )
    by_committee = sorted(
        (HoursLine(cid, names.get(cid), int(n), h, a) for cid, (n, h, a) in committees.items()),
        key=lambda line: (line.name is None, line.name or ""),
    )
    return HoursSummary(
        totals=HoursTotals(
            entries,
            sum(h for h, _a in months.values()),
            sum(a for _h, a in months.values()),
            people or 0,
        ),
        by_month=[MonthHours(m, h, a) for m, (h, a) in sorted(months.items())],
        by_committee=by_committee,
        by_partnership=partnerships,
    )


def hours_by_person(session: Session, hours_filter: HoursFilter) -> list[HoursLine]:
    grouped = (
        _from_hours(_H.person_id, *_sums())
        .where(_conditions(hours_filter))
        .group_by(_H.person_id)
        .subquery()
    )
    rows = session.execute(
        select(grouped, Person.given_name, Person.family_name)
        .join(Person, Person.id == grouped.c.person_id)
        .order_by(Person.sort_name, Person.id)
    )
    return [
        HoursLine(pid, display_name(given, family), n, float(h), float(a))
        for pid, n, h, a, given, family in rows
    ]
