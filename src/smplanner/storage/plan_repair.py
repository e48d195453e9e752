"""`smplanner check --repair`: put a plan right from the command line.

What the window does on open, without the window: roll back a change a crash
interrupted (or set aside a crash journal that belongs to another file), update an
older format (after its backup), and drop triggers and views smplanner did not make
(after a copy of the file as it was, kept beside it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from smplanner.storage.lock import PlanLock
from smplanner.storage.plan_file import (
    FOREIGN_OBJECTS_REASON,
    connect_read_write,
    copy_beside,
    open_plan,
)
from smplanner.storage.schema_audit import ForeignObject, remove_foreign_objects


@dataclass
class RepairReport:
    """What ``repair_plan`` did, for the command's output."""

    recovered_after_crash: bool = False
    journal_set_aside: Path | None = None
    migrated_from: int | None = None
    migration_backup: Path | None = None
    removed: list[ForeignObject] = field(default_factory=list)
    removal_backup: Path | None = None

    @property
    def changed_anything(self) -> bool:
        return bool(
            self.recovered_after_crash
            or self.journal_set_aside
            or self.migrated_from is not None
            or self.removed
        )


def repair_plan(path: Path) -> RepairReport:
    """Open the plan for writing once and remove what the app must not run.

    Raises the PlanFileError of a file that cannot be put right (not a plan,
    damaged, too new, open in another window, read-only).
    """
    report = RepairReport()
    plan = open_plan(path)
    try:
        report.recovered_after_crash = plan.recovered_after_crash
        report.journal_set_aside = plan.journal_set_aside
        report.migrated_from = plan.migrated_from
        report.migration_backup = plan.backup_path
        foreign = plan.read_only_reason == FOREIGN_OBJECTS_REASON
        if plan.read_only and not foreign:
            from smplanner.storage.errors import PlanReadOnlyError

            raise PlanReadOnlyError(plan.path, plan.read_only_reason or "")
    finally:
        plan.close()
    if foreign:
        lock = PlanLock.acquire(plan.path)
        try:
            report.removal_backup = copy_beside(plan.path, "before repair")
            conn = connect_read_write(plan.path)
            try:
                report.removed = remove_foreign_objects(conn)
            finally:
                conn.close()
        finally:
            lock.release()
        # Opened again: now the update of an older format and the lock's record.
        with open_plan(plan.path) as reopened:
            report.migrated_from = reopened.migrated_from
            report.migration_backup = reopened.backup_path
    return report
