"""Two processes on one plan, and a process killed in the middle of an edit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from smplanner.storage.errors import PlanFileError, PlanLockedError
from smplanner.storage.lock import lock_path_for
from smplanner.storage.plan_file import PlanFile, inspect_plan, open_plan
from smplanner.storage.plan_properties_repo import read_properties, write_setting

HOLDER = textwrap.dedent(
    """
    import sys
    from smplanner.storage.plan_file import open_plan
    plan = open_plan(sys.argv[1])
    print("holding", flush=True)
    sys.stdin.readline()
    plan.close()
    print("released", flush=True)
    """
)

CRASHER = textwrap.dedent(
    """
    import os, signal, sys
    from smplanner.storage.plan_file import open_plan
    plan = open_plan(sys.argv[1])
    plan.conn.execute("PRAGMA cache_size = 1")  # spill pages so the file itself changes
    plan.conn.execute("BEGIN IMMEDIATE")
    plan.conn.execute("UPDATE plan SET client_name = 'Half-written' WHERE id = 1")
    plan.conn.execute("CREATE TABLE scratch(blob)")
    for _ in range(60):
        plan.conn.execute("INSERT INTO scratch VALUES (randomblob(8000))")
    print("mid-edit", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def start(script: str, plan_path: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(plan_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    return process


def test_a_second_process_is_told_the_plan_is_open_and_nothing_is_damaged(plan: PlanFile):
    plan.close()
    holder = start(HOLDER, plan.path)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(PlanLockedError) as error:
            open_plan(plan.path)
        assert f"process {holder.pid}" in str(error.value)
        assert "read-only" in str(error.value)
        # Reading alongside the writer is allowed and sound.
        with open_plan(plan.path, read_only=True) as reader:
            assert read_properties(reader).client_name == "Boulangerie Martin"
        assert inspect_plan(plan.path).schema_version >= 1
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=20)
    # Once the first process let go, the plan opens for editing.
    with open_plan(plan.path) as reopened:
        write_setting(reopened, "after", True)


def test_a_lock_left_by_a_killed_process_does_not_block(plan: PlanFile):
    plan.close()
    holder = start(HOLDER, plan.path)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=20)
    assert lock_path_for(plan.path).exists()  # the stale file is still there...
    with open_plan(plan.path) as reopened:  # ...but the OS lock died with the process
        assert not reopened.read_only


def test_a_kill_in_the_middle_of_an_edit_loses_only_that_edit(plan: PlanFile):
    write_setting(plan, "finished_edit", "kept")
    plan.close()
    crasher = start(CRASHER, plan.path)
    assert crasher.stdout is not None and crasher.stdout.readline().strip() == "mid-edit"
    crasher.wait(timeout=20)
    journal = plan.path.with_name(plan.path.name + "-journal")
    assert journal.exists()

    # Checking read-only cannot replay the journal: it says what to do instead.
    with pytest.raises(PlanFileError, match="interrupted by a crash"):
        inspect_plan(plan.path)

    with open_plan(plan.path) as recovered:
        assert read_properties(recovered).client_name == "Boulangerie Martin"
        tables = {row[0] for row in recovered.conn.execute("SELECT name FROM sqlite_master")}
        assert "scratch" not in tables
        assert recovered.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        row = recovered.conn.execute("SELECT value FROM settings WHERE key='finished_edit'")
        assert row.fetchone()[0] == '"kept"'
    assert not journal.exists()
