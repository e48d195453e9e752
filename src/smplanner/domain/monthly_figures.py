"""The figures of a month for the client's monthly report: what was published against
what was planned, each post's interactions (from the imported statistics matched to
the planned posts), the top and flop posts, engagement by network, pillar and time
slot, and the previous month's totals to compare with. No Qt, no SQL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from smplanner.domain.kpi import interactions
from smplanner.domain.post_refs import PostRef
from smplanner.domain.post_status import PostStatus

TOP_COUNT = 3
# Time slots as a community manager reads them (local hours, start included).
SLOTS = (("morning", 6, 12), ("afternoon", 12, 18), ("evening", 18, 24), ("night", 0, 6))


@dataclass(frozen=True)
class PostResult:
    post: PostRef
    interactions: float
    reach: float | None


@dataclass(frozen=True)
class GroupFigures:
    """Posts of one network, pillar or slot: how many, with figures, and interactions."""

    key: str
    posts: int
    measured: int
    interactions: float

    @property
    def mean(self) -> float | None:
        return self.interactions / self.measured if self.measured else None


@dataclass(frozen=True)
class MonthFigures:
    month: date
    planned: dict[str, int]  # network -> dated posts of the month
    published: dict[str, int]
    results: list[PostResult]  # the posts with figures, best first
    by_network: list[GroupFigures]
    by_pillar: list[GroupFigures]
    by_slot: list[GroupFigures]

    @property
    def total_interactions(self) -> float:
        return sum(r.interactions for r in self.results)

    def top(self) -> list[PostResult]:
        return self.results[:TOP_COUNT]

    def flop(self) -> list[PostResult]:
        """The weakest posts, weakest first, none of them also in the top."""
        rest = self.results[TOP_COUNT:]
        return list(reversed(rest[-TOP_COUNT:]))


def month_after(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def month_before(month: date) -> date:
    return date(month.year - (month.month == 1), (month.month - 2) % 12 + 1, 1)


def _slot(post: PostRef) -> str:
    assert post.scheduled_at is not None
    hour = post.scheduled_at.hour
    return next(name for name, start, end in SLOTS if start <= hour < end)


def _groups(
    results: list[PostResult], posts: list[PostRef], key_of: Callable[[PostRef], str]
) -> list[GroupFigures]:
    count: dict[str, int] = defaultdict(int)
    measured: dict[str, int] = defaultdict(int)
    total: dict[str, float] = defaultdict(float)
    for post in posts:
        count[key_of(post)] += 1
    for result in results:
        key = key_of(result.post)
        measured[key] += 1
        total[key] += result.interactions
    groups = [GroupFigures(k, count[k], measured[k], total[k]) for k in count]
    return sorted(groups, key=lambda g: (-(g.mean or 0), g.key))


def month_figures(
    month: date,
    posts: Iterable[PostRef],
    figures: dict[int, dict[str, float]],
    pillar_names: dict[int, str],
    no_pillar: str = "",
) -> MonthFigures:
    """The month's figures from its dated posts and the figures matched to them."""
    first = month.replace(day=1)
    return period_figures(first, month_after(first), posts, figures, pillar_names, no_pillar)


def period_figures(
    first: date,
    after: date,
    posts: Iterable[PostRef],
    figures: dict[int, dict[str, float]],
    pillar_names: dict[int, str],
    no_pillar: str = "",
) -> MonthFigures:
    """The figures of the days [first, after) (a quarter, a campaign): ``month`` is
    ``first``."""
    chosen = [
        p for p in posts if p.scheduled_at is not None and first <= p.scheduled_at.date() < after
    ]
    planned: dict[str, int] = defaultdict(int)
    published: dict[str, int] = defaultdict(int)
    results = []
    for post in chosen:
        planned[post.network] += 1
        if post.status == PostStatus.PUBLISHED:
            published[post.network] += 1
        metrics = figures.get(post.id)
        count = interactions(post.network, metrics) if metrics else None
        if count is not None:
            results.append(PostResult(post, count, metrics.get("reach") if metrics else None))
    results.sort(key=lambda r: (-r.interactions, r.post.id))

    def pillar(post: PostRef) -> str:
        return pillar_names.get(post.pillar_id or -1, no_pillar)

    return MonthFigures(
        first,
        dict(planned),
        dict(published),
        results,
        _groups(results, chosen, lambda p: p.network),
        _groups(results, chosen, pillar),
        _groups(results, chosen, _slot),
    )
