"""Figures over many imported posts, computed by SQLite: engagement per weekday ×
hour (for the heat map and the best hours) and one KPI per post over a period (for
objectives).

Nothing here builds a Python object per post.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date
from typing import Any

from smplanner.domain import kpi
from smplanner.domain import stat_records as m
from smplanner.storage import statistics_post_figures as figures
from smplanner.storage import statistics_post_hours as post_hours


def rate_cells(
    conn: sqlite3.Connection, network: str | None = None
) -> list[tuple[str, int, int, float, int, int]]:
    """(network, weekday 0=Monday, hour, sum of engagement rates, posts with a rate,
    posts) of the posts with a known publishing time, per network and weekday × hour:
    a few hundred rows, whatever the plan's size.

    The day and hour are the stored text's: imported times are stored in the plan's
    zone (imported_post_times), so they are the client's own. Read from
    stat_post_hours when every post has its row there (statistics_post_hours: one
    walk, no JSON parsed, no sort; each cell's rates added post by post in id
    order); else, on a plan this connection cannot write to catch it up, from every
    post's figures (seconds at 1,000,000 posts; the sums equal to rounding)."""
    if post_hours.caught_up(conn):
        clause, params = ("", []) if network is None else (" WHERE network = ?", [network])
        rows = conn.execute(
            "SELECT network, weekday, hour, total(rate), count(rate), count(*)"
            f" FROM stat_post_hours{clause} GROUP BY network, weekday, hour",
            params,
        ).fetchall()
    else:
        rows = _rate_cells_from_figures(conn, network)
    return [(n, int(d), int(h), float(t), int(r), int(c)) for n, d, h, t, r, c in rows]


def _rate_cells_from_figures(
    conn: sqlite3.Connection, network: str | None
) -> list[tuple[Any, ...]]:
    clause, params = ("", []) if network is None else (" AND p.network = ?", [network])
    # Grouped by day and hour first, so that the weekday is worked out once per day.
    # LIMIT -1 keeps SQLite from merging the subquery into the grouping, which would
    # compute each post's rate once for total() and again for count().
    return conn.execute(
        "SELECT network, (CAST(strftime('%w', day) AS INTEGER) + 6) % 7 AS weekday, hour,"
        " total(rates), sum(rated), sum(posts) FROM ("
        " SELECT network, day, hour, total(rate) AS rates, count(rate) AS rated,"
        " count(*) AS posts FROM ("
        " SELECT p.network, substr(p.published_at, 1, 10) AS day,"
        f" CAST(substr(p.published_at, 12, 2) AS INTEGER) AS hour, {figures.RATE} AS rate"
        " FROM stat_posts p WHERE p.published_at IS NOT NULL AND p.time_known"
        f"{clause} LIMIT -1)"
        " GROUP BY network, day, hour)"
        " WHERE weekday IS NOT NULL GROUP BY network, weekday, hour",
        params,
    ).fetchall()


def figures_stamp(conn: sqlite3.Connection) -> tuple[int, int, int, int]:
    """(posts, greatest post id, imports, greatest import id): every import, and every
    undo or redo of one, changes one of them (an import's undo removes its record)."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM stat_posts), (SELECT coalesce(max(id), 0) FROM stat_posts),"
        " (SELECT count(*) FROM stat_imports), (SELECT coalesce(max(id), 0) FROM stat_imports)"
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2]), int(row[3])


def _period(start: date | None, end: date | None) -> tuple[str, list[object]]:
    """Days compared as ``stat_posts()`` compares them: the stored date."""
    clause, params = "", list[object]()
    if start is not None:
        clause += " AND substr(p.published_at, 1, 10) >= ?"
        params.append(start.isoformat())
    if end is not None:
        clause += " AND substr(p.published_at, 1, 10) <= ?"
        params.append(end.isoformat())
    return clause, params


def networks_with_posts(
    conn: sqlite3.Connection, networks: Iterable[str], start: date | None, end: date | None
) -> list[str]:
    """Those of ``networks`` with a post published in [start, end]."""
    wanted = sorted(set(networks))
    if not wanted:
        return []
    clause, params = _period(start, end)
    rows = conn.execute(
        f"SELECT DISTINCT p.network FROM stat_posts p WHERE p.network IN"
        f" ({', '.join('?' * len(wanted))}){clause} ORDER BY 1",
        [*wanted, *params],
    )
    return [row[0] for row in rows]


# A post's own figure for a rate objective (statistics_progress._post_rate).
_POST_VALUES = {
    "ctr": figures.CLICK_THROUGH_RATE,
    "avg_watch_time": figures.metric(m.AVERAGE_WATCH_SECONDS),
    "completion_rate": figures.metric(m.COMPLETION_RATE),
}


def post_values(
    conn: sqlite3.Connection,
    network: str,
    kpi_id: str,
    start: date | None,
    end: date | None,
    denominator: str = kpi.BY_REACH,
) -> list[tuple[date, float]]:
    """(stored publishing day, value) of a network's posts of [start, end] that have
    the KPI (``engagement_rate`` by ``denominator``, ``ctr``, ``avg_watch_time`` or
    ``completion_rate``), oldest first."""
    value = figures.rate_by(denominator) if kpi_id == "engagement_rate" else _POST_VALUES[kpi_id]
    clause, params = _period(start, end)
    rows = conn.execute(
        f"SELECT day, value FROM (SELECT substr(p.published_at, 1, 10) AS day, {value} AS value,"
        f" p.published_at, p.id FROM stat_posts p WHERE p.network = ?"
        f" AND p.published_at IS NOT NULL{clause})"
        " WHERE value IS NOT NULL ORDER BY published_at, id",
        [network, *params],
    )
    return [(date.fromisoformat(day), value) for day, value in rows]


def post_sums_by_day(
    conn: sqlite3.Connection, network: str, metric_name: str, start: date | None, end: date | None
) -> list[tuple[date, float]]:
    """(stored publishing day, sum of the posts' figure) for a network's posts of
    [start, end] that have it, oldest first: a reach objective read from the posts
    where the network's exports give no daily reach (Meta's posts exports)."""
    clause, params = _period(start, end)
    value = figures.metric(metric_name)
    rows = conn.execute(
        f"SELECT substr(p.published_at, 1, 10) AS day, sum({value}) FROM stat_posts p"
        f" WHERE p.network = ? AND p.published_at IS NOT NULL AND {value} IS NOT NULL{clause}"
        " GROUP BY day ORDER BY day",
        [network, *params],
    )
    return [(date.fromisoformat(day), float(total)) for day, total in rows]
