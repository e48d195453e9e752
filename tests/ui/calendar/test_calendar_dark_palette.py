"""Under a dark theme the calendar draws with the palette: dark cells, light text.

The month and week grids paint themselves (no style sheet reaches them), so each of
their fills and pens must follow the palette's Base colour; a white cell or a dark
weekday name on the dark header is what a user of a dark desktop saw before.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts

PARIS = ZoneInfo("Europe/Paris")


def _dark(widget) -> None:  # type: ignore[no-untyped-def]
    palette = QPalette(widget.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    widget.setPalette(palette)


def _lightest(image: QImage, rect: QRect) -> int:
    ratio = image.devicePixelRatio()
    return max(
        QColor(image.pixel(int(x * ratio), int(y * ratio))).lightness()
        for x in range(rect.left(), rect.right(), 2)
        for y in range(rect.top(), rect.bottom(), 2)
    )


def test_the_month_grid_draws_dark_cells_and_a_readable_header(calendar_tab, qtbot) -> None:
    grid = calendar_tab.month_view
    light = grid.grab().toImage()
    cell = grid.grid().cell_rect(10).center()  # an October weekday with no post
    assert QColor(light.pixel(cell)).lightness() > 200
    _dark(grid)
    grid.viewport().update()
    dark = grid.grab().toImage()
    assert QColor(dark.pixel(cell)).lightness() < 80
    header = grid.grid().column_rect(0)  # "lundi" on the window colour
    header = QRect(header.left(), 0, header.width(), grid.grid().header_height)
    assert _lightest(dark, header) > 180  # light text, not dark on dark


def test_the_week_grid_shades_slots_dark_under_a_dark_theme(calendar_tab, plan, qtbot) -> None:
    draft = PostDraft(
        "instagram", "Fournée", scheduled_at=datetime(2026, 10, 14, 18, 0, tzinfo=PARIS)
    )
    calendar_tab.on_changes(calendar_posts.create_posts(plan, [draft])[1])
    calendar_tab.view_combo.setCurrentIndex(1)  # Semaine
    week = calendar_tab.week_view
    assert week is not None
    qtbot.waitUntil(week.isVisible)
    light = week.viewport().grab().toImage()
    _dark(week)
    week.viewport().update()
    dark = week.viewport().grab().toImage()
    offset = week.verticalScrollBar().value()
    fills_light, fills_dark = set(), set()
    for row in range(len(week.cells_model().cells)):
        rect = week.grid().cell_rect(row).translated(0, -offset)
        if rect.top() < week.grid().header_height or rect.bottom() > dark.height() - 2:
            continue
        fills_light.add(QColor(light.pixel(rect.left() + 3, rect.top() + 3)).name())
        colour = QColor(dark.pixel(rect.left() + 3, rect.top() + 3))
        assert colour.lightness() < 110, (row, colour.name())
        fills_dark.add(colour.name())
    assert len(fills_light) > 2  # the recommended hours are shaded ...
    assert len(fills_dark) > 2  # ... and still told apart under the dark theme


def test_the_statistics_charts_follow_a_dark_palette(qtbot) -> None:
    from smplanner.ui.statistics.series_chart import SeriesChart

    chart = SeriesChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.show()
    qtbot.waitExposed(chart)
    light = chart.view.grab().toImage()
    assert QColor(light.pixel(5, 5)).lightness() > 240  # white paper by default
    _dark(chart)
    dark = chart.view.grab().toImage()
    assert QColor(dark.pixel(5, 5)).lightness() < 60
    axis = chart.plot.getAxis("left")
    assert axis.textPen().color().lightness() > 150  # light figures on the dark base
