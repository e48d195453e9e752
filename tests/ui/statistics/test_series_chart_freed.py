"""A closed chart's spare plots go with it, deleted by Qt (issue #11).

The chart keeps the plots a redraw took off (building one costs ~15 ms). Left to the
cyclic collector once the chart was gone, each spare was a live, Python-owned
pyqtgraph PlotItem, its options menu holding a QSpacerItem wrapper (pyqtgraph's
template builds one in Python): the collector could clear that wrapper first and
delete the spacer, which its grid layout deletes again."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from smplanner.ui.statistics.series_chart import SeriesChart
from tests.gc_leftovers import dangerous, kind_of, leftovers

DAY = 86_400.0
START = 1_600_000_000.0


def test_a_closed_charts_spare_plots_are_deleted_with_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    leftovers()

    def draw_then_close() -> list[object]:
        chart = SeriesChart()
        chart.resize(800, 400)
        chart.show()
        qtbot.waitExposed(chart)
        xs = START + DAY * np.arange(30, dtype=float)
        chart.add_arrays("Instagram · reach", "#c13584", xs, np.arange(30, dtype=float))
        chart.clear()  # a redraw: the plot is kept aside for the next one
        spares = list(chart._spare)
        assert spares and all(shiboken6.isValid(plot) for plot in spares)
        chart.close()
        chart.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return spares

    spares = draw_then_close()
    assert not any(shiboken6.isValid(plot) for plot in spares)  # deleted by Qt, in order
    del spares
    found = leftovers()
    assert dangerous(found) == []
    live_plots = [t for t in found if kind_of(t) == "python-owned QObject" and "PlotItem" in str(t)]
    assert live_plots == []
