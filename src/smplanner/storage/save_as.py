"""Save As: a consistent copy through SQLite's online backup API, then work on the copy."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from smplanner.messages import Message
from smplanner.storage.errors import PlanFileError, PlanWriteError
from smplanner.storage.lock import PlanLock
from smplanner.storage.partial_files import clear_stale_partials, partial_path
from smplanner.storage.plan_file import PlanFile, connect_read_write, now_iso
from smplanner.storage.schema_audit import remove_foreign_objects


def save_as(plan: PlanFile, target: Path | str) -> PlanFile:
    """Copy ``plan`` to ``target`` and return the copy, open for editing.

    The original is closed only once the copy is complete and open; on any
    failure the original stays open and the target is left as it was.
    """
    target = Path(target).absolute()
    if target.exists() and target.samefile(plan.path):
        raise PlanFileError(
            target,
            Message("{path} is the plan already open: choose another name.", path=str(target)),
        )
    if not target.parent.is_dir():
        raise PlanFileError(
            target,
            Message(
                "The folder {folder} does not exist: choose another.", folder=str(target.parent)
            ),
        )
    lock = PlanLock.acquire(target)  # refuses a target open in another window
    clear_stale_partials(target.parent)
    temporary = partial_path(target, "saving")
    try:
        temporary.unlink(missing_ok=True)
        copy = sqlite3.connect(str(temporary))
        try:
            plan.conn.backup(copy)
            # A plan opened read-only for holding foreign triggers: the copy leaves
            # them out, so "save a copy to edit" gives a plan safe to edit.
            remove_foreign_objects(copy)
        finally:
            copy.close()
        os.replace(temporary, target)
        conn = connect_read_write(target)
        with conn:
            conn.execute("UPDATE plan SET updated_at = ? WHERE id = 1", (now_iso(),))
    except (sqlite3.Error, OSError) as error:
        temporary.unlink(missing_ok=True)
        lock.release()
        raise PlanWriteError(target, str(error)) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        lock.release()
        raise
    plan.close()
    return PlanFile(target, conn, lock=lock, read_only_reason=None)
