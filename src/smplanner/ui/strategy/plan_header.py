"""The strip at the top of the Strategy tab: who the client is, and a way to edit it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from smplanner.domain.plan_properties import PlanProperties
from smplanner.domain.sectors import sector_label
from smplanner.ui.i18n import ui_language


class PlanHeader(QWidget):
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_label = QLabel()
        self.client_label.setObjectName("clientName")
        self.client_label.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.details_label = QLabel()
        self.details_label.setStyleSheet("color: palette(mid);")
        self.edit_button = QPushButton(self.tr("Plan properties…"))
        self.edit_button.clicked.connect(self.edit_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.client_label)
        layout.addWidget(self.details_label, 1)
        layout.addWidget(self.edit_button)

    def show_properties(self, properties: PlanProperties) -> None:
        self.client_label.setText(properties.client_name)
        parts = [
            sector_label(properties.sector, ui_language()) if properties.sector else "",
            properties.timezone,
            {"fr": "Français", "en": "English"}.get(properties.language, properties.language),
        ]
        self.details_label.setText("  ·  ".join(p for p in parts if p))
