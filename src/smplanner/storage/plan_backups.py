"""Automatic backups: the last versions of each plan, kept in smplanner's data folder.

A copy is made when a plan is opened (if it changed since the last copy), before a
format migration, before an import and before a template is applied, and of the
plan as it was before a restore (so that a restore can itself be undone). Copies of
one plan live in ``backups/<plan id>/``, each ``.smplan`` with a ``.json`` beside it
saying when and why it was made; the plan id (not the file name) ties them to their
plan, so a renamed or moved plan keeps its history.

Why the SQLite backup API and not a file copy: the window may be writing while the
copy runs (the copy on open runs in the background); the API copies one consistent
state. The copy is written under a temporary name and renamed, so a crash never
leaves a half-copy that looks like a backup.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from smplanner.messages import Message
from smplanner.storage.app_data import app_data_dir
from smplanner.storage.crash_journal import file_change_counter, plan_id_ignoring_journal
from smplanner.storage.errors import PlanFileError, PlanWriteError

# What made a copy; the window and the CLI say it in words (see ui/ and cli/).
REASONS = ("open", "migration", "import", "template", "restore", "repair")
# What the window and the CLI say of each reason ("a copy made when it was opened").
REASON_LABELS = {
    "open": Message("when it was opened"),
    "migration": Message("before its format was updated"),
    "import": Message("before an import"),
    "template": Message("before a template was applied"),
    "restore": Message("before a restore"),
    "repair": Message("before a repair"),
}
# How many copies of one plan are kept: ten, fewer for a big plan, so that the
# backups of a 500 MB plan stay near 2 GB; never fewer than three.
MOST_KEPT = 10
FEWEST_KEPT = 3
SPACE_PER_PLAN = 2 * 1024**3
# A temporary copy older than this was left by a process that died: removed.
STALE_PARTIAL_SECONDS = 3600
_SAFE_ID = re.compile(r"^[0-9A-Za-z-]{1,64}$")


@dataclass(frozen=True)
class Backup:
    """One kept copy of a plan."""

    path: Path
    made_at: str  # UTC, ISO-8601
    reason: str
    plan_id: str
    client_name: str
    source: str  # where the plan was when it was copied
    size_bytes: int
    change_counter: int

    @property
    def made_at_datetime(self) -> datetime:
        return datetime.fromisoformat(self.made_at)


def backups_root() -> Path:
    return app_data_dir() / "backups"


def _folder(plan_id: str) -> Path:
    # The id comes from the file, which may have been tampered with: never a path.
    safe = plan_id if _SAFE_ID.match(plan_id) else "unknown"
    return backups_root() / safe


def list_backups(plan_id: str) -> list[Backup]:
    """The kept copies of the plan with this id, newest first."""
    folder = _folder(plan_id)
    if not folder.is_dir():
        return []
    _remove_stale_partials(folder)
    found: list[Backup] = []
    for sidecar in folder.glob("*.json"):
        backup = _read_sidecar(sidecar)
        if backup is not None and backup.path.is_file():
            found.append(backup)
    found.sort(key=lambda backup: (backup.made_at, backup.path.name), reverse=True)
    return found


def backups_of_file(path: Path) -> list[Backup]:
    """The kept copies of the plan in ``path`` (found by its id, else by its place:
    a file too damaged to give its id still finds the copies made from it)."""
    path = Path(path).absolute()
    plan_id = plan_id_ignoring_journal(path) if path.is_file() else None
    if plan_id is not None:
        return list_backups(plan_id)
    root = backups_root()
    if not root.is_dir():
        return []
    found = [
        backup
        for sidecar in root.glob("*/*.json")
        if (backup := _read_sidecar(sidecar)) is not None
        and backup.source == str(path)
        and backup.path.is_file()
    ]
    found.sort(key=lambda backup: (backup.made_at, backup.path.name), reverse=True)
    return found


def back_up(path: Path, reason: str, *, if_changed: bool = True) -> Backup | None:
    """Copy the plan in ``path`` into its backup folder; return the copy.

    ``if_changed``: make no copy (return None) when the newest copy already holds
    this very state (same change counter and size). Raises PlanWriteError when the
    copy cannot be written (disk full, no data folder); the plan is never touched.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    path = Path(path).absolute()
    source = _connect_for_copy(path)
    try:
        # A read transaction holds the file still while its header is read and
        # its pages copied: the counter recorded is the copy's own.
        try:
            source.execute("BEGIN")
            row = source.execute("SELECT uuid, client_name FROM plan WHERE id = 1").fetchone()
        except sqlite3.DatabaseError as error:
            raise PlanFileError(path, _unreadable(path, error)) from error
        plan_id, client_name = (str(row[0]), str(row[1] or "")) if row else ("unknown", "")
        with path.open("rb") as handle:
            counter = file_change_counter(handle.read(100))
        size = path.stat().st_size
        existing = list_backups(plan_id)
        if if_changed and existing:
            newest = existing[0]
            if newest.change_counter == counter and newest.size_bytes == size:
                return None
        folder = _folder(plan_id)
        made_at = datetime.now(UTC)
        target = _free_name(folder, made_at, reason)
        partial = target.with_name(f".{target.name}.partial")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            copy = sqlite3.connect(str(partial))
            try:
                source.backup(copy)
            finally:
                copy.close()
            _fsync(partial)
            os.replace(partial, target)
            backup = Backup(
                path=target,
                made_at=made_at.isoformat(timespec="microseconds"),
                reason=reason,
                plan_id=plan_id,
                client_name=client_name,
                source=str(path),
                size_bytes=size,
                change_counter=counter,
            )
            _write_sidecar(backup)
        except (OSError, sqlite3.Error) as error:
            partial.unlink(missing_ok=True)
            target.unlink(missing_ok=True)
            detail = error.strerror if isinstance(error, OSError) else None
            raise PlanWriteError(target, detail or str(error)) from error
    finally:
        source.close()
    _prune(plan_id, size)
    return backup


def back_up_if_possible(path: Path, reason: str) -> Backup | None:
    """back_up, best effort: a data folder that cannot be written (disk full, no home)
    is logged and the work that asked for the copy goes on, as a user would want."""
    try:
        return back_up(path, reason)
    except PlanFileError as error:
        logging.getLogger(__name__).warning("No backup of %s before %s: %s", path, reason, error)
        return None


def back_up_raw(path: Path, plan_id: str, reason: str) -> Backup:
    """Copy the file's bytes as they are (a plan too damaged to be read by SQLite),
    filed under ``plan_id``."""
    path = Path(path).absolute()
    folder = _folder(plan_id)
    made_at = datetime.now(UTC)
    target = _free_name(folder, made_at, reason)
    partial = target.with_name(f".{target.name}.partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, partial)
        _fsync(partial)
        os.replace(partial, target)
        with target.open("rb") as handle:
            counter = file_change_counter(handle.read(100).ljust(100, b"\0"))
        backup = Backup(
            path=target,
            made_at=made_at.isoformat(timespec="microseconds"),
            reason=reason,
            plan_id=plan_id,
            client_name="",
            source=str(path),
            size_bytes=target.stat().st_size,
            change_counter=counter,
        )
        _write_sidecar(backup)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise PlanWriteError(target, error.strerror or str(error)) from error
    return backup


def delete_backup(backup: Backup) -> None:
    backup.path.unlink(missing_ok=True)
    backup.path.with_suffix(".json").unlink(missing_ok=True)


# ---------------------------------------------------------------- helpers


def _connect_for_copy(path: Path) -> sqlite3.Connection:
    from smplanner.storage.plan_validation import connect_read_only

    if not path.is_file():
        raise PlanFileError(path, Message("{path} does not exist.", path=str(path)))
    try:
        return connect_read_only(path)
    except sqlite3.Error as error:
        raise PlanFileError(path, _unreadable(path, error)) from error


def _unreadable(path: Path, error: Exception) -> Message:
    return Message(
        "{path} cannot be read to be backed up ({reason}).", path=str(path), reason=str(error)
    )


def _free_name(folder: Path, made_at: datetime, reason: str) -> Path:
    stamp = made_at.strftime("%Y-%m-%d_%H-%M-%S")
    target = folder / f"{stamp}_{reason}.smplan"
    counter = 2
    while target.exists() or target.with_suffix(".json").exists():
        target = folder / f"{stamp}_{reason}_{counter}.smplan"
        counter += 1
    return target


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _write_sidecar(backup: Backup) -> None:
    sidecar = backup.path.with_suffix(".json")
    partial = sidecar.with_name(f".{sidecar.name}.partial")
    record = asdict(backup)
    record["path"] = backup.path.name  # the folder may move with the data folder
    partial.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, sidecar)


def _read_sidecar(sidecar: Path) -> Backup | None:
    try:
        record = json.loads(sidecar.read_text(encoding="utf-8"))
        return Backup(
            path=sidecar.with_name(str(record["path"])),
            made_at=str(record["made_at"]),
            reason=str(record["reason"]),
            plan_id=str(record["plan_id"]),
            client_name=str(record.get("client_name", "")),
            source=str(record.get("source", "")),
            size_bytes=int(record["size_bytes"]),
            change_counter=int(record["change_counter"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # not ours, or half-written by a crash: ignored


def _prune(plan_id: str, size: int) -> None:
    keep = max(FEWEST_KEPT, min(MOST_KEPT, SPACE_PER_PLAN // max(size, 1)))
    for old in list_backups(plan_id)[keep:]:
        delete_backup(old)


def _remove_stale_partials(folder: Path) -> None:
    now = time.time()
    for partial in folder.glob(".*.partial"):
        try:
            if now - partial.stat().st_mtime > STALE_PARTIAL_SECONDS:
                partial.unlink()
        except OSError:
            pass
