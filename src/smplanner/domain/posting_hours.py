"""The client's own best hours: a day × hour grid of engagement, and the top slots.

Built from the client's posts (mean engagement rate of the posts published in each
weekday/hour cell, in the plan's time zone) or from followers' activity hours; the
best cells become the calendar's recommended slots for that network.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

Grid = list[list[float | None]]  # [weekday 0=Monday][hour] -> mean score


def heat_map(samples: Iterable[tuple[datetime, float]]) -> Grid:
    """Mean score per (weekday, hour) of local publish times; None where no post."""
    sums = [[0.0] * 24 for _ in range(7)]
    counts = [[0] * 24 for _ in range(7)]
    for moment, score in samples:
        sums[moment.weekday()][moment.hour] += score
        counts[moment.weekday()][moment.hour] += 1
    return [
        [sums[d][h] / counts[d][h] if counts[d][h] else None for h in range(24)] for d in range(7)
    ]


def activity_grid(cells: Iterable[tuple[int, int, float]]) -> Grid:
    """A grid from (weekday, hour, value) triples (e.g. mean active followers)."""
    grid: Grid = [[None] * 24 for _ in range(7)]
    for weekday, hour, value in cells:
        grid[weekday][hour] = value
    return grid


def best_slots(grid: Grid, count: int = 6) -> list[tuple[int, int, float]]:
    """The ``count`` best (weekday, hour, score) cells, scores scaled so the best is 1."""
    cells = [
        (score, day, hour)
        for day, row in enumerate(grid)
        for hour, score in enumerate(row)
        if score is not None and score > 0
    ]
    cells.sort(key=lambda cell: (-cell[0], cell[1], cell[2]))
    top = cells[:count]
    if not top:
        return []
    highest = top[0][0]
    return [(day, hour, round(score / highest, 3)) for score, day, hour in top]
