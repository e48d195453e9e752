"""The statistics computations as they were before SQLite did them, from every post
loaded as objects: the reference the SQL results are compared with
(test_statistics_sql_equivalence.py). Kept as they were, comments included."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from smplanner.domain import kpi
from smplanner.domain import stat_records as m
from smplanner.domain.posting_hours import Grid, best_slots, heat_map
from smplanner.domain.strategy_refs import ObjectiveRef
from smplanner.services import statistics_hours
from smplanner.services import statistics_queries as queries
from smplanner.services.statistics_ingest import plan_timezone
from smplanner.storage.plan_file import PlanFile


def former_post_rows(stored_posts: list[Any], zone: Any, best_count: int = 3) -> list[dict]:  # type: ignore[type-arg]
    """posts_table_model.post_rows as it was (one dict per row, marks included)."""
    rows = []
    for stored in stored_posts:
        post = stored.post
        published = ""
        if post.published_at is not None:
            moment = post.published_at.astimezone(zone)
            published = moment.strftime("%Y-%m-%d %H:%M" if post.time_known else "%Y-%m-%d")
        rate = kpi.post_engagement_rate(post.network, post.metrics)
        audience_key = rate.denominator if rate.denominator != kpi.BY_FOLLOWERS else "reach"
        rows.append(
            {
                "id": stored.id,
                "published": published,
                "network": post.network,
                "text": (post.text or "").replace("\n", " ")[:140],
                "audience": post.metrics.get(audience_key),
                "interactions": kpi.interactions(post.network, post.metrics),
                "rate": rate.value,
                "denominator": rate.denominator,
                "planned": stored.planned_post_id is not None,
                "link": post.link,
                "mark": "",
            }
        )
    for denominator in {row["denominator"] for row in rows}:
        group = [i for i, row in enumerate(rows) if row["denominator"] == denominator]
        count = min(best_count, len(group) // 2)
        if count == 0:
            # The former code then marked every post of the group worst (a slice
            # rest[-0:] is the whole list); a lone post is now left unmarked.
            continue
        best, worst = kpi.best_and_worst(group, lambda i: rows[i]["rate"], count)
        for i in best:
            rows[i]["mark"] = "best"
        for i in worst:
            rows[i]["mark"] = "worst"
    return rows


def former_sort_value(row: dict, key: str) -> Any:  # type: ignore[type-arg]
    """The SORT_ROLE value the proxy compared (None as -1.0)."""
    value = row[key]
    return -1.0 if value is None else value


def former_heat_map(plan: PlanFile, network: str | None) -> Grid:
    zone = plan_timezone(plan)
    samples = []
    by_network: dict[str, list[tuple[datetime, float]]] = {}
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
            samples.append((moment.astimezone(zone), score))
    return heat_map(samples)


def former_client_best_hours(plan: PlanFile, network: str) -> list[tuple[int, int, float]]:
    activity = queries.follower_activity(plan, network)
    if activity:
        return statistics_hours.best_hours(plan, network).slots
    posts = [
        p for p in queries.stat_posts(plan, network) if p.post.published_at and p.post.time_known
    ]
    if len(posts) < statistics_hours.MIN_POSTS:
        return []
    return best_slots(former_heat_map(plan, network))


def former_post_rate(
    plan: PlanFile, objective: ObjectiveRef, start: date | None, today: date
) -> tuple[list[tuple[date, float]], float | None, str | None]:
    networks = (
        [objective.network]
        if objective.network
        else sorted({key.network for key in queries.series_keys(plan)})
    )
    posts = [
        stored.post
        for network in networks
        for stored in queries.stat_posts(plan, network, start=start, end=today)
    ]
    metric = objective.metric
    values: list[tuple[date, float]] = []
    denominator = None
    if metric == "engagement_rate":
        denominators = {kpi.NATURAL_DENOMINATOR.get(p.network, kpi.BY_REACH) for p in posts}
        if len(denominators) != 1:
            return [], None, None
        denominator = denominators.pop()
    for post in posts:
        if post.published_at is None:
            continue
        value: float | None
        if metric == "engagement_rate":
            value = kpi.post_engagement_rate(post.network, post.metrics, denominator).value
        elif metric == "ctr":
            clicks = post.metrics.get(m.CLICKS, post.metrics.get(m.LINK_CLICKS))
            value = kpi.click_through_rate(clicks, post.metrics.get(m.IMPRESSIONS))
        elif metric == "avg_watch_time":
            value = post.metrics.get(m.AVERAGE_WATCH_SECONDS)
        else:
            value = post.metrics.get(m.COMPLETION_RATE)
        if value is not None:
            values.append((post.published_at.date(), value))
    if not values:
        return [], None, denominator
    mean = sum(v for _, v in values) / len(values)
    return sorted(values), mean, denominator
