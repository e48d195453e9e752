"""Figures over many imported posts, computed by SQLite: engagement per publishing
hour (for the heat map) and one KPI per post over a period (for objectives).

Nothing here builds a Python object per post, except for the few posts whose hour
the caller must work out one by one (``rates_in_buckets``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import date

from smplanner.domain import kpi
from smplanner.domain import stat_records as m
from smplanner.storage import statistics_post_figures as figures

# A post's publishing hour as stored: "2024-03-01T09" + its offset "+01:00". Posts of
# one such hour share their local hour in any zone whose offset differs by whole hours.
HOUR_BUCKET = "substr(p.published_at, 1, 13) || substr(p.published_at, -6)"

_TIMED = "p.published_at IS NOT NULL AND p.time_known"


def _network_clause(network: str | None) -> tuple[str, list[object]]:
    return ("", []) if network is None else (" AND p.network = ?", [network])


def rate_buckets(
    conn: sqlite3.Connection, network: str | None = None
) -> Iterator[tuple[str, str, float, int]]:
    """(network, hour bucket, sum of engagement rates, posts with a rate) of the posts
    with a known publishing time, per network and stored hour (posts 0: no rate)."""
    clause, params = _network_clause(network)
    # LIMIT -1 keeps SQLite from merging the subquery into the grouping, which would
    # compute each post's rate once for sum() and again for count().
    cursor = conn.execute(
        f"SELECT network, bucket, total(rate), count(rate) FROM (SELECT p.network,"
        f" {HOUR_BUCKET} AS bucket, {figures.RATE} AS rate FROM stat_posts p"
        f" WHERE {_TIMED}{clause} LIMIT -1) GROUP BY network, bucket",
        params,
    )
    while batch := cursor.fetchmany(4096):
        yield from batch


def rates_in_buckets(
    conn: sqlite3.Connection, network: str | None, buckets: Iterable[str]
) -> Iterator[tuple[str, str, float]]:
    """(network, published_at, engagement rate) of each post of these hour buckets."""
    clause, params = _network_clause(network)
    cursor = conn.execute(
        f"SELECT network, published_at, rate FROM (SELECT p.network, p.published_at,"
        f" {HOUR_BUCKET} AS bucket, {figures.RATE} AS rate FROM stat_posts p"
        f" WHERE {_TIMED}{clause}) WHERE rate IS NOT NULL"
        " AND bucket IN (SELECT value FROM json_each(?))",
        [*params, json.dumps(sorted(set(buckets)))],
    )
    while batch := cursor.fetchmany(4096):
        yield from batch


def timed_post_count(conn: sqlite3.Connection, network: str) -> int:
    """How many of a network's posts have a known publishing time."""
    row = conn.execute(
        f"SELECT count(*) FROM stat_posts p WHERE {_TIMED} AND p.network = ?", (network,)
    ).fetchone()
    return int(row[0])


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
