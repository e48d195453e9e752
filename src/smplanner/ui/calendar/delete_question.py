"""The question asked before a delete that touches several things (posts, a label in
use): window-modal, Delete or Cancel, Cancel the default."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_to_delete(
    parent: QWidget,
    title: str,
    text: str,
    details: str,
    delete_text: str,
    answered: Callable[[bool], None],
) -> QMessageBox:
    """Open the question (it does not block) and return it; ``answered(True)`` when the
    user clicks ``delete_text``, ``answered(False)`` on Cancel. The box deletes itself
    once answered."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(details)
    yes = box.addButton(delete_text, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def clicked(button: object) -> None:
        box.deleteLater()
        answered(button is yes)

    box.buttonClicked.connect(clicked)
    box.open()
    return box
