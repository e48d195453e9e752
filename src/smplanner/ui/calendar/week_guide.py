"""What the week grid explains and where it opens.

- A legend above the week grid says what the green shading of the hours is: the
  recommended slots of the networks shown, darker for better (the sector's
  defaults, the plan's own slots, or the client's best hours from statistics).
- The week opens scrolled to its first post when that post is before the usual
  first hour shown (a 2 a.m. post was hidden above the 7 a.m. row).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from smplanner.ui.calendar import grid_painting as look
from smplanner.ui.calendar.cells_model import CalendarCellsModel

SWATCH = 14  # px per shade sample
STEPS = (0.3, 0.6, 1.0)  # weaker to best, as the grid shades them


def first_post_hour(model: CalendarCellsModel) -> int | None:
    """The hour of the week's earliest post (by time of day), or None: an empty week."""
    # The rows run hour by hour (seven days each): the first with a post is the earliest.
    for row in range(model.rowCount()):
        if model.posts_in(row):
            return model.cells[row].hour
    return None


def opening_hour(model: CalendarCellsModel, usual: int) -> int:
    """The hour the week grid opens at: ``usual``, or earlier for an earlier post."""
    first = first_post_hour(model)
    return usual if first is None else min(usual, max(0, first))


class _Swatches(QWidget):
    """Three cell fills, weaker to best, painted with the grid's own colours."""

    def sizeHint(self) -> QSize:
        return QSize(len(STEPS) * (SWATCH + 2), SWATCH)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        dark = look.is_dark(self.palette())
        for index, score in enumerate(STEPS):
            rect = QRect(index * (SWATCH + 2), 0, SWATCH, SWATCH)
            painter.fillRect(rect, look.slot_shade(score, dark))
            painter.setPen(look.themed(look.GRID_LINE, self.palette()))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()


class SlotLegend(QWidget):
    """'Shaded hours: recommended for the networks shown; darker is better (…)'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.swatches = _Swatches()
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.addWidget(self.swatches, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.label, 1)
        self.set_sources(set())

    def set_sources(self, sources: set[str]) -> None:
        """Where the shown networks' slots come from (services.time_slots SOURCE_*)."""
        names = {
            "default": self.tr("the sector's usual hours"),
            "plan": self.tr("the hours set in this plan"),
            "statistics": self.tr("the client's best hours, from the statistics"),
        }
        separator = self.tr("; ")
        origin = separator.join(names[s] for s in ("statistics", "plan", "default") if s in sources)
        text = self.tr("Shaded hours: recommended for the networks shown, darker is better")
        self.label.setText(f"{text} ({origin})." if origin else f"{text}.")
