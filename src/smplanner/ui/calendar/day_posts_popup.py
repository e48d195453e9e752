"""The "+N more" popup: every post of one busy cell, as a list that drags and edits.

The list is rooted at the cell's index in the same model and shares the grid's
selection, so selecting, dragging (several cards too) and the keyboard moves
behave as on the grid.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from smplanner.ui.calendar.cells_model import CalendarCellsModel, Cell
from smplanner.ui.calendar.post_list_view import PostListView


class DayPostsPopup(QFrame):
    post_activated = Signal(object)  # PostRef

    def __init__(
        self,
        model: CalendarCellsModel,
        selection: QItemSelectionModel,
        cell: Cell,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model = model
        title = QLocale().toString(
            QDate(cell.day.year, cell.day.month, cell.day.day), QLocale.FormatType.LongFormat
        )
        if cell.hour is not None:
            title += f"  {cell.hour:02d}:00"
        heading = QLabel(title)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.list = PostListView()
        self.list.setModel(model)
        self.list.setSelectionModel(selection)
        self.list.setRootIndex(model.index_of_cell(cell))
        self.list.before_drag = self.close  # a popup would keep the mouse grab
        self.list.doubleClicked.connect(self._activate)
        rows = model.rowCount(model.index_of_cell(cell))
        self.list.setMinimumHeight(min(14, max(rows, 3)) * (self.list.sizeHintForRow(0) + 1) + 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(heading)
        layout.addWidget(self.list)
        self.setMinimumWidth(280)
        model.modelReset.connect(self.close)

    def _activate(self, index: QModelIndex) -> None:
        post = self.model.post_at(index)
        if post is not None:
            self.close()
            self.post_activated.emit(post)

    def show_at(self, point: QPoint) -> None:
        self.adjustSize()
        self.move(point)
        self.show()
        self.list.setFocus()
