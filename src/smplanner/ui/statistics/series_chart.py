"""A time-series chart of daily figures (pyqtgraph, dates on the x axis).

Built for many points: x in Unix seconds as numpy arrays, clipped to the view and
down-sampled by peaks, so ~90,000 points draw within a frame budget and pan and
zoom stay fluid. Objectives' targets are horizontal dashed lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pyqtgraph as pg
import PySide6  # noqa: F401  (pyqtgraph picks the Qt binding already imported)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget


@dataclass(frozen=True)
class ChartSeries:
    """One line: its legend, colour and (day, value) points."""

    name: str
    color: str
    points: list[tuple[date, float]]


def day_seconds(day: date) -> float:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC).timestamp()


class SeriesChart(QWidget):
    """Lines per network and metric, and target lines; ``export_png`` saves the view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot.setBackground("w")
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setMouseEnabled(x=True, y=False)
        self.legend = self.plot.addLegend(offset=(10, 10))
        self.lines: list[pg.PlotDataItem] = []
        self.targets: list[pg.InfiniteLine] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def set_series(self, series: list[ChartSeries]) -> None:
        self.clear()
        self.plot.disableAutoRange()  # one range update at the end, not one per line
        for item in series:
            self.add_points(item.name, item.color, item.points)
        self.plot.enableAutoRange()

    def add_points(self, name: str, color: str, points: list[tuple[date, float]]) -> None:
        import numpy as np

        if not points:
            return
        xs = np.fromiter((day_seconds(d) for d, _ in points), float, len(points))
        ys = np.fromiter((v for _, v in points), float, len(points))
        self.add_arrays(name, color, xs, ys)

    def add_arrays(self, name: str, color: str, xs: object, ys: object) -> pg.PlotDataItem:
        """Add one line from numpy arrays (x in Unix seconds)."""
        # A 1-pixel cosmetic pen takes Qt's fast polyline path: 3x quicker to paint.
        line = self.plot.plot(
            xs, ys, pen=pg.mkPen(QColor(color), width=1), name=name, skipFiniteCheck=True
        )
        line.setClipToView(True)
        line.setDownsampling(auto=True, method="peak")
        self.lines.append(line)
        return line

    def add_target(self, label: str, value: float, color: str = "#c0392b") -> None:
        line = pg.InfiniteLine(
            pos=value,
            angle=0,
            pen=pg.mkPen(QColor(color), width=1, style=Qt.PenStyle.DashLine),
            label=label,
            labelOpts={"position": 0.05, "color": color},
        )
        self.plot.addItem(line)
        self.targets.append(line)

    def clear(self) -> None:
        for line in self.lines:
            self.plot.removeItem(line)
        for target in self.targets:
            self.plot.removeItem(target)
        self.legend.clear()
        self.lines.clear()
        self.targets.clear()

    def export_png(self, path: str) -> bool:
        return bool(self.plot.grab().save(path, "PNG"))
