"""SQL of the plan's labels (table ``labels``) and of which post carries which
(``post_labels``); a post's own labels are read and written with the post
(calendar_rows / calendar_writes)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from smplanner.domain.labels import Label


def select_labels(conn: sqlite3.Connection) -> list[Label]:
    """Every label, in the order they were made."""
    rows = conn.execute("SELECT id, name, colour FROM labels ORDER BY id")
    return [Label(int(row[0]), row[1], row[2]) for row in rows]


def insert_label(conn: sqlite3.Connection, name: str, colour: str, stamp: str) -> int:
    cursor = conn.execute(
        "INSERT INTO labels (name, colour, created_at) VALUES (?, ?, ?)", [name, colour, stamp]
    )
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


def upsert_label(conn: sqlite3.Connection, label: Label) -> None:
    """Write a label with its id: put back after a delete, or its name and colour."""
    conn.execute(
        "INSERT INTO labels (id, name, colour) VALUES (?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, colour = excluded.colour",
        [label.id, label.name, label.colour],
    )


def delete_label(conn: sqlite3.Connection, label_id: int) -> None:
    """A label, and its place on every post (ON DELETE CASCADE, said here too)."""
    conn.execute("DELETE FROM post_labels WHERE label_id = ?", [label_id])
    conn.execute("DELETE FROM labels WHERE id = ?", [label_id])


def label_post_ids(conn: sqlite3.Connection, label_id: int) -> list[int]:
    """The posts carrying a label (what deleting it takes off, and undo puts back)."""
    rows = conn.execute(
        "SELECT post_id FROM post_labels WHERE label_id = ? ORDER BY post_id", [label_id]
    )
    return [int(row[0]) for row in rows]


def link_label_posts(conn: sqlite3.Connection, label_id: int, post_ids: Iterable[int]) -> None:
    """Put a label back on these posts (those that still exist)."""
    conn.executemany(
        "INSERT OR IGNORE INTO post_labels (post_id, label_id) SELECT id, ? FROM posts"
        " WHERE id = ?",
        [(label_id, post_id) for post_id in post_ids],
    )


def label_usage(conn: sqlite3.Connection) -> dict[int, int]:
    """label id -> how many posts carry it (the labels dialog says it before a delete)."""
    rows = conn.execute("SELECT label_id, count(*) FROM post_labels GROUP BY label_id")
    return {int(row[0]): int(row[1]) for row in rows}
