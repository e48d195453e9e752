"""The calendar's rule warnings, computed on a worker thread and cached per day.

The GUI thread only takes a snapshot (the posts it already holds for the grid, the
rules' context) and hands it over; the rules run in the background
(ui/background.py) and the result comes back on the GUI thread, so that showing a
month, switching months or dropping a post never waits for them. One computation
runs at a time: a request made meanwhile waits for it and then runs with the latest
state. A result computed before a change notice named one of its days is dropped
and computed again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, Signal

from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import RuleWarning
from smplanner.services.calendar_rules import (
    WarningsCache,
    WarningsRequest,
    WarningsResult,
    compute_warnings,
)
from smplanner.ui.background import run_in_background

# (first, after_last, days to check) -> the snapshot, taken on the GUI thread
SnapshotMaker = Callable[[date, date, list[date], int], WarningsRequest]
# (the period's warnings, its posts by id) -> what the views need, made on the worker
Preparer = Callable[[list[RuleWarning], dict[int, PostRef]], object]


@dataclass(frozen=True)
class ReadyWarnings:
    """What ``ready`` hands over: the period's warnings and what ``prepare`` made."""

    first: date
    after_last: date
    warnings: list[RuleWarning]
    prepared: object


class WarningsWorker(QObject):
    """Computes the warnings of a period in the background; ``ready`` gives them."""

    ready = Signal(object)  # ReadyWarnings of the period last asked for

    def __init__(
        self,
        snapshot: SnapshotMaker,
        prepare: Preparer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cache = WarningsCache()
        self._snapshot = snapshot
        self._prepare = prepare or (lambda warnings, posts: None)
        self._busy = False
        self._wanted: tuple[date, date] | None = None
        self.computed_days = 0  # days whose rules ran (tests: the cache is used)
        self._stopped = False

    def stop(self) -> None:
        """Start nothing more (the plan is closing): a run that ends later is dropped."""
        self._stopped = True
        self._wanted = None

    @property
    def busy(self) -> bool:
        return self._busy

    def request(self, first: date, after_last: date) -> None:
        """Ask for the warnings of [first, after_last); ``ready`` follows."""
        self._wanted = (first, after_last)
        if not self._busy:
            self._start()

    def _start(self) -> None:
        if self._stopped:
            return
        assert self._wanted is not None
        first, after = self._wanted
        self._wanted = None
        days = [date.fromordinal(d) for d in range(first.toordinal(), after.toordinal())]
        request = self._snapshot(first, after, self.cache.missing(days), self.cache.generation)
        cached = self.cache.days_held(days)  # read here: the worker never touches the cache
        self._busy = True
        prepare = self._prepare

        def work(_job: object) -> tuple[WarningsResult, ReadyWarnings]:
            result = compute_warnings(request)
            warnings = list(result.span)
            for day in days:
                warnings += result.by_day.get(day) or cached.get(day, [])
            posts = {post.id: post for post in request.posts}
            return result, ReadyWarnings(first, after, warnings, prepare(warnings, posts))

        run_in_background(
            self,
            work,
            on_done=self._on_finished,
            on_failed=self._on_finished,  # raised there, on the GUI thread
            name="warnings",
        )

    def _on_finished(self, outcome: object) -> None:
        self._busy = False
        if self._stopped:
            return
        if isinstance(outcome, BaseException):
            raise outcome
        assert isinstance(outcome, tuple)  # what work() returns
        result, ready = outcome
        assert isinstance(result, WarningsResult) and isinstance(ready, ReadyWarnings)
        period = (ready.first, ready.after_last)
        if not self.cache.store(result):  # a change came meanwhile: again, fresh
            if self._wanted is None:
                self._wanted = period
            self._start()
            return
        self.computed_days += len(result.by_day)
        if self._wanted is not None and self._wanted != period:
            self._start()  # the user moved on: show what they look at now
            return
        if self._wanted is not None:
            self._start()
        self.ready.emit(ready)
