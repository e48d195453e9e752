"""The plan's properties, undo/redo, the French interface, About, window state, errors."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication, QMessageBox

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage.plan_file import PlanFile, create_plan
from smplanner.storage.plan_properties_repo import read_properties
from smplanner.ui.about_dialog import about_text
from smplanner.ui.plan_properties_command import apply_plan_properties
from smplanner.ui.plan_properties_dialog import PlanPropertiesDialog


def open_fresh(window, path: Path, client: str = "Boulangerie Martin") -> None:
    create_plan(path, PlanProperties(client, "bakery_food")).close()
    assert window.file_actions.open_path(path)


def test_editing_properties_is_one_undo_step_with_its_name(window, plan_path: Path):
    open_fresh(window, plan_path)
    document = window.document
    apply_plan_properties(
        document, PlanProperties("Boulangerie Martin & Fils", "bakery_food", "Europe/Brussels")
    )
    assert read_properties(document.plan).timezone == "Europe/Brussels"
    assert window.windowTitle().startswith("Boulangerie Martin & Fils —")
    header = window.plan_view.strategy.header
    assert header.client_label.text() == "Boulangerie Martin & Fils"
    assert window.actions_.undo.text().replace("&", "") == "Undo Edit plan properties"

    window.actions_.undo.trigger()
    assert read_properties(document.plan).client_name == "Boulangerie Martin"
    assert header.client_label.text() == "Boulangerie Martin"
    assert window.windowTitle().startswith("Boulangerie Martin —")
    assert window.actions_.redo.text().replace("&", "") == "Redo Edit plan properties"

    window.actions_.redo.trigger()
    assert read_properties(document.plan).client_name == "Boulangerie Martin & Fils"


def test_the_properties_dialog_explains_a_wrong_time_zone_and_stays_open(qtbot):
    dialog = PlanPropertiesDialog(PlanProperties("Martin"))
    qtbot.addWidget(dialog)
    dialog.timezone_combo.setEditText("Paris")
    dialog.accept()
    assert dialog.properties() is None
    assert not dialog.error_label.isHidden()
    assert "Paris" in dialog.error_label.text() and "Europe/Paris" in dialog.error_label.text()

    dialog.timezone_combo.setEditText("Europe/Paris")
    dialog.client_edit.setText("  Boulangerie Martin ")
    dialog.sector_combo.setCurrentIndex(dialog.sector_combo.findData("craft_art"))
    dialog.accept()
    assert dialog.properties() == PlanProperties("Boulangerie Martin", "craft_art")


def test_the_properties_dialog_refuses_an_empty_client(qtbot):
    dialog = PlanPropertiesDialog(PlanProperties("Martin"), creating=True)
    qtbot.addWidget(dialog)
    dialog.client_edit.setText("   ")
    dialog.accept()
    assert dialog.properties() is None
    assert dialog.error_label.text() == "Type the client's name."


def test_a_change_refused_by_a_read_only_plan_is_explained_and_not_stacked(
    window, prompts, plan: PlanFile
):
    plan.close()
    assert window.file_actions.open_path(plan.path, read_only=True)
    ok = apply_plan_properties(window.document, PlanProperties("Someone else"))
    assert not ok
    assert prompts.errors[-1][0] == "Read-only plan"
    assert window.document.undo_stack.count() == 0


def test_the_french_interface(window, plan_path: Path, french_ui, qtbot):
    from smplanner.ui.main_window import MainWindow

    french = MainWindow(window.settings, window.prompts)
    qtbot.addWidget(french)
    open_fresh(french, plan_path)
    menus = [action.text() for action in french.menuBar().actions()]
    assert menus == ["&Fichier", "&Édition", "&Affichage", "Aid&e"]
    tabs = french.plan_view.tabs
    assert [tabs.tabText(i) for i in range(3)] == ["Stratégie", "Calendrier", "Statistiques"]
    assert french.actions_.new.text() == "&Nouveau plan…"
    assert french.actions_.save_as.text() == "Enregistrer &sous…"
    assert french.plan_view.strategy.header.edit_button.text() == "Propriétés du plan…"
    assert "Boulangerie, pâtisserie" in french.plan_view.strategy.header.details_label.text()
    french.release_plan()


def test_about_names_the_versions_and_the_plan_file(plan_path: Path):
    import platform

    import PySide6

    text = about_text(plan_path)
    assert f"PySide6 {PySide6.__version__}" in text
    assert f"Python {platform.python_version()}" in text
    assert "Qt " in text
    assert str(plan_path) in text


def test_window_geometry_is_remembered_but_no_planning_data(window, settings, plan_path):
    open_fresh(window, plan_path)
    wanted = (window.minimumSizeHint().width() + 13, window.minimumSizeHint().height() + 7)
    window.resize(*wanted)
    window.close()
    assert isinstance(settings.value("window/geometry"), QByteArray)
    stored = Path(settings.fileName()).read_text(encoding="utf-8", errors="replace")
    assert "Boulangerie Martin" not in stored.replace(str(plan_path), "")

    from smplanner.ui.main_window import MainWindow

    again = MainWindow(settings, window.prompts)
    assert (again.size().width(), again.size().height()) == wanted
    again.deleteLater()


def test_an_unexpected_error_is_logged_and_shown_once_without_a_traceback(
    qtbot, tmp_path: Path, monkeypatch
):
    import sys

    from smplanner.ui import error_reporting

    log_file = tmp_path / "smplanner.log"
    monkeypatch.setattr(error_reporting, "_shown", False)
    logger = logging.getLogger("smplanner")
    handlers_before = list(logger.handlers)
    error_reporting.configure_logging(log_file)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_reporting.install_excepthook(log_file)
    try:
        for _ in range(2):
            try:
                raise ZeroDivisionError("boom in a slot")
            except ZeroDivisionError:
                sys.excepthook(*sys.exc_info())
    finally:
        for handler in logger.handlers[len(handlers_before) :]:
            handler.close()
            logger.removeHandler(handler)
    boxes = [w for w in QApplication.allWidgets() if w.objectName() == "unexpectedErrorBox"]
    assert len(boxes) == 1
    box = boxes[0]
    assert isinstance(box, QMessageBox)
    assert str(log_file) in box.text() and "Traceback" not in box.text()
    logged = log_file.read_text(encoding="utf-8")
    assert logged.count("ZeroDivisionError: boom in a slot") == 2
    box.close()
