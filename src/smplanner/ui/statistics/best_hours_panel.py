"""Best hours: the day × hour heat map of a network and the button that hands the
client's best hours to the calendar (one undo step).

The posts' engagement per network and hour is read once per refresh, when the panel
is first shown, and kept (a few hundred sums) while the user switches networks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smplanner.ui.document import PlanDocument
from smplanner.ui.statistics.heat_map_view import ACTIVITY, RATE, RELATIVE, HeatMapView
from smplanner.ui.statistics.metric_names import network_name


class BestHoursPanel(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._cells: Any = None  # statistics_hours.Cells of every network, once read
        self._stale = True
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
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Network")))
        row.addWidget(self.network)
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
        self._cells = None  # the figures changed: read them again when shown
        self.draw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.draw()

    def draw(self) -> None:
        from smplanner.services.statistics_hours import best_hours, engagement_cells

        if not self.isVisible():
            self._stale = True  # drawn when shown: a hidden map costs nothing
            return
        self._stale = False
        plan = self._document.plan
        if self._cells is None:
            self._cells = engagement_cells(plan)
        network = self.network.currentData() or None
        # One computation for the map and the advice, from the kept sums.
        advice = best_hours(plan, network, self._cells)
        kind = ACTIVITY if advice.from_activity else RATE if network else RELATIVE
        self.heat_map.set_grid(advice.grid, advice.posts, kind)
        self.caption.setVisible(self.heat_map.has_data() and not advice.from_activity)
        slots = advice.slots
        activity = advice.from_activity
        days = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        if slots:
            text = ", ".join(f"{days[d]} {h}h" for d, h, _ in slots)
            source = (
                self.tr("followers' activity") if activity else self.tr("engagement of your posts")
            )
            self.label.setText(
                self.tr("Best hours (%1): %2").replace("%1", source).replace("%2", text)
            )
        else:
            self.label.setText(self.tr("Not enough posts with a known hour yet to advise hours."))
        self.use_button.setEnabled(bool(slots) and not self._document.read_only)

    def use_best_hours(self) -> None:
        from smplanner.services import statistics_edits

        network = str(self.network.currentData())
        plan = self._document.plan
        self._document.run(
            self.tr("Use the client's best hours for %1").replace("%1", network_name(network)),
            lambda: statistics_edits.use_best_hours(plan, network),
        )
