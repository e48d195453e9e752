"""The composer's label picker (issue #15): chips of the plan's labels toggled with
the keyboard or the mouse, a field that finds one or creates it; the labels chosen are
saved with the post when the dialog is accepted, as one undo step with the rest of the
edit, in the plan file on disk."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_edits, calendar_queries, labels
from smplanner.ui.calendar.post_dialog import PostDialog
from smplanner.ui.composer.label_picker import CHECK, LabelPicker
from tests.ui.composer.test_composer_limits import type_text

PARIS = ZoneInfo("Europe/Paris")


def _post_with_promo(plan):  # type: ignore[no-untyped-def]
    promo = labels.new_label(plan, "Promo").value
    video = labels.new_label(plan, "Vidéo à tourner").value
    labels.new_label(plan, "Noël")
    moment = datetime(2026, 10, 14, 11, 0, tzinfo=PARIS)
    draft = PostDraft(
        "instagram", "Galette", status="draft", scheduled_at=moment, labels=(promo.id,)
    )
    [post_id] = calendar_edits.create(plan, [draft]).value
    return calendar_queries.posts_by_id(plan, [post_id])[0], promo, video


def _stored_label_names(plan_path, post_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    """What the plan file on disk says, read by a connection of its own."""
    with sqlite3.connect(plan_path) as conn:
        rows = conn.execute(
            "SELECT labels.name FROM post_labels JOIN labels ON labels.id = label_id"
            " WHERE post_id = ? ORDER BY labels.name",
            [post_id],
        )
        return [row[0] for row in rows]


def _while_open(qtbot, drive: Callable[[PostDialog], None]) -> list[BaseException]:  # type: ignore[no-untyped-def]
    """Drive the modal post dialog once it shows; what went wrong is handed back (an
    exception inside Qt's event loop would otherwise be lost)."""
    failures: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PostDialog):
            QTimer.singleShot(20, run)
            return
        dialog.activateWindow()  # as the window manager does: keys go to the dialog
        try:
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            drive(dialog)
        except BaseException as error:  # reported by the test
            failures.append(error)
            dialog.reject()

    QTimer.singleShot(0, run)
    return failures


def test_labels_chosen_by_keyboard_are_saved_with_the_post_in_one_undo_step(
    calendar_tab, plan_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    plan = calendar_tab.plan
    post, promo, video = _post_with_promo(plan)

    def drive(dialog: PostDialog) -> None:
        picker = dialog.labels
        chips = picker.chips
        assert [chips[i].text() for i in sorted(chips)] == [
            f"{CHECK}Promo",
            "Vidéo à tourner",
            "Noël",
        ]
        assert chips[promo.id].isChecked() and chips[promo.id].accessibleName() == "Label Promo"
        qtbot.mouseClick(picker.field, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(picker.field.hasFocus)
        type_text(qtbot, picker.field, "vide")  # no accent typed: still found
        assert [chips[i].isVisible() for i in sorted(chips)] == [False, True, False]
        qtbot.keyClick(picker.field, Qt.Key.Key_Tab)  # the first chip shown
        assert chips[video.id].hasFocus()
        qtbot.keyClick(chips[video.id], Qt.Key.Key_Space)
        assert chips[video.id].isChecked() and chips[video.id].text().startswith(CHECK)
        qtbot.keyClick(chips[video.id], Qt.Key.Key_Return)  # Enter toggles too
        assert not chips[video.id].isChecked() and dialog.isVisible()
        qtbot.keyClick(chips[video.id], Qt.Key.Key_Return)
        assert chips[video.id].isChecked()
        # A name the plan has not: Enter makes the label and puts it on the post.
        qtbot.mouseClick(picker.field, Qt.MouseButton.LeftButton)
        picker.field.selectAll()
        type_text(qtbot, picker.field, "Jeu concours")
        assert picker.create_button.isVisible()
        assert picker.create_button.text() == "Create “Jeu concours”"
        qtbot.keyClick(picker.field, Qt.Key.Key_Return)
        assert dialog.isVisible() and picker.field.text() == ""  # Enter did not save yet
        assert picker.note.text() == "Label “Jeu concours” created."
        made = [label for label in labels.labels(plan) if label.name == "Jeu concours"]
        assert made and picker.chips[made[0].id].isChecked()
        # The field empty, Enter saves the dialog as anywhere else in it.
        qtbot.keyClick(picker.field, Qt.Key.Key_Return)

    failures = _while_open(qtbot, drive)
    calendar_tab.dialogs.edit_post(post)
    assert failures == []
    assert _stored_label_names(plan_path, post.id) == ["Jeu concours", "Promo", "Vidéo à tourner"]
    stack = calendar_tab.document.undo_stack
    assert stack.undoText() == "Edit post"
    stack.undo()  # the edit: the post's labels as they were, the new label still there
    assert _stored_label_names(plan_path, post.id) == ["Promo"]
    assert stack.undoText() == "New label “Jeu concours”"
    stack.undo()
    assert "Jeu concours" not in [label.name for label in labels.labels(plan)]
    stack.redo()
    stack.redo()
    assert _stored_label_names(plan_path, post.id) == ["Jeu concours", "Promo", "Vidéo à tourner"]


def test_labels_clicked_off_and_on_with_the_mouse_and_a_bad_name_said(
    calendar_tab, plan_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    plan = calendar_tab.plan
    post, promo, video = _post_with_promo(plan)

    def drive(dialog: PostDialog) -> None:
        picker = dialog.labels
        qtbot.mouseClick(picker.chips[promo.id], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(picker.chips[video.id], Qt.MouseButton.LeftButton)
        assert picker.chosen() == (video.id,)
        qtbot.mouseClick(picker.field, Qt.MouseButton.LeftButton)
        type_text(qtbot, picker.field, "Promo | Noël")
        qtbot.mouseClick(picker.create_button, Qt.MouseButton.LeftButton)
        assert picker.note.isVisible()
        assert picker.note.text() == (
            "A label name cannot contain '|' (it separates labels in the CSV)."
        )
        assert len(labels.labels(plan)) == 3  # nothing made
        picker.field.clear()
        qtbot.mouseClick(picker.field, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(picker.field.hasFocus)
        type_text(qtbot, picker.field, "PROMO")  # a name the plan has, in other case
        assert not picker.create_button.isVisible()
        qtbot.keyClick(picker.field, Qt.Key.Key_Return)
        assert picker.chosen() == (promo.id, video.id) and len(labels.labels(plan)) == 3
        dialog.accept()

    failures = _while_open(qtbot, drive)
    calendar_tab.dialogs.edit_post(post)
    assert failures == []
    assert _stored_label_names(plan_path, post.id) == ["Promo", "Vidéo à tourner"]


def test_cancel_keeps_the_posts_labels_and_a_new_post_gets_those_chosen(
    calendar_tab, plan_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    plan = calendar_tab.plan
    post, promo, video = _post_with_promo(plan)

    def untick_and_cancel(dialog: PostDialog) -> None:
        qtbot.mouseClick(dialog.labels.chips[promo.id], Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    failures = _while_open(qtbot, untick_and_cancel)
    calendar_tab.dialogs.edit_post(post)
    assert failures == [] and _stored_label_names(plan_path, post.id) == ["Promo"]

    def tick_and_save(dialog: PostDialog) -> None:
        qtbot.mouseClick(dialog.labels.chips[video.id], Qt.MouseButton.LeftButton)
        dialog.accept()

    failures = _while_open(qtbot, tick_and_save)
    calendar_tab.dialogs.create_post(None)
    assert failures == []
    [idea] = calendar_queries.ideas(plan)
    assert idea.labels == (video.id,)


def test_a_label_deleted_meanwhile_is_not_offered(plan, qtbot) -> None:  # type: ignore[no-untyped-def]
    promo = labels.new_label(plan, "Promo").value
    gone = labels.new_label(plan, "Ancienne").value
    labels.delete_label(plan, gone.id)
    picker = LabelPicker(plan, (promo.id, gone.id))
    qtbot.addWidget(picker)
    assert picker.chosen() == (promo.id,) and list(picker.chips) == [promo.id]


def test_a_dated_new_post_opens_on_the_planned_status(plan, qtbot, french_ui) -> None:  # type: ignore[no-untyped-def]
    moment = datetime(2026, 12, 2, 14, 0, tzinfo=PARIS)
    dialog = PostDialog(plan, PostDraft("instagram", status="idea", scheduled_at=moment), PARIS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.status.currentText() == "Brouillon"  # as a drop onto a day makes it
    qtbot.mouseClick(dialog.dated, Qt.MouseButton.LeftButton)  # no date: an idea
    assert dialog.status.currentText() == "Idée" and dialog.draft().status == "idea"
    qtbot.mouseClick(dialog.dated, Qt.MouseButton.LeftButton)
    assert dialog.status.currentText() == "Brouillon" and dialog.draft().status == "draft"
    assert dialog.result() != QDialog.DialogCode.Accepted
