"""A crash journal is replayed only into the file it was made for.

Each test crashes a real process in the middle of an edit (SIGKILL), so a real
SQLite rollback journal is left beside the plan, then does what a user does next.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage.crash_journal import read_journal
from smplanner.storage.plan_file import create_plan, journal_path, open_plan
from smplanner.storage.plan_properties_repo import read_properties, write_setting

# A crash during a small edit's commit: page 1 is in the journal.
CRASH_IN_COMMIT = textwrap.dedent(
    """
    import os, signal, sys
    from smplanner.storage.plan_file import open_plan
    plan = open_plan(sys.argv[1])
    plan.conn.execute("PRAGMA cache_size = 1")
    plan.conn.execute("BEGIN IMMEDIATE")
    plan.conn.execute("UPDATE plan SET client_name = 'Half-written' WHERE id = 1")
    plan.conn.execute("CREATE TABLE scratch(blob)")
    for _ in range(60):
        plan.conn.execute("INSERT INTO scratch VALUES (randomblob(8000))")
    os.kill(os.getpid(), signal.SIGKILL)
    """
)

# A crash while a big change spills pages to the file: page 1 is not journaled.
CRASH_IN_SPILL = textwrap.dedent(
    """
    import os, signal, sys
    from smplanner.storage.plan_file import open_plan
    plan = open_plan(sys.argv[1])
    plan.conn.execute("PRAGMA cache_size = 1")
    plan.conn.execute("BEGIN IMMEDIATE")
    plan.conn.execute("UPDATE settings SET value = replace(value, 'x', 'y')")
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def _crash(script: str, path: Path) -> None:
    process = subprocess.run([sys.executable, "-c", script, str(path)], check=False)
    assert process.returncode == -signal.SIGKILL
    assert journal_path(path).stat().st_size > 0


def _plan_with_settings(path: Path, client: str) -> None:
    with create_plan(path, PlanProperties(client_name=client, sector="bakery_food")) as plan:
        for number in range(200):  # enough pages for a change to spill
            write_setting(plan, f"note-{number}", "x" * 2000)


def _assert_sound(path: Path, client: str) -> None:
    with open_plan(path) as plan:
        assert read_properties(plan).client_name == client
        assert plan.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert (
            plan.conn.execute("SELECT value FROM settings WHERE key='note-7'").fetchone()[0]
            == '"' + "x" * 2000 + '"'
        )


def test_a_crash_journal_is_replayed_into_its_own_plan(tmp_path: Path):
    plan = tmp_path / "Boulangerie.smplan"
    _plan_with_settings(plan, "Boulangerie Martin")
    _crash(CRASH_IN_COMMIT, plan)
    facts = read_journal(journal_path(plan))
    assert facts is not None and facts.page_one is not None
    with open_plan(plan) as reopened:
        assert reopened.recovered_after_crash and reopened.journal_set_aside is None
    assert not journal_path(plan).exists()
    _assert_sound(plan, "Boulangerie Martin")


def test_a_spilled_change_is_rolled_back_too(tmp_path: Path):
    plan = tmp_path / "Boulangerie.smplan"
    _plan_with_settings(plan, "Boulangerie Martin")
    _crash(CRASH_IN_SPILL, plan)
    facts = read_journal(journal_path(plan))
    assert facts is not None and facts.page_one is None  # the case without page 1
    with open_plan(plan) as reopened:
        assert reopened.recovered_after_crash and reopened.journal_set_aside is None
    _assert_sound(plan, "Boulangerie Martin")


@pytest.mark.parametrize("crash", [CRASH_IN_COMMIT, CRASH_IN_SPILL], ids=["commit", "spill"])
def test_a_backup_copied_over_a_crashed_plan_is_not_wrecked_by_its_journal(
    tmp_path: Path, crash: str
):
    plan = tmp_path / "Boulangerie.smplan"
    _plan_with_settings(plan, "Boulangerie Martin")
    backup = tmp_path / "backup.smplan"
    shutil.copyfile(plan, backup)
    with open_plan(plan) as editing:  # the plan moves on after the backup
        write_setting(editing, "later", "edit")
    _crash(crash, plan)
    shutil.copyfile(backup, plan)  # what a user restoring by hand does
    kept = backup.read_bytes()
    with open_plan(plan) as reopened:
        assert not reopened.recovered_after_crash
        assert reopened.journal_set_aside is not None
        assert reopened.journal_set_aside.exists()  # kept, renamed, never replayed
        assert reopened.journal_set_aside.name.startswith(plan.name + "-journal (set aside")
    assert plan.read_bytes()[100:] == kept[100:]  # no page of the journal written in
    _assert_sound(plan, "Boulangerie Martin")


@pytest.mark.parametrize("crash", [CRASH_IN_COMMIT, CRASH_IN_SPILL], ids=["commit", "spill"])
def test_another_clients_plan_copied_over_is_not_wrecked(tmp_path: Path, crash: str):
    plan = tmp_path / "Boulangerie.smplan"
    _plan_with_settings(plan, "Boulangerie Martin")
    other = tmp_path / "Fleuriste.smplan"
    _plan_with_settings(other, "Fleuriste Rose")
    _crash(crash, plan)
    shutil.copyfile(other, plan)
    with open_plan(plan) as reopened:
        assert reopened.journal_set_aside is not None
    _assert_sound(plan, "Fleuriste Rose")


# ---------------------------------------------------------------- what the window says


def test_the_window_says_a_crash_was_undone(french_ui, qtbot, window, prompts, tmp_path: Path):  # type: ignore[no-untyped-def]
    plan = tmp_path / "Boulangerie.smplan"
    _plan_with_settings(plan, "Boulangerie Martin")
    _crash(CRASH_IN_COMMIT, plan)
    assert window.file_actions.open_path(plan)
    assert window.document.plan.recovered_after_crash
    message = window.statusBar().currentMessage()
    assert message.startswith("La dernière modification, interrompue par un arrêt inattendu")
    assert prompts.infos == [] and prompts.errors == []


def test_the_window_says_a_foreign_journal_was_set_aside(
    french_ui, qtbot, window, prompts, tmp_path: Path
):  # type: ignore[no-untyped-def]
    plan = tmp_path / "Boulangerie.smplan"
    _plan_with_settings(plan, "Boulangerie Martin")
    other = tmp_path / "Fleuriste.smplan"
    _plan_with_settings(other, "Fleuriste Rose")
    _crash(CRASH_IN_COMMIT, plan)
    shutil.copyfile(other, plan)
    assert window.file_actions.open_path(plan)
    ((title, text),) = prompts.infos
    assert title == "Journal de plantage mis de côté"
    assert "-journal (set aside" in text
    assert read_properties(window.document.plan).client_name == "Fleuriste Rose"
