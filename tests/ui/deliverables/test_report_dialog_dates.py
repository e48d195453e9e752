"""The report dialog's first calendar day is typed like every date of the app: what is
typed is kept (French order), a text that is no date keeps the dialog open and says why."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableView

from smplanner.ui.date_entry import DateEntry
from smplanner.ui.deliverables.report_dialog import ReportDialog


def _shown(qtbot) -> ReportDialog:  # type: ignore[no-untyped-def]
    dialog = ReportDialog("fr")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def _retype(qtbot, field: DateEntry, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def test_the_typed_first_day_is_kept_in_french_order(qtbot, french_ui):
    dialog = _shown(qtbot)
    field = dialog.start_edit
    assert isinstance(field, DateEntry)
    assert field.text() == date.today().strftime("%d/%m/%Y")  # today, written the French way
    _retype(qtbot, field, "15/11/26")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving the field writes the date out in full
    assert field.text() == "15/11/2026"
    assert not dialog.problem.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.weeks_spin, Qt.Key.Key_Return)
    options = dialog.options("Camille Roux", "")
    assert options.start == date(2026, 11, 15)  # not 02/11 as QDateEdit's sections made it
    assert options.language == "fr"
    assert options.manager_name == "Camille Roux"


def test_enter_in_the_date_field_accepts_the_typed_day(qtbot, french_ui):
    dialog = _shown(qtbot)
    _retype(qtbot, dialog.start_edit, "1/12/2026")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.start_edit, Qt.Key.Key_Return)
    assert dialog.options("", "").start == date(2026, 12, 1)


def test_a_day_not_in_the_calendar_keeps_the_dialog_open_and_says_why(qtbot, french_ui):
    dialog = _shown(qtbot)
    field = dialog.start_edit
    _retype(qtbot, field, "31/02/2026")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.result() == 0
    assert dialog.problem.isVisible()
    assert "«\u00a031/02/2026\u00a0» n’est pas un jour du calendrier" in dialog.problem.text()
    assert "JJ/MM/AAAA" in dialog.problem.text()  # what to type, in the user's words
    assert field.hasFocus()
    # typing again clears the message; a good date then goes through
    _retype(qtbot, field, "28/02/2026")
    assert not dialog.problem.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.options("", "").start == date(2026, 2, 28)


def test_an_empty_first_day_is_refused(qtbot, french_ui):
    dialog = _shown(qtbot)
    _retype(qtbot, dialog.start_edit, "")
    qtbot.keyClick(dialog.start_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Une date est nécessaire ici" in dialog.problem.text()


def test_the_calendar_popup_picks_the_first_day(qtbot, french_ui):
    dialog = _shown(qtbot)
    field = dialog.start_edit
    _retype(qtbot, field, "10/03/2027")
    qtbot.keyClick(field, Qt.Key.Key_F4)
    calendar = field.popup
    assert calendar is not None
    qtbot.waitUntil(calendar.isVisible)
    days = calendar.findChild(QTableView)  # where the calendar takes its keys
    qtbot.keyClick(days, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(days, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert field.text() == "11/03/2027"
    assert dialog.isVisible()  # picking is not accepting
