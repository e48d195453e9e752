"""Plan versus actual: which planned post each imported post is.

A match by link or post id (a planned post whose text names it) wins outright;
otherwise the same network, a publish time close to the planned one and a similar
text. Each planned and each imported post is matched at most once, best first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher

MAX_HOURS = 6.0
MIN_SCORE = 0.5


@dataclass(frozen=True)
class ImportedPost:
    id: int
    network: str
    external_id: str
    link: str | None
    published_at: datetime | None
    text: str | None


@dataclass(frozen=True)
class PlannedPost:
    id: int
    network: str
    scheduled_at: datetime | None
    text: str


@dataclass(frozen=True)
class Match:
    imported_id: int
    planned_id: int
    how: str  # "link", "time_and_text"
    score: float


def _words(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").lower()))


def match_score(imported: ImportedPost, planned: PlannedPost) -> tuple[str, float] | None:
    """("link" | "time_and_text", score 0..1) or None when they cannot be the same post."""
    if imported.network != planned.network:
        return None
    if (imported.link and imported.link in planned.text) or (
        len(imported.external_id) >= 6 and imported.external_id in planned.text
    ):
        return "link", 1.0
    if imported.published_at is None or planned.scheduled_at is None:
        return None
    try:
        hours = abs((imported.published_at - planned.scheduled_at).total_seconds()) / 3600
    except TypeError:  # one naive, one aware: compare as wall-clock times
        hours = (
            abs(
                (
                    imported.published_at.replace(tzinfo=None)
                    - planned.scheduled_at.replace(tzinfo=None)
                ).total_seconds()
            )
            / 3600
        )
    if hours > MAX_HOURS:
        return None
    closeness = 1 - hours / MAX_HOURS
    likeness = SequenceMatcher(None, _words(imported.text), _words(planned.text)).ratio()
    score = 0.4 * closeness + 0.6 * likeness
    return ("time_and_text", round(score, 3)) if score >= MIN_SCORE else None


def match_posts(imported: Sequence[ImportedPost], planned: Sequence[PlannedPost]) -> list[Match]:
    """Greedy one-to-one matching, strongest pairs first."""
    candidates = []
    for post in imported:
        for plan_post in planned:
            found = match_score(post, plan_post)
            if found is not None:
                candidates.append(Match(post.id, plan_post.id, found[0], found[1]))
    candidates.sort(key=lambda m: -m.score)
    used_imported: set[int] = set()
    used_planned: set[int] = set()
    result = []
    for candidate in candidates:
        if candidate.imported_id in used_imported or candidate.planned_id in used_planned:
            continue
        used_imported.add(candidate.imported_id)
        used_planned.add(candidate.planned_id)
        result.append(candidate)
    return result
