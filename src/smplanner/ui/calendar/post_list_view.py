"""A list of post cards (the backlog, or the posts of one busy day) that drags every
selected post of the shared selection, not only those it shows, and paints cards."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QDrag, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from smplanner.ui.calendar.cells_model import WarningsRole

CARD_HEIGHT = 20


class PostCardDelegate(QStyledItemDelegate):
    """A card in the network's colour; a warning sign when a rule is broken."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(option.rect.width(), CARD_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect = option.rect.adjusted(1, 1, -1, -1)  # type: ignore[attr-defined]
        background = index.data(Qt.ItemDataRole.BackgroundRole) or QColor("#888888")
        foreground = index.data(Qt.ItemDataRole.ForegroundRole) or QColor("#000000")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(background)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.setPen(QPen(QColor("#FFB000"), 2) if selected else Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, 4, 4)
        text_rect = rect.adjusted(4, 0, -4, 0)
        if index.data(WarningsRole):
            sign = QRect(rect.right() - 15, rect.top() + 2, 14, rect.height() - 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#FFD43B"))
            painter.drawEllipse(sign)
            painter.setPen(QColor("#000000"))
            painter.drawText(sign, Qt.AlignmentFlag.AlignCenter, "!")
            text_rect.setRight(sign.left() - 2)
        painter.setPen(foreground)
        text = option.fontMetrics.elidedText(  # type: ignore[attr-defined]
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            text_rect.width(),
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text
        )
        painter.restore()


class PostListView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setUniformItemSizes(True)
        self.setItemDelegate(PostCardDelegate(self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.before_drag: Callable[[], object] | None = None

    def dragged_indexes(self) -> list[QModelIndex]:
        """Every selected post in the shared selection (several cells move together)."""
        model = self.selectionModel()
        return [i for i in model.selectedIndexes() if i.flags() & Qt.ItemFlag.ItemIsDragEnabled]

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        indexes = self.dragged_indexes()
        if not indexes:
            return
        if self.before_drag is not None:
            self.before_drag()
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData(indexes))
        # Never let the view delete source rows: the service's change notice repaints.
        drag.exec(supportedActions, Qt.DropAction.MoveAction)
