"""Every menu action and every button of the tabs' bars, on a rich plan in French:
no exception, no English text in the window or in any dialog they open (each dialog
is closed as Escape would)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage.plan_file import create_plan
from tests import ui_walk
from tests.deliverables_sample_plan import fill_rich_plan

# Actions that end the walk rather than show something.
SKIPPED = ("Quitter", "Fermer le plan", "Plein écran")


@pytest.fixture
def rich_french_window(qtbot, french_ui, window, tmp_path):
    path = tmp_path / "Boulangerie Martin.smplan"
    plan = create_plan(path, PlanProperties("Boulangerie Martin", "bakery_food", language="fr"))
    fill_rich_plan(plan, date.today())
    plan.close()
    # Built after the switch to French, as at a French start.
    from smplanner.ui.main_window import MainWindow

    french = MainWindow(window.settings)  # real questions: the dialogs open, then close
    qtbot.addWidget(french)
    french.resize(1366, 768)
    assert french.file_actions.open_path(path)
    french.show()
    qtbot.waitExposed(french)
    yield french
    french.release_plan()


def _wait(qtbot, ms: int) -> None:
    qtbot.wait(ms)  # lets the dialog closer's timer run between actions


def test_every_action_and_button_runs_and_speaks_french(qtbot, rich_french_window):
    window = rich_french_window
    problems: list[str] = []
    label = {"now": ""}

    def seen(widget: QWidget) -> None:
        problems.extend(f"{label['now']} — {p}" for p in ui_walk.english_texts(widget))

    closer = ui_walk.DialogCloser(seen)
    done: list[str] = []
    try:
        tabs = ui_walk.tab_widget(window)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _wait(qtbot, 300)
            label["now"] = f"onglet {tabs.tabText(index)}"
            seen(window)
        for name, action in ui_walk.menu_actions(window):
            if any(skip in name for skip in SKIPPED) or not action.isEnabled():
                continue
            label["now"] = name
            action.trigger()
            _wait(qtbot, 60)
            _close_windows(window, seen)
            done.append(name)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _wait(qtbot, 200)
            for name, button in ui_walk.bar_buttons(tabs.currentWidget()):
                menu = button.menu() if hasattr(button, "menu") else None
                items = [] if menu is None else [a for a in menu.actions() if a.isEnabled()]
                for item in items:
                    if item.isSeparator() or item.menu() is not None:
                        continue
                    label["now"] = f"{tabs.tabText(index)} › {name} › {item.text()}"
                    item.trigger()
                    _wait(qtbot, 60)
                    _close_windows(window, seen)
                    done.append(label["now"])
                if menu is None and button.isEnabled():
                    label["now"] = f"{tabs.tabText(index)} › {name}"
                    button.click()
                    _wait(qtbot, 60)
                    _close_windows(window, seen)
                    done.append(label["now"])
    finally:
        closer.stop()
    assert len(done) > 30, done  # the walk reached the menus and the bars
    assert closer.closed, "dialogs were opened and closed"
    assert "À propos de Qt" in closer.closed  # Qt's box too, now in French
    assert problems == [], "\n".join(problems)


def _close_windows(window: QWidget, seen) -> None:  # type: ignore[no-untyped-def]
    for widget in QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible() or not widget.isWindow():
            continue
        if widget.inherits("QMenu") or widget.inherits("QToolTip"):
            continue
        seen(widget)
        widget.close()
