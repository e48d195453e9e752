"""The retro-planning dialog plans backwards from a key date: the CM picks Father's Day
from the plan's coming key dates, sees the steps and the key dates of those weeks on
the timeline (in French: "J-21"), and OK makes the posts named after the key date."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from smplanner.domain.retroplanning import template
from smplanner.services import calendar_queries
from smplanner.ui.calendar.retroplanning_dialog import RetroPlanningDialog


def _pick(qtbot, combo, starts: str) -> None:  # type: ignore[no-untyped-def]
    """Walk the combo down with the keyboard to the first entry starting with ``starts``."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentText().startswith(starts):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"no entry {starts!r} in {combo.currentText()!r}")


def test_fathers_day_in_french_with_the_steps_leading_to_it(  # type: ignore[no-untyped-def]
    calendar_tab, qtbot, french_ui
) -> None:
    dialog = RetroPlanningDialog(calendar_tab.dialogs.planning(), today=date(2026, 5, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    _pick(qtbot, dialog.key_date, "Fête des pères")
    assert dialog.key_date.currentText() == "Fête des pères — 21 juin 2026"
    assert dialog.event_day() == date(2026, 6, 21)
    assert dialog.title.text() == "Fête des pères"
    lines = dialog.timeline.lines()
    assert ("dim. 21 juin 2026", "J", "Fête des pères", "Temps fort") in lines
    assert ("dim. 31 mai 2026", "J-21", "Teasing", "Publication à préparer") in lines
    assert ("dim. 31 mai 2026", "J-21", "Fête des mères", "Temps fort") in lines
    assert ("dim. 28 juin 2026", "J+7", "Bilan", "Publication à préparer") in lines
    # Its source is one hover away.
    row = [line[2] for line in lines].index("Fête des pères")
    item = dialog.timeline.topLevelItem(row)
    assert item is not None and "wikipedia.org" in item.toolTip(2)
    assert item.toolTip(2).startswith("Troisième dimanche de juin")  # in French
    # On a 1366 px laptop every name reads whole (they were cut to "Beaujolais…"); the
    # offscreen screen is 800 px wide, so the dialog is given the laptop's width here.
    from PySide6.QtGui import QFontMetrics

    dialog.resize(1366 - 40, dialog.height())
    qtbot.waitUntil(lambda: dialog.width() == 1366 - 40)
    timeline = dialog.timeline
    for number in range(timeline.topLevelItemCount()):
        line = timeline.topLevelItem(number)
        assert line is not None
        needed = QFontMetrics(line.font(2)).horizontalAdvance(line.text(2))
        assert needed <= timeline.columnWidth(2) - 6, (line.text(2), timeline.columnWidth(2))
    # Another template redraws the timeline for its own steps (D-30 ... D+2).
    _pick(qtbot, dialog.template, "Événement")
    offsets = [line[1] for line in dialog.timeline.lines() if line[3] == "Publication à préparer"]
    assert offsets == ["J-30", "J-10", "J-2", "J", "J+2"]
    # A title typed by the CM stays when the day changes.
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Portes ouvertes")
    _pick(qtbot, dialog.key_date, "Fête de la musique")
    assert dialog.title.text() == "Portes ouvertes"


def test_ok_makes_the_posts_named_after_the_chosen_key_date(  # type: ignore[no-untyped-def]
    calendar_tab, qtbot
) -> None:
    today = date.today()
    dialog = RetroPlanningDialog(calendar_tab.dialogs.planning(), today=today)
    qtbot.addWidget(dialog)
    dialog.show()
    # The first key date far enough ahead that no step falls in the past.
    launch = template("product_launch")
    dialog.key_date.setFocus()
    while dialog.event_day() - timedelta(days=22) < today or dialog.key_date.currentData() is None:
        qtbot.keyClick(dialog.key_date, Qt.Key.Key_Down)
    name = dialog.title.text()
    assert name and dialog.key_date.currentText().startswith(name + " — ")
    for check in dialog.networks:
        if check.isChecked() != (check.property("network") == "instagram"):
            qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    assert dialog.chosen_networks() == ["instagram"]
    event_day = dialog.event_day()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    made = [
        p
        for p in calendar_queries.posts_between(
            calendar_tab.plan, event_day - timedelta(days=30), event_day + timedelta(days=10)
        )
        if p.title.startswith(name + " — ")
    ]
    assert len(made) == len(launch.steps)
    assert {p.network for p in made} == {"instagram"}
    calendar_tab.document.undo_stack.undo()
    assert not [
        p
        for p in calendar_queries.posts_between(
            calendar_tab.plan, event_day - timedelta(days=30), event_day + timedelta(days=10)
        )
        if p.title.startswith(name + " — ")
    ]
