"""A time of day the user types as they write it (14:30, 14h30, 9h, 0930).

Why not QTimeEdit: typing over its sections keeps the sections not typed over, so what
is read back is not what was typed. Here the text is the truth, as in
``ui/date_entry.DateEntry``: it is read once when the user leaves the field or presses
Enter, shown back as HH:MM, and a text that is not a time says what to type.
"""

from __future__ import annotations

import re
from datetime import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

# 14:30, 14h30, 14 h 30, 14.30, 14h, 14, 1430, 930
_CLOCK = re.compile(r"^\s*(\d{1,2})\s*(?:[:hH.]\s*(\d{2})?)?\s*$")
_DIGITS = re.compile(r"^\s*(\d{1,2})(\d{2})\s*$")


def read_typed_time(text: str) -> time | None:
    """The time a typed text names; None for '' (or spaces). ValueError when the text is
    not a time of day (25:00, 14:75, "midi")."""
    if not text.strip():
        return None
    found = _CLOCK.match(text) or _DIGITS.match(text)
    if found is None:
        raise ValueError(text)
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    if hour > 23 or minute > 59:
        raise ValueError(text)
    return time(hour, minute)


def format_typed_time(value: time | None) -> str:
    """'14:30'; '' for no time."""
    return "" if value is None else value.strftime("%H:%M")


class TimeEntry(QLineEdit):
    """A typed time of day; ``valueChanged(object)`` (a time or None) once settled."""

    valueChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, value: time | None = None) -> None:
        super().__init__(parent)
        self._last = value
        self.setText(format_typed_time(value))
        self.setPlaceholderText("14:30")
        self.setToolTip(self._shape_hint())
        self.editingFinished.connect(self._settle)
        self.textEdited.connect(self._mark)

    def value(self) -> time | None:
        """The time typed; None when empty or not a time (see ``problem``)."""
        try:
            return read_typed_time(self.text())
        except ValueError:
            return None

    def setValue(self, value: time | None) -> None:
        self._last = value
        self.setText(format_typed_time(value))
        self._mark()

    def problem(self) -> str:
        """Why the text is not a time, saying what to type; '' when it is one (or empty)."""
        try:
            read_typed_time(self.text())
        except ValueError:
            return (
                self.tr("“%1” is not a time of day: %2.")
                .replace("%1", self.text().strip())
                .replace("%2", self._shape_hint())
            )
        return ""

    def _shape_hint(self) -> str:
        return self.tr("type it as HH:MM, e.g. 14:30")

    def _mark(self, _text: str = "") -> None:
        wrong = bool(self.problem())
        self.setStyleSheet("TimeEntry { border: 1px solid #b00020; }" if wrong else "")
        self.setToolTip(self.problem() if wrong else self._shape_hint())

    def _settle(self) -> None:
        """On leaving or Enter: show the time as HH:MM ("9h" reads back 09:00)."""
        self._mark()
        if self.problem():
            return
        value = self.value()
        shown = format_typed_time(value)
        if shown != self.text():
            self.setText(shown)
        if value != self._last:
            self._last = value
            self.valueChanged.emit(value)
