"""Charts for the report, painted with QPainter into images (no widget, no pyqtgraph).

A report chart is a still picture: a plain line over days, the objective's target as
a dashed line named in words, light grid lines. The series line is thick and dark
enough to read in black and white; the network's colour is an extra, not the key.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from smplanner.reports.report_document import FONT_FAMILIES
from smplanner.reports.report_language import ReportLanguage

WIDTH, HEIGHT = 1800, 720


def _nice_step(span: float) -> float:
    """A round step (1, 2, 5 × 10^n) giving about five grid lines over ``span``."""
    if span <= 0:
        return 1.0
    raw = span / 5
    magnitude = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _darkened(colour: str) -> QColor:
    """The network colour, darkened if too light to read on white or in grey."""
    value = QColor(colour)
    if value.lightness() > 140:
        value = value.darker(170)
    return value


def line_chart(
    points: list[tuple[date, float]],
    lang: ReportLanguage,
    *,
    colour: str,
    target: float | None = None,
    target_label: str = "",
) -> QImage:
    """A line chart of a daily series; ``target`` is drawn dashed and labelled."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(30)
    painter.setFont(font)
    plot = QRectF(170, 60, WIDTH - 300, HEIGHT - 150)
    values = [value for _day, value in points]
    if target is not None:
        values.append(target)
    low, high = min(values), max(values)
    if high == low:
        high, low = high + 1, low - 1
    step = _nice_step(high - low)
    low = (low // step) * step
    high = -((-high) // step) * step

    def y_of(value: float) -> float:
        return plot.bottom() - (value - low) / (high - low) * plot.height()

    first, last = points[0][0], points[-1][0]
    days = max(1, (last - first).days)

    def x_of(day: date) -> float:
        return plot.left() + (day - first).days / days * plot.width()

    grid = QPen(QColor("#d0d5db"), 2)
    painter.setPen(grid)
    value = low
    while value <= high + step / 2:
        y = y_of(value)
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("#4b5563"))
        painter.drawText(
            QRectF(0, y - 20, plot.left() - 16, 40),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            lang.number(value, 0 if float(step).is_integer() else 1),
        )
        value += step
    painter.setPen(QPen(QColor("#4b5563"), 3))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    ticks = 6
    for index in range(ticks + 1):
        day = date.fromordinal(first.toordinal() + round(days * index / ticks))
        x = x_of(day)
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 10))
        painter.drawText(
            QRectF(x - 120, plot.bottom() + 14, 240, 40),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            lang.short_date(day),
        )
    if target is not None:
        pen = QPen(QColor("#111827"), 4, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        y = y_of(target)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        # The label sits above the line, or below it when the line is the top grid line.
        above = y - plot.top() > 50
        painter.drawText(
            QRectF(plot.left() + 12, y - 46 if above else y + 6, plot.width() - 24, 40),
            int(
                Qt.AlignmentFlag.AlignRight
                | (Qt.AlignmentFlag.AlignBottom if above else Qt.AlignmentFlag.AlignTop)
            ),
            target_label,
        )
    path = QPainterPath()
    for index, (day, value) in enumerate(points):
        point = QPointF(x_of(day), y_of(value))
        if index == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    painter.setPen(
        QPen(
            _darkened(colour),
            6,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
    )
    painter.drawPath(path)
    painter.end()
    return image
