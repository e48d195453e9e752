"""A post dragged from another plan's window never moves this plan's post of the same id:
the drag payload carries the plan it comes from."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from smplanner.domain.plan_properties import PlanProperties
from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts, calendar_queries
from smplanner.storage.plan_file import create_plan
from smplanner.ui.calendar.calendar_tab import CalendarTab
from smplanner.ui.calendar.cells_model import Cell
from smplanner.ui.document import PlanDocument
from tests.ui.calendar.test_calendar_ui import drop_on_cell

PARIS = ZoneInfo("Europe/Paris")


def test_a_drag_from_another_plans_window_moves_nothing_here(qtbot, calendar_tab, plan, tmp_path):
    other = create_plan(tmp_path / "Fleuriste Rose.smplan", PlanProperties(client_name="Rose"))
    try:
        [theirs], _ = calendar_posts.create_posts(other, [PostDraft("instagram", "Peonies")])
        here_at = datetime(2026, 10, 14, 9, tzinfo=PARIS)
        [ours], changes = calendar_posts.create_posts(
            plan, [PostDraft("facebook", "Bread", status="ready", scheduled_at=here_at)]
        )
        assert theirs == ours  # the same id in both files
        calendar_tab.on_changes(changes)
        their_tab = CalendarTab(PlanDocument(other))
        qtbot.addWidget(their_tab)
        their_tab.on_changes(changes)
        their_tab.backlog_model.set_posts(calendar_queries.ideas(other))
        mime = their_tab.backlog_model.mimeData([their_tab.backlog_model.index(0, 0)])

        day = Cell(date(2026, 10, 20))
        assert not calendar_tab.month_model.canDropMimeData(
            mime,
            calendar_tab.month_model.supportedDropActions(),
            -1,
            -1,
            calendar_tab.month_model.index_of_cell(day),
        )
        drop_on_cell(calendar_tab.month_view, day, mime)
        assert not calendar_tab.backlog_model.dropMimeData(
            mime,
            calendar_tab.backlog_model.supportedDropActions(),
            -1,
            -1,
            calendar_tab.backlog_model.index(0, 0),
        )
        [post] = calendar_queries.posts_by_id(plan, [ours])
        assert post.scheduled_at == here_at and post.status == "ready"
        assert calendar_tab.document.undo_stack.count() == 0

        # The same payload made by this plan's window does move the post.
        own = calendar_tab.month_model.mimeData(
            [
                calendar_tab.month_model.index(
                    0, 0, calendar_tab.month_model.index_of_cell(Cell(date(2026, 10, 14)))
                )
            ]
        )
        drop_on_cell(calendar_tab.month_view, day, own)
        [post] = calendar_queries.posts_by_id(plan, [ours])
        assert post.scheduled_at is not None and post.scheduled_at.date() == date(2026, 10, 20)
    finally:
        other.close()
