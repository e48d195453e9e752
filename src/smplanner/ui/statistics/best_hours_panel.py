"""Best hours: the day × hour heat map of a network and the button that hands the
client's best hours to the calendar (one undo step).

The posts' engagement per network and weekday × hour is read when the panel is
first shown and kept (a few hundred sums) while the user switches networks, until
the imported figures change. It reads every post's figures: on a plan past
CELLS_IN_BACKGROUND posts it runs on a worker ("Calculating…" meanwhile, only the
latest read shown), and the sums are kept in the plan for its next opening
(storage/statistics_hour_cells.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smplanner.ui.document import PlanDocument
from smplanner.ui.statistics.heat_map_view import (
    ACTIVITY,
    RATE,
    RELATIVE,
    HeatMapView,
    day_text,
    hour_text,
)
from smplanner.ui.statistics.metric_names import network_name

CELLS_IN_BACKGROUND = 20_000  # posts summed on the GUI thread at most (~50 ms)


class BestHoursPanel(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._cells: Any = None  # statistics_hours.Cells of every network, once read
        self._stale = True
        self._task: Any = None  # the worker reading the cells, while it runs
        self._asked = 0  # which read is the latest (older results are dropped)
        self._stamp: object = None  # statistics_kept.figures_stamp of the cells kept
        self.network = QComboBox()
        self.network.currentIndexChanged.connect(self.draw)
        self.heat_map = HeatMapView()
        # What the shades mean; each cell's figures show when the pointer rests on it.
        self.caption = QLabel(self.heat_map.legend_text())
        self.caption.setWordWrap(True)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.use_button = QPushButton(self.tr("Use these hours in the calendar"))
        self.use_button.clicked.connect(self.use_best_hours)
        self.reading_note = QLabel(self.tr("Calculating…"))
        self.reading_note.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Network")))
        row.addWidget(self.network)
        row.addWidget(self.reading_note)
        row.addStretch(1)
        row.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.caption)
        layout.addWidget(self.heat_map, 1)
        layout.addWidget(self.label)

    def refresh(self, networks: list[str]) -> None:
        current = self.network.currentData()
        self.network.blockSignals(True)
        self.network.clear()
        for network in sorted(networks, key=lambda n: network_name(n).casefold()):
            self.network.addItem(network_name(network), network)
        if current in networks:
            self.network.setCurrentIndex(self.network.findData(current))
        self.network.blockSignals(False)
        from smplanner.services.statistics_kept import figures_stamp

        # The tab refreshes after any change (a post moved in the calendar too): the
        # sums are read again only when the imported figures may have changed.
        stamp = figures_stamp(self._document.plan)
        if stamp != self._stamp:
            self._stamp = stamp
            self._cells = None  # read again when shown
            if self._task is not None:
                self._task.cancel()  # it reads figures that changed
                self._task = None
                self._asked += 1
        self.draw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.draw()

    def is_reading(self) -> bool:
        """Whether the engagement per hour is being read on a worker."""
        return self._task is not None

    def draw(self) -> None:
        from smplanner.services import statistics_queries as queries
        from smplanner.services.statistics_hours import (
            best_hours,
            engagement_cells,
            kept_engagement_cells,
        )

        if not self.isVisible():
            self._stale = True  # drawn when shown: a hidden map costs nothing
            return
        self._stale = False
        plan = self._document.plan
        if self._cells is None:
            if self._task is not None:
                return  # being read: drawn when it comes
            if queries.stat_post_count(plan) <= CELLS_IN_BACKGROUND:
                self._cells = engagement_cells(plan)
            else:
                self._cells = kept_engagement_cells(plan)  # summed before: at once
                if self._cells is None:
                    self._read_cells()
                    return
        network = self.network.currentData() or None
        # One computation for the map and the advice, from the kept sums.
        advice = best_hours(plan, network, self._cells)
        kind = ACTIVITY if advice.from_activity else RATE if network else RELATIVE
        self.heat_map.set_grid(advice.grid, advice.posts, kind)
        self.caption.setVisible(self.heat_map.has_data() and not advice.from_activity)
        slots = advice.slots
        activity = advice.from_activity
        if slots:
            text = ", ".join(f"{day_text(d)} {hour_text(h)}" for d, h, _ in slots)
            source = (
                self.tr("followers' activity") if activity else self.tr("engagement of your posts")
            )
            self.label.setText(
                self.tr("Best hours (%1): %2").replace("%1", source).replace("%2", text)
            )
        else:
            self.label.setText(self.tr("Not enough posts with a known hour yet to advise hours."))
        self.use_button.setEnabled(bool(slots) and not self._document.read_only)

    def _read_cells(self) -> None:
        from smplanner.services.statistics_hours import Cells, engagement_cells_kept
        from smplanner.ui.background import Job, run_in_background

        self._asked += 1
        number = self._asked

        def read(job: Job) -> Cells:
            assert job.plan is not None  # the worker's own connection to the plan
            return engagement_cells_kept(job.plan)  # and kept in the plan for next time

        def done(cells: Cells) -> None:
            if number != self._asked:
                return  # a newer read was asked: its own result comes
            self._task = None
            self.reading_note.setVisible(False)
            self._cells = cells
            self.draw()

        # Parented to the panel: a panel deleted while reading is told nothing.
        self._task = run_in_background(
            self,
            read,
            plan=self._document.plan,
            writes=not self._document.read_only,  # to keep the sums
            on_done=done,
            on_cancelled=lambda: None,  # replaced by a newer read, which reports
            name="best hours",
        )
        self.reading_note.setVisible(True)
        self.use_button.setEnabled(False)  # the hours shown are being read again

    def use_best_hours(self) -> None:
        from smplanner.services import statistics_edits

        network = str(self.network.currentData())
        plan, cells = self._document.plan, self._cells  # the sums shown: not read again
        self._document.run(
            self.tr("Use the client's best hours for %1").replace("%1", network_name(network)),
            lambda: statistics_edits.use_best_hours(plan, network, cells),
        )
