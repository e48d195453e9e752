"""Totals per network over a period, compared with the period just before it.

What the Statistics tab's "Totals" pane shows for the ticked figures: each
network's sum (or last value for followers) over the period shown, the same for the
previous period of equal length, and the sum over every network for the figures
two networks or more share.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from smplanner.domain.period_totals import (
    PeriodComparison,
    all_networks,
    period_total,
    previous_period,
)
from smplanner.services import statistics_queries as queries
from smplanner.storage.plan_file import PlanFile


@dataclass(frozen=True)
class PeriodTotals:
    """The compared periods (inclusive days) and one row per (network, metric)."""

    start: date
    end: date
    previous_start: date
    previous_end: date
    rows: list[PeriodComparison]
    every_network: list[PeriodComparison]  # network "" rows, one per shared metric


def compare_periods(
    plan: PlanFile,
    keys: list[tuple[str, str]],
    start: date | None = None,
    end: date | None = None,
) -> PeriodTotals | None:
    """The ticked (network, metric) figures over [start, end] and the period before.

    Without bounds, the period is the extent of those figures' data; None when
    there is nothing to total.
    """
    if not keys:
        return None
    if start is None or end is None:
        wanted = set(keys)
        extents = [k for k in queries.series_keys(plan) if (k.network, k.metric) in wanted]
        if not extents:
            return None
        start = start or min(k.first_day for k in extents)
        end = end or max(k.last_day for k in extents)
    if end < start:
        start, end = end, start
    before_start, before_end = previous_period(start, end)
    rows = []
    for network, metric in keys:
        current = queries.daily_series(plan, network, metric, start, end)
        previous = queries.daily_series(plan, network, metric, before_start, before_end)
        rows.append(
            PeriodComparison(
                network, metric, period_total(current, metric), period_total(previous, metric)
            )
        )
    return PeriodTotals(start, end, before_start, before_end, rows, all_networks(rows))
