"""The ideas backlog: posts with no date, as a flat list that takes drops (unschedule)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, Qt

from smplanner.domain.post_refs import PostRef
from smplanner.ui.calendar.cells_model import COLOUR_ROLES, DropHandler, PostRole, network_colour
from smplanner.ui.calendar.post_mime import POST_IDS_MIME, decode_post_ids, encode_post_ids
from smplanner.ui.model_index import AnyIndex


class BacklogModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._posts: list[PostRef] = []
        self.drop_handler: DropHandler | None = None
        self.plan_key = ""  # post_mime.plan_key of the plan shown: drops from others refused

    def set_posts(self, posts: list[PostRef]) -> None:
        if posts == self._posts:
            return
        self.beginResetModel()
        self._posts = posts
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._posts)

    def post_at(self, index: AnyIndex) -> PostRef | None:
        return self._posts[index.row()] if index.isValid() else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        post = self.post_at(index)
        if post is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return post.title or post.text.split("\n", 1)[0] or f"#{post.id}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return post.text
        if role in COLOUR_ROLES:
            return network_colour(post, role)
        if role == PostRole:
            return post
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [POST_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({p.id for p in (self.post_at(i) for i in indexes) if p is not None})
        return encode_post_ids(ids, self.plan_key)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """Posts dropped here go back to the ideas (no date); a copy stays an idea too."""
        ids = decode_post_ids(data, self.plan_key)
        if not ids or self.drop_handler is None:
            return False
        self.drop_handler(ids, None, action == Qt.DropAction.CopyAction)
        return False
