"""The volunteer hours list, its filters (person, committee, exchange, date range, approval)
and the totals shown under it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from scdesk.model import Committee, Exchange, HoursPurpose, Person, VolunteerHours
from scdesk.operations.lists.base import ListColumn, RecordList, live
from scdesk.operations.lists.search_terms import matches_index

_ON = func.coalesce(Exchange.title, Committee.name, "")

HOURS = RecordList(
    model=VolunteerHours,
    # Outer joins, so SQLite skips them when neither the sort nor the filter needs them.
    source=VolunteerHours.__table__.outerjoin(
        Person.__table__, Person.id == VolunteerHours.person_id
    )
    .outerjoin(Exchange.__table__, Exchange.id == VolunteerHours.exchange_id)
    .outerjoin(Committee.__table__, Committee.id == VolunteerHours.committee_id),
    columns=(
        ListColumn("worked_on", VolunteerHours.worked_on, indexed=True),
        ListColumn(
            "person",
            Person.given_name + " " + Person.family_name,
            sort=VolunteerHours.person_sort,
            indexed=True,
        ),
        ListColumn("hours", VolunteerHours.hours, indexed=True),
        ListColumn("purpose", VolunteerHours.purpose, indexed=True),
        ListColumn("on", _ON, sort=VolunteerHours.on_sort, indexed=True),
        ListColumn("description", VolunteerHours.description, indexed=True),
        # Not approved first, then by when (so the index of approval times serves).
        ListColumn(
            "approved",
            VolunteerHours.approved_at.is_not(None),
            sort=VolunteerHours.approved_at,
            indexed=True,
        ),
    ),
)


@dataclass(frozen=True)
class HoursFilter:
    person_id: int | None = None
    person_text: str = ""  # whoever the people index finds by what was typed
    exchange_text: str = ""  # whatever the exchanges index finds by what was typed
    committee_id: int | None = None
    exchange_id: int | None = None
    purpose: HoursPurpose | None = None
    worked_from: date | None = None
    worked_until: date | None = None
    approved: bool | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        for column, wanted in (
            (VolunteerHours.person_id, self.person_id),
            (VolunteerHours.committee_id, self.committee_id),
            (VolunteerHours.exchange_id, self.exchange_id),
            (VolunteerHours.purpose, self.purpose),
        ):
            if wanted is not None:
                conditions.append(column == wanted)
        if self.person_text.strip():
            found = matches_index(VolunteerHours.person_id, "person_fts", self.person_text)
            conditions.append(found)
        if self.exchange_text.strip():
            found = matches_index(VolunteerHours.exchange_id, "exchange_fts", self.exchange_text)
            conditions.append(found)
        if self.worked_from is not None:
            conditions.append(VolunteerHours.worked_on >= self.worked_from)
        if self.worked_until is not None:
            conditions.append(VolunteerHours.worked_on <= self.worked_until)
        if self.approved is not None:
            approved_at = VolunteerHours.approved_at
            conditions.append(approved_at.is_not(None) if self.approved else approved_at.is_(None))
        return conditions


@dataclass(frozen=True)
class HoursTotals:
    """What the footer of the hours list says about the entries shown."""

    entries: int
    hours: float
    approved_hours: float

    @property
    def unapproved_hours(self) -> float:
        return self.hours - self.approved_hours


def hours_totals(session: Session, filters: HoursFilter) -> HoursTotals:
    approved = func.coalesce(
        func.sum(VolunteerHours.hours).filter(VolunteerHours.approved_at.is_not(None)), 0.0
    )
    statement = select(
        func.count(VolunteerHours.id), func.coalesce(func.sum(VolunteerHours.hours), 0.0), approved
    ).where(live(VolunteerHours), *filters.conditions())
    entries, hours, approved_hours = session.execute(statement).one()
    return HoursTotals(entries, float(hours), float(approved_hours))
