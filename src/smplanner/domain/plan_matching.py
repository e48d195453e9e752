"""Plan versus actual: which planned post each imported post is.

A match by link or post id (a planned post whose text names it) wins outright;
otherwise the same network, a publish time close to the planned one and a similar
text. Each planned and each imported post is matched at most once, best first.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
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
    """Greedy one-to-one matching, strongest pairs first.

    Only plausible pairs are scored: planned posts of the same network scheduled
    within MAX_HOURS (found by bisecting sorted times), and, for link matches, the
    planned posts whose text holds a link or a long number. Comparing every imported
    post with every planned one took minutes on a large plan.
    """
    index = _PlannedIndex(planned)
    candidates = []
    for post in imported:
        for plan_post in index.candidates_for(post):
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


# A text that can name a published post: a web link or a post id (6+ digits); on
# YouTube also a bare 11-character video id (it has a digit or a capital letter, which
# tells it from an ordinary long word such as "boulangerie").
_LINKISH = re.compile(r"://|www\.|\d{6,}")
_VIDEO_ID = re.compile(r"(?<![\w-])(?=[\w-]*[0-9A-Z])[\w-]{11}(?![\w-])")
_WINDOW = MAX_HOURS * 3600


class _PlannedIndex:
    """Planned posts by network: sorted by absolute and by wall-clock time, and linkish."""

    def __init__(self, planned: Sequence[PlannedPost]) -> None:
        self._absolute: dict[str, tuple[list[float], list[PlannedPost]]] = {}
        self._wall: dict[str, tuple[list[float], list[PlannedPost]]] = {}
        self._linkish: dict[str, list[PlannedPost]] = {}
        self._order = {id(post): order for order, post in enumerate(planned)}
        absolute: dict[str, list[tuple[float, int, PlannedPost]]] = {}
        wall: dict[str, list[tuple[float, int, PlannedPost]]] = {}
        for order, post in enumerate(planned):
            if _LINKISH.search(post.text) or (
                post.network == "youtube" and _VIDEO_ID.search(post.text)
            ):
                self._linkish.setdefault(post.network, []).append(post)
            moment = post.scheduled_at
            if moment is None:
                continue
            wall.setdefault(post.network, []).append((_wall_seconds(moment), order, post))
            if moment.tzinfo is not None:
                absolute.setdefault(post.network, []).append((moment.timestamp(), order, post))
        for source, target in ((absolute, self._absolute), (wall, self._wall)):
            for network, rows in source.items():
                rows.sort(key=lambda row: (row[0], row[1]))
                target[network] = ([row[0] for row in rows], [row[2] for row in rows])

    def candidates_for(self, post: ImportedPost) -> list[PlannedPost]:
        found: dict[int, PlannedPost] = {p.id: p for p in self._linkish.get(post.network, [])}
        moment = post.published_at
        if moment is not None:
            if moment.tzinfo is not None:
                # aware vs aware compares instants; aware vs naive compares wall clocks
                found.update(_within(self._absolute.get(post.network), moment.timestamp()))
                naive_only = [
                    p
                    for p in _within(self._wall.get(post.network), _wall_seconds(moment)).values()
                    if p.scheduled_at is not None and p.scheduled_at.tzinfo is None
                ]
                found.update((p.id, p) for p in naive_only)
            else:
                found.update(_within(self._wall.get(post.network), _wall_seconds(moment)))
        # Planned order, as the exhaustive comparison had: equal scores break the same way.
        return sorted(found.values(), key=lambda p: self._order[id(p)])


def _wall_seconds(moment: datetime) -> float:
    naive = moment.replace(tzinfo=None)
    return (naive - datetime(1970, 1, 1)).total_seconds()


def _within(
    table: tuple[list[float], list[PlannedPost]] | None, seconds: float
) -> dict[int, PlannedPost]:
    if table is None:
        return {}
    keys, posts = table
    low = bisect_left(keys, seconds - _WINDOW)
    high = bisect_right(keys, seconds + _WINDOW)
    return {post.id: post for post in posts[low:high]}
