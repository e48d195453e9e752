"""Recommended time slots per network, edited for this plan: a day x hour grid.

Rows are days, columns hours; a cell's shade is its weight (best, good, or not
recommended). Select cells and press a weight, or double-click a cell to cycle
it. Each change is one undo step (services.time_slots); "Back to the defaults"
forgets the plan's slots for that network. A note says where the slots come
from, and warns when they are the client's own best hours from the statistics.
Non-modal: an undo while it is open shows in the grid at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.networks import all_networks, network
from smplanner.domain.slots import SlotTable, as_table, slot_sources
from smplanner.services import calendar_edits, time_slots
from smplanner.services.calendar_queries import TIME_SLOTS
from smplanner.services.changes import Changes
from smplanner.ui.document import PlanDocument
from smplanner.ui.i18n import ui_language
from smplanner.ui.model_index import AnyIndex

BEST, GOOD, OFF = 1.0, 0.5, 0.0
GOOD_FROM = 0.5  # a stored score from here on counts as "good", from 0.85 as "best"
BEST_FROM = 0.85


def next_weight(score: float) -> float:
    """Double-click cycles: not recommended -> good -> best -> not recommended."""
    if score <= 0:
        return GOOD
    if score < BEST_FROM:
        return BEST
    return OFF


class SlotGridModel(QAbstractTableModel):
    """7 days x 24 hours of one network's scores (0..1)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: SlotTable = {}
        self.colour = QColor("#1877F2")

    def show_table(self, table: SlotTable, colour: str) -> None:
        self.beginResetModel()
        self.table = dict(table)
        self.colour = QColor(colour)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 24

    def score(self, index: AnyIndex) -> float:
        return self.table.get((index.row(), index.column()), 0.0)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        score = self.score(index)
        if role == Qt.ItemDataRole.BackgroundRole:
            if score <= 0:
                return None
            colour = QColor(self.colour)
            colour.setAlphaF(0.15 + 0.75 * min(score, 1.0))
            return colour
        if role == Qt.ItemDataRole.DisplayRole:
            return "★" if score >= BEST_FROM else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            day = QLocale().dayName(index.row() + 1, QLocale.FormatType.LongFormat)
            return f"{day} {index.column():02d}:00 — {round(score * 100)} %"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return str(section)
        return QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)

    def with_weight(self, cells: list[tuple[int, int]], weight: float) -> SlotTable:
        """The table after giving these (weekday, hour) cells a weight."""
        table = dict(self.table)
        for cell in cells:
            table[cell] = weight
        return table


class TimeSlotsDialog(QDialog):
    def __init__(
        self, document: PlanDocument, network_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Recommended time slots"))
        self.network = QComboBox()
        for item in all_networks():
            self.network.addItem(item.name, item.id)
        if network_id:
            self.network.setCurrentIndex(max(0, self.network.findData(network_id)))
        self.model = SlotGridModel(self)
        self.grid = QTableView()
        self.grid.setModel(self.model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.horizontalHeader().setDefaultSectionSize(28)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.setMinimumWidth(28 * 24 + 60)
        self.grid.doubleClicked.connect(self.cycle)
        self.source_note = QLabel()
        self.source_note.setWordWrap(True)
        self.best_button = QPushButton(self.tr("Best hour"))
        self.good_button = QPushButton(self.tr("Good hour"))
        self.off_button = QPushButton(self.tr("Not recommended"))
        self.reset_button = QPushButton(self.tr("Back to the defaults (sources)"))
        self.best_button.clicked.connect(lambda: self.weigh_selection(BEST))
        self.good_button.clicked.connect(lambda: self.weigh_selection(GOOD))
        self.off_button.clicked.connect(lambda: self.weigh_selection(OFF))
        self.reset_button.clicked.connect(self.reset)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Network")))
        top.addWidget(self.network)
        top.addStretch(1)
        weights = QHBoxLayout()
        weights.addWidget(QLabel(self.tr("Selected hours:")))
        for button in (self.best_button, self.good_button, self.off_button):
            weights.addWidget(button)
        weights.addStretch(1)
        weights.addWidget(self.reset_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.grid)
        box.addLayout(weights)
        box.addWidget(
            QLabel(self.tr("Select hours and pick a weight, or double-click an hour to cycle it."))
        )
        box.addWidget(self.source_note)
        box.addWidget(close)
        self.network.currentIndexChanged.connect(self.refresh)
        document.changed.connect(self._on_changes)
        self._listening = True
        self.refresh()

    def network_id(self) -> str:
        return str(self.network.currentData())

    def refresh(self) -> None:
        """Show the slots in force for the chosen network and where they come from."""
        network_id = self.network_id()
        slots, source = time_slots.effective_slots(self.document.plan, network_id)
        self.model.show_table(as_table(slots), network(network_id).color)
        self.grid.resizeRowsToContents()
        self.source_note.setText(self._source_text(network_id, source))
        self.reset_button.setEnabled(source != time_slots.SOURCE_DEFAULT)

    def _source_text(self, network_id: str, source: str) -> str:
        if source == time_slots.SOURCE_STATISTICS:
            return self.tr(
                "In use: the client's own best hours, from the statistics. Editing them makes "
                "them this plan's slots; the defaults return with the button."
            )
        if source == time_slots.SOURCE_PLAN:
            return self.tr("In use: the slots edited for this plan.")
        sources = "\n".join("• " + s for s in slot_sources(network_id, ui_language()))
        return self.tr("In use: the defaults, from these sources:") + "\n" + sources

    def selected_cells(self) -> list[tuple[int, int]]:
        indexes = self.grid.selectionModel().selectedIndexes()
        return sorted((i.row(), i.column()) for i in indexes)

    def weigh_selection(self, weight: float) -> bool:
        cells = self.selected_cells()
        if not cells:
            return False
        return self.store(self.model.with_weight(cells, weight))

    def cycle(self, index: QModelIndex) -> bool:
        weight = next_weight(self.model.score(index))
        return self.store(self.model.with_weight([(index.row(), index.column())], weight))

    def store(self, table: SlotTable) -> bool:
        """Save the whole week of the network as the plan's slots (one undo step)."""
        plan = self.document.plan
        network_id = self.network_id()
        # Every hour is written, zeros included: an all-zero week stays the plan's
        # choice instead of falling back to the defaults.
        slots = [(day, hour, table.get((day, hour), 0.0)) for day in range(7) for hour in range(24)]
        name = network(network_id).name
        return self.document.apply(
            self.tr("Edit the time slots of %1").replace("%1", name),
            lambda: calendar_edits.set_time_slots(plan, network_id, slots),
        )

    def reset(self) -> bool:
        plan = self.document.plan
        network_id = self.network_id()
        name = network(network_id).name
        return self.document.apply(
            self.tr("Default time slots for %1").replace("%1", name),
            lambda: calendar_edits.default_time_slots(plan, network_id),
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(TIME_SLOTS):
            selected = self.selected_cells()
            self.refresh()
            for row, column in selected:
                self.grid.selectionModel().select(
                    self.model.index(row, column),
                    self.grid.selectionModel().SelectionFlag.Select,
                )

    def done(self, result: int) -> None:
        if self._listening:
            self._listening = False
            self.document.changed.disconnect(self._on_changes)
        super().done(result)
