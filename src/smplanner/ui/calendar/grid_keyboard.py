"""Where the month grid's keyboard cursor goes: left and right walk the days, down and
up walk a day's cards and then go on to the same day of the next (previous) week, Home
and End the first and last day shown."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView

from smplanner.ui.calendar.cells_model import CalendarCellsModel
from smplanner.ui.calendar.grid_layout import COLUMNS
from smplanner.ui.model_index import AnyIndex

Move = QAbstractItemView.CursorAction


def next_index(model: CalendarCellsModel, current: AnyIndex, action: Move) -> QModelIndex:
    """The index the cursor moves to from ``current`` (a day, or a card inside one)."""
    count = model.rowCount()
    if count == 0:
        return QModelIndex()
    if not current.isValid():
        return model.index(0, 0)
    on_post = current.internalId() != 0
    row = current.internalId() - 1 if on_post else current.row()
    position = current.row() if on_post else -1
    posts = len(model.posts_in(row))
    target = row
    if action in (Move.MoveLeft, Move.MovePrevious):
        target = row - 1
    elif action in (Move.MoveRight, Move.MoveNext):
        target = row + 1
    elif action == Move.MoveDown:
        if position + 1 < posts:
            return model.index(position + 1, 0, model.index(row, 0))
        target = row + COLUMNS
    elif action == Move.MoveUp:
        if position > 0:
            return model.index(position - 1, 0, model.index(row, 0))
        if on_post:
            return model.index(row, 0)
        target = row - COLUMNS
    elif action == Move.MoveHome:
        target = 0
    elif action == Move.MoveEnd:
        target = count - 1
    return model.index(min(max(target, 0), count - 1), 0)
