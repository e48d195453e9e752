"""Campaigns edited and deleted from the window, with their notes, each one undo
step; typed dates kept; a wrong range said in French in the dialog, nothing stored."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from smplanner.domain.post_refs import CampaignRef, PostDraft
from smplanner.services import calendar_edits, calendar_posts, calendar_queries, post_bulk_edits
from smplanner.ui.calendar.campaigns_dialog import CampaignDialog, CampaignsDialog


def _on_next_dialog(qtbot, act: Callable[[QDialog], None]) -> list[QDialog]:  # type: ignore[no-untyped-def]
    """Run ``act`` on the modal dialog that the next click opens (exec() blocks)."""
    seen: list[QDialog] = []

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CampaignDialog):
            QTimer.singleShot(20, find)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, find)
    return seen


def _type(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    # QTest types ASCII only (it asserts on "è"): the typed texts are kept plain.
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def _fill(qtbot, name: str, starts: str, ends: str, notes: str = ""):  # type: ignore[no-untyped-def]
    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, CampaignDialog)
        _type(qtbot, dialog.name, name)
        _type(qtbot, dialog.starts, starts)
        _type(qtbot, dialog.ends, ends)
        if notes:
            dialog.notes.setFocus()
            dialog.notes.selectAll()
            qtbot.keyClicks(dialog.notes, notes)
        dialog.accept()
        if dialog.isVisible():  # refused: say why, then give up
            dialog.refused = dialog.problem.text()  # type: ignore[attr-defined]
            dialog.reject()

    return act


def _list(qtbot, tab) -> CampaignsDialog:  # type: ignore[no-untyped-def]
    dialog = CampaignsDialog(tab.dialogs.planning())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_campaign_is_added_edited_and_deleted_with_its_notes(
    qtbot, french_ui, calendar_tab, plan
) -> None:
    document = calendar_tab.document
    dialog = _list(qtbot, calendar_tab)
    assert dialog.status.text().startswith("Aucune campagne pour l'instant")
    _on_next_dialog(qtbot, _fill(qtbot, "Galette des rois", "04/01/2027", "17/01/2027", "Feves"))
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    [stored] = calendar_queries.campaigns(plan)
    assert (stored.name, stored.starts_on, stored.ends_on, stored.notes) == (
        "Galette des rois",
        date(2027, 1, 4),  # typed 04/01/2027: the 4th of January, as typed
        date(2027, 1, 17),
        "Feves",
    )
    cells = [dialog.table.item(0, c).text() for c in range(5)]
    assert cells == ["Galette des rois", "Campagne", "4 janv. 2027", "17 janv. 2027", "Feves"]

    # Edit: select the row, Modifier…, a new name and notes.
    dialog.table.selectRow(0)
    _on_next_dialog(
        qtbot, _fill(qtbot, "Galette 2027", "04/01/2027", "17/01/2027", "Feves, couronnes")
    )
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    [edited] = calendar_queries.campaigns(plan)
    assert (edited.id, edited.name, edited.notes) == (stored.id, "Galette 2027", "Feves, couronnes")
    assert document.undo_stack.undoText() == "Modifier la campagne « Galette 2027 »"
    document.undo_stack.undo()
    assert calendar_queries.campaigns(plan) == [stored]
    document.undo_stack.redo()

    # Delete with the Delete key: its posts stay, out of it; undo brings both back.
    ids, _ = calendar_posts.create_posts(plan, [PostDraft("instagram", "Galette")])
    post_bulk_edits.change_posts(plan, ids, campaign_id=stored.id)
    dialog.refresh(select=stored.id)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert calendar_queries.campaigns(plan) == []
    assert calendar_queries.posts_by_id(plan, ids)[0].campaign_id is None
    assert dialog.status.text().startswith("« Galette 2027 » supprimée ; ses publications restent")
    assert dialog.table.rowCount() == 0
    document.undo_stack.undo()
    assert calendar_queries.campaigns(plan) == [edited]
    assert calendar_queries.posts_by_id(plan, ids)[0].campaign_id == stored.id


def test_a_range_ending_before_it_starts_is_refused_in_french(
    qtbot, french_ui, calendar_tab, plan
) -> None:
    dialog = _list(qtbot, calendar_tab)
    seen = _on_next_dialog(qtbot, _fill(qtbot, "Soldes", "20/01/2027", "10/01/2027"))
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    refused = seen[0].refused  # type: ignore[attr-defined]
    assert "se termine" in refused and "avant de commencer" in refused
    assert "corrigez les dates" in refused
    assert calendar_queries.campaigns(plan) == []
    # A text that is not a date: the field says so before anything is sent.
    seen = _on_next_dialog(qtbot, _fill(qtbot, "Soldes", "32/01/2027", "10/02/2027"))
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert "32/01/2027" in seen[0].refused  # type: ignore[attr-defined]
    assert calendar_queries.campaigns(plan) == []


def test_the_toolbar_button_opens_the_list_of_campaigns(qtbot, calendar_tab, plan) -> None:
    calendar_edits.new_campaign(
        plan,
        CampaignRef(0, "Salon", "trade_fair", date(2026, 10, 5), date(2026, 10, 7), "Stand B4"),
    )
    shown: list[int] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CampaignsDialog):
            QTimer.singleShot(20, look)
            return
        shown.append(dialog.table.rowCount())
        assert dialog.table.item(0, 4).toolTip() == "Stand B4"
        dialog.reject()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(calendar_tab.toolbar.campaign_button, Qt.MouseButton.LeftButton)
    assert shown == [1]
