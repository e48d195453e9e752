"""Plan versus actual: each planned post whose time has passed, whether the exports
show it published and how far from its planned time, with a summary on top; after
"Match planned posts", the summary says what the matching did.

Read when the pane is shown (every planned and imported post is compared).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.plan_actual import (
    MISSED,
    NOT_COVERED,
    OFF_BY_MINUTES,
    PUBLISHED,
    PlanActual,
    PlanActualLine,
)
from smplanner.ui.document import PlanDocument
from smplanner.ui.statistics.metric_names import network_name

PLANNED, NETWORK, TITLE, PUBLISHED_AT, DRIFT, STATE = range(6)
MISSED_COLOR, OFF_COLOR = QColor("#c0392b"), QColor("#b9770e")
MINUS = "\u2212"


def moment_text(moment: datetime) -> str:
    """'12 oct. 2026 18:30' in the interface's words."""
    # Date and clock apart: a local QDateTime would move a time in a DST gap.
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "d MMM yyyy")
    return f"{day} {moment.hour:02d}:{moment.minute:02d}"


class PlanActualPanel(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._stale = True
        self._match_note = ""
        self.report: PlanActual | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filter = QComboBox()
        for text, key in [
            (self.tr("All planned posts due"), ""),
            (self.tr("Never published"), MISSED),
            (self.tr("Published more than an hour off"), "off"),
            (self.tr("Not in an export yet"), NOT_COVERED),
        ]:
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(self._fill)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Planned"),
                self.tr("Network"),
                self.tr("Post"),
                self.tr("Published at"),
                self.tr("Drift"),
                self.tr("What became of it"),
            ]
        )
        drift_header = self.table.horizontalHeaderItem(DRIFT)  # set just above
        assert drift_header is not None
        drift_header.setToolTip(self.tr("Published time minus planned time: + late, − early."))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show")))
        row.addWidget(self.filter)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    # ------------------------------------------------------------ refresh

    def mark_stale(self) -> None:
        """The posts or figures changed: compare again now if shown, else when shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        from smplanner.services.plan_vs_actual import plan_versus_actual

        self._stale = False
        self._match_note = ""  # said once, after the matching; stale after any change
        self.report = plan_versus_actual(self._document.plan)
        self.summary.setText(self._summary(self.report))
        self._fill()

    def matched(self, count: int) -> None:
        """Say what "Match planned posts" did (``count`` posts matched), then show it."""
        from smplanner.services.plan_vs_actual import plan_versus_actual

        report = plan_versus_actual(self._document.plan)
        if count:
            self._match_note = (
                self.tr(
                    "Match with the calendar: %n imported post(s) recognised as planned "
                    "posts and marked published",
                    "",
                    count,
                )
                + " ("
                + self.tr("%1 by link or post id, %2 by time and text")
                .replace("%1", str(report.by_how.get("link", 0)))
                .replace("%2", str(report.by_how.get("time_and_text", 0)))
                + "). "
            )
        else:
            self._match_note = (
                self.tr(
                    "Match with the calendar: no imported post is one of the planned posts "
                    "(same network, within 6 hours and a similar text, or its link)."
                )
                + " "
            )
        self._match_note += self.tr(
            "%n imported post(s) match no planned post.", "", report.unplanned
        )
        self.report = report
        self._stale = False
        self.summary.setText(self._summary(report))
        self._fill()

    # ------------------------------------------------------------ texts

    def drift_text(self, minutes: float | None) -> str:
        """'+25 min', '−2 h 10', '+3 d': how far from the planned time."""
        if minutes is None:
            return "—"
        whole = round(minutes)
        sign = "+" if whole > 0 else MINUS if whole < 0 else ""
        size = abs(whole)
        if size < 60:
            text = self.tr("%1 min").replace("%1", str(size))
        elif size < 24 * 60:
            text = (
                self.tr("%1 h %2").replace("%1", str(size // 60)).replace("%2", f"{size % 60:02d}")
            )
        else:
            text = self.tr("%1 d").replace("%1", QLocale().toString(round(size / 1440, 1)))
        return sign + text

    def state_text(self, line: PlanActualLine) -> str:
        if line.state == PUBLISHED:
            return self.tr("Published")
        if line.state == MISSED:
            if line.planned.status == "published":
                return self.tr("Marked published, not in the exports")
            return self.tr("Never published (not in the exports)")
        return self.tr("No export covers it yet")

    def _summary(self, report: PlanActual) -> str:
        due = len(report.lines)
        if not due:
            return self._match_note + self.tr("No planned post is due yet.")
        text = self.tr("%n planned post(s) due: ", "", due) + (
            self.tr("%1 published, %2 never published, %3 not in an export yet.")
            .replace("%1", str(report.count(PUBLISHED)))
            .replace("%2", str(report.count(MISSED)))
            .replace("%3", str(report.count(NOT_COVERED)))
        )
        middle = report.median_drift()
        if middle is not None:
            text += " " + self.tr("Median drift: %1; %2 published more than an hour off.").replace(
                "%1", self.drift_text(middle)
            ).replace("%2", str(report.off_plan()))
        return (self._match_note + "\n" if self._match_note else "") + text

    def _fill(self) -> None:
        lines = list(reversed(self.report.lines)) if self.report is not None else []
        wanted = self.filter.currentData()
        if wanted == "off":
            lines = [
                line
                for line in lines
                if line.drift_minutes is not None and abs(line.drift_minutes) > OFF_BY_MINUTES
            ]
        elif wanted:
            lines = [line for line in lines if line.state == wanted]
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            drift = line.drift_minutes
            cells = [
                moment_text(line.planned.scheduled_at),
                network_name(line.planned.network),
                line.planned.title,
                moment_text(line.published_at) if line.published_at else "—",
                self.drift_text(drift),
                self.state_text(line),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == TITLE:
                    item.setToolTip(text)
                    item.setData(Qt.ItemDataRole.UserRole, line.planned.id)
                if column == DRIFT:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    if drift is not None and abs(drift) > OFF_BY_MINUTES:
                        item.setForeground(OFF_COLOR)
                if column == STATE and line.state == MISSED:
                    item.setForeground(MISSED_COLOR)
                self.table.setItem(row, column, item)
