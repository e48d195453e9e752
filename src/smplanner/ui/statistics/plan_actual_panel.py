"""Plan versus actual: each planned post whose time has passed, whether the exports
show it published and how far from its planned time, with a summary on top; after
"Match planned posts", the summary says what the matching did.

Read on a worker when the pane is shown or the plan changes (a plan of a million
imported posts takes about half a second): "Calculating…" shows meanwhile, the
figures shown stay until the new ones come, and only the latest request is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.plan_actual import MISSED, NOT_COVERED, PlanActual, Tally
from smplanner.texts.money import format_number
from smplanner.ui.document import PlanDocument
from smplanner.ui.statistics.plan_actual_model import OFF, TITLE, PlanActualModel, drift_text

WIDTH_SAMPLE_ROWS = 64  # widths from about the rows a screen shows (each cell asked costs)


class PlanActualPanel(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._stale = True
        self._match_count: int | None = None  # what "Match planned posts" matched, once
        self._match_note = ""
        self._task: Any = None  # the worker reading the comparison, while it runs
        self._asked = 0  # which read is the latest (older results are dropped)
        self.report: PlanActual | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filter = QComboBox()
        for text, key in [
            (self.tr("All planned posts due"), ""),
            (self.tr("Never published"), MISSED),
            (self.tr("Published more than an hour off"), OFF),
            (self.tr("Not in an export yet"), NOT_COVERED),
        ]:
            self.filter.addItem(text, key)
        self.model = PlanActualModel()
        self.filter.currentIndexChanged.connect(self._filter_chosen)
        self.reading_note = QLabel(self.tr("Calculating…"))
        self.reading_note.setVisible(False)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(WIDTH_SAMPLE_ROWS)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show")))
        row.addWidget(self.filter)
        row.addWidget(self.reading_note)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def _filter_chosen(self) -> None:
        self.model.set_filter(str(self.filter.currentData()))

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
        """Compare the plan again, on a worker."""
        self._stale = False
        self._match_count = None  # said once, after the matching; stale after any change
        self._read()

    def matched(self, count: int) -> None:
        """Say what "Match planned posts" did (``count`` posts matched), then show it."""
        self._stale = False
        self._match_count = count
        self._read()

    def is_reading(self) -> bool:
        """Whether the comparison is being read on a worker."""
        return self._task is not None

    def _read(self) -> None:
        from smplanner.services.plan_vs_actual import plan_versus_actual
        from smplanner.ui.background import Job, run_in_background

        if self._task is not None:
            self._task.cancel()  # its statement is interrupted; its result dropped
        self._asked += 1
        number, count = self._asked, self._match_count

        def read(job: Job) -> tuple[PlanActual, Tally]:
            assert job.plan is not None  # the worker's own connection to the plan
            report = plan_versus_actual(job.plan)
            return report, report.tally()  # counted here too: 30,000 lines on a large plan

        def done(result: tuple[PlanActual, Tally]) -> None:
            if number == self._asked:  # else a newer read was asked: its own result comes
                self._show(*result, count)

        def failed(error: BaseException) -> None:
            if number == self._asked:
                self._task = None
                self.reading_note.setVisible(False)
            from smplanner.ui.error_messages import is_user_error

            if not is_user_error(error):
                raise error  # a bug: loud, as on the GUI thread
            self._document.failed.emit(error)

        # Parented to the pane: a pane deleted while reading (the window closed) is told
        # nothing; the worker ends on its own connection.
        self._task = run_in_background(
            self,
            read,
            plan=self._document.plan,
            on_done=done,
            on_cancelled=lambda: None,  # replaced by a newer read, which reports
            on_failed=failed,
            name="plan vs actual",
        )
        self.reading_note.setVisible(True)

    def _show(self, report: PlanActual, tally: Tally, match_count: int | None) -> None:
        self._task = None
        self.reading_note.setVisible(False)
        self._match_note = "" if match_count is None else self._match_words(report, match_count)
        self.report = report
        self.summary.setText(self._summary(tally))
        self.model.show_report(report)

    # ------------------------------------------------------------ texts

    def _match_words(self, report: PlanActual, count: int) -> str:
        if count:
            note = (
                self.tr(
                    "Match with the calendar: %Ln imported post(s) recognised as planned "
                    "posts and marked published",
                    "",
                    count,
                )
                + " ("
                + self.tr("%1 by link or post id, %2 by time and text")
                .replace("%1", format_number(report.by_how.get("link", 0)))
                .replace("%2", format_number(report.by_how.get("time_and_text", 0)))
                + "). "
            )
        else:
            note = (
                self.tr(
                    "Match with the calendar: no imported post is one of the planned posts "
                    "(same network, within 6 hours and a similar text, or its link)."
                )
                + " "
            )
        return note + self.tr("%Ln imported post(s) match no planned post.", "", report.unplanned)

    def _summary(self, tally: Tally) -> str:
        due = tally.due
        if not due:
            return self._match_note + self.tr("No planned post is due yet.")
        text = self.tr("%Ln planned post(s) due: ", "", due) + (
            self.tr("%1 published, %2 never published, %3 not in an export yet.")
            .replace("%1", format_number(tally.published))
            .replace("%2", format_number(tally.missed))
            .replace("%3", format_number(tally.not_covered))
        )
        middle = tally.median_drift
        if middle is not None:
            text += " " + self.tr("Median drift: %1; %2 published more than an hour off.").replace(
                "%1", drift_text(middle)
            ).replace("%2", format_number(tally.off_plan))
        return (self._match_note + "\n" if self._match_note else "") + text
