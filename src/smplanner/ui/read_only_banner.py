"""The yellow strip that tells the user the plan cannot be changed, and why."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from smplanner.ui.error_messages import read_only_reason_text


class ReadOnlyBanner(QFrame):
    save_copy_requested = Signal()

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet(
            "#readOnlyBanner { background: #fff3c4; border: 1px solid #e0c25c; }"
            "#readOnlyBanner QLabel { color: #4a3b00; }"
        )
        self.message = QLabel(
            self.tr("Read-only: {reason}. Changes cannot be made to this plan.").format(
                reason=read_only_reason_text(reason)
            )
        )
        self.message.setWordWrap(True)
        button = QPushButton(self.tr("Save a copy to edit…"))
        button.clicked.connect(self.save_copy_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(button)
