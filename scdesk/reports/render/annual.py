"""The annual report laid out: a title page, the year at a glance, partnerships, exchanges,
volunteer hours, membership, then a page on each partnership."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scdesk.reports.figures.annual import AnnualFigures, PartnershipSection
from scdesk.reports.figures.partnerships import AgreementLine, StatusChangeLine
from scdesk.reports.render.blocks import (
    Block,
    ChartBlock,
    Facts,
    Heading,
    KeyFigures,
    Paragraph,
    ReportLayout,
    TableBlock,
)
from scdesk.reports.render.charts import ChartSpec, ChartStyle, Series
from scdesk.reports.render.counted import CountedWords
from scdesk.reports.render.formatting import Formatter
from scdesk.reports.render.labels import label
from scdesk.reports.render.sections import (
    exchange_blocks,
    hours_by_month_chart,
    hours_table,
    in_period,
    prepared_on,
)

translate = QCoreApplication.translate


def annual_layout(figures: AnnualFigures, fmt: Formatter) -> ReportLayout:
    period_text = fmt.period(figures.period)
    blocks: list[Block] = [
        *_at_a_glance(figures, fmt),
        *_partnerships(figures, fmt),
        Heading(translate("AnnualReport", "Exchanges")),
        *exchange_blocks(fmt, figures.period, figures.exchange_counts, figures.exchange_totals),
        *_hours(figures, fmt),
        *_membership(figures, fmt),
    ]
    if figures.sections:
        blocks += [Heading(translate("AnnualReport", "The partnerships one by one"))]
        blocks += [b for section in figures.sections for b in _section(section, fmt)]
    return ReportLayout(
        title=translate("AnnualReport", "Annual report {period}").format(period=period_text),
        subtitle=_subtitle(figures, fmt),
        organization=figures.organization,
        prepared_on=prepared_on(fmt),
        blocks=blocks,
        cover=True,
    )


def _subtitle(figures: AnnualFigures, fmt: Formatter) -> str:
    if figures.period.is_calendar_year:
        return translate("AnnualReport", "January to December {year}").format(
            year=figures.period.start.year
        )
    return fmt.period(figures.period)


def _at_a_glance(figures: AnnualFigures, fmt: Formatter) -> list[Block]:
    words = CountedWords()
    blocks: list[Block] = [
        Heading(translate("AnnualReport", "The year at a glance")),
        KeyFigures(
            (
                (
                    fmt.count(figures.active_partnerships),
                    words.active_partnerships(figures.active_partnerships),
                ),
                (
                    fmt.count(figures.exchange_totals.exchanges),
                    words.exchanges(figures.exchange_totals.exchanges),
                ),
                (
                    fmt.count(figures.exchange_totals.participants),
                    words.participants(figures.exchange_totals.participants),
                ),
                (
                    fmt.headline_hours(figures.hours_totals.hours),
                    words.volunteer_hours(figures.hours_totals.hours),
                ),
                (fmt.count(figures.membership.new), words.new_members(figures.membership.new)),
            )
        ),
    ]
    if not figures.has_activity:
        blocks.append(
            Paragraph(
                translate(
                    "AnnualReport", "No exchanges and no volunteer hours were recorded {period}."
                ).format(period=in_period(fmt, figures.period))
            )
        )
    return blocks


def _partnerships(figures: AnnualFigures, fmt: Formatter) -> list[Block]:
    blocks: list[Block] = [Heading(translate("AnnualReport", "Partnerships"))]
    blocks.append(
        TableBlock(
            (
                translate("AnnualReport", "Partner city"),
                translate("AnnualReport", "Kind"),
                translate("AnnualReport", "Status at the end of the period"),
                translate("AnnualReport", "Agreement signed"),
            ),
            [
                (p.label, label(p.kind), label(p.status), fmt.date(p.signed_on))
                for p in figures.partnerships
            ],
            empty=translate(
                "AnnualReport", "No partnerships were recorded by the end of the period."
            ),
        )
    )
    new = figures.new_partnerships
    if new:
        names = ", ".join(p.label for p in new)
        blocks.append(
            Paragraph(translate("AnnualReport", "New partnerships: {names}.").format(names=names))
        )
    blocks.append(Heading(translate("AnnualReport", "Status changes"), 2))
    blocks.append(_status_table(figures.status_changes, fmt, in_period(fmt, figures.period)))
    blocks.append(Heading(translate("AnnualReport", "Agreements signed and renewed"), 2))
    blocks.append(agreements_table(figures.agreements, fmt, in_period(fmt, figures.period)))
    return blocks


def _status_table(changes: list[StatusChangeLine], fmt: Formatter, period: str) -> TableBlock:
    return TableBlock(
        (
            translate("AnnualReport", "Date"),
            translate("AnnualReport", "Partner city"),
            translate("AnnualReport", "New status"),
            translate("AnnualReport", "Note"),
        ),
        [(fmt.date(c.changed_on), c.partnership, label(c.status), c.note) for c in changes],
        empty=translate("AnnualReport", "No partnership changed status {period}.").format(
            period=period
        ),
    )


def agreements_table(lines: list[AgreementLine], fmt: Formatter, period: str) -> TableBlock:
    return TableBlock(
        (
            translate("AnnualReport", "Date"),
            translate("AnnualReport", "Partner city"),
            translate("AnnualReport", "Agreement"),
            translate("AnnualReport", "Signed for us by"),
            translate("AnnualReport", "Signed for the partner by"),
        ),
        [
            (
                fmt.date(a.on),
                a.partnership,
                translate("AnnualReport", "Renewed")
                if a.renewal
                else translate("AnnualReport", "Signed"),
                a.our_signatory,
                a.partner_signatory,
            )
            for a in lines
        ],
        empty=translate("AnnualReport", "No agreement was signed or renewed {period}.").format(
            period=period
        ),
        # Room for "Renovado" and "Renouvelée" whole: Qt's guess split them over two lines.
        widths=(19, 21, 14, 23, 23),
    )


def _hours(figures: AnnualFigures, fmt: Formatter) -> list[Block]:
    blocks: list[Block] = [
        Heading(translate("AnnualReport", "Volunteer hours")),
        hours_by_month_chart(fmt, figures.period, figures.hours_by_month),
    ]
    if figures.hours_by_committee:
        blocks.append(Heading(translate("AnnualReport", "By committee"), 2))
        blocks.append(
            hours_table(
                fmt,
                translate("AnnualReport", "Committee"),
                figures.hours_by_committee,
                translate("AnnualReport", "No committee"),
            )
        )
        totals = figures.hours_totals
        blocks.append(
            Paragraph(
                translate(
                    "AnnualReport",
                    "{people} gave {hours} in {entries}. An entry counts for its own "
                    "committee, or else for the committee of its exchange.",
                ).format(
                    people=translate("AnnualReport", "One person")
                    if totals.people == 1
                    else translate("AnnualReport", "{count} people").format(
                        count=fmt.count(totals.people)
                    ),
                    hours=translate("AnnualReport", "1 hour")
                    if totals.hours == 1
                    else translate("AnnualReport", "{count} hours").format(
                        count=fmt.hours(totals.hours)
                    ),
                    entries=translate("AnnualReport", "1 entry")
                    if totals.entries == 1
                    else translate("AnnualReport", "{count} entries").format(
                        count=fmt.count(totals.entries)
                    ),
                ),
                note=True,
            )
        )
    return blocks


def _membership(figures: AnnualFigures, fmt: Formatter) -> list[Block]:
    members = figures.membership
    words = CountedWords()
    years = members.joined_by_year
    chart = ChartSpec(
        ChartStyle.LINE,
        tuple(str(year) for year, _count in years),
        (Series(translate("AnnualReport", "Members"), tuple(float(n) for _y, n in years)),),
        translate("AnnualReport", "No members were recorded by {year}.").format(
            year=figures.period.end.year
        ),
        value_format=lambda v: fmt.count(round(v)),
        aspect=0.3,
    )
    return [
        Heading(translate("AnnualReport", "Membership")),
        KeyFigures(
            (
                (fmt.count(members.new), words.joined(members.new)),
                (fmt.count(members.active), words.active_members(members.active)),
                (fmt.count(members.inactive), words.inactive_members(members.inactive)),
                (fmt.count(members.lapsed), words.lapsed_members(members.lapsed)),
            )
        ),
        Heading(translate("AnnualReport", "Members over the years"), 2),
        ChartBlock(chart),
        Paragraph(
            translate(
                "AnnualReport",
                "Members are the people with a “member since” date who had joined by the end "
                "of the period; active, inactive and lapsed are their status today. The chart "
                "counts everyone who had joined by the end of each year.",
            ),
            note=True,
        ),
    ]


def _section(section: PartnershipSection, fmt: Formatter) -> list[Block]:
    p = section.partnership
    return [
        Heading(p.label, 2),
        Facts(
            (
                (translate("AnnualReport", "Kind"), label(p.kind)),
                (translate("AnnualReport", "Status"), label(p.status)),
                (translate("AnnualReport", "Agreement signed"), fmt.date(p.signed_on)),
                (translate("AnnualReport", "Committee"), ", ".join(section.committees)),
                (translate("AnnualReport", "Chair"), ", ".join(section.chairs)),
            )
        ),
        TableBlock(
            (
                translate("AnnualReport", "Exchanges"),
                translate("AnnualReport", "Participants"),
                translate("AnnualReport", "Host nights"),
                translate("AnnualReport", "Volunteer hours"),
                translate("AnnualReport", "Meetings"),
            ),
            [
                (
                    fmt.count(section.exchanges),
                    fmt.count(section.participants),
                    fmt.count(section.host_nights),
                    fmt.hours(section.hours),
                    fmt.count(section.meetings),
                )
            ],
            numeric=frozenset(range(5)),
        ),
    ]
