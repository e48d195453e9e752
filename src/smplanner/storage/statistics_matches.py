"""stat_post_matches: which planned post (the calendar's posts.id) an imported one is."""

from __future__ import annotations

import sqlite3

Match = tuple[int, int, str, float]  # imported post id, planned post id, how, score


def select_matches(conn: sqlite3.Connection) -> list[Match]:
    return [
        (int(a), int(b), str(c), float(d))
        for a, b, c, d in conn.execute(
            "SELECT stat_post_id, planned_post_id, how, score FROM stat_post_matches"
        )
    ]


def replace_matches(conn: sqlite3.Connection, matches: list[Match]) -> None:
    """Make ``matches`` the plan's whole matching (inside the caller's transaction)."""
    conn.execute("DELETE FROM stat_post_matches")
    conn.executemany(
        "INSERT INTO stat_post_matches (stat_post_id, planned_post_id, how, score)"
        " VALUES (?, ?, ?, ?)",
        matches,
    )
