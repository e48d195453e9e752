"""Create, open and copy plan files for the window (thin on purpose: storage does the work)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage import plan_file
from smplanner.storage.plan_file import PlanFile

if TYPE_CHECKING:  # Save As, kept copies and restoring load when first used, not at start-up
    from smplanner.services.save_as_tokens import CopiedTokens
    from smplanner.storage.plan_backups import Backup
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


@dataclass(frozen=True)
class SavedCopy:
    plan: PlanFile  # the copy, now the open plan (the original is closed)
    tokens: CopiedTokens


def copy_to(plan: PlanFile, target: Path) -> SavedCopy:
    """Save As: a consistent copy, with keyring entries of its own, then the copy is
    the open plan."""
    from smplanner.services.save_as_tokens import give_own_tokens
    from smplanner.storage import save_as

    copy = save_as.save_as(plan, target)
    return SavedCopy(copy, give_own_tokens(copy))


def kept_copies(path: Path) -> list[Backup]:
    """The copies smplanner kept of the plan in ``path``, newest first."""
    from smplanner.storage import plan_backups

    return plan_backups.backups_of_file(path)


def restore_copy(backup: Backup, path: Path) -> Restored:
    """Put ``backup`` back at ``path`` (closed in this window first); the plan as it
    was is kept as a copy. Raises PlanFileError with ``path`` left as it was."""
    from smplanner.storage import plan_restore

    return plan_restore.restore_backup(backup, path)
