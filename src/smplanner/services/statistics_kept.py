"""Figures derived from every imported post, kept in the plan with the stamp of the
figures they came from: the best hours' sums and the posts table's best and worst
posts. Working them out reads every post's figures (seconds at 1,000,000 posts, on
a worker); reading them back takes milliseconds, until an import, its undo, a new
time zone or another release's formulas change the stamp.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from typing import TypeVar

from smplanner.services.statistics_ingest import plan_timezone
from smplanner.storage import statistics_post_aggregates as aggregates
from smplanner.storage import statistics_post_figures as figures
from smplanner.storage import statistics_post_marks as post_marks
from smplanner.storage import statistics_post_table as post_table
from smplanner.storage.errors import PlanWriteError
from smplanner.storage.plan_file import PlanFile

T = TypeVar("T")

# The formulas, in the stamp: another release may rate or group posts otherwise.
_FORMULAS = hashlib.sha256((figures.RATE + figures.DENOMINATOR).encode()).hexdigest()[:16]


def figures_stamp(plan: PlanFile) -> tuple[object, ...]:
    """What differs whenever the derived figures may have changed: every import, undo
    or redo changes the imports or the posts, a new time zone restates every time."""
    return (*aggregates.figures_stamp(plan.conn), str(plan_timezone(plan)), _FORMULAS)


def kept_or_worked_out(
    plan: PlanFile,
    kept: Callable[[sqlite3.Connection, str], T | None],
    work_out: Callable[[sqlite3.Connection], T],
    keep: Callable[[sqlite3.Connection, str, T], None],
) -> T:
    """What ``kept`` finds for the plan's stamp, else ``work_out`` (kept for the next
    time unless the plan is read-only): the stamp and the figures from one snapshot."""
    with plan.read_snapshot() as conn:  # the stamp and the figures agree
        stamp = repr(figures_stamp(plan))
        value = kept(conn, stamp)
        worked_out = value is None
        if value is None:
            value = work_out(conn)
    if worked_out and not plan.read_only:
        try:
            with plan.transaction():
                keep(conn, stamp, value)
        except (PlanWriteError, sqlite3.OperationalError):
            pass  # busy or full: worked out again next time
    return value


def kept_marks(plan: PlanFile) -> dict[int, str] | None:
    """The best and worst posts kept for the plan's figures, None if none are."""
    return post_marks.kept_marks(plan.conn, repr(figures_stamp(plan)))


def marks_kept(plan: PlanFile, best_count: int = 3) -> dict[int, str]:
    """The best and worst posts (statistics_queries.best_and_worst_posts): those kept
    for the plan's figures, else ranked now and kept."""
    return kept_or_worked_out(
        plan,
        post_marks.kept_marks,
        lambda conn: post_table.best_and_worst(conn, best_count),
        post_marks.keep_marks,
    )
