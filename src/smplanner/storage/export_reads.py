"""Reads for the exports that stream a large plan to a file: rows a batch at a time.

The statistics CSV of imported posts may hold 1,000,000 rows: its columns (every
metric found in any post) come from one SQL pass, its rows from a second one read
``batch`` rows at a time, so memory does not grow with the plan.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any


def stat_post_metric_names(conn: sqlite3.Connection) -> list[str]:
    """Every metric name found in any imported post, sorted."""
    rows = conn.execute(
        "SELECT DISTINCT j.key FROM stat_posts, json_each(stat_posts.metrics) AS j ORDER BY 1"
    )
    return [row[0] for row in rows]


def stream_stat_posts(conn: sqlite3.Connection, batch: int = 256) -> Iterator[tuple[Any, ...]]:
    """(network, account, published_at, link, text, planned post id, metrics JSON) of
    every imported post, oldest first, read ``batch`` rows at a time."""
    cursor = conn.execute(
        "SELECT p.network, p.account, p.published_at, p.link, p.text, m.planned_post_id,"
        " p.metrics FROM stat_posts p"
        " LEFT JOIN stat_post_matches m ON m.stat_post_id = p.id"
        " ORDER BY p.published_at, p.id"
    )
    while rows := cursor.fetchmany(batch):
        yield from rows
