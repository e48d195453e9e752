"""Campaigns and events: the list of the plan's campaigns, to add, edit (name, kind,
dates, notes) and delete them, each one undo step.

Deleting a campaign keeps its posts (they leave the campaign); undoing brings it
back with its notes and its posts. Dates are typed as the user writes them
(DateEntry), never rewritten behind their back.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.post_refs import CAMPAIGN_KINDS, CampaignRef
from smplanner.services import calendar_edits, calendar_planning, calendar_queries
from smplanner.ui.calendar.planning_dialogs import KIND_LABELS
from smplanner.ui.date_entry import DateEntry
from smplanner.ui.error_messages import describe

if TYPE_CHECKING:
    from smplanner.ui.calendar.planning_context import PlanningContext

NAME, KIND, STARTS, ENDS, NOTES = range(5)


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("CampaignDialog", str(KIND_LABELS.get(kind, kind)))


def day_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


class CampaignDialog(QDialog):
    """One campaign's name, kind, dates and notes: a new one, or ``campaign`` edited."""

    def __init__(
        self,
        host: PlanningContext,
        campaign: CampaignRef | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent or host.parent)
        self._host = host
        self._campaign = campaign
        self.setWindowTitle(self.tr("Campaign or event"))
        form = QFormLayout(self)
        self.name = QLineEdit(campaign.name if campaign else "")
        self.kind = QComboBox()
        for kind in CAMPAIGN_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        if campaign is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(campaign.kind)))
        self.starts = DateEntry(
            value=campaign.starts_on if campaign else host.anchor, required=True
        )
        self.ends = DateEntry(value=campaign.ends_on if campaign else host.anchor, required=True)
        self.notes = QPlainTextEdit(campaign.notes if campaign else "")
        self.notes.setPlaceholderText(self.tr("Brief, offer, hashtags, who to contact…"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b")
        self.problem.hide()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("From"), self.starts)
        form.addRow(self.tr("To"), self.ends)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(440)  # room for a campaign's name and a line of notes

    def accept(self) -> None:
        for field in (self.starts, self.ends):
            if not field.is_acceptable():
                self._say(field.problem())
                field.setFocus()
                return
        starts, ends = self.starts.value(), self.ends.value()
        assert starts is not None and ends is not None  # required fields, acceptable
        campaign = CampaignRef(
            self._campaign.id if self._campaign else 0,
            self.name.text(),
            str(self.kind.currentData()),
            starts,
            ends,
            self.notes.toPlainText().strip(),
        )
        try:  # said here, beside the fields, rather than in a message box
            calendar_planning.check_campaign(campaign)
        except calendar_planning.PlanningError as error:
            self._say(describe(error)[1])
            return
        plan = self._host.plan
        document = self._host.document
        if self._campaign is None:
            done = document.apply(
                self.tr("New campaign"), lambda: calendar_edits.new_campaign(plan, campaign)
            )
        else:
            done = (
                document.run(
                    self.tr("Edit the campaign “%1”").replace("%1", campaign.name.strip()),
                    lambda: calendar_edits.edit_campaign(plan, campaign),
                )
                is not None
            )
        if done:
            super().accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class CampaignsDialog(QDialog):
    """The plan's campaigns and events, with New, Edit and Delete."""

    def __init__(self, host: PlanningContext) -> None:
        super().__init__(host.parent)
        self._host = host
        self.campaigns: list[CampaignRef] = []
        self.setWindowTitle(self.tr("Campaigns and events"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("From"), self.tr("To"), self.tr("Notes")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._enable)
        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.installEventFilter(self)  # Delete deletes the selected campaign
        self.status = QLabel()
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(760, 380)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def refresh(self, select: int | None = None) -> None:
        """Read the campaigns again; select the one with id ``select`` if given."""
        self.campaigns = calendar_queries.campaigns(self._host.plan)
        self.table.setRowCount(len(self.campaigns))
        for row, campaign in enumerate(self.campaigns):
            notes = " ".join(campaign.notes.split())
            cells = [
                campaign.name,
                kind_label(campaign.kind),
                day_text(campaign.starts_on),
                day_text(campaign.ends_on),
                notes,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == NOTES and campaign.notes:
                    item.setToolTip(campaign.notes)
                self.table.setItem(row, column, item)
            if campaign.id == select:
                self.table.selectRow(row)
        if not self.campaigns:
            self.status.setText(
                self.tr("No campaign yet: New… adds one (a launch, an event, the sales).")
            )
        self._enable()

    def selected(self) -> CampaignRef | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.campaigns[min(rows)] if rows else None

    def _enable(self) -> None:
        chosen = self.selected() is not None and not self._host.document.read_only
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.new_button.setEnabled(not self._host.document.read_only)

    def new(self) -> None:
        dialog = CampaignDialog(self._host, parent=self)
        if dialog.exec():
            self.status.setText("")
            self.refresh()

    def edit_selected(self) -> None:
        campaign = self.selected()
        if campaign is None or self._host.document.read_only:
            return
        dialog = CampaignDialog(self._host, campaign, parent=self)
        if dialog.exec():
            self.status.setText("")
            self.refresh(select=campaign.id)

    def delete_selected(self) -> None:
        campaign = self.selected()
        if campaign is None or self._host.document.read_only:
            return
        plan = self._host.plan
        edit = self._host.document.run(
            self.tr("Delete the campaign “%1”").replace("%1", campaign.name),
            lambda: calendar_edits.delete_campaign(plan, campaign.id),
        )
        if edit is not None:
            self.refresh()  # then say what happened (refresh says when the list is empty)
            self.status.setText(
                self.tr(
                    "“%1” deleted; its posts stay in the calendar. Edit > Undo brings it back."
                ).replace("%1", campaign.name)
            )
