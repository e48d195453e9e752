"""The flagship-launch exemption set from the window: posts marked as one big
announcement may say the same thing on every network; one undo step."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_flagship, calendar_posts, calendar_queries, calendar_rules
from smplanner.storage.plan_file import PlanFile

PARIS = ZoneInfo("Europe/Paris")
TEXT = "Nouvelle boutique rue Victor Hugo : ouverture samedi à 8 h, venez goûter la galette"


def _launch(plan: PlanFile) -> list[int]:
    ids, _ = calendar_posts.create_posts(
        plan,
        [
            PostDraft(n, TEXT, n, "draft", datetime(2026, 10, 14, 10 + i, tzinfo=PARIS))
            for i, n in enumerate(("instagram", "facebook", "linkedin"))
        ],
    )
    return ids


def _same_text(plan: PlanFile) -> int:
    found = calendar_rules.warnings_between(
        plan, datetime(2026, 10, 1).date(), datetime(2026, 11, 1).date()
    )
    return sum(1 for w in found if w.kind == "same_text")


def test_marking_posts_as_a_flagship_launch_silences_the_same_text_rule(plan: PlanFile) -> None:
    ids = _launch(plan)
    assert _same_text(plan) == 3  # three pairs
    edit = calendar_flagship.set_flagship(plan, ids, True)
    assert edit.value == 3
    posts = calendar_queries.posts_by_id(plan, ids)
    assert len({p.group_id for p in posts}) == 1 and posts[0].group_id is not None
    assert calendar_flagship.is_flagship(plan, posts)
    assert _same_text(plan) == 0
    edit.undo()
    assert {p.group_id for p in calendar_queries.posts_by_id(plan, ids)} == {None}
    assert _same_text(plan) == 3
    edit.redo()
    assert _same_text(plan) == 0
    off = calendar_flagship.set_flagship(plan, ids, False)
    assert _same_text(plan) == 3
    off.undo()
    assert _same_text(plan) == 0


def test_variants_already_grouped_keep_their_group(plan: PlanFile) -> None:
    [first, *_] = ids = _launch(plan)
    [variant], _ = calendar_posts.make_variants(plan, first, ["x"])
    group = calendar_queries.posts_by_id(plan, [first])[0].group_id
    calendar_flagship.set_flagship(plan, [*ids, variant], True)
    assert {p.group_id for p in calendar_queries.posts_by_id(plan, [*ids, variant])} == {group}
    # Asking again changes nothing: no second undo step.
    assert calendar_flagship.set_flagship(plan, ids, True).changed_nothing


def _choose(qtbot, button, text: str) -> None:  # type: ignore[no-untyped-def]
    picked: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick)
            return
        action = next(a for a in menu.actions() if a.text() == text)
        picked.append(text)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: picked == [text])


def test_the_status_menu_marks_the_selected_posts_and_the_warnings_follow(
    calendar_tab, plan, qtbot
) -> None:  # type: ignore[no-untyped-def]
    tab = calendar_tab
    ids = _launch(plan)
    with qtbot.waitSignal(tab.warnings_shown):
        tab.on_changes(calendar_posts.post_changes(ids, {datetime(2026, 10, 14).toordinal()}))

    def same_text_shown() -> int:
        texts = [tab.warnings_model.text(r) for r in range(tab.warnings_model.rowCount())]
        return sum("Nearly the same text" in t for t in texts)

    assert same_text_shown()
    view = tab.month_view
    for i, post_id in enumerate(ids):
        index = tab.month_model.index_of_post(post_id)
        modifier = Qt.KeyboardModifier.ControlModifier if i else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center()
        )
    with qtbot.waitSignal(tab.warnings_shown):
        _choose(qtbot, tab.status_button, "Flagship launch: the same text on every network is fine")
    assert same_text_shown() == 0
    assert tab.document.undo_stack.undoText() == "Flagship launch"
    tab.status_button.status_menu.aboutToShow.emit()
    assert tab.status_button.flagship_action.isChecked()
    with qtbot.waitSignal(tab.warnings_shown):
        tab.document.undo_stack.undo()
    assert same_text_shown()
