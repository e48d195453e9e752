"""The editorial line kept: beside the workshop's mix, the calendar's share of posts
per pillar for each month still to publish, the months beyond the tolerance marked.

The table is a model fed the service's report (rows: pillars; columns: the target,
then the months); it is read again when the workshop changes and when the tab is
shown (the calendar may have changed meanwhile).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from smplanner.domain.pillar_mix import MonthMix
from smplanner.domain.strategy_refs import StrategyDocument
from smplanner.services.pillar_mix_check import TOLERANCE_FIELD, PillarMixReport, pillar_mix
from smplanner.ui.model_index import AnyIndex
from smplanner.ui.strategy.field_form import FieldForm, FieldSpec
from smplanner.ui.strategy.section_page import SectionPage
from smplanner.ui.strategy.strategy_editor import StrategyEditor

MONTHS_SHOWN = 6
DRIFT_FILL = QColor("#FDE0DC")  # a pale red: this month strays from the mix


def _percent(value: float) -> str:
    return QLocale().toString(value, "f", 0) + " %"


class PillarMixModel(QAbstractTableModel):
    """Pillars × (target, months): the planned share of each, drifts flagged."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months: list[MonthMix] = []
        self._tolerance = 0.0
        self._names: list[str] = []

    def set_report(self, report: PillarMixReport) -> None:
        self.beginResetModel()
        self._months = report.months_to_come()[:MONTHS_SHOWN]
        self._tolerance = report.tolerance
        self._names = [s.name for s in self._months[0].shares] if self._months else []
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._months else 1 + len(self._months)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._names[section]
        if section == 0:
            return self.tr("Mix")
        month = self._months[section - 1].month
        return QLocale().toString(QDate(month.year, month.month, 1), "MMM yyyy")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if index.column() == 0:
            share = self._months[0].shares[index.row()]
            return _percent(share.target) if role == Qt.ItemDataRole.DisplayRole else None
        month = self._months[index.column() - 1]
        share = month.shares[index.row()]
        drifting = share in month.drifting(self._tolerance)
        if role == Qt.ItemDataRole.DisplayRole:
            return _percent(share.planned)
        if role == Qt.ItemDataRole.BackgroundRole and drifting:
            return DRIFT_FILL
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.tr("%1 of %2 posts with a pillar; the mix says %3").replace(
                "%1", str(share.posts)
            )
            return text.replace("%2", str(month.posts)).replace("%3", _percent(share.target))
        return None

    def drifting_cells(self) -> list[tuple[str, str]]:
        """(pillar, month header) of every flagged cell (what the summary names)."""
        return [
            (share.name, str(self.headerData(column + 1, Qt.Orientation.Horizontal)))
            for column, month in enumerate(self._months)
            for share in month.drifting(self._tolerance)
        ]


class PillarMixPanel(QWidget):
    """The calendar's mix month by month, under the workshop's pillars."""

    def __init__(self, editor: StrategyEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.model = PillarMixModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(140)
        self.summary = QLabel()
        self.summary.setObjectName("pillarMixSummary")
        self.summary.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("The calendar against this mix (months still to publish)")))
        box.addWidget(self.view)
        box.addWidget(self.summary)

    def reload(self, _doc: StrategyDocument | None = None) -> None:
        self.model.set_report(pillar_mix(self._editor.plan))
        drifting = self.model.drifting_cells()
        if not self.model.columnCount():
            self.summary.setText(self.tr("No post planned yet: the mix will show here."))
        elif drifting:
            names = "; ".join(
                self.tr("%1: %2").replace("%1", month).replace("%2", pillar)
                for pillar, month in drifting
            )
            self.summary.setText(
                self.tr("Beyond the tolerance (%Ln case(s)): %1", "", len(drifting)).replace(
                    "%1", names
                )
            )
        else:
            self.summary.setText(self.tr("Every month keeps to the mix."))

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()  # the posts may have moved in the Calendar tab meanwhile
        super().showEvent(event)


def add_pillar_mix(page: SectionPage, editor: StrategyEditor, currency: str) -> PillarMixPanel:
    """The tolerance question and the panel, on the editorial line's page."""
    tolerance = FieldForm(
        editor,
        [
            FieldSpec(
                TOLERANCE_FIELD,
                QCoreApplication.translate(
                    "PillarMixPanel", "Tolerance of the mix (percentage points)"
                ),
                "percent",
                placeholder="15",
            )
        ],
        currency,
    )
    page.add_form(tolerance)
    panel = PillarMixPanel(editor)
    page.add_widget(panel, panel.reload)
    return panel
