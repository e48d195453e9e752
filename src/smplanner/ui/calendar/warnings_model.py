"""The warnings panel's model: causes (one line each) with the posts under them.

A model of our own rather than QStandardItemModel: building thousands of
QStandardItems per refresh crashed PySide 6.12 (a reference-count bug on None).
Lines are built when the warnings arrive; the view (warnings_panel) lays out only
the lines it shows: the causes, and the posts of a cause once it is opened.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import RuleWarning
from smplanner.ui.calendar.warning_groups import WarningLine, group_warnings
from smplanner.ui.model_index import AnyIndex, TreeModel

PostIdsRole = Qt.ItemDataRole.UserRole + 20


class WarningsModel(TreeModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[WarningLine] = []
        self.warnings: list[RuleWarning] = []

    def set_warnings(
        self, warnings: list[RuleWarning], posts: dict[int, PostRef] | None = None
    ) -> None:
        self.set_lines(warnings, group_warnings(warnings, posts or {}))

    def set_lines(self, warnings: list[RuleWarning], lines: list[WarningLine]) -> None:
        """Show lines grouped beforehand (by the calendar's worker)."""
        self.beginResetModel()
        self.warnings = warnings
        self._lines = lines
        self.endResetModel()

    # ---------------------------------------------------------- convenience (tests, tab)
    def text(self, row: int) -> str:
        """The cause line at ``row`` (top level)."""
        return self._lines[row].text

    def post_ids(self, row: int) -> tuple[int, ...]:
        return self._lines[row].post_ids

    def line(self, index: AnyIndex) -> WarningLine | None:
        if not index.isValid():
            return None
        pointer = index.internalPointer()
        parent: WarningLine | None = pointer if isinstance(pointer, WarningLine) else None
        siblings = parent.children if parent is not None else self._lines
        return siblings[index.row()] if index.row() < len(siblings) else None

    def all_texts(self) -> list[str]:
        """Every line, causes and their posts, in order (tests)."""
        return [t for line in self._lines for t in [line.text] + [c.text for c in line.children]]

    # ---------------------------------------------------------- QAbstractItemModel
    def index(self, row: int, column: int = 0, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            # A cause: its internal pointer is None (top level).
            return self.createIndex(row, 0, None) if row < len(self._lines) else QModelIndex()
        cause = self.line(parent)
        if cause is None or cause.parent is not None or row >= len(cause.children):
            return QModelIndex()
        return self.createIndex(row, 0, cause)  # a post: its pointer is its cause

    def parent_of(self, child: AnyIndex) -> QModelIndex:
        if not child.isValid():
            return QModelIndex()
        pointer = child.internalPointer()
        if isinstance(pointer, WarningLine):
            return self.createIndex(pointer.row, 0, None)
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._lines)
        line = self.line(parent)
        return len(line.children) if line is not None and line.parent is None else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line(index)
        if line is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return line.text
        if role == PostIdsRole:
            return list(line.post_ids)
        return None
