"""Strategy tab: the guided workshop (audit → budget → objectives → … → KPIs).

The foundation shows the client header; the workshop sections are added by the
strategy feature below it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from smplanner.services import plan_properties
from smplanner.services.changes import PLAN_PROPERTIES, Changes
from smplanner.ui.document import PlanDocument
from smplanner.ui.tabs.plan_header import PlanHeader


class StrategyTab(QWidget):
    edit_properties_requested = Signal()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.header = PlanHeader()
        self.header.edit_requested.connect(self.edit_properties_requested)
        self.steps_label = QLabel(
            self.tr(
                "Workshop steps: audit · budget · objectives (SMART) · audience and "
                "positioning · networks and roles · editorial line · community management · KPIs"
            )
        )
        self.steps_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.steps_label)
        layout.addStretch(1)
        self._refresh_header()

    def _refresh_header(self) -> None:
        self.header.show_properties(plan_properties.get_properties(self._document.plan))

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(PLAN_PROPERTIES):
            self._refresh_header()
