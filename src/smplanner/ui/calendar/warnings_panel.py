"""The warnings panel: causes that open onto their posts; a click shows the post.

A QTreeView lays out only the rows it shows (the causes, and the posts of an
opened cause), each row as high as its wrapped text at the panel's width: long
sentences wrap instead of being cut. One click on a post (or on a cause about a
single post) selects and shows it on the grid; a double click opens it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

from smplanner.ui.calendar.warnings_model import WarningsModel
from smplanner.ui.model_index import AnyIndex

_PADDING = 6  # vertical space around a line's text, so wrapped lines stay apart


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights from the text wrapped at the column's width (not one line)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        depth = 1 if index.parent().isValid() else 0
        width = self._view.viewport().width() - self._view.indentation() * (depth + 1) - 8
        metrics = option.fontMetrics
        rect = metrics.boundingRect(
            QRect(0, 0, max(width, 60), 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(max(width, 60), rect.height() + _PADDING)


class WarningsPanel(QTreeView):
    post_clicked = Signal(int)  # show this post on the grid
    post_activated = Signal(int)  # open this post

    def __init__(self, model: WarningsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warnings_panel")
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setExpandsOnDoubleClick(False)
        self.clicked.connect(self._clicked)
        self.doubleClicked.connect(self._double_clicked)

    def _single_post(self, index: QModelIndex) -> int | None:
        model = self.model()
        assert isinstance(model, WarningsModel)
        line = model.line(index)
        if line is None:
            return None
        if line.parent is not None or not line.children:
            return line.post_ids[0] if line.post_ids else None
        return None

    def _clicked(self, index: QModelIndex) -> None:
        post_id = self._single_post(index)
        if post_id is not None:
            self.post_clicked.emit(post_id)
        elif not index.parent().isValid():
            self.setExpanded(index, not self.isExpanded(index))

    def _double_clicked(self, index: QModelIndex) -> None:
        post_id = self._single_post(index)
        if post_id is not None:
            self.post_activated.emit(post_id)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # wrapped heights follow the new width
