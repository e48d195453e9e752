"""Is a plan's schema the one smplanner made? Foreign triggers and views, and the rest.

A plan is a file people receive by e-mail. SQLite runs a file's triggers on every
write, so a crafted plan could carry a trigger that deletes every post on the next
edit, or a view in place of a table. Two levels:

- ``foreign_objects`` (every open, a read of ``sqlite_master``): triggers and views
  that are not the app's, compared by name and text with the ones its migrations
  create. A plan holding any is opened read-only (their SQL never runs: triggers
  fire on writes only); ``remove_foreign_objects`` drops them (``check --repair``,
  and on the copy that "Save a copy" makes).
- ``schema_problems`` (``smplanner check``): every table, column and index of the
  current format present as the migrations make them, foreign keys satisfied, and
  the JSON columns holding JSON. It migrates an in-memory plan to know what to
  expect, so it imports sqlite-utils: never on the start-up path.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache

# Columns the app reads with a JSON parser: a value that is not JSON there would
# otherwise surface as a crash far from its cause.
JSON_COLUMNS = (
    ("posts", "media"),
    ("settings", "value"),
    ("strategy_fields", "value"),
    ("stat_posts", "metrics"),
    ("stat_overwritten", "previous"),
)


@dataclass(frozen=True)
class ForeignObject:
    """A trigger or view in a plan that smplanner's migrations did not create."""

    kind: str  # "trigger" or "view"
    name: str
    table: str

    def describe(self) -> str:
        return f"{self.kind} {self.name!r} on {self.table!r}"


@dataclass(frozen=True)
class SchemaProblem:
    """One way a plan differs from the schema smplanner makes.

    ``kind`` says which (the CLI words each kind in the user's language);
    ``english()`` is the wording for logs and ``--json``.
    """

    kind: str  # foreign | missing_table | missing_column | changed_column | missing_index
    #            | links_unchecked | broken_link | dangling | bad_json
    table: str = ""
    name: str = ""  # column, index or object name; the referenced table for broken_link
    count: int = 0  # rows (bad_json, dangling) or the row id (broken_link)
    detail: str = ""  # trigger/view (foreign), SQLite's words (links_unchecked), the
    #                   table referred to (dangling)

    def english(self) -> str:
        templates = {
            "foreign": "the {detail} {name!r} on {table!r} was not made by smplanner",
            "missing_table": "the table {table!r} is missing",
            "missing_column": "the column {table}.{name} is missing",
            "changed_column": "the column {table}.{name} is not as smplanner makes it",
            "missing_index": "the index {name!r} is missing",
            "links_unchecked": "the links between tables cannot be checked ({detail})",
            "broken_link": "row {count} of {table!r} refers to a missing row of {name!r}",
            "dangling": "{count} row(s) of {table!r}: {name} names no row of {detail!r}",
            "bad_json": "{count} row(s) of {table!r}: {name} is not valid JSON",
        }
        return templates[self.kind].format(
            table=self.table, name=self.name, count=self.count, detail=self.detail
        )


def _normalized(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip().rstrip(";").lower()


def app_triggers() -> dict[str, str]:
    """The triggers the migrations create: name -> normalized SQL."""
    from smplanner.storage.migrations import statistics_schema as statistics

    found = {}
    for statement in statistics.sql_statements():
        match = re.match(r"\s*CREATE TRIGGER (\w+)", statement, re.IGNORECASE)
        if match:
            found[match.group(1)] = _normalized(statement)
    return found


def foreign_objects(conn: sqlite3.Connection) -> list[ForeignObject]:
    """Triggers and views the app did not make (cheap: reads the schema table only)."""
    expected = app_triggers()
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"
    ).fetchall()
    return [
        ForeignObject(kind, name, table)
        for kind, name, table, sql in rows
        if kind == "view" or expected.get(name) != _normalized(sql)
    ]


def remove_foreign_objects(conn: sqlite3.Connection) -> list[ForeignObject]:
    """Drop the triggers and views the app did not make; return what was dropped."""
    found = foreign_objects(conn)
    with conn:
        for item in found:
            quoted = '"' + item.name.replace('"', '""') + '"'
            conn.execute(f"DROP {item.kind.upper()} IF EXISTS {quoted}")
    return found


@cache
def _expected_schema() -> dict[str, tuple[tuple[str, str, int, int], ...]]:
    """table -> columns (name, declared type, not null, primary-key position)."""
    from sqlite_utils import Database

    from smplanner.storage.schema import migrate

    conn = sqlite3.connect(":memory:")
    migrate(Database(conn, execute_plugins=False))
    schema = _columns_of(conn)
    conn.close()
    return schema


@cache
def _expected_indexes() -> frozenset[str]:
    from sqlite_utils import Database

    from smplanner.storage.schema import migrate

    conn = sqlite3.connect(":memory:")
    migrate(Database(conn, execute_plugins=False))
    names = frozenset(
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
    )
    conn.close()
    return names


def _columns_of(conn: sqlite3.Connection) -> dict[str, tuple[tuple[str, str, int, int], ...]]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    schema = {}
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        schema[table] = tuple(
            (name, (kind or "").upper(), int(notnull), int(pk))
            for _cid, name, kind, notnull, _default, pk in conn.execute(
                f"PRAGMA table_info({quoted})"
            )
        )
    return schema


def _dangling_references(
    conn: sqlite3.Connection, present: dict[str, tuple[tuple[str, str, int, int], ...]]
) -> list[SchemaProblem]:
    """The reference columns without a foreign key (storage/plan_json_references.py:
    the statistics' import ids) that name no row."""
    from smplanner.storage.plan_json_references import SOFT_REFERENCES

    found = []
    for ref in SOFT_REFERENCES:
        if ref.table not in present or ref.parent not in present:
            continue
        if ref.column not in {c[0] for c in present[ref.table]}:
            continue
        count = conn.execute(
            f'SELECT count(*) FROM "{ref.table}" WHERE "{ref.column}" IS NOT NULL'
            f' AND "{ref.column}" NOT IN (SELECT "{ref.parent_column}" FROM "{ref.parent}")'
        ).fetchone()[0]
        if count:
            found.append(
                SchemaProblem("dangling", ref.table, ref.column, int(count), detail=ref.parent)
            )
    return found


def schema_problems(conn: sqlite3.Connection, *, limit: int = 20) -> list[SchemaProblem]:
    """What differs from the schema smplanner makes; [] when all is as made.

    For a plan of the current format (an older one is migrated before use).
    """
    problems = [
        SchemaProblem("foreign", item.table, item.name, detail=item.kind)
        for item in foreign_objects(conn)
    ]
    present = _columns_of(conn)
    for table, columns in _expected_schema().items():
        if table not in present:
            problems.append(SchemaProblem("missing_table", table))
            continue
        have = {made[0]: made for made in present[table]}
        for expected in columns:
            if expected[0] not in have:
                problems.append(SchemaProblem("missing_column", table, expected[0]))
            elif have[expected[0]] != expected:
                problems.append(SchemaProblem("changed_column", table, expected[0]))
    indexes = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
    }
    problems += [
        SchemaProblem("missing_index", name=name) for name in sorted(_expected_indexes() - indexes)
    ]
    try:
        broken_links = conn.execute("PRAGMA foreign_key_check").fetchmany(limit)
    except sqlite3.DatabaseError as error:  # a link to a table that is gone or changed
        problems.append(SchemaProblem("links_unchecked", detail=str(error)))
        broken_links = []
    for table, rowid, parent, _fk in broken_links:
        problems.append(SchemaProblem("broken_link", table, parent, count=int(rowid or 0)))
    problems += _dangling_references(conn, present)
    for table, json_column in JSON_COLUMNS:
        if table not in present or json_column not in {c[0] for c in present[table]}:
            continue
        count = conn.execute(
            f'SELECT count(*) FROM "{table}" WHERE "{json_column}" IS NOT NULL'
            f' AND NOT json_valid("{json_column}")'
        ).fetchone()[0]
        if count:
            problems.append(SchemaProblem("bad_json", table, json_column, count=int(count)))
    return problems[:limit]
