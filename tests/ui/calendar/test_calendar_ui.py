"""Calendar tab on real widgets: drops through the item models, undo/redo, keyboard."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts, calendar_queries
from smplanner.ui.calendar.cells_model import CalendarCellsModel, Cell
from smplanner.ui.calendar.post_mime import POST_IDS_MIME, decode_post_ids, encode_post_ids

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def tab(calendar_tab):  # type: ignore[no-untyped-def]
    return calendar_tab


def drop_on(view, mime, modifiers=Qt.KeyboardModifier.NoModifier, at=None) -> None:  # type: ignore[no-untyped-def]
    """Deliver enter/move/drop to a view's viewport (at a point, else its centre) as a
    real drag would.

    The offscreen platform has no drag manager to pick the action from the keys,
    so each event is given the one a desktop would: Copy with Ctrl, else Move.
    """
    point = QPointF(at if at is not None else view.viewport().rect().center())
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    buttons = Qt.MouseButton.LeftButton
    action = (
        Qt.DropAction.CopyAction
        if modifiers & Qt.KeyboardModifier.ControlModifier
        else Qt.DropAction.MoveAction
    )
    for event in (
        QDragEnterEvent(point.toPoint(), actions, mime, buttons, modifiers),
        QDragMoveEvent(point.toPoint(), actions, mime, buttons, modifiers),
        QDropEvent(point, actions, mime, buttons, modifiers),
    ):
        event.setDropAction(action)
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted() or isinstance(event, QDropEvent)


def test_the_mime_type_carries_post_ids_and_rejects_foreign_data() -> None:
    data = encode_post_ids([3, 5])
    assert data.hasFormat(POST_IDS_MIME)
    assert decode_post_ids(data) == [3, 5]
    from PySide6.QtCore import QMimeData

    assert decode_post_ids(QMimeData()) == []


def drop_on_cell(view, cell, mime, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """Drop onto the middle of a day (or hour) cell of a calendar grid view."""
    view.scrollTo(view.cells_model().index_of_cell(cell))
    rect = view.cell_rect(cell)
    assert view.viewport().rect().contains(rect.center()), "cell not on screen"
    drop_on(view, mime, modifiers, rect.center())


def posts_shown_in(model, cell) -> int:  # type: ignore[no-untyped-def]
    return model.rowCount(model.index_of_cell(cell))


def test_the_cells_model_drops_through_its_handler(qapp) -> None:  # type: ignore[no-untyped-def]
    calls = []
    model = CalendarCellsModel(lambda days: [])
    model.drop_handler = lambda ids, cell, copy: calls.append((ids, cell, copy)) or True
    model.show_cells([Cell(date(2026, 10, 14)), Cell(date(2026, 10, 15))])
    target = model.index(1, 0)
    assert model.canDropMimeData(encode_post_ids([7]), Qt.DropAction.MoveAction, -1, -1, target)
    model.dropMimeData(encode_post_ids([7]), Qt.DropAction.CopyAction, -1, -1, target)
    assert calls == [([7], Cell(date(2026, 10, 15)), True)]
    assert model.mimeTypes() == [POST_IDS_MIME]


def test_dropping_an_idea_on_a_day_schedules_it_in_one_undo_step(tab, plan) -> None:
    [idea], changes = calendar_posts.create_posts(plan, [PostDraft("linkedin", "Our team")])
    tab.on_changes(changes)
    mime = tab.backlog_model.mimeData([tab.backlog_model.index(0, 0)])
    day = Cell(date(2026, 10, 14))
    drop_on_cell(tab.month_view, day, mime)
    [post] = calendar_queries.posts_by_id(plan, [idea])
    assert post.scheduled_at is not None and post.scheduled_at.date() == date(2026, 10, 14)
    assert post.status == "draft"
    assert posts_shown_in(tab.month_model, day) == 1
    assert tab.backlog_model.rowCount() == 0
    stack = tab.document.undo_stack
    assert stack.undoText().startswith("Move 1 post to")  # singular (calendar_en.qm)
    stack.undo()
    assert calendar_queries.posts_by_id(plan, [idea])[0].scheduled_at is None
    assert posts_shown_in(tab.month_model, day) == 0
    assert tab.backlog_model.rowCount() == 1
    stack.redo()
    assert calendar_queries.posts_by_id(plan, [idea])[0].scheduled_at.date() == date(2026, 10, 14)


def test_ctrl_drop_copies_several_selected_posts_and_keeps_their_hours(tab, plan) -> None:
    ids, changes = calendar_posts.create_posts(
        plan,
        [
            PostDraft("x", "a", scheduled_at=datetime(2026, 10, 12, 9, tzinfo=PARIS)),
            PostDraft("facebook", "b", scheduled_at=datetime(2026, 10, 13, 18, tzinfo=PARIS)),
        ],
    )
    tab.on_changes(changes)
    model = tab.month_model
    indexes = [model.index_of_post(i) for i in ids]
    mime = model.mimeData(indexes)
    drop_on_cell(
        tab.month_view, Cell(date(2026, 10, 22)), mime, Qt.KeyboardModifier.ControlModifier
    )
    copies = calendar_queries.posts_between(plan, date(2026, 10, 22), date(2026, 10, 23))
    assert sorted(p.scheduled_at.hour for p in copies) == [9, 18]
    assert len(calendar_queries.all_posts(plan)) == 4
    assert tab.document.undo_stack.undoText().startswith("Copy 2")
    tab.document.undo_stack.undo()
    assert len(calendar_queries.all_posts(plan)) == 2


def test_dropping_on_the_backlog_unschedules(tab, plan) -> None:
    ids, changes = calendar_posts.create_posts(
        plan,
        [PostDraft("x", "a", status="ready", scheduled_at=datetime(2026, 10, 12, 9, tzinfo=PARIS))],
    )
    tab.on_changes(changes)
    mime = tab.month_model.mimeData([tab.month_model.index_of_post(ids[0])])
    drop_on(tab.backlog, mime)
    [post] = calendar_queries.posts_by_id(plan, ids)
    assert post.scheduled_at is None and post.status == "idea"


def test_alt_right_moves_the_selected_post_by_a_day(tab, plan, qtbot) -> None:
    ids, changes = calendar_posts.create_posts(
        plan, [PostDraft("x", "a", scheduled_at=datetime(2026, 10, 24, 18, tzinfo=PARIS))]
    )
    tab.on_changes(changes)
    index = tab.month_model.index_of_post(ids[0])
    tab.month_selection.select(index, tab.month_selection.SelectionFlag.Select)
    view = tab.month_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    [post] = calendar_queries.posts_by_id(plan, ids)
    # 25 October is the clock change: still 18:00 local.
    assert post.scheduled_at == datetime(2026, 10, 25, 18, tzinfo=PARIS)


def test_week_view_shades_recommended_slots_and_takes_drops_at_an_hour(tab, plan) -> None:
    tab.period.set_mode(1)
    [idea], changes = calendar_posts.create_posts(plan, [PostDraft("linkedin", "Tip")])
    tab.on_changes(changes)
    mime = tab.backlog_model.mimeData([tab.backlog_model.index(0, 0)])
    view = tab.week_view
    cell = Cell(date(2026, 10, 14), 15)
    view.scrollTo(view.cells_model().index_of_cell(cell))
    rect = view.cell_rect(cell)
    drop_on(view, mime, Qt.KeyboardModifier.NoModifier, QPoint(rect.center().x(), rect.top() + 2))
    [post] = calendar_queries.posts_by_id(plan, [idea])
    assert post.scheduled_at == datetime(2026, 10, 14, 15, tzinfo=PARIS)  # the hour's top
    model = tab.week_model
    shaded = view.cell_background(model.row_of(Cell(date(2026, 10, 14), 12)))
    night = view.cell_background(model.row_of(Cell(date(2026, 10, 14), 3)))
    assert shaded != night


def test_warnings_appear_in_the_panel_and_on_the_card(tab, plan, qtbot) -> None:
    ids, changes = calendar_posts.create_posts(
        plan,
        [
            PostDraft("x", f"p{i}", scheduled_at=datetime(2026, 10, 12 + i, 23, tzinfo=PARIS))
            for i in range(5)
        ],
    )
    tab.on_changes(changes)
    qtbot.waitUntil(lambda: tab.warnings_model.rowCount() > 0)
    texts = [tab.warnings_model.text(r) for r in range(tab.warnings_model.rowCount())]
    assert any("above the weekly cap of 4" in t for t in texts)
    assert any("at night" in t for t in texts)
    from smplanner.ui.calendar.cells_model import WarningsRole

    assert tab.month_model.index_of_post(ids[0]).data(WarningsRole)
