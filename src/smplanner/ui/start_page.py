"""Shown when no plan is open: create one, open one, or pick a recent one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StartPage(QWidget):
    new_requested = Signal()
    template_requested = Signal()
    open_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("No plan is open"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        hint = QLabel(
            self.tr(
                "One plan per client: its strategy, calendar and statistics in one .smplan "
                "file. Start a plan for a new client (from a template for a head start), "
                "or open an existing one."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addWidget(title)
        layout.addWidget(hint)
        # In its parent before it is filled: filled first, an orphan layout's items got
        # Python wrappers when it was added (a double delete for the collector, were
        # the page freed in a cycle: issue #11, tests/ui/test_qt_leftovers.py).
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        template_button = QPushButton(self.tr("New from a template…"))
        template_button.clicked.connect(self.template_requested)
        new_button = QPushButton(self.tr("New plan…"))
        new_button.clicked.connect(self.new_requested)
        open_button = QPushButton(self.tr("Open a plan…"))
        open_button.clicked.connect(self.open_requested)
        buttons.addWidget(template_button)
        buttons.addWidget(new_button)
        buttons.addWidget(open_button)
        buttons.addStretch(1)
        self.recent_list = QListWidget()
        self.recent_list.itemActivated.connect(
            lambda item: self.recent_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        layout.addWidget(QLabel(self.tr("Recent plans:")))
        layout.addWidget(self.recent_list, 1)

    def show_recent(self, paths: list[Path]) -> None:
        self.recent_list.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent_list.addItem(item)
