"""Taking an import back by its id, and putting it back: the rows wait in SQL.

Undoing an import first copies every row it wrote (posts, daily and hourly
values, the earlier values it overwrote, its matches to planned posts, its
record) into the tables of a "park", then removes it; redoing copies them back,
same ids. So an import's undo step keeps an id, not the parsed rows (a 20,000-row
import is ~16 MB as Python rows), and redo never reads the files again.

The park is a scratch SQLite file in the temporary folder, one per plan open in a
window (``park_of``: removed when that PlanFile goes), attached to whichever
connection undoes or redoes (``attach_park``): the window's, or a worker's own for
a large import (its undo takes seconds), so that a redo on another connection finds
what an undo parked. It was TEMP tables, which die with their connection.

A table an import writes must be listed in ``_OWNED`` (the undo tests compare
every table of the plan after a redo).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
import weakref

PARK = "smplanner_park"  # the schema name the park is attached as
_parks: weakref.WeakKeyDictionary[object, str] = weakref.WeakKeyDictionary()


def park_of(owner: object) -> str:
    """The park file of ``owner`` (the window's PlanFile): made when first asked,
    removed when the owner is collected or the program ends."""
    path = _parks.get(owner)
    if path is None:
        handle, path = tempfile.mkstemp(prefix="smplanner-undo-", suffix=".sqlite")
        os.close(handle)  # an empty file: an empty database to SQLite
        _parks[owner] = path
        weakref.finalize(owner, _remove, path)
    return path


def _remove(path: str) -> None:
    for leftover in (path, f"{path}-journal"):
        with contextlib.suppress(OSError):
            os.remove(leftover)


def attach_park(conn: sqlite3.Connection, path: str) -> None:
    """Attach the park at ``path`` to ``conn`` (outside a transaction), if not yet."""
    attached = {row[1]: row[2] for row in conn.execute("PRAGMA database_list")}
    if PARK in attached:
        if os.path.samefile(attached[PARK], path):
            return
        conn.execute(f"DETACH DATABASE {PARK}")
    conn.execute(f"ATTACH DATABASE ? AS {PARK}", (path,))
    conn.execute(f"PRAGMA {PARK}.synchronous = OFF")  # scratch: gone with the undo stack


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
    """Copy what import ``import_id`` wrote into the park attached (before it is undone)."""
    for table in _OWNED:
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {PARK}.parked_{table} AS"
            f" SELECT * FROM main.{table} WHERE 0"
        )
    forget_parked(conn, import_id)
    for table, where in _OWNED.items():
        conn.execute(
            f"INSERT INTO {PARK}.parked_{table} SELECT * FROM main.{table}"
            f" WHERE {where.format(schema='main')}",
            (import_id,),
        )


def unpark_import(conn: sqlite3.Connection, import_id: int) -> None:
    """Write back what ``park_import`` kept (redo), then forget it.

    Posts an earlier import had (the import overwrote them) are updated in place, so
    their id, and the rows that point at it, stay; the others are inserted again.
    """
    conn.execute(
        f"INSERT INTO main.stat_imports SELECT * FROM {PARK}.parked_stat_imports WHERE id = ?",
        (import_id,),
    )
    columns = [c for c in _columns(conn, "stat_posts") if c != "id"]
    conn.execute(
        f"UPDATE main.stat_posts SET ({', '.join(columns)}) ="
        f" (SELECT {', '.join(columns)} FROM {PARK}.parked_stat_posts AS p"
        "   WHERE p.id = main.stat_posts.id)"
        f" WHERE id IN (SELECT id FROM {PARK}.parked_stat_posts WHERE import_id = ?)",
        (import_id,),
    )
    conn.execute(
        f"INSERT INTO main.stat_posts SELECT * FROM {PARK}.parked_stat_posts AS p"
        " WHERE p.import_id = ? AND p.id NOT IN (SELECT id FROM main.stat_posts)",
        (import_id,),
    )
    # No trigger fires on REPLACE: what the import overwrote comes back from the park.
    for table in ("stat_daily", "stat_hourly"):
        conn.execute(
            f"INSERT OR REPLACE INTO main.{table} SELECT * FROM {PARK}.parked_{table}"
            " WHERE import_id = ?",
            (import_id,),
        )
    conn.execute(
        "INSERT OR REPLACE INTO main.stat_overwritten"
        f" SELECT * FROM {PARK}.parked_stat_overwritten WHERE import_id = ?",
        (import_id,),
    )
    conn.execute(
        "INSERT OR REPLACE INTO main.stat_post_matches"
        f" SELECT * FROM {PARK}.parked_stat_post_matches"
        f" WHERE stat_post_id IN (SELECT id FROM {PARK}.parked_stat_posts WHERE import_id = ?)",
        (import_id,),
    )
    forget_parked(conn, import_id)


def forget_parked(conn: sqlite3.Connection, import_id: int) -> None:
    """Drop what ``park_import`` kept of one import."""
    conn.execute(
        f"DELETE FROM {PARK}.parked_stat_post_matches WHERE stat_post_id IN"
        f" (SELECT id FROM {PARK}.parked_stat_posts WHERE import_id = ?)",
        (import_id,),
    )
    for table in ("stat_posts", "stat_daily", "stat_hourly", "stat_overwritten"):
        conn.execute(f"DELETE FROM {PARK}.parked_{table} WHERE import_id = ?", (import_id,))
    conn.execute(f"DELETE FROM {PARK}.parked_stat_imports WHERE id = ?", (import_id,))


def parked_rows(conn: sqlite3.Connection) -> int:
    """How many rows wait in the park attached to ``conn`` (tests and diagnostics)."""
    attached = {row[1] for row in conn.execute("PRAGMA database_list")}
    if PARK not in attached:
        return 0
    total = 0
    for table in _OWNED:
        exists = conn.execute(
            f"SELECT 1 FROM {PARK}.sqlite_master WHERE name = ?", (f"parked_{table}",)
        ).fetchone()
        if exists:
            total += conn.execute(f"SELECT count(*) FROM {PARK}.parked_{table}").fetchone()[0]
    return total


def import_posts(conn: sqlite3.Connection, import_ids: list[int]) -> int:
    """How many posts these imports stored (what their undo costs, mostly)."""
    row = conn.execute(
        "SELECT count(*) FROM stat_posts WHERE import_id IN (SELECT value FROM json_each(?))",
        (json.dumps(import_ids),),
    ).fetchone()
    return int(row[0])
