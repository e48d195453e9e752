"""Time-series charts of daily figures (pyqtgraph, dates on the x axis).

Built for many points: x in Unix seconds as numpy arrays, each long line a bare
curve clipped to the view and down-sampled by peaks (fast_line), so ~90,000 points
draw within the 100 ms budget and pan and zoom stay fluid; the grid is drawn opaque
(chart_axes). Figures of very different sizes (followers ~1,000, reach ~300, watch
time ~100,000 s) can be split into one small chart per metric, x axes linked.
A selected objective gets its own chart: measured value, target line and the
straight pace from the starting value to the target by the deadline, on the same
days as the charts below it (selecting an objective never moves their date axis).
The legend sits below the charts, never over the data. Many charts scroll rather
than shrink into strips; the pointer reads the figures (chart_hover).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

import pyqtgraph as pg
import PySide6  # noqa: F401  (pyqtgraph picks the Qt binding already imported)
import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from smplanner.ui.statistics.chart_axes import ValueAxis
from smplanner.ui.statistics.chart_legend import ChartLegend, LegendEntry
from smplanner.ui.statistics.chart_series import (
    EPOCH_ORDINAL,
    ChartSeries,
    ObjectiveDrawing,
    day_seconds,
    shown_days,
)
from smplanner.ui.statistics.date_axis import DateAxis
from smplanner.ui.statistics.fast_line import FastLine

DASHES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)
SHORT_SERIES = 45  # up to this many points, each day gets a marker
OBJECTIVE_COLOR = "#7d3c98"
TARGET_COLOR = "#c0392b"
PACE_COLOR = "#566573"
MIN_PLOT_HEIGHT = 105  # px per chart row (title, axis, lines); more rows scroll


class SeriesChart(QWidget):
    """Lines per network and metric; ``export_png`` saves the charts and the legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from smplanner.ui.statistics.chart_hover import ChartHover

        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(self._ink()[0])
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.view)
        self.legend = ChartLegend()
        self.plots: list[pg.PlotItem] = []
        self.lines: list[pg.PlotDataItem | FastLine] = []
        self.straight_lines: list[pg.PlotDataItem | FastLine] = []  # read by interpolation
        self.targets: list[pg.InfiniteLine] = []
        self.objective_plot: pg.PlotItem | None = None
        self.plot: pg.PlotItem
        self._spare: list[pg.PlotItem] = []
        self._in_layout: list[pg.PlotItem] = []
        # The spares are in no scene, so nothing of Qt's deletes them: left to the
        # cyclic collector with the chart, each was a live PlotItem whose options menu
        # holds a QSpacerItem wrapper, a double delete if cleared first (issue #11).
        self.destroyed.connect(partial(_delete_plots, self._spare))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.legend)
        self.hover = ChartHover(self)
        self.set_series([])

    def _ink(self) -> tuple[QColor, QColor, str]:
        """(background, axis colour, title colour) from the palette: white paper and
        grey axes, or the dark theme's base and light text (charts followed no theme)."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        if base.lightness() >= 128:
            return QColor("white"), QColor("#6b7280"), "#2c3e50"
        return base, palette.color(QPalette.ColorRole.Text).darker(115), "#dfe6ee"

    def _ink_plot(self, plot: pg.PlotItem) -> None:
        paper, axis, _ = self._ink()
        for name in ("left", "bottom"):
            plot.getAxis(name).paper = paper  # the grid's colour is mixed over it
            plot.getAxis(name).setPen(axis)
            plot.getAxis(name).setTextPen(axis)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.view.setBackground(self._ink()[0])
            for plot in [*self._in_layout, *self._spare]:
                self._ink_plot(plot)
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        # The scroll area would ask for little: ask for room for three charts.
        return QSize(640, 3 * MIN_PLOT_HEIGHT + 100)

    # ------------------------------------------------------------ drawing

    def set_series(
        self,
        series: list[ChartSeries],
        *,
        split: bool = False,
        days: tuple[date, date] | None = None,
        objective: ObjectiveDrawing | None = None,
        grouping: str = "day",
    ) -> None:
        """Draw ``series`` (one chart, or one per group when ``split``) over ``days``
        (default: the data's days, at least a week), and the objective above them on
        the same days (its own days when nothing else is drawn)."""
        self.clear()
        self.hover.grouping = grouping
        groups: dict[str, list[ChartSeries]] = {}
        for item in series:
            groups.setdefault(item.group if split else "", []).append(item)
        if not groups:
            groups[""] = []
        columns = 1 if len(groups) <= 2 else 2 if len(groups) <= 6 else 3
        row = 0
        if objective is not None:
            self._draw_objective(objective, columns)
            row = 1
        for index, (title, members) in enumerate(groups.items()):
            plot = self._new_plot(row + index // columns, index % columns, title or None)
            plot.disableAutoRange()  # one range update at the end, not one per line
            for item in members:
                self._add(plot, item)
            plot.enableAutoRange(axis="y")
            plot.setAutoVisible(y=True)
            if self.plots and plot is not self.plots[0]:
                plot.setXLink(self.plots[0])
            self.plots.append(plot)
        self.plot = self.plots[0]
        days = (
            days
            or self._data_days(series)
            or self._objective_days(objective)
            or (date.today() - timedelta(days=27), date.today())
        )
        first, last = shown_days(*days)
        self.plot.setXRange(day_seconds(first) - 43_200, day_seconds(last) + 43_200, padding=0.02)
        if self.objective_plot is not None:
            # Its pace may run to a deadline months ahead: it follows the charts' days.
            self.objective_plot.enableAutoRange(x=False)
            self.objective_plot.setXLink(self.plot)
        self.legend.set_entries(self._legend_entries(series, split, objective))
        rows = row + (len(groups) + columns - 1) // columns
        # Below this height a chart is a strip without a readable axis: scroll instead.
        self.view.setMinimumHeight(rows * MIN_PLOT_HEIGHT)
        QTimer.singleShot(0, self, self._fit_layout)  # not once the chart is gone

    def _fit_layout(self) -> None:
        # Plots taken out and put back: lay the grid out again over the whole view now,
        # not at the next resize (it was cut until the splitter moved).
        layout = self.view.ci.layout
        layout.invalidate()
        self.view.ci.setGeometry(self.view.viewRect())
        layout.activate()

    def all_plots(self) -> list[pg.PlotItem]:
        """The objective's chart (if any) and the series' charts, top to bottom."""
        return [p for p in (self.objective_plot, *self.plots) if p is not None]

    def _new_plot(self, row: int, column: int, title: str | None, span: int = 1) -> pg.PlotItem:
        # Plots are kept and reused: building one (axes, view box, menus) costs ~15 ms.
        if self._spare:
            plot = self._spare.pop()
            plot.setXLink(None)
            plot.enableAutoRange()
        else:
            plot = pg.PlotItem(axisItems={"bottom": DateAxis(), "left": ValueAxis()})
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.setMouseEnabled(x=True, y=False)
            plot.hideButtons()  # pyqtgraph's "A" (auto-range) corner button: unexplained
            plot.getAxis("left").setWidth(48)  # linked charts line up
            for name in ("left", "bottom"):
                # Under the lines: the grid is opaque (chart_axes) and would cover them.
                plot.getAxis(name).setZValue(plot.vb.zValue() - 1)
            self._ink_plot(plot)
        plot.setTitle(title or None, size="9pt", color=self._ink()[2])  # None: no title row
        self.view.addItem(plot, row=row, col=column, colspan=span)
        self._in_layout.append(plot)
        return plot

    def _add(self, plot: pg.PlotItem, item: ChartSeries) -> None:
        import numpy as np

        if not item.points:
            return
        # Noon UTC of each day, from day numbers: 5x quicker than a datetime per point.
        ordinals = np.fromiter((d.toordinal() for d, _ in item.points), float, len(item.points))
        xs = (ordinals - EPOCH_ORDINAL) * 86_400 + 43_200
        ys = np.fromiter((v for _, v in item.points), float, len(item.points))
        self.add_arrays(
            item.name,
            item.color,
            xs,
            ys,
            plot=plot,
            dash=DASHES[item.dash % len(DASHES)],
            symbol=len(item.points) <= SHORT_SERIES,
        )

    def add_arrays(
        self,
        name: str,
        color: str,
        xs: object,
        ys: object,
        *,
        plot: pg.PlotItem | None = None,
        dash: Qt.PenStyle = Qt.PenStyle.SolidLine,
        symbol: bool = False,
        width: int | None = None,
    ) -> pg.PlotDataItem | FastLine:
        """Add one line from numpy arrays (x in Unix seconds, increasing)."""
        colour = QColor(color)
        # Long series: a 1-pixel solid cosmetic pen takes Qt's fast polyline path (3x
        # quicker to paint). Short ones get a thicker pen and a marker per day.
        options: dict[str, object] = {}
        if symbol:
            options = {"symbol": "o", "symbolSize": 6, "symbolBrush": colour, "symbolPen": colour}
        width = width or (2 if symbol else 1)
        pen = pg.mkPen(colour, width=width, style=dash)
        line: pg.PlotDataItem | FastLine
        if symbol:
            line = (plot or self.plot).plot(xs, ys, pen=pen, name=name, **options)
        else:
            # Long series: the bare curve, clipped and peak-reduced to the view
            # (fast_line: a PlotDataItem per line cost more than the drawing).
            line = FastLine(xs, ys, pen, name)
            (plot or self.plot).addItem(line)
        self.lines.append(line)
        return line

    @staticmethod
    def _objective_days(objective: ObjectiveDrawing | None) -> tuple[date, date] | None:
        drawn = [*objective.points, *objective.pace] if objective is not None else []
        return (min(d for d, _ in drawn), max(d for d, _ in drawn)) if drawn else None

    def _draw_objective(self, objective: ObjectiveDrawing, columns: int) -> None:
        plot = self._new_plot(0, 0, objective.title, span=columns)
        self.objective_plot = plot
        drawn = [*objective.points, *objective.pace]
        if objective.pace:
            pace = self.add_arrays(
                objective.labels.get("pace", ""),
                PACE_COLOR,
                [day_seconds(d) for d, _ in objective.pace],
                [v for _, v in objective.pace],
                plot=plot,
                dash=Qt.PenStyle.DotLine,
                width=2,
            )
            self.straight_lines.append(pace)
        if objective.points:
            self._add(
                plot,
                ChartSeries(
                    objective.labels.get("measured", ""), OBJECTIVE_COLOR, objective.points
                ),
            )
        if objective.target is not None:
            self.add_target(plot, objective.labels.get("target", ""), objective.target)
        if drawn:
            # The target stays in view even when the figures are still far from it.
            values = [v for _, v in drawn]
            if objective.target is not None:
                values.append(objective.target)
            plot.setYRange(min(values), max(values), padding=0.1)

    def add_target(
        self, plot: pg.PlotItem, label: str, value: float, color: str = TARGET_COLOR
    ) -> None:
        line = pg.InfiniteLine(
            pos=value,
            angle=0,
            pen=pg.mkPen(QColor(color), width=1, style=Qt.PenStyle.DashLine),
            label=label,
            labelOpts={"position": 0.05, "color": color, "anchors": [(0, 0), (0, 0)]},
        )
        plot.addItem(line)
        self.targets.append(line)

    def clear(self) -> None:
        for plot in self._in_layout:
            plot.clear()  # lines, markers and target lines
            self.view.removeItem(plot)
            self._spare.append(plot)
        self._in_layout.clear()
        self.view.ci.currentRow = self.view.ci.currentCol = 0
        self.plots.clear()
        self.lines.clear()
        self.straight_lines.clear()
        self.targets.clear()
        self.objective_plot = None
        self.hover.forget()

    # ------------------------------------------------------------ reading back

    @staticmethod
    def _data_days(series: list[ChartSeries]) -> tuple[date, date] | None:
        days = [d for item in series for d, _ in item.points[:1] + item.points[-1:]]
        return (min(days), max(days)) if days else None

    @staticmethod
    def _legend_entries(
        series: list[ChartSeries], split: bool, objective: ObjectiveDrawing | None
    ) -> list[LegendEntry]:
        entries: list[LegendEntry] = []
        if objective is not None:
            labels = objective.labels
            entries.append(LegendEntry(labels.get("measured", ""), OBJECTIVE_COLOR))
            if objective.pace:
                entries.append(LegendEntry(labels.get("pace", ""), PACE_COLOR, Qt.PenStyle.DotLine))
            if objective.target is not None:
                entries.append(LegendEntry(labels.get("target", ""), TARGET_COLOR, DASHES[1]))
        seen: set[str] = set()
        for item in series:
            if not item.points:
                continue  # nothing of it in the period: naming it would mislead
            if split:
                # One colour per network in every small chart: name the networks once.
                if item.short_name in seen:
                    continue
                seen.add(item.short_name)
                entries.append(LegendEntry(item.short_name, item.color))
            else:
                short = len(item.points) <= SHORT_SERIES
                entries.append(
                    LegendEntry(item.name, item.color, DASHES[item.dash % len(DASHES)], short)
                )
        return entries

    def export_png(self, path: str) -> bool:
        """Every chart (also those scrolled out of sight) and the legend below them."""
        from PySide6.QtGui import QPainter, QPixmap

        self.hover.hide()
        charts = self.view.grab()
        legend = self.legend.grab() if self.legend.isVisible() else QPixmap()
        ratio = charts.devicePixelRatio()
        image = QPixmap(max(charts.width(), legend.width()), charts.height() + legend.height())
        image.setDevicePixelRatio(ratio)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawPixmap(0, 0, charts)
        painter.drawPixmap(0, int(charts.height() / ratio), legend)
        painter.end()
        return bool(image.save(path, "PNG"))


def _delete_plots(plots: list[pg.PlotItem], *_destroyed: object) -> None:
    """Delete the chart's spare plots in Qt's order (children before their parent)."""
    for plot in plots:
        if shiboken6.isValid(plot):
            shiboken6.delete(plot)
    plots.clear()
