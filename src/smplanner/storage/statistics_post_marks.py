"""The posts table's best and worst posts (statistics_post_table.best_and_worst), kept
in the plan with the stamp of the figures they were ranked from.

Derived data, as statistics_hour_cells.py: a stamp that differs from the plan's
means the posts are ranked again, never that these marks are trusted.
"""

from __future__ import annotations

import sqlite3


def kept_marks(conn: sqlite3.Connection, stamp: str) -> dict[int, str] | None:
    """Post id -> "best"/"worst" kept for ``stamp``; None when those kept (if any) are
    of other figures."""
    row = conn.execute("SELECT stamp FROM stat_post_marks_stamp WHERE id = 1").fetchone()
    if row is None or row[0] != stamp:
        return None
    return {
        int(post_id): str(mark)
        for post_id, mark in conn.execute("SELECT post_id, mark FROM stat_post_marks")
    }


def keep_marks(conn: sqlite3.Connection, stamp: str, marks: dict[int, str]) -> None:
    """Replace the marks kept by ``marks``, ranked from the figures of ``stamp``
    (inside the caller's transaction)."""
    conn.execute("DELETE FROM stat_post_marks")
    conn.executemany("INSERT INTO stat_post_marks VALUES (?, ?)", sorted(marks.items()))
    conn.execute(
        "INSERT INTO stat_post_marks_stamp (id, stamp) VALUES (1, ?)"
        " ON CONFLICT (id) DO UPDATE SET stamp = excluded.stamp",
        (stamp,),
    )
