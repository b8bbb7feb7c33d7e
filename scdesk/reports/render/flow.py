"""What each page of a report shows. A long table (the member directory of a large
organization: 74,000 rows) is not laid out as one document, whose layout time and memory
grow faster than its rows, but a page at a time: each page's rows with their header row in a
page-sized document. The rest of the report is laid out in documents as usual, the first
with the title, each after a long table starting where the table ends."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from scdesk.reports.render.blocks import Block, ReportLayout, TableBlock
from scdesk.reports.render.document import (
    build_document,
    build_table_page,
    content_bottom,
    rows_on_first_page,
)

LONG_TABLE_ROWS = 300  # a table longer than this is laid out a page at a time
FIRST_GUESS = 64  # rows tried for a page before it is known how many fit


@dataclass(frozen=True)
class DocumentPage:
    document: QTextDocument
    page: int


@dataclass(frozen=True)
class TablePage:
    """A page's rows of a long table: laid out again to paint them, so that only one page's
    document is alive at a time."""

    table: TableBlock  # only the rows on this page, and the total row on the last page
    first: int  # the number of its first row in the whole table
    top: float  # where the table starts on the page


Piece = DocumentPage | TablePage


def table_page_size(body: QSizeF, top: float) -> QSizeF:
    return QSizeF(body.width(), body.height() - top)


def table_page_document(piece: TablePage, device: QPagedPaintDevice, body: QSizeF) -> QTextDocument:
    """The page's rows to paint, laid out on a page twice as tall as what is left of the page:
    they all fit, so they stand where they stood when counted, but the table's bottom margin
    no longer reaches onto a next page, where Qt would draw its border at the foot of this
    one."""
    room = table_page_size(body, piece.top)
    return build_table_page(
        piece.table, piece.first, device, QSizeF(room.width(), 2 * room.height())
    )


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
    """Fill pages with the table's rows, from `top` on the last page; returns where on the
    last page the table ends."""
    first, guess = 0, FIRST_GUESS
    while True:
        top = _room_left(body, pages, top)
        rest = len(table.rows) - first
        count = min(guess, rest)
        part = replace(
            table,
            rows=table.rows[first : first + count],
            total=table.total if count == rest else None,
        )
        document = build_table_page(part, first, device, table_page_size(body, top))
        shown = rows_on_first_page(document)
        rows = count + (part.total is not None)
        if shown == rows and count < rest:
            guess *= 2  # the page has room for more rows than were tried
            continue
        if shown == rows:
            pages[-1].append(TablePage(part, first, top))
            return top + content_bottom(document)
        if shown == count:  # all but the total row: a row goes with it to the next page
            shown -= 1
        if shown == 0 and top > 0:  # no room left below what comes before: the next page
            pages.append([])
            top = 0.0
            continue
        shown = max(shown, 1)  # a row taller than a page is cut, as it would be anyway
        pages[-1].append(TablePage(replace(part, rows=part.rows[:shown], total=None), first, top))
        pages.append([])
        first, top, guess = first + shown, 0.0, shown + 8


def _room_left(body: QSizeF, pages: list[list[Piece]], top: float) -> float:
    """`top`, or the top of a new page when the last page is full."""
    if top < body.height() - 1:
        return top
    pages.append([])
    return 0.0
