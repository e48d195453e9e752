"""Build a new plan file from a JSON export (see plan_json.py for the layout).

The new file first gets exactly the schema steps the export was written with, the
rows go in (one transaction, foreign keys checked at commit), and then the usual
migrations bring it up to this smplanner's format. So an export from an older
smplanner imports like an older plan file opens. The file is built under a
temporary name and renamed at the end: a refused import leaves nothing behind.

The export is read as a stream (plan_json_reader.py): rows go to SQLite as they are
read, so a 1,000,000-row export imports in bounded memory (issue #13). The head (the
format and the schema steps) must be known before the first row: a file re-saved with
its tables first is read twice, the first time for its head and table names only.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smplanner.messages import Message
from smplanner.storage import statistics_post_hours as post_hours
from smplanner.storage import statistics_post_search as post_search
from smplanner.storage.errors import PlanFileError, PlanWriteError
from smplanner.storage.migrations import feature_steps
from smplanner.storage.plan_file import PlanFile, connect_read_write, open_plan
from smplanner.storage.plan_json import FORMAT_NAME, LAYOUT_VERSION, _quote
from smplanner.storage.plan_json_errors import PlanJsonError
from smplanner.storage.plan_json_reader import (
    Event,
    JsonSyntaxError,
    document_events,
    file_chunks,
    stream_events,
)
from smplanner.storage.plan_json_references import shown_value
from smplanner.storage.plan_json_rows import DocumentRows, Envelope, NeedsEnvelope, read_envelope
from smplanner.storage.version import APPLICATION_ID

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["PlanJsonError", "check_head", "load_plan", "load_plan_file"]


def _require(condition: bool, source: str, message: str) -> None:
    if not condition:
        raise PlanJsonError(source, message)


def check_head(head: dict[str, Any], source: str) -> list[str]:
    """Check the members of an export other than its tables; return its schema steps
    ("feature:step")."""
    _require(
        head.get("format") == FORMAT_NAME,
        source,
        Message(
            'this is not a smplanner plan export ("format" is not "{format}").',
            format=FORMAT_NAME,
        ),
    )
    layout: Any = head.get("layout_version")
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
    schema = head.get("schema")
    steps = schema.get("steps") if isinstance(schema, dict) else None
    _require(
        isinstance(steps, list) and all(isinstance(s, str) for s in steps),
        source,
        Message('"schema.steps" is missing: the export is incomplete.'),
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


def _rebuild_full_text_indexes(conn: sqlite3.Connection) -> None:
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%fts%'"
        " AND name != ?",  # contentless, refilled by its own module
        (post_search.TABLE,),
    ).fetchall():
        conn.execute(f"INSERT INTO {_quote(name)}({_quote(name)}) VALUES ('rebuild')")


def _file_events(export: Path) -> Generator[Event, None, None]:
    """The events of the export file, every reading problem a PlanJsonError."""
    source = str(export)
    try:
        yield from stream_events(file_chunks(export))
    except FileNotFoundError:
        raise PlanJsonError(source, Message("there is no file here.")) from None
    except (OSError, UnicodeDecodeError) as error:
        raise PlanJsonError(
            source, Message("cannot be read as UTF-8 text ({reason}).", reason=str(error))
        ) from None
    except JsonSyntaxError as error:
        raise PlanJsonError(
            source,
            Message(
                "line {line}, column {column}: not valid JSON ({reason}).",
                line=error.line,
                column=error.column,
                reason=error.reason,
            ),
        ) from None


def load_plan_file(
    export: Path,
    path: Path,
    *,
    after_rows: Callable[[sqlite3.Connection], None] | None = None,
) -> PlanFile:
    """Create the plan file ``path`` from the export file ``export``, read as a stream,
    and open it. Raises like load_plan; messages name ``export``."""
    export = Path(export)
    return _load(lambda: _file_events(export), path, source=str(export), after_rows=after_rows)


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
    return _load(lambda: document_events(data), path, source=source, after_rows=after_rows)


def _load(
    open_events: Callable[[], Generator[Event, None, None]],
    path: Path,
    *,
    source: str,
    after_rows: Callable[[sqlite3.Connection], None] | None,
) -> PlanFile:
    path = Path(path).absolute()
    temporary = path.with_name(f".{path.name}.importing")
    try:
        _build(open_events, path, temporary, source, after_rows, envelope=None)
    except NeedsEnvelope:
        temporary.unlink(missing_ok=True)
        events = open_events()
        try:
            envelope = read_envelope(events)
        finally:
            events.close()
        _build(open_events, path, temporary, source, after_rows, envelope=envelope)
    return open_plan(path)


def _build(
    open_events: Callable[[], Generator[Event, None, None]],
    path: Path,
    temporary: Path,
    source: str,
    after_rows: Callable[[sqlite3.Connection], None] | None,
    *,
    envelope: Envelope | None,
) -> None:
    """One pass: the file under ``temporary``, renamed ``path`` once complete."""
    from sqlite_utils import Database

    from smplanner.storage.schema import migrate

    opened: list[sqlite3.Connection] = []

    def start(head: dict[str, Any]) -> sqlite3.Connection:
        counts = _step_subsets(check_head(head, source), source)
        if path.exists():
            raise PlanFileError(
                path, Message("{path} already exists: choose another name.", path=str(path))
            )
        if not path.parent.is_dir():
            raise PlanFileError(
                path,
                Message(
                    "The folder {folder} does not exist: choose another.",
                    folder=str(path.parent),
                ),
            )
        temporary.unlink(missing_ok=True)
        conn = connect_read_write(temporary)
        opened.append(conn)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
        _apply_steps(Database(conn, execute_plugins=False), counts)
        if conn.in_transaction:
            conn.commit()
        conn.execute("BEGIN")  # one transaction: every row or none
        conn.execute("PRAGMA defer_foreign_keys = ON")
        return conn

    events = open_events()
    try:
        rows = DocumentRows(source, envelope, start)
        rows.run(events)
        conn = opened[0]
        if after_rows is not None:
            after_rows(conn)
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise _broken_foreign_key(conn, source, problems[0][0], problems[0][3])
        conn.execute("COMMIT")
        _require(
            conn.execute("SELECT count(*) FROM plan WHERE id = 1").fetchone()[0] == 1,
            source,
            Message('the client record (table "plan", id 1) is missing.'),
        )
        migrate(Database(conn, execute_plugins=False))
        _rebuild_full_text_indexes(conn)
        post_hours.refill(conn)  # derived, not exported: the rows were loaded without it
        post_search.refill(conn)
        conn.commit()
        conn.close()
        opened.clear()
        os.replace(temporary, path)
    except sqlite3.Error as error:
        _discard(opened, temporary)
        raise PlanWriteError(path, str(error)) from error
    except BaseException:
        _discard(opened, temporary)
        raise
    finally:
        events.close()


def _broken_foreign_key(
    conn: sqlite3.Connection, source: str, table: str, key_id: int
) -> PlanJsonError:
    """The refusal of a row whose foreign key names no row: the table, the column and
    the value (SQLite tells the key, not the row's place in the file)."""
    keys = conn.execute(f"PRAGMA foreign_key_list({_quote(table)})").fetchall()
    _id, _seq, parent, column, parent_column = next(row for row in keys if row[0] == key_id)[:5]
    if parent_column is None:  # the parent's primary key
        parent_column = next(
            row[1] for row in conn.execute(f"PRAGMA table_info({_quote(parent)})") if row[5] == 1
        )
    value = conn.execute(
        f"SELECT {_quote(column)} FROM {_quote(table)} WHERE {_quote(column)} IS NOT NULL"
        f" AND {_quote(column)} NOT IN (SELECT {_quote(parent_column)} FROM {_quote(parent)})"
        " LIMIT 1"
    ).fetchone()
    return PlanJsonError(
        source,
        Message(
            'table "{table}", column "{column}": {value} is not the {parent_column} of any row '
            'of table "{parent}"; the export was edited. Put back the value it had, or export '
            "the plan again from smplanner.",
            table=table,
            column=column,
            value="?" if value is None else shown_value(value[0]),
            parent_column=parent_column,
            parent=parent,
        ),
    )


def _discard(opened: list[sqlite3.Connection], temporary: Path) -> None:
    for conn in opened:
        if conn.in_transaction:
            conn.rollback()
        conn.close()
    temporary.unlink(missing_ok=True)
