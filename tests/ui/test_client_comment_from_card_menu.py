""" "Changes requested" from a card's right-click menu asks for the client's comment,
as the Status button does: OK marks the posts with it in one undo step, Cancel (or
Esc) leaves them as they were; in French the dialog speaks the trade."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMenu

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts, calendar_queries

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def tab(calendar_tab):  # type: ignore[no-untyped-def]
    ids, changes = calendar_posts.create_posts(
        calendar_tab.plan,
        [
            PostDraft(
                "instagram",
                f"Galette {day}",
                status="to_approve",
                scheduled_at=datetime(2026, 10, day, 10, tzinfo=PARIS),
            )
            for day in (14, 15)
        ],
    )
    calendar_tab.on_changes(changes)
    calendar_tab.ids = ids
    return calendar_tab


def _card_point(tab, post_id: int):  # type: ignore[no-untyped-def]
    return tab.month_view.visualRect(tab.month_model.index_of_post(post_id)).center()


def _right_click(qtbot, tab, point) -> QMenu:  # type: ignore[no-untyped-def]
    """The press, then the context menu event the window system sends with it."""
    tab.gestures.menu = None
    viewport = tab.month_view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.RightButton, pos=point)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    qtbot.mouseRelease(viewport, Qt.MouseButton.RightButton, pos=point)
    qtbot.waitUntil(lambda: tab.gestures.menu is not None and tab.gestures.menu.isVisible())
    return tab.gestures.menu


def _choose(qtbot, menu: QMenu, *path: str) -> None:  # type: ignore[no-untyped-def]
    for words in path:
        [action] = [a for a in menu.actions() if a.text() == words]
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        if action.menu() is not None:
            menu = action.menu()
            qtbot.waitUntil(menu.isVisible)


def _dialog(qtbot, tab):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: tab.gestures.comment_dialog is not None)
    dialog = tab.gestures.comment_dialog
    qtbot.waitExposed(dialog)
    return dialog


def _state(tab) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    posts = calendar_queries.posts_by_id(tab.plan, tab.ids)
    return [(p.status, p.client_comment) for p in sorted(posts, key=lambda p: p.id)]


def _select_both(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    viewport = tab.month_view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_card_point(tab, tab.ids[0]))
    qtbot.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        _card_point(tab, tab.ids[1]),
    )


def test_changes_requested_from_the_card_menu_keeps_the_comment_in_one_undo_step(
    tab, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _select_both(qtbot, tab)
    menu = _right_click(qtbot, tab, _card_point(tab, tab.ids[1]))
    _choose(qtbot, menu, "Change status", "Changes requested…")
    dialog = _dialog(qtbot, tab)
    assert _state(tab) == [("to_approve", "")] * 2  # nothing changes before OK
    qtbot.keyClicks(dialog.comment, "Une photo du fournil")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(tab.warnings_shown):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.gestures.comment_dialog is None)
    assert _state(tab) == [("changes_requested", "Une photo du fournil")] * 2
    stack = tab.document.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == 'Mark 2 posts as "Changes requested"'
    stack.undo()
    assert _state(tab) == [("to_approve", "")] * 2
    stack.redo()
    assert _state(tab) == [("changes_requested", "Une photo du fournil")] * 2


def test_cancel_in_the_card_menus_comment_dialog_leaves_the_status(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    menu = _right_click(qtbot, tab, _card_point(tab, tab.ids[0]))
    _choose(qtbot, menu, "Change status", "Changes requested…")
    dialog = _dialog(qtbot, tab)
    qtbot.keyClicks(dialog.comment, "Trop long")
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.gestures.comment_dialog is None)
    assert _state(tab) == [("to_approve", "")] * 2
    assert tab.document.undo_stack.count() == 0


def test_a_single_post_starts_from_the_clients_last_comment_and_esc_cancels(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab.calendar_actions.set_status([tab.ids[0]], "changes_requested", "Ajouter le prix")
    tab.calendar_actions.set_status([tab.ids[0]], "draft")  # reworked: the comment stays
    menu = _right_click(qtbot, tab, _card_point(tab, tab.ids[0]))
    _choose(qtbot, menu, "Change status", "Changes requested…")
    dialog = _dialog(qtbot, tab)
    assert dialog.comment.toPlainText() == "Ajouter le prix"
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.gestures.comment_dialog is None)
    assert _state(tab)[0] == ("draft", "Ajouter le prix")
    assert tab.document.undo_stack.count() == 2


def test_in_french_the_card_menu_and_its_dialog_speak_the_trade(tab, qtbot, french_ui) -> None:  # type: ignore[no-untyped-def]
    menu = _right_click(qtbot, tab, _card_point(tab, tab.ids[0]))
    _choose(qtbot, menu, "Changer le statut", "Modifications demandées…")
    dialog = _dialog(qtbot, tab)
    assert dialog.windowTitle() == "Modifications demandées"
    assert dialog.comment.placeholderText() == "Ce que le client souhaite modifier"
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Commentaire du client sur 1 publication :" in labels
    qtbot.keyClicks(dialog.comment, "Plus chaleureux")
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Tab)  # Tab leaves the text for the buttons
    assert dialog.comment.toPlainText() == "Plus chaleureux"
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(tab.warnings_shown):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert _state(tab)[0] == ("changes_requested", "Plus chaleureux")
    undo = tab.document.undo_stack.undoText()
    assert undo == "Marquer 1 publication comme « Modifications demandées »"
