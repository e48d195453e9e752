"""Type in figures the exports lack: leads, applications, sales from social (per day),
TikTok watch time and completion rate (per post). Stored as one undoable import."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.networks import network_ids
from smplanner.services import statistics_edits
from smplanner.services import statistics_queries as queries
from smplanner.services.changes import Edit
from smplanner.services.statistics_ingest import IngestResult
from smplanner.services.statistics_manual import (
    MANUAL_DAILY_METRICS,
    MANUAL_POST_METRICS,
    enter_daily_figures,
    enter_post_figures,
)
from smplanner.ui.document import PlanDocument
from smplanner.ui.qt_dates import py_date
from smplanner.ui.statistics.metric_names import metric_name, network_name


class ManualEntryDialog(QDialog):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Type figures in"))
        self._document = document
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Account figure for a day"), "daily")
        self.kind.addItem(self.tr("Figure of an imported post"), "post")
        self.network = QComboBox()
        for network_id in network_ids():
            self.network.addItem(network_name(network_id), network_id)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.post = QComboBox()
        for network, external_id, text in queries.post_choices(document.plan):
            label = f"{network_name(network)} · {(text or external_id)[:50]}"
            self.post.addItem(label, (network, external_id))
        self.figure = QComboBox()
        self.value = QDoubleSpinBox()
        self.value.setRange(0, 1e12)
        self.value.setDecimals(2)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.kind)
        form.addRow(self.tr("Network"), self.network)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Post"), self.post)
        form.addRow(self.tr("Figure"), self.figure)
        form.addRow(self.tr("Value"), self.value)
        self._form = form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        daily = self.kind.currentData() == "daily"
        self._form.setRowVisible(self.network, daily)
        self._form.setRowVisible(self.day, daily)
        self._form.setRowVisible(self.post, not daily)
        self.figure.clear()
        for metric in MANUAL_DAILY_METRICS if daily else MANUAL_POST_METRICS:
            self.figure.addItem(metric_name(metric), metric)

    def accept(self) -> None:
        plan = self._document.plan
        metric = str(self.figure.currentData())
        value = self.value.value()
        if self.kind.currentData() == "daily":
            network = str(self.network.currentData())
            day = py_date(self.day.date())

            def enter() -> IngestResult:
                return enter_daily_figures(plan, network, day, {metric: value})
        else:
            if self.post.currentData() is None:
                return
            network, external_id = self.post.currentData()

            def enter() -> IngestResult:
                return enter_post_figures(plan, network, external_id, {metric: value})

        def typed_in() -> Edit:
            result = enter()
            return statistics_edits.stored_imports(plan, [result.import_id], result.changes)

        if self._document.apply(self.tr("Type in %1").replace("%1", metric_name(metric)), typed_in):
            super().accept()
