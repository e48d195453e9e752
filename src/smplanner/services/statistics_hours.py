"""The client's best posting hours, from their posts or their followers' activity,
and feeding them to the calendar's recommended slots (services/time_slots.py)."""

from __future__ import annotations

from smplanner.domain import kpi
from smplanner.domain.posting_hours import Grid, activity_grid, best_slots, heat_map
from smplanner.services import statistics_queries as queries
from smplanner.services.changes import Changes
from smplanner.services.statistics_ingest import plan_timezone
from smplanner.storage.plan_file import PlanFile

MIN_POSTS = 5  # fewer posts say nothing about hours


def engagement_heat_map(plan: PlanFile, network: str | None = None) -> Grid:
    """Mean engagement rate (network's own denominator) per local weekday × hour.

    Without a network, each post is scored relative to its network's mean, so that
    networks with different denominators can share one map.
    """
    zone = plan_timezone(plan)
    samples = []
    by_network: dict[str, list[tuple[object, float]]] = {}
    for stored in queries.stat_posts(plan, network):
        post = stored.post
        if post.published_at is None or not post.time_known:
            continue
        rate = kpi.post_engagement_rate(post.network, post.metrics).value
        if rate is not None:
            by_network.setdefault(post.network, []).append((post.published_at, rate))
    for rows in by_network.values():
        mean = sum(rate for _, rate in rows) / len(rows)
        for moment, rate in rows:
            score = rate if network else (rate / mean if mean else 0.0)
            samples.append((moment.astimezone(zone), score))  # type: ignore[attr-defined]
    return heat_map(samples)


def client_best_hours(plan: PlanFile, network: str) -> list[tuple[int, int, float]]:
    """The best (weekday, hour, score) slots for a network: followers' activity if
    imported (TikTok), else the client's posts if there are enough of them."""
    activity = queries.follower_activity(plan, network)
    if activity:
        return best_slots(activity_grid(activity))
    posts = [
        p for p in queries.stat_posts(plan, network) if p.post.published_at and p.post.time_known
    ]
    if len(posts) < MIN_POSTS:
        return []
    return best_slots(engagement_heat_map(plan, network))


def feed_calendar_slots(plan: PlanFile, network: str) -> Changes:
    """Replace the calendar's recommended slots for a network by the client's best hours."""
    from smplanner.services.time_slots import set_client_best_hours

    slots = client_best_hours(plan, network)
    if not slots:
        return Changes()
    return set_client_best_hours(plan, network, slots)
