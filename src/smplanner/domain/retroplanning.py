"""Retro-planning: lay draft posts backwards from an event date, from a data-file template.

Each template step is an offset in days from D (negative = before). For each step
and network the planner picks a good free hour that day (or the nearest day within
the step's tolerance) that keeps the weekly cap, and lists what it could not place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from smplanner.domain.caps import fits_cap
from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import RuleSettings
from smplanner.domain.slots import SlotTable, peak_hours
from smplanner.domain.timing import is_night
from smplanner.resource_files import load_json

DEFAULT_HOUR = 10


@dataclass(frozen=True)
class TemplateStep:
    offset_days: int
    label: str  # English
    tolerance_days: int = 1
    label_fr: str = ""

    def label_in(self, language: str) -> str:
        """The step's title in the plan's language (English when none is given)."""
        return self.label_fr if language == "fr" and self.label_fr else self.label


@dataclass(frozen=True)
class RetroTemplate:
    id: str
    name: str
    steps: tuple[TemplateStep, ...]
    source: str = ""
    name_fr: str = ""

    def name_in(self, language: str) -> str:
        return self.name_fr if language == "fr" and self.name_fr else self.name


def post_title(event: str, retro: RetroTemplate, step: TemplateStep, language: str) -> str:
    """The title of a generated post, "Galette des rois — Teasing", in ``language``:
    the titles reach the calendar, the .ics and the client's PDF."""
    return f"{event.strip() or retro.name_in(language)} — {step.label_in(language)}"


@dataclass(frozen=True)
class PlannedPost:
    network: str
    scheduled_at: datetime
    step: TemplateStep


@dataclass(frozen=True)
class Unplaced:
    network: str
    step: TemplateStep
    reason: str  # "cap" (every candidate day is full) or "past" (before today)


def _template(item: dict[str, Any]) -> RetroTemplate:
    steps = tuple(
        TemplateStep(
            int(s["offset_days"]),
            str(s["label"]),
            int(s.get("tolerance_days", 1)),
            str(s.get("label_fr", "")),
        )
        for s in item["steps"]
    )
    return RetroTemplate(
        item["id"], item["name"], steps, item.get("source", ""), item.get("name_fr", "")
    )


@cache
def builtin_templates() -> tuple[RetroTemplate, ...]:
    """The templates shipped in resources/data/retroplanning_templates.json."""
    return tuple(
        _template(t) for t in load_json("data", "retroplanning_templates.json")["templates"]
    )


def template(template_id: str) -> RetroTemplate:
    for item in builtin_templates():
        if item.id == template_id:
            return item
    raise KeyError(f"unknown retro-planning template {template_id!r}")


def _best_hour(
    day: date, table: SlotTable, settings: RuleSettings, zone: ZoneInfo
) -> datetime | None:
    """The best recommended hour of ``day`` that the rules will not flag: not at night
    and not in the network's busiest slot (where the competition posts too); None when
    the day has no such hour."""
    peaks = peak_hours(table)
    ranked = sorted(
        ((score, hour) for (weekday, hour), score in table.items() if weekday == day.weekday()),
        reverse=True,
    )
    for _score, hour in [*ranked, (0.0, DEFAULT_HOUR)]:
        candidate = datetime.combine(day, time(hour), zone)
        if (day.weekday(), hour) not in peaks and not is_night(candidate, settings):
            return candidate
    return None


def _days(target: date, step: TemplateStep, weekend_flagged: bool) -> list[date]:
    """The days to try for a step: the exact day, then alternately earlier and later
    within its tolerance. Where weekend posts are flagged, weekend days are left out
    (and the search reaches two days further so that a step has a weekday to go to),
    except for D itself: the event is on that day."""
    reach = step.tolerance_days
    if weekend_flagged and step.offset_days != 0:
        reach += 2
    days = [target]
    for distance in range(1, reach + 1):
        days += [target - timedelta(days=distance), target + timedelta(days=distance)]
    if weekend_flagged and step.offset_days != 0:
        weekdays = [d for d in days if d.weekday() < 5]
        within = [d for d in weekdays if abs((d - target).days) <= step.tolerance_days]
        return within or weekdays[:1]
    return days


def lay_out(
    event_day: date,
    retro: RetroTemplate,
    networks: list[str],
    existing: list[PostRef],
    slots: dict[str, SlotTable],
    caps: dict[str, int],
    settings: RuleSettings,
    zone: ZoneInfo,
    *,
    today: date | None = None,
) -> tuple[list[PlannedPost], list[Unplaced]]:
    """Place one post per step and network; return (placed, unplaced with reasons)."""
    placed: list[PlannedPost] = []
    unplaced: list[Unplaced] = []
    # Planned posts count against the caps as they are placed.
    counted: list[PostRef] = list(existing)
    for step in retro.steps:
        target = event_day + timedelta(days=step.offset_days)
        for network in networks:
            candidates = _days(target, step, settings.warns_weekend(network))
            cap = caps.get(network) or settings.default_cap
            chosen: datetime | None = None
            reason = "cap"
            for day in candidates:
                if today is not None and day < today:
                    reason = "past"
                    continue
                moment = _best_hour(day, slots.get(network, {}), settings, zone)
                if moment is None:
                    continue
                if fits_cap(counted, network, moment, cap):
                    chosen = moment
                    break
                reason = "cap"
            if chosen is None:
                unplaced.append(Unplaced(network, step, reason))
                continue
            placed.append(PlannedPost(network, chosen, step))
            counted.append(PostRef(-len(counted) - 1, network, chosen, "draft", "", ""))
    return placed, unplaced
