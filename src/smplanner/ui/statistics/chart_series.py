"""What a time-series chart draws: lines of (day, value) points and an objective's
measured series against its target, with the day-to-x conversion the charts share."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

MIN_DAYS_SHOWN = 7  # a shorter x range makes the date axis tick in hours or seconds


@dataclass(frozen=True)
class ChartSeries:
    """One line: its legend, colour and (day, value) points.

    ``group`` is the small chart it goes to when split by metric (its title) and
    ``short_name`` its legend there (the network); ``dash`` indexes DASHES.
    """

    name: str
    color: str
    points: list[tuple[date, float]]
    group: str = ""
    short_name: str = ""
    dash: int = 0


@dataclass(frozen=True)
class ObjectiveDrawing:
    """An objective's measured series against its target and the expected pace."""

    title: str
    points: list[tuple[date, float]]
    target: float | None
    labels: dict[str, str] = field(default_factory=dict)  # measured, target, pace
    pace: list[tuple[date, float]] = field(default_factory=list)


EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def day_seconds(day: date) -> float:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC).timestamp()


def shown_days(first: date, last: date, minimum: int = MIN_DAYS_SHOWN) -> tuple[date, date]:
    """The x range for data from ``first`` to ``last``: widened around them to at least
    ``minimum`` days, so a series of one or two days is not a sub-second axis."""
    missing = minimum - 1 - (last - first).days
    if missing > 0:
        first -= timedelta(days=missing // 2)
        last += timedelta(days=missing - missing // 2)
    return first, last
