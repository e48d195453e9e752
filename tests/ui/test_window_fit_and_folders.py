"""First-minute bugs a client sees: window off-screen, English file dialogs, files
in the hidden data folder, `new --sector food`, `check | head` tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtWidgets import QFileDialog, QLabel

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage.plan_file import create_plan
from smplanner.ui import app_paths


def test_window_opens_inside_the_available_screen_area(qtbot, settings, prompts, monkeypatch):
    from smplanner.ui import screen_fit
    from smplanner.ui.main_window import MainWindow

    laptop = QRect(0, 0, 1366, 736)  # 1366 x 768 minus a 32 px panel
    monkeypatch.setattr(screen_fit, "available_area", lambda _widget: laptop)
    window = MainWindow(settings, prompts)
    qtbot.addWidget(window)
    assert window.width() <= 1366 and window.height() <= 736 - 30
    assert laptop.contains(window.frameGeometry())


def test_a_geometry_saved_on_a_big_monitor_is_brought_back_on_screen(
    qtbot, tmp_path, prompts, monkeypatch
):
    from smplanner.ui import screen_fit
    from smplanner.ui.main_window import MainWindow

    big = QSettings(str(tmp_path / "big.ini"), QSettings.Format.IniFormat)
    first = MainWindow(big, prompts)
    qtbot.addWidget(first)
    first.setGeometry(1500, 900, 1800, 1000)
    big.setValue("window/geometry", first.saveGeometry())
    assert isinstance(big.value("window/geometry"), QByteArray)

    laptop = QRect(0, 0, 1366, 768)
    monkeypatch.setattr(screen_fit, "available_area", lambda _widget: laptop)
    again = MainWindow(big, prompts)
    qtbot.addWidget(again)
    assert laptop.contains(again.frameGeometry()), again.frameGeometry()


def test_qt_file_dialog_is_french(qtbot, french_ui, tmp_path):
    dialog = QFileDialog(None, "x", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert texts["lookInLabel"] == "&Regarder dans\u00a0:"
    assert texts["fileTypeLabel"] == "&Type de fichier\u00a0:"
    assert texts["fileNameLabel"].startswith("&Nom de fichier")


def test_default_plan_is_named_in_the_interface_language_and_an_old_one_is_kept(qapp):
    folder = app_paths.data_dir()
    for name in app_paths.DEFAULT_PLAN_NAMES.values():
        (folder / name).unlink(missing_ok=True)
    assert app_paths.default_plan_path("fr").name == "Mon plan.smplan"
    assert app_paths.default_plan_path("en").name == "My plan.smplan"
    (folder / "My plan.smplan").write_bytes(b"")  # made by an English start: the user's work
    try:
        assert app_paths.default_plan_path("fr").name == "My plan.smplan"
    finally:
        (folder / "My plan.smplan").unlink()


def test_file_dialogs_start_in_documents_not_in_the_hidden_data_folder(window, tmp_path):
    default = app_paths.data_dir() / "Mon plan.smplan"
    default.unlink(missing_ok=True)
    create_plan(default, PlanProperties("Mon premier client")).close()
    try:
        assert window.file_actions.open_path(default)
        assert window.file_actions._start_folder() == app_paths.documents_dir()
        suggested = app_paths.suggested_beside(default, "Mon plan.pdf")
        assert suggested.parent == app_paths.documents_dir()

        chosen = tmp_path / "Clients" / "Fournil.smplan"
        chosen.parent.mkdir()
        create_plan(chosen, PlanProperties("Fournil")).close()
        assert window.file_actions.open_path(chosen)
        assert window.file_actions._start_folder() == chosen.parent
        assert app_paths.suggested_beside(chosen, "x.pdf").parent == chosen.parent
    finally:
        window.release_plan()
        default.unlink(missing_ok=True)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smplanner", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_new_refuses_an_unknown_sector_and_lists_the_known_ones(tmp_path: Path):
    result = _cli("new", str(tmp_path / "A.smplan"), "--client", "A", "--sector", "food")
    assert result.returncode == 2
    assert "unknown sector 'food'" in result.stderr or "secteur inconnu" in result.stderr
    assert "bakery_food" in result.stderr and "restaurant" in result.stderr
    assert not (tmp_path / "A.smplan").exists()

    by_label = _cli(
        "new",
        str(tmp_path / "B.smplan"),
        "--client",
        "B",
        "--sector",
        "Boulangerie, pâtisserie, commerce alimentaire",
    )
    assert by_label.returncode == 0, by_label.stderr
    from smplanner.storage.plan_file import open_plan
    from smplanner.storage.plan_properties_repo import read_properties

    plan = open_plan(tmp_path / "B.smplan")
    try:
        assert read_properties(plan).sector == "bakery_food"
    finally:
        plan.close()


def test_check_piped_into_a_reader_that_leaves_ends_without_a_traceback(tmp_path: Path):
    path = tmp_path / "C.smplan"
    create_plan(path, PlanProperties("C")).close()
    read_end, write_end = os.pipe()
    # The reader is gone before the command writes its first line, as with `| head`
    # on a long output.
    os.close(read_end)
    process = subprocess.Popen(
        [sys.executable, "-m", "smplanner", "check", str(path)],
        stdout=write_end,
        stderr=subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    os.close(write_end)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0
    assert b"Traceback" not in err and b"BrokenPipe" not in err


def _cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    return {**env, "QT_QPA_PLATFORM": "offscreen", **extra}


def test_check_speaks_the_locale_with_french_numbers_and_lang_overrides(tmp_path: Path):
    from smplanner.services import strategy_edits
    from smplanner.storage.plan_file import open_plan

    path = tmp_path / "Fournil.smplan"
    create_plan(path, PlanProperties("Fournil", "bakery_food")).close()
    plan = open_plan(path)
    strategy_edits.set_fields(
        plan,
        {
            "budget.revenue": 170200,
            "budget.communication_percent": 5,
            "budget.digital_percent": 50,
            "budget.social_percent": 10,
        },
    )
    strategy_edits.add_row(
        plan, "budget_lines", {"kind": "ads", "label": "Meta", "amount": 8510, "period": "year"}
    )
    plan.close()

    def run(*args: str, **env: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "smplanner", "check", str(path), *args],
            capture_output=True,
            text=True,
            timeout=60,
            env=_cli_env(**env),
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    french = run(LANG="fr_FR.UTF-8")
    assert "Secteur :" in french and "Boulangerie, pâtisserie" in french
    assert (
        "8\u00a0510,00\u00a0€" in french
        or "8 510,00 €" in french
        or "8\u202f510,00\u00a0€" in french
    )
    assert "Sector:" not in french and "EUR" not in french
    english = run("--lang", "en", LANG="fr_FR.UTF-8")
    assert "Sector:" in english and "8,510.00" in english
    assert "Secteur" in run("--lang", "fr")


def test_first_start_welcomes_once_and_offers_a_template(window, settings, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    from smplanner.ui.welcome_dialog import WelcomeDialog, offer_welcome

    asked: list[str] = []
    monkeypatch.setattr(
        window.deliverables, "create_from_template", lambda: asked.append("template")
    )
    dialog = offer_welcome(window, settings)
    assert isinstance(dialog, WelcomeDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert "one plan per client" in dialog.findChildren(QLabel)[1].text()
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: asked == ["template"])
    assert offer_welcome(window, settings) is None  # only the first time


def test_start_page_says_one_plan_per_client_and_offers_a_template(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    asked: list[str] = []
    window.start_page.template_requested.disconnect()
    window.start_page.template_requested.connect(lambda: asked.append("template"))
    texts = " ".join(label.text() for label in window.start_page.findChildren(QLabel))
    assert "One plan per client" in texts
    button = next(b for b in window.start_page.findChildren(QPushButton) if "template" in b.text())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == ["template"]
