"""New from template…: the user's saved templates and the built-in sector templates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smplanner.services.templates import TemplateChoice, list_templates


class TemplateDialog(QDialog):
    def __init__(self, folder: Path, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan from a template"))
        self.list = QListWidget()
        for choice in list_templates(folder, language):
            kind = self.tr("built-in") if choice.builtin else self.tr("yours")
            item = QListWidgetItem(f"{choice.name}  ({kind})")
            item.setData(Qt.ItemDataRole.UserRole, choice)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "A template brings the strategy skeleton, pillars, networks' roles and the "
                    "moderation charter; the new client's own data starts empty."
                )
            )
        )
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def choice(self) -> TemplateChoice | None:
        item = self.list.currentItem()
        if item is None:
            return None
        choice: TemplateChoice = item.data(Qt.ItemDataRole.UserRole)
        return choice
