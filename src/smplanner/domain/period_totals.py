"""A period's figures against the period just before it, per network and metric.

A count (reach, likes, clicks) is summed over the days of the period; a level
(followers) is its last known value in the period. The previous period has the
same number of days and ends the day before the period starts, so "the last 28
days" is compared with the 28 days before them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

# Figures that are a level at a moment (read as the last value), not a flow (summed).
LEVEL_METRICS = frozenset({"followers"})


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period of the same length ending the day before ``start`` (inclusive)."""
    length = (end - start).days + 1
    last = start - timedelta(days=1)
    return last - timedelta(days=length - 1), last


def period_total(points: Iterable[tuple[date, float]], metric: str) -> float | None:
    """The period's figure: the sum of the days, or the last value of a level; None
    when the period has no figure at all (not 0: nothing was measured)."""
    ordered = sorted(points)
    if not ordered:
        return None
    if metric in LEVEL_METRICS:
        return ordered[-1][1]
    return sum(value for _, value in ordered)


@dataclass(frozen=True)
class PeriodComparison:
    """One (network, metric) over the period and the one before it."""

    network: str  # "" for the sum over every network
    metric: str
    current: float | None
    previous: float | None

    @property
    def change(self) -> float | None:
        """The difference with the previous period (None when one side is missing)."""
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous

    @property
    def ratio(self) -> float | None:
        """The change as a fraction of the previous period (None from nothing)."""
        change = self.change
        if change is None or not self.previous:
            return None
        return change / abs(self.previous)


def all_networks(rows: Iterable[PeriodComparison]) -> list[PeriodComparison]:
    """For each metric measured on two networks or more, their sum (network "").

    A network with no figure in the period is left out of the sum (not taken as 0).
    The previous sum is given only when every network counted now was measured then
    too: set against fewer networks, the change would show growth that is not there.
    """
    by_metric: dict[str, list[PeriodComparison]] = {}
    for row in rows:
        by_metric.setdefault(row.metric, []).append(row)
    totals = []
    for metric, members in by_metric.items():
        if len(members) < 2:
            continue
        counted = [r for r in members if r.current is not None]
        comparable = bool(counted) and all(r.previous is not None for r in counted)
        totals.append(
            PeriodComparison(
                "",
                metric,
                sum(r.current or 0.0 for r in counted) if counted else None,
                sum(r.previous or 0.0 for r in counted) if comparable else None,
            )
        )
    return totals
