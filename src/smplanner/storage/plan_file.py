"""Create, open, check, copy and close plan files.

Why these pragmas: a plan is a single-user document that people copy, e-mail and
keep on network folders. A rollback journal (journal_mode=DELETE) leaves no -wal or
-shm side files behind once a transaction ends, so the .smplan file alone is always
the whole plan; synchronous=FULL makes each committed edit durable even on power
loss; foreign keys keep later features' links honest; the busy timeout lets a
reader (``smplanner check``) and the writer share the file briefly without errors.

Opening validates before it touches anything: a file that is not a plan, a damaged
or a too-new one is refused while still byte-for-byte as it was.

What is checked when (a full ``PRAGMA quick_check`` reads the whole file: 0.5 s for
a 500 MB plan in the page cache, several seconds on a network folder):

- every open: the header, the application id, the format version, the schema and
  the client record, and the first page of every table and index (``_verify``,
  a few milliseconds whatever the size); a file up to ``FULL_CHECK_ON_OPEN_BYTES``
  also gets the full check, which costs no more than that on a small file;
- after a crash left a hot journal: the full check, once the journal is rolled back;
- ``smplanner check``: the full check, once (``inspect_plan(full=True)``);
- the window: the full check on its own connection in the background after the
  first frame (``full_check``), the result shown only if there is a problem.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from smplanner.messages import Message
from smplanner.storage.crash_journal import (
    file_change_counter,
    journal_belongs,
    plan_id_ignoring_journal,
    read_journal,
    set_aside,
)
from smplanner.storage.errors import (
    NotAPlanError,
    PlanCorruptError,
    PlanFileError,
    PlanNotFoundError,
    PlanReadOnlyError,
    PlanTooNewError,
    PlanWriteError,
)
from smplanner.storage.lock import PlanLock
from smplanner.storage.partial_files import clear_stale_partials, partial_path
from smplanner.storage.version import APPLICATION_ID, SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils import Database

    from smplanner.domain.plan_properties import PlanProperties

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# Up to this size the full check on open costs a few milliseconds (a 4 MB file is
# read in ~3 ms from the page cache): small plans keep it, large ones check later.
FULL_CHECK_ON_OPEN_BYTES = 4 * 1024 * 1024
# The read-only reason of a plan holding triggers or views the app did not make
# (storage/schema_audit.py): they would run on the next edit.
FOREIGN_OBJECTS_REASON = Message("it holds database triggers or views that smplanner did not make")


# A file with smplanner's application id at format 0 (no step of a plan applied).
FORMAT_ZERO_DETAIL = Message(
    "it has smplanner's mark but holds no plan (format 0, no client record): another "
    "program wrote it, or its making was cut short; create a new plan and import into it "
    "what you need"
)


class _ForeignObjectsFound(Exception):
    pass


def now_iso() -> str:
    """Current UTC time as ISO-8601 with offset, the plan's timestamp format."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class PlanFacts:
    """What validation learned about a file: enough for `check` and for opening."""

    path: Path
    schema_version: int
    size_bytes: int


class PlanFile:
    """An open plan. Reads go through ``conn``/``db``; writes through ``transaction()``."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        lock: PlanLock | None,
        read_only_reason: str | None,
        migrated_from: int | None = None,
        backup_path: Path | None = None,
        recovered_after_crash: bool = False,
        journal_set_aside: Path | None = None,
    ) -> None:
        self.path = path
        self.conn = conn
        self._lock = lock
        self._db: Database | None = None
        self.read_only_reason = read_only_reason
        self.migrated_from = migrated_from
        self.backup_path = backup_path
        # A change interrupted by a crash was rolled back on this open.
        self.recovered_after_crash = recovered_after_crash
        # A crash journal beside the file belonged to another file: renamed here.
        self.journal_set_aside = journal_set_aside
        # The network file system the plan is on ("NFS"...), whose locks are not to be
        # trusted (storage/network_folders.py); None on this computer's own disks.
        from smplanner.storage.network_folders import network_folder_kind

        self.network_folder = network_folder_kind(path.parent)
        self._closed = False

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def db(self) -> Database:
        # sqlite-utils pulls in numpy when it is installed; wrap lazily so that
        # showing the first window never waits for it.
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user edit: everything inside commits together or not at all."""
        if self.read_only_reason is not None:
            raise PlanReadOnlyError(self.path, self.read_only_reason)
        try:
            with self.db.atomic() as db:
                yield db
        except sqlite3.OperationalError as error:
            text = str(error)
            if "readonly" in text or "disk" in text or "unable to open" in text:
                raise PlanWriteError(self.path, text) from error
            raise

    @property
    def closed(self) -> bool:
        """True once close() ran: deferred UI work checks it before reading."""
        return self._closed

    def close(self) -> None:
        self._closed = True
        try:
            self.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ---------------------------------------------------------------- validation


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
            "SELECT type, name, tbl_name FROM sqlite_master"
            " WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        for kind, name, table in names:
            quoted = '"' + name.replace('"', '""') + '"'
            if kind == "table":
                conn.execute(f"SELECT * FROM {quoted} LIMIT 1").fetchall()
            else:
                owner = '"' + table.replace('"', '""') + '"'
                conn.execute(f"SELECT 1 FROM {owner} INDEXED BY {quoted} LIMIT 1").fetchall()
    except sqlite3.DatabaseError as error:
        raise PlanCorruptError(path, str(error)) from None


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


# ---------------------------------------------------------------- open / create


def open_plan(path: Path | str, *, read_only: bool = False) -> PlanFile:
    """Open a plan for editing (or reading), migrating an older one after a backup.

    Raises a PlanFileError subclass that says what is wrong; the file is then
    untouched. A plan open in another process raises PlanLockedError unless
    ``read_only`` is asked for. A change interrupted by a crash is rolled back.
    """
    path = Path(path).absolute()
    _check_header(path)
    reason = Message("opened read-only on request") if read_only else read_only_reason_for(path)
    lock: PlanLock | None = None
    if reason is None:
        try:
            lock = PlanLock.acquire(path, file_change_counter(_read_header(path)))
        except PermissionError:
            reason = "its folder is read-only"
    if lock is None:
        assert reason is not None
        facts = inspect_plan(path)
        if facts.schema_version < SCHEMA_VERSION:
            raise PlanFileError(
                path,
                Message(
                    "{path} uses an older plan format ({old}) and must be updated to format "
                    "{new} before use, but {reason}. Copy it to a folder where you can write "
                    "and open the copy.",
                    path=str(path),
                    old=facts.schema_version,
                    new=SCHEMA_VERSION,
                    reason=reason,
                ),
            )
        return PlanFile(path, connect_read_only(path), lock=None, read_only_reason=reason)
    # What a killed Save As, report or restore left in this folder (storage/partial_files).
    clear_stale_partials(path.parent)
    try:
        return _open_for_editing(path, lock)
    except _ForeignObjectsFound:
        lock.release()
        return PlanFile(
            path, connect_read_only(path), lock=None, read_only_reason=FOREIGN_OBJECTS_REASON
        )
    except BaseException:
        lock.release()
        raise


def _open_for_editing(path: Path, lock: PlanLock) -> PlanFile:
    set_aside_as: Path | None = None
    recovered = False
    if has_hot_journal(path):
        facts = read_journal(journal_path(path))
        crashed_id, present_id = lock.previous_plan_id, plan_id_ignoring_journal(path)
        if facts is not None and (
            (crashed_id is not None and present_id is not None and crashed_id != present_id)
            or not journal_belongs(_read_header(path), facts, lock.previous_change_counter)
        ):
            # The file was replaced after the crash: its journal would wreck it.
            set_aside_as = set_aside(journal_path(path))
    if has_hot_journal(path):
        recovered = True
        # Only a writer can roll back a crash's journal: validate on the writing
        # connection, whose first read replays it (the header said it is a plan).
        conn = connect_read_write(path)
        try:
            # A crash mid-edit: read the whole file once the journal is rolled back.
            version = _verify(conn, path, full=True)
        except BaseException:
            conn.close()
            raise
    else:
        version = inspect_plan(path).schema_version
        conn = connect_read_write(path)
    from smplanner.storage.schema_audit import foreign_objects

    if foreign_objects(conn):  # before any write (a migration's included) can fire them
        conn.close()
        raise _ForeignObjectsFound
    migrated_from: int | None = None
    backup: Path | None = None
    if version < SCHEMA_VERSION:
        try:
            backup = backup_before_migration(path, version)
            _keep_in_backups(path, "migration")
            from sqlite_utils import Database

            from smplanner.storage.schema import migrate

            migrate(Database(conn, execute_plugins=False))
        except BaseException:
            conn.close()
            raise
        migrated_from = version
    row = conn.execute("SELECT uuid FROM plan WHERE id = 1").fetchone()
    if row and row[0]:
        lock.note_plan_id(str(row[0]))
    return PlanFile(
        path,
        conn,
        lock=lock,
        read_only_reason=None,
        migrated_from=migrated_from,
        backup_path=backup,
        recovered_after_crash=recovered,
        journal_set_aside=set_aside_as,
    )


def _keep_in_backups(path: Path, reason: str) -> None:
    """Also file a copy with the plan's other backups (File > Restore lists it);
    best effort: the copy beside the file is the one a migration relies on."""
    from smplanner.storage.plan_backups import back_up

    try:
        back_up(path, reason)
    except PlanFileError as error:
        logging.getLogger(__name__).warning("No backup of %s before %s: %s", path, reason, error)


def backup_before_migration(path: Path, version: int) -> Path:
    """Copy the file beside itself, the name saying its format version."""
    return copy_beside(path, f"format {version} backup")


def copy_beside(path: Path, label: str) -> Path:
    """Copy the file beside itself as "Name (label).smplan", numbered if taken."""
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    target = path.with_name(f"{stem} ({label}){path.suffix}")
    counter = 2
    while target.exists():
        target = path.with_name(f"{stem} ({label} {counter}){path.suffix}")
        counter += 1
    shutil.copy2(path, target)
    return target


def create_plan(path: Path | str, properties: PlanProperties) -> PlanFile:
    """Create a new plan file (refusing to overwrite one) and open it for editing."""
    from sqlite_utils import Database

    from smplanner.domain.plan_properties import validate
    from smplanner.storage.schema import migrate

    path = Path(path).absolute()
    properties = validate(properties)
    if path.exists():
        raise PlanFileError(
            path, Message("{path} already exists: choose another name.", path=str(path))
        )
    if not path.parent.is_dir():
        raise PlanFileError(
            path,
            Message("The folder {folder} does not exist: choose another.", folder=str(path.parent)),
        )
    # Build the file under a temporary name and rename it at the end, so that a
    # crash never leaves a half-made .smplan behind.
    clear_stale_partials(path.parent)
    temporary = partial_path(path, "creating")
    temporary.unlink(missing_ok=True)
    try:
        conn = connect_read_write(temporary)
        db = Database(conn, execute_plugins=False)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
        migrate(db)
        stamp = now_iso()
        with db.atomic():
            db.table("plan").insert(
                {
                    "id": 1,
                    "uuid": str(uuid.uuid4()),
                    "client_name": properties.client_name,
                    "sector": properties.sector,
                    "timezone": properties.timezone,
                    "language": properties.language,
                    "currency": properties.currency,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
        conn.close()
        os.replace(temporary, path)
    except sqlite3.Error as error:
        temporary.unlink(missing_ok=True)
        raise PlanWriteError(path, str(error)) from error
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise PlanWriteError(path, error.strerror or str(error)) from error
    return open_plan(path)
