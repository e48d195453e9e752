"""Every calendar edit undoes to exactly the plan before and redoes to exactly the plan
after (same ids, same fields), however many times, through the window's undo stack."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from smplanner.domain.post_refs import CampaignRef, PostDraft
from smplanner.domain.recurrence import Recurrence
from smplanner.services import (
    calendar_drops,
    calendar_edits,
    calendar_posts,
    calendar_queries,
    calendar_rules,
)
from smplanner.services.calendar_series import ALL, FOLLOWING
from smplanner.services.changes import Edit
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.document import PlanDocument

PARIS = ZoneInfo("Europe/Paris")


def at(day: int, hour: int = 10, month: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=PARIS)


def contents(plan: PlanFile) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the edit stamps (undo keeps the later one)."""
    found = {}
    tables = plan.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    for (table,) in tables.fetchall():
        columns = [
            row[1]
            for row in plan.conn.execute(f"PRAGMA table_info({table})")
            if row[1] not in ("updated_at", "created_at")
        ]
        found[table] = sorted(
            plan.conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr
        )
    return found


def weekly_series(plan: PlanFile) -> int:
    rule = Recurrence("WEEKLY", weekdays=(1,), count=4).to_rule()
    edit = calendar_edits.create_series(
        plan, PostDraft("instagram", "Bread of the week", scheduled_at=at(13)), rule
    )
    return int(edit.value)


def posts(plan: PlanFile) -> list[int]:
    drafts = [
        PostDraft("facebook", "Open day", status="ready", scheduled_at=at(14)),
        PostDraft("instagram", "Croissant day"),
    ]
    ids, _ = calendar_posts.create_posts(plan, drafts)
    return ids


def first_occurrence(plan: PlanFile, series_id: int):  # type: ignore[no-untyped-def]
    return calendar_queries.posts_in_series(plan, series_id)[0]


EDITS: dict[str, Callable[[PlanFile], Edit]] = {
    "move": lambda plan: calendar_edits.move(plan, {i: at(20, 18) for i in posts(plan)}),
    "move to the ideas": lambda plan: calendar_edits.move(plan, dict.fromkeys(posts(plan))),
    "copy": lambda plan: calendar_edits.copy(plan, {i: at(21) for i in posts(plan)}),
    "create": lambda plan: calendar_edits.create(plan, [PostDraft("linkedin", "Hiring")]),
    "update": lambda plan: calendar_edits.update(
        plan, posts(plan)[0], PostDraft("facebook", "Open day, 9 to 5", scheduled_at=at(15))
    ),
    "delete": lambda plan: calendar_edits.delete(plan, posts(plan)),
    "variants": lambda plan: calendar_edits.make_variants(
        plan, posts(plan)[0], ["instagram", "linkedin"]
    ),
    "retro-planning": lambda plan: calendar_edits.retroplan(
        plan,
        date.today() + timedelta(days=60),
        "product_launch",
        ["instagram", "linkedin"],
        title="Winter",
    ),
    "new series": lambda plan: calendar_edits.create_series(
        plan,
        PostDraft("instagram", "Tip of the week", scheduled_at=at(13)),
        Recurrence("WEEKLY", weekdays=(1,), count=3).to_rule(),
    ),
    "edit a series": lambda plan: calendar_edits.update_series(
        plan, weekly_series(plan), PostDraft("instagram", "Loaf of the week", title="Loaf")
    ),
    "edit the following occurrences": lambda plan: calendar_edits.edit_in_scope(
        plan,
        first_occurrence(plan, weekly_series(plan)),
        PostDraft("instagram", "Moved and new", scheduled_at=at(14, 12)),
        FOLLOWING,
    ),
    "delete a series": lambda plan: calendar_edits.delete_series(plan, weekly_series(plan)),
    "change how a series repeats": lambda plan: calendar_edits.change_rule(
        plan, weekly_series(plan), Recurrence("WEEKLY", weekdays=(3,), count=6).to_rule()
    ),
    "drop on a day": lambda plan: calendar_drops.drop(
        plan, posts(plan), date(2026, 10, 21), None, copy=False
    ),
    "copy onto an hour": lambda plan: calendar_drops.drop(
        plan, posts(plan), date(2026, 10, 21), 7, copy=True
    ),
    "nudge a day later": lambda plan: calendar_drops.shift(plan, posts(plan), days=1),
    "move the following occurrences": lambda plan: calendar_drops.move_in_scope(
        plan, first_occurrence(plan, weekly_series(plan)).id, date(2026, 10, 14), 9, FOLLOWING
    ),
    "rules": lambda plan: calendar_edits.rule_settings(
        plan, replace(calendar_rules.rule_settings(plan), gap_days=3, warn_weekend=False)
    ),
    "time slots": lambda plan: calendar_edits.set_time_slots(
        plan,
        "instagram",
        [(day, hour, 1.0 if hour == 18 else 0.0) for day in range(7) for hour in range(24)],
    ),
    "default time slots": lambda plan: (
        calendar_edits.set_time_slots(plan, "linkedin", [(0, 9, 1.0)]),
        calendar_edits.default_time_slots(plan, "linkedin"),
    )[1],
    "new campaign": lambda plan: calendar_edits.new_campaign(
        plan, CampaignRef(0, "Winter launch", "launch", date(2026, 11, 20), date(2026, 11, 22))
    ),
    "edit campaign": lambda plan: calendar_edits.edit_campaign(
        plan,
        CampaignRef(
            _campaign_with_posts(plan),
            "Galette",
            "sales",
            date(2027, 1, 4),
            date(2027, 1, 17),
            "2 €",
        ),
    ),
    "delete campaign": lambda plan: calendar_edits.delete_campaign(
        plan, _campaign_with_posts(plan)
    ),
}


def _campaign_with_posts(plan) -> int:  # type: ignore[no-untyped-def]
    """A campaign with notes and two of its posts (the set-up, before the edit)."""
    campaign_id = calendar_edits.new_campaign(
        plan,
        CampaignRef(
            0, "Épiphanie", "campaign", date(2027, 1, 2), date(2027, 1, 10), "Brief: fèves"
        ),
    ).value
    from smplanner.services import post_bulk_edits

    ids, _ = calendar_posts.create_posts(
        plan, [PostDraft("instagram", "Galette"), PostDraft("facebook", "Fève")]
    )
    post_bulk_edits.change_posts(plan, ids, campaign_id=campaign_id)
    return int(campaign_id)


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_each_edit_undoes_and_redoes_exactly(qtbot, plan, kind) -> None:
    document = PlanDocument(plan)
    edit_of = EDITS[kind]
    # The set-up posts are made inside edit_of, before the edit and outside the step
    # (a person's earlier work): "before" is read after the first undo.
    assert document.run(kind, lambda: edit_of(plan)) is not None
    after = contents(plan)
    document.undo_stack.undo()
    before = contents(plan)
    assert before != after
    for _ in range(2):
        document.undo_stack.redo()
        assert contents(plan) == after
        document.undo_stack.undo()
        assert contents(plan) == before


def test_a_delete_of_posts_already_gone_pushes_no_step(plan) -> None:
    document = PlanDocument(plan)
    assert not document.apply("Delete", lambda: calendar_edits.delete(plan, [404]))
    assert document.undo_stack.count() == 0


def test_a_whole_series_deleted_comes_back_with_its_rule(plan) -> None:
    series_id = weekly_series(plan)
    kept = calendar_queries.series(plan)[series_id]
    occurrences = calendar_queries.posts_in_series(plan, series_id)
    edit = calendar_edits.delete_series(plan, series_id)
    assert calendar_queries.posts_in_series(plan, series_id) == []
    edit.undo()
    assert calendar_queries.series(plan)[series_id] == kept
    assert calendar_queries.posts_in_series(plan, series_id) == occurrences
    assert ALL  # the same as "Delete the whole series" in the window


def test_a_gesture_of_several_edits_is_one_step_undone_in_reverse_order(qtbot, plan) -> None:
    document = PlanDocument(plan)
    ids = posts(plan)
    before = contents(plan)

    def gesture() -> Edit:
        moved = calendar_edits.move(plan, {ids[0]: at(22)})
        removed = calendar_edits.delete(plan, [ids[0]])  # needs the move undone after it
        return Edit.combined(moved, removed)

    assert document.run("Move then delete", gesture) is not None
    after = contents(plan)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert contents(plan) == before
    document.undo_stack.redo()
    assert contents(plan) == after

    with document.macro("Two moves"):
        document.run("one", lambda: calendar_edits.move(plan, {ids[1]: at(23)}))
        document.run("two", lambda: calendar_edits.move(plan, {ids[1]: at(24)}))
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert contents(plan) == after
