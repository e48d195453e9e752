"""Put a kept copy (storage/plan_backups.py) back in the place of a plan.

The plan as it was is copied first (reason "restore"), so that a restore can be
undone by restoring that copy. A crash journal beside the plan belongs to the old
content, never to the restored one: it is handled first by the usual rules (rolled
back into the old file if it is that file's, else set aside), so SQLite can never
replay it into the restored copy (the accident issue #17 describes).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from smplanner.storage.crash_journal import set_aside
from smplanner.storage.errors import PlanFileError, PlanWriteError
from smplanner.storage.lock import PlanLock
from smplanner.storage.partial_files import clear_stale_partials, partial_path
from smplanner.storage.plan_backups import Backup, back_up, back_up_raw
from smplanner.storage.plan_file import has_hot_journal, inspect_plan, journal_path, open_plan


@dataclass(frozen=True)
class Restored:
    """What a restore did."""

    path: Path
    backup: Backup  # the copy put back
    previous: Backup | None  # the plan as it was, kept (None when there was no file)
    journal_set_aside: Path | None


def restore_backup(backup: Backup, target: Path) -> Restored:
    """Replace the plan in ``target`` by ``backup``; refuse while it is open elsewhere.

    Raises PlanFileError (the copy is damaged, the plan is open in a window, the
    folder cannot be written) with the target left as it was.
    """
    target = Path(target).absolute()
    # A damaged copy is refused before anything is changed.
    inspect_plan(backup.path, full=True)
    set_aside_as: Path | None = None
    if target.exists() and has_hot_journal(target):
        # Rolls the crash back into its own file; one too damaged to open has its
        # journal set aside below.
        with contextlib.suppress(PlanFileError):
            open_plan(target).close()
    lock = PlanLock.acquire(target)  # PlanLockedError while a window has it open
    try:
        if has_hot_journal(target):
            set_aside_as = set_aside(journal_path(target))
        previous = _keep_previous(target, backup.plan_id)
        clear_stale_partials(target.parent)
        temporary = partial_path(target, "restoring")
        try:
            shutil.copyfile(backup.path, temporary)
            with temporary.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            raise PlanWriteError(target, error.strerror or str(error)) from error
    finally:
        lock.release()
    return Restored(target, backup, previous, set_aside_as)


def _keep_previous(target: Path, plan_id: str) -> Backup | None:
    if not target.exists():
        return None
    try:
        return back_up(target, "restore", if_changed=False)
    except PlanFileError:
        # Unreadable by SQLite (that may be why it is restored): keep its bytes.
        return back_up_raw(target, plan_id, "restore")
