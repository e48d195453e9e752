"""Reads behind plan versus actual (services/plan_vs_actual.py), as plain rows: the
planned posts due, the matched imported posts' published times, how many posts were
imported and how far each network's exports reach.

Only what the comparison needs: a large plan's million imported posts are counted
and their latest time per network looked up in an index (stat_posts_network_time),
never read one by one (that took 8.8 s).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

from smplanner.storage.statistics_post_table import post_networks

# A post's title, else the first line of its text: what the pane names it by.
_NAME = (
    "CASE WHEN coalesce(title, '') = '' THEN"
    " substr(coalesce(text, ''), 1, instr(coalesce(text, '') || char(10), char(10)) - 1)"
    " ELSE title END"
)


def select_planned_until(
    conn: sqlite3.Connection, until: str
) -> list[tuple[int, str, str, str, str]]:
    """(id, network, title or first line, scheduled_at, status) of each scheduled post
    stored before ``until`` (a local time as stored, compared as text), in time order.

    Stored times are the plan's wall clock: the caller gives a margin and compares the
    moments exactly (an autumn hour is lived twice)."""
    return conn.execute(
        f"SELECT id, network, {_NAME}, scheduled_at, status FROM posts"
        " WHERE scheduled_at IS NOT NULL AND scheduled_at < ? ORDER BY scheduled_at, id",
        (until,),
    ).fetchall()


def select_matched_times(conn: sqlite3.Connection) -> list[tuple[int, int, str, str | None]]:
    """(imported id, planned id, how, published_at) of each stored match."""
    # CROSS JOIN keeps the matches outside: SQLite would otherwise walk every post.
    return conn.execute(
        "SELECT m.stat_post_id, m.planned_post_id, m.how, p.published_at"
        " FROM stat_post_matches m CROSS JOIN stat_posts p ON p.id = m.stat_post_id"
    ).fetchall()


def count_imported(conn: sqlite3.Connection) -> int:
    """How many imported posts the plan holds."""
    return int(conn.execute("SELECT count(*) FROM stat_posts").fetchone()[0])


def latest_published(conn: sqlite3.Connection) -> dict[str, str]:
    """Network -> the stored published_at of its latest imported post (networks whose
    posts have no time are left out).

    A loose index scan: one index seek per network (the next network name, then its
    greatest time), so the cost does not grow with the imported posts."""
    latest: dict[str, str] = {}
    for network in post_networks(conn):
        (greatest,) = conn.execute(
            "SELECT max(published_at) FROM stat_posts WHERE network = ?", (network,)
        ).fetchone()
        if greatest is not None:
            latest[network] = _latest_of_last_days(conn, network, greatest)
    return latest


def _latest_of_last_days(conn: sqlite3.Connection, network: str, greatest: str) -> str:
    """The latest moment among the posts of the last two stored days: the greatest text
    is the latest wall clock, which may be an hour before a later one once the clocks
    went back."""
    try:
        day = date.fromisoformat(greatest[:10]) - timedelta(days=1)
    except ValueError:
        return greatest  # not a date: nothing better to compare it by
    candidates = [
        text
        for (text,) in conn.execute(
            "SELECT published_at FROM stat_posts WHERE network = ? AND published_at >= ?",
            (network, day.isoformat()),
        )
    ]
    return max(candidates, key=_moment_key, default=greatest)


def _moment_key(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    # A time with no offset is taken as UTC: only its order among the others matters.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
