"""What the item models and views share: the index type Qt hands them, and a tree
model's parent() that does not hide QObject.parent()."""

from __future__ import annotations

from typing import overload

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex

# Qt passes either kind of index to a model's and a view's virtual methods.
AnyIndex = QModelIndex | QPersistentModelIndex


class TreeModel(QAbstractItemModel):
    """A model of rows under rows; a subclass says an index's parent in parent_of."""

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: AnyIndex) -> QModelIndex: ...
    def parent(self, child: AnyIndex | None = None) -> QModelIndex | QObject | None:
        if child is None:  # QObject.parent(), which the model's parent(index) hides
            return super().parent()
        return self.parent_of(child)

    def parent_of(self, child: AnyIndex) -> QModelIndex:
        """The index of ``child``'s parent row; an invalid index for a top row."""
        raise NotImplementedError
