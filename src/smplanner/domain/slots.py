"""Recommended posting slots: defaults from resources/data/time_slots.json, scores 0..1.

A slot is (weekday 0=Monday, hour, score). A network's recommended hours are those
with a score above zero; its peak hours are those with the top score — where the
sources agree, and where the competition posts too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from smplanner.resource_files import load_json


@dataclass(frozen=True, order=True)
class Slot:
    weekday: int  # 0 = Monday
    hour: int  # local hour, 0..23
    score: float


SlotTable = dict[tuple[int, int], float]  # (weekday, hour) -> score


def _scores_from_sources(sources: list[dict[str, Any]]) -> SlotTable:
    totals: dict[tuple[int, int], float] = defaultdict(float)
    for source in sources:
        for window in source["windows"]:
            for day in window["days"]:
                for hour in range(window["from"], window["to"]):
                    totals[(day, hour)] += float(source["weight"])
    best = max(totals.values(), default=0.0)
    return {key: round(value / best, 3) for key, value in totals.items()} if best else {}


@cache
def default_slots(network: str) -> tuple[Slot, ...]:
    """The shipped recommendation for a network (the studies plus the method's heuristic)."""
    data = load_json("data", "time_slots.json")
    sources = [*data["networks"].get(network, []), data["heuristic"]]
    table = _scores_from_sources(sources)
    return tuple(sorted(Slot(day, hour, score) for (day, hour), score in table.items()))


def slot_sources(network: str, language: str = "en") -> list[str]:
    """The cited sources behind a network's defaults, for tooltips and the report, in
    ``language`` when the data file has it ("source_fr"), else in English."""
    data = load_json("data", "time_slots.json")
    key = f"source_{language}"
    return [
        str(item.get(key) or item["source"])
        for item in [*data["networks"].get(network, []), data["heuristic"]]
    ]


def as_table(slots: tuple[Slot, ...] | list[Slot]) -> SlotTable:
    return {(s.weekday, s.hour): s.score for s in slots if s.score > 0}


def score_at(table: SlotTable, moment: datetime) -> float:
    """Score of the slot holding this local time (0 when not recommended)."""
    return table.get((moment.weekday(), moment.hour), 0.0)


def peak_hours(table: SlotTable) -> set[tuple[int, int]]:
    """The (weekday, hour) pairs with the top score."""
    if not table:
        return set()
    best = max(table.values())
    return {key for key, value in table.items() if value >= best}


def validate_slots(slots: list[tuple[int, int, float]]) -> list[Slot]:
    """Check (weekday, hour, score) triples; ValueError names the bad one."""
    result = []
    for weekday, hour, score in slots:
        if not 0 <= weekday <= 6 or not 0 <= hour <= 23 or not score >= 0:
            raise ValueError(f"bad slot (weekday={weekday}, hour={hour}, score={score})")
        result.append(Slot(int(weekday), int(hour), float(score)))
    return sorted(result)
