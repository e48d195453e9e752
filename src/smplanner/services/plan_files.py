"""Create, open and copy plan files for the window (thin on purpose: storage does the work)."""

from __future__ import annotations

from pathlib import Path

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage import plan_backups, plan_file, plan_restore, save_as
from smplanner.storage.plan_backups import Backup
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_restore import Restored


def create(path: Path, properties: PlanProperties) -> PlanFile:
    """A new plan at ``path``; raises PlanFileError or InvalidPropertiesError."""
    return plan_file.create_plan(path, properties)


def open_existing(path: Path, *, read_only: bool = False) -> PlanFile:
    """Open ``path`` (migrating an older plan after a backup); raises PlanFileError."""
    return plan_file.open_plan(path, read_only=read_only)


def open_or_create_default(path: Path, properties: PlanProperties) -> PlanFile:
    """The plan used when nothing else is chosen: created on first start."""
    if path.exists():
        return plan_file.open_plan(path)
    return plan_file.create_plan(path, properties)


def copy_to(plan: PlanFile, target: Path) -> PlanFile:
    """Save As: a consistent copy, then the copy is the open plan."""
    return save_as.save_as(plan, target)


def kept_copies(path: Path) -> list[Backup]:
    """The copies smplanner kept of the plan in ``path``, newest first."""
    return plan_backups.backups_of_file(path)


def restore_copy(backup: Backup, path: Path) -> Restored:
    """Put ``backup`` back at ``path`` (closed in this window first); the plan as it
    was is kept as a copy. Raises PlanFileError with ``path`` left as it was."""
    return plan_restore.restore_backup(backup, path)
