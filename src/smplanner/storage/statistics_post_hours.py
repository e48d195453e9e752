"""Each timed imported post's weekday, hour and engagement rate (``stat_post_hours``,
statistics migration 0008), kept in the order the best hours' sums are made:
statistics_post_aggregates.rate_cells walks this table cell by cell, posts by id,
instead of reading every post's JSON figures again after each import (5-14 s at
1,000,000 posts; the walk takes ~0.2 s).

Derived data, never exported (plan_json.DERIVED_TABLES). Every post up to the mark
(``stat_post_hours_mark``) has its row; the posts after it, those imports (and
redos) inserted since, get theirs from ``catch_up``, run before the sums are read:
- triggers follow what changes or removes a post up to the mark (an upsert that
  changes it, an undo, a new time zone): they forget its row and write its new one;
  a removal lowers the mark below the post, as SQLite may give its id again;
- inserts have no trigger, and so the import costs what it did: an INSERT trigger
  made each row of the import's executemany a statement writing several tables,
  each with a statement journal spilled to a temporary file past 64 KiB (storing
  100,000 posts took 13 s instead of 3.4 s); writing the rows in the import's own
  transaction, in one statement, still cost ~0.6-1 s per 100,000 posts (the rate
  read from JSON), a third of the storing. ``catch_up`` pays that on the worker
  that sums, once.

The rate is statistics_post_figures.RATE, written into the triggers: a change of the
formulas needs a step that re-creates them and refills the table, as the rate
indexes do (migrations/statistics_schema.py, RATE_INDEX_SHA256).
"""

from __future__ import annotations

import sqlite3

from smplanner.storage import statistics_post_figures as figures

TABLE = "stat_post_hours"
MARK_TABLE = "stat_post_hours_mark"

CREATE_TABLE = """CREATE TABLE stat_post_hours (
    network TEXT NOT NULL,
    weekday INTEGER NOT NULL,
    hour INTEGER NOT NULL,
    post_id INTEGER NOT NULL,
    rate REAL,
    PRIMARY KEY (network, weekday, hour, post_id)
) WITHOUT ROWID"""


def _hours_of(row: str) -> tuple[str, str, str]:
    """(weekday 0=Monday, hour, engagement rate) of a stat_posts row (``new``/``old``
    in a trigger, ``p`` in a query), as the best hours have always grouped posts: the
    stored text's day and hour (the plan's zone), the rate by its formula."""
    day = f"substr({row}.published_at, 1, 10)"
    weekday = f"(CAST(strftime('%w', {day}) AS INTEGER) + 6) % 7"
    hour = f"CAST(substr({row}.published_at, 12, 2) AS INTEGER)"
    rate = figures.RATE.replace("p.metrics", f"{row}.metrics").replace(
        "p.network", f"{row}.network"
    )
    return weekday, hour, rate


def _rows_of(row: str, source: str, verb: str = "INSERT") -> str:
    """The statement writing the rows of the timed posts ``row`` names (``source``:
    its FROM clause); a day SQLite cannot read gives no weekday and no row."""
    weekday, hour, rate = _hours_of(row)
    return (
        f"{verb} INTO stat_post_hours (network, weekday, hour, post_id, rate)"
        " SELECT network, weekday, hour, post_id, rate FROM ("
        f" SELECT {row}.network AS network, {weekday} AS weekday, {hour} AS hour,"
        f" {row}.id AS post_id, {rate} AS rate{source}"
        f" WHERE {row}.published_at IS NOT NULL AND {row}.time_known LIMIT -1)"
        " WHERE weekday IS NOT NULL"
    )


_MARK = "(SELECT post_id FROM stat_post_hours_mark WHERE id = 1)"


def _triggers() -> list[str]:
    weekday, hour, _rate = _hours_of("old")
    forget = (
        "DELETE FROM stat_post_hours WHERE network = old.network"
        f" AND weekday = {weekday} AND hour = {hour} AND post_id = old.id;"
    )
    write_again = _rows_of("new", "").replace(" LIMIT -1)", f" AND new.id <= {_MARK} LIMIT -1)")
    return [
        "CREATE TRIGGER stat_post_hours_updated AFTER UPDATE OF"
        " id, network, published_at, time_known, metrics ON stat_posts"
        f" BEGIN {forget} {write_again}; END",
        "CREATE TRIGGER stat_post_hours_deleted AFTER DELETE ON stat_posts BEGIN"
        f" {forget} UPDATE stat_post_hours_mark SET post_id = old.id - 1"
        " WHERE id = 1 AND post_id >= old.id; END",
    ]


# Read by migrations/statistics_schema.py (and so by schema_audit, which knows the app's own).
TRIGGERS = _triggers()

CREATE_MARK = (
    "CREATE TABLE stat_post_hours_mark (id INTEGER PRIMARY KEY CHECK (id = 1),"
    " post_id INTEGER NOT NULL)"
)


def _mark(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT post_id FROM stat_post_hours_mark WHERE id = 1").fetchone()
    return 0 if row is None else int(row[0])


def _last_post(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM stat_posts").fetchone()[0])


def _set_mark(conn: sqlite3.Connection, post_id: int) -> None:
    conn.execute(
        "INSERT INTO stat_post_hours_mark (id, post_id) VALUES (1, ?)"
        " ON CONFLICT (id) DO UPDATE SET post_id = excluded.post_id",
        (post_id,),
    )


def caught_up(conn: sqlite3.Connection) -> bool:
    """Whether every stored post has its row (two index seeks)."""
    return _mark(conn) >= _last_post(conn)


def catch_up(conn: sqlite3.Connection) -> None:
    """Write the rows of the posts after the mark (inside the caller's transaction);
    a post after the mark that has a row already (an undo lowered the mark below
    it) keeps it: the triggers keep every row written up to date."""
    mark, last = _mark(conn), _last_post(conn)
    if mark >= last:
        return
    conn.execute(
        _rows_of("p", " FROM stat_posts p", "INSERT OR IGNORE").replace(
            " LIMIT -1)", " AND p.id > ? LIMIT -1)"
        )
        + " ORDER BY network, weekday, hour, post_id",
        (mark,),
    )
    _set_mark(conn, last)


def refill(conn: sqlite3.Connection) -> None:
    """Write the table again from every stored post (a new step, a plan read from JSON)."""
    conn.execute("DELETE FROM stat_post_hours")
    conn.execute(_rows_of("p", " FROM stat_posts p") + " ORDER BY network, weekday, hour, post_id")
    last = _last_post(conn)
    if last or _mark(conn):  # no mark at all is mark 0: an empty plan holds no row
        _set_mark(conn, last)
