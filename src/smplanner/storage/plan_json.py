"""The whole plan as one JSON document (layout version 1), table by table.

Generic on purpose: every feature's tables are found in the file itself
(sqlite_master), so a table added by any feature is exported without this module
knowing it. What is left out, and why:

- SQLite's own tables and the migration log (``_sqlite_migrations``): the importing
  smplanner rebuilds its schema with its own migrations.
- Full-text indexes (virtual tables and their shadow tables): they are derived data,
  rebuilt after an import.
- Figures kept with a stamp (a table ``X`` beside its ``X_stamp``: the best hours'
  sums, the best and worst posts): derived data too, worked out again after an
  import rather than trusted from a file that may have been edited.
- Tables of figures kept in step by triggers (``DERIVED_TABLES``: each timed post's
  weekday, hour and rate, the posts filter's index mark): written again on import.
- Any column whose name says it holds a secret (token, password, cookie...). Plans
  never store secrets — accounts keep only a keyring entry name — and this is the
  second lock on that door.

The layout is documented by resources/schemas/plan-export-1.schema.json.
"""

from __future__ import annotations

import base64
import math
import re
import sqlite3
from collections.abc import Iterator
from typing import Any

from smplanner import __version__
from smplanner.messages import Message
from smplanner.storage.migrations.statistics_schema import POST_HOURS_TABLES, POST_SEARCH_TABLES
from smplanner.storage.plan_file import PlanFile, now_iso

FORMAT_NAME = "smplanner-plan"
LAYOUT_VERSION = 1
SCHEMA_FILE = "plan-export-1.schema.json"

_SECRET_COLUMN = re.compile(r"token|secret|password|passwd|cookie|api_?key|credential", re.I)
MIGRATION_LOG = "_sqlite_migrations"
STAMP_SUFFIX = "_stamp"  # a table of figures kept with its stamp: derived, not exported
DERIVED_TABLES = frozenset(POST_HOURS_TABLES + POST_SEARCH_TABLES)

JsonValue = None | int | float | str | dict[str, str]


def is_secret_column(name: str) -> bool:
    """True for a column that, by its name, could hold a token or a password."""
    return bool(_SECRET_COLUMN.search(name))


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def exportable_tables(conn: sqlite3.Connection) -> list[str]:
    """The plan's own data tables, parents before the tables that refer to them."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid"
    ).fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    names = [
        name
        for name, _sql in rows
        if not name.startswith("sqlite_")
        and not name.startswith("_")
        and name not in virtual
        and name not in DERIVED_TABLES
        and not any(name.startswith(v + "_") for v in virtual)
    ]
    stamped = {name.removesuffix(STAMP_SUFFIX) for name in names if name.endswith(STAMP_SUFFIX)}
    names = [n for n in names if n not in stamped and n.removesuffix(STAMP_SUFFIX) not in stamped]
    return _parents_first(conn, names)


def _parents_first(conn: sqlite3.Connection, names: list[str]) -> list[str]:
    """Order tables so that a referenced table comes before its referrers.

    Creation order breaks ties, so the result follows the migrations' order as far
    as the foreign keys allow (a table rebuilt by transform() moves to the end of
    sqlite_master, which is why creation order alone is not enough).
    """
    parents = {
        name: {
            row[2]
            for row in conn.execute(f"PRAGMA foreign_key_list({_quote(name)})")
            if row[2] != name and row[2] in names
        }
        for name in names
    }
    ordered: list[str] = []
    remaining = list(names)
    while remaining:
        ready = [n for n in remaining if parents[n] <= set(ordered)]
        if not ready:  # a reference cycle: keep creation order, checks are deferred anyway
            ready = remaining[:1]
        ordered.append(ready[0])
        remaining.remove(ready[0])
    return ordered


def table_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """Column names of ``table`` in schema order, secrets left out."""
    return [
        row[1]
        for row in conn.execute(f"PRAGMA table_info({_quote(table)})")
        if not is_secret_column(row[1])
    ]


def _order_clause(conn: sqlite3.Connection, table: str) -> str:
    sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()[0]
    if "WITHOUT ROWID" in (sql or "").upper():
        keys = sorted(
            (row[5], row[1]) for row in conn.execute(f"PRAGMA table_info({_quote(table)})")
        )
        return ", ".join(_quote(name) for position, name in keys if position > 0)
    return "rowid"


def encode_value(value: object) -> JsonValue:
    """A SQLite value as JSON; blobs and infinite floats become tagged objects."""
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, float) and not math.isfinite(value):
        return {"float": repr(value)}
    if value is None or isinstance(value, int | float | str):
        return value
    raise TypeError(f"unexpected SQLite value {value!r}")


def decode_value(value: Any) -> object:
    """The inverse of encode_value; raises ValueError on an unknown tagged object."""
    if isinstance(value, dict):
        if set(value) == {"base64"}:
            return base64.b64decode(value["base64"], validate=True)
        if set(value) == {"float"} and value["float"] in ("inf", "-inf"):
            return float(value["float"])
        raise ValueError(Message("unknown value object {value}", value=repr(value)))
    if isinstance(value, bool | list):
        raise ValueError(Message("{value} is not a value a plan can hold", value=repr(value)))
    return value


def applied_steps(conn: sqlite3.Connection) -> list[str]:
    """The migration steps applied to the plan, as "feature:step" names, in order."""
    try:
        rows = conn.execute(
            f"SELECT migration_set, name FROM {MIGRATION_LOG} ORDER BY rowid"
        ).fetchall()
    except sqlite3.OperationalError:
        return []
    return [f"{row[0].removeprefix('smplanner.')}:{row[1]}" for row in rows]


def document_head(plan: PlanFile) -> dict[str, Any]:
    """Everything of the document but its tables (layout version 1)."""
    return {
        "format": FORMAT_NAME,
        "layout_version": LAYOUT_VERSION,
        "generator": {"name": "smplanner", "version": __version__},
        "exported_at": now_iso(),
        "schema": {"version": plan.schema_version, "steps": applied_steps(plan.conn)},
    }


def table_row_batches(
    conn: sqlite3.Connection, name: str, columns: list[str], batch: int = 256
) -> Iterator[list[dict[str, JsonValue]]]:
    """The rows of one table, JSON-ready, ``batch`` at a time in a stable order."""
    select = ", ".join(_quote(c) for c in columns)
    cursor = conn.execute(
        f"SELECT {select} FROM {_quote(name)} ORDER BY {_order_clause(conn, name)}"
    )
    while rows := cursor.fetchmany(batch):
        yield [
            {column: encode_value(value) for column, value in zip(columns, row, strict=True)}
            for row in rows
        ]


def table_rows(
    conn: sqlite3.Connection, name: str, columns: list[str]
) -> Iterator[dict[str, JsonValue]]:
    """The rows of one table, JSON-ready, read a batch at a time."""
    for rows in table_row_batches(conn, name, columns):
        yield from rows


def dump_plan(plan: PlanFile) -> dict[str, Any]:
    """The whole plan as a JSON-ready dict (layout version 1). Reads only.

    For small plans and tests; files are written as a stream (services/export_json.py).
    """
    conn = plan.conn
    tables = []
    for name in exportable_tables(conn):
        columns = table_columns(conn, name)
        rows = list(table_rows(conn, name, columns))
        tables.append({"name": name, "columns": columns, "rows": rows})
    return {**document_head(plan), "tables": tables}
