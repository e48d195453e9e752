"""Every workshop edit undoes to exactly the strategy before and redoes to exactly the
strategy after (same ids), through the window's undo stack."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from smplanner.domain.strategy_templates import all_templates
from smplanner.services import strategy_edits, strategy_steps
from smplanner.services.changes import Edit
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.document import PlanDocument
from tests.ui.calendar.test_calendar_edits_undo import contents


def two_competitors(plan: PlanFile) -> list[int]:
    return [
        strategy_edits.add_row(plan, "competitors", {"name": name, "networks": "instagram"})[0]
        for name in ("Maison Dupain", "Le Fournil")
    ]


EDITS: dict[str, Callable[[PlanFile], Edit]] = {
    "answer a question": lambda plan: strategy_steps.set_field(plan, "audit.team_hours", 6),
    "add a row": lambda plan: strategy_steps.add_row(
        plan, "competitors", {"name": "Maison Dupain", "networks": "instagram"}
    ),
    "edit a cell": lambda plan: strategy_steps.update_row(
        plan, "competitors", two_competitors(plan)[0], "strengths", "Belles vidéos"
    ),
    "delete a row": lambda plan: strategy_steps.delete_row(
        plan, "competitors", two_competitors(plan)[1]
    ),
    "move a row": lambda plan: strategy_steps.move_row(
        plan, "competitors", two_competitors(plan)[1], -1
    ),
    "choose a network": lambda plan: strategy_steps.set_network(
        plan, "instagram", {"used": 1, "role": "Vitrine", "weekly_target": 4}
    ),
    "start from a template": lambda plan: strategy_steps.apply_template(
        plan, all_templates()[0].id, "fr"
    ),
}


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_each_workshop_edit_undoes_and_redoes_exactly(qtbot, plan, kind) -> None:
    document = PlanDocument(plan)
    edit = document.run(kind, lambda: EDITS[kind](plan))
    assert edit is not None and not edit.changed_nothing
    after = contents(plan)
    document.undo_stack.undo()
    before = contents(plan)
    assert before != after
    for _ in range(2):
        document.undo_stack.redo()
        assert contents(plan) == after
        document.undo_stack.undo()
        assert contents(plan) == before


def test_the_same_answer_again_pushes_no_step(plan) -> None:
    document = PlanDocument(plan)
    assert document.apply("Edit", lambda: strategy_steps.set_field(plan, "audit.team_hours", 6))
    assert not document.apply("Edit", lambda: strategy_steps.set_field(plan, "audit.team_hours", 6))
    assert document.undo_stack.count() == 1
