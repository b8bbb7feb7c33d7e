"""Paint a report onto any paged device (a PDF file, a printer, the print preview): every
page gets a header (report title, organization, "Confidential" where it applies) and a
footer (the date it was prepared, "Page 3 of 12")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextDocument,
)

from scdesk.reports.render.blocks import ReportLayout
from scdesk.reports.render.flow import DocumentPage, Piece, plan_pages
from scdesk.reports.render.fonts import report_font
from scdesk.reports.render.painted_table import PaintedTable

MARGINS_MM = QMarginsF(18, 14, 18, 14)
BAND_POINTS = 26  # height of the header and of the footer band
CONFIDENTIAL_RED = QColor("#a00020")
LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
}


def paper_for(locale: QLocale | None = None) -> QPageSize:
    """Letter where it is the custom, A4 everywhere else."""
    territory = (locale or QLocale()).territory()
    size = (
        QPageSize.PageSizeId.Letter if territory in LETTER_TERRITORIES else QPageSize.PageSizeId.A4
    )
    return QPageSize(size)


def set_up_pages(device: QPagedPaintDevice, paper: QPageSize | None = None) -> None:
    if paper is not None:
        device.setPageSize(paper)
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)


def paint_report(layout: ReportLayout, device: QPagedPaintDevice) -> int:
    """Lay the report out for `device` and paint every page; returns the number of pages."""
    dpi = device.logicalDpiY()
    area = device.pageLayout().paintRectPixels(device.resolution())
    band = BAND_POINTS * dpi / 72.0
    body = QSizeF(area.width(), area.height() - 2 * band)
    plan = plan_pages(layout, device, body)
    pages = len(plan)
    painter = QPainter(device)
    try:
        for page, pieces in enumerate(plan):
            if page:
                device.newPage()
            for piece in pieces:
                _paint_piece(painter, piece, device, body, band)
            _paint_header(painter, layout, QRectF(0, 0, area.width(), band), page)
            footer = QRectF(0, band + body.height(), area.width(), band)
            _paint_footer(painter, layout, footer, page, pages)
    finally:
        painter.end()
    return pages


def _paint_piece(
    painter: QPainter, piece: Piece, device: QPagedPaintDevice, body: QSizeF, band: float
) -> None:
    if isinstance(piece, DocumentPage):
        _paint_body(painter, piece.document, piece.page, band)
        return
    painter.save()
    painter.translate(0, band + piece.top)
    painter.setClipRect(QRectF(0, 0, body.width(), body.height() - piece.top))
    table = PaintedTable(piece.table, device, body.width())
    table.paint(painter, 0, piece.first, piece.count, piece.total)
    painter.restore()


def _paint_body(painter: QPainter, document: QTextDocument, page: int, top: float) -> None:
    """One page of the document, its top `top` below the top of the paper's printable area."""
    body = document.pageSize()
    painter.save()
    painter.translate(0, top - page * body.height())
    context = QAbstractTextDocumentLayout.PaintContext()
    view = QRectF(QPointF(0, page * body.height()), body)
    # Only what lies on this page: a taller clip drew the page before again, hidden by the
    # clip rectangle but still written into the PDF (a third of its size, and its logo twice).
    context.clip = view
    painter.setClipRect(view)
    document.documentLayout().draw(painter, context)
    painter.restore()


def _rule(painter: QPainter, y: float, width: float) -> None:
    pen = QPen(QColor("#9aa5b1"))
    pen.setWidthF(painter.device().logicalDpiY() / 72.0 * 0.5)
    painter.setPen(pen)
    painter.drawLine(QPointF(0, y), QPointF(width, y))


def _two_sides(painter: QPainter, rect: QRectF, left: str, right: str) -> None:
    """Left and right texts on one line, each elided so they never overlap."""
    metrics = QFontMetricsF(painter.font())
    half = rect.width() / 2 - metrics.averageCharWidth()
    flags = Qt.AlignmentFlag.AlignVCenter
    painter.setPen(QColor("#444444"))
    painter.drawText(
        rect,
        flags | Qt.AlignmentFlag.AlignLeft,
        metrics.elidedText(left, Qt.TextElideMode.ElideRight, half),
    )
    painter.drawText(
        rect,
        flags | Qt.AlignmentFlag.AlignRight,
        metrics.elidedText(right, Qt.TextElideMode.ElideLeft, half),
    )


def _paint_header(painter: QPainter, layout: ReportLayout, rect: QRectF, page: int) -> None:
    line = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.6)
    if layout.confidential:
        painter.setFont(report_font(9, bold=True))
        painter.setPen(CONFIDENTIAL_RED)
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("ReportPages", "CONFIDENTIAL"),
        )
    if layout.cover and page == 0:
        return
    painter.setFont(report_font(7.5))
    if layout.confidential:
        left, right = (
            line.adjusted(0, 0, -rect.width() * 0.62, 0),
            line.adjusted(rect.width() * 0.62, 0, 0, 0),
        )
        _two_sides(painter, left, layout.title, "")
        _two_sides(painter, right, "", layout.organization.name)
    else:
        _two_sides(painter, line, layout.title, layout.organization.name)
    _rule(painter, line.bottom(), rect.width())


def _paint_footer(
    painter: QPainter, layout: ReportLayout, rect: QRectF, page: int, pages: int
) -> None:
    line = QRectF(rect.left(), rect.top() + rect.height() * 0.4, rect.width(), rect.height() * 0.6)
    _rule(painter, line.top(), rect.width())
    painter.setFont(report_font(7.5))
    numbers = QCoreApplication.translate("ReportPages", "Page {page} of {pages}").format(
        page=QLocale().toString(page + 1), pages=QLocale().toString(pages)
    )
    _two_sides(painter, line, layout.prepared_on, numbers)
