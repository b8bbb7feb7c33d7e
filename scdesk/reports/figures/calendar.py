"""Exchanges, meetings and itinerary items as calendar events, for an iCalendar file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from scdesk.model import Committee, Exchange, ItineraryItem, Meeting, Partnership
from scdesk.reports.figures.exchanges import counted
from scdesk.reports.figures.period import Period
from scdesk.reports.figures.sql import live, within


@dataclass(frozen=True)
class CalendarEvent:
    """An all-day event when `starts_at` is None; `ends_on` is the last day, included."""

    uid: str
    summary: str
    starts_on: date
    ends_on: date | None = None
    starts_at: time | None = None
    place: str = ""
    description: str = ""


def exchange_events(session: Session, condition: ColumnElement[bool]) -> list[CalendarEvent]:
    rows = session.execute(
        select(
            Exchange.uuid,
            Exchange.title,
            Exchange.starts_on,
            Exchange.ends_on,
            Exchange.place,
            Partnership.partner_city,
        )
        .join(Partnership, Partnership.id == Exchange.partnership_id)
        .where(condition, Exchange.starts_on.is_not(None))
        .order_by(Exchange.starts_on, Exchange.id)
    )
    return [
        CalendarEvent(uid, title, start, end or start, None, place, f"Exchange with {city}")
        for uid, title, start, end, place, city in rows
    ]


def counted_exchange_events(
    session: Session, period: Period, partnership_id: int | None = None
) -> list[CalendarEvent]:
    return exchange_events(session, counted(period, partnership_id))


def meeting_events(
    session: Session, period: Period, committee_ids: list[int] | None = None
) -> list[CalendarEvent]:
    query = (
        select(Meeting.uuid, Committee.name, Meeting.held_on, Meeting.starts_at, Meeting.place)
        .join(Committee, Committee.id == Meeting.committee_id)
        .where(live(Meeting), live(Committee), within(Meeting.held_on, period))
        .order_by(Meeting.held_on, Meeting.starts_at, Committee.name)
    )
    if committee_ids is not None:
        query = query.where(Meeting.committee_id.in_(committee_ids))
    return [
        CalendarEvent(uid, f"{name}: meeting", day, day, at, place)
        for uid, name, day, at, place in session.execute(query)
    ]


def itinerary_events(session: Session, exchange_id: int) -> list[CalendarEvent]:
    rows = session.execute(
        select(
            ItineraryItem.uuid,
            ItineraryItem.title,
            ItineraryItem.day,
            ItineraryItem.starts_at,
            ItineraryItem.place,
            ItineraryItem.notes,
        )
        .where(live(ItineraryItem), ItineraryItem.exchange_id == exchange_id)
        .order_by(ItineraryItem.day, ItineraryItem.starts_at)
    )
    return [
        CalendarEvent(uid, title, day, day, at, place, notes)
        for uid, title, day, at, place, notes in rows
    ]
