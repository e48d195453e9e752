"""The Strategy tab as a user runs it: fill, see the guidance, undo/redo, reopen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from smplanner.domain.strategy_findings import SECTIONS
from smplanner.services import strategy_queries
from smplanner.storage.plan_file import open_plan
from smplanner.ui.document import PlanDocument
from smplanner.ui.strategy.strategy_tab import StrategyTab


@pytest.fixture(autouse=True)
def english_ui(qapp):  # type: ignore[no-untyped-def]
    """The app always sets a language (and its locale) before building tabs."""
    from smplanner.ui.i18n import install_translators

    install_translators(qapp, "en")


def make_tab(qtbot, plan) -> tuple[StrategyTab, PlanDocument]:  # type: ignore[no-untyped-def]
    document = PlanDocument(plan)
    tab = StrategyTab(document)
    document.changed.connect(tab.on_changes)
    qtbot.addWidget(tab)
    tab.show()
    return tab, document


def type_into(qtbot, widget: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def findings_text(tab: StrategyTab) -> list[str]:
    assert tab.guidance is not None
    return [tab.guidance.findings.item(i).text() for i in range(tab.guidance.findings.count())]


def test_only_the_first_section_is_built_when_the_tab_opens(qtbot, plan):
    tab, _ = make_tab(qtbot, plan)
    assert list(tab._pages) == ["audit"]
    tab.sections.setCurrentRow(SECTIONS.index("budget"))
    assert "budget" in tab._pages


def test_typing_a_revenue_is_saved_undone_and_redone(qtbot, plan, plan_path: Path):
    tab, document = make_tab(qtbot, plan)
    tab.sections.setCurrentRow(SECTIONS.index("budget"))
    form = tab.page("budget").forms[0]  # type: ignore[attr-defined]
    type_into(qtbot, form.widgets["budget.revenue"], "200000")
    type_into(qtbot, form.widgets["budget.communication_percent"], "1")
    doc = strategy_queries.strategy_document(plan)
    assert doc.fields["budget.revenue"] == 200000
    assert any("below the usual 2–10 %" in text for text in findings_text(tab))
    assert document.undo_stack.count() == 2

    document.undo_stack.undo()
    assert "budget.communication_percent" not in strategy_queries.strategy_document(plan).fields
    assert form.widgets["budget.communication_percent"].text() == ""
    document.undo_stack.redo()
    assert strategy_queries.strategy_document(plan).fields["budget.communication_percent"] == 1
    assert form.widgets["budget.revenue"].text().startswith("€200,000")


def test_a_negative_revenue_is_refused_inline_without_a_dialog(qtbot, plan):
    tab, document = make_tab(qtbot, plan)
    tab.sections.setCurrentRow(SECTIONS.index("budget"))
    form = tab.page("budget").forms[0]  # type: ignore[attr-defined]
    failures: list[object] = []
    document.failed.connect(failures.append)
    type_into(qtbot, form.widgets["budget.revenue"], "-5")
    assert form.error_label.isVisibleTo(tab)
    assert "negative" in form.error_label.text()
    assert failures == []
    assert document.undo_stack.count() == 0


def test_objectives_are_added_edited_and_checked_smart(qtbot, plan):
    tab, document = make_tab(qtbot, plan)
    tab.sections.setCurrentRow(SECTIONS.index("objectives"))
    table = tab.page("objectives").tables["objectives"]  # type: ignore[attr-defined]
    row_id = table.add()
    assert row_id is not None
    model = table.model
    columns = [c.name for c in model.columns]

    def edit(column: str, value: object) -> None:
        assert model.setData(model.index(0, columns.index(column)), value)

    edit("title", "Be known in the neighbourhood")
    edit("network", "facebook")
    edit("metric", "followers")
    edit("baseline", "1000")
    edit("target", "10000")
    edit("deadline", (tab._context().today.replace(day=1)).isoformat()[:8] + "28")
    smart = model.data(model.index(0, columns.index("smart")))
    assert smart.startswith("✘")
    assert document.undo_stack.count() == 7
    for _ in range(6):
        document.undo_stack.undo()
    assert strategy_queries.objectives(plan)[0].title == ""
    document.undo_stack.undo()
    assert strategy_queries.objectives(plan) == []
    document.undo_stack.redo()
    assert [o.id for o in strategy_queries.objectives(plan)] == [row_id]


def test_an_upside_down_age_range_is_refused(qtbot, plan):
    tab, _ = make_tab(qtbot, plan)
    tab.sections.setCurrentRow(SECTIONS.index("audience"))
    from smplanner.ui.strategy.persona_cards import PersonaCards

    cards = tab.page("audience").findChild(PersonaCards)
    assert cards is not None
    cards.add()
    card = cards.cards[0]
    for column, typed in (("age_min", "7"), ("age_max", "3")):
        card.fields[column].setFocus()
        card.fields[column].setText(typed)
        qtbot.keyClick(card.fields[column], Qt.Key.Key_Return)
    assert strategy_queries.strategy_document(plan).personas[0].age_min == 7
    assert strategy_queries.strategy_document(plan).personas[0].age_max is None
    assert cards.error_label.isVisibleTo(tab)


def test_a_template_fills_the_workshop_in_one_undo_step(qtbot, plan):
    tab, document = make_tab(qtbot, plan)
    assert tab.template_combo.currentData() == "food_shop"  # the plan is a bakery
    tab.template_button.click()
    assert [c.network for c in strategy_queries.used_networks(plan)] == ["facebook", "instagram"]
    assert sum(p.share_percent or 0 for p in strategy_queries.content_pillars(plan)) == 100
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert strategy_queries.used_networks(plan) == []
    document.undo_stack.redo()
    assert len(strategy_queries.objectives(plan)) == 2


def test_choosing_networks_shows_recommendations_and_age_warnings(qtbot, plan):
    tab, _ = make_tab(qtbot, plan)
    tab.sections.setCurrentRow(SECTIONS.index("networks"))
    page = tab.page("networks")
    grid = page.findChild(QLineEdit, None)  # the page is built
    assert grid is not None
    from smplanner.ui.strategy.network_roles_page import NetworkRolesGrid, RecommendationList

    roles = page.findChild(NetworkRolesGrid)
    roles.used["snapchat"].setChecked(True)
    assert [c.network for c in strategy_queries.used_networks(plan)] == ["snapchat"]
    assert "Facebook" in page.findChild(RecommendationList).text()  # bakery: a showcase
    tab.sections.setCurrentRow(SECTIONS.index("networks"))
    assert any("Give Snapchat a role" in text for text in findings_text(tab))


def test_a_finding_jumps_to_its_field(qtbot, plan):
    tab, _ = make_tab(qtbot, plan)
    tab.sections.setCurrentRow(SECTIONS.index("budget"))
    assert tab.guidance is not None
    item = tab.guidance.findings.item(0)
    assert "revenue" in item.text()
    tab.guidance.findings.itemClicked.emit(item)
    form = tab.page("budget").forms[0]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: form.widgets["budget.revenue"].hasFocus())


def test_a_filled_workshop_is_found_intact_after_reopening(qtbot, plan, plan_path: Path):
    tab, document = make_tab(qtbot, plan)
    tab.template_button.click()
    tab.sections.setCurrentRow(SECTIONS.index("community"))
    form = tab.page("community").forms[0]  # type: ignore[attr-defined]
    type_into(qtbot, form.widgets["community.who_answers"], "Claire")
    before = strategy_queries.strategy_document(plan)
    document.undo_stack.clear()
    plan.close()
    reopened = open_plan(plan_path)
    try:
        assert strategy_queries.strategy_document(reopened) == before
        assert before.fields["community.who_answers"] == "Claire"
    finally:
        reopened.close()


def test_the_workshop_speaks_french(qtbot, plan, french_ui):
    tab, _ = make_tab(qtbot, plan)
    assert tab.sections.item(0).text().endswith("Audit — état des lieux") or "Audit" in (
        tab.sections.item(0).text()
    )
    tab.sections.setCurrentRow(SECTIONS.index("budget"))
    assert any("chiffre d'affaires" in text.lower() for text in findings_text(tab))
