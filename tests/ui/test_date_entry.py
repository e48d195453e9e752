"""The typed-date field shared by the workshop, the composer and the dialogs: what the
user types is the date kept, an empty field stays empty, a wrong text says why."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView

from smplanner.ui.date_entry import DateEntry, TypedDateError, read_typed_date

DAY_FIRST = "dd/MM/yyyy"
MONTH_FIRST = "M/d/yyyy"
TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "pattern", "expected"),
    [
        ("15/11/2026", DAY_FIRST, date(2026, 11, 15)),
        ("5/1/2027", DAY_FIRST, date(2027, 1, 5)),
        ("15.11.26", DAY_FIRST, date(2026, 11, 15)),
        ("15-11-2026", DAY_FIRST, date(2026, 11, 15)),
        (" 15 11 2026 ", DAY_FIRST, date(2026, 11, 15)),
        ("2026-11-15", DAY_FIRST, date(2026, 11, 15)),
        ("2026-11-15", MONTH_FIRST, date(2026, 11, 15)),
        ("11/15/2026", MONTH_FIRST, date(2026, 11, 15)),
        ("15/11", DAY_FIRST, date(2026, 11, 15)),  # this year's
        ("", DAY_FIRST, None),
        ("   ", DAY_FIRST, None),
    ],
)
def test_typed_dates_are_read_in_the_locale_order(text, pattern, expected):
    assert read_typed_date(text, pattern, today=TODAY) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31/02/2026", "calendar"),
        ("15/13/2026", "calendar"),
        ("demain", "shape"),
        ("15/11/2026/1", "shape"),
        ("2026-11", "shape"),
        ("15/11/202", "shape"),
    ],
)
def test_a_text_that_is_no_date_is_refused_with_its_reason(text, reason):
    with pytest.raises(TypedDateError) as raised:
        read_typed_date(text, DAY_FIRST, today=TODAY)
    assert raised.value.reason == reason


def test_the_typed_date_is_kept_and_shown_in_the_locale_format(qtbot, french_ui):
    entry = DateEntry()
    qtbot.addWidget(entry)
    entry.show()
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus)
    assert entry.value() is None and entry.text() == ""
    assert entry.placeholderText() == "15/11/2026"
    with qtbot.waitSignal(entry.valueChanged) as changed:
        qtbot.keyClicks(entry, "15/11/26")
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert changed.args == [date(2026, 11, 15)]
    assert entry.text() == "15/11/2026"
    assert entry.date() == QDate(2026, 11, 15)


def test_an_empty_field_stays_empty(qtbot):
    entry = DateEntry(value=date(2026, 3, 31))
    qtbot.addWidget(entry)
    entry.show()
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus)
    entry.selectAll()
    with qtbot.waitSignal(entry.valueChanged) as changed:
        qtbot.keyClick(entry, Qt.Key.Key_Backspace)
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert changed.args == [None]
    assert entry.value() is None and entry.is_acceptable()
    assert not entry.date().isValid()


def test_a_wrong_date_says_what_to_type_in_french(qtbot, french_ui):
    entry = DateEntry()
    qtbot.addWidget(entry)
    entry.show()
    qtbot.keyClicks(entry, "31/02/2026")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert not entry.is_acceptable() and entry.value() is None
    assert entry.text() == "31/02/2026"  # kept as typed, to correct
    assert entry.problem() == (
        "«\u00a031/02/2026\u00a0» n’est pas un jour du calendrier\u00a0: tapez-la sous la "
        "forme JJ/MM/AAAA, par exemple 15/11/2026."
    )
    entry.setText("bientôt")
    assert entry.problem().startswith("«\u00a0bientôt\u00a0» n’est pas une date")


def test_a_required_date_and_a_range_are_explained(qtbot):
    entry = DateEntry(required=True)
    qtbot.addWidget(entry)
    assert "A date is needed" in entry.problem()
    entry.setDateRange(date(2026, 1, 1), date(2026, 12, 31))
    entry.setValue(date(2027, 1, 2))
    assert not entry.is_acceptable() and entry.value() is None
    assert "outside the dates allowed" in entry.problem()


def test_f4_opens_a_calendar_and_enter_picks_its_day(qtbot):
    entry = DateEntry(value=date(2026, 11, 15))
    qtbot.addWidget(entry)
    entry.show()
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus)
    qtbot.keyClick(entry, Qt.Key.Key_F4)
    calendar = entry.popup
    assert calendar is not None
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate() == QDate(2026, 11, 15)
    with qtbot.waitSignal(entry.valueChanged) as changed:
        days = calendar.findChild(QTableView)  # where the calendar takes its keys
        qtbot.keyClick(days, Qt.Key.Key_Right)  # the next day
        qtbot.keyClick(days, Qt.Key.Key_Return)
    assert changed.args == [date(2026, 11, 16)]
    assert not calendar.isVisible()
    assert entry.value() == date(2026, 11, 16)


def test_the_calendar_button_opens_it_with_a_click(qtbot):
    entry = DateEntry()
    qtbot.addWidget(entry)
    entry.show()
    entry.calendar_action.trigger()
    assert entry.popup is not None
    qtbot.waitUntil(entry.popup.isVisible)
    entry.popup.clicked.emit(QDate(2026, 5, 1))
    assert entry.value() == date(2026, 5, 1)
