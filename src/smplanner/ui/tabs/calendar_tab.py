"""Calendar tab: month and week views, backlog, drag-and-drop, rule warnings."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from smplanner.services.changes import Changes
from smplanner.ui.document import PlanDocument


class CalendarTab(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        label = QLabel(self.tr("The editorial calendar of this plan appears here."))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addStretch(1)

    def on_changes(self, changes: Changes) -> None:
        pass
