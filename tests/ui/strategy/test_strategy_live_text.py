"""Texts of the workshop are saved while typed (one undo step per pause), and Ctrl+Z in
a field undoes that field's typing only; a kill loses at most the last second."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from smplanner.domain.plan_properties import PlanProperties
from smplanner.domain.strategy_findings import SECTIONS
from smplanner.services import strategy_queries
from smplanner.storage.plan_file import create_plan, open_plan
from smplanner.ui.document import PlanDocument
from smplanner.ui.strategy.live_text import PAUSE_MS
from smplanner.ui.strategy.strategy_tab import StrategyTab
from tests.keyboard_typing import press, type_keys

PAUSED = PAUSE_MS * 4  # ms: waitUntil's limit for one pause to be saved


@pytest.fixture(autouse=True)
def english_ui(qapp):  # type: ignore[no-untyped-def]
    from smplanner.ui.i18n import install_translators

    install_translators(qapp, "en")


def make_tab(qtbot, plan) -> tuple[StrategyTab, PlanDocument]:  # type: ignore[no-untyped-def]
    document = PlanDocument(plan)
    tab = StrategyTab(document)
    document.changed.connect(tab.on_changes)
    qtbot.addWidget(tab)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab, document


def field(tab: StrategyTab, section: str, key: str):  # type: ignore[no-untyped-def]
    tab.sections.setCurrentRow(SECTIONS.index(section))
    for form in tab.page(section).forms:  # type: ignore[attr-defined]
        if key in form.widgets:
            return form.widgets[key]
    raise KeyError(key)


def stored(plan, key: str):  # type: ignore[no-untyped-def]
    return strategy_queries.strategy_document(plan).fields.get(key)


def focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_typing_is_saved_at_each_pause_as_one_undo_step(qtbot, plan):
    tab, document = make_tab(qtbot, plan)
    text = field(tab, "audience", "audience.positioning")
    focus(qtbot, text)
    steps = document.undo_stack.count()
    type_keys(qtbot, "The sourdough bakery")
    qtbot.waitUntil(
        lambda: stored(plan, "audience.positioning") == "The sourdough bakery", timeout=PAUSED
    )
    assert text.hasFocus()  # saved without leaving the field
    type_keys(qtbot, " of the neighbourhood")
    qtbot.waitUntil(
        lambda: stored(plan, "audience.positioning") == "The sourdough bakery of the neighbourhood",
        timeout=PAUSED,
    )
    assert document.undo_stack.count() == steps + 2
    assert text.toPlainText() == "The sourdough bakery of the neighbourhood"


def test_ctrl_z_in_a_field_undoes_its_own_typing_only(qtbot, plan):
    tab, document = make_tab(qtbot, plan)
    positioning = field(tab, "audience", "audience.positioning")
    differentiators = field(tab, "audience", "audience.differentiators")
    focus(qtbot, positioning)
    type_keys(qtbot, "The bakery of the square")
    qtbot.waitUntil(lambda: stored(plan, "audience.positioning") is not None, timeout=PAUSED)
    focus(qtbot, differentiators)
    type_keys(qtbot, "Organic flour")
    press(qtbot, Qt.Key.Key_Tab)  # leaving saves at once
    assert stored(plan, "audience.differentiators") == "Organic flour"
    focus(qtbot, positioning)  # a field that already held text typed earlier
    positioning.moveCursor(positioning.textCursor().MoveOperation.End)
    type_keys(qtbot, ", since 1950")
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert positioning.toPlainText() == "The bakery of the square"  # not emptied
    assert stored(plan, "audience.positioning") == "The bakery of the square"
    assert stored(plan, "audience.differentiators") == "Organic flour"  # untouched
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # redo, on Linux too
    assert positioning.toPlainText() == "The bakery of the square, since 1950"
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Tab)  # leaving after an undo keeps what is shown
    assert stored(plan, "audience.positioning") == "The bakery of the square"
    assert positioning.toPlainText() == "The bakery of the square"
    # outside the field, the plan's undo stack takes over
    document.undo_stack.undo()
    assert stored(plan, "audience.differentiators") is None


def test_ctrl_z_in_a_field_with_no_typing_of_its_own_changes_nothing(qtbot, plan):
    tab, _ = make_tab(qtbot, plan)
    differentiators = field(tab, "audience", "audience.differentiators")
    focus(qtbot, differentiators)
    type_keys(qtbot, "Organic flour")
    press(qtbot, Qt.Key.Key_Tab)
    positioning = field(tab, "audience", "audience.positioning")
    focus(qtbot, positioning)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(plan, "audience.differentiators") == "Organic flour"
    assert isinstance(positioning, QPlainTextEdit) and positioning.toPlainText() == ""


def test_a_one_line_text_is_saved_while_typed_too(qtbot, plan):
    tab, _ = make_tab(qtbot, plan)
    who = field(tab, "community", "community.who_answers")
    assert isinstance(who, QLineEdit)
    focus(qtbot, who)
    type_keys(qtbot, "Claire")
    qtbot.waitUntil(lambda: stored(plan, "community.who_answers") == "Claire", timeout=PAUSED)
    type_keys(qtbot, " and Marc")
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert who.text() == "Claire"


def test_ctrl_y_redoes_in_the_window(qtbot, window, plan_path: Path):
    window.set_plan(create_plan(plan_path, PlanProperties(client_name="Boulangerie Martin")))
    assert QKeySequence("Ctrl+Y") in window.actions_.redo.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in window.actions_.redo.shortcuts()


KILLED_SESSION = textwrap.dedent(
    """
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from smplanner.domain.strategy_findings import SECTIONS
    from smplanner.storage.plan_file import open_plan
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.strategy.strategy_tab import StrategyTab

    app = QApplication([])
    document = PlanDocument(open_plan(sys.argv[1]))
    tab = StrategyTab(document)
    document.changed.connect(tab.on_changes)
    tab.show()
    tab.sections.setCurrentRow(SECTIONS.index("audience"))
    text = tab.page("audience").forms[0].widgets["audience.positioning"]
    text.setFocus()

    def first():
        QTest.keyClicks(text, "Typed before the pause.")
        QTimer.singleShot(int(sys.argv[2]), second)

    def second():
        QTest.keyClicks(text, " Typed just before the kill.")
        os.kill(os.getpid(), signal.SIGKILL)  # no Tab, no close: the machine dies

    QTimer.singleShot(100, first)
    app.exec()
    """
)


def test_a_kill_after_a_pause_loses_nothing_typed_before_it(plan_path: Path, tmp_path: Path):
    create_plan(plan_path, PlanProperties(client_name="Boulangerie Martin")).close()
    script = tmp_path / "session.py"
    script.write_text(KILLED_SESSION, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(plan_path), str(PAUSE_MS + 300)],
        capture_output=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    reopened = open_plan(plan_path)
    try:
        fields = strategy_queries.strategy_document(reopened).fields
        assert fields["audience.positioning"] == "Typed before the pause."
    finally:
        reopened.close()
