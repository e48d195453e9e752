"""Drag and drop of the calendar grid: drag the selected cards, find the drop cell.

A mixin of CalendarGridView (kept apart so that each file has one job). The drop
itself is the model's: dropMimeData hands the post ids and the cell to a service.
In the week grid a drop lands at the pointer's quarter-hour (an hour row has four),
and while dragging, from the grid or from the ideas, a ghost card shows where the
post will go and at what time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView

from smplanner.domain.post_refs import PostRef
from smplanner.ui.calendar import grid_painting as look
from smplanner.ui.calendar.cells_model import CalendarCellsModel
from smplanner.ui.calendar.grid_layout import GridLayout
from smplanner.ui.calendar.post_mime import decode_post_ids

QUARTERS = 4  # drop positions in an hour row of the week grid (every 15 minutes)


@dataclass(frozen=True)
class Ghost:
    """Where a drag would land: the cell, the quarter-hour (week grid) and the post
    as it would be there (its new time), None when not known (another view's ids)."""

    row: int
    minute: int | None
    post: PostRef | None
    count: int
    landing: datetime | None = None  # an idea on a day: where the drop will put it


class GridDragAndDrop(QAbstractItemView):
    """The drag-and-drop half of CalendarGridView, which provides what is declared here."""

    week: bool
    fonts: look.CardFonts
    _drop_row: int | None
    ghost: Ghost | None
    # The dragged post, looked up by id once per drag (ideas are not in the grid).
    ghost_lookup: Callable[[int], PostRef | None]
    # Where an idea dropped on a day lands (the drop service's best hour), for its ghost.
    ghost_landing: Callable[[PostRef, date], datetime | None]
    _ghost_source: tuple[list[int], PostRef | None] | None

    def cells_model(self) -> CalendarCellsModel:
        raise NotImplementedError

    def grid(self) -> GridLayout:
        raise NotImplementedError

    def _update_rows(self, rows: set[int]) -> None:
        raise NotImplementedError

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Drag every selected post of the shared selection, wherever it is shown."""
        selection = self.selectionModel()
        indexes = [
            i for i in selection.selectedIndexes() if i.flags() & Qt.ItemFlag.ItemIsDragEnabled
        ]
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.cells_model().mimeData(indexes))
        drag.setPixmap(self._drag_pixmap(indexes))
        # The view never removes source rows: the service's change notice repaints.
        drag.exec(supportedActions, Qt.DropAction.MoveAction)

    def _drag_pixmap(self, indexes: list[QModelIndex]) -> QPixmap:
        post = self.cells_model().post_at(indexes[0])
        width = min(260, max(120, self.grid().column_left(1) - self.grid().column_left(0)))
        height = self.grid().card_height
        pixmap = QPixmap(width, height)
        pixmap.fill(Qt.GlobalColor.transparent)
        if post is not None:
            painter = QPainter(pixmap)
            painter.setFont(self.fonts.normal)
            look.paint_card(
                painter,
                QRect(0, 0, width, height),
                post,
                warnings=0,
                selected=len(indexes) > 1,
                fonts=self.fonts,
            )
            painter.end()
        return pixmap

    @staticmethod
    def _drop_action(event: QDropEvent) -> Qt.DropAction:
        copy = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if copy or event.dropAction() == Qt.DropAction.CopyAction:
            return Qt.DropAction.CopyAction
        return Qt.DropAction.MoveAction

    def _set_drop_row(self, row: int | None) -> None:
        if row != self._drop_row:
            old, self._drop_row = self._drop_row, row
            self._update_rows({r for r in (old, row) if r is not None})

    def drop_minute(self, point: QPoint, row: int) -> int | None:
        """The quarter-hour under ``point`` in a week cell (0, 15, 30, 45); None in
        the month grid, where a post keeps its time of day."""
        if not self.week:
            return None
        cell = self.grid().cell_rect(row)
        quarter = (point.y() - cell.top()) * QUARTERS // max(1, cell.height())
        return int(min(QUARTERS - 1, max(0, quarter))) * (60 // QUARTERS)

    def ghost_rect(self, ghost: Ghost) -> QRect:
        """Where the ghost card is drawn: at its minute in a week cell, else after the
        day's cards (on the last line when the day is full)."""
        grid = self.grid()
        cell = grid.cell_rect(ghost.row)
        if self.week:
            top = cell.top() + (ghost.minute or 0) * cell.height() // 60
            top = min(top, cell.bottom() - grid.card_height)
            return QRect(cell.left() + 3, top, cell.width() - 6, grid.card_height)
        count = len(self.cells_model().posts_in(ghost.row))
        return grid.card_rect(cell, max(0, min(count, grid.capacity(cell) - 1)))

    def ghost_post(self, ghost: Ghost) -> PostRef | None:
        """The dragged post with the time it would get there, for the ghost card."""
        post, cell = ghost.post, self.cells_model().cells[ghost.row]
        if post is None:
            return None
        if cell.hour is not None:
            zone = post.scheduled_at.tzinfo if post.scheduled_at else None
            minute = ghost.minute if ghost.minute is not None else 0
            when = datetime.combine(cell.day, time(cell.hour, minute), zone)
            return replace(post, scheduled_at=when)
        if post.scheduled_at is not None:
            return replace(
                post, scheduled_at=datetime.combine(cell.day, post.scheduled_at.timetz())
            )
        # An idea: the hour the drop will pick for it.
        return replace(post, scheduled_at=ghost.landing) if ghost.landing is not None else post

    def _set_ghost(self, ghost: Ghost | None) -> None:
        if ghost != self.ghost:
            old, self.ghost = self.ghost, ghost
            rows = {g.row for g in (old, ghost) if g is not None}
            self._update_rows(rows)
            for shown in (old, ghost):  # near a cell's edge it overlaps the next row
                if shown is not None:
                    self.viewport().update(self.ghost_rect(shown).adjusted(-2, -2, 2, 2))

    def _dragged(self, ids: list[int]) -> PostRef | None:
        if self._ghost_source is None or self._ghost_source[0] != ids:
            self._ghost_source = (ids, self.ghost_lookup(ids[0]) if ids else None)
        return self._ghost_source[1]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if decode_post_ids(event.mimeData(), self.cells_model().plan_key):
            event.setDropAction(self._drop_action(event))
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        point = event.position().toPoint()
        row = self.grid().cell_at(point, self.cells_model().rowCount())
        ids = decode_post_ids(event.mimeData(), self.cells_model().plan_key)
        if row is None or not ids:
            self._set_drop_row(None)
            self._set_ghost(None)
            event.ignore()
            return
        self._set_drop_row(row)
        post = self._dragged(ids)
        landing = None
        if post is not None and post.scheduled_at is None and not self.week:
            # Asked once per day crossed, not at every move of the pointer.
            ghost, cell = self.ghost, self.cells_model().cells[row]
            if ghost is not None and ghost.row == row:
                landing = ghost.landing
            else:
                landing = self.ghost_landing(post, cell.day)
        self._set_ghost(Ghost(row, self.drop_minute(point, row), post, len(ids), landing))
        if self.week:  # near an edge: scroll towards the hours out of sight
            bar = self.verticalScrollBar()
            if point.y() < self.grid().header_height + 16:
                bar.setValue(bar.value() - bar.singleStep())
            elif point.y() > self.viewport().height() - 16:
                bar.setValue(bar.value() + bar.singleStep())
        event.setDropAction(self._drop_action(event))
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_drop_row(None)
        self._set_ghost(None)
        self._ghost_source = None
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        """Hand the ids and the cell under the pointer to the model (a service call)."""
        self._set_drop_row(None)
        self._set_ghost(None)
        self._ghost_source = None
        model = self.cells_model()
        point = event.position().toPoint()
        row = self.grid().cell_at(point, model.rowCount())
        if row is None:
            event.ignore()
            return
        action = self._drop_action(event)
        target = model.index(row, 0)
        if not model.canDropMimeData(event.mimeData(), action, -1, -1, target):
            event.ignore()
            return
        model.drop_minute = self.drop_minute(point, row)
        try:
            model.dropMimeData(event.mimeData(), action, -1, -1, target)
        finally:
            model.drop_minute = None
        event.setDropAction(action)
        event.accept()
