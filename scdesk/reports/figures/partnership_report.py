"""One partnership's history and its year, for its committee's report to the board."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from scdesk.domain.countries import SOURCE_LANGUAGE
from scdesk.model import Partnership, PartnershipOrigin
from scdesk.operations.records import RecordNotFound
from scdesk.reports.figures.annual import (
    agreements_table,
    exchange_counts_table,
    month_hours_table,
)
from scdesk.reports.figures.committees import (
    CommitteeRoster,
    MeetingLine,
    committees_of_partnerships,
    meeting_lines,
    rosters,
)
from scdesk.reports.figures.exchanges import (
    ExchangeCount,
    ExchangeLine,
    ExchangeTotals,
    exchange_counts,
    exchange_lines,
    exchange_totals,
)
from scdesk.reports.figures.hours import HoursFilter, HoursTotals, MonthHours, hours_summary
from scdesk.reports.figures.organization import OrganizationHeading
from scdesk.reports.figures.partnerships import (
    AgreementLine,
    PartnershipLine,
    StatusChangeLine,
    agreements,
    partnership_lines,
    status_changes,
)
from scdesk.reports.figures.period import Period
from scdesk.reports.figures.table import Table, plain
from scdesk.reports.figures.trip import PartnerContactLine, partner_contacts

SINCE_EVER = date(1, 1, 1)


@dataclass(frozen=True)
class PartnershipStory:
    """What the records say about how the partnership came to be."""

    partner_region: str
    origin: PartnershipOrigin
    origin_notes: str
    first_contact_on: date | None
    our_signatory: str
    partner_signatory: str
    notes: str


@dataclass(frozen=True)
class PartnershipReportFigures:
    organization: OrganizationHeading
    period: Period
    partnership: PartnershipLine
    story: PartnershipStory
    history: list[StatusChangeLine]  # every status change up to the period's end
    agreements: list[AgreementLine]  # signed and renewed up to the period's end
    contacts: list[PartnerContactLine]
    committees: list[CommitteeRoster]
    exchanges: list[ExchangeLine]
    exchange_counts: list[ExchangeCount]
    exchange_totals: ExchangeTotals
    hours_totals: HoursTotals
    hours_by_month: list[MonthHours]
    meetings: list[MeetingLine]

    def tables(self) -> list[Table]:
        return [
            Table(
                "History",
                ("Status", "Date", "Note"),
                [(plain(c.status), c.changed_on, c.note) for c in self.history],
            ),
            agreements_table(self.agreements),
            Table(
                "Exchanges",
                (
                    "Exchange",
                    "Starts",
                    "Ends",
                    "Field",
                    "Direction",
                    "Status",
                    "Participants",
                    "Host nights",
                ),
                [
                    (
                        e.title,
                        e.starts_on,
                        e.ends_on,
                        plain(e.field),
                        plain(e.direction),
                        plain(e.status),
                        e.participants,
                        e.host_nights,
                    )
                    for e in self.exchanges
                ],
            ),
            exchange_counts_table(self.exchange_counts),
            month_hours_table(self.hours_by_month),
            Table(
                "Committee members",
                ("Committee", "Name", "Post"),
                [(r.name, s.person, plain(s.post)) for r in self.committees for s in r.seats],
            ),
            Table(
                "Meetings",
                ("Committee", "Date", "Time", "Place", "Attendance"),
                [
                    (m.committee, m.held_on, m.starts_at, m.place, m.attendance)
                    for m in self.meetings
                ],
            ),
            Table(
                "Partner contacts",
                ("Name", "Role", "Organization", "Phone", "Email"),
                [(c.name, c.role, c.organization, c.phone, c.email) for c in self.contacts],
            ),
        ]


def partnership_report_figures(
    session: Session,
    period: Period,
    partnership_id: int,
    organization: OrganizationHeading,
    language: str = SOURCE_LANGUAGE,
) -> PartnershipReportFigures:
    record = session.get(Partnership, partnership_id)
    if record is None or record.deleted_at is not None:
        raise RecordNotFound(Partnership, partnership_id)
    (line,) = partnership_lines(session, period, partnership_id, language)
    until_end = Period(SINCE_EVER, period.end)
    committee_ids = committees_of_partnerships(session).get(partnership_id, [])
    hours = hours_summary(session, HoursFilter(period, partnership_id=partnership_id))
    counts = exchange_counts(session, period, partnership_id)
    return PartnershipReportFigures(
        organization=organization,
        period=period,
        partnership=line,
        story=PartnershipStory(
            record.partner_region,
            record.origin,
            record.origin_notes,
            record.first_contact_on,
            record.our_signatory,
            record.partner_signatory,
            record.notes,
        ),
        history=status_changes(session, until_end, partnership_id, language),
        agreements=agreements(session, until_end, partnership_id, language),
        contacts=partner_contacts(session, partnership_id),
        committees=rosters(session, period.end, committee_ids),
        exchanges=exchange_lines(session, period, partnership_id),
        exchange_counts=counts,
        exchange_totals=exchange_totals(session, period, partnership_id, counts=counts),
        hours_totals=hours.totals,
        hours_by_month=hours.by_month,
        meetings=meeting_lines(session, period, committee_ids),
    )
