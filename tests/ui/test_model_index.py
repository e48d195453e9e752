"""The tree models answer both parent() calls: Qt's parent(index) and QObject's parent()."""

from __future__ import annotations

from datetime import datetime

from smplanner.domain.post_refs import PostDraft
from smplanner.storage.calendar_rows import plan_zone


def test_a_tree_model_keeps_its_owner_as_qobject_parent(calendar_tab) -> None:  # type: ignore[no-untyped-def]
    for model in (calendar_tab.month_model, calendar_tab.warnings_model):
        assert model.parent() is calendar_tab  # not an invalid QModelIndex


def test_a_card_on_the_month_grid_has_its_day_as_parent(calendar_tab) -> None:  # type: ignore[no-untyped-def]
    zone = plan_zone(calendar_tab.plan.conn)
    draft = PostDraft("instagram", "Recette", scheduled_at=datetime(2026, 10, 14, 10, tzinfo=zone))
    assert calendar_tab.calendar_actions.create(draft)
    model = calendar_tab.month_model
    card = next(
        model.index(0, 0, model.index(row, 0))
        for row in range(model.rowCount())
        if model.cells[row].day.day == 14 and model.cells[row].day.month == 10
    )
    assert card.isValid() and model.post_at(card).text == "Recette"
    day = model.parent(card)
    assert model.cells[day.row()].day.isoformat() == "2026-10-14"
    assert not model.parent(day).isValid()  # a day is a top row
