"""When a post goes out, typed as the user writes it: a date (20/12/2026) and a time
(02:00), each kept exactly as typed (issue #11: Qt's QDateTimeEdit turned a typed
"20/12/2026 02:00" into 02/12). A text that is not a date or a time, or a time the
clocks skip that day, is said under the fields with what to type, and the dialog
keeps nothing until it is corrected.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from smplanner.domain.wall_clock import wall_clock_moment
from smplanner.texts.core_messages import message_text
from smplanner.ui.date_entry import DateEntry
from smplanner.ui.time_entry import TimeEntry, format_typed_time, read_typed_time

# "20/12/2026 02:00" typed (or pasted) whole into the date: the time goes to its field.
_DATE_THEN_TIME = re.compile(r"^\s*(\S+)\s+(\d{1,2}\s*[:hH.]\s*\d{0,2})\s*$")


def _skipped(local: datetime) -> bool:
    """True for a wall-clock time in the hour the clocks skip (it reads back otherwise)."""
    return local.astimezone(UTC).astimezone(local.tzinfo).replace(tzinfo=None) != local.replace(
        tzinfo=None
    )


class PostWhenField(QWidget):
    """A date field and a time field for one moment in the plan's zone."""

    def __init__(self, moment: datetime, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        # The moment as it came in: read back unchanged when its wall clock is not
        # edited, so that a post in the hour the clocks repeat keeps its offset.
        self._initial = moment.astimezone(zone)
        self.date_entry = DateEntry(self, value=self._initial.date(), required=True)
        self.date_entry.setAccessibleName(self.tr("Date of the post"))
        self.time_entry = TimeEntry(self, value=self._initial.time().replace(tzinfo=None))
        self.time_entry.setAccessibleName(self.tr("Time of the post"))
        self.time_entry.setMaximumWidth(
            self.time_entry.fontMetrics().horizontalAdvance("00:00") * 2
        )
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.hide()
        fields = QHBoxLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(self.date_entry, 1)
        fields.addWidget(QLabel(self.tr("at"), self))
        fields.addWidget(self.time_entry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(fields)
        layout.addWidget(self.problem_label)
        # Connected after DateEntry's own settling, so that a whole "date time" text
        # is split once the entry has had its look at it.
        self.date_entry.editingFinished.connect(self._split_date_and_time)
        self.date_entry.editingFinished.connect(self.show_problem)
        self.time_entry.editingFinished.connect(self.show_problem)

    def _split_date_and_time(self) -> None:
        found = _DATE_THEN_TIME.match(self.date_entry.text())
        if found is None or self.date_entry.is_acceptable():
            return
        try:
            clock = read_typed_time(found.group(2))
        except ValueError:
            return
        self.date_entry.setText(found.group(1))
        self.date_entry.editingFinished.emit()  # read the date part as typed
        self.time_entry.setValue(clock)

    def problem(self) -> str:
        """What is wrong with the typed moment, saying what to type; '' when it is fine."""
        for entry_problem in (self.date_entry.problem(), self.time_entry.problem()):
            if entry_problem:
                return entry_problem
        day, clock = self.date_entry.value(), self.time_entry.value()
        if day is None:
            return ""
        if clock is None:
            return self.tr("A time is needed here: type it as HH:MM, e.g. 14:30.")
        try:
            wall_clock_moment(day, clock, self._zone)
        except ValueError as error:
            if _skipped(datetime.combine(day, clock, self._zone)):
                return message_text(error.args[0])  # says the time to type instead
        return ""  # (the hour the clocks repeat is taken as its first: see value())

    def show_problem(self) -> None:
        """Say under the fields what is wrong (nothing shown when all is well)."""
        text = self.problem()
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def focus_problem(self) -> None:
        """Show the problem and put the cursor in the field to correct."""
        self.show_problem()
        wrong = self.time_entry if self.date_entry.is_acceptable() else self.date_entry
        wrong.setFocus()
        wrong.selectAll()

    def value(self) -> datetime | None:
        """The moment typed, aware in the plan's zone; None while ``problem()`` says why.
        In the hour the clocks repeat, the first of the two (the one before the change),
        unless it is the moment the field was given, unchanged."""
        if self.problem():
            return None
        day, clock = self.date_entry.value(), self.time_entry.value()
        if day is None or clock is None:
            return None
        if day == self._initial.date() and format_typed_time(clock) == format_typed_time(
            self._initial.time()
        ):
            return self._initial
        return datetime.combine(day, clock, self._zone)
