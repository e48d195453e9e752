"""File > New offers the sector's template above the empty workshop (a banner, no dialog)."""

from __future__ import annotations

from pathlib import Path

from smplanner.domain.plan_properties import PlanProperties
from smplanner.services import strategy_queries
from smplanner.ui.plan_view import STRATEGY


def new_plan(window, prompts, tmp_path: Path, sector: str) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "Boulangerie Martin.smplan"
    prompts.properties.append(PlanProperties(client_name="Boulangerie Martin", sector=sector))
    prompts.save_paths.append(path)
    assert window.file_actions.new_plan()
    return path


def test_a_new_bakery_plan_offers_the_bakery_template(qtbot, window, prompts, tmp_path):
    new_plan(window, prompts, tmp_path, "bakery_food")
    view = window.plan_view
    assert view.tabs.currentIndex() == STRATEGY
    offer = view.strategy.template_offer
    assert offer is not None and offer.isVisibleTo(window)
    assert offer.start_button.text() == "Start from the “Bakery, restaurant” template"
    assert [kind for kind, _ in prompts.asked] == ["save"]  # no question but the file name
    offer.start_button.click()
    plan = window.document.plan
    assert [c.network for c in strategy_queries.used_networks(plan)] == ["facebook", "instagram"]
    assert not offer.isVisibleTo(window)
    assert window.document.undo_stack.count() == 1  # one undo step, as from the picker
    window.document.undo_stack.undo()
    assert strategy_queries.used_networks(plan) == []


def test_starting_empty_just_hides_the_offer(qtbot, window, prompts, tmp_path):
    new_plan(window, prompts, tmp_path, "other")
    offer = window.plan_view.strategy.template_offer
    assert offer is not None
    assert offer.choice.count() >= 7  # no template for "other": the CM may still pick one
    offer.empty_button.click()
    assert not offer.isVisibleTo(window)
    assert strategy_queries.strategy_document(window.document.plan).objectives == ()
    assert window.document.undo_stack.count() == 0


def test_typing_in_the_workshop_dismisses_the_offer(qtbot, window, prompts, tmp_path):
    new_plan(window, prompts, tmp_path, "bakery_food")
    tab = window.plan_view.strategy
    tab._context().editor.set_field("audit.who_runs", "Claire, the owner", "Who runs")
    assert not tab.template_offer.isVisibleTo(window)


def test_a_plan_from_a_template_or_an_opened_plan_gets_no_offer(qtbot, window, plan, plan_path):
    plan.close()
    assert window.file_actions.open_path(plan_path)
    assert window.plan_view.strategy.template_offer is None
