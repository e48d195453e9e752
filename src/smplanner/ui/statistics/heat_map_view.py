"""A day × hour grid of engagement (or followers' activity), painted cell by cell.

Resting the pointer on a cell says what it stands for, in the interface's words and
number format: the day, the hour, how many posts and their mean engagement rate (or
the mean active followers), so a dark cell made of one lucky post is told apart from
a habit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from smplanner.domain.posting_hours import Grid


def day_text(day: int) -> str:
    """Monday (0) to Sunday (6) as the locale abbreviates it ("lun.", "Mon")."""
    return QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)


def hour_text(hour: int) -> str:
    """An hour of the day as the interface writes it ("14 h" in French, "14h")."""
    return QCoreApplication.translate("HeatMapView", "%1h").replace("%1", str(hour))


LEFT, TOP = 40.0, 16.0  # room for the day names and the hours

# What a cell's value is (set_grid's ``kind``).
RATE = "rate"  # mean engagement rate (%) of one network's posts
RELATIVE = "relative"  # all networks: each post's rate ÷ its network's mean
ACTIVITY = "activity"  # mean active followers (an imported activity export)


def _figure(value: float) -> str:
    return QLocale().toString(value, "f", 1 if abs(value) < 100 else 0)


class HeatMapView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: Grid = [[None] * 24 for _ in range(7)]
        self.posts: list[list[int]] = [[0] * 24 for _ in range(7)]
        self.kind = RATE
        self.setMinimumSize(420, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def set_grid(self, grid: Grid, posts: list[list[int]] | None = None, kind: str = RATE) -> None:
        self.grid = grid
        self.posts = posts or [[0] * 24 for _ in range(7)]
        self.kind = kind
        self.update()

    def legend_text(self) -> str:
        return self.tr("Darker cells: more engagement. No colour: no post at that hour.")

    def has_data(self) -> bool:
        return any(v is not None for row in self.grid for v in row)

    # ------------------------------------------------------------ reading a cell

    def _cell_size(self) -> tuple[float, float]:
        return (self.width() - LEFT - 4) / 24, (self.height() - TOP - 4) / 7

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        """(weekday 0=Monday, hour) under a point of the widget, or None."""
        width, height = self._cell_size()
        if point.x() < LEFT or point.y() < TOP or width <= 0 or height <= 0:
            return None
        hour, day = int((point.x() - LEFT) // width), int((point.y() - TOP) // height)
        return (day, hour) if 0 <= day < 7 and 0 <= hour < 24 else None

    def cell_centre(self, day: int, hour: int) -> QPoint:
        width, height = self._cell_size()
        return QPoint(int(LEFT + (hour + 0.5) * width), int(TOP + (day + 0.5) * height))

    def describe(self, day: int, hour: int) -> str:
        """'mardi, 18 h – 19 h : 4 publications, taux d'engagement moyen 5,2 %'."""
        when = (
            self.tr("%1, %2 h – %3 h")
            .replace("%1", QLocale().dayName(day + 1))
            .replace("%2", str(hour))
            .replace("%3", str((hour + 1) % 24))
        )
        value = self.grid[day][hour]
        posts = self.posts[day][hour]
        if self.kind == ACTIVITY:
            if value is None:
                return self.tr("%1: no activity figure").replace("%1", when)
            return (
                self.tr("%1: %2 active followers on average")
                .replace("%1", when)
                .replace("%2", _figure(value))
            )
        if value is None:
            return self.tr("%1: no post").replace("%1", when)
        count = self.tr("%Ln post(s)", "", posts) if posts else ""
        if self.kind == RELATIVE:
            mean = self.tr("engagement %1 × their network's mean").replace("%1", _figure(value))
        else:
            mean = self.tr("mean engagement rate %1 %").replace("%1", _figure(value))
        return (
            self.tr("%1: %2")
            .replace("%1", when)
            .replace("%2", f"{count}, {mean}" if count else mean)
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            cell = self.cell_at(event.pos())
            if cell is None or not self.has_data():
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.describe(*cell), self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # The tip follows the pointer from cell to cell without waiting again.
        cell = self.cell_at(event.position().toPoint())
        if QToolTip.isVisible() and cell is not None and self.has_data():
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(*cell), self)
        super().mouseMoveEvent(event)

    # ------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        width, height = self._cell_size()
        values = [v for row in self.grid for v in row if v is not None]
        highest = max(values) if values else 1.0
        text = self.palette().text().color()
        empty = self.palette().alternateBase().color()
        painter.setPen(text)
        for hour in range(0, 24, 3):
            painter.drawText(QRectF(LEFT + hour * width, 0, width * 3, TOP), hour_text(hour))
        for day, row in enumerate(self.grid):
            y = TOP + day * height
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, LEFT - 4, height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                day_text(day),
            )
            for hour, value in enumerate(row):
                cell = QRectF(LEFT + hour * width, y, width - 1, height - 1)
                if value is None:
                    painter.fillRect(cell, empty)
                    continue
                strength = max(0.0, min(1.0, value / highest if highest else 0.0))
                painter.fillRect(
                    cell, QColor.fromHsvF(0.58, 0.15 + 0.85 * strength, 0.95 - 0.45 * strength)
                )
        painter.end()
