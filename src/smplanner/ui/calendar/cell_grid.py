"""Month and week grids: one PostListView per cell, sharing one selection model.

The grid's widgets are built once; switching month or week only re-points the
model (show_cells) and each view at its cell. Recommended slots are shaded in the
week grid, and campaigns are named on the day headers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from smplanner.ui.calendar.cells_model import CalendarCellsModel, Cell
from smplanner.ui.calendar.post_list_view import PostListView

SLOT_SHADE = QColor("#E3F2E1")
CELL_BACKGROUND = QColor("#FFFFFF")
OTHER_MONTH = QColor("#F3F3F3")


def month_cells(year: int, month: int) -> list[Cell]:
    """42 days from the Monday on or before the 1st (six weeks, Monday first)."""
    first = date(year, month, 1)
    start = first - timedelta(days=first.weekday())
    return [Cell(start + timedelta(days=i)) for i in range(42)]


def week_cells(monday: date, hours: range) -> list[Cell]:
    """Hour cells of a week, row by row (hour), Monday to Sunday."""
    return [Cell(monday + timedelta(days=d), h) for h in hours for d in range(7)]


class CellGrid(QWidget):
    """A grid of cell views over a CalendarCellsModel."""

    post_activated = Signal(object)  # PostRef
    cell_activated = Signal(object)  # Cell (double-click on empty space: create)

    def __init__(
        self,
        model: CalendarCellsModel,
        selection: QItemSelectionModel,
        columns: int,
        rows: int,
        parent: QWidget | None = None,
        *,
        row_labels: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.views: list[PostListView] = []
        self.headers: list[QLabel] = []
        grid = QGridLayout()
        grid.setSpacing(1)
        grid.setContentsMargins(0, 0, 0, 0)
        offset = 1 if row_labels else 0
        self.column_headers = []
        for column in range(columns):
            header = QLabel()
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column + offset)
            self.column_headers.append(header)
        for row in range(rows):
            if row_labels:
                grid.addWidget(QLabel(row_labels[row]), row + 1, 0, Qt.AlignmentFlag.AlignTop)
            for column in range(columns):
                grid.addWidget(
                    self._make_cell(selection, with_header=not row_labels), row + 1, column + offset
                )
        for column in range(columns):
            grid.setColumnStretch(column + offset, 1)
        content = QWidget()
        content.setLayout(grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if row_labels:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(content)
            layout.addWidget(scroll)
            self.scroll = scroll
        else:
            layout.addWidget(content)
        model.modelReset.connect(self._point_views)

    def _make_cell(self, selection: QItemSelectionModel, *, with_header: bool) -> QWidget:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        box.setContentsMargins(1, 1, 1, 1)
        box.setSpacing(0)
        if with_header:
            header = QLabel()
            header.setTextFormat(Qt.TextFormat.PlainText)
            box.addWidget(header)
            self.headers.append(header)
        view = PostListView()
        view.setModel(self.model)
        view.setSelectionModel(selection)
        view.setMinimumHeight(2 * 22 if not with_header else 60)
        view.doubleClicked.connect(self._on_double_click)
        view.viewport().installEventFilter(self)
        view.setAutoFillBackground(True)
        box.addWidget(view)
        self.views.append(view)
        return frame

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        # Double-click on the empty part of a cell creates a post there.
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.MouseButtonDblClick:
            for view in self.views:
                if (
                    view.viewport() is watched
                    and not view.indexAt(event.position().toPoint()).isValid()
                ):
                    cell = self.model.cell_at(view.rootIndex())
                    if cell is not None:
                        self.cell_activated.emit(cell)
                        return True
        return False

    def _on_double_click(self, index: QModelIndex) -> None:
        post = self.model.post_at(index)
        if post is not None:
            self.post_activated.emit(post)

    def _point_views(self) -> None:
        for row, view in enumerate(self.views):
            view.setRootIndex(self.model.index(row, 0))

    def view_for(self, cell: Cell) -> PostListView | None:
        for row, item in enumerate(self.model.cells):
            if item == cell:
                return self.views[row]
        return None

    def decorate(
        self,
        month: int | None,
        campaign_names: Callable[[date], list[str]],
        shade: Callable[[Cell], float] | None = None,
    ) -> None:
        """Day headers (number, campaigns) and backgrounds (other month, slot shading)."""
        locale = QLocale()
        cells = self.model.cells
        for column, header in enumerate(self.column_headers):
            day = cells[column].day
            label = locale.toString(day, "ddd d MMM" if month is None else "dddd")
            if month is None:
                names = campaign_names(day)
                if names:
                    label += "\n" + ", ".join(names)
            header.setText(label)
        for row, view in enumerate(self.views):
            cell = cells[row]
            colour = CELL_BACKGROUND
            if month is not None and cell.day.month != month:
                colour = OTHER_MONTH
            elif shade is not None:
                score = shade(cell)
                if score > 0:
                    colour = QColor(SLOT_SHADE).darker(100 + int(20 * score))
            palette = view.viewport().palette()
            if palette.color(QPalette.ColorRole.Base) != colour:
                palette.setColor(QPalette.ColorRole.Base, colour)
                view.viewport().setPalette(palette)
                view.setPalette(palette)
            if self.headers:
                text = str(cell.day.day)
                names = campaign_names(cell.day)
                if names:
                    text += "  ▬ " + ", ".join(names)
                if self.headers[row].text() != text:
                    self.headers[row].setText(text)
