"""The Statistics tab's "Posts" pane: the imported posts' table with its filter field,
the "Posts as CSV" export and the legend of the tints.

The model sorts and filters in SQLite and reads only the rows shown (no proxy, which
would read every row of a large plan). On a plan past IDS_IN_BACKGROUND posts a
filter or a sort runs on a worker: the rows shown stay, a "Filtering…" note says the
new ones are coming, and typing goes on meanwhile; a filter many posts meet shows its
first screen first, the rest (and the count) added below it when read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smplanner.ui.statistics.posts_table_model import PostsTableModel

FILTER_DELAY_MS = 150  # filtered once typing pauses: each filter reads every post again
WIDTH_SAMPLE_ROWS = 64  # widths from about the rows a screen shows (each cell asked costs)


class PostsPane(QWidget):
    def __init__(self, suggested_path: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggested_path = suggested_path  # file name -> a path beside the plan
        self.model = PostsTableModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        # Figures and dates fit their words (French headers included); the text takes the rest.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(WIDTH_SAMPLE_ROWS)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter posts (text, network…)"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(self._filter_timer.start)
        self.reading_note = QLabel(self.tr("Filtering…"))
        self.reading_note.setVisible(False)
        self.model.reading.connect(self.reading_note.setVisible)
        export = QPushButton(self.tr("Posts as CSV…"))
        export.clicked.connect(self._export_csv)
        legend = QLabel(
            self.tr("Green: best posts; red: worst, by engagement rate within each denominator.")
        )
        row = QHBoxLayout()
        row.addWidget(self.filter, 1)
        row.addWidget(self.reading_note)
        row.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(legend)

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter.text())

    def _export_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the posts"),
            self._suggested_path(self.tr("posts.csv")),
            "CSV (*.csv)",
        )
        if name:
            with Path(name).open("w", encoding="utf-8", newline="") as handle:
                self.model.write_csv(handle)
