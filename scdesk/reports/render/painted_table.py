"""A long table's rows measured and drawn with QPainter and QTextLayout, looking like the
QTextDocument tables of `document` (same padding, stripes, rules and header): laying out
74,000 rows as HTML cost half a millisecond a row, measuring and drawing them directly a
small part of that."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from scdesk.reports.render.blocks import TableBlock
from scdesk.reports.render.document import ACCENT, HEADER_FILL, RULE, STRIPE
from scdesk.reports.render.fonts import BODY_POINTS, report_font

PADDING_CSS = 4  # cellpadding in CSS pixels, as the HTML tables have
MARGIN_BELOW_CSS = 11


class PaintedTable:
    """Measures and paints one table's rows for one device, `width` device units wide."""

    def __init__(self, table: TableBlock, device: QPagedPaintDevice, width: float) -> None:
        self.table, self.device = table, device
        css = device.logicalDpiY() / 96  # device units per CSS pixel
        self.padding, self.line = PADDING_CSS * css, css
        self.margin_below = MARGIN_BELOW_CSS * css
        points = table.points or BODY_POINTS
        self.font, self.bold = report_font(points), report_font(points, bold=True)
        count = len(table.columns)
        shares = table.widths if len(table.widths) == count else (100 / count,) * count
        lefts = [0.0]
        for share in shares:
            lefts.append(lefts[-1] + width * share / sum(shares))
        self.columns = list(pairwise(lefts))
        self.options = [self._option(index in table.numeric) for index in range(count)]

    @staticmethod
    def _option(right_aligned: bool) -> QTextOption:
        """Wrapped as QTextDocument wraps a cell: at spaces, or anywhere in a long word."""
        option = QTextOption(
            Qt.AlignmentFlag.AlignRight if right_aligned else Qt.AlignmentFlag.AlignLeft
        )
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        return option

    def _layouts(self, values: tuple[str, ...], font: QFont) -> list[QTextLayout]:
        layouts = []
        for (left, right), option, value in zip(self.columns, self.options, values, strict=False):
            layout = QTextLayout(str(value).replace("\n", "\u2028"), font, self.device)
            layout.setTextOption(option)
            layout.beginLayout()
            y = 0.0
            while (line := layout.createLine()).isValid():
                line.setLineWidth(right - left - 2 * self.padding)
                line.setPosition(QPointF(0, y))
                y += line.height()
            layout.endLayout()
            layouts.append(layout)
        return layouts

    def _height(self, layouts: list[QTextLayout]) -> float:
        text = max((layout.boundingRect().height() for layout in layouts), default=0.0)
        return text + 2 * self.padding + self.line

    def header_height(self) -> float:
        return self._height(self._layouts(self.table.columns, self.bold))

    def row_height(self, values: tuple[str, ...], bold: bool = False) -> float:
        return self._height(self._layouts(values, self.bold if bold else self.font))

    def paint(self, painter: QPainter, top: float, first: int, count: int, total: bool) -> float:
        """The header row and rows `first` to `first + count` (and the total row), from `top`
        down; returns where the table ends, its margin below included."""
        y = self._paint_row(painter, top, self.table.columns, self.bold, HEADER_FILL, ACCENT)
        for number in range(first, first + count):
            fill = STRIPE if number % 2 else None
            row = self.table.rows[number]
            y = self._paint_row(painter, y, row, self.font, fill, RULE)
        if total and self.table.total:
            self._rule(painter, y, ACCENT)
            y = self._paint_row(painter, y, self.table.total, self.bold, None, None)
        return y + self.margin_below

    def _paint_row(
        self,
        painter: QPainter,
        top: float,
        values: tuple[str, ...],
        font: QFont,
        fill: str | None,
        rule: str | None,
    ) -> float:
        layouts = self._layouts(values, font)
        bottom = top + self._height(layouts)
        width = self.columns[-1][1]
        if fill:
            painter.fillRect(QRectF(0, top, width, bottom - top), QColor(fill))
        painter.setPen(QColor("black"))
        for (left, _right), layout in zip(self.columns, layouts, strict=False):
            layout.draw(painter, QPointF(left + self.padding, top + self.padding))
        if rule:
            self._rule(painter, bottom - self.line / 2, rule)
        return bottom

    def _rule(self, painter: QPainter, y: float, colour: str) -> None:
        pen = QPen(QColor(colour))
        pen.setWidthF(self.line)
        painter.setPen(pen)
        painter.drawLine(QPointF(0, y), QPointF(self.columns[-1][1], y))
