"""A date field the user types as they write dates (15/11/2026), with a calendar to pick from.

Why not QDateEdit: it always holds a date (an empty cell became today's date when the
user only tabbed through it), and typing over its sections mangles the date
("15/11/2026" typed over today's date gave 02/11/2026). Here the text is the truth:
what was typed is read once, in the locale's day/month order, and kept; an empty field
stays empty; a text that is not a date says why and is never stored.

Shared by the workshop tables, the post composer and the dialogs: ``DateEntry`` speaks
both Python dates (``value``/``setValue``, None when empty) and QDate (``date``/
``setDate``, an invalid QDate when empty) so that a QDateEdit can be swapped for it.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QVBoxLayout, QWidget

from smplanner.texts.date_formats import date_pattern


def format_typed_date(value: date | None, pattern: str | None = None) -> str:
    """A date as the locale writes it; '' for no date."""
    if value is None:
        return ""
    return QDate(value.year, value.month, value.day).toString(pattern or date_pattern())


class TypedDateError(ValueError):
    """A typed text that is not a date; ``reason`` is one of "shape", "calendar"."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(text)
        self.text = text
        self.reason = reason


_GROUPS = re.compile(r"^\s*(\d{1,4})\s*[/.\-\s]\s*(\d{1,2})\s*(?:[/.\-\s]\s*(\d{1,4}))?\s*$")


def _full_year(text: str) -> int:
    year = int(text)
    return 2000 + year if len(text) <= 2 else year  # "26" is 2026: plans look ahead


def read_typed_date(text: str, pattern: str, today: date | None = None) -> date | None:
    """Read a typed date in the order ``pattern`` puts day and month (dd/MM/yyyy or
    M/d/yyyy); also ISO 2026-11-15. Separators may be / . - or a space; a two-digit
    year is 20xx; a missing year is this year's. '' (or spaces) is None.

    Raises TypedDateError for a text that is not one of those shapes or names no day
    of the calendar (31/02/2026).
    """
    if not text.strip():
        return None
    found = _GROUPS.match(text)
    if found is None:
        raise TypedDateError(text, "shape")
    first, second, third = found.groups()
    if len(first) == 4:  # year first: ISO
        if third is None:
            raise TypedDateError(text, "shape")
        year, month, day = int(first), int(second), int(third)
    else:
        if len(first) == 3:
            raise TypedDateError(text, "shape")
        year = _full_year(third) if third else (today or date.today()).year
        if third is not None and len(third) == 3:
            raise TypedDateError(text, "shape")
        month_first = pattern.find("M") < pattern.find("d")
        month, day = (int(first), int(second)) if month_first else (int(second), int(first))
    try:
        return date(year, month, day)
    except ValueError:
        raise TypedDateError(text, "calendar") from None


def _calendar_icon() -> QIcon:
    """A small drawn calendar (icon themes are not there on every platform)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor("#555555"), 1))
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(2, 3, 12, 3), QColor("#c0392b"))
    for row in range(2):
        for col in range(3):
            painter.fillRect(QRect(3 + col * 4, 8 + row * 3, 2, 2), QColor("#555555"))
    painter.end()
    return QIcon(pixmap)


class _CalendarPopup(QWidget):
    """The month to pick from; Enter or a click picks, Escape closes."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)


Day = date  # inside DateEntry, ``date`` names the QDateEdit-like method


class DateEntry(QLineEdit):
    """A typed date; empty means no date (unless ``required``).

    ``valueChanged(object)`` (a date or None) and ``dateChanged(QDate)`` fire when the
    date the text names changes, once the user leaves the field, presses Enter or picks
    in the calendar (F4 or Alt+Down opens it). A text that is not a date is kept as
    typed, marked, and explained by ``problem()``; ``value()`` is then None and
    ``is_acceptable()`` False, so callers store nothing.
    """

    valueChanged = Signal(object)
    dateChanged = Signal(QDate)

    def __init__(
        self, parent: QWidget | None = None, value: Day | None = None, required: bool = False
    ) -> None:
        super().__init__(parent)
        self.required = required
        self._minimum: Day | None = None
        self._maximum: Day | None = None
        self._pattern = date_pattern()
        self._popup: _CalendarPopup | None = None
        self.setPlaceholderText(format_typed_date(date(2026, 11, 15), self._pattern))
        self.setToolTip(self._shape_hint())
        self.calendar_action = QAction(_calendar_icon(), self.tr("Pick in a calendar (F4)"), self)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._last: Day | None = value
        self.setText(format_typed_date(value, self._pattern))
        self.editingFinished.connect(self._settle)
        self.textEdited.connect(lambda _text: self._mark())

    # --- values -------------------------------------------------------------------
    def value(self) -> Day | None:
        """The date typed; None when empty or not a date (see ``is_acceptable``)."""
        try:
            parsed = read_typed_date(self.text(), self._pattern)
        except TypedDateError:
            return None
        return parsed if self._in_range(parsed) else None

    def setValue(self, value: Day | None) -> None:
        self._last = value
        self.setText(format_typed_date(value, self._pattern))
        self._mark()

    def date(self) -> QDate:
        """The date as a QDate; an invalid QDate when there is none."""
        value = self.value()
        return QDate() if value is None else QDate(value.year, value.month, value.day)

    def setDate(self, day: QDate | Day | None) -> None:
        if isinstance(day, QDate):
            self.setValue(date(day.year(), day.month(), day.day()) if day.isValid() else None)
        else:
            self.setValue(day)

    def setDateRange(self, minimum: Day | None, maximum: Day | None) -> None:
        self._minimum, self._maximum = minimum, maximum
        self._mark()

    def _in_range(self, value: Day | None) -> bool:
        if value is None:
            return True
        return not (
            (self._minimum is not None and value < self._minimum)
            or (self._maximum is not None and value > self._maximum)
        )

    def is_acceptable(self) -> bool:
        return not self.problem()

    def problem(self) -> str:
        """Why the text cannot be stored, in a sentence that says what to type; ''."""
        text = self.text().strip()
        if not text:
            return (
                self.tr("A date is needed here: %1.").replace("%1", self._shape_hint())
                if (self.required)
                else ""
            )
        try:
            parsed = read_typed_date(text, self._pattern)
        except TypedDateError as error:
            if error.reason == "calendar":
                message = self.tr("“%1” is not a day of the calendar: %2.")
            else:
                message = self.tr("“%1” is not a date: %2.")
            return message.replace("%1", text).replace("%2", self._shape_hint())
        if not self._in_range(parsed):
            low = format_typed_date(self._minimum, self._pattern) if self._minimum else "…"
            high = format_typed_date(self._maximum, self._pattern) if self._maximum else "…"
            return (
                self.tr("%1 is outside the dates allowed here (%2 to %3).")
                .replace("%1", text)
                .replace("%2", low)
                .replace("%3", high)
            )
        return ""

    def _shape_hint(self) -> str:
        example = format_typed_date(date(2026, 11, 15), self._pattern)
        return (
            self.tr("type it as %1, e.g. %2")
            .replace("%1", self._pattern_words())
            .replace("%2", example)
        )

    def _pattern_words(self) -> str:
        """dd/MM/yyyy in the user's words (JJ/MM/AAAA in French)."""
        words = {"d": self.tr("DD"), "M": self.tr("MM"), "y": self.tr("YYYY")}
        parts = re.findall(r"d+|M+|y+|[^dMy]+", self._pattern)
        return "".join(words.get(part[0], part) for part in parts)

    # --- behaviour ----------------------------------------------------------------
    def _mark(self) -> None:
        wrong = bool(self.text().strip()) and not self.is_acceptable()
        self.setStyleSheet("DateEntry { border: 1px solid #b00020; }" if wrong else "")
        self.setToolTip(self.problem() if wrong else self._shape_hint())

    def _settle(self) -> None:
        """On leaving or Enter: show the date as the locale writes it, tell listeners."""
        self._mark()
        if not self.is_acceptable():
            return
        value = self.value()
        shown = format_typed_date(value, self._pattern)
        if shown != self.text():
            self.setText(shown)  # "15/11/26" reads back as 15/11/2026: no doubt left
        if value != self._last:
            self._last = value
            self.valueChanged.emit(value)
            self.dateChanged.emit(self.date())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        if self.isReadOnly() or not self.isEnabled():
            return
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        shown = self.value() or date.today()
        self._popup.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        if self._minimum:
            self._popup.calendar.setMinimumDate(QDate(*self._minimum.timetuple()[:3]))
        if self._maximum:
            self._popup.calendar.setMaximumDate(QDate(*self._maximum.timetuple()[:3]))
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        self._popup.calendar.setFocus()

    @property
    def popup(self) -> QCalendarWidget | None:
        """The calendar once opened (tests pick in it)."""
        return None if self._popup is None else self._popup.calendar

    def _picked(self, day: QDate) -> None:
        self.setText(format_typed_date(date(day.year(), day.month(), day.day()), self._pattern))
        self.setFocus()
        self._settle()
