"""Labels on the calendar (issue #15): chips in the labels' colours on the month
cards (cached, repainted when a label is recoloured), names in the agenda and the
cards' tooltips, the cards' "Labels" submenu, the labels dialog (add, rename,
recolour, delete saying how many posts carry the label) and the label filter with
its search field; every change one undo step, driven with the mouse and keys."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts, calendar_queries, labels
from smplanner.ui.calendar import grid_painting
from smplanner.ui.calendar.agenda_model import AGENDA_LABELS_COLUMN
from smplanner.ui.calendar.card_label_chips import CHIP_HEIGHT, CHIP_WIDTH
from tests.ui.calendar.test_calendar_gestures import _card_point, _choose, _right_click
from tests.ui.composer.test_composer_limits import type_text

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def tab(calendar_tab):  # type: ignore[no-untyped-def]
    plan = calendar_tab.plan
    promo = labels.new_label(plan, "Promo", "#e53935").value
    video = labels.new_label(plan, "Vidéo à tourner", "#1e88e5").value
    drafts = [
        PostDraft(
            "instagram",
            "Galette",
            "Galette",
            "ready",
            datetime(2026, 10, 14, 10, tzinfo=PARIS),
            labels=(promo.id,),
        ),
        PostDraft(
            "facebook", "Atelier", "Atelier", "ready", datetime(2026, 10, 15, 18, tzinfo=PARIS)
        ),
        PostDraft(
            "linkedin",
            "Recrutement",
            "Recrutement",
            "ready",
            datetime(2026, 10, 16, 9, tzinfo=PARIS),
            labels=(promo.id, video.id),
        ),
    ]
    ids, changes = calendar_posts.create_posts(plan, drafts)
    calendar_tab.on_changes(changes)
    calendar_tab.document.notify(labels.new_label(plan, "Noël").changes)  # as a push does
    calendar_tab.ids, calendar_tab.promo, calendar_tab.video = ids, promo, video
    return calendar_tab


def _labels_of(tab, post_id: int) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    return calendar_queries.posts_by_id(tab.plan, [post_id])[0].labels


def _chip_colours(tab, post_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The colours under the card's text, where the chips are, read off the screen."""
    view = tab.month_view
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    card = view.visualRect(tab.month_model.index_of_post(post_id))
    y = card.bottom() - CHIP_HEIGHT + 1
    found = []
    for x in range(card.left() + 6 + CHIP_WIDTH // 2, card.right() - 6, CHIP_WIDTH + 2):
        found.append(QColor(image.pixel(QPoint(x, y))).name())
    return found


def test_cards_show_their_labels_colours_and_a_recolour_repaints_only_them(tab, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    galette, atelier, recrutement = tab.ids
    assert _chip_colours(tab, galette)[0] == "#e53935"
    assert _chip_colours(tab, recrutement)[:2] == ["#e53935", "#1e88e5"]
    assert "#e53935" not in _chip_colours(tab, atelier)
    tooltip = tab.month_model.index_of_post(recrutement).data(Qt.ItemDataRole.ToolTipRole)
    assert "Labels: Promo, Vidéo à tourner" in tooltip

    painted: list[str] = []
    real = grid_painting.paint_card

    def counting(painter, rect, post, **kwargs):  # type: ignore[no-untyped-def]
        painted.append(post.title)
        real(painter, rect, post, **kwargs)

    monkeypatch.setattr(grid_painting, "paint_card", counting)
    tab.month_view.viewport().repaint()
    assert painted == []  # the cards come from the cache
    recolour = lambda: labels.edit_label(tab.plan, tab.video.id, "Vidéo", "#43a047")  # noqa: E731
    tab.document.run("Recolour", recolour)
    assert _chip_colours(tab, recrutement)[:2] == ["#e53935", "#43a047"]
    assert painted == ["Recrutement"]  # the one card carrying the label, laid out again


def test_the_cards_labels_menu_puts_a_label_on_the_selection_in_one_undo_step(tab, qtbot):  # type: ignore[no-untyped-def]
    galette, atelier, _ = tab.ids
    menu = _right_click(qtbot, tab, _card_point(tab, atelier))
    [submenu] = [a.menu() for a in menu.actions() if a.text() == "Labels"]
    words = [a.text() for a in submenu.actions() if not a.isSeparator()]
    assert words == ["Noël", "Promo", "Vidéo à tourner", "Manage labels…"]
    assert not any(a.isChecked() for a in submenu.actions())
    _choose(qtbot, menu, "Labels", "Promo")
    assert _labels_of(tab, atelier) == (tab.promo.id,)
    stack = tab.document.undo_stack
    assert stack.undoText() == "Label 1 post “Promo”"
    assert "#e53935" in _chip_colours(tab, atelier)
    stack.undo()
    assert _labels_of(tab, atelier) == ()

    # Two posts, one carrying it: not ticked; choosing it puts it on both, once.
    view = tab.month_view
    selection = view.selectionModel()
    for post_id in (galette, atelier):
        selection.select(tab.month_model.index_of_post(post_id), selection.SelectionFlag.Select)
    menu = _right_click(qtbot, tab, _card_point(tab, galette))
    [submenu] = [a.menu() for a in menu.actions() if a.text() == "Labels"]
    [promo] = [a for a in submenu.actions() if a.text() == "Promo"]
    assert not promo.isChecked()
    _choose(qtbot, menu, "Labels", "Promo")
    assert _labels_of(tab, galette) == _labels_of(tab, atelier) == (tab.promo.id,)
    assert stack.undoText() == "Label 2 posts “Promo”"
    menu = _right_click(qtbot, tab, _card_point(tab, galette))
    [submenu] = [a.menu() for a in menu.actions() if a.text() == "Labels"]
    [promo] = [a for a in submenu.actions() if a.text() == "Promo"]
    assert promo.isChecked()  # both carry it now: choosing takes it off both
    _choose(qtbot, menu, "Labels", "Promo")
    assert _labels_of(tab, galette) == _labels_of(tab, atelier) == ()
    assert stack.undoText() == "Take the label “Promo” off 2 posts"


def _dialog(tab, qtbot):  # type: ignore[no-untyped-def]
    tab.toolbar.labels_action.trigger()  # Calendar tab > Settings > Labels…
    dialog = tab.calendar_labels.dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # as the window manager does: its keys are its own
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _row_of(dialog, name: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == name)


def test_the_labels_dialog_adds_renames_and_deletes_saying_how_many_posts(tab, qtbot):  # type: ignore[no-untyped-def]
    dialog = _dialog(tab, qtbot)
    assert not dialog.note.isVisible()
    table = dialog.table
    counts = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert counts == {"Noël": "0", "Promo": "2", "Vidéo à tourner": "1"}
    stack = tab.document.undo_stack

    qtbot.mouseClick(dialog.new_name, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.new_name, "Jeu concours")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    assert "Jeu concours" in [label.name for label in labels.labels(tab.plan)]
    assert stack.undoText() == "New label “Jeu concours”"
    assert table.item(table.currentRow(), 0).text() == "Jeu concours"
    type_text(qtbot, dialog.new_name, "promo")  # a name taken, whatever the case
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.note.text() == "There is already a label 'Promo'."
    assert dialog.note.isVisible()  # said only then: hidden while empty (no gap above Close)
    dialog.new_name.clear()

    # Rename: click the name, F2, type over it, Enter.
    row = _row_of(dialog, "Vidéo à tourner")
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table.viewport(), Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
    editor = next(w for w in table.findChildren(type(dialog.new_name)) if w.isVisible())
    editor.selectAll()
    type_text(qtbot, editor, "Vidéo")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Vidéo" in [label.name for label in labels.labels(tab.plan)])
    assert stack.undoText() == "Rename the label “Vidéo à tourner”"
    assert "Labels: Promo, Vidéo" in tab.month_model.index_of_post(tab.ids[2]).data(
        Qt.ItemDataRole.ToolTipRole
    )

    # Delete: the question says how many posts carry it; undo puts it back on them.
    table.setCurrentCell(_row_of(dialog, "Promo"), 0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = dialog.delete_question
    assert box is not None and box.isVisible()
    assert box.text() == "Delete the label “Promo”?"
    assert box.informativeText().startswith("It is on 2 posts:")
    [delete] = [b for b in box.findChildren(QPushButton) if b.text() == "Delete"]
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert "Promo" not in [label.name for label in labels.labels(tab.plan)]
    assert _labels_of(tab, tab.ids[0]) == ()
    assert "Promo" not in [table.item(r, 0).text() for r in range(table.rowCount())]
    stack.undo()  # the dialog follows undo while open
    assert _labels_of(tab, tab.ids[0]) == (tab.promo.id,)
    assert table.item(_row_of(dialog, "Promo"), 1).text() == "2"
    dialog.close()


def test_cancelling_the_delete_question_keeps_the_label(tab, qtbot):  # type: ignore[no-untyped-def]
    dialog = _dialog(tab, qtbot)
    dialog.table.setCurrentCell(_row_of(dialog, "Promo"), 0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = dialog.delete_question
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert "Promo" in [label.name for label in labels.labels(tab.plan)]
    dialog.close()


def test_the_label_filter_shows_the_posts_with_a_ticked_label_and_finds_labels(tab, qtbot):  # type: ignore[no-untyped-def]
    recrutement = tab.ids[2]
    chooser = tab.toolbar.label_filter
    items = {chooser.list.item(r).text(): chooser.list.item(r) for r in range(chooser.list.count())}
    assert list(items) == ["Noël", "Promo", "Vidéo à tourner"]
    type_text(qtbot, chooser.search, "VIDEO")  # case and accents ignored
    assert [name for name, item in items.items() if not item.isHidden()] == ["Vidéo à tourner"]
    chooser.search.clear()
    rect = chooser.list.visualItemRect(items["Vidéo à tourner"])
    chooser.show()  # the popup's panel, as the Filters button opens it
    qtbot.waitExposed(chooser)
    check = QPoint(rect.left() + rect.height() // 2, rect.center().y())
    qtbot.mouseClick(chooser.list.viewport(), Qt.MouseButton.LeftButton, pos=check)
    qtbot.waitUntil(lambda: chooser.wanted() == frozenset({tab.video.id}))
    visible = [post_id for post_id in tab.ids if tab.month_model.index_of_post(post_id).isValid()]
    assert visible == [recrutement]
    assert tab.toolbar.filters_button.text() == "Filters (1)"
    assert tab.toolbar.filters_button.toolTip() == "Vidéo à tourner"
    tab.view_combo.setCurrentIndex(2)  # the agenda follows the filter, names its labels
    agenda = tab.agenda_model
    assert agenda.rowCount() == 1
    assert agenda.index(0, AGENDA_LABELS_COLUMN).data() == "Promo, Vidéo à tourner"
    assert agenda.index(0, AGENDA_LABELS_COLUMN).data(Qt.ItemDataRole.DecorationRole) is not None
    qtbot.mouseClick(tab.toolbar.clear_filters_button, Qt.MouseButton.LeftButton)
    assert chooser.wanted() == frozenset() and agenda.rowCount() == 3


def test_the_ideas_list_shows_the_chips_too(tab, qtbot):  # type: ignore[no-untyped-def]
    idea = PostDraft("instagram", "Idée de galette", "Idée de galette", labels=(tab.video.id,))
    _ids, changes = calendar_posts.create_posts(tab.plan, [idea])
    tab.on_changes(changes)
    view = tab.backlog
    qtbot.waitUntil(lambda: tab.backlog_model.rowCount() == 1)
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    card = view.visualRect(tab.backlog_model.index(0)).adjusted(2, 1, -2, -1)
    y = card.bottom() - CHIP_HEIGHT + 1
    assert QColor(image.pixel(QPoint(card.left() + 6 + CHIP_WIDTH // 2, y))).name() == "#1e88e5"


def test_an_export_of_what_is_shown_keeps_the_label_filter(tab, qtbot):  # type: ignore[no-untyped-def]
    from smplanner.ui.calendar.calendar_exchange_actions import selection_of

    chooser = tab.toolbar.label_filter
    [promo] = [
        chooser.list.item(r)
        for r in range(chooser.list.count())
        if chooser.list.item(r).text() == "Promo"
    ]
    promo.setCheckState(Qt.CheckState.Checked)
    selection = selection_of(tab.toolbar, tab.period)
    chosen = selection.select(calendar_queries.all_posts(tab.plan))
    assert sorted(p.title for p in chosen) == ["Galette", "Recrutement"]
