"""`smplanner restore`, run as a person runs it: real processes, real plans, in French
and English."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage.plan_file import create_plan, open_plan
from smplanner.storage.plan_properties_repo import write_setting


def smplanner(data: Path, *args: str, lang: str = "C") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smplanner", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(data),
            "LC_ALL": lang,
            "LANG": lang,
        },
    )


def _note(path: Path, value: str) -> None:
    with open_plan(path) as plan:
        write_setting(plan, "note", value)


def _read_note(path: Path) -> object:
    with open_plan(path) as plan:
        row = plan.conn.execute("SELECT value FROM settings WHERE key = 'note'").fetchone()
    return json.loads(row[0])


@pytest.fixture
def kept_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A plan with two copies kept: "premier" when opened, "second" before an import."""
    from smplanner.storage.plan_backups import back_up

    data = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    path = tmp_path / "Boulangerie.smplan"
    create_plan(path, PlanProperties(client_name="Boulangerie Martin")).close()
    _note(path, "premier")
    back_up(path, "open")
    _note(path, "second")
    back_up(path, "import")
    _note(path, "erreur")
    return path, data


def test_restore_lists_the_copies_in_french(kept_plan: tuple[Path, Path]):
    path, data = kept_plan
    listed = smplanner(data, "restore", str(path), lang="fr_FR.UTF-8")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].startswith("Copies de sauvegarde de ")
    assert "1  " in lines[1] and "avant un import" in lines[1] and "Boulangerie Martin" in lines[1]
    assert "2  " in lines[2] and "à l’ouverture" in lines[2]
    assert "smplanner restore PLAN NUMÉRO" in lines[3]


def test_restore_puts_a_copy_back_and_keeps_the_plan_as_it_was(kept_plan: tuple[Path, Path]):
    path, data = kept_plan
    done = smplanner(data, "restore", str(path), "2", lang="fr_FR.UTF-8")
    assert done.returncode == 0, done.stderr
    assert "est revenu à son état du" in done.stdout and "(à l’ouverture)" in done.stdout
    assert _read_note(path) == "premier"
    again = smplanner(data, "restore", str(path), "--json")
    copies = json.loads(again.stdout)
    assert [copy["reason"] for copy in copies] == ["restore", "import", "open"]
    # Undo the restore: copy 1 is the plan as it was.
    assert smplanner(data, "restore", str(path), "1").returncode == 0
    assert _read_note(path) == "erreur"


def test_restore_refuses_a_wrong_number_and_an_open_plan(kept_plan: tuple[Path, Path]):
    path, data = kept_plan
    wrong = smplanner(data, "restore", str(path), "7")
    assert wrong.returncode == 2
    assert "no copy number 7: choose a number from 1 to 2" in wrong.stderr
    with open_plan(path):
        busy = smplanner(data, "restore", str(path), "1")
    assert busy.returncode == 1
    assert "already open in another smplanner window" in busy.stderr
    assert "Traceback" not in busy.stderr
    assert _read_note(path) == "erreur"


def test_restore_says_when_no_copy_was_kept(tmp_path: Path):
    path = tmp_path / "Neuf.smplan"
    create_plan(path, PlanProperties(client_name="Neuf")).close()
    nothing = smplanner(tmp_path / "data", "restore", str(path), lang="fr_FR.UTF-8")
    assert nothing.returncode == 1
    assert "aucune copie de" in nothing.stderr
