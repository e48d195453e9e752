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
from smplanner.domain.slots import SlotTable
from smplanner.domain.timing import is_night
from smplanner.resources import load_json

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


def _best_hour(day: date, table: SlotTable, settings: RuleSettings, zone: ZoneInfo) -> datetime:
    ranked = sorted(
        ((score, hour) for (weekday, hour), score in table.items() if weekday == day.weekday()),
        reverse=True,
    )
    for _score, hour in ranked:
        candidate = datetime.combine(day, time(hour), zone)
        if not is_night(candidate, settings):
            return candidate
    return datetime.combine(day, time(DEFAULT_HOUR), zone)


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
        # The exact day first, then alternately earlier and later within tolerance.
        candidates = [target]
        for distance in range(1, step.tolerance_days + 1):
            candidates += [target - timedelta(days=distance), target + timedelta(days=distance)]
        for network in networks:
            cap = caps.get(network) or settings.default_cap
            chosen: datetime | None = None
            reason = "cap"
            for day in candidates:
                if today is not None and day < today:
                    reason = "past"
                    continue
                moment = _best_hour(day, slots.get(network, {}), settings, zone)
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
