"""Crafted and tampered plan files: reported, never run, and put right on request.

The files are real plans made by the app, then changed with plain sqlite3 as a
person with bad intent (or a broken tool) would.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from smplanner.domain.plan_properties import PlanProperties
from smplanner.domain.post_refs import PostDraft
from smplanner.services.calendar_posts import create_posts
from smplanner.storage.errors import NotAPlanError, PlanReadOnlyError
from smplanner.storage.plan_file import FOREIGN_OBJECTS_REASON, create_plan, open_plan
from smplanner.storage.plan_properties_repo import write_setting
from smplanner.storage.save_as import save_as
from smplanner.storage.version import APPLICATION_ID


def smplanner(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smplanner", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def _plan_with_posts(path: Path) -> None:
    with create_plan(path, PlanProperties(client_name="Boulangerie Martin")) as plan:
        moment = datetime(2026, 12, 20, 9, 0, tzinfo=UTC)
        drafts = [
            PostDraft(network="instagram", text=f"Post {n}", status="draft", scheduled_at=moment)
            for n in range(5)
        ]
        create_posts(plan, drafts)


def _post_count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM posts").fetchone()[0])
    finally:
        conn.close()


def _tamper(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


WIPER = "CREATE TRIGGER wipe AFTER UPDATE ON settings BEGIN DELETE FROM posts; END"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "Reçu par e-mail.smplan"
    _plan_with_posts(path)
    _tamper(path, WIPER)
    return path


def test_a_plan_with_a_foreign_trigger_opens_read_only_and_the_trigger_never_runs(hostile):
    with open_plan(hostile) as plan:
        assert plan.read_only and plan.read_only_reason == FOREIGN_OBJECTS_REASON
        with pytest.raises(PlanReadOnlyError):
            write_setting(plan, "anything", 1)
    assert _post_count(hostile) == 5


def test_save_a_copy_leaves_the_foreign_trigger_out(hostile, tmp_path: Path):
    with open_plan(hostile) as plan:
        copy = save_as(plan, tmp_path / "Copie.smplan")
    with copy:
        assert not copy.read_only
        write_setting(copy, "after the copy", True)  # the edit the trigger would have hit
        triggers = copy.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall()
        assert ("wipe",) not in triggers
        assert ("stat_posts_overwritten",) in triggers  # the app's own are kept
    assert _post_count(tmp_path / "Copie.smplan") == 5


def test_check_reports_the_trigger_and_repair_removes_it_after_a_copy(hostile):
    before = hostile.read_bytes()
    checked = smplanner("check", str(hostile))
    assert checked.returncode == 1, checked.stderr
    assert "the trigger wipe on the table settings was not made by smplanner" in checked.stdout
    assert "--repair" in checked.stderr
    assert "Traceback" not in checked.stderr
    assert hostile.read_bytes() == before  # checking changed nothing

    repaired = smplanner("check", "--repair", "--json", str(hostile))
    assert repaired.returncode == 0, repaired.stderr
    report = json.loads(repaired.stdout)
    assert any("removed the trigger 'wipe'" in line for line in report["repaired"])
    assert report["schema_problems"] == []
    kept = hostile.with_name("Reçu par e-mail (before repair).smplan")
    assert kept.read_bytes() == before
    with open_plan(hostile) as plan:
        assert not plan.read_only
        write_setting(plan, "after repair", True)
    assert _post_count(hostile) == 5


def test_a_view_in_place_of_a_table_is_refused_for_editing_and_reported(tmp_path: Path):
    path = tmp_path / "Vue.smplan"
    _plan_with_posts(path)
    _tamper(path, "DROP TABLE campaigns", "CREATE VIEW campaigns AS SELECT 1 AS id")
    with open_plan(path) as plan:
        assert plan.read_only
    checked = smplanner("check", "--json", str(path))
    assert checked.returncode == 1
    problems = json.loads(checked.stdout)["schema_problems"]
    assert "the view 'campaigns' on 'campaigns' was not made by smplanner" in problems
    assert "the table 'campaigns' is missing" in problems


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (["ALTER TABLE posts DROP COLUMN notes"], "the column posts.notes is missing"),
        (["DROP TABLE stat_hourly"], "the table 'stat_hourly' is missing"),
        (["DROP INDEX stat_hourly_import"], "the index 'stat_hourly_import' is missing"),
        (["UPDATE posts SET media = '[not json'"], "5 row(s) of 'posts': media is not valid JSON"),
        (
            ["PRAGMA foreign_keys = OFF", "UPDATE posts SET campaign_id = 999"],
            "refers to a missing row of 'campaigns'",
        ),
        (
            [
                "INSERT INTO stat_daily (network, day, metric, value, import_id)"
                " VALUES ('facebook', '2026-10-01', 'followers', 120, 99)"
            ],
            "1 row(s) of 'stat_daily': import_id names no row of 'stat_imports'",
        ),
    ],
    ids=["column", "table", "index", "json", "foreign-key", "no-import"],
)
def test_check_names_what_was_tampered_with(tmp_path: Path, statements, expected):
    path = tmp_path / "Abîmé.smplan"
    _plan_with_posts(path)
    _tamper(path, *statements)
    checked = smplanner("check", "--json", str(path))
    assert "Traceback" not in checked.stderr
    assert checked.returncode == 1, checked.stderr
    problems = json.loads(checked.stdout)["schema_problems"]
    assert any(expected in problem for problem in problems), problems


CRASHER = textwrap.dedent(
    """
    import os, signal, sys
    from smplanner.storage.plan_file import open_plan
    plan = open_plan(sys.argv[1])
    plan.conn.execute("PRAGMA cache_size = 1")
    plan.conn.execute("BEGIN IMMEDIATE")
    plan.conn.execute("DELETE FROM posts")
    plan.conn.execute("CREATE TABLE scratch(blob)")
    for _ in range(40):
        plan.conn.execute("INSERT INTO scratch VALUES (randomblob(8000))")
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_after_a_crash_check_says_what_to_do_and_repair_recovers_from_the_command_line(
    tmp_path: Path,
):
    path = tmp_path / "Boulangerie.smplan"
    _plan_with_posts(path)
    crash = subprocess.run([sys.executable, "-c", CRASHER, str(path)], check=False)
    assert crash.returncode == -signal.SIGKILL
    checked = smplanner("check", str(path))
    assert checked.returncode == 1 and "check --repair" in checked.stderr
    # A read-only check leaves no side files and no change.
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [
        "Boulangerie.smplan",
        "Boulangerie.smplan-journal",
    ]
    repaired = smplanner("check", "--repair", str(path))
    assert repaired.returncode == 0, repaired.stderr
    assert "a change interrupted by a crash was undone" in repaired.stdout
    assert "Integrity:      ok" in repaired.stdout
    assert _post_count(path) == 5
    assert not path.with_name(path.name + "-journal").exists()
    for suffix in ("-wal", "-shm"):
        assert not path.with_name(path.name + suffix).exists()


def _format_zero(path: Path) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE notes(text)")
    conn.commit()
    conn.close()
    return path.read_bytes()


def test_a_format_zero_file_with_our_mark_is_refused_untouched(tmp_path: Path):
    from smplanner.storage.plan_file import FORMAT_ZERO_DETAIL

    path = tmp_path / "Sans client.smplan"
    before = _format_zero(path)
    with pytest.raises(NotAPlanError) as error:
        open_plan(path)
    assert error.value.detail == FORMAT_ZERO_DETAIL
    assert path.read_bytes() == before  # never migrated in place
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Sans client.smplan"]  # no backup


def test_a_format_zero_file_is_explained_in_french_in_the_window(
    french_ui, qtbot, window, prompts, tmp_path: Path
):  # type: ignore[no-untyped-def]
    path = tmp_path / "Sans client.smplan"
    before = _format_zero(path)
    assert window.file_actions.open_path(path) is False
    ((title, text),) = prompts.errors
    assert title == "Ce n'est pas un plan"
    assert "ne contient aucun plan (format 0, pas de fiche client)" in text
    assert path.read_bytes() == before


def test_check_says_what_a_format_zero_file_is(tmp_path: Path):
    path = tmp_path / "Sans client.smplan"
    _format_zero(path)
    result = subprocess.run(
        [sys.executable, "-m", "smplanner", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C"},
    )
    assert result.returncode == 1
    assert "holds no plan (format 0, no client record)" in result.stderr
    assert "Traceback" not in result.stderr
