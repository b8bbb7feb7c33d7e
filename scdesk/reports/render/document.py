"""Blocks to a QTextDocument laid out for one paged device: HTML for text and tables (their
header rows repeat on every page), and charts as text objects that QPainter draws, so they
stay vector in a PDF."""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from PySide6.QtCore import QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPyTextObject,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

from scdesk.reports.render.blocks import (
    Block,
    ChartBlock,
    Facts,
    Heading,
    KeyFigures,
    PageBreak,
    Paragraph,
    ReportLayout,
    TableBlock,
)
from scdesk.reports.render.charts import ChartSpec, draw_chart
from scdesk.reports.render.fonts import BODY_POINTS, report_font

CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_INDEX = QTextFormat.Property.UserProperty + 1
CHART_PREFIX = "chart:"
LOGO = "scdesk-logo"
ACCENT = "#1f3a5f"
RULE = "#c8ced6"
HEADER_FILL = "#e9eef4"
STRIPE = "#f5f7f9"
NOTE = "#555555"
CSS_PIXELS_PER_POINT = 96 / 72


class ChartObject(QPyTextObject):
    """Draws the document's charts where their object characters stand."""

    def __init__(self, charts: list[ChartSpec], document: QTextDocument) -> None:
        super().__init__(document)
        self.charts = charts

    def intrinsicSize(self, document: QTextDocument, _pos: int, fmt: QTextFormat) -> QSizeF:
        width = document.pageSize().width() * 0.98
        return QSizeF(width, width * self.charts[int(fmt.property(CHART_INDEX))].aspect)

    def drawObject(
        self, painter: QPainter, rect: QRectF, _document: QTextDocument, _pos: int, fmt: QTextFormat
    ) -> None:
        draw_chart(painter, rect, self.charts[int(fmt.property(CHART_INDEX))])


class _Html:
    """HTML for the blocks. Lengths are CSS pixels (1/96 inch): Qt scales them to the
    device, so they are given here converted from points."""

    def px(self, points: float) -> int:
        return max(1, round(points * CSS_PIXELS_PER_POINT))

    def block(self, block: Block, charts: list[ChartSpec]) -> str:
        match block:
            case Heading(text, level):
                size, space = {1: (15, 16), 2: (12, 12)}.get(level, (10.5, 8))
                return (
                    f"<h{level} style='font-size:{size}pt; color:{ACCENT}; "
                    f"margin-top:{self.px(space)}px; margin-bottom:{self.px(space / 2)}px'>"
                    f"{escape(text)}</h{level}>"
                )
            case Paragraph(text, note):
                style = f"font-size:{BODY_POINTS - 1.5}pt; color:{NOTE}" if note else ""
                return f"<p style='{style}'>{escape(text)}</p>"
            case KeyFigures(items):
                return self.key_figures(items)
            case Facts(items):
                return self.facts(items)
            case TableBlock():
                return self.table(block)
            case ChartBlock(chart):
                charts.append(chart)
                return (
                    f"<p style='margin-top:{self.px(4)}px; margin-bottom:{self.px(10)}px'>"
                    f"<img src='{CHART_PREFIX}{len(charts) - 1}'></p>"
                )
            case PageBreak():
                return "<p style='page-break-after:always'></p>"
        raise TypeError(f"Not a report block: {block!r}")

    def key_figures(self, items: tuple[tuple[str, str], ...]) -> str:
        width = 100 // max(len(items), 1)
        cells = "".join(
            f"<td width='{width}%' style='background-color:{HEADER_FILL}' align='center'>"
            f"<span style='font-size:15pt; font-weight:bold; color:{ACCENT}'>{escape(value)}"
            f"</span><br><span style='font-size:{BODY_POINTS - 1}pt'>{escape(caption)}</span></td>"
            for value, caption in items
        )
        return (
            f"<table width='100%' cellspacing='{self.px(4)}' cellpadding='{self.px(6)}' "
            f"style='margin-bottom:{self.px(6)}px'><tr>{cells}</tr></table>"
        )

    def facts(self, items: tuple[tuple[str, str], ...]) -> str:
        rows = "".join(
            f"<tr><td width='30%' style='color:{NOTE}'>{escape(label)}</td>"
            f"<td>{escape(value)}</td></tr>"
            for label, value in items
            if value
        )
        return f"<table width='100%' cellspacing='0' cellpadding='{self.px(2.5)}'>{rows}</table>"

    def table(self, table: TableBlock) -> str:
        if not table.rows:
            return (
                f"<p style='color:{NOTE}'><i>{escape(table.empty)}</i></p>" if table.empty else ""
            )
        line = self.px(0.5)

        def cells(values: tuple[str, ...], tag: str, style: str) -> str:
            out = []
            for index, value in enumerate(values):
                align = "right" if index in table.numeric else "left"
                if tag == "th" and index < len(table.widths):
                    align += f"' width='{table.widths[index]}%"
                out.append(f"<{tag} align='{align}' style='{style}'>{_cell_html(value)}</{tag}>")
            return "".join(out)

        head_style = (
            f"background-color:{HEADER_FILL}; font-weight:bold; "
            f"border-bottom:{self.px(1)}px solid {ACCENT}"
        )
        size = f"; font-size:{table.points}pt" if table.points else ""
        head = f"<thead><tr>{cells(table.columns, 'th', head_style)}</tr></thead>"
        body = []
        for number, row in enumerate(table.rows):
            fill = f"background-color:{STRIPE}; " if number % 2 else ""
            body.append(
                f"<tr>{cells(row, 'td', f'{fill}border-bottom:{line}px solid {RULE}')}</tr>"
            )
        if table.total:
            style = f"font-weight:bold; border-top:{self.px(1)}px solid {ACCENT}"
            body.append(f"<tr>{cells(table.total, 'td', style)}</tr>")
        return (
            f"<table width='100%' cellspacing='0' cellpadding='{self.px(3)}' "
            f"style='border-collapse:collapse; margin-bottom:{self.px(8)}px{size}'>"
            f"{head}<tbody>{''.join(body)}</tbody></table>"
        )

    def title(self, layout: ReportLayout, has_logo: bool) -> str:
        org = layout.organization
        logo = f"<p><img src='{LOGO}' height='{self.px(64)}'></p>" if has_logo else ""
        if not layout.cover:
            return (
                f"{logo}<p style='font-size:{BODY_POINTS + 1}pt; color:{NOTE}'>"
                f"{escape(org.name)}</p>"
                f"<h1 style='font-size:18pt; color:{ACCENT}; margin-bottom:0'>"
                f"{escape(layout.title)}</h1>"
                f"<p style='font-size:{BODY_POINTS + 2}pt'>{escape(layout.subtitle)}</p>"
            )
        spacer = f"<p style='margin-top:{self.px(150)}px'></p>"
        return (
            f"{spacer}<div align='center'>{logo}"
            f"<p style='font-size:16pt; color:{NOTE}'>{escape(org.name)}</p>"
            f"<p style='font-size:11pt; color:{NOTE}'>{escape(org.place)}</p>"
            f"<p style='margin-top:{self.px(40)}px; font-size:28pt; font-weight:bold; "
            f"color:{ACCENT}'>{escape(layout.title)}</p>"
            f"<p style='font-size:16pt'>{escape(layout.subtitle)}</p>"
            f"<p style='margin-top:{self.px(40)}px; color:{NOTE}'>"
            f"{escape(layout.prepared_on)}</p></div>"
            "<p style='page-break-after:always'></p>"
        )


def build_document(
    layout: ReportLayout,
    device: QPagedPaintDevice,
    body: QSizeF,
    blocks: list[Block] | None = None,
    top: float = 0.0,
    title: bool = True,
) -> QTextDocument:
    """The report laid out for `device`, pages of `body` size (in device units). A part of
    the report: only `blocks`, starting `top` below the top of the first page, the title only
    in the part that starts the report."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(report_font())
    document.setPageSize(body)
    document.setDocumentMargin(0)
    html = _Html()
    parts = []
    if title:
        logo = QImage(str(layout.organization.logo)) if layout.organization.logo else QImage()
        if not logo.isNull():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(LOGO), logo)
        parts.append(html.title(layout, not logo.isNull()))
    charts: list[ChartSpec] = []
    parts += [html.block(block, charts) for block in (layout.blocks if blocks is None else blocks)]
    document.setHtml("".join(parts))
    if top:
        _space_above(document, top)
    handler = ChartObject(charts, document)
    document.documentLayout().registerHandler(CHART_OBJECT, handler)
    _replace_chart_placeholders(document)
    _settle_layout(document)
    return document


def _space_above(document: QTextDocument, height: float) -> None:
    """An empty block `height` tall before everything (a root frame margin would be repeated
    on every page)."""
    cursor = QTextCursor(document)
    cursor.insertBlock()
    # A line that tall (a top margin would collapse at the top), given in the 96 dpi pixels
    # Qt scales to the device.
    scale = document.documentLayout().paintDevice().logicalDpiY() / 96
    space = QTextBlockFormat()
    space.setLineHeight(height / scale, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.setBlockFormat(space)
    cursor.setBlockCharFormat(QTextCharFormat())


def content_bottom(document: QTextDocument) -> float:
    """Where the document's text ends, from the top of its first page."""
    return document.documentLayout().blockBoundingRect(document.lastBlock()).bottom()


def _top(document: QTextDocument, block: QTextBlock) -> float:
    """Where the block's first line starts (a heading's top margin is not its text)."""
    top = document.documentLayout().blockBoundingRect(block).top()
    if block.layout().lineCount():
        top += block.layout().lineAt(0).y()
    return top


def _page_at(y: float, page_height: float) -> int:
    return int((y + 1) // page_height)  # + 1: rounding at a page top


KEEP_TOGETHER = 1 / 3  # a section shorter than this part of a page is not split


def _settle_layout(document: QTextDocument, passes: int = 4) -> None:
    """Finish the pagination: lay out again when Qt left a block without lines (a block
    after a table that breaks across pages can be), and move headings to the next page
    when they would end a page, or when the short section they head would be split (a
    partnership's facts on one page and its figures on the next)."""
    document.pageCount()  # lays everything out
    for _ in range(passes):
        if any(b.length() > 1 and b.layout().lineCount() == 0 for b in _blocks(document)):
            document.markContentsDirty(0, document.characterCount())
        elif moved := _headings_to_move(document):
            cursor = QTextCursor(document)
            cursor.beginEditBlock()  # one layout for all the changes
            for heading in moved:
                policy = heading.blockFormat()
                policy.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setPosition(heading.position())
                cursor.setBlockFormat(policy)
            cursor.endEditBlock()
        else:
            break
        document.pageCount()
    _unrepeat_spilled_headers(document)


def _unrepeat_spilled_headers(document: QTextDocument) -> None:
    """A table whose rows end at the foot of a page can still reach past it by its bottom
    padding and margin; Qt then repeats its header row at the top of the next page, drawn
    over whatever follows. A table all of whose rows are on one page has nothing to repeat
    the header for, so such a table gets none."""
    layout, page = document.documentLayout(), document.pageSize().height()
    for table in _tables(document.rootFrame()):
        first = document.findBlock(table.firstPosition())
        last = document.findBlock(table.lastPosition())
        rows_on = _page_at(layout.blockBoundingRect(first).top(), page)
        if (
            table.format().headerRowCount()
            and rows_on == _page_at(layout.blockBoundingRect(last).bottom(), page)
            and rows_on != _page_at(layout.frameBoundingRect(table).bottom(), page)
        ):
            single = table.format()
            single.setHeaderRowCount(0)
            table.setFormat(single)


def _tables(frame: QTextFrame) -> Iterator[QTextTable]:
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            yield child
        yield from _tables(child)


def _headings_to_move(document: QTextDocument) -> list[QTextBlock]:
    """The headings to start a page with. Moving one pushes everything after it down, so
    the sections that follow are judged where they will be (`shift`), not where they are:
    else one pass moves them all and leaves pages nearly empty."""
    layout, page = document.documentLayout(), document.pageSize().height()
    moved, shift, above = [], 0.0, 0.0  # above: where the text before the part ends
    for part in _sections(document):
        first = part[0]
        if first.blockFormat().pageBreakPolicy():  # starts a page, wherever the text above ends
            starts = _page_at(layout.blockBoundingRect(first).top(), page)
            shift = (_page_at(above + shift, page) + 1 - starts) * page
        above = layout.blockBoundingRect(part[-1]).bottom()
        if not first.blockFormat().headingLevel() or first.blockFormat().pageBreakPolicy():
            continue
        body = next((b for b in part if not b.blockFormat().headingLevel()), None)
        if body is None:
            continue
        top = _top(document, first) + shift
        bottom = layout.blockBoundingRect(part[-1]).bottom() + shift
        short = bottom - top < page * KEEP_TOGETHER
        on = _page_at(top, page)
        if on != _page_at(_top(document, body) + shift, page) or (
            short and on != _page_at(bottom - 1, page)
        ):
            moved.append(first)
            shift += (on + 1) * page - top
    return moved


def _blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _sections(document: QTextDocument) -> list[list[QTextBlock]]:
    """The document's blocks cut before each run of headings ("Partnerships one by one"
    straight above "Aarhus"), so a run moves as one."""
    parts: list[list[QTextBlock]] = [[]]
    after_heading = False
    for block in _blocks(document):
        heading = bool(block.blockFormat().headingLevel())
        if heading and not after_heading:
            parts.append([])
        parts[-1].append(block)
        after_heading = heading
    return [part for part in parts if part]


def _replace_chart_placeholders(document: QTextDocument) -> None:
    """Turn each `<img src='chart:N'>` into a chart object character."""
    positions = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name().startswith(CHART_PREFIX):
                index = int(fmt.toImageFormat().name().removeprefix(CHART_PREFIX))
                positions.append((fragment.position(), index))
            fragments += 1
        block = block.next()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # one layout for all the charts
    for position, index in positions:
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        chart = QTextCharFormat()
        chart.setObjectType(CHART_OBJECT)
        chart.setProperty(CHART_INDEX, index)
        cursor.insertText("\ufffc", chart)
    cursor.endEditBlock()


def _cell_html(value: str) -> str:
    """Escaped text; a line break in the value stays a line break in the cell."""
    return escape(value).replace("\n", "<br>")
