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

import functools
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
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
    PlanFileError,
    PlanReadOnlyError,
    PlanWriteError,
)
from smplanner.storage.lock import PlanLock
from smplanner.storage.partial_files import clear_stale_partials

# Re-exported ("X as X") for the callers that knew them here before the split.
from smplanner.storage.plan_validation import (
    BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS,
)
from smplanner.storage.plan_validation import (
    FORMAT_ZERO_DETAIL as FORMAT_ZERO_DETAIL,
)
from smplanner.storage.plan_validation import (
    FULL_CHECK_ON_OPEN_BYTES as FULL_CHECK_ON_OPEN_BYTES,
)
from smplanner.storage.plan_validation import (
    SQLITE_HEADER as SQLITE_HEADER,
)
from smplanner.storage.plan_validation import (
    PlanFacts as PlanFacts,
)
from smplanner.storage.plan_validation import (
    _check_header as _check_header,
)
from smplanner.storage.plan_validation import (
    _read_header as _read_header,
)
from smplanner.storage.plan_validation import (
    _verify as _verify,
)
from smplanner.storage.plan_validation import (
    check_pages as check_pages,
)
from smplanner.storage.plan_validation import (
    connect_read_only as connect_read_only,
)
from smplanner.storage.plan_validation import (
    connect_read_write as connect_read_write,
)
from smplanner.storage.plan_validation import (
    full_check as full_check,
)
from smplanner.storage.plan_validation import (
    full_integrity_check as full_integrity_check,
)
from smplanner.storage.plan_validation import (
    has_hot_journal as has_hot_journal,
)
from smplanner.storage.plan_validation import (
    inspect_plan as inspect_plan,
)
from smplanner.storage.plan_validation import (
    journal_path as journal_path,
)
from smplanner.storage.plan_validation import (
    read_only_reason_for as read_only_reason_for,
)
from smplanner.storage.version import SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils import Database

    from smplanner.domain.plan_properties import PlanProperties

# The read-only reason of a plan holding triggers or views the app did not make
# (storage/schema_audit.py): they would run on the next edit.
FOREIGN_OBJECTS_REASON = Message("it holds database triggers or views that smplanner did not make")


class _ForeignObjectsFound(Exception):
    pass


def now_iso() -> str:
    """Current UTC time as ISO-8601 with offset, the plan's timestamp format."""
    return datetime.now(UTC).isoformat(timespec="seconds")


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
        self._closed = False

    @functools.cached_property
    def network_folder(self) -> str | None:
        """The network file system the plan is on ("NFS"...), whose locks are not to
        be trusted (storage/network_folders.py); None on this computer's own disks.
        Asked when wanted, not for every connection a worker thread opens."""
        from smplanner.storage.network_folders import network_folder_kind

        return network_folder_kind(self.path.parent)

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

    @contextmanager
    def read_snapshot(self) -> Iterator[sqlite3.Connection]:
        """Reads that see one state of the file (a read transaction: a stamp and the
        figures it stamps agree though another connection writes between them);
        inside a transaction already open, that one's."""
        own = not self.conn.in_transaction
        if own:
            self.conn.execute("BEGIN")
        try:
            yield self.conn
        finally:
            if own:
                self.conn.execute("COMMIT")

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
            # Also filed with the plan's other copies (File > Restore lists it); best
            # effort: the copy beside the file is the one the migration relies on.
            from smplanner.storage.plan_backups import back_up_if_possible

            back_up_if_possible(path, "migration")
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
    from smplanner.storage.plan_creation import write_new_plan

    path = Path(path).absolute()
    write_new_plan(path, properties, now_iso())
    return open_plan(path)
