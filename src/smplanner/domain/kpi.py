"""KPI formulas (EXPORT_FORMATS.md), pure and labelled with their denominators.

An engagement rate always says what it was divided by (reach, followers,
impressions or views); rates with different denominators are never averaged or
compared: ``mean_rate`` refuses them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from smplanner.domain import stat_records as m
from smplanner.domain.networks import NetworkId

BY_REACH = "reach"
BY_FOLLOWERS = "followers"
BY_IMPRESSIONS = "impressions"
BY_VIEWS = "views"

T = TypeVar("T")


@dataclass(frozen=True)
class Rate:
    """A percentage and what it was divided by; ``value`` is None if it cannot be computed."""

    value: float | None
    denominator: str

    @property
    def label(self) -> str:
        shown = "—" if self.value is None else f"{self.value:.2f} %"
        return f"{shown} (by {self.denominator})"


def _percent(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or not denominator:
        return None
    return numerator / denominator * 100


# The post formulas as data: the one source for Python (below) and SQL
# (storage/statistics_post_figures.py compiles these same tables into the
# expressions SQLite sorts and ranks by), so that the two cannot drift.
INTERACTION_TOTALS: tuple[str, ...] = (m.INTERACTIONS, m.ENGAGEMENTS)  # first given wins
DEFAULT_INTERACTION_PARTS: tuple[str, ...] = (m.LIKES, m.REACTIONS, m.COMMENTS, m.SHARES, m.SAVES)
INTERACTION_PARTS: dict[str, tuple[str, ...]] = {  # networks that count otherwise
    NetworkId.LINKEDIN: (m.CLICKS, m.LIKES, m.COMMENTS, m.SHARES, m.NEW_FOLLOWERS),
}
CLICK_FIGURES: tuple[str, ...] = (m.CLICKS, m.LINK_CLICKS)  # a post's clicks: first given


def interactions(network: str, metrics: dict[str, float]) -> float | None:
    """A post's interactions as its network counts them.

    Facebook: ``Reactions, Comments and Shares``; X and LinkedIn: engagements (for
    LinkedIn clicks, likes, comments, reposts and follows); elsewhere likes or
    reactions + comments + shares + saves. None when no figure is present.
    """
    for total in INTERACTION_TOTALS:
        if total in metrics:
            return metrics[total]
    parts = INTERACTION_PARTS.get(network, DEFAULT_INTERACTION_PARTS)
    present = [metrics[name] for name in parts if name in metrics]
    return sum(present) if present else None


def engagement_rate_by_reach(interaction_count: float | None, reach: float | None) -> Rate:
    """Interactions ÷ reach × 100."""
    return Rate(_percent(interaction_count, reach), BY_REACH)


def engagement_rate_by_followers(interaction_count: float | None, followers: float | None) -> Rate:
    """Interactions ÷ followers on the posting day × 100."""
    return Rate(_percent(interaction_count, followers), BY_FOLLOWERS)


def engagement_rate_by_impressions(engagements: float | None, impressions: float | None) -> Rate:
    """Engagements ÷ impressions × 100 (X, LinkedIn)."""
    return Rate(_percent(engagements, impressions), BY_IMPRESSIONS)


def engagement_rate_by_views(interaction_count: float | None, views: float | None) -> Rate:
    """Interactions ÷ views × 100 (TikTok and YouTube give views, not reach)."""
    return Rate(_percent(interaction_count, views), BY_VIEWS)


# The denominator each network's own analytics use for a post.
NATURAL_DENOMINATOR: dict[str, str] = {
    NetworkId.FACEBOOK: BY_REACH,
    NetworkId.INSTAGRAM: BY_REACH,
    NetworkId.X: BY_IMPRESSIONS,
    NetworkId.LINKEDIN: BY_IMPRESSIONS,
    NetworkId.TIKTOK: BY_VIEWS,
    NetworkId.YOUTUBE: BY_VIEWS,
    NetworkId.PINTEREST: BY_IMPRESSIONS,
    NetworkId.THREADS: BY_VIEWS,
    NetworkId.SNAPCHAT: BY_VIEWS,
}


# The figure each denominator divides by.
DENOMINATOR_METRIC: dict[str, str] = {
    BY_REACH: m.REACH,
    BY_IMPRESSIONS: m.IMPRESSIONS,
    BY_VIEWS: m.VIEWS,
    BY_FOLLOWERS: m.FOLLOWERS,
}


def post_engagement_rate(
    network: str, metrics: dict[str, float], denominator: str | None = None
) -> Rate:
    """A post's engagement rate by the network's natural denominator (or the one asked)."""
    chosen = denominator or NATURAL_DENOMINATOR.get(network, BY_REACH)
    if chosen not in DENOMINATOR_METRIC:
        chosen = BY_FOLLOWERS
    count = interactions(network, metrics)
    return Rate(_percent(count, metrics.get(DENOMINATOR_METRIC[chosen])), chosen)


def post_click_through_rate(metrics: dict[str, float]) -> float | None:
    """A post's clicks (or link clicks) ÷ its impressions × 100."""
    clicks = next((metrics[name] for name in CLICK_FIGURES if name in metrics), None)
    return click_through_rate(clicks, metrics.get(m.IMPRESSIONS))


def mean_rate(rates: Sequence[Rate]) -> Rate:
    """Mean of rates with one denominator; ValueError if denominators differ."""
    denominators = {rate.denominator for rate in rates}
    if len(denominators) > 1:
        raise ValueError(
            "rates divided by different things cannot be averaged: "
            + ", ".join(sorted(denominators))
        )
    values = [rate.value for rate in rates if rate.value is not None]
    denominator = denominators.pop() if denominators else BY_REACH
    return Rate(sum(values) / len(values) if values else None, denominator)


def click_through_rate(clicks: float | None, impressions: float | None) -> float | None:
    """Clicks ÷ impressions × 100."""
    return _percent(clicks, impressions)


def follower_growth_rate(start: float | None, end: float | None) -> float | None:
    """(end − start) ÷ start × 100."""
    if start is None or end is None or not start:
        return None
    return (end - start) / start * 100


def average_watch_time(total_play_seconds: float | None, views: float | None) -> float | None:
    """Total play time ÷ views (replays included), in seconds."""
    if total_play_seconds is None or not views:
        return None
    return total_play_seconds / views


def completion_rate(completed_views: float | None, views: float | None) -> float | None:
    """Views that reached the end ÷ views × 100 ("Watched full video")."""
    return _percent(completed_views, views)


def period_total(series: Iterable[tuple[date, float]], start: date, end: date) -> float:
    """Sum of a daily series between two days included (reach, impressions per period)."""
    return sum(value for day, value in series if start <= day <= end)


def period_start(day: date, period: str) -> date:
    """The first day of the day's week (Monday) or month; the day itself for "day"."""
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return day


def aggregate(
    series: Iterable[tuple[date, float]], period: str, how: str = "sum"
) -> list[tuple[date, float]]:
    """A daily series by week or month: summed (counts) or last value (followers)."""
    buckets: dict[date, float] = {}
    for day, value in sorted(series):
        key = period_start(day, period)
        if how == "last" or key not in buckets:
            buckets[key] = value if how == "last" else buckets.get(key, 0.0) + value
        else:
            buckets[key] += value
    return sorted(buckets.items())


def pillar_shares(pillar_ids: Iterable[int | None]) -> dict[int | None, float]:
    """Share of posts (percent) per content pillar; None gathers posts with no pillar."""
    counts: dict[int | None, int] = {}
    for pillar in pillar_ids:
        counts[pillar] = counts.get(pillar, 0) + 1
    total = sum(counts.values())
    return {pillar: count / total * 100 for pillar, count in counts.items()} if total else {}


def best_and_worst(
    items: Iterable[T], score: Callable[[T], float | None], count: int = 3
) -> tuple[list[T], list[T]]:
    """The ``count`` best (best first) and worst (worst first) items by score.

    Items without a score are left out; an item is never both best and worst.
    """
    scored = [(value, item) for item in items if (value := score(item)) is not None]
    scored.sort(key=lambda pair: pair[0], reverse=True)
    best = [item for _, item in scored[:count]]
    rest = scored[count:]
    worst = [item for _, item in reversed(rest[-count:])] if rest else []
    return best, worst
