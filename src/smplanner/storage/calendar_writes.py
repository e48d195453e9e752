"""Every write of the calendar's tables (posts, groups, series, campaigns), in one style.

Plain parameterised SQL on the plan's connection, inside the caller's
``plan.transaction()`` (the services decide what one change is). Raw SQL rather
than sqlite-utils: a drag-and-drop move commits and repaints within a frame, and
the first window does not wait for sqlite-utils to load. Reads are in
calendar_rows.py. Rows are dicts of column -> value as calendar_rows builds them;
their keys are the code's own column names, never user text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

Row = dict[str, Any]


def _insert(conn: sqlite3.Connection, table: str, row: Row) -> int:
    columns = ", ".join(row)
    marks = ", ".join("?" * len(row))
    cursor = conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


def _update(conn: sqlite3.Connection, table: str, row_id: int, row: Row) -> None:
    settings = ", ".join(f"{column} = ?" for column in row)
    conn.execute(f"UPDATE {table} SET {settings} WHERE id = ?", [*row.values(), row_id])


def _upsert(conn: sqlite3.Connection, table: str, row: Row) -> None:
    """Insert the row, or update the given columns of the row with its id."""
    columns = ", ".join(row)
    marks = ", ".join("?" * len(row))
    settings = ", ".join(f"{column} = excluded.{column}" for column in row if column != "id")
    conn.execute(
        f"INSERT INTO {table} ({columns}) VALUES ({marks})"
        f" ON CONFLICT (id) DO UPDATE SET {settings}",
        list(row.values()),
    )


# ---------------------------------------------------------------- posts


def _split_labels(row: Row) -> tuple[Row, tuple[int, ...] | None]:
    """The posts columns of a row, and its labels (None: the row does not say)."""
    if "labels" not in row:
        return row, None
    columns = dict(row)
    return columns, tuple(columns.pop("labels"))


def set_post_labels(conn: sqlite3.Connection, post_id: int, label_ids: Iterable[int]) -> None:
    """Make a post carry exactly these labels (an id no label has any more, say from a
    dialog left open while the label was deleted, is skipped)."""
    conn.execute("DELETE FROM post_labels WHERE post_id = ?", [post_id])
    conn.executemany(
        "INSERT OR IGNORE INTO post_labels (post_id, label_id) SELECT ?, id FROM labels"
        " WHERE id = ?",
        [(post_id, label_id) for label_id in label_ids],
    )


def insert_post(conn: sqlite3.Connection, row: Row) -> int:
    columns, labels = _split_labels(row)
    post_id = _insert(conn, "posts", columns)
    if labels:
        set_post_labels(conn, post_id, labels)
    return post_id


def update_post(conn: sqlite3.Connection, post_id: int, row: Row) -> None:
    columns, labels = _split_labels(row)
    _update(conn, "posts", post_id, columns)
    if labels is not None:
        set_post_labels(conn, post_id, labels)


def upsert_posts(conn: sqlite3.Connection, rows: Iterable[Row]) -> None:
    """Write posts back with their ids (undo, redo): inserted again or overwritten."""
    for row in rows:
        columns, labels = _split_labels(row)
        _upsert(conn, "posts", columns)
        if labels is not None:
            set_post_labels(conn, int(columns["id"]), labels)


def delete_posts(conn: sqlite3.Connection, post_ids: Iterable[int]) -> None:
    conn.executemany("DELETE FROM posts WHERE id = ?", [(post_id,) for post_id in post_ids])


def set_schedule(
    conn: sqlite3.Connection, post_id: int, stored: str | None, status: str, stamp: str | None
) -> None:
    """A post's stored time and status; ``stamp`` (None: leave it) its edit time."""
    if stamp is None:
        conn.execute(
            "UPDATE posts SET scheduled_at = ?, status = ? WHERE id = ?", [stored, status, post_id]
        )
    else:
        conn.execute(
            "UPDATE posts SET scheduled_at = ?, status = ?, updated_at = ? WHERE id = ?",
            [stored, status, stamp, post_id],
        )


def set_status(
    conn: sqlite3.Connection, post_id: int, status: str, client_comment: str, stamp: str
) -> None:
    conn.execute(
        "UPDATE posts SET status = ?, client_comment = ?, updated_at = ? WHERE id = ?",
        [status, client_comment, stamp, post_id],
    )


def set_published(conn: sqlite3.Connection, post_id: int, stamp: str) -> None:
    conn.execute(
        "UPDATE posts SET status = 'published', updated_at = ? WHERE id = ?", [stamp, post_id]
    )


# ---------------------------------------------------------------- groups of variants


def insert_group(conn: sqlite3.Connection, title: str) -> int:
    return _insert(conn, "post_groups", {"title": title})


def set_post_group(conn: sqlite3.Connection, post_id: int, group_id: int | None) -> None:
    conn.execute("UPDATE posts SET group_id = ? WHERE id = ?", [group_id, post_id])


def set_major_announcement(conn: sqlite3.Connection, group_id: int, major: bool) -> None:
    conn.execute(
        "UPDATE post_groups SET major_announcement = ? WHERE id = ?", [int(major), group_id]
    )


# ---------------------------------------------------------------- recurring series


def insert_series(conn: sqlite3.Connection, row: Row) -> int:
    return _insert(conn, "post_series", row)


def upsert_series(conn: sqlite3.Connection, row: Row) -> None:
    _upsert(conn, "post_series", row)


def set_series_title(conn: sqlite3.Connection, series_id: int, title: str) -> None:
    conn.execute("UPDATE post_series SET title = ? WHERE id = ?", [title, series_id])


def set_series_rule(conn: sqlite3.Connection, series_id: int, rule: str, starts_at: str) -> None:
    conn.execute(
        "UPDATE post_series SET rule = ?, starts_at = ? WHERE id = ?", [rule, starts_at, series_id]
    )


def delete_series(conn: sqlite3.Connection, series_id: int) -> None:
    """A series and every occurrence of it."""
    conn.execute("DELETE FROM posts WHERE series_id = ?", [series_id])
    conn.execute("DELETE FROM post_series WHERE id = ?", [series_id])


# ---------------------------------------------------------------- campaigns


def insert_campaign(conn: sqlite3.Connection, row: Row) -> int:
    return _insert(conn, "campaigns", row)


def upsert_campaign(conn: sqlite3.Connection, row: Row) -> None:
    _upsert(conn, "campaigns", row)


def campaign_post_ids(conn: sqlite3.Connection, campaign_id: int) -> list[int]:
    """The posts of a campaign (what deleting it unlinks, and its undo links back)."""
    rows = conn.execute("SELECT id FROM posts WHERE campaign_id = ? ORDER BY id", [campaign_id])
    return [int(row[0]) for row in rows]


def link_campaign_posts(conn: sqlite3.Connection, campaign_id: int, post_ids: list[int]) -> None:
    """Put these posts back in a campaign (inside the caller's transaction)."""
    conn.executemany(
        "UPDATE posts SET campaign_id = ? WHERE id = ?", [(campaign_id, i) for i in post_ids]
    )


def delete_campaign(conn: sqlite3.Connection, campaign_id: int) -> None:
    """A campaign; its posts stay, without a campaign."""
    conn.execute("UPDATE posts SET campaign_id = NULL WHERE campaign_id = ?", [campaign_id])
    conn.execute("DELETE FROM campaigns WHERE id = ?", [campaign_id])
