"""The calendar's item model: top-level rows are cells (a day, or a day and an hour),
their children are the posts in that cell.

One CalendarGridView paints all the cells of a month or a week; the "+N more"
popup shows one cell in a list view rooted at the cell's index, sharing the same
selection model. Posts are indexed by cell; a change updates only the cells of the
days it names (refresh_days), so the view repaints only those rectangles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from smplanner.domain.networks import network
from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import RuleWarning
from smplanner.ui.calendar.post_mime import POST_IDS_MIME, decode_post_ids, encode_post_ids
from smplanner.ui.calendar.post_status_texts import post_tooltip
from smplanner.ui.model_index import AnyIndex, TreeModel

PostRole = Qt.ItemDataRole.UserRole + 1
CellRole = Qt.ItemDataRole.UserRole + 2
WarningsRole = Qt.ItemDataRole.UserRole + 3
COLOUR_ROLES = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)


def network_colour(post: PostRef, role: int) -> QColor:
    """A post's background (BackgroundRole) or text colour on a card: its network's."""
    look = network(post.network)
    return QColor(look.color if role == Qt.ItemDataRole.BackgroundRole else look.text_color)


@dataclass(frozen=True)
class Cell:
    day: date
    hour: int | None = None  # None: the whole day (month view)
    # A drop's quarter-hour inside the hour (week view); the model's cells have None.
    minute: int | None = None


def month_cells(year: int, month: int) -> list[Cell]:
    """42 days from the Monday on or before the 1st (six weeks, Monday first)."""
    first = date(year, month, 1)
    start = first - timedelta(days=first.weekday())
    return [Cell(start + timedelta(days=i)) for i in range(42)]


def week_cells(monday: date, hours: range) -> list[Cell]:
    """Hour cells of a week, row by row (hour), Monday to Sunday."""
    return [Cell(monday + timedelta(days=d), h) for h in hours for d in range(7)]


# (post ids, target cell or None for the backlog, copy?) -> accepted
DropHandler = Callable[[list[int], Cell | None, bool], bool]
PostLoader = Callable[[list[date]], list[PostRef]]


class CalendarCellsModel(TreeModel):
    def __init__(self, load_posts: PostLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self._load_posts = load_posts
        self.cells: list[Cell] = []
        self._cell_row: dict[Cell, int] = {}
        self._key_row: dict[tuple[date, int | None], int] = {}  # (day, hour) -> row
        self._posts: list[list[PostRef]] = []
        self.accepts: Callable[[PostRef], bool] = lambda post: True
        self.label_colours: dict[int, str] = {}  # label id -> "#rrggbb", for the chips
        self.label_names: dict[int, str] = {}  # label id -> name, for the tooltips
        self.warnings: dict[int, list[RuleWarning]] = {}
        self._counts: dict[int, int] = {}  # post id -> its warnings, for those with some
        self.drop_handler: DropHandler | None = None
        self.drop_minute: int | None = None  # set by the week view for the drop under way
        self.plan_key = ""  # post_mime.plan_key of the plan shown: drops from others refused

    # ------------------------------------------------------------ loading
    def cell_of(self, post: PostRef) -> Cell | None:
        assert post.scheduled_at is not None
        by_hour = bool(self.cells) and self.cells[0].hour is not None
        cell = Cell(post.scheduled_at.date(), post.scheduled_at.hour if by_hour else None)
        return cell if cell in self._cell_row else None

    def _bucket(self, posts: list[PostRef]) -> dict[int, list[PostRef]]:
        buckets: dict[int, list[PostRef]] = {}
        by_hour = bool(self.cells) and self.cells[0].hour is not None
        rows = self._key_row
        accepts = self.accepts
        for post in posts:
            moment = post.scheduled_at
            if moment is None or not accepts(post):
                continue
            # The cell's key a plain tuple, not a Cell (a frozen dataclass is slow to
            # build and hash): a month of a large plan buckets ~2,000 posts on the way
            # to its first frame.
            row = rows.get((moment.date(), moment.hour if by_hour else None))
            if row is not None:
                buckets.setdefault(row, []).append(post)
        return buckets

    def show_cells(self, cells: list[Cell]) -> None:
        """Show a new range (a month switch): one query for the days on screen."""
        self.beginResetModel()
        self.cells = cells
        self._cell_row = {cell: row for row, cell in enumerate(cells)}
        self._key_row = {(cell.day, cell.hour): row for row, cell in enumerate(cells)}
        buckets = self._bucket(self._load_posts(self.days()))
        self._posts = [buckets.get(row, []) for row in range(len(cells))]
        self.endResetModel()

    def row_of(self, cell: Cell) -> int | None:
        """Model row of a cell shown, or None."""
        return self._cell_row.get(cell)

    def index_of_cell(self, cell: Cell) -> QModelIndex:
        row = self._cell_row.get(cell)
        return QModelIndex() if row is None else self.index(row, 0)

    def days(self) -> list[date]:
        return sorted({cell.day for cell in self.cells})

    def reload(self) -> None:
        self.show_cells(self.cells)

    def refresh_days(self, days: set[date]) -> None:
        """Re-read only these days and update their cells in place."""
        shown = {c.day for c in self.cells}
        visible = [d for d in days if d in shown]
        if not visible:
            return
        buckets = self._bucket(self._load_posts(visible))
        for row, cell in enumerate(self.cells):
            if cell.day not in visible:
                continue
            new = buckets.get(row, [])
            if new == self._posts[row]:
                continue
            parent = self.index(row, 0)
            if self._posts[row]:
                self.beginRemoveRows(parent, 0, len(self._posts[row]) - 1)
                self._posts[row] = []
                self.endRemoveRows()
            if new:
                self.beginInsertRows(parent, 0, len(new) - 1)
                self._posts[row] = new
                self.endInsertRows()

    def set_warnings(self, warnings: dict[int, list[RuleWarning]]) -> None:
        """New warnings; one dataChanged per cell whose cards gain or lose a sign.

        A card shows how many warnings its post has (WarningsRole), not which: only
        the posts whose count changed are told (comparing the warnings themselves
        cost milliseconds per month of a large plan; the counts compare in C)."""
        counts = {post_id: len(found) for post_id, found in warnings.items() if found}
        changed = {post_id for post_id, _ in counts.items() ^ self._counts.items()}
        self.warnings = warnings
        self._counts = counts
        if not changed:
            return
        for row, posts in enumerate(self._posts):
            rows = [child for child, post in enumerate(posts) if post.id in changed]
            if rows:
                parent = self.index(row, 0)
                first, last = self.index(rows[0], 0, parent), self.index(rows[-1], 0, parent)
                self.dataChanged.emit(first, last, [WarningsRole])

    def posts_in(self, row: int) -> list[PostRef]:
        return self._posts[row]

    def all_posts(self) -> list[PostRef]:
        return [post for posts in self._posts for post in posts]

    def index_of_post(self, post_id: int) -> QModelIndex:
        for row, posts in enumerate(self._posts):
            for child, post in enumerate(posts):
                if post.id == post_id:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    # ------------------------------------------------------------ structure
    def index(self, row: int, column: int = 0, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self.cells) else QModelIndex()
        if parent.internalId() == 0 and row < len(self._posts[parent.row()]):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent_of(self, child: AnyIndex) -> QModelIndex:
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.cells)
        if parent.internalId() == 0:
            return len(self._posts[parent.row()])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def post_at(self, index: AnyIndex) -> PostRef | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._posts[index.internalId() - 1][index.row()]

    def cell_at(self, index: AnyIndex) -> Cell | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self.cells[index.row()]
        return self.cells[index.internalId() - 1]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        post = self.post_at(index)
        if post is None:
            return self.cells[index.row()] if role == CellRole and index.isValid() else None
        if role == Qt.ItemDataRole.DisplayRole:
            assert post.scheduled_at is not None
            label = post.title or post.text.split("\n", 1)[0]
            return f"{post.scheduled_at:%H:%M} {label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return post_tooltip(post, self.label_names)
        if role in COLOUR_ROLES:
            return network_colour(post, role)
        if role == PostRole:
            return post
        if role == CellRole:
            return self.cell_at(index)
        if role == WarningsRole:
            return len(self.warnings.get(post.id, ()))  # a count: cheap to carry in a QVariant
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        if index.internalId() == 0:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return (
            base
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # ------------------------------------------------------------ drag and drop
    def mimeTypes(self) -> list[str]:
        return [POST_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = []
        for index in indexes:
            post = self.post_at(index)
            if post is not None and post.id not in ids:
                ids.append(post.id)
        return encode_post_ids(ids, self.plan_key)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return bool(decode_post_ids(data, self.plan_key)) and self.cell_at(parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """A drop hands the ids and the target cell to the drop handler (a service call).

        Returns False so that the view never removes the source rows itself: the
        service's change notice repaints both ends.
        """
        ids = decode_post_ids(data, self.plan_key)
        cell = self.cell_at(parent)
        if not ids or cell is None or self.drop_handler is None:
            return False
        if self.drop_minute is not None and cell.hour is not None:
            cell = replace(cell, minute=self.drop_minute)  # where the pointer was
        self.drop_handler(ids, cell, action == Qt.DropAction.CopyAction)
        return False
