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


def _from_hours(*columns):
    """A query over hours entries, joined to their exchange and committee (for the committee
    and partnership an entry counts for)."""
    return (
        select(*columns)
        .select_from(_H)
        .outerjoin(Exchange, Exchange.id == _H.exchange_id)
        .outerjoin(_EntryCommittee, _EntryCommittee.id == _H.committee_id)
    )


def hours_totals(session: Session, hours_filter: HoursFilter) -> HoursTotals:
    row = session.execute(
        _from_hours(*_sums(), func.count(func.distinct(_H.person_id))).where(
            _conditions(hours_filter)
        )
    ).one()
    entries, hours, approved, people = row
    return HoursTotals(entries, float(hours), float(approved), people)


def hours_by_month(session: Session, hours_filter: HoursFilter) -> list[MonthHours]:
    """Every month of the period, months without hours included (as zero)."""
    month = month_of(_H.worked_on)
    rows = session.execute(
        _from_hours(month, *_sums()[1:]).where(_conditions(hours_filter)).group_by(month)
    )
    found = {m: (float(h), float(a)) for m, h, a in rows}
    return [MonthHours(m, *found.get(m, (0.0, 0.0))) for m in hours_filter.period.months()]


def hours_by_committee(session: Session, hours_filter: HoursFilter) -> list[HoursLine]:
    committee = committee_of_entry().label("committee_id")
    grouped = (
        _from_hours(committee, *_sums())
        .where(_conditions(hours_filter))
        .group_by(committee)
        .subquery()
    )
    rows = session.execute(
        select(grouped, Committee.name)
        .outerjoin(Committee, Committee.id == grouped.c.committee_id)
        .order_by(Committee.name.is_(None), Committee.name)
    )
    return [HoursLine(cid, name, n, float(h), float(a)) for cid, n, h, a, name in rows]


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


def hours_by_partnership(session: Session, hours_filter: HoursFilter) -> dict[int, float]:
    partnership = partnership_of_entry().label("partnership_id")
    rows = session.execute(
        _from_hours(partnership, func.sum(_H.hours))
        .where(_conditions(hours_filter), partnership.is_not(None))
        .group_by(partnership)
    )
    return {pid: float(hours) for pid, hours in rows}
