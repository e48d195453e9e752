"""The workshop's tables typed in live, as a spreadsheet: Tab and Enter move inside the
table, only what was typed is stored, the view stays where it was, and no editor is
torn down while it closes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from smplanner.domain.strategy_findings import SECTIONS
from smplanner.services import strategy_edits
from smplanner.ui.document import PlanDocument
from smplanner.ui.strategy.record_table import RecordTable
from smplanner.ui.strategy.strategy_tab import StrategyTab
from tests.keyboard_typing import focused, press, type_keys


@pytest.fixture(autouse=True)
def english_ui(qapp):  # type: ignore[no-untyped-def]
    from smplanner.ui.i18n import install_translators

    install_translators(qapp, "en")


def make_tab(qtbot, plan) -> tuple[StrategyTab, PlanDocument]:  # type: ignore[no-untyped-def]
    document = PlanDocument(plan)
    tab = StrategyTab(document)
    document.changed.connect(tab.on_changes)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab, document


def table_of(tab: StrategyTab, section: str, name: str) -> RecordTable:
    tab.sections.setCurrentRow(SECTIONS.index(section))
    return tab.page(section).tables[name]  # type: ignore[attr-defined]


def current_column(table: RecordTable) -> str:
    return table.model.columns[table.view.currentIndex().column()].name


def row(plan, table: str, number: int = 0) -> dict:  # type: ignore[no-untyped-def]
    return strategy_edits.list_rows(plan, table)[number]


def no_editor_open(table: RecordTable) -> bool:
    return focused() is table.view


def test_tab_and_enter_move_inside_the_table_and_store_what_was_typed(qtbot, plan, qtlog):
    tab, document = make_tab(qtbot, plan)
    table = table_of(tab, "objectives", "objectives")
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert current_column(table) == "kind" and no_editor_open(table)
    steps = document.undo_stack.count()
    press(qtbot, Qt.Key.Key_Tab)
    assert current_column(table) == "title" and no_editor_open(table)
    type_keys(qtbot, "More people through the door")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: no_editor_open(table))
    assert row(plan, "objectives")["title"] == "More people through the door"
    assert current_column(table) == "audience"  # the computed SMART column is skipped
    type_keys(qtbot, "Neighbours")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: no_editor_open(table))
    assert current_column(table) == "network"
    press(qtbot, Qt.Key.Key_Tab)  # past a choice cell without typing
    press(qtbot, Qt.Key.Key_Tab)  # past the KPI
    assert current_column(table) == "baseline"
    type_keys(qtbot, "120")
    press(qtbot, Qt.Key.Key_Return)  # Enter commits (and would go down a row)
    qtbot.waitUntil(lambda: row(plan, "objectives")["baseline"] == 120)
    assert no_editor_open(table) and current_column(table) == "baseline"
    stored = row(plan, "objectives")
    assert stored["audience"] == "Neighbours"
    assert stored["network"] in (None, "") and stored["metric"] in (None, "")
    assert stored["kind"] == "awareness"
    assert document.undo_stack.count() == steps + 3  # one step per typed cell
    assert not [r for r in qtlog.records if "commitData" in r.message]


def test_a_choice_picked_with_enter_then_tab_stays_in_the_table(qtbot, plan, qtlog):
    tab, _ = make_tab(qtbot, plan)
    table = table_of(tab, "objectives", "objectives")
    table.add()
    table.add()
    table.focus_cell(table.model.rows[0]["id"], "network")
    press(qtbot, Qt.Key.Key_F2)
    combo = focused()
    assert isinstance(combo, QComboBox) and combo.currentText() == ""
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the first network
    picked = combo.currentData()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: row(plan, "objectives")["network"] == picked)
    assert no_editor_open(table)
    assert table.view.currentIndex().row() == 1  # Enter went down, as in a spreadsheet
    press(qtbot, Qt.Key.Key_Tab)
    assert no_editor_open(table) and current_column(table) == "metric"
    assert table.view.currentIndex().row() == 1
    assert tab.sections.currentRow() == SECTIONS.index("objectives")
    assert not [r for r in qtlog.records if "commitData" in r.message]


def test_tab_on_the_last_cell_stays_there_instead_of_jumping_to_row_one(qtbot, plan):
    tab, _ = make_tab(qtbot, plan)
    table = table_of(tab, "audience", "competitors")
    table.add()
    table.add()
    last = table.model.rows[-1]["id"]
    table.focus_cell(last, "strengths")
    type_keys(qtbot, "Fresh bread at 7")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: row(plan, "competitors", 1)["strengths"] == "Fresh bread at 7")
    assert table.view.currentIndex().row() == 1 and current_column(table) == "strengths"
    press(qtbot, Qt.Key.Key_Tab)
    assert table.view.currentIndex().row() == 1 and no_editor_open(table)
    table.focus_cell(table.model.rows[0]["id"], "name")
    press(qtbot, Qt.Key.Key_Backtab)  # Shift+Tab on the first cell does not wrap either
    assert table.view.currentIndex().row() == 0 and current_column(table) == "name"
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # out of the table
    assert not table.view.hasFocus()


def test_shift_tab_goes_back_one_cell_and_enter_goes_down(qtbot, plan):
    tab, _ = make_tab(qtbot, plan)
    table = table_of(tab, "community", "reply_templates")
    table.add()
    table.add()
    table.focus_cell(table.model.rows[0]["id"], "text")
    press(qtbot, Qt.Key.Key_Backtab)
    assert current_column(table) == "title"
    press(qtbot, Qt.Key.Key_Return)
    assert table.view.currentIndex().row() == 1 and current_column(table) == "title"
    type_keys(qtbot, "Opening hours")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: row(plan, "reply_templates", 1)["title"] == "Opening hours")
    assert row(plan, "reply_templates", 0)["title"] != "Opening hours"


def test_editing_a_row_far_down_keeps_the_view_where_it_was(qtbot, plan, qtlog):
    for number in range(40):
        strategy_edits.add_row(plan, "competitors", {"name": f"Competitor {number}"})
    tab, _ = make_tab(qtbot, plan)
    table = table_of(tab, "audience", "competitors")
    table.set_rows(strategy_edits.list_rows(plan, "competitors"))
    table.view.setFixedHeight(200)
    qtbot.waitUntil(lambda: table.view.verticalScrollBar().maximum() > 0)
    table.focus_cell(table.model.rows[-1]["id"], "name")
    scrolled = table.view.verticalScrollBar().value()
    assert scrolled > 0
    type_keys(qtbot, "Lyon")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: row(plan, "competitors", 39)["name"] == "Lyon")
    assert table.view.verticalScrollBar().value() == scrolled
    assert current_column(table) == "networks" and table.view.currentIndex().row() == 39
    assert not [r for r in qtlog.records if "commitData" in r.message]


def test_a_row_added_or_removed_keeps_the_cursor_and_the_editors_of_the_others(qtbot, plan):
    tab, document = make_tab(qtbot, plan)
    table = table_of(tab, "audience", "competitors")
    first = table.add()
    table.add()
    assert first is not None
    table.focus_cell(first, "strengths")
    type_keys(qtbot, "Caen")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: row(plan, "competitors")["strengths"] == "Caen")
    document.undo_stack.undo()  # the strengths
    document.undo_stack.undo()  # the second competitor
    assert len(table.model.rows) == 1 and table.model.rows[0]["strengths"] in ("", None)
    assert QApplication.focusWidget() is not None


def test_a_cell_being_typed_is_saved_at_a_pause_without_leaving_it(qtbot, plan, qtlog):
    from smplanner.ui.strategy.live_text import PAUSE_MS

    tab, document = make_tab(qtbot, plan)
    table = table_of(tab, "audience", "competitors")
    table.add()
    table.focus_cell(table.model.rows[0]["id"], "strengths")
    steps = document.undo_stack.count()
    type_keys(qtbot, "Lyon")
    editor = focused()
    qtbot.waitUntil(lambda: row(plan, "competitors")["strengths"] == "Lyon", timeout=PAUSE_MS * 4)
    assert focused() is editor  # still typing in the cell
    type_keys(qtbot, " 7e")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: row(plan, "competitors")["strengths"] == "Lyon 7e")
    assert document.undo_stack.count() == steps + 2
    assert not [r for r in qtlog.records if "commitData" in r.message]
