"""Axes whose grid lines are drawn opaque, in the colour they would blend to.

pyqtgraph draws the grid as its tick lines with a low alpha. Qt's raster engine
blends such 1-pixel lines one pixel at a time: the ~60 grid lines of a chart cost
~8 ms of every repaint, opaque ones ~0.6 ms (measured on a 1200 x 600 chart). On a
one-colour background the pre-mixed colour is the same picture; ``paper`` is that
background (white, or the dark theme's base: series_chart sets it).
"""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPen


def mixed_over(color: QColor, paper: QColor) -> QColor:
    """The opaque colour ``color`` (with its alpha) shows over ``paper``."""
    alpha = color.alphaF()
    return QColor.fromRgbF(
        alpha * color.redF() + (1 - alpha) * paper.redF(),
        alpha * color.greenF() + (1 - alpha) * paper.greenF(),
        alpha * color.blueF() + (1 - alpha) * paper.blueF(),
    )


class OpaqueTicks(pg.AxisItem):
    """An AxisItem whose tick and grid pens are made opaque over ``paper``."""

    paper = QColor("white")

    def generateDrawSpecs(self, p: Any) -> Any:
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return None
        axis, ticks, texts = specs
        opaque: dict[int, QPen] = {}  # pyqtgraph shares one pen per tick level
        drawn = []
        for pen, start, end in ticks:
            if id(pen) not in opaque:
                opaque[id(pen)] = self._opaque(pen)
            drawn.append((opaque[id(pen)], start, end))
        return axis, drawn, texts

    def _opaque(self, pen: QPen) -> QPen:
        if pen.color().alpha() == 255:
            return pen
        solid = QPen(pen)
        solid.setColor(mixed_over(pen.color(), self.paper))
        return solid


class ValueAxis(OpaqueTicks):
    """The charts' left axis (figures)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(orientation="left", **kwargs)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """The figures as the UI's locale writes them: "1 400" and "2,5" in French
        (pyqtgraph writes "1400" and "2.5" whatever the language)."""
        places = max(0, math.ceil(-math.log10(spacing * scale))) if spacing > 0 else 0
        locale = QLocale()
        return [locale.toString(value * scale, "f", places) for value in values]
