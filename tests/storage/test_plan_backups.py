"""Automatic backups and restore, on real plan files in a private data folder."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage import plan_backups
from smplanner.storage.app_data import app_data_dir
from smplanner.storage.errors import PlanCorruptError, PlanLockedError
from smplanner.storage.plan_backups import back_up, backups_of_file, list_backups
from smplanner.storage.plan_file import create_plan, inspect_plan, journal_path, open_plan
from smplanner.storage.plan_properties_repo import read_properties, write_setting
from smplanner.storage.plan_restore import restore_backup


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def _new_plan(path: Path, client: str = "Boulangerie Martin") -> str:
    with create_plan(path, PlanProperties(client_name=client, sector="bakery_food")) as plan:
        return str(plan.conn.execute("SELECT uuid FROM plan WHERE id = 1").fetchone()[0])


def _note(path: Path, value: str) -> None:
    with open_plan(path) as plan:
        write_setting(plan, "note", value)


def _read_note(path: Path) -> str | None:
    with open_plan(path) as plan:
        row = plan.conn.execute("SELECT value FROM settings WHERE key = 'note'").fetchone()
    return None if row is None else json.loads(row[0])


def test_the_data_folder_is_the_xdg_one(data_home: Path):
    assert app_data_dir() == data_home / "smplanner"


def test_a_backup_is_a_sound_copy_filed_under_the_plan_id(tmp_path: Path, data_home: Path):
    path = tmp_path / "Boulangerie.smplan"
    plan_id = _new_plan(path)
    _note(path, "avant")
    backup = back_up(path, "open")
    assert backup is not None
    assert backup.path.parent == data_home / "smplanner" / "backups" / plan_id
    assert backup.reason == "open" and backup.client_name == "Boulangerie Martin"
    assert backup.source == str(path.absolute())
    assert _read_note(backup.path) == "avant"
    assert list_backups(plan_id) == [backup]
    # Same state again: no second copy; a change: a new one, newest first.
    assert back_up(path, "open") is None
    _note(path, "après")
    newer = back_up(path, "import")
    assert newer is not None
    assert [b.reason for b in list_backups(plan_id)] == ["import", "open"]


def test_a_backup_while_the_window_holds_the_plan_open(tmp_path: Path):
    path = tmp_path / "Boulangerie.smplan"
    _new_plan(path)
    with open_plan(path) as plan:
        write_setting(plan, "note", "ouvert")
        backup = back_up(path, "open")  # the window's copy runs beside its connection
        write_setting(plan, "note", "encore")
    assert backup is not None and _read_note(backup.path) == "ouvert"


def test_old_copies_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(plan_backups, "MOST_KEPT", 4)
    path = tmp_path / "Boulangerie.smplan"
    plan_id = _new_plan(path)
    for number in range(7):
        _note(path, f"version {number}")
        back_up(path, "open")
    kept = list_backups(plan_id)
    assert len(kept) == 4
    assert _read_note(kept[0].path) == "version 6"
    assert len(list((kept[0].path.parent).glob("*.smplan"))) == 4


def test_a_big_plan_keeps_fewer_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(plan_backups, "SPACE_PER_PLAN", 1)  # "every plan is huge"
    path = tmp_path / "Boulangerie.smplan"
    plan_id = _new_plan(path)
    for number in range(6):
        _note(path, f"version {number}")
        back_up(path, "open")
    assert len(list_backups(plan_id)) == plan_backups.FEWEST_KEPT


def test_restore_puts_the_copy_back_and_keeps_the_plan_as_it_was(tmp_path: Path):
    path = tmp_path / "Boulangerie.smplan"
    plan_id = _new_plan(path)
    _note(path, "bon")
    good = back_up(path, "open")
    assert good is not None
    _note(path, "abîmé par erreur")
    restored = restore_backup(good, path)
    assert _read_note(path) == "bon"
    assert restored.previous is not None and restored.previous.reason == "restore"
    assert _read_note(restored.previous.path) == "abîmé par erreur"
    # The restore itself can be undone.
    restore_backup(restored.previous, path)
    assert _read_note(path) == "abîmé par erreur"
    assert not list(tmp_path.glob(".*restoring"))
    assert {b.reason for b in list_backups(plan_id)} >= {"open", "restore"}


def test_restore_is_refused_while_the_plan_is_open(tmp_path: Path):
    path = tmp_path / "Boulangerie.smplan"
    _new_plan(path)
    backup = back_up(path, "open")
    assert backup is not None
    with open_plan(path) as plan:
        write_setting(plan, "note", "en cours")
        with pytest.raises(PlanLockedError):
            restore_backup(backup, path)
    assert _read_note(path) == "en cours"


def test_a_damaged_copy_is_refused_and_the_plan_left_alone(tmp_path: Path):
    path = tmp_path / "Boulangerie.smplan"
    _new_plan(path)
    _note(path, "intact")
    backup = back_up(path, "open")
    assert backup is not None
    data = bytearray(backup.path.read_bytes())
    data[4096 : 4096 * 2] = b"\xff" * 4096  # the second page, wrecked
    backup.path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(PlanCorruptError):
        restore_backup(backup, path)
    assert path.read_bytes() == before


CRASH_MID_EDIT = textwrap.dedent(
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


def test_restore_over_a_crashed_plan_never_replays_its_journal(tmp_path: Path):
    path = tmp_path / "Boulangerie.smplan"
    _new_plan(path)
    _note(path, "sauvegardé")
    backup = back_up(path, "open")
    assert backup is not None
    _note(path, "dernière modification")
    process = subprocess.run([sys.executable, "-c", CRASH_MID_EDIT, str(path)], check=False)
    assert process.returncode == -signal.SIGKILL
    assert journal_path(path).stat().st_size > 0
    restored = restore_backup(backup, path)
    assert not journal_path(path).exists()
    with open_plan(path) as plan:
        assert plan.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert read_properties(plan).client_name == "Boulangerie Martin"
        assert not plan.recovered_after_crash
    assert _read_note(path) == "sauvegardé"
    # The plan as it was (crash rolled back into it first) is kept, sound.
    assert restored.previous is not None
    assert _read_note(restored.previous.path) == "dernière modification"


def test_copies_of_a_plan_too_damaged_to_name_itself_are_found_by_place(tmp_path: Path):
    path = tmp_path / "Boulangerie.smplan"
    _new_plan(path)
    backup = back_up(path, "open")
    assert backup is not None
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)  # wrecked beyond reading
    assert backups_of_file(path) == [backup]
    restore_backup(backup, path)
    with open_plan(path) as plan:
        assert read_properties(plan).client_name == "Boulangerie Martin"


def test_a_tampered_plan_id_never_escapes_the_backup_folder(tmp_path: Path, data_home: Path):
    path = tmp_path / "Boulangerie.smplan"
    _new_plan(path)
    with open_plan(path) as plan, plan.transaction():
        plan.conn.execute("UPDATE plan SET uuid = '../../../escape' WHERE id = 1")
    backup = back_up(path, "open")
    assert backup is not None
    assert backup.path.parent == data_home / "smplanner" / "backups" / "unknown"
    assert not (tmp_path / "escape").exists()


def test_leftover_partial_copies_are_cleared(tmp_path: Path):
    path = tmp_path / "Boulangerie.smplan"
    plan_id = _new_plan(path)
    backup = back_up(path, "open")
    assert backup is not None
    partial = backup.path.parent / ".2026-01-01_00-00-00_open.smplan.partial"
    partial.write_bytes(b"half a copy")
    import os

    os.utime(partial, (0, 0))
    assert list_backups(plan_id) == [backup]
    assert not partial.exists()


def test_a_migration_files_the_old_format_with_the_backups(tmp_path: Path):
    from tests.storage.test_plan_file_storage import make_older_plan

    path = tmp_path / "Atelier Dupont.smplan"
    make_older_plan(path, version=1)
    with open_plan(path) as migrated:
        assert migrated.migrated_from == 1
    (kept,) = backups_of_file(path)
    assert kept.reason == "migration"
    assert inspect_plan(kept.path).schema_version == 1


def test_an_import_and_a_template_keep_a_copy_first(tmp_path: Path):
    from smplanner.services.strategy_templates import apply_template

    path = tmp_path / "Boulangerie.smplan"
    plan_id = _new_plan(path)
    with open_plan(path) as plan:
        apply_template(plan, "food_shop", "fr")
    (kept,) = list_backups(plan_id)
    assert kept.reason == "template"
    with open_plan(kept.path, read_only=True) as before:
        assert before.conn.execute("SELECT count(*) FROM objectives").fetchone()[0] == 0
