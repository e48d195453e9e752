"""Every question the main window asks the user, in one replaceable object.

The window never calls QFileDialog or QMessageBox directly, so that tests can
answer these questions with real files and without a modal dialog. Each method
imports the dialog class it shows: building their Python types (~2 ms, enums and
all) is left out of start-up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from smplanner.domain.plan_properties import PlanProperties


class Prompts:
    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def plan_filter(self) -> str:
        return QCoreApplication.translate("Prompts", "smplanner plans (*.smplan);;All files (*)")

    def open_path(self, start: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self._parent,
            QCoreApplication.translate("Prompts", "Open a plan"),
            str(start),
            self.plan_filter(),
        )
        return Path(name) if name else None

    def save_path(self, title: str, suggested: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self._parent, title, str(suggested), self.plan_filter()
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".smplan" else path.with_name(path.name + ".smplan")

    def save_file(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        """Where to write an export (any kind of file)."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self._parent, title, str(suggested), file_filter)
        return Path(name) if name else None

    def open_file(self, title: str, start: Path | None, file_filter: str) -> Path | None:
        """Which file to read (an export, a CSV, a JSON plan)."""
        from PySide6.QtWidgets import QFileDialog

        folder = str(start) if start is not None else ""
        name, _ = QFileDialog.getOpenFileName(self._parent, title, folder, file_filter)
        return Path(name) if name else None

    def new_plan_properties(self, defaults: PlanProperties) -> PlanProperties | None:
        from smplanner.ui.plan_properties_dialog import PlanPropertiesDialog

        dialog = PlanPropertiesDialog(defaults, self._parent, creating=True)
        return dialog.properties() if dialog.exec() else None

    def error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self._parent, title, text)

    def info(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self._parent, title, text)

    def confirm(self, title: str, text: str, accept_label: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._parent)
        accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept
