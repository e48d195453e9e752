"""What a batch of rows of a posts CSV refers to in the plan, read a batch at a time
(services/posts_csv_rows.py): a 100,000-row file never loads the whole plan's posts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection

from smplanner.domain.post_refs import PostRef
from smplanner.storage.calendar_rows import select_posts

# The whitespace SQLite's trim() drops for a first sieve of ideas by text; the
# caller compares str.strip() of each candidate, the rule the import matches by.
_BLANKS = " \t\n\r\x0b\x0c"


def _marks(values: Collection[object]) -> str:
    return ",".join("?" * len(values))


def scheduled_at(
    conn: sqlite3.Connection, stored_times: Collection[str], below: int
) -> list[PostRef]:
    """Posts with an id under ``below`` scheduled at one of these stored times (text, as
    calendar_rows stores it)."""
    if not stored_times:
        return []
    where = f"WHERE scheduled_at IN ({_marks(stored_times)}) AND id < ?"
    return select_posts(conn, where, (*stored_times, below))


def ideas_with_texts(conn: sqlite3.Connection, texts: Collection[str], below: int) -> list[PostRef]:
    """Ideas (no date) with an id under ``below`` whose text, trimmed, is one of
    ``texts`` (already stripped)."""
    if not texts:
        return []
    return select_posts(
        conn,
        f"WHERE scheduled_at IS NULL AND trim(text, ?) IN ({_marks(texts)}) AND id < ?",
        (_BLANKS, *texts, below),
    )


def existing_groups(conn: sqlite3.Connection, ids: Collection[int]) -> frozenset[int]:
    """The variant groups among ``ids`` that the plan has."""
    if not ids:
        return frozenset()
    rows = conn.execute(f"SELECT id FROM post_groups WHERE id IN ({_marks(ids)})", tuple(ids))
    return frozenset(row[0] for row in rows)


def largest_post_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM posts").fetchone()[0])
