"""One paint pass of a CalendarGridView: only the cells that meet the dirty rectangle.

Kept apart from the view's interaction code; the looks themselves are in
grid_painting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen

from smplanner.ui.calendar import grid_day_line as day_look
from smplanner.ui.calendar import grid_painting as look
from smplanner.ui.calendar.card_label_chips import chip_colours
from smplanner.ui.calendar.grid_layout import COLUMNS

if TYPE_CHECKING:
    from smplanner.ui.calendar.calendar_grid_view import CalendarGridView
    from smplanner.ui.calendar.grid_drag_drop import Ghost


def paint_grid(view: CalendarGridView, painter: QPainter, dirty: QRect) -> None:
    model = view.cells_model()
    grid = view.grid()
    selected = {
        post.id
        for post in (model.post_at(i) for i in view.selectionModel().selectedIndexes())
        if post is not None
    }
    warnings = model.warnings
    metrics = view.fonts.metrics
    cards = view.card_cache
    ratio = view.devicePixelRatioF()
    palette = view.palette()
    dark = look.is_dark(palette)
    highlight = view.highlight
    thumbnails = view.thumbnails
    label_colours = model.label_colours
    for row, cell in enumerate(model.cells):
        rect = grid.cell_rect(row)
        if not rect.intersects(dirty):
            continue
        background = look.themed(view.cell_background(row), palette)
        painter.fillRect(rect, background)
        painter.setPen(look.themed(look.GRID_LINE, palette))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if not view.week:
            day_line = QRect(rect.left(), rect.top(), rect.width(), grid.day_header_height)
            day_look.paint_day_number(
                painter,
                day_line,
                view.locale_day_label(cell.day),
                today=cell.day == view.today,
                in_month=view.month is None or cell.day.month == view.month,
                campaigns=", ".join(view.campaign_names(cell.day)),
                key_dates=", ".join(view.key_date_names(cell.day)),
                holiday=view.public_holiday(cell.day),
                metrics=metrics,
                palette=palette,
            )
        if not view.week and cell.day.weekday() == 0:
            week = view.week_label(cell.day.isocalendar().week)
            day_look.paint_week_number(painter, rect, week, palette)
        posts = model.posts_in(row)
        shown = grid.shown_cards(rect, len(posts))
        painter.save()
        painter.setClipRect(rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for position in range(shown):
            post = posts[position]
            card = grid.card_rect(rect, position)
            cards.paint(
                painter,
                card,
                post,
                warnings=len(warnings.get(post.id, ())),
                selected=post.id in selected,
                fonts=view.fonts,
                ratio=ratio,
                chips=chip_colours(post, label_colours),
            )
            picture = thumbnails(post) if thumbnails is not None and post.media else None
            if picture is not None:
                warned = bool(warnings.get(post.id))
                look.paint_card_thumbnail(painter, card, picture, warned=warned)
            if highlight is not None:
                look.paint_search_mark(painter, card, highlight(post), palette)
        if shown < len(posts):
            hidden = [p.id for p in posts[shown:]]  # a busy day of a large plan hides ~40
            more = grid.card_rect(rect, shown)
            if selected and not selected.isdisjoint(hidden):
                painter.fillRect(more, look.SELECTED_OUTLINE.lighter(170))
            warned = any(map(warnings.get, hidden))
            look.paint_more(
                painter, more, view.more_text(len(hidden)), warned=warned, dark=dark, ratio=ratio
            )
        painter.restore()
    if view.ghost is not None:
        _paint_ghost(view, painter, view.ghost)
    if view.week:
        _paint_hour_gutter(view, painter, dirty)
    _paint_header(view, painter, dirty)


def _paint_ghost(view: CalendarGridView, painter: QPainter, ghost: Ghost) -> None:
    """The card being dragged, where and when it would land, drawn half-transparent."""
    rect = view.ghost_rect(ghost)
    post = view.ghost_post(ghost)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(0.8)
    if post is not None:
        painter.setFont(view.fonts.normal)
        look.paint_card(painter, rect, post, warnings=0, selected=False, fonts=view.fonts)
    painter.setOpacity(1.0)
    pen = QPen(look.SELECTED_OUTLINE, 1.5, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 3, 3)
    if ghost.count > 1:  # several posts dragged: say how many land there
        badge = f"×{ghost.count}"
        width = view.fonts.metrics.horizontalAdvance(badge) + 8
        corner = QRect(rect.right() - width, rect.top(), width, rect.height())
        painter.fillRect(corner, look.SELECTED_OUTLINE)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(corner, Qt.AlignmentFlag.AlignCenter, badge)
    painter.restore()


def _paint_header(view: CalendarGridView, painter: QPainter, dirty: QRect) -> None:
    grid = view.grid()
    header = QRect(0, 0, grid.width, grid.header_height)
    if not header.intersects(dirty):
        return
    painter.fillRect(header, view.palette().color(QPalette.ColorRole.Window))
    locale = QLocale()
    model = view.cells_model()
    for column in range(COLUMNS):
        rect = grid.column_rect(column)
        if column >= len(model.cells):
            break
        day = model.cells[column].day
        today = view.week and day == view.today
        painter.setFont(view.fonts.bold if today else view.fonts.normal)
        painter.setPen(look.TODAY_ACCENT if today else look.themed(look.DAY_NUMBER, view.palette()))
        if view.week:
            top = QRect(rect.left(), rect.top() + 2, rect.width(), rect.height() // 2)
            painter.drawText(
                top,
                Qt.AlignmentFlag.AlignCenter,
                locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM"),
            )
            key_dates = view.key_date_names(day)
            names = " · ".join([*key_dates, *view.campaign_names(day)])
            if names:
                dark = look.is_dark(view.palette())
                holiday = view.public_holiday(day)
                accent = day_look.key_date_colour(holiday) if key_dates else look.CAMPAIGN
                painter.setPen(look.themed(accent, view.palette()) if dark else accent.darker(130))
                bottom = QRect(rect.left() + 2, top.bottom(), rect.width() - 4, rect.height() // 2)
                painter.drawText(
                    bottom,
                    Qt.AlignmentFlag.AlignCenter,
                    view.fonts.metrics.elidedText(
                        names, Qt.TextElideMode.ElideRight, bottom.width()
                    ),
                )
        else:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, locale.dayName(day.isoweekday()))
    painter.setFont(view.fonts.normal)
    painter.setPen(look.themed(look.GRID_LINE, view.palette()))
    painter.drawLine(header.bottomLeft(), header.bottomRight())


def _paint_hour_gutter(view: CalendarGridView, painter: QPainter, dirty: QRect) -> None:
    grid = view.grid()
    gutter = QRect(0, grid.header_height, grid.gutter_width, grid.height - grid.header_height)
    if not gutter.intersects(dirty):
        return
    painter.fillRect(gutter, view.palette().color(QPalette.ColorRole.Window))
    painter.setPen(look.DAY_NUMBER_OTHER)
    cells = view.cells_model().cells
    for row in range(grid.rows):
        if row * COLUMNS >= len(cells):
            break
        hour = cells[row * COLUMNS].hour or 0
        cell = grid.cell_rect(row * COLUMNS)
        label = QRect(0, cell.top() + 2, grid.gutter_width - 6, view.fonts.metrics.height())
        if label.bottom() > grid.header_height:
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{hour:02d}:00"
            )
