"""Build a new plan file from a JSON export (see plan_json.py for the layout).

The new file first gets exactly the schema steps the export was written with, the
rows go in (one transaction, foreign keys checked at commit), and then the usual
migrations bring it up to this smplanner's format. So an export from an older
smplanner imports like an older plan file opens. The file is built under a
temporary name and renamed at the end: a refused import leaves nothing behind.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smplanner.errors import UserError
from smplanner.messages import Message, reason_of
from smplanner.storage.errors import PlanFileError, PlanWriteError
from smplanner.storage.migrations import feature_steps
from smplanner.storage.plan_file import PlanFile, connect_read_write, open_plan
from smplanner.storage.plan_json import (
    FORMAT_NAME,
    LAYOUT_VERSION,
    MIGRATION_LOG,
    _quote,
    decode_value,
)
from smplanner.storage.version import APPLICATION_ID

if TYPE_CHECKING:
    from sqlite_utils import Database


class PlanJsonError(UserError):
    """The JSON document cannot become a plan; the message says where and why."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(Message("{source}: {problem}", source=source, problem=message))
        self.source = source


def _require(condition: bool, source: str, message: str) -> None:
    if not condition:
        raise PlanJsonError(source, message)


def check_layout(data: Any, source: str) -> list[str]:
    """Check the envelope of an export; return its schema steps ("feature:step")."""
    _require(
        isinstance(data, dict),
        source,
        Message("this is not a smplanner plan export (not an object)."),
    )
    _require(
        data.get("format") == FORMAT_NAME,
        source,
        Message(
            'this is not a smplanner plan export ("format" is not "{format}").',
            format=FORMAT_NAME,
        ),
    )
    layout = data.get("layout_version")
    _require(
        isinstance(layout, int), source, Message('"layout_version" is missing or not a number.')
    )
    _require(
        layout <= LAYOUT_VERSION,
        source,
        Message(
            "it was written by a newer smplanner (layout {layout}; this version reads up to "
            "{known}). Update smplanner to import it.",
            layout=layout,
            known=LAYOUT_VERSION,
        ),
    )
    schema = data.get("schema")
    steps = schema.get("steps") if isinstance(schema, dict) else None
    _require(
        isinstance(steps, list) and all(isinstance(s, str) for s in steps),
        source,
        Message('"schema.steps" is missing: the export is incomplete.'),
    )
    tables = data.get("tables")
    _require(isinstance(tables, list), source, Message('"tables" is missing or not a list.'))
    for index, table in enumerate(tables):
        where = f"tables[{index}]"
        _require(isinstance(table, dict), source, Message("{where} is not an object.", where=where))
        _require(
            isinstance(table.get("name"), str), source, Message("{where} has no name.", where=where)
        )
        _require(
            isinstance(table.get("rows"), list)
            and all(isinstance(row, dict) for row in table["rows"]),
            source,
            Message('table "{table}": "rows" must be a list of objects.', table=table["name"]),
        )
    return [str(step) for step in steps or ()]


def _step_subsets(steps: list[str], source: str) -> list[tuple[str, int]]:
    """For each feature, how many of its steps the export had (always a prefix)."""
    wanted = set(steps)
    known = {f"{feature}:{name}" for feature, list_ in feature_steps() for name, _ in list_}
    unknown = sorted(wanted - known)
    _require(
        not unknown,
        source,
        Message(
            "it was written by a newer smplanner (unknown plan format steps: {steps}). "
            "Update smplanner to import it.",
            steps=", ".join(unknown[:5]),
        ),
    )
    counts = []
    for feature, list_ in feature_steps():
        names = [f"{feature}:{name}" for name, _ in list_]
        present = [name in wanted for name in names]
        count = sum(present)
        _require(
            all(present[:count]) and not any(present[count:]),
            source,
            Message(
                "its plan format steps for {feature} are not in order; the file was edited.",
                feature=feature,
            ),
        )
        counts.append((feature, count))
    return counts


def _apply_steps(db: Database, counts: list[tuple[str, int]]) -> None:
    """Apply only the first ``count`` steps of each feature, as the export had them."""
    from sqlite_utils.migrations import Migrations

    steps_by_feature = dict(feature_steps())
    for feature, count in counts:
        migrations = Migrations(f"smplanner.{feature}")
        for name, function in steps_by_feature[feature][:count]:
            migrations(name=name)(function)
        migrations.apply(db)


def _insert_rows(conn: sqlite3.Connection, tables: list[dict[str, Any]], source: str) -> None:
    existing = {
        row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    for table in tables:
        name = table["name"]
        _require(
            name in existing and name != MIGRATION_LOG and not name.startswith("sqlite_"),
            source,
            Message(
                'table "{table}" does not belong to a plan of this format; the export was edited '
                "or made by another program.",
                table=name,
            ),
        )
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({_quote(name)})")}
        groups: dict[tuple[str, ...], list[tuple[object, ...]]] = {}
        for number, row in enumerate(table["rows"], 1):
            keys = tuple(row)
            stray = [key for key in keys if key not in columns]
            if stray:  # checked here, not with _require: the message is built only if needed
                raise PlanJsonError(
                    source,
                    Message(
                        'table "{table}", row {row}: unknown column "{column}".',
                        table=name,
                        row=number,
                        column=stray[0],
                    ),
                )
            try:
                values = tuple(decode_value(row[key]) for key in keys)
            except ValueError as error:
                raise PlanJsonError(
                    source,
                    Message(
                        'table "{table}", row {row}: {problem}.',
                        table=name,
                        row=number,
                        problem=reason_of(error),
                    ),
                ) from None
            groups.setdefault(keys, []).append(values)
        for keys, values_list in groups.items():
            statement = (
                f"INSERT INTO {_quote(name)} ({', '.join(_quote(k) for k in keys)}) "
                f"VALUES ({', '.join('?' for _ in keys)})"
            )
            try:
                conn.executemany(statement, values_list)
            except sqlite3.IntegrityError as error:
                raise PlanJsonError(
                    source,
                    Message(
                        'table "{table}": the rows break a rule of the plan ({problem}).',
                        table=name,
                        problem=str(error),
                    ),
                ) from None


def _rebuild_full_text_indexes(conn: sqlite3.Connection) -> None:
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%fts%'"
    ).fetchall():
        conn.execute(f"INSERT INTO {_quote(name)}({_quote(name)}) VALUES ('rebuild')")


def load_plan(
    data: Any,
    path: Path,
    *,
    source: str = "the export",
    after_rows: Callable[[sqlite3.Connection], None] | None = None,
) -> PlanFile:
    """Create the plan file ``path`` from an export document and open it.

    Raises PlanJsonError (what is wrong, where in the document) or PlanFileError (the
    target). ``after_rows`` may adjust the rows inside the same transaction (used by
    templates to drop client data).
    """
    from sqlite_utils import Database

    from smplanner.storage.schema import migrate

    path = Path(path).absolute()
    steps = check_layout(data, source)
    counts = _step_subsets(steps, source)
    if path.exists():
        raise PlanFileError(
            path, Message("{path} already exists: choose another name.", path=str(path))
        )
    if not path.parent.is_dir():
        raise PlanFileError(
            path,
            Message("The folder {folder} does not exist: choose another.", folder=str(path.parent)),
        )
    temporary = path.with_name(f".{path.name}.importing")
    temporary.unlink(missing_ok=True)
    try:
        conn = connect_read_write(temporary)
        try:
            db = Database(conn, execute_plugins=False)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
            _apply_steps(db, counts)
            if conn.in_transaction:
                conn.commit()
            conn.execute("BEGIN")  # one transaction: every row or none
            try:
                conn.execute("PRAGMA defer_foreign_keys = ON")
                _insert_rows(conn, data["tables"], source)
                if after_rows is not None:
                    after_rows(conn)
                problems = conn.execute("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise PlanJsonError(
                        source,
                        Message(
                            'table "{table}" refers to a missing row of "{other}"; '
                            "the export was edited.",
                            table=problems[0][0],
                            other=problems[0][2],
                        ),
                    )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            _require(
                conn.execute("SELECT count(*) FROM plan WHERE id = 1").fetchone()[0] == 1,
                source,
                Message('the client record (table "plan", id 1) is missing.'),
            )
            migrate(db)
            _rebuild_full_text_indexes(conn)
            conn.commit()
        finally:
            conn.close()
        os.replace(temporary, path)
    except sqlite3.Error as error:
        temporary.unlink(missing_ok=True)
        raise PlanWriteError(path, str(error)) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return open_plan(path)
