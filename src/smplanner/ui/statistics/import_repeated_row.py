"""The import preview's question about the selected file's times in the repeated hour.

When the clocks go back, an hour is lived twice: a Meta export's "11/01/2026 01:30"
may be summer or winter time, an hour apart. The row says how many posts and which
rows, and asks which of the two hours they are (one answer for the file); the file
cannot be imported until it is answered (services/statistics_import_repeated.py).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from smplanner.services.statistics_import import FilePreview
from smplanner.services.statistics_import_repeated import Repeated, choose, repeated_times


class RepeatedHourRow(QWidget):
    """``changed(FilePreview)`` once the user said which hour the file's times are."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: FilePreview | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.addItem(self.tr("Choose…"), None)
        self.choice.addItem(self.tr("the first (summer time)"), Repeated.EARLIER.value)
        self.choice.addItem(self.tr("the second (winter time)"), Repeated.LATER.value)
        self.choice.currentIndexChanged.connect(self._chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.choice)
        self.show_file(None)

    def show_file(self, item: FilePreview | None) -> None:
        """Ask about this file's repeated times; hidden if it has none."""
        self.item = item
        found = repeated_times(item) if item is not None else None
        self.setVisible(found is not None)
        if item is None or found is None:
            return
        self.label.setText(
            self.tr(
                "%1: %4 post(s) published in the hour that repeats when the clocks go back "
                "in %2 (rows %3). Which of the two hours is it?"
            )
            .replace("%4", str(found.count))
            .replace("%1", item.path.name)
            .replace("%2", found.zone)
            .replace("%3", found.where())
        )
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(max(0, self.choice.findData(item.repeated_choice)))
        self.choice.blockSignals(False)

    def _chosen(self) -> None:
        which = self.choice.currentData()
        if self.item is None:
            return
        if which is None:  # "Choose…" again: asked again before importing
            self.item.repeated_choice = None
        else:
            choose(self.item, Repeated(which))
        self.changed.emit(self.item)
