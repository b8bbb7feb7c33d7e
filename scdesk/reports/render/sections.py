"""Pieces several reports share: the exchanges chart and table, the hours by month chart,
the hours table, and the words for a period ("in 2025")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from scdesk.model import ExchangeDirection, ExchangeField
from scdesk.reports.figures.exchanges import ExchangeCount, ExchangeTotals
from scdesk.reports.figures.hours import HoursLine, MonthHours
from scdesk.reports.figures.period import Period
from scdesk.reports.render.blocks import Block, ChartBlock, Paragraph, TableBlock
from scdesk.reports.render.charts import ChartSpec, ChartStyle, Series
from scdesk.reports.render.counted import CountedWords
from scdesk.reports.render.formatting import Formatter
from scdesk.reports.render.labels import label

translate = QCoreApplication.translate


def prepared_on(fmt: Formatter, day: date | None = None) -> str:
    return translate("Reports", "Prepared on {date}").format(date=fmt.date(day or date.today()))


def in_period(fmt: Formatter, period: Period) -> str:
    """ "in 2025", or "between March 1, 2025 and June 30, 2025"."""
    if period.is_calendar_year:
        return translate("Reports", "in {year}").format(year=period.start.year)
    return translate("Reports", "between {start} and {end}").format(
        start=fmt.date(period.start), end=fmt.date(period.end)
    )


def exchange_blocks(
    fmt: Formatter, period: Period, counts: list[ExchangeCount], totals: ExchangeTotals
) -> list[Block]:
    """The chart of exchanges by field and direction, and the table behind it."""
    empty = translate("Reports", "No exchanges were recorded {period}.").format(
        period=in_period(fmt, period)
    )
    fields = [f for f in ExchangeField if any(c.field == f for c in counts)]
    directions = list(ExchangeDirection)

    def number(field: ExchangeField, direction: ExchangeDirection) -> int:
        return next(
            (c.exchanges for c in counts if c.field == field and c.direction == direction), 0
        )

    chart = ChartSpec(
        ChartStyle.STACKED_BARS,
        tuple(label(f) for f in fields),
        tuple(Series(label(d), tuple(float(number(f, d)) for f in fields)) for d in directions),
        empty,
        value_format=lambda v: fmt.count(round(v)),
        aspect=max(0.16, 0.07 * len(fields) + 0.08),
    )
    blocks: list[Block] = [ChartBlock(chart)]
    if not counts:
        return blocks
    rows = []
    for field in fields:
        mine = [c for c in counts if c.field == field]
        rows.append(
            (
                label(field),
                *(fmt.count(number(field, d)) for d in directions),
                fmt.count(sum(c.exchanges for c in mine)),
                fmt.count(sum(c.participants for c in mine)),
                fmt.count(sum(c.host_nights for c in mine)),
            )
        )
    blocks.append(
        TableBlock(
            (
                translate("Reports", "Field"),
                *(label(d) for d in directions),
                translate("Reports", "Exchanges"),
                translate("Reports", "Participants"),
                translate("Reports", "Host nights"),
            ),
            rows,
            numeric=frozenset(range(1, 7)),
            total=(
                translate("Reports", "Total"),
                *(fmt.count(sum(number(f, d) for f in fields)) for d in directions),
                fmt.count(totals.exchanges),
                fmt.count(totals.participants),
                fmt.count(totals.host_nights),
            ),
        )
    )
    words = CountedWords()
    note = translate(
        "Reports",
        "Exchanges are counted in the period they start in. Participants counts each person "
        "once per exchange ({took_part}). Cancelled exchanges are not counted ({cancelled}).",
    ).format(
        took_part=words.people_took_part(totals.people),
        cancelled=words.cancelled(totals.cancelled),
    )
    blocks.append(Paragraph(note, note=True))
    return blocks


def hours_by_month_chart(fmt: Formatter, period: Period, months: list[MonthHours]) -> ChartBlock:
    many_years = len({m.month[:4] for m in months}) > 1
    if len(months) > 24:  # a long period: one column per year reads better
        years: dict[str, float] = {}
        for m in months:
            years[m.month[:4]] = years.get(m.month[:4], 0.0) + m.hours
        categories, values = tuple(years), tuple(years.values())
    else:
        categories = tuple(fmt.month(m.month, with_year=many_years) for m in months)
        values = tuple(m.hours for m in months)
    empty = translate("Reports", "No volunteer hours were recorded {period}.").format(
        period=in_period(fmt, period)
    )
    return ChartBlock(
        ChartSpec(
            ChartStyle.COLUMNS,
            categories,
            (Series(translate("Reports", "Hours"), values),),
            empty,
            value_format=lambda v: fmt.number(v),
            aspect=0.34,
        )
    )


def hours_table(fmt: Formatter, heading: str, lines: list[HoursLine], none: str) -> TableBlock:
    """Hours per committee or per person, with a total row."""
    return TableBlock(
        (
            heading,
            translate("Reports", "Entries"),
            translate("Reports", "Hours"),
            translate("Reports", "Approved hours"),
        ),
        [
            (
                line.name or none,
                fmt.count(line.entries),
                fmt.hours(line.hours),
                fmt.hours(line.approved_hours),
            )
            for line in lines
        ],
        numeric=frozenset({1, 2, 3}),
        total=(
            translate("Reports", "Total"),
            fmt.count(sum(line.entries for line in lines)),
            fmt.hours(sum(line.hours for line in lines)),
            fmt.hours(sum(line.approved_hours for line in lines)),
        ),
        empty=translate("Reports", "No hours match."),
    )
