"""Totals per network for the ticked figures over the period shown, beside the
period just before it and the change ("+12 %"), with the sum over every network
for the figures several networks share.

Read when the pane is shown (a hidden pane costs nothing when the ticks change).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.period_totals import PeriodComparison
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.statistics.metric_names import metric_name, network_name
from smplanner.ui.statistics.objectives_panel import number

if TYPE_CHECKING:
    from smplanner.services.statistics_totals import PeriodTotals

NETWORK, METRIC, NOW, BEFORE, CHANGE = range(5)
UP, DOWN = QColor("#1e8449"), QColor("#c0392b")
MINUS = "\u2212"  # a real minus sign, as French typesetting writes it


def day_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def signed(value: float, suffix: str = "", decimals: int = 2) -> str:
    """'+12 %', '−3 %', '+45': the sign always shown, a real minus."""
    shown = round(abs(value), decimals)
    if shown == 0:
        return "0" + suffix
    text = number(shown) + suffix
    return ("+" if value > 0 else MINUS) + text


class TotalsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._request: tuple[PlanFile, list[tuple[str, str]], date | None, date | None] | None
        self._request = None
        self._stale = False
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(METRIC, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self._headers(None)

    def show_totals(
        self,
        plan: PlanFile,
        keys: list[tuple[str, str]],
        start: date | None,
        end: date | None,
    ) -> None:
        """Total ``keys`` over [start, end] (their data's days when None), now if shown."""
        self._request = (plan, list(keys), start, end)
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        from smplanner.services.statistics_totals import compare_periods

        self._stale = False
        if self._request is None:
            return
        plan, keys, start, end = self._request
        totals = compare_periods(plan, keys, start, end)
        self._headers(totals)
        if totals is None:
            self.table.setRowCount(0)
            self.note.setText(self.tr("Tick figures in the list to total them here."))
            return
        rows = [(network_name(row.network), row) for row in totals.rows] + [
            (self.tr("All networks"), row) for row in totals.every_network
        ]
        self.table.setRowCount(len(rows))
        for index, (network, row) in enumerate(rows):
            self._fill(index, network, row)
        note = self.tr(
            "Figures summed over the days of the period (followers: the last value). "
            "The previous period has as many days and ends the day before."
        )
        if all(row.previous is None for row in totals.rows):
            note += " " + self.tr("No figures for the previous period: choose a period to compare.")
        self.note.setText(note)

    def _headers(self, totals: PeriodTotals | None) -> None:
        now, before = self.tr("Period"), self.tr("Previous period")
        if totals is not None:
            now = f"{day_text(totals.start)} – {day_text(totals.end)}"
            before = f"{day_text(totals.previous_start)} – {day_text(totals.previous_end)}"
        self.table.setHorizontalHeaderLabels(
            [self.tr("Network"), self.tr("Figure"), now, before, self.tr("Change")]
        )

    def _fill(self, index: int, network: str, row: PeriodComparison) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        cells = [
            network,
            metric_name(row.metric),
            "—" if row.current is None else number(row.current),
            "—" if row.previous is None else number(row.previous),
            self._change_text(row),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column >= NOW:
                item.setTextAlignment(right)
            if column == CHANGE and row.change and round(row.change, 2):
                item.setForeground(UP if row.change > 0 else DOWN)
            if not row.network:  # the every-network sum stands out
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(index, column, item)

    def _change_text(self, row: PeriodComparison) -> str:
        if row.change is None:
            return "—"
        if row.ratio is None:  # from nothing: a percentage would be infinite
            return signed(row.change)
        percent = row.ratio * 100
        # Whole percents read at a glance; a small change keeps one decimal.
        return f"{signed(percent, ' %', 1 if abs(percent) < 10 else 0)} ({signed(row.change)})"
