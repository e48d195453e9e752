"""What is checked when (storage/plan_file.py's docstring): no full read of a large
plan on every open, the full check after a crash, once on `smplanner check`, and in
the background of the window after the first frame."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from smplanner.storage import plan_file as plan_file_module
from smplanner.storage import plan_validation
from smplanner.storage.errors import PlanCorruptError
from smplanner.storage.plan_file import PlanFile, full_check, open_plan
from smplanner.storage.plan_properties_repo import write_setting


def _damage_a_leaf(plan: PlanFile) -> Path:
    """Fill a table over many pages, close, scribble on a page in the middle of it."""
    with plan.transaction() as db:
        db.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)")
        db.conn.executemany(
            "INSERT INTO filler (body) VALUES (?)", [("x" * 900,) for _ in range(400)]
        )
    path = plan.path
    plan.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    middle = pages - 20  # the filler's leaves are the last pages written
    for offset in range(page_size * middle + 8, page_size * middle + 600):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    return path


@pytest.fixture
def quick_checks(monkeypatch) -> list[Path]:
    """Every full check run (quick_check on open, integrity_check by `check`), by path."""
    calls: list[Path] = []
    # check_pages runs inside plan_validation; `check` calls plan_file's re-export.
    for module, name in (
        (plan_validation, "check_pages"),
        (plan_file_module, "full_integrity_check"),
    ):
        real = getattr(module, name)

        def counting(conn: sqlite3.Connection, path: Path, real=real) -> None:  # type: ignore[no-untyped-def]
            calls.append(path)
            real(conn, path)

        monkeypatch.setattr(module, name, counting)
    return calls


def test_a_large_plan_opens_without_reading_every_page(plan: PlanFile, monkeypatch, quick_checks):
    monkeypatch.setattr(plan_validation, "FULL_CHECK_ON_OPEN_BYTES", 0)  # "large"
    path = _damage_a_leaf(plan)
    # Opening is cheap: the damage deep in a table is not seen...
    with open_plan(path) as reopened:
        assert not reopened.read_only
    assert quick_checks == []
    # ...the background check (its own connection) finds it and says what it is.
    problem = full_check(path)
    assert problem is not None and "database" in problem  # SQLite's own words


def test_a_small_plan_is_read_whole_on_open(plan: PlanFile, quick_checks):
    path = _damage_a_leaf(plan)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(PlanCorruptError):
        open_plan(path)
    assert quick_checks == [path]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_damaged_schema_is_refused_on_open_whatever_the_size(plan: PlanFile, monkeypatch):
    monkeypatch.setattr(plan_validation, "FULL_CHECK_ON_OPEN_BYTES", 0)
    for index in range(200):
        write_setting(plan, f"key{index}", "x" * 500)
    path = plan.path
    plan.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 3, page_size * 3 + 400):  # a table's root page
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    with pytest.raises(PlanCorruptError):
        open_plan(path)


def test_a_sound_plan_passes_the_full_check(plan: PlanFile):
    plan.close()
    assert full_check(plan.path) is None


def test_check_reads_the_whole_file_once(qapp, plan: PlanFile, quick_checks, capsys, monkeypatch):
    # qapp first: `check` starts a QCoreApplication for its texts otherwise, and a later
    # widget test in this process would abort.
    from smplanner.cli.main import run_command

    monkeypatch.setattr(plan_validation, "FULL_CHECK_ON_OPEN_BYTES", 0)
    plan.close()
    assert run_command(["check", str(plan.path)]) == 0
    assert quick_checks == [plan.path]
    assert "Integrity:      ok" in capsys.readouterr().out


def test_check_names_damage_deep_in_a_large_plan(qapp, plan: PlanFile, monkeypatch, capsys):
    from smplanner.cli.main import run_command

    monkeypatch.setattr(plan_validation, "FULL_CHECK_ON_OPEN_BYTES", 0)
    path = _damage_a_leaf(plan)
    assert run_command(["check", str(path)]) == 1
    error = capsys.readouterr().err
    assert str(path) in error and "Traceback" not in error


def test_the_window_checks_a_large_plan_after_the_first_frame(
    qtbot, plan: PlanFile, monkeypatch, tmp_path: Path
):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from smplanner.ui import integrity_watch
    from smplanner.ui.main_window import MainWindow

    monkeypatch.setattr(plan_validation, "FULL_CHECK_ON_OPEN_BYTES", 0)
    monkeypatch.setattr(integrity_watch, "FULL_CHECK_ON_OPEN_BYTES", 0)
    monkeypatch.setattr(integrity_watch, "DELAY_MS", 10)
    path = _damage_a_leaf(plan)
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.set_plan(open_plan(path))  # opens: the damage is deep in a table
    window.show()
    watch = window.integrity_watch
    assert watch is not None and not watch.done  # not on the way to the first frame
    qtbot.waitUntil(lambda: watch.done, timeout=10_000)
    box = window.findChild(QMessageBox, "integrity_problem")
    assert box is not None and box.isVisible() and not box.isModal()
    assert str(path) in box.text() and "database" in box.text()
    window.release_plan()


def test_the_window_says_nothing_of_a_sound_large_plan(
    qtbot, plan: PlanFile, monkeypatch, tmp_path
):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from smplanner.ui import integrity_watch
    from smplanner.ui.main_window import MainWindow

    monkeypatch.setattr(integrity_watch, "FULL_CHECK_ON_OPEN_BYTES", 0)
    monkeypatch.setattr(integrity_watch, "DELAY_MS", 10)
    plan.close()
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.set_plan(open_plan(plan.path))
    watch = window.integrity_watch
    qtbot.waitUntil(lambda: watch is not None and watch.done, timeout=10_000)
    assert watch is not None and watch.problem is None
    assert window.findChild(QMessageBox, "integrity_problem") is None
    window.release_plan()


def _with_partial_index(plan: PlanFile) -> Path:
    """A plan holding a partial index (a WHERE clause) with entries on many pages."""
    with plan.transaction() as db:
        db.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT, kept INTEGER)")
        db.conn.executemany(
            "INSERT INTO filler (body, kept) VALUES (?, ?)",
            [(f"{index:04} " + "x" * 300, index % 2) for index in range(400)],
        )
        db.execute('CREATE INDEX "kept (bodies)" ON filler (kept, body) WHERE kept = 1')
    path = plan.path
    plan.close()
    return path


def test_a_plan_with_a_partial_index_opens_and_validates(plan: PlanFile, monkeypatch):
    monkeypatch.setattr(plan_validation, "FULL_CHECK_ON_OPEN_BYTES", 0)  # roots only
    path = _with_partial_index(plan)
    with open_plan(path) as reopened:  # was refused: "no query solution"
        assert not reopened.read_only
    assert full_check(path) is None


def test_a_damaged_partial_index_is_refused_on_open(plan: PlanFile, monkeypatch):
    monkeypatch.setattr(plan_validation, "FULL_CHECK_ON_OPEN_BYTES", 0)
    path = _with_partial_index(plan)
    conn = sqlite3.connect(path)
    (root,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'kept (bodies)'"
    ).fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * (root - 1), page_size * (root - 1) + 400):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    with pytest.raises(PlanCorruptError):
        open_plan(path)


@pytest.mark.parametrize(
    ("sql", "where"),
    [
        ("CREATE INDEX i ON t (a, (b + 1))", None),
        ("CREATE INDEX i ON t (a) WHERE b IS NOT NULL AND c", "b IS NOT NULL AND c"),
        ('CREATE INDEX "a (where" ON "t)" (a)where(b > 0)', "(b > 0)"),
        ("CREATE INDEX i ON t (a, ')') WHERE b = ')'", "b = ')'"),
        (None, None),
    ],
)
def test_the_where_clause_of_a_partial_index_is_read_from_its_statement(sql, where):
    assert plan_validation.partial_index_where(sql) == where
