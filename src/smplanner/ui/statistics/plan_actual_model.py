"""The plan-versus-actual lines as a table model: newest planned post first, one of the
pane's filters applied, each cell worded when painted.

A large plan has tens of thousands of due posts: a QTableWidget made an item per cell
up front (seconds on the GUI thread); this model keeps the lines and formats only the
rows the view paints.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from smplanner.domain.plan_actual import (
    MISSED,
    OFF_BY_MINUTES,
    PUBLISHED,
    PlanActual,
    PlanActualLine,
)
from smplanner.ui.statistics.metric_names import network_name

PLANNED, NETWORK, TITLE, PUBLISHED_AT, DRIFT, STATE = range(6)
MISSED_COLOR, OFF_COLOR = QColor("#c0392b"), QColor("#b9770e")
MINUS = "\u2212"
OFF = "off"  # the filter of posts published more than an hour off
# The pane's words keep their translation context (the pane used to word them).
CONTEXT = "PlanActualPanel"
HEADERS = [
    QT_TRANSLATE_NOOP("PlanActualPanel", "Planned"),
    QT_TRANSLATE_NOOP("PlanActualPanel", "Network"),
    QT_TRANSLATE_NOOP("PlanActualPanel", "Post"),
    QT_TRANSLATE_NOOP("PlanActualPanel", "Published at"),
    QT_TRANSLATE_NOOP("PlanActualPanel", "Drift"),
    QT_TRANSLATE_NOOP("PlanActualPanel", "What became of it"),
]


def moment_text(moment: datetime) -> str:
    """'12 oct. 2026 18:30' in the interface's words."""
    # Date and clock apart: a local QDateTime would move a time in a DST gap.
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "d MMM yyyy")
    return f"{day} {moment.hour:02d}:{moment.minute:02d}"


def drift_text(minutes: float | None) -> str:
    """'+25 min', '−2 h 10', '+3 d': how far from the planned time."""
    if minutes is None:
        return "—"
    whole = round(minutes)
    sign = "+" if whole > 0 else MINUS if whole < 0 else ""
    size = abs(whole)
    if size < 60:
        text = QCoreApplication.translate("PlanActualPanel", "%1 min").replace("%1", str(size))
    elif size < 24 * 60:
        text = (
            QCoreApplication.translate("PlanActualPanel", "%1 h %2")
            .replace("%1", str(size // 60))
            .replace("%2", f"{size % 60:02d}")
        )
    else:
        text = QCoreApplication.translate("PlanActualPanel", "%1 d").replace(
            "%1", QLocale().toString(round(size / 1440, 1))
        )
    return sign + text


def state_text(line: PlanActualLine) -> str:
    if line.state == PUBLISHED:
        return QCoreApplication.translate("PlanActualPanel", "Published")
    if line.state == MISSED:
        if line.planned.status == "published":
            return QCoreApplication.translate(
                "PlanActualPanel", "Marked published, not in the exports"
            )
        return QCoreApplication.translate("PlanActualPanel", "Never published (not in the exports)")
    return QCoreApplication.translate("PlanActualPanel", "No export covers it yet")


def is_off(line: PlanActualLine) -> bool:
    drift = line.drift_minutes
    return drift is not None and abs(drift) > OFF_BY_MINUTES


class PlanActualModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._report: PlanActual | None = None
        self._wanted = ""  # "", a state, or OFF
        self._lines: list[PlanActualLine] = []

    def show_report(self, report: PlanActual | None) -> None:
        """Show these lines (newest first), through the filter chosen."""
        self._report = report
        self._refilter()

    def set_filter(self, wanted: str) -> None:
        """Only the lines in this state ("" all, OFF: published more than an hour off)."""
        self._wanted = wanted
        self._refilter()

    def _refilter(self) -> None:
        lines = list(reversed(self._report.lines)) if self._report is not None else []
        if self._wanted == OFF:
            lines = [line for line in lines if is_off(line)]
        elif self._wanted:
            lines = [line for line in lines if line.state == self._wanted]
        self.beginResetModel()
        self._lines = lines
        self.endResetModel()

    def line_at(self, row: int) -> PlanActualLine:
        return self._lines[row]

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, str(HEADERS[section]))
        if role == Qt.ItemDataRole.ToolTipRole and section == DRIFT:
            return QCoreApplication.translate(
                "PlanActualPanel", "Published time minus planned time: + late, − early."
            )
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column != TITLE:
                return None
            return self._text(line, column)
        if role == Qt.ItemDataRole.UserRole and column == TITLE:
            return line.planned.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DRIFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == DRIFT and is_off(line):
                return OFF_COLOR
            if column == STATE and line.state == MISSED:
                return MISSED_COLOR
        return None

    @staticmethod
    def _text(line: PlanActualLine, column: int) -> str:
        if column == PLANNED:
            return moment_text(line.planned.scheduled_at)
        if column == NETWORK:
            return network_name(line.planned.network)
        if column == TITLE:
            return line.planned.title
        if column == PUBLISHED_AT:
            return moment_text(line.published_at) if line.published_at else "—"
        if column == DRIFT:
            return drift_text(line.drift_minutes)
        return state_text(line)
