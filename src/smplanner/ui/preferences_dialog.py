"""Preferences: interface language, and who the community manager is (for reports).

These are the user's, not the client's: they live in QSettings, never in a plan.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from smplanner.ui.i18n import store_language_choice, stored_language_choice

MANAGER_NAME = "profile/manager_name"
MANAGER_LOGO = "profile/logo_path"


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("System language"), "")
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self._initial_language = stored_language_choice(settings)
        self.language_combo.setCurrentIndex(self.language_combo.findData(self._initial_language))
        self.manager_edit = QLineEdit(str(settings.value(MANAGER_NAME, "")))
        self.manager_edit.setPlaceholderText(self.tr("Your name, printed on reports"))
        self.logo_edit = QLineEdit(str(settings.value(MANAGER_LOGO, "")))
        self.logo_edit.setPlaceholderText(self.tr("Path to your logo (PNG or JPEG), optional"))
        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language_combo)
        form.addRow(self.tr("Community &manager:"), self.manager_edit)
        form.addRow(self.tr("&Logo:"), self.logo_edit)
        self.restart_note = QLabel(
            self.tr("A new language applies the next time smplanner starts.")
        )
        self.restart_note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        layout.addWidget(buttons)

    def language_changed(self) -> bool:
        return str(self.language_combo.currentData()) != self._initial_language

    def accept(self) -> None:
        store_language_choice(self._settings, str(self.language_combo.currentData()))
        self._settings.setValue(MANAGER_NAME, self.manager_edit.text().strip())
        self._settings.setValue(MANAGER_LOGO, self.logo_edit.text().strip())
        self._settings.sync()
        super().accept()
