"""A copy of the plan before a change that is hard to take back by hand.

Imports and templates are undoable in the window, but an undo stack ends with the
session and the command line has none: a kept copy (storage/plan_backups.py) is the
way back from anything. Making it is best effort: a data folder that cannot be
written (disk full, no home) is logged and the work goes on, as a user would want.
"""

from __future__ import annotations

from pathlib import Path

from smplanner.storage.plan_backups import Backup, back_up_if_possible
from smplanner.storage.plan_file import PlanFile


def keep_copy(plan: PlanFile | Path, reason: str) -> Backup | None:
    """Copy the plan into its backups (unless the newest copy is this very state)."""
    return back_up_if_possible(plan.path if isinstance(plan, PlanFile) else Path(plan), reason)
