"""Statistics tab: imported analytics, KPI charts against the objectives."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from smplanner.services.changes import Changes
from smplanner.ui.document import PlanDocument


class StatisticsTab(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        label = QLabel(self.tr("Imported statistics and KPI charts appear here."))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addStretch(1)

    def on_changes(self, changes: Changes) -> None:
        pass
