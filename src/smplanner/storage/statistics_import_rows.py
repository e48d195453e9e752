"""The SQL of storing an import: the upserts, the recorded import and its counts.

services/statistics_ingest.py decides what an import is (one transaction, one
recorded import, the counts it reports); these statements put the rows in. Posts
are upserted on (network, external_id), daily and hourly values on their key, so
re-importing the same or an overlapping export updates rows and never duplicates
them; the triggers of storage/migrations/statistics_schema.py keep what an import
overwrites, for its undo (statistics_import_undo.py).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import tzinfo
from operator import itemgetter

from smplanner.domain.stat_records import PostRow

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


def insert_import(
    conn: sqlite3.Connection,
    source_label: str,
    source_kind: str,
    file_hash: str | None,
    stamp: str,
) -> int:
    """Record a new import (counts filled by ``record_counts``); its id."""
    cursor = conn.execute(
        "INSERT INTO stat_imports (source_label, source_kind, file_hash, imported_at)"
        " VALUES (?, ?, ?, ?)",
        (source_label, source_kind, file_hash, stamp),
    )
    return int(cursor.lastrowid or 0)


def record_counts(
    conn: sqlite3.Connection,
    import_id: int,
    *,
    rows_read: int,
    posts_added: int,
    posts_updated: int,
    daily_added: int,
    daily_updated: int,
) -> None:
    conn.execute(
        "UPDATE stat_imports SET rows_read = ?, posts_added = ?, posts_updated = ?,"
        " daily_added = ?, daily_updated = ? WHERE id = ?",
        (rows_read, posts_added, posts_updated, daily_added, daily_updated, import_id),
    )


def store_daily(
    conn: sqlite3.Connection,
    rows: Sequence[tuple[object, ...]],
    progress: Callable[[int], None] | None,
    done_before: int,
) -> None:
    """Upsert (network, account, day, metric, value, import id) rows."""
    _store(conn, _DAILY_UPSERT, rows, progress, done_before)


def store_hourly(
    conn: sqlite3.Connection,
    rows: Sequence[tuple[object, ...]],
    progress: Callable[[int], None] | None,
    done_before: int,
) -> None:
    """Upsert (network, account, day, hour, active, import id) rows."""
    _store(conn, _HOURLY_UPSERT, rows, progress, done_before)


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


def store_posts(
    conn: sqlite3.Connection,
    rows: list[tuple[object, ...]],
    progress: Callable[[int], None] | None,
    done_before: int = 0,
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
            _store(conn, _POST_INSERT, rows, progress, done_before)
        except sqlite3.IntegrityError:
            conn.execute("ROLLBACK TO stat_posts_new")
            conn.execute("RELEASE stat_posts_new")
        else:
            conn.execute("RELEASE stat_posts_new")
            return True
    _store(conn, _POST_UPSERT, rows, progress, done_before)
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
            by_network[row[0]].append(str(row[2]))  # the external id (text)
    return any(
        conn.execute(
            "SELECT EXISTS (SELECT 1 FROM stat_posts WHERE network = ?"
            " AND external_id BETWEEN ? AND ?)",
            (network, min(group), max(group)),
        ).fetchone()[0]
        for network, group in by_network.items()
    )


def stored_post_rows(
    rows: Sequence[PostRow], zone: tzinfo, import_id: int
) -> list[tuple[object, ...]]:
    """PostRows as the statements take them: times as ISO text with the offset of the
    plan's zone (the day and hour the statistics read, storage/imported_post_times.py),
    the import id."""
    stored: list[tuple[object, ...]] = []
    add = stored.append
    for network, account, external_id, link, moment, known, text, kind, metrics in rows:
        if moment is not None:
            # in_plan_zone and stored_text, inlined: this loop runs once per imported post.
            if moment.tzinfo is None or not known:  # a local time, or a day only
                moment = moment.replace(tzinfo=zone)
            elif moment.tzinfo is not zone:  # e.g. Meta's Pacific time
                moment = moment.astimezone(zone)
            published: str | None = (
                moment.isoformat()
                if not moment.microsecond
                else moment.isoformat(timespec="seconds")
            )
        else:
            published = None
        add((network, account, external_id, link, published, known, text, kind, metrics, import_id))
    return stored


def touched(conn: sqlite3.Connection, table: str, import_id: int) -> tuple[int, int]:
    """(rows now owned by this import, of which overwritten from an earlier one)."""
    owned = conn.execute(
        f"SELECT count(*) FROM {table} WHERE import_id = ?", (import_id,)
    ).fetchone()[0]
    overwritten = conn.execute(
        "SELECT count(*) FROM stat_overwritten WHERE import_id = ? AND table_name = ?",
        (import_id, table),
    ).fetchone()[0]
    return int(owned), int(overwritten)
