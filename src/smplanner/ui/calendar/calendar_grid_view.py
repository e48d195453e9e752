"""One custom-painted view for the month grid (6 weeks of days) or the week grid (hours).

A single QAbstractItemView over the CalendarCellsModel replaces a list widget per
cell: switching period is a model reset and one paint, and a change repaints only
the rectangles of the days the model reports. Hit-testing, drag start, drop
targets and keyboard moves all go through GridLayout; drops are handed to the
model's dropMimeData (which calls a service), never done here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QRegion,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QToolTip, QWidget

from smplanner.domain.post_refs import PostRef
from smplanner.ui.calendar import grid_painting as look
from smplanner.ui.calendar.card_cache import CardCache
from smplanner.ui.calendar.cells_model import CalendarCellsModel, Cell
from smplanner.ui.calendar.grid_drag_drop import GridDragAndDrop
from smplanner.ui.calendar.grid_keyboard import next_index
from smplanner.ui.calendar.grid_layout import COLUMNS, GridLayout
from smplanner.ui.calendar.grid_paint_pass import paint_grid
from smplanner.ui.model_index import AnyIndex

Move = QAbstractItemView.CursorAction
Scroll = QAbstractItemView.ScrollHint


class CalendarGridView(GridDragAndDrop):
    post_activated = Signal(object)  # PostRef (double-click on a card)
    cell_activated = Signal(object)  # Cell (double-click on empty space: create there)
    more_requested = Signal(object)  # Cell whose "+N more" line was clicked

    def __init__(
        self,
        model: CalendarCellsModel,
        selection: QItemSelectionModel,
        *,
        week: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.week = week
        self.month: int | None = None  # days of other months are greyed
        self.today = date.today()
        self.campaign_names: Callable[[date], list[str]] = lambda day: []
        # The year's key dates of a day (names) and whether it is a public holiday.
        self.key_date_names: Callable[[date], list[str]] = lambda day: []
        self.public_holiday: Callable[[date], bool] = lambda day: False
        self.key_date_tooltip: Callable[[date], str] = lambda day: ""
        self.shade: Callable[[Cell], float] | None = None
        # The search: cards it finds are marked, the others dimmed (None: no search).
        self.highlight: Callable[[PostRef], bool] | None = None
        self.thumbnails: Callable[[PostRef], QPixmap | None] | None = None  # posts' pictures
        self._drop_row: int | None = None
        self.ghost = None
        self.ghost_lookup = lambda _id: None
        self.ghost_landing = lambda _post, _day: None
        self._ghost_source = None
        self._layout: GridLayout | None = None
        self._set_fonts()
        self.setModel(model)
        self.setSelectionModel(selection)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if not week:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.doubleClicked.connect(self._on_double_click)

    def cells_model(self) -> CalendarCellsModel:
        model = self.model()
        assert isinstance(model, CalendarCellsModel)
        return model

    def _set_fonts(self) -> None:
        self.fonts = look.CardFonts(self.font())
        self.card_cache = CardCache()  # painted cards, reused by the next paints
        self._layout = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._set_fonts()
        elif event.type() == QEvent.Type.PaletteChange:
            self.card_cache.clear()  # cards drawn with the former colours
        super().changeEvent(event)

    # ------------------------------------------------------------ geometry
    def grid(self) -> GridLayout:
        """The current layout (recomputed after a resize, a scroll or a reset)."""
        if self._layout is None:
            line = self.fonts.metrics.height()
            viewport = self.viewport()
            rows = max(1, self.cells_model().rowCount() // COLUMNS)
            self._layout = GridLayout(
                rows=rows,
                width=viewport.width(),
                height=viewport.height(),
                header_height=2 * line + 8 if self.week else line + 8,
                gutter_width=self.fonts.metrics.horizontalAdvance("00:00") + 12 if self.week else 0,
                day_header_height=0 if self.week else line + 6,
                card_height=line + 6,
                fixed_row_height=2 * (line + 8) + 6 if self.week else 0,
                scroll=self.verticalScrollBar().value() if self.week else 0,
            )
        return self._layout

    def cell_rect(self, cell: Cell) -> QRect:
        """Where a cell is drawn (viewport coordinates); empty if not shown."""
        row = self.cells_model().row_of(cell)
        return self.grid().cell_rect(row) if row is not None else QRect()

    def cell_at(self, point: QPoint) -> Cell | None:
        row = self.grid().cell_at(point, self.cells_model().rowCount())
        return None if row is None else self.cells_model().cells[row]

    def more_rect(self, row: int) -> QRect | None:
        """The "+N more" line of a cell, if some of its posts do not fit."""
        grid = self.grid()
        cell = grid.cell_rect(row)
        count = len(self.cells_model().posts_in(row))
        shown = grid.shown_cards(cell, count)
        return grid.card_rect(cell, shown) if shown < count else None

    def visualRect(self, index: AnyIndex) -> QRect:
        model = self.cells_model()
        if not index.isValid():
            return QRect()
        if index.internalId() == 0:
            return self.grid().cell_rect(index.row())
        row = index.internalId() - 1
        grid = self.grid()
        cell = grid.cell_rect(row)
        shown = grid.shown_cards(cell, len(model.posts_in(row)))
        # A card hidden behind "+N more" is shown (focused, selected) on that line.
        return grid.card_rect(cell, min(index.row(), shown))

    def indexAt(self, point: QPoint) -> QModelIndex:
        model = self.cells_model()
        grid = self.grid()
        row = grid.cell_at(point, model.rowCount())
        if row is None:
            return QModelIndex()
        cell = grid.cell_rect(row)
        for position in range(grid.shown_cards(cell, len(model.posts_in(row)))):
            if grid.card_rect(cell, position).contains(point):
                return model.index(position, 0, model.index(row, 0))
        return model.index(row, 0)

    def scrollTo(
        self, index: AnyIndex, hint: QAbstractItemView.ScrollHint = Scroll.EnsureVisible
    ) -> None:
        if not self.week or not index.isValid():
            return
        rect = self.visualRect(index)
        top = self.grid().header_height
        bar = self.verticalScrollBar()
        if rect.top() < top:
            bar.setValue(bar.value() - (top - rect.top()))
        elif rect.bottom() > self.viewport().height():
            bar.setValue(bar.value() + rect.bottom() - self.viewport().height())

    def horizontalOffset(self) -> int:
        return 0

    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value() if self.week else 0

    def isIndexHidden(self, index: AnyIndex) -> bool:
        return False

    def updateGeometries(self) -> None:
        self._layout = None
        if self.week:
            grid = self.grid()
            visible = self.viewport().height() - grid.header_height
            bar = self.verticalScrollBar()
            bar.setRange(0, max(0, grid.content_height - visible))
            bar.setPageStep(max(1, visible))
            bar.setSingleStep(grid.row_height // 2)
        super().updateGeometries()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)
        self.updateGeometries()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self._layout = None
        self.viewport().update()

    # ------------------------------------------------------------ selection
    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        """Select the cards whose rectangles meet ``rect`` (click, Shift-click, rubber band)."""
        model = self.cells_model()
        grid = self.grid()
        area = rect.normalized()
        selection = QItemSelection()
        for row in range(model.rowCount()):
            cell = grid.cell_rect(row)
            if not cell.intersects(area.adjusted(-1, -1, 1, 1)):
                continue
            parent = model.index(row, 0)
            for position in range(grid.shown_cards(cell, len(model.posts_in(row)))):
                if grid.card_rect(cell, position).intersects(area):
                    index = model.index(position, 0, parent)
                    selection.select(index, index)
        self.selectionModel().select(selection, command)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:
        region = QRegion()
        for index in selection.indexes():
            region += self.visualRect(index)
        return region

    def moveCursor(self, action: Move, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Arrows walk the days (left/right) and a day's cards then the next week (up/down)."""
        return next_index(self.cells_model(), self.currentIndex(), action)

    # ------------------------------------------------------------ model changes
    def _update_rows(self, rows: set[int]) -> None:
        grid = self.grid()
        for row in rows:
            self.viewport().update(grid.cell_rect(row))

    def dataChanged(
        self, top_left: AnyIndex, bottom_right: AnyIndex, roles: Sequence[int] = ()
    ) -> None:
        rows = set()
        for index in (top_left, bottom_right):
            if index.isValid():
                rows.add(index.internalId() - 1 if index.internalId() else index.row())
        self._update_rows(rows)

    def rowsInserted(self, parent: AnyIndex, start: int, end: int) -> None:
        super().rowsInserted(parent, start, end)
        if parent.isValid():
            self._update_rows({parent.row()})
        else:
            self.viewport().update()

    def rowsAboutToBeRemoved(self, parent: AnyIndex, start: int, end: int) -> None:
        super().rowsAboutToBeRemoved(parent, start, end)
        if parent.isValid():
            self._update_rows({parent.row()})
        else:
            self.viewport().update()

    def reset(self) -> None:
        self.today = date.today()
        super().reset()
        self.updateGeometries()
        self.viewport().update()

    def doItemsLayout(self) -> None:
        # The base class repaints the whole viewport here; geometry is all we need.
        self.updateGeometries()

    # ------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        row = self.grid().cell_at(point, self.cells_model().rowCount())
        if event.button() == Qt.MouseButton.LeftButton and row is not None:
            more = self.more_rect(row)
            if more is not None and more.contains(point):
                self.more_requested.emit(self.cells_model().cells[row])
                return
        super().mousePressEvent(event)

    def _on_double_click(self, index: QModelIndex) -> None:
        model = self.cells_model()
        post = model.post_at(index)
        if post is not None:
            self.post_activated.emit(post)
            return
        cell = model.cell_at(index)
        if cell is not None:
            self.cell_activated.emit(cell)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = event.pos()
            row = self.grid().cell_at(point, self.cells_model().rowCount())
            more = None if row is None else self.more_rect(row)
            if row is not None and more is not None and more.contains(point):
                posts = self.cells_model().posts_in(row)
                shown = self.grid().shown_cards(self.grid().cell_rect(row), len(posts))
                lines = [" ".join(look.card_label(p)).strip() for p in posts[shown:]]
                QToolTip.showText(event.globalPos(), "\n".join(lines[:25]), self)
                return True
            day = self.day_line_at(point)
            text = self.key_date_tooltip(day) if day is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
                return True
        return super().viewportEvent(event)

    def day_line_at(self, point: QPoint) -> date | None:
        """The day whose name line is under ``point``: a month cell's day line, or a
        column of the week's header."""
        grid = self.grid()
        cells = self.cells_model().cells
        if self.week:
            if point.y() >= grid.header_height or point.x() < grid.gutter_width:
                return None
            for column in range(min(COLUMNS, len(cells))):
                if grid.column_rect(column).contains(point):
                    return cells[column].day
            return None
        row = grid.cell_at(point, len(cells))
        if row is None or point.y() >= grid.cell_rect(row).top() + grid.day_header_height:
            return None
        return cells[row].day

    # ------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setFont(self.fonts.normal)
        paint_grid(self, painter, event.rect())
        painter.end()

    def cell_background(self, row: int) -> QColor:
        """Fill of a cell: drop target, other month, today, slot shading, weekend."""
        cell = self.cells_model().cells[row]
        if row == self._drop_row:
            return look.DROP_TARGET
        if self.month is not None and cell.day.month != self.month:
            return look.OTHER_MONTH
        if cell.day == self.today and not self.week:
            return look.TODAY_BACKGROUND
        if self.shade is not None:
            score = self.shade(cell)
            if score > 0:
                return look.slot_shade(score, look.is_dark(self.palette()))
        if cell.day.weekday() >= 5 or self.public_holiday(cell.day):
            return look.WEEKEND  # a day off either way
        return look.CELL_BACKGROUND

    def week_label(self, number: int) -> str:
        """'W42' ('S42' in French): the ISO week, on the month's Mondays."""
        return self.tr("W%1").replace("%1", str(number))

    def more_text(self, hidden: int) -> str:
        """The line standing for the posts of a busy cell that do not fit."""
        return self.tr("+%Ln more", "", hidden)

    def locale_day_label(self, day: date) -> str:
        """Day number; the 1st of a month also names the month ("1 oct.")."""
        if day.day == 1 and not self.week:
            return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")
        return str(day.day)
