"""The objectives with their measured value and progress (reached, on track, late).

Same status and whole percents as the report and presentation mode (both read
services/statistics_progress); networks and KPIs by their names, not their ids.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.kpi_catalogue import kpi
from smplanner.domain.objective_progress import LATE, ON_TRACK, REACHED
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.statistics.metric_names import denominator_label, kpi_label, network_name

if TYPE_CHECKING:  # the service loads with the tab's first refresh, not at start-up
    from smplanner.services.statistics_progress import ObjectiveStatus

STATUS_COLORS = {REACHED: "#1e8449", ON_TRACK: "#2874a6", LATE: "#c0392b"}
TITLE, NETWORK, KPI, NOW, TARGET, PROGRESS = range(6)


def number(value: float) -> str:
    """A figure as the interface locale writes it (1 036; 4,99), at most 2 decimals."""
    rounded = round(value, 2)
    if rounded == int(rounded):
        return QLocale().toString(int(rounded))
    return QLocale().toString(rounded, "f", 2).rstrip("0")


class ObjectivesPanel(QWidget):
    """Emits ``selected`` with the chosen ObjectiveStatus (or None) to draw its target."""

    selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ObjectiveStatus] = []
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Objectives and their progress"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Objective"),
                self.tr("Network"),
                self.tr("KPI"),
                self.tr("Now"),
                self.tr("Target"),
                self.tr("Progress"),
            ]
        )
        header = self.table.horizontalHeader()
        # The title takes the room left; the other columns fit their words.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)  # long titles end with … and show whole as a tooltip
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # A second click on the drawn objective (or Esc, or a click below the rows)
        # takes it off the chart: Ctrl+click was the only way.
        self.table.viewport().installEventFilter(self)
        self.table.installEventFilter(self)
        self.hint = QLabel(
            self.tr(
                "Select an objective to draw its progress against its target above; "
                "click it again (or press Esc) to take it off the chart."
            )
        )
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    def status_text(self, status: ObjectiveStatus) -> str:
        """'On track (59 %)', 'Reached (100 %)', 'Target exceeded (×5.8)', 'No target set',
        'No data yet'."""
        achieved = status.progress.achieved
        if status.progress.status == REACHED and achieved is not None and achieved > 1.05:
            # "Reached (575 %)" read as a typo; past the target, say how far.
            times = QLocale().toString(achieved, "f", 1)
            return self.tr("Target exceeded (×%1)").replace("%1", times)
        names = {REACHED: self.tr("Reached"), ON_TRACK: self.tr("On track"), LATE: self.tr("Late")}
        if status.progress.status in names:
            text = names[status.progress.status]
        elif status.objective.target is None:
            text = self.tr("No target set")  # the real cause, not a lack of data
        elif status.current is None:
            text = self.tr("No data yet")
        else:
            text = self.tr("Target equals the baseline")
        if achieved is not None:
            # Whole percents, rounded like the report's.
            text += f" ({round(achieved * 100)} %)"
        return str(text)

    def implausible(self, status: ObjectiveStatus) -> str:
        """Why the measured value cannot be right (an engagement rate above 100 %), or ""."""
        item = kpi(status.objective.metric) if status.objective.metric else None
        if item is None or status.current is None:
            return ""
        limit = 100.0 if item.unit == "percent" else item.realistic_max
        if limit is None or status.current <= limit:
            return ""
        return (
            self.tr(
                "%1 is more than %2 is possible for this KPI: check the imported figures "
                "(a missing reach or follower count gives rates above 100 %)."
            )
            .replace("%1", self.figure(status.current, item.unit))
            .replace("%2", self.figure(limit, item.unit))
        )

    @staticmethod
    def figure(value: float, unit: str) -> str:
        """A value with its unit: 22,24 % for a rate, 1 036 for a count."""
        text = number(value)
        return f"{text} %" if unit == "percent" else text

    def refresh(self, plan: PlanFile) -> None:
        from smplanner.services.statistics_progress import objectives_progress

        chosen = self.current()
        chosen_id = chosen.objective.id if chosen is not None else None
        self.rows = objectives_progress(plan)
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.rows))
        for row, status in enumerate(self.rows):
            objective = status.objective
            item = kpi(objective.metric) if objective.metric else None
            unit = item.unit if item is not None else "count"
            now = "—" if status.current is None else self.figure(status.current, unit)
            if status.denominator:
                now += f" ({denominator_label(status.denominator)})"
            if status.source == "posts" and status.current is not None:
                # Summed over the posts: people reached by two posts count twice.
                now += " " + self.tr("(sum of the posts)")
            doubt = self.implausible(status)
            if doubt:
                now = "⚠ " + now
            values = [
                objective.title,
                network_name(objective.network) if objective.network else self.tr("all"),
                kpi_label(objective.metric) if objective.metric else "",
                now,
                "" if objective.target is None else self.figure(objective.target, unit),
                self.status_text(status),
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == TITLE:
                    cell.setToolTip(value)
                if column == NOW and status.source == "posts":
                    cell.setToolTip(
                        self.tr(
                            "This network's exports give no daily figure for it: this is "
                            "the sum of the imported posts' own figures (a person reached "
                            "by two posts counts twice)."
                        )
                    )
                if column == NOW and doubt:
                    cell.setToolTip(doubt)
                    cell.setForeground(QColor("#b9770e"))
                if column in (NOW, TARGET):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == PROGRESS and status.progress.status in STATUS_COLORS:
                    cell.setForeground(Qt.GlobalColor.white)
                    cell.setBackground(QColor(STATUS_COLORS[status.progress.status]))
                self.table.setItem(row, column, cell)
            if objective.id == chosen_id:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self.hint.setVisible(bool(self.rows))

    def current(self) -> ObjectiveStatus | None:
        """The selected ObjectiveStatus, or None."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return self.rows[rows[0]] if rows and rows[0] < len(self.rows) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.current() is None:
            return super().eventFilter(watched, event)
        if isinstance(event, QKeyEvent) and watched is self.table:
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.table.clearSelection()
                return True
        elif (
            isinstance(event, QMouseEvent)
            and watched is self.table.viewport()
            and event.type() == QEvent.Type.MouseButtonPress
            and event.button() == Qt.MouseButton.LeftButton
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            index = self.table.indexAt(event.position().toPoint())
            if not index.isValid() or self.table.selectionModel().isRowSelected(index.row()):
                self.table.clearSelection()
                return True
        return super().eventFilter(watched, event)

    def _selection_changed(self) -> None:
        self.selected.emit(self.current())
