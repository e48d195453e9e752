"""Reading the Statistics charts at a glance: figures under the pointer (charts and
heat map, French dates and numbers), an objective drawn on the charts' own days and
taken off with a second click, a network ticked draws its main figures, many charts
scroll instead of shrinking, the PNG holds them all."""

# ruff: noqa: F811  (the rich-plan fixtures are imported, then requested by name)
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip

from smplanner.services.statistics_hours import post_counts_of
from smplanner.ui.statistics.chart_series import day_seconds
from smplanner.ui.statistics.series_chart import MIN_PLOT_HEIGHT
from tests.ui.statistics.test_statistics_tab_display import (  # noqa: F401  (fixtures)
    make_tab,
    only,
    rich_plan,
    rich_plan_file,
    rich_tab,
    x_range,
)

NNBSP = "\u202f"  # the French thousands separator Qt writes


def _point_of(chart, plot, x: float) -> QPoint:  # type: ignore[no-untyped-def]
    low, high = plot.vb.viewRange()[1]
    scene = plot.vb.mapViewToScene(QPointF(x, (low + high) / 2))
    return chart.view.mapFromScene(scene)


def _rest_pointer(qtbot, chart, plot, x: float, shown) -> None:  # type: ignore[no-untyped-def]
    """Move the pointer onto day ``x`` of ``plot`` until ``shown()`` (a tick redraws
    the charts once more when Qt is done, which takes the reading away)."""

    def moved() -> bool:
        point = _point_of(chart, plot(), x)
        qtbot.mouseMove(chart.view.viewport(), point + QPoint(1, 0))  # a move Qt delivers
        qtbot.mouseMove(chart.view.viewport(), point)
        return bool(shown())

    qtbot.waitUntil(moved)


def _row_of(table, title: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == title)


def _click_row(qtbot, table, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_pointer_reads_a_days_figures_in_french(qtbot, french_ui, rich_plan):
    tab = make_tab(qtbot, rich_plan)
    only(tab, ("instagram", "followers"))
    chart = tab.chart
    day = date.today().replace(day=1)
    _rest_pointer(qtbot, chart, lambda: chart.plot, day_seconds(day), chart.hover.label.isVisible)
    first, second = chart.hover.text.split("\n")
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"]
    months += ["septembre", "octobre", "novembre", "décembre"]
    assert first == f"{day.day} {months[day.month - 1]} {day.year}"
    assert second.startswith("Instagram · abonnés : ")
    assert NNBSP in second  # 1 028, not 1,028

    # Off the plots, the reading goes away; and when the pointer leaves the charts.
    def left() -> bool:
        # Two moves, as in _rest_pointer: a single one may be merged away by a busy Qt.
        qtbot.mouseMove(chart.view.viewport(), QPoint(3, 2))
        qtbot.mouseMove(chart.view.viewport(), QPoint(2, 2))
        return not chart.hover.label.isVisible()

    qtbot.waitUntil(left)
    _rest_pointer(qtbot, chart, lambda: chart.plot, day_seconds(day), chart.hover.label.isVisible)
    QApplication.sendEvent(chart.view.viewport(), QEvent(QEvent.Type.Leave))
    assert not chart.hover.label.isVisible()


def test_a_weekly_chart_names_the_week(qtbot, french_ui, rich_plan):
    tab = make_tab(qtbot, rich_plan)
    only(tab, ("instagram", "reach"))
    tab.grouping.setCurrentIndex(tab.grouping.findData("week"))
    chart = tab.chart
    xs, _ = chart.lines[0].getOriginalDataset()
    text = chart.hover.show_at(chart.plot, float(xs[2]) + 86_400)  # a day off the point
    assert text.startswith("semaine du ") and "portée : " in text


def test_an_objective_is_drawn_on_the_charts_days_and_read_under_the_pointer(
    qtbot, french_ui, rich_plan
):
    tab = make_tab(qtbot, rich_plan)
    only(tab, ("instagram", "followers"), ("instagram", "reach"))
    before = x_range(tab)
    table = tab.objectives.table
    _click_row(qtbot, table, _row_of(table, "Faire connaître le pain au levain"))
    chart = tab.chart
    assert chart.objective_plot is not None
    assert x_range(tab) == before  # the date axis did not move
    # The objective's deadline is months ahead: it follows the charts' days anyway.
    assert chart.objective_plot.vb.viewRange()[0] == list(before)
    day = date.today().replace(day=1)
    _rest_pointer(
        qtbot, chart, lambda: chart.objective_plot, day_seconds(day), lambda: chart.hover.text
    )
    assert "Cible : 1" in chart.hover.text
    assert "Rythme attendu : " in chart.hover.text
    assert "Instagram · Abonnés : " in chart.hover.text


def test_the_charts_fill_the_view_after_a_change_of_selection(qtbot, rich_tab):
    only(rich_tab, ("instagram", "followers"), ("instagram", "reach"))
    table = rich_tab.objectives.table
    chart = rich_tab.chart

    def filled() -> bool:
        bottom = max(p.geometry().bottom() for p in chart.all_plots())
        return chart.view.height() - 40 < bottom <= chart.view.height()

    for title in ("Faire connaître le pain au levain", "Faire réagir autour du fournil"):
        _click_row(qtbot, table, _row_of(table, title))
        qtbot.waitUntil(filled)
        assert len(chart.all_plots()) == 3


def test_a_second_click_or_esc_takes_the_objective_off_the_chart(qtbot, rich_tab):
    table = rich_tab.objectives.table
    row = _row_of(table, "Faire connaître le pain au levain")
    _click_row(qtbot, table, row)
    assert rich_tab.chart.objective_plot is not None
    _click_row(qtbot, table, row)  # no Ctrl needed
    assert rich_tab.objectives.current() is None
    assert rich_tab.chart.objective_plot is None
    _click_row(qtbot, table, row)
    assert rich_tab.chart.objective_plot is not None
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert rich_tab.chart.objective_plot is None
    assert rich_tab.chart.legend.labels()[0] != "Instagram · Followers"


def test_ticking_a_network_draws_its_main_figures_then_all_then_none(qtbot, rich_tab):
    only(rich_tab)
    tree = rich_tab.series_tree
    linkedin = tree.network_item("linkedin")
    assert linkedin.childCount() > 20

    def click_box() -> None:
        rect = tree.tree.visualItemRect(linkedin)
        # The check box sits left of the text, after the branch indicator.
        box = QPoint(rect.left() + tree.tree.indentation() // 2 + 4, rect.center().y())
        with qtbot.waitSignal(tree.changed):
            qtbot.mouseClick(tree.tree.viewport(), Qt.MouseButton.LeftButton, pos=box)

    click_box()
    ticked = [key for key in tree.checked() if key[0] == "linkedin"]
    assert [m for _, m in ticked] == [
        linkedin.child(i).data(0, Qt.ItemDataRole.UserRole)[1] for i in range(4)
    ]
    assert linkedin.checkState(0) == Qt.CheckState.PartiallyChecked
    assert len(rich_tab.chart.plots) == 4
    click_box()
    assert len([k for k in tree.checked() if k[0] == "linkedin"]) == linkedin.childCount()
    assert linkedin.checkState(0) == Qt.CheckState.Checked
    # Twenty-odd charts scroll: none is squeezed into a strip.
    chart = rich_tab.chart
    qtbot.waitUntil(lambda: chart.scroll_area.verticalScrollBar().maximum() > 0)
    assert min(p.geometry().height() for p in chart.plots) >= MIN_PLOT_HEIGHT - 15
    click_box()
    assert not [k for k in tree.checked() if k[0] == "linkedin"]
    assert linkedin.checkState(0) == Qt.CheckState.Unchecked


def test_the_png_holds_every_chart_even_those_scrolled_away(qtbot, rich_tab, tmp_path):
    only(rich_tab, *[key for key in rich_tab.series_tree.all_keys() if key[0] == "linkedin"])
    chart = rich_tab.chart
    qtbot.waitUntil(lambda: chart.scroll_area.verticalScrollBar().maximum() > 0)
    path = tmp_path / "charts.png"
    assert chart.export_png(str(path))
    image = QImage(str(path))
    ratio = chart.devicePixelRatioF()
    assert image.height() / ratio > chart.scroll_area.viewport().height() + chart.legend.height()


def test_the_heat_map_says_day_hour_posts_and_mean_in_french(qtbot, french_ui, rich_plan):
    tab = make_tab(qtbot, rich_plan)
    tab.details.setCurrentWidget(tab.hours)
    panel = tab.hours
    panel.network.setCurrentIndex(panel.network.findData("instagram"))
    heat_map = panel.heat_map
    qtbot.waitUntil(heat_map.has_data)
    day, hour = next((d, h) for d in range(7) for h in range(24) if heat_map.grid[d][h] is not None)
    empty = next((d, h) for d in range(7) for h in range(24) if heat_map.grid[d][h] is None)
    centre = heat_map.cell_centre(day, hour)
    assert heat_map.cell_at(centre) == (day, hour)
    qtbot.mouseMove(heat_map, centre)
    QApplication.sendEvent(
        heat_map, QHelpEvent(QEvent.Type.ToolTip, centre, heat_map.mapToGlobal(centre))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    posts = heat_map.posts[day][hour]
    assert text.startswith(f"{days[day]}, {hour} h – {hour + 1} h : ")
    assert (f"{posts} publication" in text) and "taux d'engagement moyen " in text
    assert text.endswith(" %") and "," in text.rsplit(" ", 2)[-2]  # 12,6 %
    assert heat_map.describe(*empty).endswith(" : aucune publication")
    QToolTip.hideText()


def test_post_counts_add_up_per_cell_for_one_network_or_all() -> None:
    cells = {
        ("instagram", 1, 18): [24.0, 3.0],
        ("facebook", 1, 18): [5.0, 2.0],
        ("facebook", 5, 9): [1.0, 1.0],
    }
    assert post_counts_of(cells, "instagram")[1][18] == 3
    everything = post_counts_of(cells, None)
    assert everything[1][18] == 5 and everything[5][9] == 1
    assert sum(map(sum, everything)) == 6
