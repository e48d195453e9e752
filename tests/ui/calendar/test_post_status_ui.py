"""Setting a post's status from the Calendar tab: the Status button's menu, the
client's comment dialog, the card's status mark and tooltip, one undo step each."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts, calendar_queries

PARIS = ZoneInfo("Europe/Paris")


def _posts(tab, plan, *days: int) -> list[int]:  # type: ignore[no-untyped-def]
    ids, changes = calendar_posts.create_posts(
        plan,
        [
            PostDraft(
                "instagram",
                f"Post {d}",
                status="draft",
                scheduled_at=datetime(2026, 10, d, 12, tzinfo=PARIS),
            )
            for d in days
        ],
    )
    tab.on_changes(changes)
    return ids


def _click_card(qtbot, tab, post_id: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    view = tab.month_view
    index = tab.month_model.index_of_post(post_id)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center()
    )


def _choose(qtbot, button, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click the button and, in the menu that pops up, the entry named ``text``."""
    picked: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick)  # the menu is not up yet
            return
        action = next(a for a in menu.actions() if a.text() == text)
        picked.append(action.text())
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: picked == [text])


def _status(plan, post_id: int) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    [post] = calendar_queries.posts_by_id(plan, [post_id])
    return post.status, post.client_comment


def test_the_status_menu_marks_the_selected_posts_to_approve_in_one_undo_step(
    calendar_tab, plan, qtbot
) -> None:  # type: ignore[no-untyped-def]
    tab = calendar_tab
    first, second = _posts(tab, plan, 14, 16)
    _click_card(qtbot, tab, first)
    _click_card(qtbot, tab, second, Qt.KeyboardModifier.ControlModifier)
    _choose(qtbot, tab.status_button, "To approve")
    assert _status(plan, first) == _status(plan, second) == ("to_approve", "")
    stack = tab.document.undo_stack
    assert stack.undoText() == 'Mark 2 posts as "To approve"'
    card = tab.month_model.index_of_post(first)
    assert "Status: To approve" in card.data(Qt.ItemDataRole.ToolTipRole)
    stack.undo()
    assert _status(plan, first) == ("draft", "")
    stack.redo()
    assert _status(plan, second) == ("to_approve", "")


def test_changes_requested_asks_for_the_clients_comment(calendar_tab, plan, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = calendar_tab
    [post_id] = _posts(tab, plan, 20)
    _click_card(qtbot, tab, post_id)
    _choose(qtbot, tab.status_button, "Changes requested…")
    qtbot.waitUntil(lambda: tab.status_button.comment_dialog is not None)
    dialog = tab.status_button.comment_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.comment, "Mettre le prix en avant")
    buttons = dialog.findChild(QDialogButtonBox)
    # The warnings follow each change on a worker: let them land before the plan closes.
    with qtbot.waitSignal(tab.warnings_shown):
        qtbot.mouseClick(
            buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert _status(plan, post_id) == ("changes_requested", "Mettre le prix en avant")
    tip = tab.month_model.index_of_post(post_id).data(Qt.ItemDataRole.ToolTipRole)
    assert "The client's comment: Mettre le prix en avant" in tip


def test_cancelling_the_comment_changes_nothing(calendar_tab, plan, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = calendar_tab
    [post_id] = _posts(tab, plan, 21)
    _click_card(qtbot, tab, post_id)
    _choose(qtbot, tab.status_button, "Changes requested…")
    qtbot.waitUntil(lambda: tab.status_button.comment_dialog is not None)
    dialog = tab.status_button.comment_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Escape)
    # The dialog deletes itself once closed, and the button lets go of it.
    qtbot.waitUntil(lambda: tab.status_button.comment_dialog is None)
    assert _status(plan, post_id) == ("draft", "")
    assert tab.document.undo_stack.count() == 0


def test_each_status_has_its_own_mark_on_the_card(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter

    from smplanner.domain.post_refs import PostRef
    from smplanner.ui.calendar.grid_painting import CardFonts, paint_card

    def right_edge(status: str) -> int:
        image = QImage(120, 18, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFF)
        painter = QPainter(image)
        post = PostRef(1, "instagram", datetime(2026, 10, 1, 9, tzinfo=PARIS), status, "t", "x")
        paint_card(
            painter,
            QRect(0, 0, 120, 18),
            post,
            warnings=0,
            selected=False,
            fonts=CardFonts(painter.font()),
        )
        painter.end()
        return image.pixel(118, 9)

    marks = {s: right_edge(s) for s in ("draft", "to_approve", "changes_requested", "approved")}
    assert len(set(marks.values())) == 4


def test_in_french_the_menu_speaks_the_trade(calendar_tab, plan, qtbot, french_ui) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.calendar.status_menu import StatusButton

    button = StatusButton(calendar_tab.calendar_actions, calendar_tab.selection.selected_posts)
    qtbot.addWidget(button)
    texts = [a.text() for a in button.status_menu.actions()]
    assert texts[3:6] == ["À valider", "Modifications demandées…", "Validé"]
    assert button.text() == "Statut"
