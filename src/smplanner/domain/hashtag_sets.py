"""Hashtag sets: named groups of hashtags of the strategy (per content pillar or
campaign), inserted into a post from the composer. No Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from smplanner.domain.post_limits import hashtags_in


@dataclass(frozen=True)
class HashtagSet:
    name: str
    tags: str  # "#galette #épiphanie"
    pillar_id: int | None = None
    campaign_id: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "tags": self.tags,
            "pillar_id": self.pillar_id,
            "campaign_id": self.campaign_id,
        }

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> HashtagSet:
        return cls(
            str(values.get("name", "")),
            str(values.get("tags", "")),
            values.get("pillar_id"),
            values.get("campaign_id"),
        )


def normalised(tags: str) -> str:
    """'#galette #épiphanie' from 'galette, #épiphanie #galette' (each once, with '#')."""
    words = [w.strip(",;") for w in tags.replace(",", " ").split()]
    found: list[str] = []
    for word in words:
        if not word.strip("#"):
            continue
        tag = "#" + word.lstrip("#＃")
        if tag.casefold() not in (t.casefold() for t in found) and hashtags_in(tag):
            found.append(tag)
    return " ".join(found)


def merged(current: str, added: str) -> str:
    """``current`` with the hashtags of ``added`` it lacks, in order."""
    return normalised(f"{current} {added}")


def ordered_for(
    sets: list[HashtagSet], pillar_id: int | None, campaign_id: int | None
) -> list[HashtagSet]:
    """The sets of the post's campaign first, then of its pillar, then the others."""

    def rank(item: HashtagSet) -> int:
        if campaign_id is not None and item.campaign_id == campaign_id:
            return 0
        if pillar_id is not None and item.pillar_id == pillar_id:
            return 1
        return 2

    return sorted(sets, key=lambda item: (rank(item), item.name.casefold()))
