"""What the window shows for an open plan: the read-only banner and the three tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from smplanner.services.changes import Changes
from smplanner.ui.document import PlanDocument
from smplanner.ui.read_only_banner import ReadOnlyBanner
from smplanner.ui.strategy.strategy_tab import StrategyTab
from smplanner.ui.tabs.lazy_tab import LazyTab

if TYPE_CHECKING:  # imported when first shown: the first frame needs neither
    from smplanner.ui.calendar.calendar_tab import CalendarTab
    from smplanner.ui.statistics.statistics_tab import StatisticsTab

STRATEGY, CALENDAR, STATISTICS = range(3)


class PlanView(QWidget):
    edit_properties_requested = Signal()
    save_copy_requested = Signal()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner: ReadOnlyBanner | None = None
        if document.plan.read_only_reason is not None:
            self.banner = ReadOnlyBanner(document.plan.read_only_reason)
            self.banner.save_copy_requested.connect(self.save_copy_requested)
            layout.addWidget(self.banner)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.strategy = StrategyTab(document)
        self.strategy.edit_properties_requested.connect(self.edit_properties_requested)
        self.calendar: LazyTab[CalendarTab] = LazyTab(self._make_calendar)
        self.statistics: LazyTab[StatisticsTab] = LazyTab(self._make_statistics)
        self.tabs.addTab(self.strategy, self.tr("Strategy"))
        self.tabs.addTab(self.calendar, self.tr("Calendar"))
        self.tabs.addTab(self.statistics, self.tr("Statistics"))
        layout.addWidget(self.tabs)
        document.changed.connect(self.on_changes)

    def _make_calendar(self) -> CalendarTab:
        from smplanner.ui.calendar.calendar_tab import CalendarTab

        return CalendarTab(self.document)

    def _make_statistics(self) -> StatisticsTab:
        from smplanner.ui.statistics.statistics_tab import StatisticsTab

        return StatisticsTab(self.document)

    def on_changes(self, changes: Changes) -> None:
        self.strategy.on_changes(changes)
        self.calendar.on_changes(changes)
        self.statistics.on_changes(changes)
