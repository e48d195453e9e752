"""Is this file a sound plan? Checked without changing a byte of it.

Split out of storage/plan_file.py, which opens, creates and copies plans; what is
checked when is said in plan_file's docstring. plan_file re-exports these names.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from smplanner.messages import Message
from smplanner.storage.errors import (
    NotAPlanError,
    PlanCorruptError,
    PlanFileError,
    PlanNotFoundError,
    PlanTooNewError,
)
from smplanner.storage.version import APPLICATION_ID, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# Up to this size the full check on open costs a few milliseconds (a 4 MB file is
# read in ~3 ms from the page cache): small plans keep it, large ones check later.
FULL_CHECK_ON_OPEN_BYTES = 4 * 1024 * 1024


# A file with smplanner's application id at format 0 (no step of a plan applied).
FORMAT_ZERO_DETAIL = Message(
    "it has smplanner's mark but holds no plan (format 0, no client record): another "
    "program wrote it, or its making was cut short; create a new plan and import into it "
    "what you need"
)


@dataclass(frozen=True)
class PlanFacts:
    """What validation learned about a file: enough for `check` and for opening."""

    path: Path
    schema_version: int
    size_bytes: int


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except FileNotFoundError:
        raise PlanNotFoundError(path) from None
    except IsADirectoryError:
        raise NotAPlanError(path, Message("it is a folder")) from None
    except PermissionError as error:
        raise PlanFileError(
            path,
            Message(
                "{path} cannot be read ({reason}): check its permissions.",
                path=str(path),
                reason=str(error.strerror),
            ),
        ) from None


def connect_read_only(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA query_only = ON")
    return conn


def connect_read_write(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _verify(conn: sqlite3.Connection, path: Path, *, full: bool) -> int:
    """Check an open connection really is a sound plan; return its schema version.

    Always cheap checks (identity, version, schema, the client record, the root page
    of every b-tree); ``full`` adds ``PRAGMA quick_check``, which reads every page.
    """
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise NotAPlanError(
            path, Message("SQLite cannot read it ({reason})", reason=str(error))
        ) from None
    if application_id != APPLICATION_ID:
        raise NotAPlanError(path, Message("it is a SQLite database made by another program"))
    if full:
        check_pages(conn, path)
    else:
        _check_roots(conn, path)
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise PlanTooNewError(path, version, SCHEMA_VERSION)
    try:
        has_plan_row = conn.execute("SELECT count(*) FROM plan WHERE id = 1").fetchone()[0] == 1
    except sqlite3.DatabaseError:
        has_plan_row = False
    if version >= 1 and not has_plan_row:
        raise PlanCorruptError(path, Message("the client record is missing"))
    if version == 0:
        # smplanner's mark but not one step of a plan: nothing to update. Refused
        # before any migration writes a plan's tables into someone else's file.
        raise NotAPlanError(path, FORMAT_ZERO_DETAIL)
    return version


def check_pages(conn: sqlite3.Connection, path: Path) -> None:
    """The full check (every page, every index entry); raise PlanCorruptError if damaged."""
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as error:
        raise PlanCorruptError(path, str(error)) from None
    if problems != ["ok"]:
        raise PlanCorruptError(path, "; ".join(problems))


def full_integrity_check(conn: sqlite3.Connection, path: Path) -> None:
    """``PRAGMA integrity_check``: quick_check plus every index matched with its table
    (what ``smplanner check`` promises); raise PlanCorruptError if anything is wrong."""
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
    except sqlite3.DatabaseError as error:
        raise PlanCorruptError(path, str(error)) from None
    if problems != ["ok"]:
        raise PlanCorruptError(path, "; ".join(problems))


def _check_roots(conn: sqlite3.Connection, path: Path) -> None:
    """Read the schema and the first rows of every table and index: a damaged schema
    page or b-tree root is refused at once, for the cost of a page or two each."""
    try:
        names = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"
            " WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        for kind, name, table, sql in names:
            quoted = '"' + name.replace('"', '""') + '"'
            if kind == "table":
                conn.execute(f"SELECT * FROM {quoted} LIMIT 1").fetchall()
            else:
                owner = '"' + table.replace('"', '""') + '"'
                # A partial index serves only a query implying its WHERE clause: without
                # it, INDEXED BY fails with "no query solution" on a sound plan.
                where = partial_index_where(sql)
                condition = "" if where is None else f" WHERE ({where})"
                conn.execute(
                    f"SELECT 1 FROM {owner} INDEXED BY {quoted}{condition} LIMIT 1"
                ).fetchall()
    except sqlite3.DatabaseError as error:
        raise PlanCorruptError(path, str(error)) from None


_QUOTES = {"'": "'", '"': '"', "`": "`", "[": "]"}


def partial_index_where(sql: str | None) -> str | None:
    """The WHERE clause of a ``CREATE INDEX`` statement (None for a full index): the
    text after the parenthesis closing the indexed columns, quoted names skipped."""
    if sql is None:
        return None
    depth, position, closing = 0, 0, -1
    while position < len(sql):
        char = sql[position]
        if char in _QUOTES:
            end = sql.find(_QUOTES[char], position + 1)
            position = len(sql) if end < 0 else end + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                closing = position
                break
        position += 1
    rest = sql[closing + 1 :].strip() if closing >= 0 else ""
    if rest[:5].upper() == "WHERE" and (rest[5:6].isspace() or rest[5:6] == "("):
        return rest[5:].strip()
    return None


def full_check(path: Path) -> str | None:
    """The full check of a plan on a connection of its own (any thread): None if
    sound, else what SQLite found wrong. Never raises for a damaged file."""
    try:
        conn = connect_read_only(Path(path))
    except sqlite3.Error as error:
        return str(error)
    try:
        check_pages(conn, Path(path))
    except PlanCorruptError as error:
        return error.detail
    except sqlite3.Error as error:
        return str(error)
    finally:
        conn.close()
    return None


def _check_header(path: Path) -> int:
    """Refuse from the first 100 bytes alone what is plainly not a plan; return its size."""
    header = _read_header(path)
    size = path.stat().st_size
    if size == 0:
        raise NotAPlanError(path, Message("the file is empty (0 bytes)"))
    if not header.startswith(SQLITE_HEADER):
        raise NotAPlanError(path, Message("it is not a SQLite database"))
    if len(header) < 100:
        raise PlanCorruptError(path, Message("the file is truncated"))
    # application_id lives at byte 68 of the header: read it without opening SQLite,
    # so that even a hot journal beside a foreign database is never replayed.
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAPlanError(path, Message("it is a SQLite database made by another program"))
    return size


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def has_hot_journal(path: Path) -> bool:
    """A rollback journal left by a crash mid-edit (SQLite rolls it back on next write open)."""
    journal = journal_path(path)
    return journal.exists() and journal.stat().st_size > 0


def inspect_plan(path: Path, *, full: bool | None = None) -> PlanFacts:
    """Validate a file without changing a byte of it; raise a PlanFileError if unsound.

    ``full``: read every page too (``smplanner check``); by default only a small
    file is read whole (see the module's docstring).
    """
    path = Path(path)
    size = _check_header(path)
    if full is None:
        full = size <= FULL_CHECK_ON_OPEN_BYTES
    conn = connect_read_only(path)
    try:
        version = _verify(conn, path, full=full)
    except NotAPlanError as error:
        if has_hot_journal(path):
            raise PlanFileError(
                path,
                Message(
                    "{path} holds a change interrupted by a crash. Open it in smplanner "
                    "(not read-only) once, or run `smplanner check --repair` on it: the "
                    "interrupted change is then undone and the plan is as it was after the "
                    "last finished edit.",
                    path=str(path),
                ),
            ) from error
        raise
    finally:
        conn.close()
    return PlanFacts(path=path, schema_version=version, size_bytes=size)


def read_only_reason_for(path: Path) -> str | None:
    """Why this file can only be read here, or None if we may write it."""
    if not os.access(path, os.W_OK):
        return Message("the file is read-only")
    if not os.access(path.parent, os.W_OK):
        # A rollback journal is created beside the file on each write.
        return Message("its folder is read-only")
    return None
