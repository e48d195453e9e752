"""The key dates a plan's calendar shows, and the plan's choices about them.

The dates come from domain/key_dates.py for the plan's sector; the plan keeps
whether they are shown and whether the two Alsace-Moselle holidays count (a client
in Moselle, Bas-Rhin or Haut-Rhin), as a calendar setting: one undo step to change.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta

from smplanner.domain.key_dates import KeyDate, key_dates_by_day, key_dates_in_year
from smplanner.domain.retro_timeline import (
    TimelineEntry,
    key_dates_ahead,
    retro_timeline,
    timeline_span,
)
from smplanner.domain.retroplanning import template
from smplanner.services.calendar_queries import campaigns
from smplanner.services.changes import Changes, Edit, Topic, replacing
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import read_properties, read_setting, write_setting

SETTINGS_KEY = "calendar.key_dates"
_YEAR = timedelta(days=366)


@dataclass(frozen=True)
class KeyDateSettings:
    """Whether the calendar shows the key dates, and with Alsace-Moselle's holidays."""

    shown: bool = True
    alsace_moselle: bool = False


def key_date_settings(plan: PlanFile) -> KeyDateSettings:
    """The plan's choices (the defaults for a plan that never set them)."""
    stored = read_setting(plan, SETTINGS_KEY, {}) or {}
    return KeyDateSettings(
        shown=bool(stored.get("shown", True)),
        alsace_moselle=bool(stored.get("alsace_moselle", False)),
    )


def _write(plan: PlanFile, settings: KeyDateSettings) -> Changes:
    write_setting(plan, SETTINGS_KEY, asdict(settings))
    return Changes.of(Topic.CALENDAR_SETTINGS)


def set_key_date_settings(plan: PlanFile, settings: KeyDateSettings) -> Edit:
    """Change the choices as one undoable Edit (nothing when they are the same)."""
    return replacing(lambda: key_date_settings(plan), lambda s: _write(plan, s), settings)


def plan_sector(plan: PlanFile) -> str:
    return read_properties(plan).sector


def key_dates_between(
    plan: PlanFile, first: date, after: date, settings: KeyDateSettings | None = None
) -> dict[date, list[KeyDate]]:
    """Day -> key dates for the days of [first, after); empty when the plan hides them."""
    chosen = settings or key_date_settings(plan)
    if not chosen.shown:
        return {}
    return key_dates_by_day(first, after, plan_sector(plan), alsace_moselle=chosen.alsace_moselle)


def key_dates_of_year(plan: PlanFile, year: int) -> list[KeyDate]:
    """Every key date this plan sees in ``year`` (shown or not: reports, retro-planning)."""
    chosen = key_date_settings(plan)
    return key_dates_in_year(year, plan_sector(plan), alsace_moselle=chosen.alsace_moselle)


def key_dates_of_years(plan: PlanFile, first: date, last: date) -> list[KeyDate]:
    """Every key date this plan sees in the years from ``first`` to ``last``, by day."""
    found: list[KeyDate] = []
    for year in range(first.year, last.year + 1):
        found.extend(key_dates_of_year(plan, year))
    return found


def retro_timeline_of(
    plan: PlanFile, event_day: date, template_id: str, language: str
) -> list[TimelineEntry]:
    """The retro-planning's steps back from ``event_day`` with the plan's key dates and
    campaigns in those weeks (the year before is read too: a date may last into them)."""
    retro = template(template_id)
    first, last = timeline_span(event_day, retro)
    key_dates = key_dates_of_years(plan, date(first.year - 1, 1, 1), last)
    return retro_timeline(event_day, retro, key_dates, campaigns(plan), language)


def key_dates_to_plan_from(plan: PlanFile, today: date) -> list[KeyDate]:
    """The key dates of the coming twelve months: those a CM may plan backwards from."""
    return key_dates_ahead(key_dates_of_years(plan, today, today + _YEAR), today)
