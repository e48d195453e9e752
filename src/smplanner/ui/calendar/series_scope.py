"""The question asked when an occurrence of a recurring series is edited, moved or
deleted: this occurrence only, this and the following ones, or the whole series.

Asked with a window-modal message box opened with ``open()`` (not ``exec()``):
the answer arrives through a callback, so nothing blocks the event loop and a
test can click a button of ``question.box``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget

from smplanner.domain.recurrence import SeriesScope
from smplanner.services.calendar_series import ALL, FOLLOWING, ONE

EDIT, MOVE, DELETE = "edit", "move", "delete"


class SeriesScopeQuestion(QObject):
    """One question on screen at a time; ``answer`` calls back with the scope chosen."""

    def __init__(
        self, parent: QWidget, action: str, on_answer: Callable[[SeriesScope], object]
    ) -> None:
        super().__init__(parent)
        self._on_answer = on_answer
        self.box = QMessageBox(parent)
        self.box.setIcon(QMessageBox.Icon.Question)
        self.box.setWindowTitle(self.tr("Recurring series"))
        self.box.setText(
            {
                EDIT: self.tr("This post repeats. Apply the changes to:"),
                MOVE: self.tr("This post repeats. Move:"),
                DELETE: self.tr("This post repeats. Delete:"),
            }[action]
        )
        self.buttons: dict[SeriesScope, QPushButton] = {
            ONE: self.box.addButton(self.tr("This one only"), QMessageBox.ButtonRole.AcceptRole),
            FOLLOWING: self.box.addButton(
                self.tr("This one and the following"), QMessageBox.ButtonRole.AcceptRole
            ),
            ALL: self.box.addButton(self.tr("The whole series"), QMessageBox.ButtonRole.AcceptRole),
        }
        self.box.addButton(QMessageBox.StandardButton.Cancel)
        self.box.setDefaultButton(self.buttons[ONE])
        self.box.buttonClicked.connect(self._clicked)

    def ask(self) -> None:
        self.box.open()

    def answer(self, scope: SeriesScope) -> None:
        """Choose as if the button were clicked (keyboard users, tests)."""
        self.buttons[scope].click()

    def _clicked(self, button: QAbstractButton) -> None:
        chosen = next((scope for scope, b in self.buttons.items() if b is button), None)
        self.box.close()
        self.deleteLater()
        if chosen is not None:
            self._on_answer(chosen)
