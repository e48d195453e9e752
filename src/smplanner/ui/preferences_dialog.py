"""Preferences: interface language, and who the community manager is (for reports).

These are the user's, not the client's: they live in QSettings, never in a plan.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smplanner.ui.i18n import store_language_choice, stored_language_choice
from smplanner.ui.placeholder_fit import widen_for_placeholder

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
        self.logo_edit.textChanged.connect(self._check_logo)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse_logo)
        # Replaced in tests; a file dialog otherwise. Answers '' when nothing was chosen.
        self.pick_file: Callable[[str, str, str], str] = lambda title, start, kinds: (
            QFileDialog.getOpenFileName(self, title, start, kinds)[0]
        )
        self.logo_note = QLabel()
        self.logo_note.setObjectName("logoNote")
        self.logo_note.setWordWrap(True)
        for edit in (self.manager_edit, self.logo_edit):
            widen_for_placeholder(edit)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language_combo)
        form.addRow(self.tr("Community &manager:"), self.manager_edit)
        logo_label = QLabel(self.tr("&Logo:"))
        logo_label.setBuddy(self.logo_edit)  # a row of two widgets has no buddy of its own
        form.addRow(logo_label, logo_row)
        form.addRow("", self.logo_note)
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
        self._check_logo()

    def browse_logo(self) -> None:
        current = self.logo_edit.text().strip()
        start = str(Path(current).parent) if current else str(Path.home())
        chosen = self.pick_file(
            self.tr("Choose your logo"),
            start,
            self.tr("Images (*.png *.jpg *.jpeg *.svg);;All files (*)"),
        )
        if chosen:
            self.logo_edit.setText(chosen)

    def logo_problem(self) -> str:
        """Why the logo cannot go on a report ('' when it can, or when there is none)."""
        text = self.logo_edit.text().strip()
        if not text:
            return ""
        path = Path(text).expanduser()
        if not path.is_file():
            return self.tr("There is no file at %1: choose it with Browse….").replace("%1", text)
        if QImageReader(str(path)).size().isEmpty():
            return self.tr("%1 is not an image smplanner can read: choose a PNG or JPEG.").replace(
                "%1", path.name
            )
        return ""

    def _check_logo(self) -> None:
        problem = self.logo_problem()
        self.logo_note.setText(problem)
        self.logo_note.setStyleSheet("color: #b00020;" if problem else "")
        self.logo_note.setVisible(bool(problem))  # said, not blocking: a report goes without

    def language_changed(self) -> bool:
        return str(self.language_combo.currentData()) != self._initial_language

    def accept(self) -> None:
        store_language_choice(self._settings, str(self.language_combo.currentData()))
        self._settings.setValue(MANAGER_NAME, self.manager_edit.text().strip())
        self._settings.setValue(MANAGER_LOGO, self.logo_edit.text().strip())
        self._settings.sync()
        super().accept()
