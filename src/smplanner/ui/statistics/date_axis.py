"""The charts' time axis: dates in the interface's language ("12 oct.", "sept. 2026"),
one row of ticks spaced so that labels never overlap, at every zoom.

pyqtgraph's DateAxisItem writes English month names (strftime in the C locale) and
draws several tick levels whose labels run into each other ("29 Nov03").
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale

from smplanner.ui.statistics.chart_axes import OpaqueTicks

DAY = 86_400.0
# (kind, step, width in pixels a label needs): days, then months, then years.
STEPS = (
    ("day", 1, 64),
    ("day", 2, 64),
    ("day", 7, 64),
    ("day", 14, 64),
    ("month", 1, 84),
    ("month", 2, 84),
    ("month", 3, 84),
    ("month", 6, 84),
    ("year", 1, 48),
    ("year", 2, 48),
    ("year", 5, 48),
    ("year", 10, 48),
)


def _noon(day: date) -> float:
    # The series put each day at 12:00 UTC; ticks sit on the same points.
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC).timestamp()


def _day(seconds: float) -> date:
    return datetime.fromtimestamp(seconds, UTC).date()


def choose_step(first: float, last: float, pixels: float) -> tuple[str, int]:
    """The smallest step whose labels fit side by side in ``pixels``."""
    span_days = max((last - first) / DAY, 1.0)
    for kind, step, width in STEPS:
        days = step * {"day": 1, "month": 30.4, "year": 365.25}[kind]
        if span_days / days * width <= pixels:
            return kind, step
    return STEPS[-1][0], STEPS[-1][1]


def tick_days(first: float, last: float, kind: str, step: int) -> list[date]:
    """Tick days within [first, last]: Mondays for weekly steps, the 1st of months,
    1 January of years (aligned so that a zoom keeps the same ticks)."""
    start, end = _day(first), _day(last)
    days: list[date] = []
    if kind == "day":
        day = start
        if step == 7 or step == 14:
            day = start + timedelta(days=(7 - start.weekday()) % 7)
            if step == 14 and day.isocalendar()[1] % 2:
                day += timedelta(days=7)
        else:
            day = date.fromordinal(start.toordinal() + (-start.toordinal()) % step)
        while day <= end:
            days.append(day)
            day += timedelta(days=step)
    elif kind == "month":
        months = start.year * 12 + start.month - 1
        months += (-months) % step
        while True:
            day = date(months // 12, months % 12 + 1, 1)
            if day > end:
                break
            if day >= start:
                days.append(day)
            months += step
    else:
        year = start.year + (-start.year) % step
        while year <= end.year:
            if date(year, 1, 1) >= start:
                days.append(date(year, 1, 1))
            year += step
    return [d for d in days if first <= _noon(d) <= last + DAY]


def tick_label(day: date, kind: str, show_year: bool) -> str:
    locale = QLocale()
    qdate = QDate(day.year, day.month, day.day)
    if kind == "day":
        return locale.toString(qdate, "d MMM yyyy" if show_year else "d MMM")
    if kind == "month":
        return locale.toString(qdate, "MMM yyyy" if show_year or day.month == 1 else "MMM")
    return str(day.year)


class DateAxis(OpaqueTicks):
    """A bottom axis of dates, for x values in seconds since the epoch (UTC)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(orientation="bottom", **kwargs)
        self._kind = "day"

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        if maxVal <= minVal or size <= 0:
            return []
        self._kind, step = choose_step(minVal, maxVal, size)
        self._years = _day(minVal).year != _day(maxVal).year
        days = tick_days(minVal, maxVal, self._kind, step)
        return [(step * DAY, [_noon(d) for d in days])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        labels = []
        for index, value in enumerate(values):
            day = _day(value)
            # The year once, on the first label, when the axis spans several.
            labels.append(tick_label(day, self._kind, index == 0 and self._years))
        return labels
