"""Charts drawn with QPainter, so they stay vector in a PDF: stacked horizontal bars
(exchanges by field and direction), columns (hours by month), a line (members by year).

A chart with nothing to show draws its `empty_message` instead of empty axes.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from scdesk.reports.render.fonts import report_font

# Print colours: the Okabe–Ito palette, told apart by colour-blind readers and in grey print.
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")
INK = QColor("#222222")
GRID = QColor("#d9d9d9")
MUTED = QColor("#666666")
LABEL_POINTS = 7.5


class ChartStyle(Enum):
    STACKED_BARS = "stacked_bars"  # horizontal, one bar per category, series stacked
    COLUMNS = "columns"  # vertical, one series
    LINE = "line"


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class ChartSpec:
    style: ChartStyle
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    empty_message: str
    value_format: Callable[[float], str] = str
    aspect: float = 0.42  # height / width

    @property
    def is_empty(self) -> bool:
        return not any(v for s in self.series for v in s.values)


def nice_step(largest: float, ticks: int = 5) -> float:
    """A step of 1, 2, 2.5 or 5 × 10ⁿ giving about `ticks` gridlines up to `largest`."""
    if largest <= 0:
        return 1.0
    raw = largest / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            return max(factor * magnitude, 1.0)
    return 10 * magnitude


def axis_top(largest: float, step: float) -> float:
    return max(step, math.ceil(largest / step) * step)


class _Pens:
    def __init__(self, painter: QPainter) -> None:
        self.point = painter.device().logicalDpiY() / 72.0  # device units per point

    def pen(self, colour: QColor | str, points: float = 0.6) -> QPen:
        pen = QPen(QColor(colour))
        pen.setWidthF(points * self.point)
        return pen


def draw_chart(painter: QPainter, rect: QRectF, spec: ChartSpec) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(report_font(LABEL_POINTS))
    pens = _Pens(painter)
    if spec.is_empty:
        _draw_empty(painter, rect, spec.empty_message, pens)
    else:
        area = _draw_legend(painter, rect, spec, pens)
        if spec.style is ChartStyle.STACKED_BARS:
            _draw_stacked_bars(painter, area, spec, pens)
        elif spec.style is ChartStyle.COLUMNS:
            _draw_columns(painter, area, spec, pens)
        else:
            _draw_line(painter, area, spec, pens)
    painter.restore()


def _draw_empty(painter: QPainter, rect: QRectF, message: str, pens: _Pens) -> None:
    inset = rect.adjusted(pens.point, pens.point, -pens.point, -pens.point)
    painter.setPen(pens.pen(GRID, 0.8))
    painter.drawRoundedRect(inset, 4 * pens.point, 4 * pens.point)
    painter.setFont(report_font(11))
    painter.setPen(MUTED)
    painter.drawText(inset, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, message)


def _draw_legend(painter: QPainter, rect: QRectF, spec: ChartSpec, pens: _Pens) -> QRectF:
    """A row of swatches above the chart when there is more than one series."""
    if len(spec.series) < 2:
        return rect
    metrics = QFontMetricsF(painter.font())
    swatch = metrics.height() * 0.7
    x = rect.left()
    y = rect.top()
    for index, series in enumerate(spec.series):
        painter.fillRect(
            QRectF(x, y + (metrics.height() - swatch) / 2, swatch, swatch),
            QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)]),
        )
        x += swatch + 3 * pens.point
        painter.setPen(INK)
        width = metrics.horizontalAdvance(series.label)
        painter.drawText(QRectF(x, y, width + pens.point, metrics.height()), series.label)
        x += width + 12 * pens.point
    return rect.adjusted(0, metrics.height() * 1.8, 0, 0)


def _totals(spec: ChartSpec) -> list[float]:
    return [sum(s.values[i] for s in spec.series) for i in range(len(spec.categories))]


def _draw_stacked_bars(painter: QPainter, rect: QRectF, spec: ChartSpec, pens: _Pens) -> None:
    metrics = QFontMetricsF(painter.font())
    totals = _totals(spec)
    step = nice_step(max(totals), 5)
    top = axis_top(max(totals), step)
    label_width = max(metrics.horizontalAdvance(c) for c in spec.categories) + 6 * pens.point
    value_room = metrics.horizontalAdvance(spec.value_format(max(totals))) + 6 * pens.point
    plot = QRectF(
        rect.left() + label_width,
        rect.top(),
        rect.width() - label_width - value_room,
        rect.height() - metrics.height() * 1.6,
    )
    _vertical_grid(painter, plot, top, step, spec, pens, metrics)
    band = plot.height() / len(spec.categories)
    thickness = band * 0.62
    for row, category in enumerate(spec.categories):
        y = plot.top() + row * band + (band - thickness) / 2
        painter.setPen(INK)
        painter.drawText(
            QRectF(rect.left(), plot.top() + row * band, label_width - 6 * pens.point, band),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            category,
        )
        x = plot.left()
        for index, series in enumerate(spec.series):
            width = plot.width() * series.values[row] / top
            if width > 0:
                painter.fillRect(
                    QRectF(x, y, width, thickness),
                    QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)]),
                )
            x += width
        if totals[row]:
            painter.setPen(INK)
            painter.drawText(
                QRectF(x + 3 * pens.point, y, value_room, thickness),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                spec.value_format(totals[row]),
            )
    painter.setPen(pens.pen(INK, 0.8))
    painter.drawLine(plot.topLeft(), plot.bottomLeft())


def _vertical_grid(
    painter: QPainter,
    plot: QRectF,
    top: float,
    step: float,
    spec: ChartSpec,
    pens: _Pens,
    metrics: QFontMetricsF,
) -> None:
    """Gridlines across a horizontal bar chart, with their values below the plot."""
    value = 0.0
    while value <= top + step / 1000:
        x = plot.left() + plot.width() * value / top
        painter.setPen(pens.pen(GRID))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(MUTED)
        text = spec.value_format(value)
        width = metrics.horizontalAdvance(text)
        painter.drawText(
            QRectF(x - width, plot.bottom() + 2 * pens.point, 2 * width, metrics.height()),
            Qt.AlignmentFlag.AlignHCenter,
            text,
        )
        value += step


def _horizontal_grid(
    painter: QPainter,
    rect: QRectF,
    spec: ChartSpec,
    pens: _Pens,
    metrics: QFontMetricsF,
    largest: float,
) -> tuple[QRectF, float]:
    """Gridlines and value labels at the left of a column or line chart; returns the plot
    area and the value at its top."""
    step = nice_step(largest, 4)
    top = axis_top(largest, step)
    labels = [spec.value_format(step * i) for i in range(round(top / step) + 1)]
    label_width = max(metrics.horizontalAdvance(t) for t in labels) + 6 * pens.point
    plot = QRectF(
        rect.left() + label_width,
        rect.top() + metrics.height() / 2,
        rect.width() - label_width,
        rect.height() - metrics.height() * 2.2,
    )
    for i, text in enumerate(labels):
        y = plot.bottom() - plot.height() * (step * i) / top
        painter.setPen(pens.pen(GRID))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(
                rect.left(),
                y - metrics.height() / 2,
                label_width - 5 * pens.point,
                metrics.height(),
            ),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
    painter.setPen(pens.pen(INK, 0.8))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    return plot, top


def _category_labels(
    painter: QPainter, plot: QRectF, spec: ChartSpec, metrics: QFontMetricsF, pens: _Pens
) -> None:
    slot = plot.width() / len(spec.categories)
    painter.setPen(INK)
    for i, category in enumerate(spec.categories):
        painter.drawText(
            QRectF(plot.left() + i * slot, plot.bottom() + 3 * pens.point, slot, metrics.height()),
            Qt.AlignmentFlag.AlignHCenter,
            category,
        )


def _draw_columns(painter: QPainter, rect: QRectF, spec: ChartSpec, pens: _Pens) -> None:
    metrics = QFontMetricsF(painter.font())
    values = spec.series[0].values
    plot, top = _horizontal_grid(painter, rect, spec, pens, metrics, max(values))
    slot = plot.width() / len(values)
    colour = QColor(SERIES_COLOURS[0])
    for i, value in enumerate(values):
        height = plot.height() * value / top
        painter.fillRect(
            QRectF(
                plot.left() + i * slot + slot * 0.18, plot.bottom() - height, slot * 0.64, height
            ),
            colour,
        )
    _category_labels(painter, plot, spec, metrics, pens)


def _draw_line(painter: QPainter, rect: QRectF, spec: ChartSpec, pens: _Pens) -> None:
    metrics = QFontMetricsF(painter.font())
    values = spec.series[0].values
    plot, top = _horizontal_grid(painter, rect, spec, pens, metrics, max(values))
    slot = plot.width() / len(values)
    points = [
        QPointF(plot.left() + (i + 0.5) * slot, plot.bottom() - plot.height() * v / top)
        for i, v in enumerate(values)
    ]
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    painter.setPen(pens.pen(SERIES_COLOURS[0], 1.6))
    painter.drawPath(path)
    painter.setBrush(QColor(SERIES_COLOURS[0]))
    radius = 1.8 * pens.point
    for point in points:
        painter.drawEllipse(point, radius, radius)
    last = points[-1]
    painter.setPen(INK)
    text = spec.value_format(values[-1])
    width = metrics.horizontalAdvance(text) + 2 * pens.point
    painter.drawText(
        QRectF(last.x() - width / 2, last.y() - metrics.height() * 1.4, width, metrics.height()),
        Qt.AlignmentFlag.AlignHCenter,
        text,
    )
    _category_labels(painter, plot, spec, metrics, pens)
