"""Key dates on the Calendar tab: the day lines of the month, the week's header, the
public holiday as a day off, their sources in the tooltip, and the Settings choices
(shown, Alsace-Moselle) as undoable plan settings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMenu

from smplanner.services import calendar_key_dates
from smplanner.services.calendar_key_dates import KeyDateSettings
from smplanner.ui.calendar import grid_painting as look


def _choose(qtbot, button, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click the button and, in the menu that pops up, the entry named ``text``."""
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


def _has_colour(image, rect, colour: QColor) -> bool:  # type: ignore[no-untyped-def]
    wanted = colour.rgb()
    return any(
        image.pixel(x, y) == wanted
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
    )


def test_the_month_shows_holidays_as_days_off_with_their_names(calendar_tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = calendar_tab
    tab.period.go_to(date(2026, 11, 10))
    view = tab.month_view
    model = view.cells_model()
    row = next(i for i, c in enumerate(model.cells) if c.day == date(2026, 11, 11))
    plain = next(i for i, c in enumerate(model.cells) if c.day == date(2026, 11, 12))
    assert view.key_date_names(date(2026, 11, 11)) == ["Armistice Day"]
    assert view.cell_background(row) == look.WEEKEND  # a day off
    assert view.cell_background(plain) == look.CELL_BACKGROUND
    # The name is painted in the holiday colour on the cell's day line.
    image = view.viewport().grab().toImage()
    cell = view.grid().cell_rect(row)
    line = cell.adjusted(0, 0, 0, view.grid().day_header_height - cell.height())
    assert _has_colour(image, line, look.HOLIDAY_TEXT)
    assert not _has_colour(image, view.grid().cell_rect(plain), look.HOLIDAY_TEXT)
    # Black Friday is not a bakery's date (the test plan is a bakery).
    assert view.key_date_names(date(2026, 11, 27)) == []
    # Hovering the day line tells where the date comes from.
    day = view.day_line_at(line.center())
    assert day == date(2026, 11, 11)
    assert "Code du travail, art. L3133-1" in view.key_date_tooltip(day)


def test_the_week_header_names_the_key_dates(calendar_tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = calendar_tab
    tab.period.go_to(date(2026, 12, 24))
    qtbot.keyClicks(tab.view_combo, "Week")
    assert tab.week_view is not None and tab.week_view.isVisible()
    view = tab.week_view
    assert view.key_date_names(date(2026, 12, 25)) == ["Christmas Day"]
    assert view.key_date_names(date(2026, 12, 24)) == ["Christmas Eve"]
    image = view.viewport().grab().toImage()
    header = view.grid().column_rect(4)  # Friday 25
    assert _has_colour(image, header, look.HOLIDAY_TEXT.darker(130))
    assert view.day_line_at(header.center()) == date(2026, 12, 25)


def test_alsace_moselle_and_hiding_are_plan_settings_undone_in_one_step(
    calendar_tab, plan, qtbot
) -> None:  # type: ignore[no-untyped-def]
    tab = calendar_tab
    tab.period.go_to(date(2026, 12, 10))
    view = tab.month_view
    st_stephen = date(2026, 12, 26)
    assert view.key_date_names(st_stephen) == []
    _choose(qtbot, tab.toolbar.settings_button, "Alsace-Moselle public holidays")
    assert calendar_key_dates.key_date_settings(plan) == KeyDateSettings(alsace_moselle=True)
    assert view.key_date_names(st_stephen) == ["St Stephen's Day (Alsace-Moselle)"]
    assert tab.key_dates.alsace_action.isChecked()
    stack = tab.document.undo_stack
    assert stack.undoText() == "Key dates on the calendar"
    stack.undo()
    assert view.key_date_names(st_stephen) == []
    assert not tab.key_dates.alsace_action.isChecked()

    _choose(qtbot, tab.toolbar.settings_button, "Show key dates (holidays, sales…)")
    assert view.key_date_names(date(2026, 12, 25)) == []
    assert not tab.key_dates.alsace_action.isEnabled()
    stack.undo()
    assert view.key_date_names(date(2026, 12, 25)) == ["Christmas Day"]


def test_in_french_the_dates_have_their_french_names(french_ui, calendar_tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = calendar_tab.month_view
    assert view.key_date_names(date(2026, 5, 31)) == ["Fête des mères"]
    texts = [a.text() for a in calendar_tab.toolbar.settings_button.menu().actions()]
    assert "Jours fériés d'Alsace-Moselle" in texts
