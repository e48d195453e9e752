"""The best hours' sums by network, weekday and hour (statistics_post_aggregates.
rate_cells), kept in the plan with the stamp of the figures they were summed from.

Derived data: a stamp that differs from the plan's (an import, its undo, a new time
zone, another formula for the rate) means the sums are summed again, never trusted.
"""

from __future__ import annotations

import sqlite3

Cell = tuple[str, int, int, float, int, int]  # network, weekday, hour, rates, rated, posts


def kept_cells(conn: sqlite3.Connection, stamp: str) -> list[Cell] | None:
    """The sums kept for ``stamp``, None when the ones kept (if any) are of other figures."""
    row = conn.execute("SELECT stamp FROM stat_hour_cells_stamp WHERE id = 1").fetchone()
    if row is None or row[0] != stamp:
        return None
    return conn.execute(
        "SELECT network, weekday, hour, rates, rated, posts FROM stat_hour_cells"
    ).fetchall()


def keep_cells(conn: sqlite3.Connection, stamp: str, cells: list[Cell]) -> None:
    """Replace the sums kept by ``cells``, summed from the figures of ``stamp``
    (inside the caller's transaction)."""
    conn.execute("DELETE FROM stat_hour_cells")
    conn.executemany("INSERT INTO stat_hour_cells VALUES (?, ?, ?, ?, ?, ?)", cells)
    conn.execute(
        "INSERT INTO stat_hour_cells_stamp (id, stamp) VALUES (1, ?)"
        " ON CONFLICT (id) DO UPDATE SET stamp = excluded.stamp",
        (stamp,),
    )
