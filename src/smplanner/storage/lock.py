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
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

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
        return "owner unknown"
    user = info.get("user", "?")
    host = info.get("host", "?")
    since = info.get("since", "?")
    return f"{user} on {host}, process {info.get('pid', '?')}, since {since}"


class PlanLock:
    """Held while a plan is open for writing; release() on close."""

    def __init__(self, plan_path: Path, handle: IO[str]) -> None:
        self.path = lock_path_for(plan_path)
        self._handle: IO[str] | None = handle

    @classmethod
    def acquire(cls, plan_path: Path) -> PlanLock:
        """Take the lock or raise PlanLockedError naming who holds it.

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
        handle.truncate()
        json.dump(
            {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "user": user,
                "since": datetime.now(UTC).isoformat(timespec="seconds"),
            },
            handle,
        )
        handle.flush()
        if sys.platform == "win32":
            # Hidden like a dotfile elsewhere; attribute failures are harmless.
            import ctypes

            ctypes.windll.kernel32.SetFileAttributesW(str(lock_file), 0x02)
        return cls(plan_path, handle)

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        # Delete before unlocking: another process that wins the lock next always
        # recreates the file, so it never finds a lock file owned by nobody.
        with contextlib.suppress(OSError):
            self.path.unlink()
        handle.close()  # closing releases the OS lock
