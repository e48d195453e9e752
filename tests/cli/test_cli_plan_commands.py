"""The command line, run as a person runs it: real processes, real files."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from smplanner import __version__


def smplanner(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smplanner", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_new_creates_a_plan_that_check_finds_sound(tmp_path: Path):
    created = smplanner(
        "new",
        str(tmp_path / "Boulangerie Martin"),
        "--client",
        "Boulangerie Martin",
        "--sector",
        "bakery_food",
        "--timezone",
        "Europe/Brussels",
    )
    assert created.returncode == 0, created.stderr
    path = tmp_path / "Boulangerie Martin.smplan"
    assert path.exists()

    checked = smplanner("check", str(path))
    assert checked.returncode == 0, checked.stderr
    assert "Client:         Boulangerie Martin" in checked.stdout
    assert "Europe/Brussels" in checked.stdout
    assert re.search(r"Format version: \d+ \(current\)", checked.stdout)
    assert re.search(r"plan\s+1 rows", checked.stdout)


def test_new_refuses_an_unknown_time_zone_with_a_usage_error(tmp_path: Path):
    result = smplanner("new", str(tmp_path / "x.smplan"), "--client", "X", "--timezone", "Paris")
    assert result.returncode == 2
    assert "--timezone" in result.stderr and "Europe/Paris" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.smplan").exists()


def test_new_refuses_to_overwrite_a_file(tmp_path: Path):
    target = tmp_path / "taken.smplan"
    target.write_text("mine")
    result = smplanner("new", str(target), "--client", "X")
    assert result.returncode == 1
    assert "already exists" in result.stderr
    assert target.read_text() == "mine"


@pytest.mark.parametrize(
    ("content", "phrase"),
    [(b"", "empty"), (b"name;reach\n", "not a SQLite database")],
    ids=["empty", "csv"],
)
def test_check_gives_a_one_line_reason_for_a_file_that_is_not_a_plan(
    tmp_path: Path, content: bytes, phrase: str
):
    path = tmp_path / "export.smplan"
    path.write_bytes(content)
    result = smplanner("check", str(path))
    assert result.returncode == 1
    assert phrase in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == content


def test_check_refuses_another_programs_database(tmp_path: Path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    result = smplanner("check", str(path))
    assert result.returncode == 1
    assert "another program" in result.stderr


def test_check_without_a_path_is_a_usage_error():
    result = smplanner("check")
    assert result.returncode == 2
    assert "usage: smplanner check" in result.stderr


def test_version_and_help():
    version = smplanner("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"smplanner {__version__}"
    top = smplanner("--help")
    assert top.returncode == 0
    assert "new" in top.stdout and "check" in top.stdout
    for command in ("new", "check"):
        result = smplanner(command, "--help")
        assert result.returncode == 0
        assert f"usage: smplanner {command}" in result.stdout


def test_quit_after_startup_paints_the_given_plan_and_reports_the_time(tmp_path: Path):
    path = tmp_path / "Atelier.smplan"
    assert smplanner("new", str(path), "--client", "Atelier Dupont").returncode == 0
    result = smplanner("--quit-after-startup", str(path))
    assert result.returncode == 0, result.stderr
    assert re.search(r"first frame painted with the plan loaded in \d+ ms", result.stdout)
    # The plan was opened for real: it is now the most recent one.
    settings = Path(os.environ["XDG_CONFIG_HOME"]) / "smplanner" / "smplanner.ini"
    assert str(path) in settings.read_text(encoding="utf-8")
    assert not (tmp_path / ".Atelier.smplan.lock").exists()


def test_quit_after_startup_with_no_file_creates_the_default_plan(tmp_path: Path):
    env_home = tmp_path / "fresh"
    result = subprocess.run(
        [sys.executable, "-m", "smplanner", "--quit-after-startup"],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(env_home / "data"),
            "XDG_CONFIG_HOME": str(env_home / "config"),
            "LANG": "fr_FR.UTF-8",
            "LC_ALL": "",
        },
    )
    assert result.returncode == 0, result.stderr
    default = env_home / "data" / "smplanner" / "Mon plan.smplan"  # named in French
    assert default.exists()
    checked = smplanner("check", str(default))
    assert checked.returncode == 0
    assert "Mon premier client" in checked.stdout  # French system locale, French default
