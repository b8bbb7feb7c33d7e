"""The volunteer hours report: totals and a per-person table, for any filter."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from scdesk.domain.names import display_name
from scdesk.model import Committee, Exchange, Person
from scdesk.operations.records import get_record
from scdesk.reports.figures.annual import hours_lines_table, month_hours_table
from scdesk.reports.figures.hours import (
    HoursFilter,
    HoursLine,
    HoursTotals,
    MonthHours,
    hours_by_person,
    hours_summary,
)
from scdesk.reports.figures.organization import OrganizationHeading
from scdesk.reports.figures.period import Period
from scdesk.reports.figures.table import Table


@dataclass(frozen=True)
class HoursChoice:
    """The filter as a person reads it: the names behind the ids."""

    person: str | None = None
    committee: str | None = None
    exchange: str | None = None


@dataclass(frozen=True)
class HoursReportFigures:
    organization: OrganizationHeading
    filter: HoursFilter
    choice: HoursChoice
    totals: HoursTotals
    by_month: list[MonthHours]
    by_committee: list[HoursLine]
    by_person: list[HoursLine]

    @property
    def period(self) -> Period:
        return self.filter.period

    def tables(self) -> list[Table]:
        return [
            hours_lines_table("Hours by person", "Person", self.by_person),
            hours_lines_table("Hours by committee", "Committee", self.by_committee),
            month_hours_table(self.by_month),
        ]


def hours_report_figures(
    session: Session, hours_filter: HoursFilter, organization: OrganizationHeading
) -> HoursReportFigures:
    summary = hours_summary(session, hours_filter)
    return HoursReportFigures(
        organization=organization,
        filter=hours_filter,
        choice=_choice(session, hours_filter),
        totals=summary.totals,
        by_month=summary.by_month,
        by_committee=summary.by_committee,
        by_person=hours_by_person(session, hours_filter),
    )


def _choice(session: Session, hours_filter: HoursFilter) -> HoursChoice:
    person = committee = exchange = None
    if hours_filter.person_id is not None:
        found = get_record(session, Person, hours_filter.person_id)
        person = display_name(found.given_name, found.family_name)
    if hours_filter.committee_id is not None:
        committee = get_record(session, Committee, hours_filter.committee_id).name
    if hours_filter.exchange_id is not None:
        exchange = get_record(session, Exchange, hours_filter.exchange_id).title
    return HoursChoice(person, committee, exchange)
