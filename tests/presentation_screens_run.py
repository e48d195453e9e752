"""Run by test_presentation_screens.py in its own process, on Qt's offscreen platform
with the screens its config file declares (a QApplication's screens are fixed when it
starts): opens a rich plan in the window, starts the presentation with F5 as a user
does, pages with the keyboard, and prints where each window went, as JSON."""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage.plan_file import create_plan
from smplanner.ui.main_window import MainWindow
from tests.deliverables_sample_plan import fill_rich_plan
from tests.fakes import FakePrompts


def main() -> None:
    app = QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="smplanner-screens-"))
    plan = create_plan(
        folder / "Boulangerie Martin.smplan",
        PlanProperties(client_name="Boulangerie Martin", sector="bakery_food"),
    )
    fill_rich_plan(plan, date.today())
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, FakePrompts())
    laptop = app.screens()[0]
    window.setGeometry(laptop.availableGeometry().adjusted(0, 0, -100, -100))
    window.show()
    window.set_plan(plan)
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    QTest.keyClick(window, Qt.Key.Key_F5)  # View > Presentation mode
    slides = window.deliverables.presentation
    assert slides is not None
    QTest.qWaitForWindowExposed(slides)
    result: dict[str, object] = {
        "screens": [screen.name() for screen in app.screens()],
        "window": window.screen().name(),
        "slides": slides.screen().name(),
        "slides_geometry": slides.geometry().getRect(),
        "slides_full_screen": slides.isFullScreen(),
        "notes": None,
    }
    notes = slides.notes
    if notes is not None:
        QTest.qWaitForWindowExposed(notes)
        first = notes.text.toPlainText()
        QTest.keyClick(notes, Qt.Key.Key_Right)  # the presenter's keyboard pages the slides
        QTest.qWait(50)
        result["notes"] = {
            "screen": notes.screen().name(),
            "visible": notes.isVisible(),
            "first": first,
            "after_right": notes.text.toPlainText(),
            "slide_index": slides.index,
            "second_title": slides.pages[1].title,
            "first_title": slides.pages[0].title,
            "on_slide": slides.view.toPlainText()[:2000],
        }
    QTest.keyClick(slides, Qt.Key.Key_Escape)
    QTest.qWait(50)
    result["notes_closed"] = notes is None or not notes.isVisible()
    result["closed"] = window.deliverables.presentation is None
    window.release_plan()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
