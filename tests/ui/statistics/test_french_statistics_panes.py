"""The Statistics tab's panes below the chart (Objectives to Imports), each opened on a
rich plan in French at 1366×768 as a community manager shows them to a client: no
English text, no text cut, and dates written the French way."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtWidgets import QTableWidget

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage.plan_file import create_plan
from tests import ui_walk
from tests.app.test_texts_fit import _clipped
from tests.deliverables_sample_plan import fill_rich_plan


@pytest.fixture
def french_statistics(qtbot, french_ui, window, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "Boulangerie Martin.smplan"
    plan = create_plan(path, PlanProperties("Boulangerie Martin", "bakery_food", language="fr"))
    fill_rich_plan(plan, date.today())
    plan.close()
    from smplanner.ui.main_window import MainWindow

    french = MainWindow(window.settings)
    qtbot.addWidget(french)
    french.resize(1366, 768)
    assert french.file_actions.open_path(path)
    french.show()
    qtbot.waitExposed(french)
    tabs = ui_walk.tab_widget(french)
    tabs.setCurrentIndex(2)
    page = tabs.currentWidget()
    statistics = getattr(page, "content", page)
    qtbot.waitUntil(lambda: getattr(statistics, "details", None) is not None)
    yield french, statistics
    french.release_plan()


def test_each_statistics_pane_speaks_french_with_nothing_cut(qtbot, french_statistics):  # type: ignore[no-untyped-def]
    _window, statistics = french_statistics
    details = statistics.details
    problems: list[str] = []
    for index in range(details.count()):
        details.setCurrentIndex(index)
        qtbot.wait(200)
        name = details.tabText(index)
        problems += [f"{name}: {p}" for p in ui_walk.english_texts(details.currentWidget())]
        problems += [f"{name}: {p}" for p in _clipped(details.currentWidget())]
    assert [details.tabText(i) for i in range(details.count())][-1] == "Imports"
    assert problems == [], "\n".join(problems)


def test_the_imports_log_writes_french_dates_and_no_stored_english(qtbot, french_statistics):  # type: ignore[no-untyped-def]
    _window, statistics = french_statistics
    table: QTableWidget = statistics.imports_table
    qtbot.waitUntil(lambda: table.rowCount() > 3)
    when = [table.item(row, 0).text() for row in range(table.rowCount())]
    sources = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", text) for text in when), when
    assert "Typed in" not in sources
    assert "Saisi à la main" in sources  # the rich plan types figures in
