"""Posts already read, indexed by local day: going back to a month costs no query.

Filled a range at a time (one query per run of missing days); a change notice
makes the days it names be read again, and a change without days empties it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

from smplanner.domain.post_refs import PostRef

RangeReader = Callable[[date, date], list[PostRef]]  # [first, after_last)


class DayPostsCache:
    def __init__(self, read_range: RangeReader) -> None:
        self._read_range = read_range
        self._days: dict[date, list[PostRef]] = {}

    def posts_on(self, days: Iterable[date]) -> list[PostRef]:
        """Scheduled posts of these days, in day order (time order within a day)."""
        wanted = sorted(set(days))
        self._load_missing(wanted)
        return [post for day in wanted for post in self._days[day]]

    def posts_by_day(self, first: date, after_last: date) -> dict[date, list[PostRef]]:
        """Each day of [first, after_last) with its posts (read if missing)."""
        days = [first + timedelta(days=i) for i in range((after_last - first).days)]
        self._load_missing(days)
        return {day: list(self._days[day]) for day in days}

    def has(self, day: date) -> bool:
        return day in self._days

    def prefetch(self, first: date, after_last: date) -> None:
        """Read a range ahead of need (the months next to the one shown)."""
        count = (after_last - first).days
        self._load_missing([first + timedelta(days=i) for i in range(count)])

    def forget(self, days: Iterable[date]) -> None:
        for day in days:
            self._days.pop(day, None)

    def clear(self) -> None:
        self._days.clear()

    def _load_missing(self, wanted: list[date]) -> None:
        missing = [day for day in wanted if day not in self._days]
        runs: list[list[date]] = []
        for day in missing:
            if runs and (day - runs[-1][-1]).days == 1:
                runs[-1].append(day)
            else:
                runs.append([day])
        for run in runs:
            for day in run:
                self._days[day] = []
            for post in self._read_range(run[0], run[-1] + timedelta(days=1)):
                if post.scheduled_at is not None:
                    self._days.setdefault(post.scheduled_at.date(), []).append(post)
