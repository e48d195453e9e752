"""The editorial line kept: the calendar's share of posts per pillar, month by month,
against the mix set in the workshop.

A month drifts when a pillar's planned share is further from its target than the
tolerance (percentage points). Shares are of the month's posts that have a pillar
(the posts without one have their own warning); the targets are the workshop's
shares scaled to 100 % when they do not add up to it. A month with fewer than
MIN_POSTS posts with a pillar says too little to judge. No Qt, no SQL.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from smplanner.domain.post_refs import PostRef
from smplanner.domain.post_status import PostStatus
from smplanner.domain.strategy_refs import PillarRef

DEFAULT_TOLERANCE = 15.0  # percentage points
MIN_POSTS = 4


@dataclass(frozen=True)
class PillarShare:
    """One pillar in one month: its target and planned shares (percent) and posts."""

    pillar_id: int
    name: str
    target: float
    planned: float
    posts: int

    @property
    def gap(self) -> float:
        """Planned minus target, in percentage points (negative: too few posts)."""
        return self.planned - self.target


@dataclass(frozen=True)
class MonthMix:
    """The calendar's mix for one month (``month`` is its first day)."""

    month: date
    posts: int  # posts with a known pillar
    without_pillar: int
    shares: tuple[PillarShare, ...]
    to_publish: int = 0  # its posts not published yet: 0 = a month of history

    def drifting(self, tolerance: float = DEFAULT_TOLERANCE) -> list[PillarShare]:
        """The pillars beyond the tolerance, largest gap first (none for a thin month)."""
        if self.posts < MIN_POSTS or not any(s.target for s in self.shares):
            return []  # too few posts to judge, or no mix set in the workshop
        found = [s for s in self.shares if abs(s.gap) > tolerance]
        return sorted(found, key=lambda s: (-abs(s.gap), s.pillar_id))


def targets(pillars: Iterable[PillarRef]) -> dict[int, float]:
    """Pillar id -> target share in percent, scaled so that the shares make 100."""
    chosen = [p for p in pillars if (p.share_percent or 0) > 0]
    total = sum(p.share_percent or 0 for p in chosen)
    return {p.id: (p.share_percent or 0) * 100 / total for p in chosen} if total else {}


def monthly_mix(posts: Iterable[PostRef], pillars: list[PillarRef]) -> list[MonthMix]:
    """The mix of each month that has dated posts, in month order.

    Every pillar of the workshop is listed each month (a pillar with no post is the
    commonest drift); a post's pillar that the workshop no longer has counts as none.
    """
    goal = targets(pillars)
    known = {p.id for p in pillars}
    counts: dict[date, Counter[int]] = defaultdict(Counter)
    missing: Counter[date] = Counter()
    pending: Counter[date] = Counter()
    for post in posts:
        if post.scheduled_at is None:
            continue
        month = post.scheduled_at.date().replace(day=1)
        if post.status != PostStatus.PUBLISHED:
            pending[month] += 1
        if post.pillar_id in known:
            counts[month][post.pillar_id] += 1
        else:
            missing[month] += 1
    months = []
    for month in sorted(set(counts) | set(missing)):
        count = counts[month]
        total = sum(count.values())
        shares = tuple(
            PillarShare(
                p.id,
                p.name,
                round(goal.get(p.id, 0.0), 1),
                round(count[p.id] * 100 / total, 1) if total else 0.0,
                count[p.id],
            )
            for p in pillars
        )
        months.append(MonthMix(month, total, missing[month], shares, pending[month]))
    return months


def drifts(
    months: Iterable[MonthMix], tolerance: float = DEFAULT_TOLERANCE
) -> list[tuple[MonthMix, PillarShare]]:
    """Every (month, pillar) beyond the tolerance, month by month."""
    return [(month, share) for month in months for share in month.drifting(tolerance)]
