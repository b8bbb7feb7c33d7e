"""What each page of a report shows. A long table (the member directory of a large
organization: 74,000 rows) is not laid out as one document, whose layout time and memory
grow faster than its rows, but its rows measured and drawn a page at a time, each page
under the header row. The rest of the report is laid out in documents as usual, the first
with the title, each after a long table starting where the table ends."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from scdesk.reports.render.blocks import Block, ReportLayout, TableBlock
from scdesk.reports.render.document import build_document, content_bottom
from scdesk.reports.render.painted_table import PaintedTable

LONG_TABLE_ROWS = 300  # a table longer than this is laid out a page at a time


@dataclass(frozen=True)
class DocumentPage:
    document: QTextDocument
    page: int


@dataclass(frozen=True)
class TablePage:
    """A page's rows of a long table, drawn straight onto the page."""

    table: TableBlock
    first: int  # the first row on this page
    count: int
    total: bool  # the total row is on this page
    top: float  # where the table starts on the page


Piece = DocumentPage | TablePage


def _parts(blocks: list[Block]) -> list[list[Block] | TableBlock]:
    """The blocks cut around each long table; the first part (the title's) is always there."""
    parts: list[list[Block] | TableBlock] = [[]]
    for block in blocks:
        if isinstance(block, TableBlock) and len(block.rows) > LONG_TABLE_ROWS:
            parts += [block, []]
        else:
            parts[-1].append(block)  # type: ignore[union-attr]
    return parts


def plan_pages(layout: ReportLayout, device: QPagedPaintDevice, body: QSizeF) -> list[list[Piece]]:
    """The pieces each page shows, top to bottom."""
    pages: list[list[Piece]] = [[]]
    top = 0.0  # where the next part starts on the last page
    for number, part in enumerate(_parts(layout.blocks)):
        if isinstance(part, TableBlock):
            top = _place_table(part, device, body, pages, top)
            continue
        if number and not part:
            continue
        top = _room_left(body, pages, top)
        document = build_document(layout, device, body, part, top, title=not number)
        count = document.pageCount()
        for page in range(count):
            if page:
                pages.append([])
            pages[-1].append(DocumentPage(document, page))
        top = content_bottom(document) - (count - 1) * body.height()
    return pages


def _place_table(
    table: TableBlock,
    device: QPagedPaintDevice,
    body: QSizeF,
    pages: list[list[Piece]],
    top: float,
) -> float:
    """Fill pages with the table's rows, from `top` on the last page, its header row on each;
    returns where on the last page the table ends."""
    painted = PaintedTable(table, device, body.width())
    header = painted.header_height()
    heights = [painted.row_height(row) for row in table.rows]
    total = painted.row_height(table.total, bold=True) if table.total else 0.0
    first = 0
    while True:
        top = _room_left(body, pages, top)
        room, used, count = body.height() - top - header, 0.0, 0
        while first + count < len(heights) and used + heights[first + count] <= room:
            used += heights[first + count]
            count += 1
        ends = first + count == len(heights)
        if ends and used + total <= room:
            pages[-1].append(TablePage(table, first, count, True, top))
            return top + header + used + total + painted.margin_below
        if ends and count:  # all but the total row: a row goes with it to the next page
            count -= 1
        if count == 0 and top > 0:  # no room left below what comes before: the next page
            pages.append([])
            top = 0.0
            continue
        count = max(count, 1)  # a row taller than a page is cut, as it would be anyway
        pages[-1].append(TablePage(table, first, count, False, top))
        first, top = first + count, 0.0
        if first == len(heights) and not table.total:
            # The last row was cut at the foot of the page: nothing is left for the next
            # page, which must not start with a header row that has no rows under it.
            return body.height()
        pages.append([])


def _room_left(body: QSizeF, pages: list[list[Piece]], top: float) -> float:
    """`top`, or the top of a new page when the last page is full."""
    if top < body.height() - 1:
        return top
    pages.append([])
    return 0.0
