"""Recurring series edited through one occurrence: this one, this and the following,
the whole series; the repeat rule changed afterwards; each one undo step."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from smplanner.domain.post_refs import PostDraft
from smplanner.domain.recurrence import Recurrence, parse_rule
from smplanner.services import calendar_planning, calendar_queries, calendar_series

PARIS = ZoneInfo("Europe/Paris")
WEEKLY_6 = Recurrence("WEEKLY", weekdays=(1,), count=6).to_rule()


def make_series(plan, first=datetime(2026, 10, 6, 18, tzinfo=PARIS), rule=WEEKLY_6):  # type: ignore[no-untyped-def]
    draft = PostDraft("linkedin", "Tuesday tip", title="Tip", status="draft", scheduled_at=first)
    series_id, ids, _ = calendar_planning.create_series(plan, draft, rule)
    return series_id, ids


def times(plan, series_id):  # type: ignore[no-untyped-def]
    return [p.scheduled_at for p in calendar_queries.posts_in_series(plan, series_id)]


def test_the_rule_written_by_the_dialog_reads_back() -> None:
    for rule in (
        WEEKLY_6,
        Recurrence("WEEKLY", interval=2, weekdays=(4,), count=3).to_rule(),
        Recurrence("MONTHLY", weekdays=(0,), month_position=1, until=date(2027, 3, 1)).to_rule(),
    ):
        assert parse_rule(rule).to_rule() == rule


def test_moving_this_and_the_following_keeps_the_wall_clock_across_the_clock_change(plan) -> None:  # type: ignore[no-untyped-def]
    _series_id, ids = make_series(plan)
    third = calendar_queries.posts_by_id(plan, [ids[2]])[0]  # Tue 20 Oct, before the change
    target = datetime(2026, 10, 21, 9, tzinfo=PARIS)  # Wednesday 9:00
    targets = calendar_series.scope_targets(plan, third, target, calendar_series.FOLLOWING)
    assert sorted(targets) == ids[2:]
    # 27 Oct and later are after the switch to winter time: still Wednesday 9:00 local.
    assert [targets[i].strftime("%a %H:%M") for i in ids[2:]] == ["Wed 09:00"] * 4
    assert targets[ids[3]] == datetime(2026, 10, 28, 9, tzinfo=PARIS)
    assert calendar_series.scope_targets(plan, third, target, calendar_series.ONE) == {
        ids[2]: target
    }
    assert len(calendar_series.scope_targets(plan, third, target, calendar_series.ALL)) == 6


def test_editing_the_whole_series_spares_occurrences_edited_on_their_own(plan) -> None:  # type: ignore[no-untyped-def]
    from smplanner.services import calendar_posts

    series_id, ids = make_series(plan)
    own = calendar_queries.posts_by_id(plan, [ids[4]])[0]
    calendar_posts.update_post(
        plan, own.id, PostDraft("linkedin", "special", scheduled_at=own.scheduled_at)
    )
    second = calendar_queries.posts_by_id(plan, [ids[1]])[0]
    edited = PostDraft("linkedin", "New tip", scheduled_at=second.scheduled_at)
    calendar_series.edit_in_scope(plan, second.id, edited, calendar_series.FOLLOWING)
    texts = [p.text for p in calendar_queries.posts_in_series(plan, series_id)]
    assert texts == ["Tuesday tip", "New tip", "New tip", "New tip", "special", "New tip"]
    calendar_series.edit_in_scope(
        plan,
        ids[0],
        PostDraft("linkedin", "All", scheduled_at=second.scheduled_at - timedelta(days=7)),
        calendar_series.ALL,
    )
    assert [p.text for p in calendar_queries.posts_in_series(plan, series_id)].count("All") == 5


def test_changing_the_rule_keeps_matching_occurrences_and_can_be_undone(plan) -> None:  # type: ignore[no-untyped-def]
    series_id, ids = make_series(plan)
    every_two = Recurrence("WEEKLY", interval=2, weekdays=(1,), count=4).to_rule()
    change, _ = calendar_series.change_rule(plan, series_id, every_two)
    kept = times(plan, series_id)
    assert [t.date() for t in kept] == [
        date(2026, 10, 6),
        date(2026, 10, 20),
        date(2026, 11, 3),
        date(2026, 11, 17),
    ]
    assert all(t.hour == 18 for t in kept)
    survivors = {p.id for p in calendar_queries.posts_in_series(plan, series_id)}
    assert {ids[0], ids[2], ids[4]} <= survivors  # the matching ones were kept as they were
    assert calendar_queries.series(plan)[series_id].rule == every_two
    calendar_series.undo_rule_change(plan, change)
    assert {p.id for p in calendar_queries.posts_in_series(plan, series_id)} == set(ids)
    assert calendar_queries.series(plan)[series_id].rule == WEEKLY_6


@pytest.fixture
def tab(calendar_tab):  # type: ignore[no-untyped-def]
    return calendar_tab


def test_dropping_an_occurrence_asks_and_moves_the_following_in_one_step(tab, plan, qtbot) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.calendar.cells_model import Cell

    series_id, ids = make_series(plan)
    before = times(plan, series_id)
    assert tab.month_model.drop_handler([ids[1]], Cell(date(2026, 10, 15)), False)
    question = tab.dialogs.scope_question
    qtbot.waitUntil(question.box.isVisible)
    assert "Move" in question.box.text()
    assert times(plan, series_id) == before  # nothing moves before the answer
    question.answer(calendar_series.FOLLOWING)
    after = times(plan, series_id)
    assert after[0] == before[0]
    assert [t.strftime("%a %H:%M") for t in after[1:]] == ["Thu 18:00"] * 5
    assert tab.document.undo_stack.undoText() == "Move 5 posts to Thu 15 Oct 18:00"
    tab.document.undo_stack.undo()
    assert times(plan, series_id) == before


def test_deleting_an_occurrence_can_delete_the_whole_series_and_undo_brings_it_back(
    tab, plan, qtbot
) -> None:  # type: ignore[no-untyped-def]
    series_id, ids = make_series(plan)
    post = calendar_queries.posts_by_id(plan, [ids[3]])[0]
    tab.dialogs.delete_posts([post])
    qtbot.waitUntil(tab.dialogs.scope_question.box.isVisible)
    tab.dialogs.scope_question.answer(calendar_series.ALL)
    assert calendar_queries.posts_in_series(plan, series_id) == []
    assert series_id not in calendar_queries.series(plan)
    tab.document.undo_stack.undo()
    assert [p.id for p in calendar_queries.posts_in_series(plan, series_id)] == ids
    assert calendar_queries.series(plan)[series_id].rule == WEEKLY_6


def test_cancelling_the_question_changes_nothing(tab, plan, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    series_id, ids = make_series(plan)
    tab.dialogs.delete_posts(calendar_queries.posts_by_id(plan, [ids[0]]))
    box = tab.dialogs.scope_question.box
    qtbot.waitUntil(box.isVisible)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(calendar_queries.posts_in_series(plan, series_id)) == 6
    assert tab.document.undo_stack.count() == 0


def test_editing_one_occurrence_through_the_dialog_asks_then_edits_the_series(
    tab, plan, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.calendar import post_dialog

    series_id, ids = make_series(plan)
    post = calendar_queries.posts_by_id(plan, [ids[0]])[0]
    monkeypatch.setattr(post_dialog.PostDialog, "exec", lambda self: True)
    monkeypatch.setattr(
        post_dialog.PostDialog,
        "draft",
        lambda self: PostDraft("linkedin", "Edited everywhere", scheduled_at=post.scheduled_at),
    )
    tab.dialogs.edit_post(post)
    qtbot.waitUntil(tab.dialogs.scope_question.box.isVisible)
    tab.dialogs.scope_question.answer(calendar_series.ALL)
    assert {p.text for p in calendar_queries.posts_in_series(plan, series_id)} == {
        "Edited everywhere"
    }
    assert tab.document.undo_stack.undoText() == "Edit series"


def test_the_series_button_changes_how_a_selected_series_repeats(
    tab, plan, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.calendar import planning_dialogs

    series_id, ids = make_series(plan)
    post = calendar_queries.posts_by_id(plan, [ids[2]])[0]
    from PySide6.QtCore import QItemSelectionModel

    assert post.scheduled_at is not None
    tab.day_cache.clear()  # the series was made behind the tab's back
    tab.period.go_to(post.scheduled_at.date())
    index = tab.period.current_model().index_of_post(post.id)
    assert index.isValid()
    tab.period.current_selection().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert [p.id for p in tab.selection.selected_posts()] == [post.id]
    shown = {}

    def answer(dialog) -> bool:  # type: ignore[no-untyped-def]
        shown["count"] = dialog.count.value()
        dialog.kind.setCurrentIndex(dialog.kind.findData("biweekly"))
        dialog.count.setValue(3)
        return True

    monkeypatch.setattr(planning_dialogs.SeriesDialog, "exec", answer)
    tab.dialogs.open_series()
    assert shown["count"] == 6
    assert [t.date() for t in times(plan, series_id)] == [
        date(2026, 10, 6),
        date(2026, 10, 20),
        date(2026, 11, 3),
    ]
    tab.document.undo_stack.undo()
    assert len(times(plan, series_id)) == 6
