"""Objectives measured against the imported figures: current value, series, progress.

An objective names a KPI (strategy's kpi_catalogue ids) and maybe a network. Counts
(reach, impressions, views, clicks, leads...) add up from the objective's start;
followers is the latest count; rates are means over the posts of the period, each
by its network's denominator (never mixed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from smplanner.domain import kpi
from smplanner.domain import stat_records as m
from smplanner.domain.objective_progress import Progress, objective_progress
from smplanner.domain.strategy_refs import ObjectiveRef
from smplanner.services import statistics_queries as queries
from smplanner.storage import statistics_post_aggregates as aggregates
from smplanner.storage.plan_file import PlanFile

# KPI id -> daily metrics that add up to it (first present wins, per network).
SUMMED_KPIS = {
    "reach": (m.REACH,),
    "impressions": (m.IMPRESSIONS,),
    "video_views": (m.VIDEO_VIEWS, m.VIEWS),
    "clicks": (m.CLICKS, m.LINK_CLICKS),
    "leads": (m.LEADS,),
    "sales": (m.SALES,),
    "applications": (m.APPLICATIONS,),
}


@dataclass(frozen=True)
class ObjectiveStatus:
    """An objective with its measured value, cumulative series and progress."""

    objective: ObjectiveRef
    current: float | None
    series: list[tuple[date, float]]
    progress: Progress
    denominator: str | None = None  # for engagement rates
    # "posts" when a count was summed from the posts' own figures because the
    # network's exports give no daily series of it (Facebook and Instagram reach).
    source: str | None = None


def strategy_objectives(plan: PlanFile) -> list[ObjectiveRef]:
    """The strategy's objectives, or none if the strategy feature is absent."""
    try:
        from smplanner.services.strategy_queries import objectives
    except ImportError:
        return []
    return objectives(plan)


def _networks(plan: PlanFile, objective: ObjectiveRef) -> list[str]:
    if objective.network:
        return [objective.network]
    return sorted({key.network for key in queries.series_keys(plan)})


def objective_series(
    plan: PlanFile, objective: ObjectiveRef, today: date
) -> tuple[list[tuple[date, float]], float | None, str | None]:
    """(series drawn against the target, current value, denominator) for an objective."""
    series, current, denominator, _source = _measure(plan, objective, today)
    return series, current, denominator


def _measure(
    plan: PlanFile, objective: ObjectiveRef, today: date
) -> tuple[list[tuple[date, float]], float | None, str | None, str | None]:
    """objective_series, and where a count came from ("posts", or None: the series)."""
    metric = objective.metric or ""
    start = objective.start or (
        objective.deadline - timedelta(days=90) if objective.deadline else None
    )
    if metric == "followers":
        totals: dict[date, float] = {}
        for network in _networks(plan, objective):
            for day, value in queries.daily_series(plan, network, m.FOLLOWERS, end=today):
                totals[day] = totals.get(day, 0.0) + value
        series = sorted(totals.items())
        return series, (series[-1][1] if series else None), None, None
    if metric in SUMMED_KPIS:
        series, current, source = summed_series(plan, objective, start, today)
        return series, current, None, source
    if metric in ("engagement_rate", "ctr", "avg_watch_time", "completion_rate"):
        return (*_post_rate(plan, objective, start, today), None)
    return [], None, None, None


# Counts a network may give per post only: summed from its posts by publishing day.
FROM_POSTS = {"reach": m.REACH, "impressions": m.IMPRESSIONS}


def summed_series(
    plan: PlanFile, objective: ObjectiveRef, start: date | None, today: date
) -> tuple[list[tuple[date, float]], float | None, str | None]:
    """(cumulative series, current value, source) of a count objective: the daily
    series of each network; where a network has none but its posts carry the figure
    (Facebook and Instagram posts exports have no daily reach), the posts' figures
    summed by publishing day, and the source is then "posts"."""
    metric = objective.metric or ""
    daily: dict[date, float] = {}
    source = None
    for network in _networks(plan, objective):
        for name in SUMMED_KPIS[metric]:
            values = queries.daily_series(plan, network, name, start=start, end=today)
            if values:
                break
        else:
            values = []
            if metric in FROM_POSTS:
                values = aggregates.post_sums_by_day(
                    plan.conn, network, FROM_POSTS[metric], start, today
                )
                source = "posts" if values else source
        for day, value in values:
            daily[day] = daily.get(day, 0.0) + value
    running, cumulative = 0.0, []
    for day, value in sorted(daily.items()):
        running += value
        cumulative.append((day, running))
    return cumulative, (running if cumulative else None), source


def _post_rate(
    plan: PlanFile, objective: ObjectiveRef, start: date | None, today: date
) -> tuple[list[tuple[date, float]], float | None, str | None]:
    """The posts' own values of a rate KPI, each post's figure computed by SQLite."""
    networks = _networks(plan, objective)
    metric = objective.metric or ""
    denominator = None
    if metric == "engagement_rate":
        posted = aggregates.networks_with_posts(plan.conn, networks, start, today)
        denominators = {kpi.NATURAL_DENOMINATOR.get(n, kpi.BY_REACH) for n in posted}
        if len(denominators) != 1:
            return [], None, None  # several denominators: not one comparable figure
        denominator = denominators.pop()
    values = [
        pair
        for network in networks
        for pair in aggregates.post_values(
            plan.conn, network, metric, start, today, denominator or kpi.BY_REACH
        )
    ]
    if not values:
        return [], None, denominator
    mean = sum(v for _, v in values) / len(values)
    return sorted(values), mean, denominator


def objectives_progress(plan: PlanFile, today: date | None = None) -> list[ObjectiveStatus]:
    """Every objective with its measured progress (NO_DATA where nothing measures it)."""
    today = today or date.today()
    result = []
    for objective in strategy_objectives(plan):
        series, current, denominator, source = _measure(plan, objective, today)
        baseline = objective.baseline
        if baseline is None and objective.metric in SUMMED_KPIS:
            baseline = 0.0
        progress = objective_progress(
            baseline=baseline,
            target=objective.target,
            current=current,
            start=objective.start,
            deadline=objective.deadline,
            today=today,
        )
        result.append(ObjectiveStatus(objective, current, series, progress, denominator, source))
    return result
