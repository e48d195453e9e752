"""Long chart lines (issue #13: ~90,000 points within 100 ms, pan and zoom fluid): each
is a bare curve clipped to the view and peak-reduced, which must still show every
spike, follow pans and zooms made with the mouse, auto-range y on what is in view,
break at missing values; the grid is opaque in the colour it would have blended to."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication

from smplanner.ui.statistics.chart_axes import mixed_over
from smplanner.ui.statistics.fast_line import FastLine, peak_reduce
from smplanner.ui.statistics.series_chart import SeriesChart

DAY = 86_400.0
START = 1_600_000_000.0


def test_peak_reduction_keeps_each_bins_lowest_and_highest_value() -> None:
    xs = np.arange(10, dtype=float)
    ys = np.array([5, 1, 9, 4, 4, 4, 0, 8, 7, 3], dtype=float)
    reduced_x, reduced_y = peak_reduce(xs, ys, 4)
    assert reduced_x.tolist() == [0, 0, 4, 4, 8, 8]
    assert reduced_y.tolist() == [1, 9, 0, 8, 3, 7]  # the short last bin too
    assert peak_reduce(xs, ys, 1)[1] is ys


def chart_with(qtbot, xs, ys) -> tuple[SeriesChart, FastLine]:  # type: ignore[no-untyped-def]
    chart = SeriesChart()
    qtbot.addWidget(chart)
    chart.resize(1000, 500)
    chart.show()
    qtbot.waitExposed(chart)
    line = chart.add_arrays("Instagram · reach", "#c13584", xs, ys)
    assert isinstance(line, FastLine)
    chart.plot.setXRange(float(xs[0]), float(xs[-1]), padding=0)
    chart.plot.enableAutoRange(axis="y")
    chart.plot.setAutoVisible(y=True)
    qtbot.waitUntil(lambda: laid_out_for_the_view(chart, line))
    return chart, line


def laid_out_for_the_view(chart: SeriesChart, line: FastLine) -> bool:
    """The line's points are those of the view, and the y range (set when the chart
    is next painted) holds every value of the days in view."""
    view = chart.plot.vb
    (left, right), (low, high) = view.viewRange()
    bottom, top = line.dataBounds(1, orthoRange=(left, right))
    fits = bottom is None or (low <= bottom and top <= high)
    return line._shown is not None and fits


def test_a_long_line_is_reduced_to_the_pixels_but_keeps_its_spike(qtbot) -> None:  # type: ignore[no-untyped-def]
    days = 200_000
    xs = START + np.arange(days) * DAY
    ys = np.sin(np.arange(days) / 500.0) * 10
    ys[123_457] = 1_000.0  # one day's burst
    chart, line = chart_with(qtbot, xs, ys)
    shown_x, shown_y = line.getData()
    width = chart.plot.vb.width()
    assert len(shown_x) <= 4 * width + 4  # ~2 points per pixel column, not 200,000
    assert shown_y.max() == 1_000.0  # the spike is still drawn
    assert line.getOriginalDataset()[1] is line._ys  # the hover reads every day
    assert chart.plot.vb.viewRange()[1][1] >= 1_000.0  # and the y range holds it


def test_a_wheel_zoom_and_a_pan_show_the_days_in_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    days = 5 * 365 + 1
    xs = START + np.arange(days) * DAY
    ys = np.arange(days, dtype=float)  # rises every day: the y range tells the days
    chart, line = chart_with(qtbot, xs, ys)
    view = chart.plot.vb
    viewport = chart.view.viewport()
    centre = chart.view.mapFromScene(view.mapViewToScene(QPointF(xs[days // 2], days / 2)))
    for _ in range(12):  # the wheel zooms in on the pointer's day
        wheel = QWheelEvent(
            QPointF(centre),
            QPointF(viewport.mapToGlobal(centre)),
            QPoint(),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, wheel)
    qtbot.waitUntil(lambda: view.viewRange()[0][1] - view.viewRange()[0][0] < 200 * DAY)
    left, right = view.viewRange()[0]
    shown_x, _ = line.getData()
    span = right - left
    assert shown_x[0] >= left - span and shown_x[-1] <= right + span  # clipped, with margin
    assert len(shown_x) < days / 3

    def y_follows_the_days_in_view() -> bool:  # once painted, not the 5 years' range
        low, high = view.viewRange()[1]
        return low >= (left - START) / DAY - 50 and high <= (right - START) / DAY + 50

    qtbot.waitUntil(y_follows_the_days_in_view)

    view.translateBy(x=-3 * span)  # a long pan: the kept points no longer cover it

    def the_points_cover_the_view() -> bool:
        left, right = view.viewRange()[0]
        shown_x, _ = line.getData()
        return bool(shown_x[0] <= max(left, xs[0]) and shown_x[-1] >= right)

    qtbot.waitUntil(the_points_cover_the_view)
    assert view.viewRange()[0][0] < left - 2 * span  # it did pan


def test_missing_values_break_the_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    xs = START + np.arange(100) * DAY
    ys = np.arange(100, dtype=float)
    ys[40:45] = np.nan
    _, line = chart_with(qtbot, xs, ys)
    assert line.opts["connect"] == "finite"
    assert line.dataBounds(1) == (0.0, 99.0)


def test_the_grid_is_opaque_in_its_blended_colour(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart, _ = chart_with(qtbot, START + np.arange(400) * DAY, np.arange(400.0))
    for name in ("left", "bottom"):
        axis = chart.plot.getAxis(name)
        painter = QPainter()
        _, ticks, _ = axis.generateDrawSpecs(painter)
        assert ticks
        assert all(pen.color().alpha() == 255 for pen, _, _ in ticks)
        grey = QColor(axis.pen().color())
        lightest = max(ticks, key=lambda spec: spec[0].color().lightness())[0].color()
        assert lightest.lightness() > grey.lightness()  # a grid, lighter than the axis
    assert mixed_over(QColor(0, 0, 0, 51), QColor("white")).getRgb()[:3] == (204, 204, 204)
    assert isinstance(chart.plot.getAxis("left"), pg.AxisItem)


def test_lines_are_drawn_over_the_grid(qtbot) -> None:  # type: ignore[no-untyped-def]
    xs = START + np.arange(400) * DAY
    chart, _ = chart_with(qtbot, xs, np.full(400, 200.0))  # on a grid line of 200
    chart.plot.setYRange(0, 400, padding=0)
    qtbot.waitUntil(lambda: chart.plot.vb.viewRange()[1] == [0.0, 400.0])
    image = chart.view.grab().toImage()
    at = chart.view.mapFromScene(chart.plot.vb.mapViewToScene(QPointF(xs[200], 200.0)))
    colours = {image.pixelColor(at.x(), at.y() + dy).name() for dy in (-1, 0, 1)}
    assert "#c13584" in colours  # the line's own colour, not the grid's
