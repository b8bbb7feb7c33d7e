"""Volunteer hours in a period, filtered by person, committee or exchange: totals, by month,
by committee and by person, all summed by SQLite (the large demo holds 500,000 entries)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, func, select
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


def _entries(hours_filter: HoursFilter, *columns):
    """A query over the entries the filter keeps. Their exchange and committee are joined
    only when the filter asks for a committee or a partnership: the joins cost a lookup per
    entry, and SQLite does not leave them out by itself."""
    query = select(*columns).select_from(_H)
    if hours_filter.committee_id is not None or hours_filter.partnership_id is not None:
        query = query.outerjoin(Exchange, Exchange.id == _H.exchange_id).outerjoin(
            _EntryCommittee, _EntryCommittee.id == _H.committee_id
        )
    return query.where(_conditions(hours_filter))


@dataclass(frozen=True)
class HoursSummary:
    """Everything but the per-person table, from one pass over the period's entries."""

    totals: HoursTotals
    by_month: list[MonthHours]
    by_committee: list[HoursLine]
    by_partnership: dict[int, float]


def hours_summary(session: Session, hours_filter: HoursFilter) -> HoursSummary:
    """Entries summed in SQL by month, committee and exchange (a few thousand groups however
    many entries; read from the covering index of migration 0006), then the groups' exchange
    and committee looked up once each to find the committee and partnership they count for,
    and added up into the report's views of them."""
    approved = case((_H.approved_at.is_not(None), _H.hours), else_=0.0)
    keys = (
        month_of(_H.worked_on).label("month"),
        _H.committee_id.label("committee_id"),
        _H.exchange_id.label("exchange_id"),
    )
    sums = (
        func.count().label("entries"),
        func.sum(_H.hours).label("hours"),
        func.sum(approved).label("approved"),
    )
    grouped = _entries(hours_filter, *keys, *sums).group_by(*keys).subquery("grouped")
    groups = session.execute(
        select(
            grouped.c.month,
            func.coalesce(grouped.c.committee_id, Exchange.committee_id),
            func.coalesce(Exchange.partnership_id, _EntryCommittee.partnership_id),
            grouped.c.entries,
            grouped.c.hours,
            grouped.c.approved,
        )
        .select_from(grouped)
        .outerjoin(Exchange, Exchange.id == grouped.c.exchange_id)
        .outerjoin(_EntryCommittee, _EntryCommittee.id == grouped.c.committee_id)
    ).all()
    people = session.scalar(_entries(hours_filter, func.count(func.distinct(_H.person_id))))
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
    grouped = _entries(hours_filter, _H.person_id, *_sums()).group_by(_H.person_id).subquery()
    rows = session.execute(
        select(grouped, Person.given_name, Person.family_name)
        .join(Person, Person.id == grouped.c.person_id)
        .order_by(Person.sort_name, Person.id)
    )
    return [
        HoursLine(pid, display_name(given, family), n, float(h), float(a))
        for pid, n, h, a, given, family in rows
    ]
