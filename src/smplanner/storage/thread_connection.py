"""The open plan through a connection of the calling thread (for work off the GUI thread).

A SQLite connection belongs to the thread that opened it: a worker that reads or
stores opens its own (same pragmas, same durability) and closes it when done. The
file lock stays with the plan the GUI holds; the connections take turns through
SQLite's own locking.
"""

from __future__ import annotations

from smplanner.storage.plan_file import PlanFile, connect_read_only, connect_read_write


def open_in_this_thread(plan: PlanFile, *, writes: bool = True) -> PlanFile:
    """The same plan through a new connection; read-only unless ``writes`` (and the plan
    itself is open for editing)."""
    if writes and not plan.read_only:
        conn = connect_read_write(plan.path)
    else:
        conn = connect_read_only(plan.path)
    return PlanFile(plan.path, conn, lock=None, read_only_reason=plan.read_only_reason)
