"""Blocks to a QTextDocument laid out for one paged device: HTML for text and tables (their
header rows repeat on every page), and charts as text objects that QPainter draws, so they
stay vector in a PDF."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPyTextObject,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
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


def build_document(layout: ReportLayout, device: QPagedPaintDevice, body: QSizeF) -> QTextDocument:
    """The report laid out for `device`, pages of `body` size (in device units)."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(report_font())
    document.setPageSize(body)
    document.setDocumentMargin(0)
    html = _Html()
    logo = QImage(str(layout.organization.logo)) if layout.organization.logo else QImage()
    if not logo.isNull():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(LOGO), logo)
    charts: list[ChartSpec] = []
    parts = [html.title(layout, not logo.isNull())]
    parts += [html.block(block, charts) for block in layout.blocks]
    document.setHtml("".join(parts))
    handler = ChartObject(charts, document)
    document.documentLayout().registerHandler(CHART_OBJECT, handler)
    _replace_chart_placeholders(document)
    _settle_layout(document)
    return document


def _page_of(document: QTextDocument, block: QTextBlock) -> int:
    top = document.documentLayout().blockBoundingRect(block).top()
    if block.layout().lineCount():
        top += block.layout().lineAt(0).y()
    return int((top + 1) // document.pageSize().height())  # + 1: rounding at a page top


def _settle_layout(document: QTextDocument, passes: int = 4) -> None:
    """Finish the pagination: lay out again when Qt left a block without lines (a block
    after a table that breaks across pages can be), and move a heading that would end a
    page to the next one, with the text it heads."""
    document.pageCount()  # lays everything out
    for _ in range(passes):
        unlaid = False
        orphans = []
        block = document.begin()
        while block.isValid():
            following = block.next()
            if block.length() > 1 and block.layout().lineCount() == 0:
                unlaid = True
            elif (
                block.blockFormat().headingLevel()
                and following.isValid()
                and not block.blockFormat().pageBreakPolicy()
                and _page_of(document, block) != _page_of(document, following)
            ):
                orphans.append(block)
            block = following
        if orphans:
            cursor = QTextCursor(document)
            cursor.beginEditBlock()  # one layout for all the changes
            for heading in orphans:
                policy = heading.blockFormat()
                policy.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setPosition(heading.position())
                cursor.setBlockFormat(policy)
            cursor.endEditBlock()
        elif unlaid:
            document.markContentsDirty(0, document.characterCount())
        else:
            return
        document.pageCount()


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
