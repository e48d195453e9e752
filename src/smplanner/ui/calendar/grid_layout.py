"""Where things are in a calendar grid: cells, cards and "+N more" lines, as rectangles.

Pure arithmetic over the viewport size and the scroll offset, shared by painting,
hit-testing, drag targets and keyboard moves so that they can never disagree.
Month grids fit the viewport (6 weeks); week grids have fixed-height hour rows
and scroll vertically. Both keep a header row (weekday names) pinned at the top,
and the week grid an hour gutter on the left.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect

COLUMNS = 7
CARD_GAP = 2
CELL_PADDING = 3


@dataclass(frozen=True)
class GridLayout:
    rows: int
    width: int  # viewport size
    height: int
    header_height: int  # weekday names, pinned
    gutter_width: int  # hour labels (week grid), else 0
    day_header_height: int  # day number line inside a month cell, else 0
    card_height: int
    fixed_row_height: int = 0  # week grid: hour row height; 0 = rows share the height
    scroll: int = 0  # vertical offset of the cells (week grid)

    @property
    def row_height(self) -> int:
        if self.fixed_row_height:
            return self.fixed_row_height
        return max(self.card_height + 4, (self.height - self.header_height) // max(1, self.rows))

    @property
    def content_height(self) -> int:
        """Height of all rows (the scrollable extent)."""
        return self.rows * self.row_height

    def column_left(self, column: int) -> int:
        usable = self.width - self.gutter_width
        return self.gutter_width + (usable * column) // COLUMNS

    def column_rect(self, column: int) -> QRect:
        """A column of the pinned header."""
        left = self.column_left(column)
        return QRect(left, 0, self.column_left(column + 1) - left, self.header_height)

    def cell_rect(self, cell_row: int) -> QRect:
        """Rectangle of the cell at model row ``cell_row`` (row-major, 7 per grid row)."""
        grid_row, column = divmod(cell_row, COLUMNS)
        left = self.column_left(column)
        top = self.header_height + grid_row * self.row_height - self.scroll
        return QRect(left, top, self.column_left(column + 1) - left, self.row_height)

    def cell_at(self, point: QPoint, cell_count: int) -> int | None:
        """Model row of the cell under ``point`` (viewport coordinates), or None."""
        x, y = point.x(), point.y()
        if x < self.gutter_width or x >= self.width or y < self.header_height:
            return None
        grid_row = (y - self.header_height + self.scroll) // self.row_height
        usable = self.width - self.gutter_width
        column = min(COLUMNS - 1, ((x - self.gutter_width) * COLUMNS) // max(1, usable))
        # Integer division of the column edges can put x one column too far: correct it.
        while column > 0 and x < self.column_left(column):
            column -= 1
        row = grid_row * COLUMNS + column
        return row if grid_row >= 0 and row < cell_count else None

    def capacity(self, cell: QRect) -> int:
        """How many cards fit in a cell (a "+N more" line takes one card's place)."""
        room = cell.height() - self.day_header_height - 2 * CELL_PADDING + CARD_GAP
        return max(0, room // (self.card_height + CARD_GAP))

    def shown_cards(self, cell: QRect, count: int) -> int:
        """Cards drawn in a cell holding ``count`` posts; the rest go behind "+N more"."""
        fits = self.capacity(cell)
        return count if count <= fits else max(0, fits - 1)

    def card_rect(self, cell: QRect, position: int) -> QRect:
        """The ``position``-th card slot of a cell (the "+N more" line uses the next one)."""
        top = cell.top() + self.day_header_height + CELL_PADDING
        top += position * (self.card_height + CARD_GAP)
        return QRect(
            cell.left() + CELL_PADDING,
            top,
            cell.width() - 2 * CELL_PADDING,
            self.card_height,
        )
