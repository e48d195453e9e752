"""The Calendar tab's period: which month or week is shown, in which view, and the
moves between them. A part the tab owns (``tab.period``): it drives the grids, the
view stack and the period's label, and is given those, not the tab.

Kept apart from the tab's building and its change notices (calendar_tab.py); its
words keep the CalendarTab translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale
from PySide6.QtWidgets import QStackedWidget

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


class PeriodGrids:
    """The month and week grids with their models and selections (the week's view is
    built on first use), and the stack that shows one of them or the agenda."""

    def __init__(
        self,
        stack: QStackedWidget,
        month_model: CalendarCellsModel,
        month_selection: QItemSelectionModel,
        month_view: CalendarGridView,
        week_model: CalendarCellsModel,
        week_selection: QItemSelectionModel,
    ) -> None:
        self.stack = stack
        self.month_model = month_model
        self.month_selection = month_selection
        self.month_view = month_view
        self.week_model = week_model
        self.week_selection = week_selection
        self.week_view: CalendarGridView | None = None


class CalendarPeriod:
    """The period shown (``mode``, ``anchor``) and the moves between periods."""

    def __init__(
        self,
        plan: PlanFile,
        grids: PeriodGrids,
        toolbar: CalendarToolbar,
        slot_legend: SlotLegend,
        key_dates: KeyDatesOverlay,
        day_cache: DayPostsCache,
        *,
        wire_grid: Callable[[CalendarGridView], None],
        refresh_agenda: Callable[[], None],
        shown: Callable[[], None],
    ) -> None:
        """``wire_grid`` connects the week's grid once built; ``refresh_agenda`` fills
        the agenda; ``shown`` follows every period shown (the deferred reads)."""
        self.plan = plan
        self.grids = grids
        self.toolbar = toolbar
        self.slot_legend = slot_legend
        self.key_dates = key_dates
        self.day_cache = day_cache
        self._wire_grid = wire_grid
        self._refresh_agenda = refresh_agenda
        self._shown = shown
        self.anchor = date.today()
        self.mode = MONTH
        self._campaigns_cache: list[CampaignRef] | None = None
        self._slots_cache: dict[str, dict[tuple[int, int], float]] | None = None
        grids.month_view.campaign_names = self.campaign_names

    @property
    def week_view(self) -> CalendarGridView | None:
        return self.grids.week_view

    def forget_campaigns(self) -> None:
        self._campaigns_cache = None

    def forget_slots(self) -> None:
        self._slots_cache = None

    def prefetch_neighbours(self) -> None:
        first, after = self.span()
        span = timedelta(days=7 if self.mode == WEEK else 42)
        self.day_cache.prefetch(first - span, first)
        self.day_cache.prefetch(after, after + span)

    def current_model(self) -> CalendarCellsModel:
        return self.grids.week_model if self.mode == WEEK else self.grids.month_model

    def current_grid(self) -> CalendarGridView | None:
        grids = self.grids
        return (
            grids.week_view
            if self.mode == WEEK
            else grids.month_view
            if self.mode == MONTH
            else None
        )

    def current_selection(self) -> QItemSelectionModel:
        """The selection of the grid shown (the month's under the agenda)."""
        return self.grids.week_selection if self.mode == WEEK else self.grids.month_selection

    def span(self) -> tuple[date, date]:
        """First day and day after the last of what is shown."""
        if self.mode == WEEK:
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            return monday, monday + timedelta(days=7)
        cells = month_cells(self.anchor.year, self.anchor.month)
        return cells[0].day, cells[-1].day + timedelta(days=1)

    def show(self) -> None:
        """Show the period around ``anchor`` in the current mode."""
        locale = QLocale()
        grids = self.grids
        if self.mode == WEEK:
            self._ensure_week_grid()
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            grids.week_model.show_cells(week_cells(monday, WEEK_HOURS))
            if grids.stack.currentIndex() == WEEK:
                self._open_week()
            self.toolbar.period_label.setText(
                QCoreApplication.translate("CalendarTab", "Week of %1").replace(
                    "%1", locale.toString(qdate(monday), QLocale.FormatType.LongFormat)
                )
            )
        else:
            grids.month_view.month = self.anchor.month
            grids.month_model.show_cells(month_cells(self.anchor.year, self.anchor.month))
            self.toolbar.period_label.setText(locale.toString(qdate(self.anchor), "MMMM yyyy"))
            if self.mode == AGENDA:
                self._refresh_agenda()
        self._shown()

    def _ensure_week_grid(self) -> CalendarGridView:
        grids = self.grids
        if grids.week_view is None:
            self._slots_cache = None
            view = CalendarGridView(grids.week_model, grids.week_selection, week=True)
            view.setAccessibleName(QCoreApplication.translate("CalendarTab", "Week calendar"))
            view.campaign_names = self.campaign_names
            self.key_dates.attach(view)
            view.shade = self._slot_shade
            grids.week_view = view
            self._wire_grid(view)
            old = grids.stack.widget(WEEK)
            assert old is not None  # the placeholder put there when the tab was built
            grids.stack.insertWidget(WEEK, view)
            grids.stack.removeWidget(old)
            old.deleteLater()
        return grids.week_view

    def campaign_names(self, day: date) -> list[str]:
        """The campaigns running on ``day`` (the grids' ribbons)."""
        if self._campaigns_cache is None:
            self._campaigns_cache = calendar_queries.campaigns(self.plan)
        return [c.name for c in self._campaigns_cache if c.covers(day)]

    def _slot_shade(self, cell: Cell) -> float:
        """Best score of the shown networks at this hour (filter narrows to one network)."""
        if self._slots_cache is None:
            self._slots_cache = {n: as_table(s) for n, s in all_effective_slots(self.plan).items()}
        assert cell.hour is not None
        wanted = self.toolbar.network_filter.currentData()
        tables = [self._slots_cache[wanted]] if wanted else list(self._slots_cache.values())
        return max((t.get((cell.day.weekday(), cell.hour), 0.0) for t in tables), default=0.0)

    def set_mode(self, mode: int) -> None:
        self.mode = mode
        self.show()
        self.grids.stack.setCurrentIndex(mode)
        self.slot_legend.setVisible(mode == WEEK)
        if mode == WEEK:
            self._open_week()

    def _open_week(self) -> None:
        """Scroll to the usual first hour, or to the week's first post if earlier, and
        say where the shading comes from."""
        view = self.grids.week_view
        if view is None:
            return
        view.updateGeometries()
        hour = opening_hour(self.grids.week_model, FIRST_VISIBLE_HOUR)
        view.verticalScrollBar().setValue(hour * view.grid().row_height)
        self.slot_legend.set_sources(slot_sources(self.plan))

    def step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.anchor += timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.show()

    def go_today(self) -> None:
        self.anchor = date.today()
        self.show()

    def go_to(self, day: date) -> None:
        self.anchor = day
        self.show()
