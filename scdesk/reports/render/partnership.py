"""The partnership report laid out: how the partnership came to be, its status history and
agreements, its committee, then its year: exchanges, volunteer hours, meetings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scdesk.model import Post
from scdesk.reports.figures.partnership_report import PartnershipReportFigures
from scdesk.reports.render.annual import agreements_table
from scdesk.reports.render.blocks import (
    Block,
    Facts,
    Heading,
    KeyFigures,
    Paragraph,
    ReportLayout,
    TableBlock,
)
from scdesk.reports.render.counted import CountedWords
from scdesk.reports.render.formatting import Formatter
from scdesk.reports.render.labels import label
from scdesk.reports.render.sections import (
    exchange_blocks,
    hours_by_month_chart,
    in_period,
    prepared_on,
)

translate = QCoreApplication.translate


def partnership_layout(figures: PartnershipReportFigures, fmt: Formatter) -> ReportLayout:
    p = figures.partnership
    words = CountedWords()
    period = in_period(fmt, figures.period)
    blocks: list[Block] = [
        *_story(figures, fmt),
        Heading(translate("PartnershipReport", "History"), 2),
        TableBlock(
            (
                translate("PartnershipReport", "Date"),
                translate("PartnershipReport", "Status"),
                translate("PartnershipReport", "Note"),
            ),
            [(fmt.date(c.changed_on), label(c.status), c.note) for c in figures.history],
            empty=translate("PartnershipReport", "No status changes are recorded."),
        ),
        Heading(translate("PartnershipReport", "Agreements"), 2),
        agreements_table(figures.agreements, fmt, period),
        *_committees(figures, fmt),
        Heading(
            translate("PartnershipReport", "The year {period}").format(
                period=fmt.period(figures.period)
            )
        ),
        KeyFigures(
            (
                (
                    fmt.count(figures.exchange_totals.exchanges),
                    words.exchanges(figures.exchange_totals.exchanges),
                ),
                (
                    fmt.count(figures.exchange_totals.participants),
                    words.participants(figures.exchange_totals.participants),
                ),
                (
                    fmt.count(figures.exchange_totals.host_nights),
                    words.host_nights(figures.exchange_totals.host_nights),
                ),
                (
                    fmt.headline_hours(figures.hours_totals.hours),
                    words.volunteer_hours(figures.hours_totals.hours),
                ),
                (fmt.count(len(figures.meetings)), words.meetings(len(figures.meetings))),
            )
        ),
        Heading(translate("PartnershipReport", "Exchanges"), 2),
        *_exchange_list(figures, fmt, period),
        *exchange_blocks(fmt, figures.period, figures.exchange_counts, figures.exchange_totals),
        Heading(translate("PartnershipReport", "Volunteer hours by month"), 2),
        hours_by_month_chart(fmt, figures.period, figures.hours_by_month),
        Paragraph(
            translate(
                "PartnershipReport",
                "Hours count for this partnership when logged on one of its exchanges or for "
                "its committee.",
            ),
            note=True,
        ),
        Heading(translate("PartnershipReport", "Meetings"), 2),
        TableBlock(
            (
                translate("PartnershipReport", "Date"),
                translate("PartnershipReport", "Committee"),
                translate("PartnershipReport", "Place"),
                translate("PartnershipReport", "Attendance"),
            ),
            [
                (fmt.date(m.held_on), m.committee, m.place, fmt.count(m.attendance))
                for m in figures.meetings
            ],
            numeric=frozenset({3}),
            empty=translate("PartnershipReport", "No meetings were held {period}.").format(
                period=period
            ),
        ),
    ]
    return ReportLayout(
        title=translate("PartnershipReport", "Partnership with {city}").format(city=p.city),
        subtitle=translate("PartnershipReport", "{country} · report for {period}").format(
            country=p.country, period=fmt.period(figures.period)
        ),
        organization=figures.organization,
        prepared_on=prepared_on(fmt),
        blocks=blocks,
        cover=True,
    )


def _story(figures: PartnershipReportFigures, fmt: Formatter) -> list[Block]:
    p, story = figures.partnership, figures.story
    region = ", ".join(part for part in (p.city, story.partner_region, p.country) if part)
    blocks: list[Block] = [
        Heading(translate("PartnershipReport", "The partnership")),
        Facts(
            (
                (translate("PartnershipReport", "Partner city"), region),
                (translate("PartnershipReport", "Kind"), label(p.kind)),
                (
                    translate("PartnershipReport", "Status at the end of the period"),
                    label(p.status),
                ),
                (translate("PartnershipReport", "Origin"), label(story.origin)),
                (translate("PartnershipReport", "First contact"), fmt.date(story.first_contact_on)),
                (translate("PartnershipReport", "Agreement signed"), fmt.date(p.signed_on)),
                (translate("PartnershipReport", "Signed for us by"), story.our_signatory),
                (
                    translate("PartnershipReport", "Signed for the partner by"),
                    story.partner_signatory,
                ),
            )
        ),
    ]
    blocks += [Paragraph(text) for text in (story.origin_notes, story.notes) if text]
    if figures.contacts:
        blocks.append(Heading(translate("PartnershipReport", "Contacts in the partner city"), 2))
        blocks.append(
            TableBlock(
                (
                    translate("PartnershipReport", "Name"),
                    translate("PartnershipReport", "Role"),
                    translate("PartnershipReport", "Organization"),
                    translate("PartnershipReport", "Email"),
                ),
                [(c.name, c.role, c.organization, c.email) for c in figures.contacts],
            )
        )
    return blocks


MEMBERS_NAMED = 20  # a committee with more members than this lists its officers only


def _committees(figures: PartnershipReportFigures, fmt: Formatter) -> list[Block]:
    """Each committee's officers, and its members by name when they are few: a large
    committee's hundreds of members are counted, not printed over pages (the spreadsheet
    export still lists them all)."""
    blocks: list[Block] = []
    for roster in figures.committees:
        members = [seat for seat in roster.seats if seat.post == Post.MEMBER]
        seats = (
            roster.seats
            if len(members) <= MEMBERS_NAMED
            else [seat for seat in roster.seats if seat.post != Post.MEMBER]
        )
        blocks.append(Heading(roster.name, 2))
        blocks.append(
            TableBlock(
                (translate("PartnershipReport", "Name"), translate("PartnershipReport", "Post")),
                [(seat.person, label(seat.post)) for seat in seats],
                empty=translate(
                    "PartnershipReport", "Nobody held a post at the end of the period."
                ),
            )
        )
        if len(seats) < len(roster.seats):
            blocks.append(
                Paragraph(CountedWords().members_besides_officers(len(members)), note=True)
            )
    return blocks


def _exchange_list(figures: PartnershipReportFigures, fmt: Formatter, period: str) -> list[Block]:
    return [
        TableBlock(
            (
                translate("PartnershipReport", "Exchange"),
                translate("PartnershipReport", "Dates"),
                translate("PartnershipReport", "Kind"),
                translate("PartnershipReport", "Participants"),
                translate("PartnershipReport", "Host nights"),
            ),
            [
                (
                    e.title,
                    fmt.days(e.starts_on, e.ends_on),
                    f"{label(e.field)}\n{label(e.direction)}",
                    fmt.count(e.participants),
                    fmt.count(e.host_nights),
                )
                for e in figures.exchanges
            ],
            numeric=frozenset({3, 4}),
            empty=translate("PartnershipReport", "No exchanges were recorded {period}.").format(
                period=period
            ),
            widths=(29, 23, 16, 16, 16),  # "Participants" fits its column
        )
    ]
