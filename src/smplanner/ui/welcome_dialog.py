"""The first start's welcome: one plan per client, and a plan started from a template.

Shown once (the setting ui/welcomed remembers it), without blocking the window: the
default plan is already open behind it, usable at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from smplanner.ui.main_window import MainWindow

WELCOMED = "ui/welcomed"


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to smplanner"))
        title = QLabel(self.tr("Welcome"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        text = QLabel(
            self.tr(
                "smplanner keeps one plan per client: the strategy workshop, the editorial "
                "calendar and the statistics of that client, in one .smplan file you can "
                "copy or e-mail. Every change is saved at once.\n\n"
                "Start a client's plan from a template (bakery, craft, B2B…): its strategy "
                "outline, content pillars and network roles are filled in, ready to adapt. "
                "Or try things out in the plan that is open behind this window."
            )
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.template_button = QPushButton(self.tr("New plan from a template…"))
        self.template_button.setDefault(True)
        self.new_button = QPushButton(self.tr("Empty new plan…"))
        self.later_button = QPushButton(self.tr("Look around first"))
        for button, code in (
            (self.template_button, 1),
            (self.new_button, 2),
            (self.later_button, 0),
        ):
            button.clicked.connect(lambda _=False, c=code: self.done(c))
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)


def offer_welcome(window: MainWindow, settings: QSettings) -> WelcomeDialog | None:
    """On the first start only: open the welcome (window-modal, not blocking) and run
    the choice made in it on ``window``."""
    if settings.value(WELCOMED, False, type=bool):
        return None
    settings.setValue(WELCOMED, True)
    dialog = WelcomeDialog(window)

    def chosen(code: int) -> None:
        if code == 1:
            window.deliverables.create_from_template()
        elif code == 2:
            window.file_actions.new_plan()

    dialog.finished.connect(chosen)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
