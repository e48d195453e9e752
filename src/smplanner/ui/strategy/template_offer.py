"""The offer shown above an empty workshop of a new plan: start from the sector's
template, or start empty. A banner, not a dialog, so the CM can also just start typing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from smplanner.domain.strategy_templates import all_templates, template_for_sector


class TemplateOffer(QFrame):
    accepted = Signal(str, str)  # template id, its label
    declined = Signal()

    def __init__(self, sector: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateOffer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#templateOffer { background: palette(alternate-base); }")
        self.text = QLabel(
            self.tr(
                "This plan's workshop is empty. A sector template adds typical objectives, "
                "networks with their roles, content pillars and a moderation charter, "
                "all to adapt with the client."
            )
        )
        self.text.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.setObjectName("offeredTemplate")
        for template in all_templates():
            self.choice.addItem(template.label(language), template.id)
        suggested = template_for_sector(sector)
        if suggested is not None:
            self.choice.setCurrentIndex(self.choice.findData(suggested.id))
        self.start_button = QPushButton()
        self.start_button.setObjectName("startFromTemplate")
        self.start_button.setDefault(True)
        self.empty_button = QPushButton(self.tr("Start empty"))
        self.empty_button.setObjectName("startEmpty")
        self.choice.currentIndexChanged.connect(self._name_button)
        self.start_button.clicked.connect(self._accept)
        self.empty_button.clicked.connect(self.declined)
        self._name_button()
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.choice)
        layout.addWidget(self.start_button)
        layout.addWidget(self.empty_button)

    def _name_button(self) -> None:
        self.start_button.setText(
            self.tr("Start from the “%1” template").replace("%1", self.choice.currentText())
        )

    def _accept(self) -> None:
        self.accepted.emit(str(self.choice.currentData()), self.choice.currentText())
