"""The post dialog's date and time are typed as the user writes them and kept (issue
#11: Qt's QDateTimeEdit turned a typed "20/12/2026 02:00" into 02/12); a wrong date
or a time the clocks skip says what to type, and the dialog keeps nothing until then."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts, calendar_queries
from smplanner.ui.calendar import post_dialog
from smplanner.ui.calendar.post_dialog import PostDialog
from smplanner.ui.time_entry import read_typed_time

PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14:30", time(14, 30)),
        ("14h30", time(14, 30)),
        ("14 h 30", time(14, 30)),
        ("9h", time(9, 0)),
        ("14", time(14, 0)),
        ("0930", time(9, 30)),
        ("930", time(9, 30)),
        ("02:00", time(2, 0)),
        ("", None),
    ],
)
def test_typed_times_are_read_as_french_users_write_them(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert read_typed_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "14:75", "midi", "14:3", "1:2:3"])
def test_a_text_that_is_no_time_is_refused(text) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        read_typed_time(text)


def shown_dialog(qtbot, plan, scheduled_at: datetime | None) -> PostDialog:  # type: ignore[no-untyped-def]
    dialog = PostDialog(plan, PostDraft("instagram", "Galette", scheduled_at=scheduled_at), PARIS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_over(qtbot, entry, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click into a field, select what it holds and type, as a user would."""
    qtbot.mouseClick(entry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(entry.hasFocus)
    qtbot.keyClick(entry, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(entry, text)


def test_a_typed_date_and_time_are_kept_tab_then_enter(qtbot, plan, french_ui) -> None:  # type: ignore[no-untyped-def]
    dialog = shown_dialog(qtbot, plan, datetime(2026, 12, 2, 14, 0, tzinfo=PARIS))
    field = dialog.when
    assert (field.date_entry.text(), field.time_entry.text()) == ("02/12/2026", "14:00")
    type_over(qtbot, field.date_entry, "20/12/26")
    qtbot.keyClick(field.date_entry, Qt.Key.Key_Tab)  # Tab goes on to the time
    assert field.time_entry.hasFocus()
    assert field.date_entry.text() == "20/12/2026"  # read once, in the French order
    assert field.time_entry.selectedText() == "14:00"  # Tab selects it: typing replaces it
    qtbot.keyClicks(field.time_entry, "2h")
    qtbot.keyClick(field.time_entry, Qt.Key.Key_Return)  # Enter saves the dialog
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert field.time_entry.text() == "02:00"
    assert dialog.draft().scheduled_at == datetime(2026, 12, 20, 2, 0, tzinfo=PARIS)


def test_a_date_and_time_typed_together_in_the_date_field_are_split(qtbot, plan, french_ui) -> None:  # type: ignore[no-untyped-def]
    dialog = shown_dialog(qtbot, plan, datetime(2026, 12, 2, 14, 0, tzinfo=PARIS))
    field = dialog.when
    type_over(qtbot, field.date_entry, "20/12/2026 02:00")  # the very text
    qtbot.keyClick(field.date_entry, Qt.Key.Key_Tab)
    assert (field.date_entry.text(), field.time_entry.text()) == ("20/12/2026", "02:00")
    assert field.problem() == ""
    assert field.value() == datetime(2026, 12, 20, 2, 0, tzinfo=PARIS)


def test_a_wrong_date_says_what_to_type_and_keeps_the_dialog_open(qtbot, plan, french_ui) -> None:  # type: ignore[no-untyped-def]
    dialog = shown_dialog(qtbot, plan, datetime(2026, 12, 2, 14, 0, tzinfo=PARIS))
    field = dialog.when
    type_over(qtbot, field.date_entry, "31/02/2026")
    qtbot.keyClick(field.date_entry, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert field.problem_label.isVisible()
    assert field.problem_label.text() == (
        "«\u00a031/02/2026\u00a0» n’est pas un jour du calendrier\u00a0: tapez-la sous la "
        "forme JJ/MM/AAAA, par exemple 15/11/2026."
    )
    assert field.date_entry.hasFocus() and field.date_entry.text() == "31/02/2026"  # to correct
    qtbot.keyClicks(field.date_entry, "28/02/2026")  # the text was selected: typed over
    qtbot.keyClick(field.date_entry, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not field.problem_label.isVisible()
    assert dialog.draft().scheduled_at == datetime(2026, 2, 28, 14, 0, tzinfo=PARIS)


def test_a_wrong_time_and_a_skipped_hour_say_what_to_type(qtbot, plan, french_ui) -> None:  # type: ignore[no-untyped-def]
    dialog = shown_dialog(qtbot, plan, datetime(2026, 3, 29, 10, 0, tzinfo=PARIS))
    field = dialog.when
    type_over(qtbot, field.time_entry, "25h")
    qtbot.keyClick(field.time_entry, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert field.problem_label.text() == (
        "«\u00a025h\u00a0» n’est pas une heure\u00a0: tapez-la sous la forme HH:MM, "
        "par exemple 14:30."
    )
    assert field.time_entry.hasFocus()
    qtbot.keyClicks(field.time_entry, "02:30")  # the night the clocks go forward
    qtbot.keyClick(field.time_entry, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert field.problem_label.text().startswith("02:30 n’existe pas le ")
    assert "écrivez 03:30" in field.problem_label.text()
    qtbot.keyClicks(field.time_entry, "03:30")
    qtbot.keyClick(field.time_entry, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.draft().scheduled_at == datetime(2026, 3, 29, 3, 30, tzinfo=PARIS)


def test_an_empty_time_is_asked_for_and_an_idea_needs_no_date(qtbot, plan) -> None:  # type: ignore[no-untyped-def]
    dialog = shown_dialog(qtbot, plan, datetime(2026, 12, 2, 14, 0, tzinfo=PARIS))
    type_over(qtbot, dialog.when.time_entry, "")
    qtbot.keyClick(dialog.when.time_entry, Qt.Key.Key_Delete)
    qtbot.keyClick(dialog.when.time_entry, Qt.Key.Key_Return)
    assert dialog.isVisible() and "A time is needed" in dialog.when.problem_label.text()
    qtbot.mouseClick(dialog.dated, Qt.MouseButton.LeftButton)  # no date: an idea
    assert not dialog.when.isEnabled()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    draft = dialog.draft()
    assert draft.scheduled_at is None and draft.status == "idea"


def test_an_untouched_time_in_the_repeated_hour_keeps_its_offset(qtbot, plan) -> None:  # type: ignore[no-untyped-def]
    second = datetime(2026, 10, 25, 2, 30, tzinfo=PARIS, fold=1)  # 02:30 +01:00
    dialog = shown_dialog(qtbot, plan, second)
    qtbot.mouseClick(dialog.when.time_entry, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.when.time_entry, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    kept = dialog.draft().scheduled_at
    assert kept is not None and kept.utcoffset() == timedelta(hours=1)


def test_editing_a_post_from_the_calendar_stores_the_typed_date(
    calendar_tab, qtbot, monkeypatch, french_ui
) -> None:  # type: ignore[no-untyped-def]
    plan = calendar_tab.plan
    [post_id], _ = calendar_posts.create_posts(
        plan, [PostDraft("facebook", "Bûche", scheduled_at=datetime(2026, 12, 2, 9, tzinfo=PARIS))]
    )
    [post] = calendar_queries.posts_by_id(plan, [post_id])

    def typed_by_the_user(dialog: PostDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        type_over(qtbot, dialog.when.date_entry, "20/12/2026")
        qtbot.keyClick(dialog.when.date_entry, Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "18:15")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(post_dialog.PostDialog, "exec", typed_by_the_user)
    calendar_tab.dialogs.edit_post(post)
    [stored] = calendar_queries.posts_by_id(plan, [post_id])
    assert stored.scheduled_at == datetime(2026, 12, 20, 18, 15, tzinfo=PARIS)
    calendar_tab.document.undo_stack.undo()
    [undone] = calendar_queries.posts_by_id(plan, [post_id])
    assert undone.scheduled_at == datetime(2026, 12, 2, 9, tzinfo=PARIS)
