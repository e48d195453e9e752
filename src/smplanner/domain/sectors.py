"""The business sectors a plan can belong to (a data file, not code)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from smplanner.resources import load_json


@dataclass(frozen=True)
class Sector:
    id: str
    labels: dict[str, str]

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels["en"]


@cache
def all_sectors() -> tuple[Sector, ...]:
    """Sectors from resources/data/sectors.json, in display order."""
    raw = load_json("data", "sectors.json")["sectors"]
    return tuple(
        Sector(id=item["id"], labels={k: v for k, v in item.items() if k != "id"}) for item in raw
    )


def sector_label(sector_id: str, language: str) -> str:
    """The label for a stored sector id; free text typed by the user is shown as is."""
    for sector in all_sectors():
        if sector.id == sector_id:
            return sector.label(language)
    return sector_id
