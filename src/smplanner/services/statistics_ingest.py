"""Store normalized statistics in the plan: the one way in for files, APIs and typing.

``ingest`` upserts posts on (network, external_id) and daily values on (network,
account, day, metric), so re-importing the same or an overlapping export updates
rows and never duplicates them. Each call is one transaction and one recorded
import; ``undo_import`` removes what it added and restores what it overwrote (see
storage/migrations/statistics.py for how the earlier values are kept).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from operator import itemgetter

from smplanner.domain.stat_records import (
    DailyValue,
    HourlyActivity,
    PostRow,
    StatPost,
    post_row,
)
from smplanner.services.changes import Changes
from smplanner.storage.plan_file import PlanFile, now_iso
from smplanner.storage.plan_properties_repo import plan_zone
from smplanner.storage.statistics_import_undo import take_back_import

STATISTICS = "statistics"

_POST_UPSERT = """
INSERT INTO stat_posts (network, account, external_id, link, published_at, time_known,
                        text, post_type, metrics, import_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (network, external_id) DO UPDATE SET
    account = CASE WHEN excluded.account != '' THEN excluded.account ELSE account END,
    link = coalesce(excluded.link, link),
    published_at = coalesce(excluded.published_at, published_at),
    time_known = CASE WHEN excluded.published_at IS NULL THEN time_known
                      ELSE excluded.time_known END,
    text = coalesce(excluded.text, text),
    post_type = coalesce(excluded.post_type, post_type),
    metrics = json_patch(metrics, excluded.metrics),
    import_id = excluded.import_id
WHERE (CASE WHEN excluded.account != '' THEN excluded.account ELSE account END) IS NOT account
    OR coalesce(excluded.link, link) IS NOT link
    OR coalesce(excluded.published_at, published_at) IS NOT published_at
    OR coalesce(excluded.text, text) IS NOT text
    OR coalesce(excluded.post_type, post_type) IS NOT post_type
    OR json_patch(metrics, excluded.metrics) != metrics
"""

_POST_INSERT = """
INSERT INTO stat_posts (network, account, external_id, link, published_at, time_known,
                        text, post_type, metrics, import_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""

_DAILY_UPSERT = """
INSERT INTO stat_daily (network, account, day, metric, value, import_id)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (network, account, day, metric) DO UPDATE SET
    value = excluded.value, import_id = excluded.import_id
WHERE value != excluded.value
"""

_HOURLY_UPSERT = """
INSERT INTO stat_hourly (network, account, day, hour, active, import_id)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (network, account, day, hour) DO UPDATE SET
    active = excluded.active, import_id = excluded.import_id
WHERE active != excluded.active
"""


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
        cursor = conn.execute(
            "INSERT INTO stat_imports (source_label, source_kind, file_hash, imported_at)"
            " VALUES (?, ?, ?, ?)",
            (source_label, source_kind, file_hash, now_iso()),
        )
        import_id = int(cursor.lastrowid or 0)
        rows = _stored_post_rows(all_posts, zone, import_id)
        all_new = _store_posts(conn, rows, progress)
        daily_rows = [
            (v.network, v.account or "", v.day.isoformat(), v.metric, float(v.value), import_id)
            for v in daily
        ]
        _store(conn, _DAILY_UPSERT, daily_rows, progress, len(rows))
        hourly_rows = [
            (h.network, h.account or "", h.day.isoformat(), h.hour, float(h.active), import_id)
            for h in hourly
        ]
        _store(conn, _HOURLY_UPSERT, hourly_rows, progress, len(rows) + len(daily_rows))
        if all_new:
            posts_touched, posts_updated = len(rows), 0
        else:
            posts_touched, posts_updated = _touched(conn, "stat_posts", import_id)
        daily_touched, daily_updated = _touched(conn, "stat_daily", import_id)
        hourly_touched, hourly_updated = _touched(conn, "stat_hourly", import_id)
        conn.execute(
            "UPDATE stat_imports SET rows_read = ?, posts_added = ?, posts_updated = ?,"
            " daily_added = ?, daily_updated = ? WHERE id = ?",
            (
                rows_read
                if rows_read is not None
                else len(rows) + len(daily_rows) + len(hourly_rows),
                posts_touched - posts_updated,
                posts_updated,
                daily_touched + hourly_touched - daily_updated - hourly_updated,
                daily_updated + hourly_updated,
                import_id,
            ),
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


_CHUNK = 20_000  # rows per executemany: progress and cancel points, no measurable cost


def _store(
    conn: sqlite3.Connection,
    statement: str,
    rows: Sequence[tuple[object, ...]],
    progress: Callable[[int], None] | None,
    done_before: int,
) -> None:
    if progress is None:
        conn.executemany(statement, rows)
        return
    for start in range(0, len(rows), _CHUNK):
        conn.executemany(statement, rows[start : start + _CHUNK])
        progress(done_before + min(start + _CHUNK, len(rows)))


def _store_posts(
    conn: sqlite3.Connection,
    rows: list[tuple[object, ...]],
    progress: Callable[[int], None] | None,
) -> bool:
    """Store the posts; True if they were all new (then a plain INSERT sufficed).

    Posts none of which is in the plan yet need no conflict handling: a plain INSERT
    costs what SQLite alone costs, the upsert ~15% more on a large import. If the
    batch names a post twice after all (the unique index refuses the second), the
    INSERT is rolled back to its savepoint and the upsert merges them, as always.
    """
    if not rows:
        return True
    if not _posts_stored_in_range(conn, rows):
        conn.execute("SAVEPOINT stat_posts_new")
        try:
            _store(conn, _POST_INSERT, rows, progress, 0)
        except sqlite3.IntegrityError:
            conn.execute("ROLLBACK TO stat_posts_new")
            conn.execute("RELEASE stat_posts_new")
        else:
            conn.execute("RELEASE stat_posts_new")
            return True
    _store(conn, _POST_UPSERT, rows, progress, 0)
    return False


def _posts_stored_in_range(conn: sqlite3.Connection, rows: Sequence[tuple[object, ...]]) -> bool:
    """Whether the plan may hold one of these posts: a stored id of the same network
    between the batch's smallest and largest (one look-up in the (network,
    external_id) index per network; Python and SQLite's BINARY collation order text
    alike, by code point)."""
    by_network: dict[object, list[str]]
    networks = set(map(itemgetter(0), rows))
    if len(networks) == 1:  # the usual import: ids taken in C
        by_network = {networks.pop(): list(map(itemgetter(2), rows))}
    else:
        by_network = defaultdict(list)
        for row in rows:
            by_network[row[0]].append(row[2])  # type: ignore[arg-type]
    return any(
        conn.execute(
            "SELECT EXISTS (SELECT 1 FROM stat_posts WHERE network = ?"
            " AND external_id BETWEEN ? AND ?)",
            (network, min(group), max(group)),
        ).fetchone()[0]
        for network, group in by_network.items()
    )


def _stored_post_rows(
    rows: Sequence[PostRow], zone: tzinfo, import_id: int
) -> list[tuple[object, ...]]:
    """PostRows as the statements take them: times as ISO text with offset, the import id."""
    stored: list[tuple[object, ...]] = []
    add = stored.append
    for network, account, external_id, link, moment, known, text, kind, metrics in rows:
        if moment is not None:
            if moment.tzinfo is None:  # the exports' local times are the plan's
                moment = moment.replace(tzinfo=zone)
            # isoformat() is the cheaper call; whole seconds (most exports) need no timespec.
            published: str | None = (
                moment.isoformat()
                if not moment.microsecond
                else moment.isoformat(timespec="seconds")
            )
        else:
            published = None
        add((network, account, external_id, link, published, known, text, kind, metrics, import_id))
    return stored


def _touched(conn: sqlite3.Connection, table: str, import_id: int) -> tuple[int, int]:
    """(rows now owned by this import, of which overwritten from an earlier one)."""
    owned = conn.execute(
        f"SELECT count(*) FROM {table} WHERE import_id = ?", (import_id,)
    ).fetchone()[0]
    overwritten = conn.execute(
        "SELECT count(*) FROM stat_overwritten WHERE import_id = ? AND table_name = ?",
        (import_id, table),
    ).fetchone()[0]
    return int(owned), int(overwritten)


def undo_import(plan: PlanFile, import_id: int) -> Changes:
    """Take one import back: delete the rows it added, restore the ones it changed.

    Meant for the latest import touching those rows (the undo stack's order).
    """
    with plan.transaction():
        take_back_import(plan.conn, import_id)
    return Changes.of(STATISTICS, stat_imports={import_id})
