"""What the Statistics tab shows on a rich plan: names not ids, a readable series
tree, told-apart lines on a sensible date axis, objectives' wording and widths."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from smplanner.storage.plan_file import PlanFile
from tests.deliverables_sample_plan import fill_rich_plan

DAY = 86_400


def make_tab(qtbot, plan, width=1200):  # type: ignore[no-untyped-def]
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.statistics_tab import StatisticsTab

    document = PlanDocument(plan)
    widget = StatisticsTab(document)
    document.changed.connect(widget.on_changes)
    qtbot.addWidget(widget)
    widget.resize(width, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture(scope="module")
def rich_plan_file(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """The rich plan built once (through the real services and importers: slow)."""
    from smplanner.domain.plan_properties import PlanProperties
    from smplanner.storage.plan_file import create_plan

    path = tmp_path_factory.mktemp("rich") / "Boulangerie Martin.smplan"
    plan = create_plan(path, PlanProperties("Boulangerie Martin", "bakery_food"))
    fill_rich_plan(plan, date.today())
    plan.close()
    return path


@pytest.fixture
def rich_plan(rich_plan_file, tmp_path) -> Iterator[PlanFile]:  # type: ignore[no-untyped-def]
    from smplanner.storage.plan_file import open_plan

    copy = tmp_path / rich_plan_file.name
    shutil.copyfile(rich_plan_file, copy)
    plan = open_plan(copy)
    yield plan
    plan.close()


@pytest.fixture
def rich_tab(qtbot, rich_plan):  # type: ignore[no-untyped-def]
    return make_tab(qtbot, rich_plan)


def only(tab, *keys: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    for key in tab.series_tree.all_keys():
        tab.series_tree.set_checked(*key, checked=key in keys)
    tab._draw_chart()


def x_range(tab) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    return tuple(tab.chart.plot.getViewBox().viewRange()[0])


def test_series_are_a_tree_of_network_names_with_useful_metrics_first(rich_tab):
    tree = rich_tab.series_tree.tree
    names = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert names == ["Facebook", "Instagram", "LinkedIn", "TikTok", "X (Twitter)", "YouTube"]
    linkedin = rich_tab.series_tree.network_item("linkedin")
    assert linkedin.childCount() > 20
    assert linkedin.child(0).text(0) == "impressions"  # before "clicks (organic)"...
    tiktok = rich_tab.series_tree.network_item("tiktok")
    assert tiktok.child(0).text(0) == "followers" and tiktok.child(1).text(0) == "views"
    # First look: followers and reach of the network with the longest history first.
    assert set(rich_tab.series_tree.checked()) >= {
        ("instagram", "followers"),
        ("instagram", "reach"),
    }
    assert len(rich_tab.series_tree.checked()) == 4
    assert not linkedin.isExpanded()  # nothing ticked there: folded


def test_the_search_box_keeps_the_matching_figures(rich_tab):
    rich_tab.series_tree.search.setText("visitors")
    tree = rich_tab.series_tree.tree
    shown = [
        (tree.topLevelItem(i).text(0), child.text(0))
        for i in range(tree.topLevelItemCount())
        if not tree.topLevelItem(i).isHidden()
        for child in (
            tree.topLevelItem(i).child(j) for j in range(tree.topLevelItem(i).childCount())
        )
        if not child.isHidden()
    ]
    assert shown == [("LinkedIn", "unique visitors")]
    rich_tab.series_tree.search.clear()
    assert not tree.topLevelItem(0).isHidden()


def test_ticking_a_network_ticks_its_metrics_and_redraws_once(qtbot, rich_tab):
    youtube = rich_tab.series_tree.network_item("youtube")
    with qtbot.waitSignal(rich_tab.series_tree.changed):
        youtube.setCheckState(0, Qt.CheckState.Checked)
    assert all(youtube.child(i).checkState(0) == Qt.CheckState.Checked for i in range(3))
    assert ("youtube", "views") in rich_tab.series_tree.checked()
    assert any(line.name() == "YouTube · views" for line in rich_tab.chart.lines)


def test_a_two_day_series_gets_a_week_of_dates_and_a_marker_per_day(rich_tab):
    only(rich_tab, ("facebook", "followers"))
    low, high = x_range(rich_tab)
    assert high - low >= 6 * DAY  # days on the axis, not hours or seconds
    assert low > 1.7e9  # Unix seconds of 2026, not day numbers
    (line,) = rich_tab.chart.lines
    assert line.opts["symbol"] == "o"
    assert rich_tab.chart.legend.labels() == ["Facebook"]


def test_a_chosen_period_is_the_date_axis(rich_tab):
    rich_tab.period.setCurrentIndex(rich_tab.period.findData("custom"))
    rich_tab.start_edit.setDate(QDate(2026, 9, 1))
    rich_tab.end_edit.setDate(QDate(2026, 10, 31))
    low, high = x_range(rich_tab)
    from smplanner.ui.statistics.chart_series import day_seconds

    assert low <= day_seconds(date(2026, 9, 1)) and high >= day_seconds(date(2026, 10, 31))
    assert high - low < 70 * DAY


def test_one_chart_tells_a_networks_metrics_apart(rich_tab):
    rich_tab.split.setChecked(False)
    only(rich_tab, ("facebook", "followers"), ("facebook", "reach"))
    followers, reach = rich_tab.chart_series()
    assert followers.name == "Facebook · followers" and reach.name == "Facebook · reach"
    assert followers.color != reach.color and followers.dash != reach.dash
    assert len(rich_tab.chart.plots) == 1
    pens = [line.opts["pen"] for line in rich_tab.chart.lines]
    assert pens[0].style() != pens[1].style()


def test_one_chart_per_metric_with_the_legend_below_the_data(qtbot, rich_tab):
    only(rich_tab, ("facebook", "followers"), ("instagram", "followers"), ("instagram", "reach"))
    assert rich_tab.split.isChecked()
    chart = rich_tab.chart
    assert [plot.titleLabel.text for plot in chart.plots] == ["followers", "reach"]
    assert chart.legend.labels() == ["Facebook", "Instagram"]
    assert chart.legend.geometry().top() >= chart.scroll_area.geometry().bottom()  # not over lines

    def y_range(plot):  # type: ignore[no-untyped-def]
        return plot.getViewBox().viewRange()[1]

    # Followers (~800-1,500) and reach (~300-540) each get their own y scale.
    qtbot.waitUntil(lambda: y_range(chart.plots[0])[0] > 700 and y_range(chart.plots[1])[1] < 1000)
    assert y_range(chart.plots[0])[1] > 1500 and y_range(chart.plots[1])[0] < 300


def test_objectives_read_names_kpi_labels_and_reached(rich_tab):
    table = rich_tab.objectives.table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(6)] for r in range(3)}
    fournil = rows["Faire réagir autour du fournil"]
    assert fournil[1:3] == ["Facebook", "Engagement rate (%)"]
    assert fournil[3] == "5 % (on reach)"  # a rate shows its unit
    assert fournil[5] == "Reached (100 %)"  # 4.997 % against 5 %
    assert rows["Faire connaître le pain au levain"][1:3] == ["Instagram", "Followers"]
    assert rows["Faire connaître le pain au levain"][5] == "On track (59 %)"


def test_objectives_read_french(qtbot, french_ui, rich_plan):
    tab = make_tab(qtbot, rich_plan)
    table = tab.objectives.table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(6)] for r in range(3)}
    assert rows["Faire connaître le pain au levain"][2] == "Abonnés"
    assert rows["Faire réagir autour du fournil"][2:4] == [
        "Taux d'engagement (%)",
        "5 % (sur la portée)",
    ]
    assert rows["Faire réagir autour du fournil"][5] == "Atteint (100 %)"
    assert tab.series_tree.network_item("instagram").child(0).text(0) == "abonnés"
    assert "2026" in tab.start_edit.text()


def test_the_objective_titles_get_the_room(rich_tab):
    table = rich_tab.objectives.table
    title = "Amener les recruteurs vers la page Carrières"
    needed = table.fontMetrics().horizontalAdvance(title)
    assert table.columnWidth(0) > needed
    assert table.columnWidth(5) < table.columnWidth(0)
    progress = table.fontMetrics().horizontalAdvance(table.item(1, 5).text())
    assert table.columnWidth(5) >= progress


def test_selecting_an_objective_draws_its_target_and_pace(qtbot, rich_tab):
    table = rich_tab.objectives.table
    row = next(
        r for r in range(3) if table.item(r, 0).text() == "Faire connaître le pain au levain"
    )
    table.selectRow(row)
    chart = rich_tab.chart
    assert chart.objective_plot is not None
    assert chart.targets[0].value() == 1200
    assert "On track (59 %)" in chart.objective_plot.titleLabel.text
    assert chart.legend.labels()[:3] == ["Instagram · Followers", "Expected pace", "Target: 1,200"]
    low, high = chart.objective_plot.getViewBox().viewRange()[1]
    assert low <= 800 and high >= 1200  # starting value and target both in view


def test_period_dates_have_four_digit_years(rich_tab):
    assert "yyyy" in rich_tab.start_edit.displayFormat()
    rich_tab.start_edit.setDate(QDate(2026, 10, 29))
    assert rich_tab.start_edit.text() == "10/29/2026"


def test_posts_and_best_hours_name_the_networks(rich_tab):
    shown = {
        rich_tab.posts_model.index(r, 1).data() for r in range(rich_tab.posts_model.rowCount())
    }
    assert "Instagram" in shown and "instagram" not in shown
    combo = rich_tab.hours.network
    assert combo.findText("LinkedIn") >= 0 and combo.findData("linkedin") >= 0


def test_the_statistics_tab_fits_a_1024_pixel_window_in_french(qtbot, french_ui, rich_plan):
    tab = make_tab(qtbot, rich_plan, width=900)
    assert tab.import_button.text() == "Importer des fichiers…"
    assert tab.minimumSizeHint().width() <= 1000
