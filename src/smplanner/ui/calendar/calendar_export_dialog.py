"""Export the calendar: to a calendar app (.ics), for a scheduler, or as a posts CSV.

The dialog chooses the format, the networks and the period; the calendar tab opens
it with its own filters and shown period ticked. The writing itself is a service.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.networks import all_networks
from smplanner.domain.post_selection import PostSelection
from smplanner.domain.scheduler_layouts import scheduler_layout, scheduler_layouts
from smplanner.ui.qt_dates import py_date, qdate

ICS, POSTS_CSV = "ics", "calendar-csv"


class CalendarExportDialog(QDialog):
    def __init__(
        self,
        kind: str = ICS,
        selection: PostSelection | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the calendar"))
        self.template: Path | None = None
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Calendar app: Google, Outlook, Apple (.ics)"), ICS)
        for scheduler in scheduler_layouts():
            self.format_combo.addItem(
                self.tr("%1 bulk upload (CSV)").replace("%1", scheduler.name), scheduler.id
            )
        self.format_combo.addItem(self.tr("Posts to edit and import back (CSV)"), POSTS_CSV)
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(kind)))
        self.networks = QListWidget()
        self.networks.setMaximumHeight(150)
        chosen = selection.networks if selection else None
        for item in all_networks():
            row = QListWidgetItem(item.name)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = not chosen or item.id in chosen
            row.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.networks.addItem(row)
        self.whole_plan = QCheckBox(self.tr("The whole plan"))
        self.start_edit = QDateEdit(qdate(date.today()))
        self.end_edit = QDateEdit(qdate(date.today() + timedelta(days=30)))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
        if selection is not None and selection.start and selection.end:
            self.start_edit.setDate(qdate(selection.start))
            self.end_edit.setDate(qdate(selection.end - timedelta(days=1)))
        self.whole_plan.setChecked(selection is None or selection.start is None)
        self.keep = selection or PostSelection()
        period = QHBoxLayout()
        period.addWidget(self.whole_plan)
        period.addWidget(QLabel(self.tr("from")))
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end_edit)
        # Schedulers publish what they get: drafts stay out unless asked for.
        self.not_ready = QCheckBox(self.tr("Also the posts not ready to publish (drafts…)"))
        # Buffer's free plan queues 10 posts per channel: files of 10, uploaded in turn.
        self.free_plan = QCheckBox()
        self.template_button = QPushButton(self.tr("Template downloaded from Metricool…"))
        self.template_label = QLabel(self.tr("none: the usual columns are written"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setMinimumWidth(460)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Networks:"), self.networks)
        form.addRow(self.tr("Period:"), period)
        form.addRow("", self.not_ready)
        form.addRow("", self.free_plan)
        form.addRow(self.template_button, self.template_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.whole_plan.toggled.connect(self._period_changed)
        self.template_button.clicked.connect(self._choose_template)
        self.ask_template = self._ask_template
        self._format_changed()
        self._period_changed()

    def kind(self) -> str:
        return str(self.format_combo.currentData())

    def _format_changed(self) -> None:
        kind = self.kind()
        metricool = kind == "metricool"
        self.not_ready.setVisible(kind not in (ICS, POSTS_CSV))
        self.template_button.setVisible(metricool)
        self.template_label.setVisible(metricool)
        free_limit = self._free_plan_limit()
        self.free_plan.setVisible(free_limit is not None)
        if free_limit is not None:
            self.free_plan.setText(
                self.tr("%1 free plan: files of %2 posts per channel, uploaded in turn")
                .replace("%1", scheduler_layout(kind).name)
                .replace("%2", str(free_limit))
            )
        if kind == ICS:
            text = self.tr(
                "One event per dated post, campaigns as all-day events, in the plan's time "
                "zone. Import the file again after changes: the events are updated, not doubled."
            )
        elif kind == POSTS_CSV:
            text = self.tr(
                "Every post with its id: edit it in a spreadsheet, then Import posts (CSV) "
                "updates the posts whose id is given and adds the others."
            )
        else:
            text = self.tr(
                "Only posts ready to publish go (ready, approved or scheduled). Posts already "
                "published, in the past or on a network the tool cannot take are left out "
                "and listed after the export. Times are written in the plan's time zone: set "
                "the same zone in the tool. Tools that take one channel per file get one file "
                "per network; Buffer gets numbered files of 100 posts (10 on its free plan, "
                "which queues at most 10 posts per channel: upload the next file once the "
                "posts of the one before have gone out)."
            )
        self.hint.setText(text)

    def _free_plan_limit(self) -> int | None:
        kind = self.kind()
        if kind in (ICS, POSTS_CSV):
            return None
        return scheduler_layout(kind).free_plan_split_every

    def on_free_plan(self) -> bool:
        """True if the scheduler's files should follow its free plan's limit."""
        return not self.free_plan.isHidden() and self.free_plan.isChecked()

    def include_not_ready(self) -> bool:
        """True if the scheduler export should take drafts and posts waiting too."""
        return not self.not_ready.isHidden() and self.not_ready.isChecked()

    def _period_changed(self) -> None:
        for edit in (self.start_edit, self.end_edit):
            edit.setEnabled(not self.whole_plan.isChecked())

    def _ask_template(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        from smplanner.ui.app_paths import documents_dir

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Metricool template"), str(documents_dir()), self.tr("CSV (*.csv)")
        )
        return Path(name) if name else None

    def _choose_template(self) -> None:
        chosen = self.ask_template()
        if chosen is not None:
            self.template = chosen
            self.template_label.setText(chosen.name)

    def selection(self) -> PostSelection:
        networks = frozenset(
            str(self.networks.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.networks.count())
            if self.networks.item(i).checkState() == Qt.CheckState.Checked
        )
        start = end = None
        if not self.whole_plan.isChecked():
            start = py_date(self.start_edit.date())
            end = py_date(self.end_edit.date()) + timedelta(days=1)
        return PostSelection(
            networks=networks,
            statuses=self.keep.statuses,
            start=start,
            end=end,
            campaign_id=self.keep.campaign_id,
            pillar_id=self.keep.pillar_id,
            include_ideas=self.kind() == POSTS_CSV,
            labels=self.keep.labels,
        )
