"""Drag and drop of the calendar grid: drag the selected cards, find the drop cell.

A mixin of CalendarGridView (kept apart so that each file has one job). The drop
itself is the model's: dropMimeData hands the post ids and the cell to a service.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView

from smplanner.ui.calendar import grid_painting as look
from smplanner.ui.calendar.cells_model import CalendarCellsModel
from smplanner.ui.calendar.grid_layout import GridLayout
from smplanner.ui.calendar.post_mime import decode_post_ids


class GridDragAndDrop(QAbstractItemView):
    """The drag-and-drop half of CalendarGridView, which provides what is declared here."""

    week: bool
    fonts: look.CardFonts
    _drop_row: int | None

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

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if decode_post_ids(event.mimeData(), self.cells_model().plan_key):
            event.setDropAction(self._drop_action(event))
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        point = event.position().toPoint()
        row = self.grid().cell_at(point, self.cells_model().rowCount())
        if row is None or not decode_post_ids(event.mimeData(), self.cells_model().plan_key):
            self._set_drop_row(None)
            event.ignore()
            return
        self._set_drop_row(row)
        if self.week:  # near an edge: scroll towards the hours out of sight
            bar = self.verticalScrollBar()
            if point.y() < self.grid().header_height + 16:
                bar.setValue(bar.value() - bar.singleStep())
            elif point.y() > self.viewport().height() - 16:
                bar.setValue(bar.value() + bar.singleStep())
        event.setDropAction(self._drop_action(event))
        event.accept()

    def dragLeaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._set_drop_row(None)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        """Hand the ids and the cell under the pointer to the model (a service call)."""
        self._set_drop_row(None)
        model = self.cells_model()
        row = self.grid().cell_at(event.position().toPoint(), model.rowCount())
        if row is None:
            event.ignore()
            return
        action = self._drop_action(event)
        target = model.index(row, 0)
        if not model.canDropMimeData(event.mimeData(), action, -1, -1, target):
            event.ignore()
            return
        model.dropMimeData(event.mimeData(), action, -1, -1, target)
        event.setDropAction(action)
        event.accept()
