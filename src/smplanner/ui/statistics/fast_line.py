"""One long line of a chart, drawn with the least work per line and per frame.

pyqtgraph's PlotDataItem costs ~1.3 ms of Python per line before anything is drawn
(a scatter item made for markers it never shows, five option setters that each
recompute the displayed data, signals per item): 48 lines of 5 years took ~60 ms of
the 100 ms budget. A line here is the bare curve item: the arrays are prepared once
(float64, finite or not checked once). When the view changes, only the days in view
and half a view on each side are kept (clip), reduced to a minimum and a maximum per
one to two pixel columns (peak down-sampling keeps every spike): a pan within what
is kept rebuilds nothing, and a redraw has at most ~4 points per pixel whatever the
series' length. The y auto-range reads the whole series in view, not the reduced
points.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPen


def peak_reduce(xs: np.ndarray, ys: np.ndarray, factor: int) -> tuple[np.ndarray, np.ndarray]:
    """``factor`` points to 2: each bin's minimum then maximum at its first x (the
    last bin may be shorter). NaN in a bin makes it a gap."""
    if factor <= 1 or len(xs) <= 2:
        return xs, ys
    starts = np.arange(0, len(xs), factor)
    lows = np.minimum.reduceat(ys, starts)
    highs = np.maximum.reduceat(ys, starts)
    return np.repeat(xs[starts], 2), np.column_stack((lows, highs)).ravel()


class FastLine(pg.PlotCurveItem):
    """A line of (x, y) arrays, x increasing; reads like a PlotDataItem for the chart's
    hover and tests (``name``, ``getOriginalDataset``, ``opts['pen']``)."""

    def __init__(self, xs: Any, ys: Any, pen: QPen, name: str) -> None:
        self._xs = np.ascontiguousarray(xs, dtype=float)
        self._ys = np.ascontiguousarray(ys, dtype=float)
        finite = bool(np.isfinite(self._ys).all() and np.isfinite(self._xs).all())
        # Missing values break the line there instead of drawing to 0 or to nowhere.
        self._connect = "all" if finite else "finite"
        self._shown: tuple[int, int, int] | None = None
        super().__init__(
            self._xs, self._ys, pen=pen, name=name, skipFiniteCheck=finite, connect=self._connect
        )

    def getOriginalDataset(self) -> tuple[np.ndarray, np.ndarray]:
        return self._xs, self._ys

    def viewRangeChanged(self) -> None:
        self._show_view()

    def viewTransformChanged(self) -> None:
        super().viewTransformChanged()
        self._show_view()  # a wider chart shows more points

    def _show_view(self) -> None:
        view = self.getViewBox()
        if not isinstance(view, pg.ViewBox) or len(self._xs) < 3:
            return
        (left, right), _ = view.viewRange()
        count = len(self._xs)
        if view.autoRangeEnabled()[0]:
            first, last = 0, count  # the x range follows the data: all of it
        else:
            # One point beyond each edge, so the line runs to the chart's border.
            first = max(0, int(np.searchsorted(self._xs, left)) - 1)
            last = min(count, int(np.searchsorted(self._xs, right)) + 1)
        last = max(last, first + 1)
        # Points per pixel column, in powers of two so that a zoom re-reduces the line
        # only when the density halves or doubles.
        span = max(float(right - left), 1e-9)
        drawn = max(1.0, float(view.width()) * float(self._xs[last - 1] - self._xs[first]) / span)
        density = (last - first) / drawn
        factor = 1 << max(0, int(np.log2(density))) if density >= 2 else 1
        kept = self._shown
        if kept is not None:
            kept_first, kept_last, kept_factor = kept
            covered = kept_first <= first and last <= kept_last
            # A pan within what is kept redraws the same points: nothing to do.
            if covered and kept_factor == factor and kept_last - kept_first <= 4 * (last - first):
                return
        # Keep half a view more on each side: the next pans need no new points.
        margin = (last - first) // 2
        first, last = max(0, first - margin), min(count, last + margin)
        self._shown = (first, last, factor)
        xs, ys = peak_reduce(self._xs[first:last], self._ys[first:last], factor)
        self.setData(xs, ys, connect=self._connect)

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange: Any = None) -> Any:
        """Bounds of the whole series (x), or of its values over ``orthoRange`` (y),
        from the original arrays: clipping to the view must not move the y range."""
        if frac < 1.0 or (ax == 0 and orthoRange is not None):
            return super().dataBounds(ax, frac, orthoRange)
        if ax == 0:
            values = self._xs
        elif orthoRange is None:
            values = self._ys
        else:
            low = int(np.searchsorted(self._xs, orthoRange[0], side="left"))
            high = int(np.searchsorted(self._xs, orthoRange[1], side="right"))
            values = self._ys[low:high]
        if len(values) == 0:
            return (None, None)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # an all-NaN stretch has no bounds
            bounds = (float(np.nanmin(values)), float(np.nanmax(values)))
        if not all(np.isfinite(bounds)):
            return (None, None)
        return bounds
