"""Where an objective stands: reached, on track or late, from its baseline and target.

Progress is the share of the way from baseline to target achieved; it is on track
when at least the share of the time elapsed between start and deadline (with a
small tolerance). Works for targets below the baseline (cost, response time) too.

An objective within half a percent of its target counts as reached: its progress
reads "100 %" wherever it is shown (whole percents), and "on track (100 %)" next to
a value that shows as the target (4.997 % against 5 %) made no sense to a client.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

REACHED = "reached"
ON_TRACK = "on_track"
LATE = "late"
NO_DATA = "no_data"
TOLERANCE = 0.05
REACHED_FROM = 0.995  # share of the way that rounds to 100 %


@dataclass(frozen=True)
class Progress:
    """Status, share achieved (0..1+) and share of time elapsed (0..1)."""

    status: str
    achieved: float | None
    expected: float | None


def objective_progress(
    *,
    baseline: float | None,
    target: float | None,
    current: float | None,
    start: date | None,
    deadline: date | None,
    today: date,
) -> Progress:
    """Compare the current value with the straight line from baseline to target."""
    if current is None or target is None:
        return Progress(NO_DATA, None, None)
    origin = baseline if baseline is not None else 0.0
    span = target - origin
    if span == 0:
        return Progress(REACHED if current == target else LATE, None, None)
    achieved = (current - origin) / span
    if achieved >= REACHED_FROM:
        return Progress(REACHED, achieved, 1.0)
    expected: float | None = None
    if start is not None and deadline is not None and deadline > start:
        elapsed = (today - start).days / (deadline - start).days
        expected = min(1.0, max(0.0, elapsed))
    elif deadline is not None:
        expected = 1.0 if today >= deadline else None
    if deadline is not None and today > deadline:
        return Progress(LATE, achieved, 1.0)
    if expected is None or achieved + TOLERANCE >= expected:
        return Progress(ON_TRACK, achieved, expected)
    return Progress(LATE, achieved, expected)
