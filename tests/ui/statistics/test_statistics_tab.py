"""The Statistics tab: import through the dialog, charts, posts, objectives, best hours."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from smplanner.services import statistics_queries as queries

EXPORTS = Path(__file__).parents[2] / "fixtures" / "exports"


@pytest.fixture
def tab(qtbot, plan):  # type: ignore[no-untyped-def]
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.statistics_tab import StatisticsTab

    document = PlanDocument(plan)
    widget = StatisticsTab(document)
    document.changed.connect(widget.on_changes)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def import_through_dialog(qtbot, tab, paths, *, skip=False):  # type: ignore[no-untyped-def]
    dialog = tab.open_import_dialog(paths)
    qtbot.waitUntil(lambda: not dialog.reading and len(dialog.previews) == len(paths))
    if skip:
        dialog.skip_bad_rows.setChecked(True)
    return dialog


def test_the_empty_tab_says_how_to_start(tab):
    assert tab.empty_label.isVisible()
    assert tab.series_tree.count() == 0 and tab.posts_model.rowCount() == 0


def test_importing_through_the_dialog_fills_charts_and_posts_in_one_undo_step(qtbot, tab, plan):
    paths = [EXPORTS / "tiktok_studio_export.zip", EXPORTS / "meta_facebook_posts.csv"]
    dialog = import_through_dialog(qtbot, tab, paths)
    kinds = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert any(kind.startswith("TikTok Studio: Content, Overview") for kind in kinds)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: tab.posts_model.rowCount() == 5)
    assert not tab.empty_label.isVisible()
    assert tab.series_tree.count() > 3 and tab.chart.lines  # default series drawn
    marks = {tab.posts_model.mark_at(row) for row in range(5)}
    assert marks == {"best", "worst", ""}
    document = tab._document
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert tab.posts_model.rowCount() == 0 and queries.imports(plan) == []
    document.undo_stack.redo()
    assert tab.posts_model.rowCount() == 5


def test_a_file_with_bad_rows_needs_the_skip_choice(qtbot, tab, tmp_path):
    source = (EXPORTS / "meta_instagram_posts.csv").read_bytes().decode("utf-8-sig")
    bad = tmp_path / "ig.csv"
    bad.write_text(source.replace(",2100,", ",lots,"), encoding="utf-8")
    dialog = import_through_dialog(qtbot, tab, [bad])
    assert 'row 2, column "Reach"' in dialog.table.item(0, 3).text()
    assert not dialog.import_button.isEnabled()
    dialog.skip_bad_rows.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: tab.posts_model.rowCount() == 1)


def test_a_file_that_is_not_an_export_is_listed_with_its_reason(qtbot, tab, tmp_path):
    junk = tmp_path / "notes.csv"
    junk.write_text("name,age\nBob,3\n")
    dialog = import_through_dialog(qtbot, tab, [junk])
    assert "generic CSV import" in dialog.table.item(0, 3).text()
    assert not dialog.import_button.isEnabled()


def test_weekly_aggregation_and_period_presets(qtbot, tab):
    dialog = import_through_dialog(qtbot, tab, [EXPORTS / "meta_facebook_follows_daily.csv"])
    dialog.import_button.click()
    qtbot.waitUntil(lambda: tab.series_tree.count() == 1)
    tab.series_tree.set_checked("facebook", "new_followers")
    (series,) = tab.chart_series()
    assert len(series.points) == 4
    tab.grouping.setCurrentIndex(tab.grouping.findData("week"))
    (series,) = tab.chart_series()
    # 2025-08-01 is a Friday: Fri-Sun in one week (3 + 0 + 5), Monday in the next (2).
    assert series.points == [(date(2025, 7, 28), 8.0), (date(2025, 8, 4), 2.0)]
    tab.period.setCurrentIndex(tab.period.findData("7"))
    assert tab.chart_series()[0].points == []  # 2025 is outside the last 7 days


def test_objective_progress_and_target_line(qtbot, tab, plan):
    from smplanner.services.strategy_edits import add_row

    add_row(
        plan,
        "objectives",
        {
            "kind": "awareness",
            "title": "1,500 TikTok followers",
            "network": "tiktok",
            "metric": "followers",
            "baseline": 1000.0,
            "target": 1500.0,
            "start": "2026-01-01",
            "deadline": "2099-12-31",
        },
    )
    dialog = import_through_dialog(qtbot, tab, [EXPORTS / "tiktok_studio_export.zip"])
    dialog.import_button.click()
    qtbot.waitUntil(lambda: tab.objectives.table.rowCount() == 1)
    shown = tab.objectives.table.item(0, 3).text()
    assert shown.replace(",", "").replace("\u202f", "").replace("\xa0", "") == "1230"
    assert tab.objectives.table.item(0, 5).text().startswith("On track")
    tab.objectives.table.selectRow(0)
    assert tab.chart.targets and tab.chart.targets[0].value() == 1500


def test_best_hours_feed_the_calendar_as_one_undo_step(qtbot, tab, plan):
    from smplanner.services.time_slots import effective_slots

    dialog = import_through_dialog(qtbot, tab, [EXPORTS / "tiktok_studio_export.zip"])
    dialog.import_button.click()
    qtbot.waitUntil(lambda: tab.hours.network.count() > 0)
    assert not tab.hours.heat_map.has_data()  # read only once shown
    tab.details.setCurrentWidget(tab.hours)
    tab.hours.network.setCurrentText("TikTok")
    assert tab.hours.heat_map.has_data() and "Fri 23h" in tab.hours.label.text()
    tab.hours.use_button.click()
    assert effective_slots(plan, "tiktok")[1] == "statistics"
    tab._document.undo_stack.undo()
    assert effective_slots(plan, "tiktok")[1] == "default"


def test_posts_table_filters_and_exports_csv(qtbot, tab, tmp_path):
    import io

    dialog = import_through_dialog(
        qtbot, tab, [EXPORTS / "meta_facebook_posts.csv", EXPORTS / "meta_instagram_posts.csv"]
    )
    dialog.import_button.click()
    qtbot.waitUntil(lambda: tab.posts_model.rowCount() == 5)
    tab.posts_filter.setText("instagram")
    qtbot.waitUntil(lambda: tab.posts_model.rowCount() == 2)  # once typing pauses
    buffer = io.StringIO()
    tab.posts_model.write_csv(buffer)  # every post, the filter aside
    text = buffer.getvalue()
    assert text.splitlines()[0].startswith("published,network") and len(text.splitlines()) == 6
    png = tmp_path / "chart.png"
    assert tab.chart.export_png(str(png)) and png.stat().st_size > 0


def test_the_tab_reads_french(qtbot, french_ui, plan):
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.statistics_tab import StatisticsTab

    widget = StatisticsTab(PlanDocument(plan))
    qtbot.addWidget(widget)
    assert widget.import_button.text() == "Importer des fichiers…"
    assert widget.details.tabText(2) == "Meilleures heures"


def test_file_import_statistics_opens_the_dialog_on_the_statistics_tab(qtbot, window, plan):
    from smplanner.ui.statistics.import_dialog import ImportDialog

    window.set_plan(plan)
    window.actions_.import_statistics.trigger()
    qtbot.waitUntil(lambda: window.findChild(ImportDialog) is not None)
    assert window.plan_view.tabs.currentIndex() == 2
    window.findChild(ImportDialog).reject()


def test_a_hidden_tab_reads_changed_figures_only_when_shown(qtbot, tab, plan):
    from smplanner.domain.stat_records import StatPost
    from smplanner.services.statistics_ingest import ingest

    tab.hide()
    result = ingest(
        plan,
        source_label="typed",
        source_kind="manual",
        posts=[StatPost("x", "", "1", text="Hello", metrics={"impressions": 10.0})],
    )
    tab.on_changes(result.changes)  # e.g. while the user moves posts in the calendar
    assert tab.posts_model.rowCount() == 0
    tab.show()
    qtbot.waitUntil(lambda: tab.posts_model.rowCount() == 1)
    assert not tab.empty_label.isVisible()
