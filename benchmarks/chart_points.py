"""Drawing ~90,000 points in the Statistics chart, against a budget of 100 ms.

    .venv/bin/python benchmarks/chart_points.py [--rounds 7]

8 networks x 5 years daily x 6 metrics = 87,648 points. Times (a) handing the
arrays to the chart and painting the first frame, (b) a pan and a zoom repaint,
and as baselines in the same run (c) painting an empty chart of the same size and
(d) the same lines drawn the way pyqtgraph offers (a PlotDataItem per line, clipped
to the view, peak down-sampling: what the chart did before fast_line), so that the
gain reads on a loaded machine too; each on a fresh chart, several rounds (median
and range).
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE]
sys.path.append(_HERE)

import argparse
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_table import Figure, render
from PySide6.QtWidgets import QApplication


def figures(sizes: object = None, rounds: int = 7) -> list[Figure]:
    """Each figure sampled ``rounds`` times on a fresh chart (the first sample of a
    process also pays one-off costs: it is the median that is held to the budget)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
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
    empty, first, pan, zoom, stock = [], [], [], [], []
    for _ in range(rounds):
        stock.append(_stock_pyqtgraph(app, xs, series))
        chart = SeriesChart()
        chart.resize(1200, 600)
        chart.show()
        app.processEvents()
        began = time.perf_counter()
        chart.grab()
        empty.append(time.perf_counter() - began)

        began = time.perf_counter()
        chart.plot.disableAutoRange()  # as SeriesChart.set_series does
        for name, ys in series:
            chart.add_arrays(name, "#1877f2", xs, ys)
        chart.plot.enableAutoRange()
        chart.grab()  # paints the whole scene once
        first.append(time.perf_counter() - began)

        view = chart.plot.getViewBox()
        began = time.perf_counter()
        view.translateBy(x=86_400 * 90)
        chart.grab()
        pan.append(time.perf_counter() - began)
        began = time.perf_counter()
        view.scaleBy((0.5, 1.0))
        chart.grab()
        zoom.append(time.perf_counter() - began)
        chart.close()
        chart.deleteLater()
        app.processEvents()

    ms = 1000.0
    base = [t * ms for t in empty]
    before = [t * ms for t in stock]
    label = f"Statistics chart, {points:,} points in {len(series)} lines"
    return [
        Figure(f"{label}: empty chart painted", "ms", base, "— (baseline)"),
        Figure(
            f"{label}: set data + first paint, a PlotDataItem per line",
            "ms",
            before,
            "— (baseline)",
        ),
        Figure(
            f"{label}: set data + first paint",
            "ms",
            [t * ms for t in first],
            "≤ 100 ms",
            limit=100,
            baseline=before,
            baseline_name="PlotDataItems",
            ratios=[new / old for new, old in zip(first, stock, strict=True)],  # paired
        ),
        Figure(
            f"{label}: pan repaint",
            "ms",
            [t * ms for t in pan],
            "—",
            baseline=base,
            baseline_name="empty chart",
        ),
        Figure(
            f"{label}: zoom repaint",
            "ms",
            [t * ms for t in zoom],
            "—",
            baseline=base,
            baseline_name="empty chart",
        ),
    ]


def _stock_pyqtgraph(app: QApplication, xs: object, series: list) -> float:  # type: ignore[type-arg]
    """Seconds to hand the same lines to a chart as PlotDataItems and paint it."""
    import pyqtgraph as pg

    from smplanner.ui.statistics.series_chart import SeriesChart

    chart = SeriesChart()
    chart.resize(1200, 600)
    chart.show()
    app.processEvents()
    chart.grab()
    began = time.perf_counter()
    chart.plot.disableAutoRange()
    for name, ys in series:
        line = chart.plot.plot(
            xs, ys, pen=pg.mkPen("#1877f2", width=1), name=name, skipFiniteCheck=True
        )
        line.setClipToView(True)
        line.setDownsampling(auto=True, method="peak")
    chart.plot.enableAutoRange()
    chart.grab()
    spent = time.perf_counter() - began
    chart.close()
    chart.deleteLater()
    app.processEvents()
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    print(render(figures(rounds=max(3, args.rounds))))


if __name__ == "__main__":
    main()
