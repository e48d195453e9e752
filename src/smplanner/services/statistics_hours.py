"""The client's best posting hours, from their posts or their followers' activity,
and feeding them to the calendar's recommended slots (services/time_slots.py).

The engagement of every post is summed by SQLite per network and weekday × hour of
its stored time, which is the plan's zone (storage/imported_post_times.py): a few
hundred sums, not one object per post.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from smplanner.domain.posting_hours import Grid, activity_grid, best_slots
from smplanner.services import statistics_queries as queries
from smplanner.services.changes import Changes
from smplanner.services.statistics_kept import figures_stamp, kept_or_worked_out
from smplanner.storage import statistics_hour_cells as hour_cells
from smplanner.storage import statistics_post_aggregates as aggregates
from smplanner.storage import statistics_post_hours as post_hours
from smplanner.storage import statistics_post_search as post_search
from smplanner.storage.errors import PlanWriteError
from smplanner.storage.plan_file import PlanFile

MIN_POSTS = 5  # fewer posts say nothing about hours


@dataclass(frozen=True)
class BestHours:
    """A network's heat map and best slots, and whether they come from followers'
    activity (else from the engagement of the client's posts)."""

    grid: Grid
    slots: list[tuple[int, int, float]]
    from_activity: bool
    # Posts behind each cell's mean ([weekday][hour]; zeros for followers' activity).
    posts: list[list[int]] = field(default_factory=lambda: [[0] * 24 for _ in range(7)])


# (network, weekday, hour) -> [sum of the posts' engagement rates, posts with a rate,
# posts with a known time]
Cells = dict[tuple[str, int, int], list[float]]


def engagement_cells(plan: PlanFile, network: str | None = None) -> Cells:
    """The posts' engagement summed per network and local weekday × hour (one network,
    or all): what every heat map of the plan is drawn from, small enough to keep.

    One walk of stat_post_hours in SQLite (a few hundred rows back, ~0.2 s at
    1,000,000 posts), after writing the rows of the posts imported since the last
    sums (~0.6 s per 100,000 posts): the Statistics tab reads it on a worker."""
    catch_up_post_hours(plan)
    return _cells_of(aggregates.rate_cells(plan.conn, network))


def catch_up_post_hours(plan: PlanFile) -> None:
    """Give the posts imported since the last sums their row of stat_post_hours
    (storage/statistics_post_hours.py), unless the plan cannot be written now: then
    the sums are read from every post's figures instead."""
    if plan.read_only or plan.conn.in_transaction or post_hours.caught_up(plan.conn):
        return
    try:
        with plan.transaction():
            post_hours.catch_up(plan.conn)
    except (PlanWriteError, sqlite3.OperationalError):
        pass  # busy or full: caught up next time


def catch_up_post_search(plan: PlanFile) -> None:
    """Index the posts imported since (or all of a large plan just migrated) for the
    posts filter (storage/statistics_post_search.py: ~1.2 s per 100,000 posts), on the
    posts table's worker once many are left out, unless the plan cannot be written
    now: the filter checks the posts not indexed yet directly, so nothing is wrong
    meanwhile, only slower. Not on the best hours' worker: their sums would wait."""
    if plan.read_only or plan.conn.in_transaction or not post_search.present(plan.conn):
        return
    done = not post_search.behind(plan.conn)
    try:
        while not done:  # a transaction per batch: the window's own writes go between
            with plan.transaction():
                done = post_search.catch_up(plan.conn, post_search.BATCH)
    except (PlanWriteError, sqlite3.OperationalError):
        pass  # busy or full: caught up next time


def kept_engagement_cells(plan: PlanFile) -> Cells | None:
    """Every network's cells as kept in the plan for its current figures (a
    millisecond), None when none are kept for them."""
    rows = hour_cells.kept_cells(plan.conn, repr(figures_stamp(plan)))
    return None if rows is None else _cells_of(rows)


def engagement_cells_kept(plan: PlanFile) -> Cells:
    """Every network's cells: those kept in the plan for its figures, else summed now
    (on a worker past 20,000 posts) and kept for the next time."""
    catch_up_post_hours(plan)
    rows = kept_or_worked_out(
        plan, hour_cells.kept_cells, aggregates.rate_cells, hour_cells.keep_cells
    )
    return _cells_of(rows)


def _cells_of(rows: Iterable[hour_cells.Cell]) -> Cells:
    return {(n, day, hour): [total, rated, posts] for n, day, hour, total, rated, posts in rows}


def timed_posts(cells: Cells, network: str) -> int:
    """How many of a network's posts have a known publishing time."""
    return int(sum(cell[2] for (n, _, _), cell in cells.items() if n == network))


def heat_map_of(cells: Cells, network: str | None) -> Grid:
    """Mean engagement rate per weekday × hour of one network, or of all networks with
    each post scored relative to its network's mean (denominators differ)."""
    means: dict[str, float] = {}
    if network is None:
        totals: dict[str, list[float]] = {}
        for (network_id, _, _), cell in cells.items():
            running = totals.setdefault(network_id, [0.0, 0.0])
            running[0] += cell[0]
            running[1] += cell[1]
        means = {n: total / count for n, (total, count) in totals.items() if count}
    sums = [[0.0] * 24 for _ in range(7)]
    counts = [[0.0] * 24 for _ in range(7)]
    for (network_id, day, hour), cell in cells.items():
        rates, posts = cell[0], cell[1]
        if not posts or (network is not None and network_id != network):
            continue  # no post of that hour has a rate
        if network is None:
            mean = means.get(network_id, 0.0)
            rates = rates / mean if mean else 0.0
        sums[day][hour] += rates
        counts[day][hour] += posts
    return [
        [sums[d][h] / counts[d][h] if counts[d][h] else None for h in range(24)] for d in range(7)
    ]


def post_counts_of(cells: Cells, network: str | None) -> list[list[int]]:
    """Posts with a rate per weekday × hour of one network (or of all): what each mean
    of ``heat_map_of`` is made of, shown when the pointer rests on a cell."""
    counts = [[0] * 24 for _ in range(7)]
    for (network_id, day, hour), cell in cells.items():
        if network is None or network_id == network:
            counts[day][hour] += int(cell[1])
    return counts


def engagement_heat_map(plan: PlanFile, network: str | None = None) -> Grid:
    """Mean engagement rate (network's own denominator) per local weekday × hour.

    Without a network, each post is scored relative to its network's mean, so that
    networks with different denominators can share one map.
    """
    return heat_map_of(engagement_cells(plan, network), network)


def best_hours(plan: PlanFile, network: str | None, cells: Cells | None = None) -> BestHours:
    """The heat map shown for a network (all networks when None) and its best slots:
    followers' activity if imported (TikTok), else the client's posts if there are
    enough of them. ``cells`` (engagement_cells of every network) saves reading the
    posts again when the caller keeps them."""
    activity = queries.follower_activity(plan, network) if network else []
    if activity:
        grid = activity_grid(activity)
        return BestHours(grid, best_slots(grid), True)
    cells = cells if cells is not None else engagement_cells(plan, network)
    grid = heat_map_of(cells, network)
    enough = network is not None and timed_posts(cells, network) >= MIN_POSTS
    return BestHours(
        grid, best_slots(grid) if enough else [], False, post_counts_of(cells, network)
    )


def client_best_hours(
    plan: PlanFile, network: str, cells: Cells | None = None
) -> list[tuple[int, int, float]]:
    """The best (weekday, hour, score) slots for a network: followers' activity if
    imported (TikTok), else the client's posts if there are enough of them
    (``cells``: as best_hours takes them)."""
    return best_hours(plan, network, cells).slots


def feed_calendar_slots(plan: PlanFile, network: str, cells: Cells | None = None) -> Changes:
    """Replace the calendar's recommended slots for a network by the client's best hours
    (``cells``: the engagement the caller keeps, else read now)."""
    from smplanner.services.time_slots import set_client_best_hours

    slots = client_best_hours(plan, network, cells)
    if not slots:
        return Changes()
    return set_client_best_hours(plan, network, slots)
