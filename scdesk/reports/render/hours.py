"""The volunteer hours report laid out: what was chosen, the totals, hours by month, by
committee, and by person."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scdesk.reports.figures.hours_report import HoursReportFigures
from scdesk.reports.render.blocks import Block, Facts, Heading, KeyFigures, ReportLayout
from scdesk.reports.render.counted import CountedWords
from scdesk.reports.render.formatting import Formatter
from scdesk.reports.render.sections import hours_by_month_chart, hours_table, prepared_on

translate = QCoreApplication.translate


def hours_layout(figures: HoursReportFigures, fmt: Formatter) -> ReportLayout:
    choice, totals = figures.choice, figures.totals
    words = CountedWords()
    everyone = translate("HoursReport", "Everyone")
    blocks: list[Block] = [
        Facts(
            (
                (translate("HoursReport", "Person"), choice.person or everyone),
                (
                    translate("HoursReport", "Committee"),
                    choice.committee or translate("HoursReport", "All committees"),
                ),
                (
                    translate("HoursReport", "Exchange"),
                    choice.exchange or translate("HoursReport", "All exchanges"),
                ),
                (
                    translate("HoursReport", "Entries counted"),
                    translate("HoursReport", "Approved only")
                    if figures.filter.approved_only
                    else translate("HoursReport", "Approved and not yet approved"),
                ),
            )
        ),
        KeyFigures(
            (
                (fmt.headline_hours(totals.hours), words.hours(totals.hours)),
                (
                    fmt.headline_hours(totals.approved_hours),
                    words.approved_hours(totals.approved_hours),
                ),
                (fmt.count(totals.entries), words.entries(totals.entries)),
                (fmt.count(totals.people), words.people(totals.people)),
            )
        ),
        Heading(translate("HoursReport", "By month"), 2),
        hours_by_month_chart(fmt, figures.period, figures.by_month),
    ]
    if figures.by_committee:
        blocks += [
            Heading(translate("HoursReport", "By committee"), 2),
            hours_table(
                fmt,
                translate("HoursReport", "Committee"),
                figures.by_committee,
                translate("HoursReport", "No committee"),
            ),
        ]
    blocks += [
        Heading(translate("HoursReport", "By person"), 2),
        hours_table(fmt, translate("HoursReport", "Person"), figures.by_person, ""),
    ]
    return ReportLayout(
        title=translate("HoursReport", "Volunteer hours"),
        subtitle=fmt.period(figures.period),
        organization=figures.organization,
        prepared_on=prepared_on(fmt),
        blocks=blocks,
    )
