"""Taking an import back by its id, and putting it back: the rows wait in SQL.

Undoing an import first copies every row it wrote (posts, daily and hourly
values, the earlier values it overwrote, its matches to planned posts, its
record) into TEMP tables of the connection, then removes it; redoing copies them
back, same ids. So an import's undo step keeps an id, not the parsed rows (a
20,000-row import is ~16 MB as Python rows), and redo never reads the files
again. TEMP tables live as long as the connection, as the undo stack does, and
are written to SQLite's temporary file, not kept in Python.

A table an import writes must be listed in ``_OWNED`` (the undo tests compare
every table of the plan after a redo).
"""

from __future__ import annotations

import json
import sqlite3

# table -> which of its rows belong to the import (one "?" for the import id)
_OWNED = {
    "stat_imports": "id = ?",
    "stat_posts": "import_id = ?",
    "stat_daily": "import_id = ?",
    "stat_hourly": "import_id = ?",
    "stat_overwritten": "import_id = ?",
    "stat_post_matches": "stat_post_id IN (SELECT id FROM {schema}.stat_posts WHERE import_id = ?)",
}


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]


def take_back_import(conn: sqlite3.Connection, import_id: int) -> None:
    """Delete the rows import ``import_id`` added and restore the earlier values it
    overwrote (kept in ``stat_overwritten`` by the triggers), inside the caller's
    transaction. Meant for the latest import touching those rows."""
    saved = conn.execute(
        "SELECT table_name, row_key, previous FROM stat_overwritten WHERE import_id = ?",
        (import_id,),
    ).fetchall()
    for table, key, previous_text in saved:
        previous = json.loads(previous_text)
        if table == "stat_posts":
            conn.execute(
                "UPDATE stat_posts SET account = ?, link = ?, published_at = ?, time_known = ?,"
                " text = ?,"
                " post_type = ?, metrics = ?, import_id = ? WHERE id = ?",
                (
                    previous["account"],
                    previous["link"],
                    previous["published_at"],
                    previous["time_known"],
                    previous["text"],
                    previous["post_type"],
                    previous["metrics"],
                    previous["import_id"],
                    int(key),
                ),
            )
        elif table == "stat_daily":
            network, account, day, metric = json.loads(key)
            conn.execute(
                "UPDATE stat_daily SET value = ?, import_id = ? WHERE network = ?"
                " AND account = ? AND day = ? AND metric = ?",
                (previous["value"], previous["import_id"], network, account, day, metric),
            )
        elif table == "stat_hourly":
            network, account, day, hour = json.loads(key)
            conn.execute(
                "UPDATE stat_hourly SET active = ?, import_id = ? WHERE network = ?"
                " AND account = ? AND day = ? AND hour = ?",
                (previous["active"], previous["import_id"], network, account, day, hour),
            )
    for table in ("stat_posts", "stat_daily", "stat_hourly"):
        conn.execute(f"DELETE FROM {table} WHERE import_id = ?", (import_id,))
    conn.execute("DELETE FROM stat_overwritten WHERE import_id = ?", (import_id,))
    conn.execute("DELETE FROM stat_imports WHERE id = ?", (import_id,))


def park_import(conn: sqlite3.Connection, import_id: int) -> None:
    """Copy what import ``import_id`` wrote into TEMP tables (before it is undone)."""
    for table in _OWNED:
        conn.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS parked_{table} AS SELECT * FROM main.{table} WHERE 0"
        )
    forget_parked(conn, import_id)
    for table, where in _OWNED.items():
        conn.execute(
            f"INSERT INTO temp.parked_{table} SELECT * FROM main.{table}"
            f" WHERE {where.format(schema='main')}",
            (import_id,),
        )


def unpark_import(conn: sqlite3.Connection, import_id: int) -> None:
    """Write back what ``park_import`` kept (redo), then forget it.

    Posts an earlier import had (the import overwrote them) are updated in place, so
    their id, and the rows that point at it, stay; the others are inserted again.
    """
    conn.execute(
        "INSERT INTO main.stat_imports SELECT * FROM temp.parked_stat_imports WHERE id = ?",
        (import_id,),
    )
    columns = [c for c in _columns(conn, "stat_posts") if c != "id"]
    conn.execute(
        f"UPDATE main.stat_posts SET ({', '.join(columns)}) ="
        f" (SELECT {', '.join(columns)} FROM temp.parked_stat_posts AS p"
        "   WHERE p.id = main.stat_posts.id)"
        " WHERE id IN (SELECT id FROM temp.parked_stat_posts WHERE import_id = ?)",
        (import_id,),
    )
    conn.execute(
        "INSERT INTO main.stat_posts SELECT * FROM temp.parked_stat_posts AS p"
        " WHERE p.import_id = ? AND p.id NOT IN (SELECT id FROM main.stat_posts)",
        (import_id,),
    )
    # No trigger fires on REPLACE: what the import overwrote comes back from the park.
    for table in ("stat_daily", "stat_hourly"):
        conn.execute(
            f"INSERT OR REPLACE INTO main.{table} SELECT * FROM temp.parked_{table}"
            " WHERE import_id = ?",
            (import_id,),
        )
    conn.execute(
        "INSERT OR REPLACE INTO main.stat_overwritten"
        " SELECT * FROM temp.parked_stat_overwritten WHERE import_id = ?",
        (import_id,),
    )
    conn.execute(
        "INSERT OR REPLACE INTO main.stat_post_matches SELECT * FROM temp.parked_stat_post_matches"
        " WHERE stat_post_id IN (SELECT id FROM temp.parked_stat_posts WHERE import_id = ?)",
        (import_id,),
    )
    forget_parked(conn, import_id)


def forget_parked(conn: sqlite3.Connection, import_id: int) -> None:
    """Drop what ``park_import`` kept of one import."""
    conn.execute(
        "DELETE FROM temp.parked_stat_post_matches WHERE stat_post_id IN"
        " (SELECT id FROM temp.parked_stat_posts WHERE import_id = ?)",
        (import_id,),
    )
    for table in ("stat_posts", "stat_daily", "stat_hourly", "stat_overwritten"):
        conn.execute(f"DELETE FROM temp.parked_{table} WHERE import_id = ?", (import_id,))
    conn.execute("DELETE FROM temp.parked_stat_imports WHERE id = ?", (import_id,))


def parked_rows(conn: sqlite3.Connection) -> int:
    """How many rows wait in the TEMP tables (for tests and diagnostics)."""
    total = 0
    for table in _OWNED:
        exists = conn.execute(
            "SELECT 1 FROM sqlite_temp_master WHERE name = ?", (f"parked_{table}",)
        ).fetchone()
        if exists:
            total += conn.execute(f"SELECT count(*) FROM temp.parked_{table}").fetchone()[0]
    return total
