"""A report as a list of blocks (headings, key figures, tables, charts), already worded and
formatted, before any page exists: the report builders make these, `document` lays them out."""

from __future__ import annotations

from dataclasses import dataclass, field

from scdesk.reports.figures.organization import OrganizationHeading
from scdesk.reports.render.charts import ChartSpec


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    text: str
    note: bool = False  # smaller and grey: how a figure was counted


@dataclass(frozen=True)
class KeyFigures:
    """A row of large numbers with a caption under each."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Facts:
    """Label and value pairs, as a two-column list."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class TableBlock:
    columns: tuple[str, ...]
    rows: list[tuple[str, ...]]
    numeric: frozenset[int] = frozenset()  # columns aligned right
    total: tuple[str, ...] | None = None
    empty: str = ""  # said instead of a table without rows
    widths: tuple[int, ...] = ()  # per cent of the page width, where Qt's guess is poor
    points: float | None = None  # a smaller type for wide tables


@dataclass(frozen=True)
class ChartBlock:
    chart: ChartSpec


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | KeyFigures | Facts | TableBlock | ChartBlock | PageBreak


@dataclass(frozen=True)
class ReportLayout:
    title: str
    subtitle: str
    organization: OrganizationHeading
    prepared_on: str
    blocks: list[Block] = field(default_factory=list)
    cover: bool = False  # a title page of its own (annual and partnership reports)
    confidential: bool = False  # marked on every page (the trip sheet)
