"""The annual report: the whole organization over a year (or any period) for the board and
city hall: partnerships, exchanges, volunteer hours, membership, and each partnership."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from scdesk.domain.countries import SOURCE_LANGUAGE
from scdesk.model import PartnershipStatus
from scdesk.reports.figures.committees import (
    committees_of_partnerships,
    meeting_counts_by_partnership,
    rosters,
)
from scdesk.reports.figures.exchanges import (
    ExchangeCount,
    ExchangeTotals,
    exchange_breakdown,
    exchange_totals,
)
from scdesk.reports.figures.hours import (
    HoursFilter,
    HoursLine,
    HoursTotals,
    MonthHours,
    hours_summary,
)
from scdesk.reports.figures.members import MembershipFigures, membership_figures
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


@dataclass(frozen=True)
class PartnershipSection:
    """One partnership's year in the annual report."""

    partnership: PartnershipLine
    committees: list[str]
    chairs: list[str]
    exchanges: int
    participants: int
    host_nights: int
    hours: float
    meetings: int


@dataclass(frozen=True)
class AnnualFigures:
    organization: OrganizationHeading
    period: Period
    partnerships: list[PartnershipLine]
    status_changes: list[StatusChangeLine]
    agreements: list[AgreementLine]
    exchange_counts: list[ExchangeCount]
    exchange_totals: ExchangeTotals
    hours_totals: HoursTotals
    hours_by_committee: list[HoursLine]
    hours_by_month: list[MonthHours]
    membership: MembershipFigures
    sections: list[PartnershipSection]

    @property
    def active_partnerships(self) -> int:
        return sum(1 for p in self.partnerships if p.status == PartnershipStatus.ACTIVE)

    @property
    def new_partnerships(self) -> list[PartnershipLine]:
        start, end = self.period.start, self.period.end
        return [
            p for p in self.partnerships if p.first_recorded and start <= p.first_recorded <= end
        ]

    @property
    def has_activity(self) -> bool:
        return bool(self.exchange_totals.exchanges or self.hours_totals.entries)

    def tables(self) -> list[Table]:
        return [
            Table(
                "Partnerships",
                ("Partnership", "Kind", "Status at period end", "First recorded", "Signed on"),
                [
                    (p.label, plain(p.kind), plain(p.status), p.first_recorded, p.signed_on)
                    for p in self.partnerships
                ],
            ),
            Table(
                "Status changes",
                ("Partnership", "Status", "Date", "Note"),
                [
                    (c.partnership, plain(c.status), c.changed_on, c.note)
                    for c in self.status_changes
                ],
            ),
            agreements_table(self.agreements),
            exchange_counts_table(self.exchange_counts),
            hours_lines_table("Hours by committee", "Committee", self.hours_by_committee),
            month_hours_table(self.hours_by_month),
            Table(
                "Membership",
                ("Measure", "People"),
                [
                    ("New members in the period", self.membership.new),
                    ("Active (status today)", self.membership.active),
                    ("Inactive (status today)", self.membership.inactive),
                    ("Lapsed (status today)", self.membership.lapsed),
                ],
            ),
            Table("Members by year", ("Year", "Members"), list(self.membership.joined_by_year)),
            Table(
                "Partnership sections",
                (
                    "Partnership",
                    "Status at period end",
                    "Committees",
                    "Chairs",
                    "Exchanges",
                    "Participants",
                    "Host nights",
                    "Volunteer hours",
                    "Meetings",
                ),
                [
                    (
                        s.partnership.label,
                        plain(s.partnership.status),
                        "; ".join(s.committees),
                        "; ".join(s.chairs),
                        s.exchanges,
                        s.participants,
                        s.host_nights,
                        s.hours,
                        s.meetings,
                    )
                    for s in self.sections
                ],
            ),
        ]


def agreements_table(lines: list[AgreementLine]) -> Table:
    return Table(
        "Agreements",
        ("Partnership", "Event", "Date", "Our signatory", "Partner signatory"),
        [
            (
                a.partnership,
                "Renewed" if a.renewal else "Signed",
                a.on,
                a.our_signatory,
                a.partner_signatory,
            )
            for a in lines
        ],
    )


def exchange_counts_table(counts: list[ExchangeCount]) -> Table:
    return Table(
        "Exchanges by field",
        ("Field", "Direction", "Exchanges", "Participants", "Host nights"),
        [
            (plain(c.field), plain(c.direction), c.exchanges, c.participants, c.host_nights)
            for c in counts
        ],
    )


def hours_lines_table(name: str, heading: str, lines: list[HoursLine]) -> Table:
    return Table(
        name,
        (heading, "Entries", "Hours", "Approved hours"),
        [(line.name or "None", line.entries, line.hours, line.approved_hours) for line in lines],
    )


def month_hours_table(months: list[MonthHours]) -> Table:
    return Table(
        "Hours by month",
        ("Month", "Hours", "Approved hours"),
        [(m.month, m.hours, m.approved_hours) for m in months],
    )


def annual_figures(
    session: Session,
    period: Period,
    organization: OrganizationHeading,
    language: str = SOURCE_LANGUAGE,
) -> AnnualFigures:
    hours = hours_summary(session, HoursFilter(period))
    partnerships = [
        p for p in partnership_lines(session, period, language=language) if p.status is not None
    ]
    exchanges = exchange_breakdown(session, period)
    counts = exchanges.counts
    return AnnualFigures(
        organization=organization,
        period=period,
        partnerships=partnerships,
        status_changes=status_changes(session, period, language=language),
        agreements=agreements(session, period, language=language),
        exchange_counts=counts,
        exchange_totals=exchange_totals(session, period, counts=counts),
        hours_totals=hours.totals,
        hours_by_committee=hours.by_committee,
        hours_by_month=hours.by_month,
        membership=membership_figures(session, period),
        sections=_sections(
            session, period, partnerships, exchanges.by_partnership, hours.by_partnership
        ),
    )


def _sections(
    session: Session,
    period: Period,
    partnerships: list[PartnershipLine],
    exchanges: dict[int, tuple[int, int, int]],
    hours: dict[int, float],
) -> list[PartnershipSection]:
    committees = committees_of_partnerships(session)
    own_committees = [c for ids in committees.values() for c in ids]
    seated = {r.id: r for r in rosters(session, period.end, own_committees, officers_only=True)}
    meetings = meeting_counts_by_partnership(session, period)
    sections = []
    for p in partnerships:
        own = [seated[c] for c in committees.get(p.id, []) if c in seated]
        n, participants, nights = exchanges.get(p.id, (0, 0, 0))
        sections.append(
            PartnershipSection(
                p,
                [r.name for r in own],
                [r.chair for r in own if r.chair],
                n,
                participants,
                nights,
                hours.get(p.id, 0.0),
                meetings.get(p.id, 0),
            )
        )
    return sections
