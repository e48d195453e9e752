"""Week view gestures: a drop lands at the pointer's quarter-hour, a ghost card
shows where and when during the drag (from the grid or the ideas), the week opens
on its first post, a legend says what the shading is; the agenda's columns fit."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent
from PySide6.QtWidgets import QApplication

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts, calendar_queries
from smplanner.ui.calendar.cells_model import Cell
from tests.ui.calendar.test_calendar_ui import drop_on

PARIS = ZoneInfo("Europe/Paris")
ACTIONS = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction


def _week(tab):  # type: ignore[no-untyped-def]
    tab.view_combo.setCurrentIndex(1)  # Week, as the user picks it
    assert tab.week_view is not None
    return tab.week_view


def _point_in(view, cell: Cell, fraction: float) -> QPoint:  # type: ignore[no-untyped-def]
    view.scrollTo(view.cells_model().index_of_cell(cell))
    rect = view.cell_rect(cell)
    return QPoint(rect.center().x(), rect.top() + int(rect.height() * fraction))


def _drag_over(view, mime, point: QPoint) -> None:  # type: ignore[no-untyped-def]
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(point, ACTIONS, mime, buttons, keys))
    move = QDragMoveEvent(point, ACTIONS, mime, buttons, keys)
    QApplication.sendEvent(view.viewport(), move)


def _idea(tab, plan):  # type: ignore[no-untyped-def]
    [idea], changes = calendar_posts.create_posts(plan, [PostDraft("instagram", "Quiz farines")])
    tab.on_changes(changes)
    return idea, tab.backlog_model.mimeData([tab.backlog_model.index(0, 0)])


def test_a_drop_lands_at_the_pointers_quarter_hour(calendar_tab, plan) -> None:
    view = _week(calendar_tab)
    idea, mime = _idea(calendar_tab, plan)
    cell = Cell(date(2026, 10, 14), 14)
    drop_on(view, mime, at=QPointF(_point_in(view, cell, 0.8)))
    [post] = calendar_queries.posts_by_id(plan, [idea])
    assert post.scheduled_at == datetime(2026, 10, 14, 14, 45, tzinfo=PARIS)
    # A second drop higher in another hour: 16:15.
    other = calendar_tab.week_model.mimeData([calendar_tab.week_model.index_of_post(idea)])
    drop_on(view, other, at=QPointF(_point_in(view, Cell(date(2026, 10, 15), 16), 0.3)))
    [post] = calendar_queries.posts_by_id(plan, [idea])
    assert post.scheduled_at == datetime(2026, 10, 15, 16, 15, tzinfo=PARIS)


def test_an_idea_dragged_over_the_week_shows_a_ghost_card_with_its_new_time(
    calendar_tab, plan, qtbot
) -> None:
    view = _week(calendar_tab)
    idea, mime = _idea(calendar_tab, plan)
    cell = Cell(date(2026, 10, 14), 14)
    point = _point_in(view, cell, 0.55)
    before = view.viewport().grab().toImage()
    _drag_over(view, mime, point)
    ghost = view.ghost
    assert ghost is not None and ghost.minute == 30 and ghost.post is not None
    shown = view.ghost_post(ghost)
    assert shown is not None and shown.scheduled_at is not None
    assert (shown.scheduled_at.hour, shown.scheduled_at.minute) == (14, 30)
    rect = view.ghost_rect(ghost)
    assert rect.top() > view.cell_rect(cell).top()  # drawn at its half-hour
    during = view.viewport().grab().toImage()
    ratio = during.devicePixelRatio()
    spot = QPoint(int((rect.left() + 30) * ratio), int(rect.center().y() * ratio))
    assert QColor(during.pixel(spot)) != QColor(before.pixel(spot))  # the card is painted
    QApplication.sendEvent(view.viewport(), QDragLeaveEvent())
    assert view.ghost is None
    assert calendar_queries.posts_by_id(plan, [idea])[0].scheduled_at is None  # nothing moved


def test_a_month_ghost_keeps_the_posts_time_of_day(calendar_tab, plan) -> None:
    [post_id], changes = calendar_posts.create_posts(
        plan,
        [
            PostDraft(
                "facebook", "Horaires", scheduled_at=datetime(2026, 10, 6, 18, 30, tzinfo=PARIS)
            )
        ],
    )
    calendar_tab.on_changes(changes)
    view = calendar_tab.month_view
    mime = calendar_tab.month_model.mimeData([calendar_tab.month_model.index_of_post(post_id)])
    target = Cell(date(2026, 10, 22))
    _drag_over(view, mime, view.cell_rect(target).center())
    shown = view.ghost_post(view.ghost)
    assert shown.scheduled_at == datetime(2026, 10, 22, 18, 30, tzinfo=PARIS)
    QApplication.sendEvent(view.viewport(), QDragLeaveEvent())


def test_the_week_opens_on_its_first_post_even_at_2_am(calendar_tab, plan) -> None:
    [night], changes = calendar_posts.create_posts(
        plan,
        [PostDraft("x", "Nuit", scheduled_at=datetime(2026, 10, 15, 2, 0, tzinfo=PARIS))],
    )
    calendar_tab.on_changes(changes)
    view = _week(calendar_tab)
    row = view.grid().row_height
    assert view.verticalScrollBar().value() == 2 * row
    card = view.visualRect(calendar_tab.week_model.index_of_post(night))
    assert view.viewport().rect().contains(card)  # the 2 a.m. post is in sight
    # The next week has no early post: it opens at 7:00 as usual.
    calendar_tab.toolbar.next_button.click()
    assert view.verticalScrollBar().value() == 7 * row


def test_a_legend_says_what_the_week_shading_is_in_french(calendar_tab, french_ui) -> None:
    calendar_tab.view_combo.setCurrentIndex(0)
    assert not calendar_tab.slot_legend.isVisible()
    _week(calendar_tab)
    legend = calendar_tab.slot_legend
    assert legend.isVisible()
    assert legend.label.text().startswith("Heures ombrées : créneaux recommandés")
    assert "horaires habituels du secteur" in legend.label.text()
    calendar_tab.view_combo.setCurrentIndex(2)  # the agenda: no shading, no legend
    assert not legend.isVisible()


def test_the_agenda_gives_the_posts_text_the_room(calendar_tab, plan) -> None:
    _, changes = calendar_posts.create_posts(
        plan,
        [
            PostDraft(
                "linkedin",
                f"Portrait du meunier n°{i}",
                scheduled_at=datetime(2026, 10, 5 + i, 9, tzinfo=PARIS),
            )
            for i in range(3)
        ],
    )
    calendar_tab.on_changes(changes)
    calendar_tab.view_combo.setCurrentIndex(2)
    table = calendar_tab.agenda
    header = table.horizontalHeader()
    last = calendar_tab.agenda_model.columnCount() - 1  # the alerts
    widths = [header.sectionSize(c) for c in range(last + 1)]
    assert widths[3] == max(widths)  # the text, not the alerts count, stretches
    alerts = table.fontMetrics().horizontalAdvance(
        calendar_tab.agenda_model.headerData(last, Qt.Orientation.Horizontal)
    )
    assert widths[last] < alerts + 60
    when = table.fontMetrics().horizontalAdvance(table.model().index(0, 0).data())
    assert widths[0] >= when  # the date is not cut


def test_an_idea_over_a_month_day_shows_the_hour_the_drop_gives_it(calendar_tab, plan) -> None:
    idea, mime = _idea(calendar_tab, plan)
    view = calendar_tab.month_view
    point = view.cell_rect(Cell(date(2026, 10, 21))).center()
    _drag_over(view, mime, point)
    shown = view.ghost_post(view.ghost)
    assert shown is not None and shown.scheduled_at is not None
    drop_on(view, mime, at=QPointF(point))
    [landed] = calendar_queries.posts_by_id(plan, [idea])
    assert landed.scheduled_at == shown.scheduled_at  # the ghost told the truth
