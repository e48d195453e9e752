"""A template applied to a plan that already has a strategy asks first, says what it
adds, adds nothing twice and never pushes the pillar mix past 100 %."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from smplanner.domain.strategy_templates import TemplateContent, merge_template
from smplanner.services import strategy_edits
from smplanner.ui.document import PlanDocument
from smplanner.ui.strategy.strategy_tab import StrategyTab
from tests.fakes import FakePrompts


@pytest.fixture(autouse=True)
def english_ui(qapp):  # type: ignore[no-untyped-def]
    from smplanner.ui.i18n import install_translators

    install_translators(qapp, "en")


def content(*shares: int) -> TemplateContent:
    return TemplateContent(
        objectives=[
            {"kind": "awareness", "title": "Be known in the area", "network": "", "metric": ""}
        ],
        networks=[{"network": "instagram", "used": 1, "role": "Photos", "weekly_target": 3}],
        pillars=[
            {"name": f"Pillar {n}", "kind": "storytelling", "share_percent": share}
            for n, share in enumerate(shares)
        ],
        fields={"community.moderation": "a_posteriori"},
    )


def test_the_added_pillars_share_what_the_mix_leaves_of_100():
    merge = merge_template(content(60, 40), [], [{"name": "Ours", "share_percent": 50}], set(), {})
    assert merge.shares_scaled
    assert [p["share_percent"] for p in merge.pillars] == [30, 20]
    full = merge_template(content(60, 40), [], [{"name": "Ours", "share_percent": 100}], set(), {})
    assert [p["share_percent"] for p in full.pillars] == [None, None]
    room = merge_template(content(20, 10), [], [{"name": "Ours", "share_percent": 50}], set(), {})
    assert not room.shares_scaled and [p["share_percent"] for p in room.pillars] == [20, 10]


def test_what_the_plan_has_is_not_added_again():
    merge = merge_template(
        content(50),
        [{"kind": "awareness", "title": "be known  in the AREA"}],
        [{"name": "pillar 0", "share_percent": 20}],
        {"instagram"},
        {"community.moderation": "a_priori"},
    )
    assert merge.adds_nothing


def make_tab(qtbot, plan, prompts: FakePrompts) -> tuple[StrategyTab, PlanDocument]:  # type: ignore[no-untyped-def]
    document = PlanDocument(plan)
    tab = StrategyTab(document)
    tab.prompts = prompts
    document.changed.connect(tab.on_changes)
    qtbot.addWidget(tab)
    tab.show()
    return tab, document


def choose(tab: StrategyTab, template_id: str) -> None:
    tab.template_combo.setCurrentIndex(tab.template_combo.findData(template_id))


def pillar_total(plan) -> float:  # type: ignore[no-untyped-def]
    return sum(
        float(p["share_percent"] or 0) for p in strategy_edits.list_rows(plan, "content_pillars")
    )


def test_a_second_template_asks_first_and_summarises_what_it_adds(qtbot, plan):
    prompts = FakePrompts(confirmations=[False, True])
    tab, document = make_tab(qtbot, plan, prompts)
    choose(tab, "food_shop")
    qtbot.mouseClick(tab.template_button, Qt.MouseButton.LeftButton)  # empty plan: no question
    assert prompts.asked == []
    objectives = len(strategy_edits.list_rows(plan, "objectives"))
    assert pillar_total(plan) == 100
    choose(tab, "employer")
    qtbot.mouseClick(tab.template_button, Qt.MouseButton.LeftButton)
    title, text = prompts.asked[-1]
    assert "Employer" in title or "employer" in title.lower()
    assert "Objectives:" in text and "Content pillars:" in text
    assert "stays within 100 %" in text
    assert "LinkedIn" in text  # a network the plan did not have
    assert len(strategy_edits.list_rows(plan, "objectives")) == objectives  # refused: nothing
    qtbot.mouseClick(tab.template_button, Qt.MouseButton.LeftButton)  # accepted this time
    assert len(strategy_edits.list_rows(plan, "objectives")) == objectives + 2
    assert pillar_total(plan) <= 100
    steps = document.undo_stack.count()
    document.undo_stack.undo()
    assert len(strategy_edits.list_rows(plan, "objectives")) == objectives
    assert document.undo_stack.count() == steps


def test_the_same_template_twice_says_there_is_nothing_to_add(qtbot, plan):
    prompts = FakePrompts()
    tab, _ = make_tab(qtbot, plan, prompts)
    choose(tab, "food_shop")
    assert tab.apply_selected_template()
    rows = strategy_edits.snapshot(plan)
    assert not tab.apply_selected_template()
    assert prompts.infos and "nothing to add" in prompts.infos[-1][1]
    assert strategy_edits.snapshot(plan) == rows


def test_the_question_reads_in_french(qtbot, plan, french_ui):
    prompts = FakePrompts(confirmations=[False])
    tab, _ = make_tab(qtbot, plan, prompts)
    choose(tab, "food_shop")
    tab.apply_selected_template()
    choose(tab, "b2b")
    tab.apply_selected_template()
    title, text = prompts.asked[-1]
    assert title.startswith("Appliquer le modèle")
    assert "Objectifs\u00a0:" in text and "100\u00a0%" in text
