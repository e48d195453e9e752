"""A list of post cards (the backlog, or the posts of one busy day) that drags every
selected post of the shared selection, not only those it shows, and paints cards."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QDrag, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from smplanner.domain.post_refs import PostRef
from smplanner.ui.calendar import grid_painting as look
from smplanner.ui.calendar.card_label_chips import chip_colours
from smplanner.ui.calendar.cells_model import PostRole, WarningsRole
from smplanner.ui.model_index import AnyIndex


class PostCardDelegate(QStyledItemDelegate):
    """A card drawn as on the calendar grid: network tint, tag, time, warning sign."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._fonts = look.CardFonts(parent.font())

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(option.rect.width(), self._fonts.metrics.height() + 8)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> None:
        post = index.data(PostRole)
        if post is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._fonts.normal)
        look.paint_card(
            painter,
            option.rect.adjusted(2, 1, -2, -1),
            post,
            warnings=int(index.data(WarningsRole) or 0),
            selected=bool(option.state & QStyle.StateFlag.State_Selected),
            fonts=self._fonts,
            chips=chip_colours(post, getattr(self.parent(), "label_colours", {})),
        )
        thumbnails = getattr(self.parent(), "thumbnails", None)
        picture = thumbnails(post) if thumbnails is not None and post.media else None
        if picture is not None:
            warned = bool(index.data(WarningsRole))
            look.paint_card_thumbnail(
                painter, option.rect.adjusted(2, 1, -2, -1), picture, warned=warned
            )
        highlight = getattr(self.parent(), "highlight", None)
        if highlight is not None:
            look.paint_search_mark(
                painter, option.rect.adjusted(2, 1, -2, -1), highlight(post), option.palette
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
        self.highlight: Callable[[PostRef], bool] | None = None  # the calendar's search
        self.thumbnails: Callable[[PostRef], QPixmap | None] | None = None
        self.label_colours: Mapping[int, str] = {}  # label id -> colour: the cards' chips

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
