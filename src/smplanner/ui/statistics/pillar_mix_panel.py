"""The editorial line in the statistics: per content pillar, the mix set in the
workshop beside the share of the period's planned posts and of its published posts,
and what the published posts brought (interactions, per measured post). A pillar whose
published share strays from the mix by more than the workshop's tolerance is marked.
Below, the same engagement per campaign (those with posts in the period).

Read on a worker (every post and matched figure of the plan: a large plan takes a
while): "Calculating…" shows meanwhile, the figures shown stay until the new ones come,
and only the latest request is shown. Read when shown, for the tab's period.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.pillar_results import PillarResult, PillarResults
from smplanner.texts.money import format_number
from smplanner.ui.document import PlanDocument
from smplanner.ui.statistics.totals_panel import signed

PILLAR, MIX, PLANNED, PUBLISHED, GAP, POSTS, INTERACTIONS, MEAN = range(8)
DRIFT_FILL = QColor("#FDE0DC")  # a pale red, as the Strategy tab marks a drifting month
DRIFT_TEXT = QColor("#B71C1C")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def percent(value: float) -> str:
    """ "40 %" in French (a no-break space), "40%" in English."""
    shown = QLocale().toString(value, "f", 0)
    return f"{shown}%" if QLocale().language() == QLocale.Language.English else f"{shown}\u00a0%"


class PillarMixPanel(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._stale = True
        self._period: tuple[date | None, date | None] = (None, None)
        self._task: Any = None  # the worker reading the figures, while it runs
        self._asked = 0  # which read is the latest (older results are dropped)
        self.results: PillarResults | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.reading_note = QLabel(self.tr("Calculating…"))
        self.reading_note.setVisible(False)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Pillar"),
                self.tr("Mix set"),
                self.tr("Planned share"),
                self.tr("Published share"),
                self.tr("Gap (points)"),
                self.tr("Posts published"),
                self.tr("Interactions"),
                self.tr("Per measured post"),
            ]
        )
        self.campaigns_label = QLabel(self.tr("By campaign"))
        self.campaigns_table = QTableWidget(0, 5)
        self.campaigns_table.setHorizontalHeaderLabels(
            [
                self.tr("Campaign"),
                self.tr("Planned"),
                self.tr("Posts published"),
                self.tr("Interactions"),
                self.tr("Per measured post"),
            ]
        )
        for table in (self.table, self.campaigns_table):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            table.setWordWrap(False)
            table.verticalHeader().hide()
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.reading_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.campaigns_label)
        layout.addWidget(self.campaigns_table, 1)

    # ------------------------------------------------------------ refresh

    def set_period(self, first: date | None, last: date | None) -> None:
        """The tab's period (its last day included); read again only when it changed."""
        after = last + timedelta(days=1) if last is not None else None
        if (first, after) != self._period:
            self._period = (first, after)
            self.mark_stale()

    def mark_stale(self) -> None:
        """The posts, figures or pillars changed: read again now if shown, else when shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def is_reading(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        from smplanner.services.pillar_mix_check import pillar_results_between
        from smplanner.ui.background import Job, run_in_background

        self._stale = False
        if self._task is not None:
            self._task.cancel()  # its result is dropped; the newer read reports
        self._asked += 1
        number = self._asked
        first, after = self._period

        def read(job: Job) -> PillarResults:
            assert job.plan is not None  # the worker's own connection to the plan
            return pillar_results_between(job.plan, first, after)

        def done(results: PillarResults) -> None:
            if number == self._asked:
                self._task = None
                self.reading_note.setVisible(False)
                self.show_results(results)

        def failed(error: BaseException) -> None:
            if number == self._asked:
                self._task = None
                self.reading_note.setVisible(False)
            from smplanner.ui.error_messages import is_user_error

            if not is_user_error(error):
                raise error  # a bug: loud, as on the GUI thread
            self._document.failed.emit(error)

        self.reading_note.setVisible(True)
        # Parented to the pane: a pane deleted while reading (the window closed) is told
        # nothing; the worker ends on its own connection.
        self._task = run_in_background(
            self,
            read,
            plan=self._document.plan,
            on_done=done,
            on_cancelled=lambda: None,
            on_failed=failed,
            name="pillar mix",
        )

    # ------------------------------------------------------------ showing

    def show_results(self, results: PillarResults) -> None:
        self.results = results
        self.summary.setText(self._summary(results))
        self.table.setRowCount(len(results.rows))
        for row, result in enumerate(results.rows):
            self._fill_row(row, result, results)
        self.campaigns_table.setRowCount(len(results.campaigns))
        for row, campaign in enumerate(results.campaigns):
            mean = campaign.mean
            cells = [
                campaign.name,
                format_number(campaign.planned),
                format_number(campaign.published),
                format_number(campaign.interactions) if campaign.measured else "–",
                format_number(mean, 1) if mean is not None else "–",
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.campaigns_table.setItem(row, column, item)
        shown = bool(results.campaigns)
        self.campaigns_label.setVisible(shown)
        self.campaigns_table.setVisible(shown)

    def _summary(self, results: PillarResults) -> str:
        if not results.rows:
            return self.tr("No content pillars yet: set them in the Strategy tab (Editorial line).")
        words = [
            self.tr("%1 planned and %2 published posts with a pillar in the period.")
            .replace("%1", format_number(results.planned))
            .replace("%2", format_number(results.published))
        ]
        left_out = results.planned_without_pillar
        if left_out:
            words.append(
                self.tr("Posts without a pillar, left out: %1.").replace(
                    "%1", format_number(left_out)
                )
            )
        if not results.has_mix:
            words.append(self.tr("No mix set in the workshop to compare with."))
        drifting = results.drifting()
        if drifting:
            words.append(
                self.tr("Beyond the tolerance of %1 points: %2.")
                .replace("%1", format_number(results.tolerance))
                .replace("%2", ", ".join(r.name for r in drifting))
            )
        return " ".join(words)

    def _fill_row(self, row: int, result: PillarResult, results: PillarResults) -> None:
        mean = result.mean
        cells = [
            result.name,
            percent(result.target) if result.target else "–",
            percent(result.planned_share) if results.planned else "–",
            percent(result.published_share) if results.published else "–",
            signed(result.gap, "", 0) if result.target and results.published else "–",
            format_number(result.published),
            format_number(result.interactions) if result.measured else "–",
            format_number(mean, 1) if mean is not None else "–",
        ]
        drifts = results.drifts(result)
        for column, value in enumerate(cells):
            item = QTableWidgetItem(value)
            if column != PILLAR:
                item.setTextAlignment(RIGHT)
            if drifts and column in (PUBLISHED, GAP):
                item.setBackground(DRIFT_FILL)
                item.setForeground(DRIFT_TEXT)
                item.setToolTip(
                    self.tr("%1 points away from the mix set in the workshop").replace(
                        "%1", format_number(abs(round(result.gap)))
                    )
                )
            self.table.setItem(row, column, item)
