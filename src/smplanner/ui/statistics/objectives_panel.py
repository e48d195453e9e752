"""The objectives with their measured value and progress (reached, on track, late)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from smplanner.domain.objective_progress import LATE, ON_TRACK, REACHED
from smplanner.storage.plan_file import PlanFile

STATUS_COLORS = {REACHED: "#1e8449", ON_TRACK: "#2874a6", LATE: "#c0392b"}


class ObjectivesPanel(QWidget):
    """Emits ``selected`` with the chosen ObjectiveStatus (or None) to draw its target."""

    selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list = []  # type: ignore[type-arg]
        self.table = QTableWidget(0, 6)
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
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def refresh(self, plan: PlanFile) -> None:
        from smplanner.services.statistics_progress import objectives_progress

        self.rows = objectives_progress(plan)
        names = {REACHED: self.tr("Reached"), ON_TRACK: self.tr("On track"), LATE: self.tr("Late")}
        self.table.setRowCount(len(self.rows))
        for row, status in enumerate(self.rows):
            objective = status.objective
            achieved = status.progress.achieved
            progress = names.get(status.progress.status, self.tr("No data yet"))
            if achieved is not None:
                progress += f" ({achieved * 100:.0f} %)"
            now = "—" if status.current is None else QLocale().toString(round(status.current, 2))
            if status.denominator:
                now += " " + self.tr("(by %1)").replace("%1", status.denominator)
            values = [
                objective.title,
                objective.network or self.tr("all"),
                objective.metric or "",
                now,
                "" if objective.target is None else f"{objective.target:g}",
                progress,
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == 5 and status.progress.status in STATUS_COLORS:
                    cell.setForeground(Qt.GlobalColor.white)
                    cell.setBackground(QColor(STATUS_COLORS[status.progress.status]))
                self.table.setItem(row, column, cell)

    def current(self):  # type: ignore[no-untyped-def]
        """The selected ObjectiveStatus, or None."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return self.rows[rows[0]] if rows and rows[0] < len(self.rows) else None

    def _selection_changed(self) -> None:
        self.selected.emit(self.current())
