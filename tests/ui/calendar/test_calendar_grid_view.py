"""The custom-painted calendar grid: geometry, mouse drag, "+N more", keys, partial repaints."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QRegion
from PySide6.QtWidgets import QApplication

from smplanner.domain.post_refs import PostDraft, PostRef
from smplanner.services import calendar_posts, calendar_queries
from smplanner.ui.calendar.cells_model import Cell
from smplanner.ui.calendar.day_posts_cache import DayPostsCache
from smplanner.ui.calendar.grid_layout import GridLayout

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def tab(calendar_tab):  # type: ignore[no-untyped-def]
    return calendar_tab


def schedule(tab, plan, *moments: datetime, network: str = "x") -> list[int]:  # type: ignore[no-untyped-def]
    drafts = [PostDraft(network, f"post {i}", scheduled_at=m) for i, m in enumerate(moments)]
    ids, changes = calendar_posts.create_posts(plan, drafts)
    tab.on_changes(changes)
    return ids


def card_centre(view, post_id: int) -> QPoint:  # type: ignore[no-untyped-def]
    return view.visualRect(view.cells_model().index_of_post(post_id)).center()


def test_the_grid_layout_finds_every_cell_it_draws() -> None:
    layout = GridLayout(
        rows=6, width=700, height=640, header_height=20, gutter_width=0,
        day_header_height=18, card_height=20,
    )  # fmt: skip
    for row in range(42):
        rect = layout.cell_rect(row)
        assert layout.cell_at(rect.center(), 42) == row
        assert layout.cell_at(rect.topLeft(), 42) == row
    assert layout.cell_at(QPoint(10, 5), 42) is None  # the weekday header
    cell = layout.cell_rect(0)
    fits = layout.capacity(cell)
    assert layout.shown_cards(cell, fits) == fits
    assert layout.shown_cards(cell, fits + 5) == fits - 1  # one slot for "+N more"


def test_the_day_cache_reads_a_range_once_and_rereads_changed_days() -> None:
    reads: list[tuple[date, date]] = []
    post = PostRef(1, "x", datetime(2026, 10, 14, 9, tzinfo=PARIS), "draft", "", "a")

    def read(first: date, after: date) -> list[PostRef]:
        reads.append((first, after))
        return [post] if first <= date(2026, 10, 14) < after else []

    cache = DayPostsCache(read)
    days = [date(2026, 10, 12) + timedelta(days=i) for i in range(7)]
    assert cache.posts_on(days) == [post]
    assert cache.posts_on(days) == [post]
    assert reads == [(date(2026, 10, 12), date(2026, 10, 19))]
    cache.forget([date(2026, 10, 14), date(2026, 10, 16)])
    cache.posts_on(days)
    assert reads[1:] == [
        (date(2026, 10, 14), date(2026, 10, 15)),
        (date(2026, 10, 16), date(2026, 10, 17)),
    ]


def test_a_mouse_drag_of_a_card_onto_another_day_moves_it(tab, plan, qtbot, monkeypatch) -> None:
    [post_id] = schedule(tab, plan, datetime(2026, 10, 13, 9, 30, tzinfo=PARIS))
    view = tab.month_view
    target = view.cell_rect(Cell(date(2026, 10, 16))).center()
    delivered = []

    def fake_exec(drag: QDrag, *args) -> Qt.DropAction:  # type: ignore[no-untyped-def]
        # Offscreen there is no drag loop: deliver what the desktop would.
        mime = drag.mimeData()
        actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
        for event in (
            QDragEnterEvent(target, actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier),
            QDragMoveEvent(target, actions, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier),
            QDropEvent(QPointF(target), actions, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier),
        ):  # fmt: skip
            event.setDropAction(Qt.DropAction.MoveAction)
            QApplication.sendEvent(view.viewport(), event)
        delivered.append(mime)
        return Qt.DropAction.MoveAction

    monkeypatch.setattr(QDrag, "exec", fake_exec)
    start = card_centre(view, post_id)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in (5, 20, 40):
        qtbot.mouseMove(view.viewport(), start + QPoint(step, step))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(40, 40))
    assert delivered, "the drag never started"
    [post] = calendar_queries.posts_by_id(plan, [post_id])
    assert post.scheduled_at == datetime(2026, 10, 16, 9, 30, tzinfo=PARIS)
    assert tab.document.undo_stack.undoText().startswith("Move 1 post")


def test_a_busy_day_shows_how_many_more_and_opens_them_all(tab, plan, qtbot) -> None:
    day = datetime(2026, 10, 15, 8, tzinfo=PARIS)
    ids = schedule(tab, plan, *(day + timedelta(minutes=20 * i) for i in range(12)))
    view = tab.month_view
    row = tab.month_model.row_of(Cell(date(2026, 10, 15)))
    more = view.more_rect(row)
    assert more is not None
    shown = view.grid().shown_cards(view.grid().cell_rect(row), 12)
    assert 0 < shown < 12
    assert view.more_text(12 - shown) == f"+{12 - shown} more"
    # A hidden post is still reachable: its rectangle is the "+N more" line.
    assert view.visualRect(tab.month_model.index_of_post(ids[-1])) == more
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=more.center())
    popup = tab.dialogs.day_popup
    qtbot.waitUntil(popup.isVisible)
    assert popup.list.model().rowCount(popup.list.rootIndex()) == 12
    popup.close()


def test_arrows_walk_the_days_and_paste_lands_on_the_current_day(tab, plan, qtbot) -> None:
    [post_id] = schedule(tab, plan, datetime(2026, 10, 13, 18, tzinfo=PARIS))
    view = tab.month_view
    model = tab.month_model
    view.setFocus()
    view.setCurrentIndex(model.index_of_cell(Cell(date(2026, 10, 20))))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert model.cell_at(view.currentIndex()) == Cell(date(2026, 10, 21))
    qtbot.keyClick(view, Qt.Key.Key_Down)  # no card that day: the same weekday next week
    assert model.cell_at(view.currentIndex()) == Cell(date(2026, 10, 28))
    tab.month_selection.select(
        model.index_of_post(post_id), tab.month_selection.SelectionFlag.ClearAndSelect
    )
    qtbot.keyClick(view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    [post] = calendar_queries.posts_by_id(plan, [post_id])
    assert post.scheduled_at == datetime(2026, 10, 28, 18, tzinfo=PARIS)


def test_clicking_cards_selects_them_and_ctrl_click_adds(tab, plan, qtbot) -> None:
    first, second = schedule(
        tab, plan, datetime(2026, 10, 13, 9, tzinfo=PARIS), datetime(2026, 10, 22, 9, tzinfo=PARIS)
    )
    view = tab.month_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=card_centre(view, first))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        card_centre(view, second),
    )
    assert {p.id for p in tab.selection.selected_posts()} == {first, second}


class PaintRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.region = QRegion()
        self.paints = 0

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.Paint:
            self.region += event.region()
            self.paints += 1
        return False


def test_a_move_repaints_only_the_two_days_it_touches(tab, plan, qtbot) -> None:
    [post_id] = schedule(tab, plan, datetime(2026, 10, 13, 9, tzinfo=PARIS))
    view = tab.month_view
    qtbot.waitUntil(lambda: not tab._warnings_timer.isActive())
    recorder = PaintRecorder()
    view.viewport().installEventFilter(recorder)
    tab.calendar_actions.drop([post_id], Cell(date(2026, 10, 23)), False)
    qtbot.waitUntil(lambda: recorder.paints > 0)
    allowed = QRegion(view.cell_rect(Cell(date(2026, 10, 13))))
    allowed += QRegion(view.cell_rect(Cell(date(2026, 10, 23))))
    assert recorder.region.subtracted(allowed).isEmpty()
    whole = QRect(view.viewport().rect())
    assert recorder.region.boundingRect() != whole
    view.viewport().removeEventFilter(recorder)


def test_the_more_line_shows_the_hidden_posts_warnings_and_selection(tab, plan, qtbot) -> None:
    from smplanner.ui.calendar import grid_painting as look

    day = datetime(2026, 10, 15, 8, tzinfo=PARIS)
    ids = schedule(tab, plan, *(day + timedelta(minutes=20 * i) for i in range(12)))
    view = tab.month_view
    more = view.more_rect(tab.month_model.row_of(Cell(date(2026, 10, 15))))
    assert more is not None

    def pixel(point: QPoint):  # type: ignore[no-untyped-def]
        return view.viewport().grab().toImage().pixelColor(point)

    corner = QPoint(more.right() - 1, more.top() + 1)
    left = QPoint(more.left() + 1, more.center().y())
    assert pixel(corner).name() != look.WARNING_FLAG.name()  # before the warnings
    with qtbot.waitSignal(tab.warnings_shown, timeout=10_000):
        pass
    assert tab.warnings.for_post(ids[-1])  # the hidden posts have warnings: the line says so
    assert pixel(corner).name() == look.WARNING_FLAG.name()
    tinted = look.SELECTED_OUTLINE.lighter(170).name()
    assert pixel(left).name() != tinted
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=more.center())
    popup = tab.dialogs.day_popup
    qtbot.waitUntil(popup.isVisible)
    last = popup.list.model().index(11, 0, popup.list.rootIndex())
    popup.list.scrollTo(last)
    qtbot.mouseClick(
        popup.list.viewport(), Qt.MouseButton.LeftButton, pos=popup.list.visualRect(last).center()
    )
    assert [p.id for p in tab.selection.selected_posts()] == [ids[-1]]
    popup.close()
    assert pixel(left).name() == tinted  # a hidden post is selected
