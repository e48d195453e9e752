"""Values under the pointer in the Statistics charts.

A vertical line follows the pointer to the nearest day with a figure, and a label
gives that day (week, month) and each line's value there, in the interface's date
and number formats ("12 octobre 2026 — Instagram · abonnés : 1 036"). Reading a
figure no longer needs a ruler against the y axis.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from smplanner.ui.statistics.objectives_panel import number

if TYPE_CHECKING:
    from smplanner.ui.statistics.series_chart import SeriesChart

DAY = 86_400
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
# How far (in days) the pointer may be from a point for it to count, per grouping.
REACH = {"day": 0.6, "week": 3.6, "month": 16.0}


def day_of(x: float) -> date:
    """The day whose noon UTC is ``x`` (Unix seconds), as the charts place points."""
    return date.fromordinal(int(x // DAY) + EPOCH_ORDINAL)


class ChartHover(QObject):
    """Follows the pointer over a SeriesChart's plots; ``text`` is what is shown."""

    def __init__(self, chart: SeriesChart) -> None:
        super().__init__(chart)
        self.chart = chart
        self.grouping = "day"
        self.text = ""
        self._cursors: dict[int, pg.InfiniteLine] = {}
        self.label = QLabel(chart.view)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setStyleSheet(
            "QLabel { background: rgba(255, 255, 255, 235); color: #1f2328;"
            " border: 1px solid #aab; border-radius: 3px; padding: 3px 6px; }"
        )
        self.label.hide()
        chart.view.scene().sigMouseMoved.connect(self._moved)
        chart.view.viewport().installEventFilter(self)  # the pointer left: no reading

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self.hide()
        return False

    # ------------------------------------------------------------ reading

    def when(self, day: date) -> str:
        """The day, week or month of a point, as the interface writes dates."""
        shown = QDate(day.year, day.month, day.day)
        if self.grouping == "month":
            return QLocale().toString(shown, "MMMM yyyy")
        text = QLocale().toString(shown, "d MMMM yyyy")
        return self.tr("week of %1").replace("%1", text) if self.grouping == "week" else text

    def read(self, plot: pg.PlotItem, x: float) -> tuple[float, list[str]] | None:
        """(x of the nearest point, "name: value" per line) at ``x`` in ``plot``."""
        import numpy as np

        reach = REACH.get(self.grouping, 0.6) * DAY
        nearest: float | None = None
        found: list[tuple[float, str, float]] = []
        for line in plot.listDataItems():
            xs, ys = line.getOriginalDataset()
            if xs is None or len(xs) == 0:
                continue
            name = line.name() or ""
            if line in self.chart.straight_lines:
                # The expected pace: a straight line, read where the pointer is.
                if xs[0] <= x <= xs[-1]:
                    found.append((x, name, float(np.interp(x, xs, ys))))
                continue
            index = int(np.searchsorted(xs, x))
            candidates = [i for i in (index - 1, index) if 0 <= i < len(xs)]
            best = min(candidates, key=lambda i: abs(xs[i] - x))
            if abs(xs[best] - x) <= reach:
                found.append((float(xs[best]), name, float(ys[best])))
                if nearest is None or abs(xs[best] - x) < abs(nearest - x):
                    nearest = float(xs[best])
        if nearest is None:
            return None
        lines = [
            self.tr("%1: %2").replace("%1", name).replace("%2", number(value))
            if name
            else number(value)
            for _, name, value in found
        ]
        for target in self.chart.targets:
            if target.getViewBox() is plot.getViewBox() and target.label is not None:
                lines.append(target.label.toPlainText())
        return nearest, lines

    def show_at(self, plot: pg.PlotItem, x: float) -> str:
        """Show the figures nearest to ``x`` in ``plot``; returns the label's text."""
        reading = self.read(plot, x)
        if reading is None:
            self.hide()
            return ""
        at, lines = reading
        self.text = "\n".join([self.when(day_of(at)), *lines])
        self.label.setText(self.text)
        self.label.adjustSize()
        self._cursor(plot).setValue(at)
        for key, cursor in self._cursors.items():
            cursor.setVisible(key == id(plot))
        # Beside the point, inside the view, on the side with room.
        top = plot.vb.mapViewToScene(QPointF(at, plot.vb.viewRange()[1][1]))
        point = self.chart.view.mapFromScene(top)
        left = point.x() + 12
        if left + self.label.width() > self.chart.view.width():
            left = point.x() - 12 - self.label.width()
        self.label.move(max(0, left), max(0, point.y()))
        self.label.show()
        self.label.raise_()
        return self.text

    def hide(self) -> None:
        self.text = ""
        self.label.hide()
        for cursor in self._cursors.values():
            cursor.hide()

    def forget(self) -> None:
        """The plots were cleared (their items with them): cursors are made anew."""
        self._cursors.clear()
        self.hide()

    # ------------------------------------------------------------ internals

    def _cursor(self, plot: pg.PlotItem) -> pg.InfiniteLine:
        cursor = self._cursors.get(id(plot))
        if cursor is None or cursor.getViewBox() is None:
            cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen(QColor("#888888"), width=1))
            plot.addItem(cursor, ignoreBounds=True)
            self._cursors[id(plot)] = cursor
        return cursor

    def _moved(self, scene_point: QPointF) -> None:
        for plot in self.chart.all_plots():
            if plot.vb.sceneBoundingRect().contains(scene_point):
                self.show_at(plot, plot.vb.mapSceneToView(scene_point).x())
                return
        self.hide()
