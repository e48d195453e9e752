"""The year's key dates on the calendar grids: what each day shows, and the two
choices in the calendar's Settings menu (show them; Alsace-Moselle holidays).

Dates are computed a year at a time (a few dozen rules) and kept until a calendar
setting or the plan's sector changes; the grids ask per painted day.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from smplanner.domain.key_dates import KeyDate
from smplanner.services import calendar_key_dates
from smplanner.services.calendar_key_dates import KeyDateSettings
from smplanner.services.changes import Changes, Topic
from smplanner.ui.calendar.calendar_grid_view import CalendarGridView
from smplanner.ui.document import PlanDocument
from smplanner.ui.i18n import ui_language


class KeyDatesOverlay(QObject):
    """Key dates per day for the grids, and the Settings menu's two checkable actions."""

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._years: dict[int, dict[date, list[KeyDate]]] = {}
        self._settings: KeyDateSettings | None = None
        self.show_action = QAction(self.tr("Show key dates (holidays, sales…)"), self)
        self.show_action.setCheckable(True)
        self.alsace_action = QAction(self.tr("Alsace-Moselle public holidays"), self)
        self.alsace_action.setCheckable(True)
        self._sync_actions()
        self.show_action.toggled.connect(lambda on: self._choose(shown=on))
        self.alsace_action.toggled.connect(lambda on: self._choose(alsace_moselle=on))

    def attach(self, view: CalendarGridView) -> None:
        """Let a grid ask for the key dates of the days it paints."""
        view.key_date_names = self.names
        view.public_holiday = self.is_public_holiday
        view.key_date_tooltip = self.tooltip

    def tooltip(self, day: date) -> str:
        """Each key date of the day with where its date comes from."""
        lines = []
        for key in self.on_day(day):
            lines.append(f"{key.name(self.language)} — {key.source(self.language)}")
        return "\n".join(lines)

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.show_action)
        menu.addAction(self.alsace_action)

    @property
    def language(self) -> str:
        return ui_language()

    def settings(self) -> KeyDateSettings:
        if self._settings is None:
            self._settings = calendar_key_dates.key_date_settings(self.document.plan)
        return self._settings

    def on_day(self, day: date) -> list[KeyDate]:
        """The key dates covering ``day`` (public holidays first)."""
        year = self._years.get(day.year)
        if year is None:
            year = self._years[day.year] = calendar_key_dates.key_dates_between(
                self.document.plan, date(day.year, 1, 1), date(day.year + 1, 1, 1), self.settings()
            )
        return year.get(day, [])

    def names(self, day: date) -> list[str]:
        return [key.name(self.language) for key in self.on_day(day)]

    def is_public_holiday(self, day: date) -> bool:
        return any(key.is_public_holiday for key in self.on_day(day))

    def on_changes(self, changes: Changes) -> bool:
        """Forget what a change made stale; True when the grids must repaint."""
        if not changes.touches(Topic.CALENDAR_SETTINGS, Topic.PLAN_PROPERTIES):
            return False
        self._years.clear()
        self._settings = None
        self._sync_actions()
        return True

    def _sync_actions(self) -> None:
        chosen = self.settings()
        for action, on in (
            (self.show_action, chosen.shown),
            (self.alsace_action, chosen.alsace_moselle),
        ):
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
        self.alsace_action.setEnabled(chosen.shown)

    def _choose(self, **change: bool) -> None:
        from dataclasses import replace

        wanted = replace(self.settings(), **change)
        plan = self.document.plan
        self.document.apply(
            self.tr("Key dates on the calendar"),
            lambda: calendar_key_dates.set_key_date_settings(plan, wanted),
        )
        self._sync_actions()  # a refused change (read-only plan) puts the ticks back
