"""A day × hour grid of engagement (or followers' activity), painted cell by cell."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from smplanner.domain.posting_hours import Grid

DAYS = [
    QT_TRANSLATE_NOOP("HeatMapView", "Mon"),
    QT_TRANSLATE_NOOP("HeatMapView", "Tue"),
    QT_TRANSLATE_NOOP("HeatMapView", "Wed"),
    QT_TRANSLATE_NOOP("HeatMapView", "Thu"),
    QT_TRANSLATE_NOOP("HeatMapView", "Fri"),
    QT_TRANSLATE_NOOP("HeatMapView", "Sat"),
    QT_TRANSLATE_NOOP("HeatMapView", "Sun"),
]


class HeatMapView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: Grid = [[None] * 24 for _ in range(7)]
        self.setMinimumSize(420, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_grid(self, grid: Grid) -> None:
        self.grid = grid
        highest = max((v for row in grid for v in row if v is not None), default=None)
        self.setToolTip(
            ""
            if highest is None
            else self.tr("Darker cells: more engagement. No colour: no post at that hour.")
        )
        self.update()

    def has_data(self) -> bool:
        return any(v is not None for row in self.grid for v in row)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        left, top = 40.0, 16.0
        width = (self.width() - left - 4) / 24
        height = (self.height() - top - 4) / 7
        values = [v for row in self.grid for v in row if v is not None]
        highest = max(values) if values else 1.0
        painter.setPen(self.palette().text().color())
        for hour in range(0, 24, 3):
            painter.drawText(QRectF(left + hour * width, 0, width * 3, top), f"{hour}h")
        for day, row in enumerate(self.grid):
            y = top + day * height
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, y, left - 4, height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                QCoreApplication.translate("HeatMapView", DAYS[day]),
            )
            for hour, value in enumerate(row):
                cell = QRectF(left + hour * width, y, width - 1, height - 1)
                if value is None:
                    painter.fillRect(cell, QColor("#f2f3f4"))
                    continue
                strength = max(0.0, min(1.0, value / highest if highest else 0.0))
                painter.fillRect(
                    cell, QColor.fromHsvF(0.58, 0.15 + 0.85 * strength, 0.95 - 0.45 * strength)
                )
        painter.end()
