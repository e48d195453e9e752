"""The Calendar tab's period: which month or week is shown, in which view, and the
moves between them (a mixin of CalendarTab, which provides what is declared here).

Kept apart from the tab's building and its change notices (calendar_tab.py); its
words keep the CalendarTab translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, QTimer
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from smplanner.domain.post_refs import CampaignRef
from smplanner.domain.slots import as_table
from smplanner.services import calendar_queries
from smplanner.services.time_slots import all_effective_slots, slot_sources
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.calendar.calendar_grid_view import CalendarGridView
from smplanner.ui.calendar.calendar_toolbar import CalendarToolbar
from smplanner.ui.calendar.cells_model import CalendarCellsModel, Cell, month_cells, week_cells
from smplanner.ui.calendar.day_posts_cache import DayPostsCache
from smplanner.ui.calendar.key_dates_overlay import KeyDatesOverlay
from smplanner.ui.calendar.week_guide import SlotLegend, opening_hour
from smplanner.ui.qt_dates import qdate

MONTH, WEEK, AGENDA = range(3)
WEEK_HOURS = range(0, 24)
FIRST_VISIBLE_HOUR = 7


class CalendarPeriodMixin(QWidget):
    """The period half of CalendarTab."""

    plan: PlanFile
    mode: int
    anchor: date
    toolbar: CalendarToolbar
    period_label: QLabel
    stack: QStackedWidget
    slot_legend: SlotLegend
    key_dates: KeyDatesOverlay
    day_cache: DayPostsCache
    month_model: CalendarCellsModel
    month_view: CalendarGridView
    week_model: CalendarCellsModel
    week_selection: QItemSelectionModel
    week_view: CalendarGridView | None
    _warnings_timer: QTimer
    _prefetch_timer: QTimer
    _campaigns_cache: list[CampaignRef] | None
    _slots_cache: dict[str, dict[tuple[int, int], float]] | None
    # Methods of CalendarTab (annotations only: no shadowing).
    refresh_agenda: Callable[[], None]
    _wire_grid: Callable[[CalendarGridView], None]

    def _prefetch_neighbours(self) -> None:
        first, after = self.period()
        span = timedelta(days=7 if self.mode == WEEK else 42)
        self.day_cache.prefetch(first - span, first)
        self.day_cache.prefetch(after, after + span)

    def current_model(self) -> CalendarCellsModel:
        return self.week_model if self.mode == WEEK else self.month_model

    def current_grid(self) -> CalendarGridView | None:
        return (
            self.week_view if self.mode == WEEK else self.month_view if self.mode == MONTH else None
        )

    def period(self) -> tuple[date, date]:
        """First day and day after the last of what is shown."""
        if self.mode == WEEK:
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            return monday, monday + timedelta(days=7)
        cells = month_cells(self.anchor.year, self.anchor.month)
        return cells[0].day, cells[-1].day + timedelta(days=1)

    def show_period(self) -> None:
        """Show the period around ``anchor`` in the current mode."""
        locale = QLocale()
        if self.mode == WEEK:
            self._ensure_week_grid()
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            self.week_model.show_cells(week_cells(monday, WEEK_HOURS))
            if self.stack.currentIndex() == WEEK:
                self._open_week()
            self.period_label.setText(
                QCoreApplication.translate("CalendarTab", "Week of %1").replace(
                    "%1", locale.toString(qdate(monday), QLocale.FormatType.LongFormat)
                )
            )
        else:
            self.month_view.month = self.anchor.month
            self.month_model.show_cells(month_cells(self.anchor.year, self.anchor.month))
            self.period_label.setText(locale.toString(qdate(self.anchor), "MMMM yyyy"))
            if self.mode == AGENDA:
                self.refresh_agenda()
        self._warnings_timer.start()
        self._prefetch_timer.start()

    def _ensure_week_grid(self) -> CalendarGridView:
        if self.week_view is None:
            self._slots_cache: dict[str, dict[tuple[int, int], float]] | None = None
            self.week_view = CalendarGridView(self.week_model, self.week_selection, week=True)
            self.week_view.setAccessibleName(
                QCoreApplication.translate("CalendarTab", "Week calendar")
            )
            self.week_view.campaign_names = self._campaign_names
            self.key_dates.attach(self.week_view)
            self.week_view.shade = self._slot_shade
            self._wire_grid(self.week_view)
            old = self.stack.widget(WEEK)
            assert old is not None  # the placeholder put there when the tab was built
            self.stack.insertWidget(WEEK, self.week_view)
            self.stack.removeWidget(old)
            old.deleteLater()
        return self.week_view

    def _campaign_names(self, day: date) -> list[str]:
        if not hasattr(self, "_campaigns_cache") or self._campaigns_cache is None:
            self._campaigns_cache = calendar_queries.campaigns(self.plan)
        return [c.name for c in self._campaigns_cache if c.covers(day)]

    def _slot_shade(self, cell: Cell) -> float:
        """Best score of the shown networks at this hour (filter narrows to one network)."""
        if getattr(self, "_slots_cache", None) is None:
            self._slots_cache = {n: as_table(s) for n, s in all_effective_slots(self.plan).items()}
        assert self._slots_cache is not None and cell.hour is not None
        wanted = self.toolbar.network_filter.currentData()
        tables = [self._slots_cache[wanted]] if wanted else list(self._slots_cache.values())
        return max((t.get((cell.day.weekday(), cell.hour), 0.0) for t in tables), default=0.0)

    def set_mode(self, mode: int) -> None:
        self.mode = mode
        self.show_period()
        self.stack.setCurrentIndex(mode)
        self.slot_legend.setVisible(mode == WEEK)
        if mode == WEEK:
            self._open_week()

    def _open_week(self) -> None:
        """Scroll to the usual first hour, or to the week's first post if earlier, and
        say where the shading comes from."""
        if self.week_view is None:
            return
        view = self.week_view
        view.updateGeometries()
        hour = opening_hour(self.week_model, FIRST_VISIBLE_HOUR)
        view.verticalScrollBar().setValue(hour * view.grid().row_height)
        self.slot_legend.set_sources(slot_sources(self.plan))

    def step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.anchor += timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.show_period()

    def go_today(self) -> None:
        self.anchor = date.today()
        self.show_period()

    def go_to(self, day: date) -> None:
        self.anchor = day
        self.show_period()
