"""Store normalized statistics in the plan: the one way in for files, APIs and typing.

``ingest`` upserts posts on (network, external_id) and daily values on (network,
account, day, metric), so re-importing the same or an overlapping export updates
rows and never duplicates them. Each call is one transaction and one recorded
import; ``undo_import`` removes what it added and restores what it overwrote (see
storage/migrations/statistics_schema.py for how the earlier values are kept). The SQL is
in storage/statistics_import_rows.py and statistics_import_undo.py.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import TypeVar

from smplanner.domain.stat_records import (
    DailyValue,
    HourlyActivity,
    PostRow,
    StatPost,
    post_row,
)
from smplanner.services.changes import Changes, Topic
from smplanner.storage import statistics_import_rows as rows_sql
from smplanner.storage.plan_file import PlanFile, now_iso
from smplanner.storage.plan_properties_repo import plan_zone
from smplanner.storage.statistics_import_undo import take_back_import

STATISTICS = Topic.STATISTICS
T = TypeVar("T")


@dataclass(frozen=True)
class IngestResult:
    """What one import did: rows new, changed and already there, and the Changes."""

    import_id: int
    posts_added: int
    posts_updated: int
    posts_unchanged: int
    daily_added: int
    daily_updated: int
    daily_unchanged: int
    changes: Changes

    @property
    def nothing_new(self) -> bool:
        return not (
            self.posts_added or self.posts_updated or self.daily_added or self.daily_updated
        )


def plan_timezone(plan: PlanFile) -> tzinfo:
    """The plan's time zone (exports give local times without an offset): the one
    reading of it, storage.plan_properties_repo.plan_zone."""
    return plan_zone(plan.conn)


# Records per batch: what is held at once between the reading and SQLite.
BATCH = 20_000


def ingest(
    plan: PlanFile,
    *,
    source_label: str,
    source_kind: str,
    posts: Iterable[StatPost] = (),
    daily: Iterable[DailyValue] = (),
    hourly: Iterable[HourlyActivity] = (),
    file_hash: str | None = None,
    rows_read: int | None = None,
    post_rows: Iterable[PostRow] = (),
    progress: Callable[[int], None] | None = None,
) -> IngestResult:
    """Store posts and daily values idempotently, as one transaction and one import.

    ``source_label`` is what the user recognises (a file name, "LinkedIn API",
    "Typed in"); ``source_kind`` the recognised export kind (e.g. "meta_facebook_posts").
    Posts come as StatPost objects (``posts``) or, from the file importers, already as
    PostRow tuples (``post_rows``); both are stored the same way. Every input is read
    once, in batches of BATCH records (a reading spooled on disk is never held whole).
    ``progress`` is called with the number of records stored so far, every few
    thousand; an exception it raises (a cancel) rolls the whole import back.
    """
    zone = plan_timezone(plan)
    all_posts = itertools.chain((post_row(post) for post in posts), post_rows)
    counts = _Counted()
    with plan.transaction():
        conn = plan.conn
        import_id = rows_sql.insert_import(conn, source_label, source_kind, file_hash, now_iso())
        all_new = True
        for batch in _batched(all_posts, BATCH):
            rows = rows_sql.stored_post_rows(batch, zone, import_id)
            all_new = rows_sql.store_posts(conn, rows, progress, counts.records) and all_new
            counts.add_posts(rows)
        for values in _batched(daily, BATCH):
            daily_rows = [
                (v.network, v.account or "", v.day.isoformat(), v.metric, float(v.value), import_id)
                for v in values
            ]
            rows_sql.store_daily(conn, daily_rows, progress, counts.records)
            counts.add_values(daily_rows)
        for activities in _batched(hourly, BATCH):
            hourly_rows = [
                (h.network, h.account or "", h.day.isoformat(), h.hour, float(h.active), import_id)
                for h in activities
            ]
            rows_sql.store_hourly(conn, hourly_rows, progress, counts.records)
            counts.add_values(hourly_rows)
        if all_new:
            posts_touched, posts_updated = counts.posts, 0
        else:
            posts_touched, posts_updated = rows_sql.touched(conn, "stat_posts", import_id)
        daily_touched, daily_updated = rows_sql.touched(conn, "stat_daily", import_id)
        hourly_touched, hourly_updated = rows_sql.touched(conn, "stat_hourly", import_id)
        rows_sql.record_counts(
            conn,
            import_id,
            rows_read=rows_read if rows_read is not None else counts.records,
            posts_added=posts_touched - posts_updated,
            posts_updated=posts_updated,
            daily_added=daily_touched + hourly_touched - daily_updated - hourly_updated,
            daily_updated=daily_updated + hourly_updated,
        )
    distinct_posts = counts.posts if all_new else counts.distinct_posts
    return IngestResult(
        import_id=import_id,
        posts_added=posts_touched - posts_updated,
        posts_updated=posts_updated,
        posts_unchanged=max(0, distinct_posts - posts_touched),
        daily_added=daily_touched + hourly_touched - daily_updated - hourly_updated,
        daily_updated=daily_updated + hourly_updated,
        daily_unchanged=max(0, counts.distinct_values - daily_touched - hourly_touched),
        changes=Changes.of(STATISTICS, stat_imports={import_id}),
    )


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` items in order (itertools.batched is Python 3.12)."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


class _Counted:
    """What the batches held: records, posts, and the distinct keys among them.

    Keys are told apart within a batch (a set per batch, not one of the whole
    file): a record repeated across batches, rare in an export, counts twice in
    the "unchanged" figure the summary shows, never in what is stored.
    """

    def __init__(self) -> None:
        self.records = 0
        self.posts = 0
        self.distinct_posts = 0
        self.distinct_values = 0

    def add_posts(self, rows: Sequence[tuple[object, ...]]) -> None:
        self.records += len(rows)
        self.posts += len(rows)
        self.distinct_posts += len({(row[0], row[2]) for row in rows})

    def add_values(self, rows: Sequence[tuple[object, ...]]) -> None:
        self.records += len(rows)
        self.distinct_values += len({row[:4] for row in rows})


def undo_import(plan: PlanFile, import_id: int) -> Changes:
    """Take one import back: delete the rows it added, restore the ones it changed.

    Meant for the latest import touching those rows (the undo stack's order).
    """
    with plan.transaction():
        take_back_import(plan.conn, import_id)
    return Changes.of(STATISTICS, stat_imports={import_id})
