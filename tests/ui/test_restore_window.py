"""File > Restore a previous version, driven like a user: the copy made after opening,
the dialog chosen with the keyboard, the plan back as it was, in French."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage.plan_backups import backups_of_file
from smplanner.storage.plan_file import create_plan
from smplanner.storage.plan_properties_repo import write_setting
from smplanner.ui import plan_restore_actions
from smplanner.ui.restore_dialog import RestoreDialog


@pytest.fixture(autouse=True)
def private_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(plan_restore_actions, "COPY_ON_OPEN_DELAY_MS", 10)


def _note(window) -> object:  # type: ignore[no-untyped-def]
    row = window.document.plan.conn.execute(
        "SELECT value FROM settings WHERE key = 'note'"
    ).fetchone()
    return None if row is None else json.loads(row[0])


def _open_with_a_copy(qtbot, window, path: Path) -> None:  # type: ignore[no-untyped-def]
    create_plan(path, PlanProperties(client_name="Boulangerie Martin")).close()
    assert window.file_actions.open_path(path)
    write_setting(window.document.plan, "note", "le matin")
    # The copy on open is made in the background a moment after the first frame.
    window.restore_actions.copy_later(path, 0)
    qtbot.waitUntil(lambda: window.restore_actions.copies_made >= 1, timeout=10000)
    write_setting(window.document.plan, "note", "une erreur")


def _answer_dialog(qtbot, keys: list[Qt.Key]) -> list[RestoreDialog]:  # type: ignore[no-untyped-def]
    """Press ``keys`` in the Restore dialog once it is up (it is modal)."""
    seen: list[RestoreDialog] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog)
        for key in keys:
            qtbot.keyClick(dialog.list, key)
        if dialog.isVisible():
            if not dialog.restore_button.isEnabled():
                dialog.reject()  # the test then fails on what was not restored
                return
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return seen


def test_restore_a_previous_version_from_the_file_menu(french_ui, qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "Boulangerie.smplan"
    _open_with_a_copy(qtbot, window, path)
    action = window.actions_.restore
    assert action.isEnabled()
    assert action.text() == "Restaurer une &version précédente…"
    seen = _answer_dialog(qtbot, [])  # the newest copy is selected: click Restore
    action.trigger()
    (dialog,) = seen
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.topLevelItem(0).text(1) == "à l’ouverture"
    assert window.document is not None and window.document.plan.path == path.absolute()
    assert _note(window) == "le matin"
    assert "Le plan est revenu à son état du" in window.statusBar().currentMessage()
    # The version replaced is kept, listed first, and putting it back undoes the restore.
    kept = backups_of_file(path)
    assert [backup.reason for backup in kept] == ["restore", "open"]
    seen = _answer_dialog(qtbot, [Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Return])
    action.trigger()
    assert seen and seen[0].list.topLevelItem(0).text(1) == "avant une restauration"
    assert _note(window) == "une erreur"


def test_cancelling_the_restore_changes_nothing(qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "Boulangerie.smplan"
    _open_with_a_copy(qtbot, window, path)
    document = window.document

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(20, cancel)
            return
        assert dialog.chosen() is not None  # the newest copy is preselected
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, cancel)
    assert window.restore_actions.restore() is False
    assert window.document is document
    assert _note(window) == "une erreur"


def test_the_core_and_qt_agree_on_the_data_folder(qapp):  # type: ignore[no-untyped-def]
    from smplanner.storage.app_data import app_data_dir
    from smplanner.ui.app_paths import data_dir

    name, organisation = qapp.applicationName(), qapp.organizationName()
    qapp.setApplicationName("smplanner")  # as gui_main names the application
    qapp.setOrganizationName("")
    try:
        assert data_dir() == app_data_dir()
    finally:
        qapp.setApplicationName(name)
        qapp.setOrganizationName(organisation)
