"""Editing the workshop's lists as a CM does while talking: reorder, pick networks and
dates, clear a cell, leave a cell without Enter, read refusals in French."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from smplanner.domain.plan_properties import PlanProperties
from smplanner.domain.strategy_findings import SECTIONS
from smplanner.services import strategy_edits, strategy_queries
from smplanner.storage.plan_file import open_plan
from smplanner.ui.date_entry import DateEntry
from smplanner.ui.document import PlanDocument
from smplanner.ui.strategy.record_delegates import NetworkPicker, network_ids_from_text
from smplanner.ui.strategy.record_table import RecordTable
from smplanner.ui.strategy.strategy_tab import StrategyTab
from tests.keyboard_typing import type_keys


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
    tab.activateWindow()  # keyboard shortcuts work in the active window only
    qtbot.waitUntil(tab.isActiveWindow)
    return tab, document


def table_of(tab: StrategyTab, section: str, name: str) -> RecordTable:
    tab.sections.setCurrentRow(SECTIONS.index(section))
    return tab.page(section).tables[name]  # type: ignore[attr-defined]


def column(table: RecordTable, name: str) -> int:
    return [c.name for c in table.model.columns].index(name)


def names(plan, table: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [row["name"] for row in strategy_edits.list_rows(plan, table)]


def test_moving_a_pillar_up_and_down_is_one_undo_step_each(qtbot, plan):
    tab, document = make_tab(qtbot, plan)
    table = table_of(tab, "editorial", "content_pillars")
    for name in ("Know-how", "Behind the scenes", "Offers"):
        row_id = table.add()
        assert row_id is not None
        assert table.model.setData(table.model.index(table.model.row_of(row_id), 0), name)
    steps = document.undo_stack.count()
    table.focus_cell(table.model.rows[2]["id"], "name")
    table.move_buttons[0].click()  # up
    assert names(plan, "content_pillars") == ["Know-how", "Offers", "Behind the scenes"]
    assert table.view.currentIndex().row() == 1  # the cursor follows the row
    qtbot.keyClick(table.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert names(plan, "content_pillars") == ["Offers", "Know-how", "Behind the scenes"]
    qtbot.keyClick(table.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # top
    assert document.undo_stack.count() == steps + 2
    assert document.undo_stack.undoText() == "Move pillar up"
    document.undo_stack.undo()
    assert names(plan, "content_pillars") == ["Know-how", "Offers", "Behind the scenes"]
    table.focus_cell(table.model.rows[1]["id"], "share_percent")
    qtbot.keyClick(table.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert names(plan, "content_pillars") == ["Know-how", "Behind the scenes", "Offers"]
    assert table.view.currentIndex().column() == column(table, "share_percent")
    # the calendar and the report read pillars in that order too
    assert [p.name for p in strategy_queries.content_pillars(plan)][-1] == "Offers"


@pytest.mark.parametrize(
    ("section", "table"),
    [
        ("objectives", "objectives"),
        ("editorial", "content_pillars"),
        ("budget", "budget_lines"),
        ("community", "reply_templates"),
    ],
)
def test_lists_whose_order_matters_can_be_reordered(qtbot, plan, section, table):
    tab, _ = make_tab(qtbot, plan)
    assert len(table_of(tab, section, table).move_buttons) == 2


def test_typing_network_names_or_prefixes_stores_their_ids():
    choices = [("facebook", "Facebook"), ("instagram", "Instagram"), ("x", "X")]
    assert network_ids_from_text("insta, Facebook,x", choices) == "instagram,facebook,x"
    assert network_ids_from_text("Mastodon, instagram, insta", choices) == "Mastodon,instagram"


def test_a_competitors_networks_are_ticked_in_a_list_or_typed(qtbot, plan):
    tab, _ = make_tab(qtbot, plan)
    table = table_of(tab, "audience", "competitors")
    table.add()
    index = table.model.index(0, column(table, "networks"))
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    picker = table.view.indexWidget(index) or table.view.findChild(NetworkPicker)
    assert isinstance(picker, NetworkPicker)
    picker.setEditText("insta")
    picker.showPopup()
    tiktok = picker.findText("TikTok")
    picker.view().setCurrentIndex(picker.model().index(tiktok, 0))
    qtbot.keyClick(picker.view(), Qt.Key.Key_Space)  # tick, the list stays open
    assert picker.currentText() == "Instagram, TikTok"
    # A click ticks too (and untick on a second), the list staying open.
    rect = picker.view().visualRect(picker.model().index(picker.findText("Facebook"), 0))
    qtbot.mouseClick(picker.view().viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picker.view().isVisible()
    assert picker.currentText() == "Facebook, Instagram, TikTok"
    qtbot.mouseClick(picker.view().viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picker.currentText() == "Instagram, TikTok"
    qtbot.keyClick(picker.view(), Qt.Key.Key_Return)  # close the list, keep the ticks
    assert picker.currentText() == "Instagram, TikTok"
    table.view.commitData(picker)
    assert strategy_edits.list_rows(plan, "competitors")[0]["networks"] == "instagram,tiktok"
    assert table.model.data(index) == "Instagram, TikTok"


def test_dates_are_typed_and_kept_in_the_locale_format(qtbot, plan, french_ui):
    tab, _ = make_tab(qtbot, plan)
    table = table_of(tab, "audit", "audit_networks")
    table.add()
    table.focus_cell(table.model.rows[0]["id"], "last_post")
    type_keys(qtbot, "15/11/2026")
    assert isinstance(QApplication.focusWidget(), DateEntry)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(  # Enter commits once the editor has read the key
        lambda: (
            strategy_queries.strategy_document(plan).audit_networks[0].last_post
            == date(2026, 11, 15)
        )
    )
    index = table.model.index(0, column(table, "last_post"))
    assert table.model.data(index) == "15/11/2026"


def test_an_empty_date_cell_stays_empty_when_tabbed_through(qtbot, plan):
    tab, document = make_tab(qtbot, plan)
    table = table_of(tab, "audit", "audit_networks")
    table.add()
    steps = document.undo_stack.count()
    index = table.model.index(0, column(table, "last_post"))
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, DateEntry) and editor.text() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert strategy_queries.strategy_document(plan).audit_networks[0].last_post is None
    assert document.undo_stack.count() == steps


def test_a_typed_text_that_is_no_date_is_explained_and_not_stored(qtbot, plan, french_ui):
    tab, document = make_tab(qtbot, plan)
    table = table_of(tab, "audit", "audit_networks")
    table.add()
    steps = document.undo_stack.count()
    table.focus_cell(table.model.rows[0]["id"], "last_post")
    type_keys(qtbot, "31/02/2026")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.error_label.isVisibleTo(tab))
    assert strategy_queries.strategy_document(plan).audit_networks[0].last_post is None
    assert document.undo_stack.count() == steps
    assert table.error_label.isVisibleTo(tab)
    assert "n’est pas un jour du calendrier" in table.error_label.text()


def test_delete_clears_the_current_cell(qtbot, plan):
    tab, document = make_tab(qtbot, plan)
    table = table_of(tab, "audience", "competitors")
    table.add()
    assert table.model.setData(table.model.index(0, column(table, "strengths")), "Lyon")
    table.focus_cell(table.model.rows[0]["id"], "strengths")
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert strategy_edits.list_rows(plan, "competitors")[0]["strengths"] in ("", None)
    document.undo_stack.undo()
    assert strategy_edits.list_rows(plan, "competitors")[0]["strengths"] == "Lyon"


def test_a_refused_cell_says_why_under_its_table_in_french(qtbot, plan, french_ui):
    tab, _ = make_tab(qtbot, plan)
    table = table_of(tab, "budget", "budget_lines")
    table.add()
    assert not table.model.setData(table.model.index(0, column(table, "amount")), "beaucoup")
    assert table.error_label.isVisibleTo(tab)
    assert "n'est pas un nombre" in table.error_label.text()
    assert table.model.setData(table.model.index(0, column(table, "amount")), "450")
    assert not table.error_label.isVisibleTo(tab)


def test_adding_a_kpi_before_any_objective_says_so_beside_the_table(qtbot, plan):
    tab, _ = make_tab(qtbot, plan)
    table = table_of(tab, "kpis", "objective_kpis")
    assert table.add() is None
    assert "objective first" in table.error_label.text()


def test_the_progress_reads_in_the_singular_and_plural_in_french(qtbot, plan, french_ui):
    tab, _ = make_tab(qtbot, plan)
    assert tab.guidance is not None
    assert tab.guidance.progress_label.text() == "Atelier : 0 section sur 8 complète"
    assert not any(tab.sections.item(row).text().startswith("✔") for row in range(len(SECTIONS)))
    strategy_edits.set_fields(
        plan,
        {
            "community.moderation": "a_posteriori",
            "community.response_hours": 4,
            "community.who_answers": "Claire",
            "community.criticism": "Thank, explain, offer a fix in private.",
            "community.troll_policy": "Ignore, then hide; ban insults.",
        },
    )
    strategy_edits.add_row(plan, "reply_templates", {"title": "Opening hours"})
    strategy_edits.set_field(plan, "audit.from_scratch", True)
    for key in ("audit.who_runs", "audit.skills", "audit.tools", "audit.learnings"):
        strategy_edits.set_field(plan, key, "x")
    strategy_edits.set_field(plan, "audit.team_hours", 5)
    tab.sections.setCurrentRow(SECTIONS.index("budget"))  # the panel refreshes
    assert tab.guidance.progress_label.text() == "Atelier : 2 sections sur 8 complètes"


def test_headers_of_the_audit_table_are_not_cut(qtbot, plan, french_ui):
    tab, _ = make_tab(qtbot, plan)
    tab.resize(1280, 800)
    table = table_of(tab, "audit", "audit_networks")
    header = table.view.horizontalHeader()
    for number in range(table.model.columnCount() - 1):
        assert header.sectionSize(number) >= header.sectionSizeHint(number)


def test_text_being_typed_is_saved_when_the_window_closes(qtbot, window, plan_path: Path):
    plan = open_plan(plan_path) if plan_path.exists() else None
    if plan is None:
        from smplanner.storage.plan_file import create_plan

        plan = create_plan(plan_path, PlanProperties(client_name="Boulangerie Martin"))
    window.set_plan(plan)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab = window.plan_view.strategy
    tab.sections.setCurrentRow(SECTIONS.index("audience"))
    text = tab.page("audience").forms[0].widgets["audience.positioning"]
    assert isinstance(text, QPlainTextEdit)
    text.setFocus()
    qtbot.waitUntil(text.hasFocus)
    qtbot.keyClicks(text, "The sourdough bakery of the neighbourhood")
    window.close()  # no Tab, no click elsewhere
    reopened = open_plan(plan_path)
    try:
        fields = strategy_queries.strategy_document(reopened).fields
        assert fields["audience.positioning"] == "The sourdough bakery of the neighbourhood"
    finally:
        reopened.close()


def test_a_cell_being_typed_is_saved_when_the_section_changes(qtbot, window, plan_path):
    from smplanner.storage.plan_file import create_plan

    window.set_plan(create_plan(plan_path, PlanProperties(client_name="Boulangerie Martin")))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab = window.plan_view.strategy
    table = table_of(tab, "audience", "competitors")
    table.add()
    index = table.model.index(0, column(table, "strengths"))
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table.view
    qtbot.keyClicks(editor, "Lyon 7e")
    tab.sections.setFocus()  # the CM clicks another section
    tab.sections.setCurrentRow(SECTIONS.index("budget"))
    plan = window.document.plan
    assert strategy_edits.list_rows(plan, "competitors")[0]["strengths"] == "Lyon 7e"


def test_clicking_a_label_elsewhere_commits_the_cell_being_typed(qtbot, plan):
    tab, _ = make_tab(qtbot, plan)
    table = table_of(tab, "audience", "competitors")
    table.add()
    index = table.model.index(0, column(table, "strengths"))
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table.view
    qtbot.keyClicks(editor, "Baker")
    # the panel is filled once the first page is painted
    qtbot.waitUntil(lambda: tab.guidance is not None and tab.guidance.why.isVisible())
    assert tab.guidance is not None
    qtbot.mouseClick(tab.guidance.why, Qt.MouseButton.LeftButton)  # not a field
    assert strategy_edits.list_rows(plan, "competitors")[0]["strengths"] == "Baker"
