"""Help > About Qt speaks the interface's language: Qt's own box translated only its
heading, and a French window showed six paragraphs of English licence text."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui_walk import english_in


def _open_about_qt(window, qtbot) -> QMessageBox:  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    window.actions_.about_qt.trigger()  # the Help menu's entry
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))


def _paragraphs(box: QMessageBox) -> list[str]:
    html = box.text() + box.informativeText()
    return [
        part for part in html.replace("<h3>", "<p>").replace("</h3>", "</p>").split("<p>") if part
    ]


def test_a_french_window_shows_qt_s_box_in_french(window, french_ui, qtbot, plan_path: Path):
    from smplanner.ui.main_window import MainWindow

    french = MainWindow(window.settings, window.prompts)
    qtbot.addWidget(french)
    assert "Qt" in french.actions_.about_qt.text()
    box = _open_about_qt(french, qtbot)
    assert box.windowTitle() == "À propos de Qt"
    assert f"Ce programme utilise la version {qVersion()} de Qt." in box.text()
    body = box.informativeText()
    assert f"PySide6 (Qt for Python) {PySide6.__version__}" in body
    assert "licence publique générale limitée GNU (LGPL) version 3" in body
    assert 'href="https://qt.io/licensing/"' in body
    assert "toolkit" not in body and "available under" not in body
    for paragraph in _paragraphs(box):
        assert english_in(paragraph) is None, paragraph
    assert not box.iconPixmap().isNull()  # Qt's logo, as in Qt's own box
    qtbot.keyClick(box, Qt.Key.Key_Return)  # OK, from the keyboard
    qtbot.waitUntil(lambda: not box.isVisible())


def test_an_english_window_keeps_the_english_text(window, qtbot):
    box = _open_about_qt(window, qtbot)
    assert box.windowTitle() == "About Qt"
    assert f"This program uses Qt version {qVersion()}." in box.text()
    assert "Qt is a C++ toolkit for cross-platform application development." in (
        box.informativeText()
    )
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
