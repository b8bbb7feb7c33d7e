"""What a person asks for (a kind of report and its options) and the figures it gets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session

from scdesk.domain.countries import SOURCE_LANGUAGE
from scdesk.domain.i18n import _
from scdesk.reports.figures.annual import AnnualFigures, annual_figures
from scdesk.reports.figures.calendar import (
    CalendarEvent,
    counted_exchange_events,
    exchange_events,
    itinerary_events,
    meeting_events,
)
from scdesk.reports.figures.committees import committees_of_partnerships
from scdesk.reports.figures.directory import DirectoryFigures, directory_figures
from scdesk.reports.figures.exchanges import Exchange
from scdesk.reports.figures.hours import HoursFilter
from scdesk.reports.figures.hours_report import HoursReportFigures, hours_report_figures
from scdesk.reports.figures.organization import organization_heading
from scdesk.reports.figures.partnership_report import (
    PartnershipReportFigures,
    partnership_report_figures,
)
from scdesk.reports.figures.period import Period
from scdesk.reports.figures.trip import TripSheet, trip_sheet


class ReportKind(StrEnum):
    ANNUAL = "annual"
    PARTNERSHIP = "partnership"
    HOURS = "hours"
    TRIP = "trip"
    DIRECTORY = "directory"


class OutputFormat(StrEnum):
    PDF = "pdf"
    CSV = "csv"
    XLSX = "xlsx"
    ICS = "ics"


# Which files each report can be saved as: a calendar only where there are dated events.
FORMATS: dict[ReportKind, tuple[OutputFormat, ...]] = {
    ReportKind.ANNUAL: tuple(OutputFormat),
    ReportKind.PARTNERSHIP: tuple(OutputFormat),
    ReportKind.HOURS: (OutputFormat.PDF, OutputFormat.CSV, OutputFormat.XLSX),
    ReportKind.TRIP: tuple(OutputFormat),
    ReportKind.DIRECTORY: (OutputFormat.PDF, OutputFormat.CSV, OutputFormat.XLSX),
}

Figures = (
    AnnualFigures | PartnershipReportFigures | HoursReportFigures | TripSheet | DirectoryFigures
)


class IncompleteRequest(ValueError):
    """A required option is missing; the message names it."""


@dataclass(frozen=True)
class ReportRequest:
    kind: ReportKind
    period: Period | None = None
    partnership_id: int | None = None
    exchange_id: int | None = None
    person_id: int | None = None
    committee_id: int | None = None
    approved_only: bool = False
    on: date | None = None  # the directory's day (posts held then); today by default
    logo: Path | None = None  # this report's logo instead of the organization's
    language: str = SOURCE_LANGUAGE  # the report's: countries are named in it

    def required_period(self) -> Period:
        if self.period is None:
            raise IncompleteRequest(_("Choose the year or the dates the report covers."))
        return self.period


def collect_figures(
    session: Session, request: ReportRequest, attachments: Path | None = None
) -> Figures:
    """Compute a report's figures; `attachments` is the store the logo is read from."""
    language = request.language
    heading = organization_heading(session, attachments, request.logo, language)
    match request.kind:
        case ReportKind.ANNUAL:
            return annual_figures(session, request.required_period(), heading, language)
        case ReportKind.PARTNERSHIP:
            return partnership_report_figures(
                session,
                request.required_period(),
                _required_partnership(request),
                heading,
                language,
            )
        case ReportKind.HOURS:
            hours_filter = HoursFilter(
                request.required_period(),
                person_id=request.person_id,
                committee_id=request.committee_id,
                exchange_id=request.exchange_id,
                approved_only=request.approved_only,
            )
            return hours_report_figures(session, hours_filter, heading)
        case ReportKind.TRIP:
            return trip_sheet(session, _required_exchange(request), heading, language)
        case ReportKind.DIRECTORY:
            return directory_figures(session, request.on or date.today(), heading)
    raise ValueError(f"Unknown report: {request.kind}")


def collect_calendar(session: Session, request: ReportRequest) -> list[CalendarEvent]:
    """The dated events behind a report, for an iCalendar file."""
    match request.kind:
        case ReportKind.ANNUAL:
            period = request.required_period()
            return [
                *counted_exchange_events(session, period),
                *meeting_events(session, period),
            ]
        case ReportKind.PARTNERSHIP:
            period = request.required_period()
            partnership_id = _required_partnership(request)
            committees = committees_of_partnerships(session).get(partnership_id, [])
            return [
                *counted_exchange_events(session, period, partnership_id),
                *meeting_events(session, period, committees),
            ]
        case ReportKind.TRIP:
            exchange_id = _required_exchange(request)
            return [
                *exchange_events(session, Exchange.id == exchange_id),
                *itinerary_events(session, exchange_id),
            ]
    raise IncompleteRequest(_("This report has no calendar to save; only the trip sheet has one."))


def _required_partnership(request: ReportRequest) -> int:
    if request.partnership_id is None:
        raise IncompleteRequest(_("Choose the partnership the report is about."))
    return request.partnership_id


def _required_exchange(request: ReportRequest) -> int:
    if request.exchange_id is None:
        raise IncompleteRequest(_("Choose the exchange the trip sheet is for."))
    return request.exchange_id
