"""The business sectors a plan can belong to (a data file, not code)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from smplanner.resource_files import load_json


@dataclass(frozen=True)
class Sector:
    id: str
    labels: dict[str, str]
    weekend_best: bool = False  # its customers come at the weekend (bakery, restaurant…)

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels["en"]


@cache
def all_sectors() -> tuple[Sector, ...]:
    """Sectors from resources/data/sectors.json, in display order."""
    raw = load_json("data", "sectors.json")["sectors"]
    return tuple(
        Sector(
            id=item["id"],
            labels={k: v for k, v in item.items() if isinstance(v, str) and k != "id"},
            weekend_best=bool(item.get("weekend_best", False)),
        )
        for item in raw
    )


def weekend_suits(sector_id: str) -> bool:
    """True for a trade whose customers come at the weekend: posting then is right."""
    return any(sector.id == sector_id and sector.weekend_best for sector in all_sectors())


def sector_label(sector_id: str, language: str) -> str:
    """The label for a stored sector id; free text typed by the user is shown as is."""
    for sector in all_sectors():
        if sector.id == sector_id:
            return sector.label(language)
    return sector_id
