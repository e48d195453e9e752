"""Say which column of another tool's CSV is which; the mapping can be saved by name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.networks import network_ids
from smplanner.errors import UserError
from smplanner.importers.generic_csv import ColumnMapping, header_candidates
from smplanner.importers.tabular_files import read_tables
from smplanner.services import statistics_queries as queries
from smplanner.services.statistics_import import save_column_mapping
from smplanner.ui.core_messages import error_text
from smplanner.ui.document import PlanDocument

METRIC_CHOICES = [
    "",
    "followers",
    "new_followers",
    "reach",
    "impressions",
    "views",
    "likes",
    "comments",
    "shares",
    "saves",
    "clicks",
    "engagements",
    "leads",
    "sales",
]


class ColumnMappingDialog(QDialog):
    def __init__(self, document: PlanDocument, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Column mapping"))
        self._document = document
        self.mapping: ColumnMapping | None = None
        try:
            tables = read_tables(path.name, path.read_bytes())
            self.headers = header_candidates(tables[0])
        except (UserError, OSError) as error:
            self.headers = []
            self._error = error_text(error)
        self.saved = queries.saved_column_mappings(document.plan)
        self.saved_choice = QComboBox()
        self.saved_choice.addItems(["", *self.saved])
        self.saved_choice.currentTextChanged.connect(self._load_saved)
        self.network = QComboBox()
        self.network.addItems(network_ids())
        self.date_column = QComboBox()
        self.date_column.addItems(self.headers)
        self.id_column = QComboBox()
        self.id_column.addItems(["", *self.headers])
        self.metrics = QTableWidget(len(self.headers), 2)
        self.metrics.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Metric")])
        self.metrics.horizontalHeader().setStretchLastSection(True)
        for row, header in enumerate(self.headers):
            self.metrics.setItem(row, 0, QTableWidgetItem(header))
            choice = QComboBox()
            choice.setEditable(True)
            choice.addItems(METRIC_CHOICES)
            self.metrics.setCellWidget(row, 1, choice)
        self.save_name = QLineEdit()
        self.save_name.setPlaceholderText(self.tr("e.g. Iconosquare (leave empty not to save)"))
        form = QFormLayout()
        form.addRow(self.tr("Saved mapping"), self.saved_choice)
        form.addRow(self.tr("Network"), self.network)
        form.addRow(self.tr("Date column"), self.date_column)
        form.addRow(self.tr("Post id column (posts only)"), self.id_column)
        form.addRow(self.tr("Save as"), self.save_name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("File: %1").replace("%1", path.name)))
        layout.addLayout(form)
        layout.addWidget(self.metrics, 1)
        layout.addWidget(buttons)

    def metric_choice(self, row: int) -> QComboBox:
        widget = self.metrics.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def _load_saved(self, name: str) -> None:
        data = self.saved.get(name)
        if not data:
            return
        self.network.setCurrentText(str(data.get("network", "")))
        self.date_column.setCurrentText(str(data.get("date_column", "")))
        self.id_column.setCurrentText(str(data.get("id_column") or ""))
        metrics = data.get("metrics")
        chosen: dict[object, object] = metrics if isinstance(metrics, dict) else {}
        for row, header in enumerate(self.headers):
            self.metric_choice(row).setCurrentText(str(chosen.get(header, "")))

    def accept(self) -> None:
        metrics = {
            header: self.metric_choice(row).currentText().strip()
            for row, header in enumerate(self.headers)
            if self.metric_choice(row).currentText().strip()
        }
        if not self.date_column.currentText() or not metrics:
            self.setWindowTitle(self.tr("Column mapping — choose a date column and a metric"))
            return
        self.mapping = ColumnMapping(
            network=self.network.currentText(),
            date_column=self.date_column.currentText(),
            metrics=metrics,
            id_column=self.id_column.currentText() or None,
        )
        name = self.save_name.text().strip()
        if name and not self._document.read_only:
            save_column_mapping(self._document.plan, name, self.mapping)
        super().accept()
