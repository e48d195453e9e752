"""The imported posts as a sortable, filterable table with their KPIs; best and worst
rows tinted.

Lazy: a plan may hold 100,000 imported posts. The model keeps only their ids in the
order shown (a compact array; SQLite sorts and filters) and the few hundred rows
around what the view paints, read a window at a time; dates and numbers are
formatted when painted.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from datetime import tzinfo
from typing import Any, TextIO

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from smplanner.services import statistics_queries as queries
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.statistics_post_table import PostTableRow
from smplanner.ui.statistics.metric_names import metric_name, network_name
from smplanner.ui.statistics.post_id_pages import PagedIds
from smplanner.ui.statistics.posts_table_columns import (
    BEST_COLOR,
    HEADERS,
    SORT_KEYS,
    SORT_ROLE,
    WORST_COLOR,
    shown_day_and_time,
    shown_value,
)
from smplanner.ui.statistics.posts_table_csv import published_text, write_posts_csv

__all__ = [
    "BEST_COLOR",
    "WORST_COLOR",
    "PostsTableModel",
    "published_text",
    "shown_day_and_time",
]


WINDOW = 256  # rows read at once around the one asked
KEPT_ROWS = 4096  # rows kept in memory (about 16 windows: a few screens each way)
MARKS_IN_BACKGROUND = 100_000  # posts ranked on the GUI thread at most (~0.3 s)
# Posts filtered or sorted whole on the GUI thread at most (a pass over the table); past
# it the ids are read on a worker, the rows shown stay until they come.
IDS_IN_BACKGROUND = 100_000
# Of those, the first rows in the order asked are shown first when a filter many posts
# meet would take long to read whole (the rest and the count follow): a screen or more.
FIRST_SCREEN = WINDOW


class PostsTableModel(QAbstractTableModel):
    # True while a filter or sort of a large plan is read on a worker, False when shown.
    reading = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._plan: PlanFile | None = None
        self._zone: tzinfo | None = None
        self._ids: array[int] | PagedIds = array("q")
        self._rows: OrderedDict[int, PostTableRow] = OrderedDict()  # least recently used first
        self._marks: dict[int, str] | None = None  # post id -> "best" / "worst", once read
        self._ranking: Any = None  # the background ranking of a large plan, while it runs
        self._sort = (-1, Qt.SortOrder.AscendingOrder)  # the posts' own order until sorted
        self._filter = ""
        self._filter_networks: list[str] = []
        self._ids_task: Any = None  # the worker reading the ids, while it runs
        self._ids_wanted = 0  # which read of the ids is the latest (older results are dropped)
        self._first_of_wanted = 0  # the read whose first screen is shown, until the rest
        self._indexing: Any = None  # the background indexing for the filter, while it runs

    # ------------------------------------------------------------ loading

    def load(self, plan: PlanFile, zone: tzinfo | None = None) -> None:
        """Read the plan's posts again (after an import, an undo...): ids, marks."""
        self._plan, self._zone = plan, zone
        self._marks = None  # ranked again when first painted
        self._rows.clear()  # their figures may have changed
        self._reload_ids()
        self._index_in_background(plan)

    def _index_in_background(self, plan: PlanFile) -> None:
        """Index for the filter, on a worker, the many posts imports or a migration left
        out (a large plan's first opening in this version: ~15 s at 1,000,000); until
        then the filter checks them directly (or reads every post, as it did)."""
        if plan.read_only or self._indexing is not None:
            return
        from smplanner.services.statistics_hours import catch_up_post_search
        from smplanner.ui.background import Job, run_in_background

        if queries.post_search_behind(plan) <= queries.POST_SEARCH_BEHIND_IN_BACKGROUND:
            return  # a few: each filter checks them by id, until more come

        def index(job: Job) -> None:
            assert job.plan is not None  # the worker's own connection to the plan
            catch_up_post_search(job.plan)

        def ended(_: None) -> None:
            self._indexing = None

        self._indexing = run_in_background(
            self,
            index,
            plan=plan,
            writes=True,
            on_done=ended,
            name="posts filter index",
        )

    def is_indexing(self) -> bool:
        """Whether the filter's index is being filled on a worker."""
        return self._indexing is not None

    def set_filter(self, text: str) -> None:
        """Show the posts whose text, date, network or denominator contains ``text``."""
        self._filter = text
        self._reload_ids()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == self._sort and self._plan is not None:
            return  # QTableView.sortByColumn asks twice; the order is already read
        self._sort = (column, order)
        self._reload_ids()

    def _reload_ids(self) -> None:
        ids: array[int] | PagedIds = array("q")
        plan = self._plan
        column, order = self._sort
        sort = SORT_KEYS[column] if column >= 0 else "published"
        if plan is not None and not self._filter and sort in queries.PAGED_POST_SORTS:
            # By publish time (the first order) or by rate, unfiltered: read from an
            # index as the view scrolls.
            descending = order == Qt.SortOrder.DescendingOrder
            ids = PagedIds(
                queries.stat_post_count(plan),
                lambda offset, limit: queries.post_table_id_page(
                    plan, offset, limit, sort=sort, descending=descending
                ),
            )
        elif plan is not None:
            wanted: dict[str, Any] = {
                "sort": sort,
                "descending": order == Qt.SortOrder.DescendingOrder,
                "text": self._filter,
                "networks": self._networks_named(self._filter),
            }
            if queries.stat_post_count(plan) > IDS_IN_BACKGROUND:
                self._read_ids_in_background(plan, wanted)
                return
            ids = queries.post_table_ids(plan, **wanted)
        self._show_ids(ids)

    def _show_ids(self, ids: array[int] | PagedIds) -> None:
        self._ids_wanted += 1  # a read still running on a worker is now out of date
        if self._ids_task is not None:
            self._ids_task.cancel()
            self._ids_task = None
            self.reading.emit(False)
        self.beginResetModel()
        self._ids = ids  # rows read before stay valid: they are kept by id
        self.endResetModel()

    def _read_ids_in_background(self, plan: PlanFile, wanted: dict[str, Any]) -> None:
        """Filter or sort a large plan's ids on a worker (a pass over every post: ~0.3 s
        at 1,000,000 posts, more for a non-ASCII filter); shown when read, unless a newer
        filter, sort or plan was asked meanwhile."""
        from smplanner.ui.background import Job, run_in_background

        if self._ids_task is not None:
            self._ids_task.cancel()  # its statement is interrupted; its result dropped
        self._ids_wanted += 1
        number = self._ids_wanted

        def read(job: Job) -> array[int]:
            assert job.plan is not None  # the worker's own connection to the plan
            first = queries.post_table_first_ids(job.plan, FIRST_SCREEN, **wanted)
            if first is not None:
                job.deliver(first)  # shown at once, the count coming with the rest
            return queries.post_table_ids(job.plan, **wanted)

        def first_shown(first: list[int]) -> None:
            if number != self._ids_wanted or self._plan is not plan:
                return
            self._first_of_wanted = number
            self.beginResetModel()
            self._ids = array("q", first)
            self.endResetModel()

        def shown(ids: array[int]) -> None:
            if number != self._ids_wanted or self._plan is not plan:
                return  # a newer read was asked: its own result comes
            self._ids_task = None
            head = len(self._ids) if self._first_of_wanted == number else 0
            if head and len(ids) > head and ids[:head] == self._ids:
                # The first rows are these already: the rest added below them (the
                # view keeps its scroll position and selection).
                self.beginInsertRows(QModelIndex(), head, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
            elif not head or ids != self._ids:
                self.beginResetModel()
                self._ids = ids
                self.endResetModel()
            self._first_of_wanted = 0
            self.reading.emit(False)

        def stopped() -> None:
            pass  # replaced by a newer read, which reports when done

        self._ids_task = run_in_background(
            self,
            read,
            plan=plan,
            on_done=shown,
            on_part=first_shown,
            on_cancelled=stopped,
            name="posts filter",
        )
        self.reading.emit(True)

    def is_reading(self) -> bool:
        """Whether ids are being read on a worker (a filter or sort of a large plan)."""
        return self._ids_task is not None

    def shows_latest(self) -> bool:
        """Whether the rows shown are those of the latest filter or sort asked: all of
        them, or its first screen while the rest and the count are read."""
        return self._ids_task is None or self._first_of_wanted == self._ids_wanted

    def _networks_named(self, text: str) -> list[str]:
        """Networks whose shown name or denominator contains the filter text."""
        if not text or self._plan is None:
            return []
        from smplanner.domain.kpi import BY_REACH, NATURAL_DENOMINATOR

        needle = text.casefold()
        found = []
        for network in queries.stat_post_networks(self._plan):
            denominator = NATURAL_DENOMINATOR.get(network, BY_REACH)
            names = (
                network,
                network_name(network),
                metric_name(denominator),
            )
            if any(needle in name.casefold() for name in names):
                found.append(network)
        return found

    def row_at(self, position: int) -> PostTableRow:
        """The row shown at a position, read with its neighbours if not in memory."""
        post_id = self._ids[position]
        row = self._rows.get(post_id)
        if row is not None:
            self._rows.move_to_end(post_id)
            return row
        assert self._plan is not None
        first = max(0, position - WINDOW // 4)  # a little above too: views scroll both ways
        wanted = [i for i in self._ids[first : first + WINDOW] if i not in self._rows]
        self._rows.update(queries.post_table_rows(self._plan, wanted))
        while len(self._rows) > KEPT_ROWS:
            self._rows.popitem(last=False)
        # A post deleted since the ids were read shows empty until the next load.
        return self._rows.get(post_id) or PostTableRow(
            post_id, None, False, "", "", None, None, None, "", False, None
        )

    def rows_in_memory(self) -> int:
        """How many rows are held (the rest are read when shown)."""
        return len(self._rows)

    @property
    def marks(self) -> dict[int, str]:
        """Post id -> "best" or "worst" (read when first asked: a hidden table never is).

        Ranking reads every post's figures: on a plan past MARKS_IN_BACKGROUND posts it
        runs on a worker and the rows are tinted when it is done, not before the first
        paint; the marks are kept in the plan (services/statistics_kept.py), so the
        next opening on the same figures tints them at once."""
        if self._marks is None:
            if self._plan is None:
                self._marks = {}
            elif len(self._ids) <= MARKS_IN_BACKGROUND and self._ids_task is None:
                self._marks = queries.best_and_worst_posts(self._plan)
            elif self._ranking is not None:
                return {}  # being ranked: tinted when done
            else:
                from smplanner.services.statistics_kept import kept_marks

                # Ranked before on these figures: kept in the plan, read at once.
                self._marks = kept_marks(self._plan)
                if self._marks is None:
                    self._rank_in_background(self._plan)
                    return {}
        return self._marks

    def _rank_in_background(self, plan: PlanFile) -> None:
        if self._ranking is not None:
            return
        from smplanner.ui.background import Job, run_in_background

        def ranked(marks: dict[int, str]) -> None:
            self._ranking = None
            if self._plan is not plan:
                return  # another plan was loaded meanwhile
            self._marks = marks
            if self.rowCount():
                last = self.index(self.rowCount() - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.BackgroundRole])

        def rank(job: Job) -> dict[int, str]:
            from smplanner.services.statistics_kept import marks_kept

            assert job.plan is not None  # the worker's own connection to the plan
            return marks_kept(job.plan)  # and kept in the plan for its next opening

        self._ranking = run_in_background(
            self,
            rank,
            plan=plan,
            writes=not plan.read_only,  # to keep the marks
            on_done=ranked,
            name="posts ranking",
        )

    def mark_at(self, position: int) -> str:
        """ "best", "worst" or "" for the row at a position."""
        return self.marks.get(self._ids[position], "")

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PostsTableModel", str(HEADERS[section]))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (3, 4, 5):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            mark = self.mark_at(index.row())
            if not mark:
                return None
            return BEST_COLOR if mark == "best" else WORST_COLOR
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return (row.link or row.text) if column == 2 else None
        value = self._value(row, column)
        if role == SORT_ROLE:
            return -1.0 if value is None else value
        return shown_value(value, column)

    def _value(self, row: PostTableRow, column: int) -> Any:
        if column == 0:
            return published_text(row, self._zone)
        return (
            None,
            row.network,
            row.text,
            row.audience,
            row.interactions,
            row.rate,
            row.denominator,
            row.planned,
        )[column]

    # ------------------------------------------------------------ export

    def write_csv(self, handle: TextIO) -> None:
        """Every imported post as CSV (English column names, raw numbers), oldest
        first, written as read."""
        if self._plan is not None:
            write_posts_csv(handle, queries.all_post_table_rows(self._plan), self.marks, self._zone)
        else:
            write_posts_csv(handle, [], {}, None)
