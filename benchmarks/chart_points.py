"""Drawing ~90,000 points in the Statistics chart, against a budget of 100 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -P benchmarks/chart_points.py

8 networks x 5 years daily x 6 metrics = 87,648 points. Times (a) handing the
arrays to the chart and painting the first frame, (b) a pan and a zoom repaint,
and as a baseline in the same run (c) painting an empty chart of the same size.
"""

from __future__ import annotations

import sys
from pathlib import Path

# benchmarks/calendar.py (the name the calendar issue gives) would shadow the stdlib
# calendar module that dateutil imports: run as a script, drop this folder from the path.
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE]

import sys
import time

from PySide6.QtWidgets import QApplication


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    import numpy as np

    from smplanner.ui.statistics.series_chart import SeriesChart

    days = 5 * 365 + 1
    start = 1_600_000_000.0
    xs = start + np.arange(days, dtype=float) * 86_400
    rng = np.random.default_rng(1)
    series = [
        (f"network{n} metric{m}", np.cumsum(rng.normal(0, 1, days)) + 100 * m)
        for n in range(8)
        for m in range(6)
    ]
    points = sum(len(ys) for _, ys in series)

    chart = SeriesChart()
    chart.resize(1200, 600)
    chart.show()
    app.processEvents()
    began = time.perf_counter()
    chart.grab()
    empty = time.perf_counter() - began

    began = time.perf_counter()
    chart.plot.disableAutoRange()  # as SeriesChart.set_series does
    for name, ys in series:
        chart.add_arrays(name, "#1877f2", xs, ys)
    chart.plot.enableAutoRange()
    chart.grab()  # paints the whole scene once
    first = time.perf_counter() - began

    view = chart.plot.getViewBox()
    began = time.perf_counter()
    view.translateBy(x=86_400 * 90)
    chart.grab()
    pan = time.perf_counter() - began
    began = time.perf_counter()
    view.scaleBy((0.5, 1.0))
    chart.grab()
    zoom = time.perf_counter() - began

    print(f"{points:,} points in {len(series)} lines")
    print(f"empty chart paint (baseline): {empty * 1000:7.1f} ms")
    print(f"set data + first paint:       {first * 1000:7.1f} ms  (budget 100 ms)")
    print(f"pan repaint:                  {pan * 1000:7.1f} ms")
    print(f"zoom repaint:                 {zoom * 1000:7.1f} ms")
    print(f"first paint / empty paint:    {first / empty:7.1f}x")


if __name__ == "__main__":
    main()
