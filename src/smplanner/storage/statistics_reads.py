"""Reads of the statistics tables (imports, daily series, imported posts, activity
hours, matches) as plain rows; services/statistics_queries.py gives them their types.

The posts table's sorted, filtered windows and KPIs are in statistics_post_table.py
and statistics_post_aggregates.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from typing import Any


def select_imports(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """Every recorded import, newest first (the columns of ImportRecord)."""
    return conn.execute(
        "SELECT id, source_label, source_kind, file_hash, imported_at, rows_read,"
        " posts_added, posts_updated, daily_added, daily_updated"
        " FROM stat_imports ORDER BY id DESC"
    ).fetchall()


def select_series_keys(conn: sqlite3.Connection) -> list[tuple[str, str, str, str, int]]:
    """(network, metric, first day, last day, days) of each daily series."""
    return conn.execute(
        "SELECT network, metric, min(day), max(day), count(DISTINCT day) FROM stat_daily"
        " GROUP BY network, metric ORDER BY network, metric"
    ).fetchall()


def select_daily_series(
    conn: sqlite3.Connection,
    network: str,
    metric: str,
    start: date | None,
    end: date | None,
    account: str | None,
) -> list[tuple[str, float]]:
    """(ISO day, value summed over the accounts, or of the one named) by day."""
    sql = "SELECT day, sum(value) FROM stat_daily WHERE network = ? AND metric = ?"
    params: list[object] = [network, metric]
    if account is not None:
        sql += " AND account = ?"
        params.append(account)
    if start is not None:
        sql += " AND day >= ?"
        params.append(start.isoformat())
    if end is not None:
        sql += " AND day <= ?"
        params.append(end.isoformat())
    sql += " GROUP BY day ORDER BY day"
    return conn.execute(sql, params).fetchall()


def select_stat_posts(
    conn: sqlite3.Connection, network: str | None, start: date | None, end: date | None
) -> list[tuple[Any, ...]]:
    """Imported posts with their metrics and planned post, oldest first: (id, network,
    account, external id, link, published_at, text, post type, metrics JSON, planned
    post id, time known)."""
    sql = (
        "SELECT p.id, p.network, p.account, p.external_id, p.link, p.published_at, p.text,"
        " p.post_type, p.metrics, m.planned_post_id, p.time_known FROM stat_posts p"
        " LEFT JOIN stat_post_matches m ON m.stat_post_id = p.id WHERE 1 = 1"
    )
    params: list[object] = []
    if network is not None:
        sql += " AND p.network = ?"
        params.append(network)
    if start is not None:
        sql += " AND substr(p.published_at, 1, 10) >= ?"
        params.append(start.isoformat())
    if end is not None:
        sql += " AND substr(p.published_at, 1, 10) <= ?"
        params.append(end.isoformat())
    sql += " ORDER BY p.published_at, p.id"
    return conn.execute(sql, params).fetchall()


def select_posts_to_match(conn: sqlite3.Connection) -> Sequence[tuple[Any, ...]]:
    """(id, network, external id, link, published_at, text), oldest first."""
    return conn.execute(
        "SELECT id, network, external_id, link, published_at, text FROM stat_posts"
        " ORDER BY published_at, id"
    ).fetchall()


def select_post_choices(conn: sqlite3.Connection) -> list[tuple[str, str, str | None]]:
    """(network, external id, first 50 characters of the text), oldest first."""
    return conn.execute(
        "SELECT network, external_id, substr(text, 1, 50) FROM stat_posts ORDER BY published_at, id"
    ).fetchall()


def select_activity_hours(conn: sqlite3.Connection, network: str) -> list[tuple[str, int, float]]:
    """(ISO day, hour, active followers) of a network's imported activity hours."""
    return conn.execute(
        "SELECT day, hour, active FROM stat_hourly WHERE network = ?", (network,)
    ).fetchall()


def select_matched_figures(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(planned post id, metrics JSON) of every imported post matched to a planned one."""
    return conn.execute(
        "SELECT m.planned_post_id, p.metrics FROM stat_post_matches m"
        " JOIN stat_posts p ON p.id = m.stat_post_id"
    ).fetchall()
