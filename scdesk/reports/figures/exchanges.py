"""Exchanges in a period: counted by field and direction, with their participants and the
nights guests spent with host families. Cancelled exchanges are not counted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from scdesk.model import (
    Exchange,
    ExchangeDirection,
    ExchangeField,
    ExchangeStatus,
    HostPlacement,
    Participation,
)
from scdesk.reports.figures.period import Period
from scdesk.reports.figures.sql import live, within


@dataclass(frozen=True)
class ExchangeCount:
    field: ExchangeField
    direction: ExchangeDirection
    exchanges: int
    participants: int
    host_nights: int


@dataclass(frozen=True)
class ExchangeLine:
    id: int
    title: str
    starts_on: date | None
    ends_on: date | None
    field: ExchangeField
    direction: ExchangeDirection
    status: ExchangeStatus
    participants: int
    host_nights: int


@dataclass(frozen=True)
class ExchangeTotals:
    exchanges: int
    participants: int
    people: int  # different people among the participants
    host_nights: int
    cancelled: int


def counted(period: Period, partnership_id: int | None = None) -> ColumnElement[bool]:
    """Exchanges a report counts: live, starting in the period, not cancelled."""
    condition = and_(
        live(Exchange),
        within(Exchange.starts_on, period),
        Exchange.status != ExchangeStatus.CANCELLED,
    )
    if partnership_id is not None:
        condition = and_(condition, Exchange.partnership_id == partnership_id)
    return condition


def _per_exchange(condition: ColumnElement[bool]):
    """Participants and host nights per counted exchange, as two grouped subqueries."""
    participants = (
        select(Participation.exchange_id, func.count(Participation.id).label("n"))
        .join(Exchange, Exchange.id == Participation.exchange_id)
        .where(live(Participation), condition)
        .group_by(Participation.exchange_id)
        .subquery()
    )
    nights = (
        select(HostPlacement.exchange_id, func.sum(HostPlacement.nights).label("n"))
        .join(Exchange, Exchange.id == HostPlacement.exchange_id)
        .where(live(HostPlacement), condition)
        .group_by(HostPlacement.exchange_id)
        .subquery()
    )
    return participants, nights


def _count_query(condition: ColumnElement[bool], *group_by):
    participants, nights = _per_exchange(condition)
    return (
        select(
            *group_by,
            func.count(Exchange.id),
            func.coalesce(func.sum(participants.c.n), 0),
            func.coalesce(func.sum(nights.c.n), 0),
        )
        .outerjoin(participants, participants.c.exchange_id == Exchange.id)
        .outerjoin(nights, nights.c.exchange_id == Exchange.id)
        .where(condition)
        .group_by(*group_by)
    )


@dataclass(frozen=True)
class ExchangeBreakdown:
    counts: list[ExchangeCount]  # by field and direction
    by_partnership: dict[int, tuple[int, int, int]]  # exchanges, participants, host nights


def exchange_breakdown(
    session: Session, period: Period, partnership_id: int | None = None
) -> ExchangeBreakdown:
    """One grouped query by field, direction and partnership, added up both ways."""
    query = _count_query(
        counted(period, partnership_id),
        Exchange.field,
        Exchange.direction,
        Exchange.partnership_id,
    )
    found: dict[tuple[ExchangeField, ExchangeDirection], list[int]] = {}
    by_partnership: dict[int, tuple[int, int, int]] = {}
    for f, d, pid, n, p, h in session.execute(query):
        sums = found.setdefault((ExchangeField(f), ExchangeDirection(d)), [0, 0, 0])
        sums[0], sums[1], sums[2] = sums[0] + n, sums[1] + p, sums[2] + h
        before = by_partnership.get(pid, (0, 0, 0))
        by_partnership[pid] = (before[0] + n, before[1] + p, before[2] + h)
    counts = [
        ExchangeCount(field, direction, *found[(field, direction)])
        for field in ExchangeField
        for direction in ExchangeDirection
        if (field, direction) in found
    ]
    return ExchangeBreakdown(counts, by_partnership)


def exchange_counts(
    session: Session, period: Period, partnership_id: int | None = None
) -> list[ExchangeCount]:
    return exchange_breakdown(session, period, partnership_id).counts


def exchange_totals(
    session: Session,
    period: Period,
    partnership_id: int | None = None,
    counts: list[ExchangeCount] | None = None,
) -> ExchangeTotals:
    """Totals of the counted exchanges (pass `counts` when already computed)."""
    condition = counted(period, partnership_id)
    if counts is None:
        counts = exchange_counts(session, period, partnership_id)
    people = session.scalar(
        select(func.count(func.distinct(Participation.person_id)))
        .join(Exchange, Exchange.id == Participation.exchange_id)
        .where(live(Participation), condition)
    )
    cancelled_condition = and_(
        live(Exchange),
        within(Exchange.starts_on, period),
        Exchange.status == ExchangeStatus.CANCELLED,
    )
    if partnership_id is not None:
        cancelled_condition = and_(cancelled_condition, Exchange.partnership_id == partnership_id)
    cancelled = session.scalar(select(func.count(Exchange.id)).where(cancelled_condition))
    return ExchangeTotals(
        exchanges=sum(c.exchanges for c in counts),
        participants=sum(c.participants for c in counts),
        people=people or 0,
        host_nights=sum(c.host_nights for c in counts),
        cancelled=cancelled or 0,
    )


def exchange_lines(
    session: Session, period: Period, partnership_id: int | None = None
) -> list[ExchangeLine]:
    """Every counted exchange, in date order (for one partnership's report)."""
    condition = counted(period, partnership_id)
    participants, nights = _per_exchange(condition)
    query = (
        select(
            Exchange.id,
            Exchange.title,
            Exchange.starts_on,
            Exchange.ends_on,
            Exchange.field,
            Exchange.direction,
            Exchange.status,
            func.coalesce(participants.c.n, 0),
            func.coalesce(nights.c.n, 0),
        )
        .outerjoin(participants, participants.c.exchange_id == Exchange.id)
        .outerjoin(nights, nights.c.exchange_id == Exchange.id)
        .where(condition)
        .order_by(Exchange.starts_on, Exchange.id)
    )
    return [
        ExchangeLine(i, t, s, e, ExchangeField(f), ExchangeDirection(d), ExchangeStatus(st), p, n)
        for i, t, s, e, f, d, st, p, n in session.execute(query)
    ]
