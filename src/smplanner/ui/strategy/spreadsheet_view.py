"""A table the keyboard drives as a spreadsheet: Tab and Enter move, typing edits.

Tab / Shift+Tab go to the next / previous editable cell, row after row, and stop at
the last / first one (Qt wraps round to row 1); Ctrl+Tab leaves the table; Enter
commits and goes down one row.
Leaving an editor never opens the next one: only a key typed there does, so tabbing
through a row stores nothing the user did not type.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractScrollArea,
    QTableView,
    QWidget,
)

from smplanner.ui.model_index import AnyIndex

Hint = QAbstractItemDelegate.EndEditHint


class SpreadsheetView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(True)

    def _editable(self, row: int, column: int) -> bool:
        model = self.model()
        index = model.index(row, column)
        return not self.isColumnHidden(column) and bool(
            model.flags(index) & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        )

    def neighbour(self, index: AnyIndex, forward: bool) -> QModelIndex:
        """The next (or previous) editable cell in reading order; ``index`` at either end."""
        model = self.model()
        rows, columns = model.rowCount(), model.columnCount()
        position = index.row() * columns + index.column()
        step = 1 if forward else -1
        position += step
        while 0 <= position < rows * columns:
            row, column = divmod(position, columns)
            if self._editable(row, column):
                return model.index(row, column)
            position += step
        return model.index(index.row(), index.column())

    def below(self, index: AnyIndex) -> QModelIndex:
        row = min(index.row() + 1, self.model().rowCount() - 1)
        return self.model().index(row, index.column())

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = self.currentIndex()
        if current.isValid() and cursorAction in (
            QAbstractItemView.CursorAction.MoveNext,
            QAbstractItemView.CursorAction.MovePrevious,
        ):
            return self.neighbour(current, cursorAction == QAbstractItemView.CursorAction.MoveNext)
        return super().moveCursor(cursorAction, modifiers)

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:
        current = self.currentIndex()
        super().closeEditor(editor, Hint.NoHint)  # never open the next cell's editor
        if not current.isValid():
            return
        if hint == Hint.EditNextItem:
            self.setCurrentIndex(self.neighbour(current, True))
        elif hint == Hint.EditPreviousItem:
            self.setCurrentIndex(self.neighbour(current, False))
        elif hint == Hint.SubmitModelCache:  # Enter
            self.setCurrentIndex(self.below(current))
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):  # Ctrl+Tab leaves the table, as in other Qt tables
            QAbstractScrollArea.focusNextPrevChild(self, key == Qt.Key.Key_Tab)
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and current.isValid():
            forward = key == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.setCurrentIndex(self.neighbour(current, forward))
            event.accept()  # at either end the cursor stays: Qt would leave the table
            return
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and current.isValid() and self.state() != QAbstractItemView.State.EditingState:
            self.setCurrentIndex(self.below(current))
            return
        super().keyPressEvent(event)
