"""Statistics changes as undoable Edits: imports by their id, matching, best hours.

An import (a file, an online refresh, a figure typed in) is undone by its import
id: storage/statistics_import_undo.py parks the rows it wrote in SQL and puts
them back on redo, so the undo step holds ids, never the parsed rows, and redo
never reads or parses the files again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from smplanner.services import calendar_edits, statistics_matching
from smplanner.services.changes import Changes, Edit, WorkerSteps
from smplanner.services.statistics_ingest import STATISTICS, undo_import
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.statistics_import_undo import (
    attach_park,
    import_posts,
    park_import,
    park_of,
    unpark_import,
)

if TYPE_CHECKING:  # the hours load with the first use of the best hours
    from smplanner.services.statistics_hours import Cells


# Imports of more posts than this are taken back and put back on a worker (~0.3-0.5 s
# on the GUI thread for this many; 2.7-5.3 s for 100,000 posts in a 1,000,000-post
# plan, mostly removing them from the posts' expression indexes and the filter's).
UNDONE_ON_WORKER = 10_000


def stored_imports(
    plan: PlanFile, import_ids: Iterable[int], changes: Changes, *, value: Any = None
) -> Edit:
    """The undo step of imports already stored (in the background, say); ``value``
    is what the caller wants back (default: the import ids). Keep it small: the
    undo stack keeps it. A large import's step says how to run it on a worker."""
    ids = tuple(sorted(import_ids))
    park = park_of(plan)  # the window's: a worker's connection attaches the same
    on_worker = None
    if import_posts(plan.conn, list(ids)) > UNDONE_ON_WORKER:
        on_worker = WorkerSteps(
            undo=lambda other: take_back_imports(other, ids, park),
            redo=lambda other: put_back_imports(other, ids, park),
        )
    return Edit(
        changes,
        undo=lambda: take_back_imports(plan, ids, park),
        redo=lambda: put_back_imports(plan, ids, park),
        value=ids if value is None else value,
        on_worker=on_worker,
    )


def take_back_imports(
    plan: PlanFile, import_ids: Iterable[int], park: str | None = None
) -> Changes:
    """Undo imports (newest first), keeping their rows in the park (``park_of(plan)``
    unless given: the window's, for a worker's connection) for a redo."""
    changes = Changes.of(STATISTICS)
    attach_park(plan.conn, park or park_of(plan))
    with plan.transaction():
        for import_id in sorted(import_ids, reverse=True):
            park_import(plan.conn, import_id)
            changes = changes.merged(undo_import(plan, import_id))
    return changes


def put_back_imports(plan: PlanFile, import_ids: Iterable[int], park: str | None = None) -> Changes:
    """Redo imports taken back by ``take_back_imports`` (oldest first), same ids."""
    ids = sorted(import_ids)
    attach_park(plan.conn, park or park_of(plan))
    with plan.transaction():
        for import_id in ids:
            unpark_import(plan.conn, import_id)
    return Changes.of(STATISTICS, stat_imports=set(ids))


def match_planned_posts(plan: PlanFile) -> Edit:
    """Match imported posts to planned ones (found ones marked published); ``value``
    is how many matched."""
    count, before, changes = statistics_matching.match_planned_posts(plan)
    after = statistics_matching.matching_now(plan, before.schedule)
    return Edit(
        changes,
        undo=lambda: statistics_matching.restore_matching(plan, before),
        redo=lambda: statistics_matching.restore_matching(plan, after),
        value=count,
    )


def use_best_hours(plan: PlanFile, network: str, cells: Cells | None = None) -> Edit:
    """The client's own best hours become the network's time slots in the calendar
    (``cells``: the engagement per hour the caller already read, else read now)."""
    from smplanner.services.statistics_hours import feed_calendar_slots

    return calendar_edits.slots_edit(
        plan, network, lambda: feed_calendar_slots(plan, network, cells)
    )
