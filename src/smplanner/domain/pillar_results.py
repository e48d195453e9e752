"""The editorial line in the statistics: per content pillar, the mix set in the
workshop, the share of the period's planned posts, the share of its published posts,
and the interactions its published posts brought (from the figures matched to them);
and the same engagement per campaign.

Shares are of the posts that have a pillar the workshop still has (as in
domain/pillar_mix.py); the others are counted apart. A pillar drifts when its
published share is further from its target than the tolerance. No Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from smplanner.domain.kpi import interactions
from smplanner.domain.pillar_mix import DEFAULT_TOLERANCE, targets
from smplanner.domain.post_refs import CampaignRef, PostRef
from smplanner.domain.post_status import PostStatus
from smplanner.domain.strategy_refs import PillarRef


@dataclass(frozen=True)
class PillarResult:
    """One pillar over the period."""

    pillar_id: int
    name: str
    target: float  # percent of the mix set in the workshop (0: none set)
    planned: int  # dated posts of the period, whatever their status
    published: int
    planned_share: float  # percent of the period's planned posts with a pillar
    published_share: float
    measured: int  # published posts with imported figures
    interactions: float

    @property
    def mean(self) -> float | None:
        """Interactions per measured post (None before any figure is imported)."""
        return self.interactions / self.measured if self.measured else None

    @property
    def gap(self) -> float:
        """Published share minus target, in percentage points."""
        return self.published_share - self.target


@dataclass(frozen=True)
class CampaignResult:
    """One campaign's posts in the period: planned, published, what they brought."""

    campaign_id: int
    name: str
    planned: int
    published: int
    measured: int
    interactions: float

    @property
    def mean(self) -> float | None:
        return self.interactions / self.measured if self.measured else None


@dataclass(frozen=True)
class PillarResults:
    rows: tuple[PillarResult, ...]
    planned: int  # posts with a pillar
    published: int
    planned_without_pillar: int
    published_without_pillar: int
    tolerance: float = DEFAULT_TOLERANCE
    campaigns: tuple[CampaignResult, ...] = ()  # those with posts in the period

    @property
    def has_mix(self) -> bool:
        return any(row.target for row in self.rows)

    def drifts(self, row: PillarResult) -> bool:
        """Whether ``row``'s published share strays beyond the tolerance from its target
        (a pillar with no post published while others have some strays the most)."""
        return self.published > 0 and row.target > 0 and abs(row.gap) > self.tolerance

    def drifting(self) -> list[PillarResult]:
        return [row for row in self.rows if self.drifts(row)]


def _in_period(post: PostRef, first: date | None, after: date | None) -> bool:
    if post.scheduled_at is None:
        return False
    day = post.scheduled_at.date()
    return (first is None or day >= first) and (after is None or day < after)


def _brought(post: PostRef, figures: dict[int, dict[str, float]]) -> float | None:
    """A published post's interactions (None: not published, or no figure for it)."""
    metrics = figures.get(post.id) if post.status == PostStatus.PUBLISHED else None
    return interactions(post.network, metrics) if metrics else None


def campaign_results(
    posts: Iterable[PostRef],
    campaigns: Iterable[CampaignRef],
    figures: dict[int, dict[str, float]],
    first: date | None = None,
    after: date | None = None,
) -> tuple[CampaignResult, ...]:
    """Engagement per campaign over the posts dated in [first, after) that belong to
    one, in the campaigns' order; a campaign with no post in the period is left out."""
    names = {c.id: c.name for c in campaigns}
    counts: dict[int, list[float]] = {}  # id -> [planned, published, measured, brought]
    for post in posts:
        if post.campaign_id not in names or not _in_period(post, first, after):
            continue
        assert post.campaign_id is not None
        tally = counts.setdefault(post.campaign_id, [0, 0, 0, 0.0])
        tally[0] += 1
        tally[1] += post.status == PostStatus.PUBLISHED
        count = _brought(post, figures)
        if count is not None:
            tally[2] += 1
            tally[3] += count
    return tuple(
        CampaignResult(cid, name, int(t[0]), int(t[1]), int(t[2]), t[3])
        for cid, name in names.items()
        if (t := counts.get(cid)) is not None
    )


def _share(count: int, total: int) -> float:
    return round(count * 100 / total, 1) if total else 0.0


def pillar_results(
    posts: Iterable[PostRef],
    pillars: list[PillarRef],
    figures: dict[int, dict[str, float]],
    first: date | None = None,
    after: date | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
) -> PillarResults:
    """Every pillar of the workshop over the posts dated in [first, after) (all dated
    posts when a bound is None), in the workshop's order."""
    goal = targets(pillars)
    known = {p.id for p in pillars}
    planned = dict.fromkeys(known, 0)
    published = dict.fromkeys(known, 0)
    measured = dict.fromkeys(known, 0)
    brought = dict.fromkeys(known, 0.0)
    without = [0, 0]
    for post in posts:
        if post.scheduled_at is None:
            continue
        day = post.scheduled_at.date()
        if (first is not None and day < first) or (after is not None and day >= after):
            continue
        is_published = post.status == PostStatus.PUBLISHED
        if post.pillar_id not in known:
            without[0] += 1
            without[1] += is_published
            continue
        pillar = post.pillar_id
        assert pillar is not None
        planned[pillar] += 1
        if not is_published:
            continue
        published[pillar] += 1
        metrics = figures.get(post.id)
        count = interactions(post.network, metrics) if metrics else None
        if count is not None:
            measured[pillar] += 1
            brought[pillar] += count
    total_planned, total_published = sum(planned.values()), sum(published.values())
    rows = tuple(
        PillarResult(
            p.id,
            p.name,
            round(goal.get(p.id, 0.0), 1),
            planned[p.id],
            published[p.id],
            _share(planned[p.id], total_planned),
            _share(published[p.id], total_published),
            measured[p.id],
            brought[p.id],
        )
        for p in pillars
    )
    return PillarResults(rows, total_planned, total_published, without[0], without[1], tolerance)
