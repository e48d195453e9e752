"""One writer per plan: a lock file beside the plan, held with an OS lock.

The OS lock (flock / msvcrt) is released by the kernel if the process dies, so a
crash never leaves a plan locked for good; the file's content only says who holds
it, for the message the second window shows.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from smplanner.messages import Message
from smplanner.storage.errors import PlanLockedError


def lock_path_for(plan_path: Path) -> Path:
    return plan_path.with_name(f".{plan_path.name}.lock")


def _try_os_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _still_linked(handle: IO[str], lock_file: Path) -> bool:
    if sys.platform == "win32":
        return True  # Windows cannot delete a file that is open
    try:
        return os.fstat(handle.fileno()).st_ino == os.stat(lock_file).st_ino
    except OSError:
        return False


def _owner_description(lock_file: Path) -> str:
    try:
        info = json.loads(lock_file.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return Message("owner unknown")
    return Message(
        "{user} on {host}, process {pid}, since {since}",
        user=str(info.get("user", "?")),
        host=str(info.get("host", "?")),
        pid=str(info.get("pid", "?")),
        since=str(info.get("since", "?")),
    )


def _parse_record(text: str) -> dict[str, object]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _host_name() -> str:
    """This computer's name, as socket.gethostname() gives it: on POSIX the same
    uname(2) node name, without importing socket (~8 ms of the start-up)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


class PlanLock:
    """Held while a plan is open for writing; release() on close."""

    def __init__(self, plan_path: Path, handle: IO[str], previous: dict[str, object]) -> None:
        self.path = lock_path_for(plan_path)
        self._handle: IO[str] | None = handle
        # What the last holder wrote: after a crash, the session that left the
        # journal (storage/crash_journal.py compares its change counter).
        self.previous = previous
        self._record: dict[str, object] = {}

    def _write_record(self) -> None:
        assert self._handle is not None
        self._handle.seek(0)
        self._handle.truncate()
        json.dump(self._record, self._handle)
        self._handle.flush()

    @property
    def previous_plan_id(self) -> str | None:
        value = self.previous.get("plan_uuid")
        return value if isinstance(value, str) else None

    def note_plan_id(self, plan_id: str) -> None:
        """Add the plan's id to the lock's record (read back after a crash)."""
        if self._handle is None:
            return
        self._record["plan_uuid"] = plan_id
        self._write_record()

    @property
    def previous_change_counter(self) -> int | None:
        value = self.previous.get("change_counter")
        return value if isinstance(value, int) else None

    @classmethod
    def acquire(cls, plan_path: Path, change_counter: int | None = None) -> PlanLock:
        """Take the lock or raise PlanLockedError naming who holds it.

        ``change_counter``: the plan file's change counter as opened, recorded so
        that after a crash the journal can be matched with its file.

        Raises OSError when the lock file cannot be created (read-only folder).
        """
        lock_file = lock_path_for(plan_path)
        for _attempt in range(5):
            handle = lock_file.open("a+", encoding="utf-8")
            if not _try_os_lock(handle):
                handle.close()
                raise PlanLockedError(plan_path, _owner_description(lock_file))
            if _still_linked(handle, lock_file):
                break
            # The previous holder deleted the file between our open and our lock:
            # we locked an orphan inode, so start again on the new file.
            handle.close()
        else:
            raise PlanLockedError(plan_path, _owner_description(lock_file))
        try:
            user = getpass.getuser()
        except Exception:  # getuser raises various errors on odd systems
            user = "?"
        handle.seek(0)
        previous = _parse_record(handle.read(64 * 1024))
        handle.seek(0)
        handle.truncate()
        record: dict[str, object] = {
            "pid": os.getpid(),
            "host": _host_name(),
            "user": user,
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        if change_counter is not None:
            record["change_counter"] = change_counter
        lock = cls(plan_path, handle, previous)
        lock._record = record
        lock._write_record()
        if sys.platform == "win32":
            # Hidden like a dotfile elsewhere; attribute failures are harmless.
            import ctypes

            ctypes.windll.kernel32.SetFileAttributesW(str(lock_file), 0x02)
        return lock

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        # Delete before unlocking: another process that wins the lock next always
        # recreates the file, so it never finds a lock file owned by nobody.
        with contextlib.suppress(OSError):
            self.path.unlink()
        handle.close()  # closing releases the OS lock
