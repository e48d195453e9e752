"""Store normalized statistics in the plan: the one way in for files, APIs and typing.

``ingest`` upserts posts on (network, external_id) and daily values on (network,
account, day, metric), so re-importing the same or an overlapping export updates
rows and never duplicates them. Each call is one transaction and one recorded
import; ``undo_import`` removes what it added and restores what it overwrote (see
storage/migrations/statistics.py for how the earlier values are kept). The SQL is
in storage/statistics_import_rows.py and statistics_import_undo.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import tzinfo

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
    PostRow tuples (``post_rows``); both are stored the same way. ``progress`` is
    called with the number of records stored so far, every few thousand; an exception
    it raises (a cancel) rolls the whole import back.
    """
    zone = plan_timezone(plan)
    all_posts: list[PostRow] = [post_row(post) for post in posts]
    if all_posts:
        all_posts.extend(post_rows)
    else:
        all_posts = post_rows if isinstance(post_rows, list) else list(post_rows)
    with plan.transaction():
        conn = plan.conn
        import_id = rows_sql.insert_import(conn, source_label, source_kind, file_hash, now_iso())
        rows = rows_sql.stored_post_rows(all_posts, zone, import_id)
        all_new = rows_sql.store_posts(conn, rows, progress)
        daily_rows = [
            (v.network, v.account or "", v.day.isoformat(), v.metric, float(v.value), import_id)
            for v in daily
        ]
        rows_sql.store_daily(conn, daily_rows, progress, len(rows))
        hourly_rows = [
            (h.network, h.account or "", h.day.isoformat(), h.hour, float(h.active), import_id)
            for h in hourly
        ]
        rows_sql.store_hourly(conn, hourly_rows, progress, len(rows) + len(daily_rows))
        if all_new:
            posts_touched, posts_updated = len(rows), 0
        else:
            posts_touched, posts_updated = rows_sql.touched(conn, "stat_posts", import_id)
        daily_touched, daily_updated = rows_sql.touched(conn, "stat_daily", import_id)
        hourly_touched, hourly_updated = rows_sql.touched(conn, "stat_hourly", import_id)
        rows_sql.record_counts(
            conn,
            import_id,
            rows_read=rows_read
            if rows_read is not None
            else len(rows) + len(daily_rows) + len(hourly_rows),
            posts_added=posts_touched - posts_updated,
            posts_updated=posts_updated,
            daily_added=daily_touched + hourly_touched - daily_updated - hourly_updated,
            daily_updated=daily_updated + hourly_updated,
        )
    distinct_posts = len(rows) if all_new else len({(row[0], row[2]) for row in rows})
    distinct_daily = len({row[:4] for row in daily_rows}) + len({row[:4] for row in hourly_rows})
    return IngestResult(
        import_id=import_id,
        posts_added=posts_touched - posts_updated,
        posts_updated=posts_updated,
        posts_unchanged=max(0, distinct_posts - posts_touched),
        daily_added=daily_touched + hourly_touched - daily_updated - hourly_updated,
        daily_updated=daily_updated + hourly_updated,
        daily_unchanged=max(0, distinct_daily - daily_touched - hourly_touched),
        changes=Changes.of(STATISTICS, stat_imports={import_id}),
    )


def undo_import(plan: PlanFile, import_id: int) -> Changes:
    """Take one import back: delete the rows it added, restore the ones it changed.

    Meant for the latest import touching those rows (the undo stack's order).
    """
    with plan.transaction():
        take_back_import(plan.conn, import_id)
    return Changes.of(STATISTICS, stat_imports={import_id})
