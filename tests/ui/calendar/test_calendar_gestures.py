"""Everyday gestures on the calendar's cards (issue #15): the right-click menu, Ctrl+C
and Ctrl+V onto a day, Delete asking when several posts are selected, the search
field marking the cards it finds — each undoable, driven with the mouse and keys."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from smplanner.domain.post_refs import CampaignRef, PostDraft
from smplanner.services import calendar_edits, calendar_posts, calendar_queries
from smplanner.ui.calendar import grid_painting as look
from smplanner.ui.calendar.cells_model import Cell, PostRole

PARIS = ZoneInfo("Europe/Paris")
GALETTE = datetime(2026, 10, 14, 10, tzinfo=PARIS)
ATELIER = datetime(2026, 10, 15, 18, tzinfo=PARIS)


@pytest.fixture
def tab(calendar_tab):  # type: ignore[no-untyped-def]
    ids, changes = calendar_posts.create_posts(
        calendar_tab.plan,
        [
            PostDraft("instagram", "La galette des rois #épiphanie", "Galette", "draft", GALETTE),
            PostDraft("facebook", "Atelier levain samedi", "Atelier", "ready", ATELIER),
        ],
    )
    calendar_tab.on_changes(changes)
    calendar_tab.ids = ids
    return calendar_tab


def _card_point(tab, post_id: int):  # type: ignore[no-untyped-def]
    index = tab.month_model.index_of_post(post_id)
    assert index.isValid()
    return tab.month_view.visualRect(index).center()


def _day_point(tab, day):  # type: ignore[no-untyped-def]
    row = tab.month_model.cells.index(Cell(day))
    rect = tab.month_view.grid().cell_rect(row)
    return rect.center() + (rect.bottomRight() - rect.center()) / 2  # below any card


def _right_click(qtbot, tab, point) -> QMenu:  # type: ignore[no-untyped-def]
    """A right click as the window system delivers it: the press, then the context
    menu event (QTest's synthetic clicks skip the platform step that makes it)."""
    tab.gestures.menu = None
    viewport = tab.month_view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.RightButton, pos=point)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    qtbot.mouseRelease(viewport, Qt.MouseButton.RightButton, pos=point)
    qtbot.waitUntil(lambda: tab.gestures.menu is not None and tab.gestures.menu.isVisible())
    return tab.gestures.menu


def _choose(qtbot, menu: QMenu, *path: str) -> None:  # type: ignore[no-untyped-def]
    """Click through the menu (and its submenus) by the actions' words."""
    for words in path:
        [action] = [a for a in menu.actions() if a.text() == words]
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        if action.menu() is not None:
            menu = action.menu()
            qtbot.waitUntil(menu.isVisible)


def _posts(tab):  # type: ignore[no-untyped-def]
    return calendar_queries.all_posts(tab.plan)


def test_the_menu_duplicates_a_post_in_one_undo_step(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    menu = _right_click(qtbot, tab, _card_point(tab, tab.ids[0]))
    words = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert words == [
        "Open…",
        "Duplicate",
        "Change status",
        "Move to ideas",
        "Change network",
        "Change campaign",
        "Labels",
        "Copy to another network",
        "Copy",
        "Cut",
        "Delete",
    ]
    _choose(qtbot, menu, "Duplicate")
    copies = [p for p in _posts(tab) if p.title == "Galette"]
    assert len(copies) == 2 and {p.scheduled_at for p in copies} == {GALETTE}
    assert tab.document.undo_stack.undoText() == "Duplicate 1 post"
    tab.document.undo_stack.undo()
    assert len([p for p in _posts(tab) if p.title == "Galette"]) == 1


def test_the_menu_changes_the_status_and_moves_to_the_ideas(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    _choose(qtbot, _right_click(qtbot, tab, _card_point(tab, tab.ids[0])), "Change status", "Ready")
    assert calendar_queries.posts_by_id(tab.plan, [tab.ids[0]])[0].status == "ready"
    _choose(qtbot, _right_click(qtbot, tab, _card_point(tab, tab.ids[0])), "Move to ideas")
    [post] = calendar_queries.posts_by_id(tab.plan, [tab.ids[0]])
    assert post.scheduled_at is None and post.status == "idea"
    model = tab.backlog_model
    assert [model.post_at(model.index(r)).id for r in range(model.rowCount())] == [tab.ids[0]]
    tab.document.undo_stack.undo()
    tab.document.undo_stack.undo()
    [post] = calendar_queries.posts_by_id(tab.plan, [tab.ids[0]])
    assert (post.scheduled_at, post.status) == (GALETTE, "draft")


def test_the_menu_copies_a_post_to_another_network_as_a_variant(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    menu = _right_click(qtbot, tab, _card_point(tab, tab.ids[0]))
    _choose(qtbot, menu, "Copy to another network", "LinkedIn")
    posts = [p for p in _posts(tab) if p.title == "Galette"]
    assert sorted(p.network for p in posts) == ["instagram", "linkedin"]
    assert len({p.group_id for p in posts}) == 1 and posts[0].group_id is not None
    tab.document.undo_stack.undo()
    assert [p.network for p in _posts(tab) if p.title == "Galette"] == ["instagram"]


def test_ctrl_c_then_ctrl_v_copies_onto_the_day_clicked_as_often_as_wanted(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = tab.month_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_card_point(tab, tab.ids[0]))
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    for day in (20, 22):
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=_day_point(tab, GALETTE.date().replace(day=day)),
        )
        qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    days = sorted(p.scheduled_at.day for p in _posts(tab) if p.title == "Galette")
    assert days == [14, 20, 22]  # the original stays; the copies keep its hour
    assert {p.scheduled_at.hour for p in _posts(tab) if p.title == "Galette"} == {10}
    tab.document.undo_stack.undo()
    days = sorted(p.scheduled_at.day for p in _posts(tab) if p.title == "Galette")
    assert days == [14, 20]


def test_delete_asks_when_several_posts_are_selected(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = tab.month_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_card_point(tab, tab.ids[0]))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        pos=_card_point(tab, tab.ids[1]),
    )
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    question = tab.gestures.delete_question
    assert question is not None and question.isVisible()
    assert question.text() == "Delete the 2 selected posts?"
    qtbot.mouseClick(question.button(question.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert len(_posts(tab)) == 2
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    question = tab.gestures.delete_question
    [delete] = [b for b in question.buttons() if b.text() == "Delete"]
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert _posts(tab) == []
    tab.document.undo_stack.undo()
    assert len(_posts(tab)) == 2


def test_one_post_is_deleted_without_a_question(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    menu = _right_click(qtbot, tab, _card_point(tab, tab.ids[1]))
    _choose(qtbot, menu, "Delete")
    assert tab.gestures.delete_question is None
    assert [p.id for p in _posts(tab)] == [tab.ids[0]]


def test_the_search_marks_the_cards_it_finds_and_dims_the_others(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    field = tab.toolbar.search_field
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "#epiphanie")  # accents ignored
    assert tab.month_view.highlight is not None
    image = tab.month_view.viewport().grab().toImage()
    found = tab.month_view.visualRect(tab.month_model.index_of_post(tab.ids[0]))
    other = tab.month_view.visualRect(tab.month_model.index_of_post(tab.ids[1]))
    ratio = image.devicePixelRatio()

    def colour(x: int, y: int) -> QColor:
        return image.pixelColor(round(x * ratio), round(y * ratio))

    assert colour(found.center().x(), found.top() + 1) == look.SEARCH_MARK  # the outline
    assert colour(other.center().x(), other.top() + 1) != look.SEARCH_MARK
    # The other card is veiled: lighter than the network's own tint.
    tint = look.network_colours("facebook")[1]
    assert colour(other.center().x(), other.bottom() - 2).lightness() > tint.lightness()
    field.clear()
    assert tab.month_view.highlight is None


def test_bulk_changes_of_network_and_campaign_are_one_undo_step_each(plan) -> None:  # type: ignore[no-untyped-def]
    from smplanner.domain.post_refs import CampaignRef
    from smplanner.services import calendar_edits, post_bulk_edits

    ids, _ = calendar_posts.create_posts(
        plan,
        [
            PostDraft("instagram", "a", "A", "draft", GALETTE),
            PostDraft("facebook", "b", "B", "ready", ATELIER),
            PostDraft("linkedin", "c", "Idée"),
        ],
    )
    calendar_edits.new_campaign(
        plan, CampaignRef(0, "Épiphanie", "campaign", GALETTE.date(), ATELIER.date())
    )
    [campaign] = calendar_queries.campaigns(plan)
    edit = post_bulk_edits.change_posts(plan, ids, network="linkedin", campaign_id=campaign.id)
    assert edit.value == 3
    posts = calendar_queries.posts_by_id(plan, ids)
    assert {(p.network, p.campaign_id) for p in posts} == {("linkedin", campaign.id)}
    edit.undo()
    posts = {p.title: (p.network, p.campaign_id) for p in calendar_queries.posts_by_id(plan, ids)}
    assert posts == {"A": ("instagram", None), "B": ("facebook", None), "Idée": ("linkedin", None)}
    edit.redo()
    assert {p.network for p in calendar_queries.posts_by_id(plan, ids)} == {"linkedin"}
    with pytest.raises(post_bulk_edits.BulkEditError, match="use one of"):
        post_bulk_edits.change_posts(plan, ids, network="myspace")


def test_search_terms_match_words_hashtags_and_campaigns() -> None:
    from smplanner.domain.post_refs import PostRef
    from smplanner.domain.post_search import post_matcher

    post = PostRef(
        1,
        "instagram",
        GALETTE,
        "draft",
        "Galette",
        "La FRANGIPANE est là",
        campaign_id=3,
        hashtags="#Épiphanie #boulangerie",
    )
    other = PostRef(2, "x", GALETTE, "draft", "Pain", "Levain #pain")
    names = {3: "Fête des rois"}

    def found(query: str) -> list[int]:
        matcher = post_matcher(query, names)
        assert matcher is not None
        return [p.id for p in (post, other) if matcher(p)]

    assert found("frangipane") == [1]
    assert found("là galette") == [1]  # every term, anywhere, accents and case ignored
    assert found("#epiph") == [1]  # the start of a hashtag
    assert found("#pain") == [2]
    assert found("#levain") == []  # a word, not a hashtag
    assert found("fete des rois") == [1]  # the campaign's name
    assert found("galette pain") == []
    assert post_matcher("  #  ", names) is None


def test_the_menu_changes_the_network_of_the_whole_selection_in_one_step(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = tab.month_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_card_point(tab, tab.ids[0]))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        pos=_card_point(tab, tab.ids[1]),
    )
    menu = _right_click(qtbot, tab, _card_point(tab, tab.ids[1]))  # inside the selection
    _choose(qtbot, menu, "Change network", "LinkedIn")
    assert {p.network for p in _posts(tab)} == {"linkedin"}
    assert tab.document.undo_stack.undoText() == "Change the network of 2 posts"
    tab.document.undo_stack.undo()
    assert sorted(p.network for p in _posts(tab)) == ["facebook", "instagram"]


def test_the_menu_puts_the_selection_in_a_campaign_and_back_out_of_it(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab.document.apply(
        "New campaign",
        lambda: calendar_edits.new_campaign(
            tab.plan, CampaignRef(0, "Épiphanie", "campaign", GALETTE.date(), ATELIER.date())
        ),
    )
    [campaign] = calendar_queries.campaigns(tab.plan)
    menu = _right_click(qtbot, tab, _card_point(tab, tab.ids[0]))
    _choose(qtbot, menu, "Change campaign", "Épiphanie")
    assert [p.campaign_id for p in _posts(tab) if p.id == tab.ids[0]] == [campaign.id]
    assert tab.document.undo_stack.undoText() == "Change the campaign of 1 post"
    menu = _right_click(qtbot, tab, _card_point(tab, tab.ids[0]))
    _choose(qtbot, menu, "Change campaign", "(no campaign)")
    assert {p.campaign_id for p in _posts(tab)} == {None}


def test_series_are_marked_on_their_cards_and_mondays_carry_the_week_number(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    from smplanner.domain.post_refs import PostRef

    occurrence = PostRef(9, "instagram", GALETTE, "draft", "Atelier du jeudi", "", series_id=3)
    assert look.card_label(occurrence) == ("10:00", "↻ Atelier du jeudi")
    assert look.card_label(calendar_queries.posts_by_id(tab.plan, [tab.ids[0]])[0])[1] == "Galette"
    assert tab.month_view.week_label(42) == "W42"


def test_the_week_number_is_french_in_french(qtbot, plan, french_ui) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel

    from smplanner.ui.calendar.calendar_grid_view import CalendarGridView
    from smplanner.ui.calendar.cells_model import CalendarCellsModel

    model = CalendarCellsModel(lambda days: [])
    view = CalendarGridView(model, QItemSelectionModel(model), week=False)
    qtbot.addWidget(view)
    assert view.week_label(42) == "S42"


def test_variants_side_by_side_copy_one_text_to_all_and_adapt_each(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from smplanner.services import calendar_edits
    from smplanner.storage.calendar_rows import post_as_draft

    tab.on_changes(calendar_edits.make_variants(tab.plan, tab.ids[0], ["x", "linkedin"]).changes)
    [first] = calendar_queries.posts_by_id(tab.plan, [tab.ids[0]])
    group = calendar_queries.posts_in_group(tab.plan, first.group_id)
    x_post = next(p for p in group if p.network == "x")
    short = "Version courte pour X #galette"
    calendar_posts.update_post(tab.plan, x_post.id, replace(post_as_draft(x_post), text=short))
    menu = _right_click(qtbot, tab, _card_point(tab, tab.ids[0]))
    _choose(qtbot, menu, "Variants side by side…")
    dialog = tab.gestures.variants_dialog
    qtbot.waitExposed(dialog)
    assert sorted(dialog.previews) == sorted(p.id for p in group)
    networks = sorted(preview.content.network for preview in dialog.previews.values())
    assert networks == ["instagram", "linkedin", "x"]  # each drawn as its network shows it

    def texts() -> dict[str, str]:
        posts = calendar_queries.posts_in_group(tab.plan, first.group_id)
        return {p.network: p.text for p in posts}

    qtbot.mouseClick(dialog.copy_buttons[x_post.id], Qt.MouseButton.LeftButton)
    assert set(texts().values()) == {short}
    tab.document.undo_stack.undo()
    assert texts()["instagram"] == "La galette des rois #épiphanie"
    long_text = "Notre galette des rois revient " * 12
    calendar_posts.update_post(tab.plan, x_post.id, replace(post_as_draft(x_post), text=long_text))
    dialog.refresh()
    qtbot.mouseClick(dialog.adapt_button, Qt.MouseButton.LeftButton)
    assert texts()["x"].endswith("…") and len(texts()["x"]) <= 280
    assert tab.document.undo_stack.undoText() == "Adapt each variant for its network"
    dialog.close()


def test_the_agenda_and_the_ideas_have_the_same_menu(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.calendar.calendar_tab import AGENDA

    tab.view_combo.setCurrentIndex(AGENDA)
    agenda = tab.agenda
    row = next(
        r
        for r in range(tab.agenda_model.rowCount())
        if tab.agenda_model.index(r, 0).data(PostRole).id == tab.ids[1]
    )
    point = agenda.visualRect(tab.agenda_model.index(row, 1)).center()
    tab.gestures.menu = None
    viewport = agenda.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.RightButton, pos=point)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    qtbot.mouseRelease(viewport, Qt.MouseButton.RightButton, pos=point)
    qtbot.waitUntil(lambda: tab.gestures.menu is not None)
    menu = tab.gestures.menu
    assert menu is not None and "Duplicate" in [a.text() for a in menu.actions()]
    _choose(qtbot, menu, "Duplicate")
    assert len([p for p in _posts(tab) if p.title == "Atelier"]) == 2
