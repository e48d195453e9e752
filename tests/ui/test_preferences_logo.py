"""The community manager's logo for reports is picked with a Browse… button and
checked: a path that is no file, or a file that is no image, is said at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from smplanner.ui.preferences_dialog import MANAGER_LOGO, PreferencesDialog


def a_logo(path: Path) -> Path:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#c0392b"))
    assert image.save(str(path))
    return path


def test_browse_fills_the_logo_and_ok_stores_it(qtbot, settings, tmp_path: Path):
    logo = a_logo(tmp_path / "Camille logo.png")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    asked: list[tuple[str, str, str]] = []
    dialog.pick_file = lambda title, start, kinds: asked.append((title, start, kinds)) or str(logo)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.logo_edit.text() == str(logo)
    assert "*.png" in asked[0][2]
    assert dialog.logo_problem() == "" and not dialog.logo_note.isVisibleTo(dialog)
    dialog.accept()
    assert settings.value(MANAGER_LOGO) == str(logo)


def test_cancelling_browse_keeps_the_logo(qtbot, settings, tmp_path: Path):
    settings.setValue(MANAGER_LOGO, str(a_logo(tmp_path / "logo.png")))
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.pick_file = lambda title, start, kinds: ""
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.logo_edit.text() == str(tmp_path / "logo.png")


def test_a_wrong_logo_is_said_in_french(qtbot, settings, tmp_path: Path, french_ui):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.browse_button.text() == "&Parcourir…"
    dialog.logo_edit.setText(str(tmp_path / "missing.png"))
    assert dialog.logo_note.isVisibleTo(dialog)
    assert dialog.logo_note.text().startswith("Il n’y a pas de fichier")
    text_file = tmp_path / "notes.png"
    text_file.write_text("not a picture", encoding="utf-8")
    dialog.logo_edit.setText(str(text_file))
    assert "n’est pas une image" in dialog.logo_note.text()
