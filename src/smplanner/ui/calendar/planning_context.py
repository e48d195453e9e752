"""What the calendar's planning dialogs (suggest a slot, series, variants, campaigns,
retro-planning) use of the tab that opens them: not the tab, these few parts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget

from smplanner.storage.plan_file import PlanFile
from smplanner.ui.calendar.calendar_actions import CalendarActions
from smplanner.ui.document import PlanDocument


@dataclass(frozen=True)
class PlanningContext:
    parent: QWidget  # what the dialogs open over
    document: PlanDocument
    zone: ZoneInfo  # the plan's: times are shown and typed in it
    anchor: date  # a day of the period shown (a new campaign starts there)
    actions: CalendarActions  # each change one undo step
    go_to: Callable[[date], None]  # show the period holding a day

    @property
    def plan(self) -> PlanFile:
        return self.document.plan
