"""Selection, clipboard and keyboard moves of the Calendar tab: a part the tab owns
(``tab.selection``), given the period (which grid is shown), the agenda, the ideas
and the calendar's actions, not the tab.

Cut/paste, Delete, Alt+arrows and Return act on the posts selected in the grid
shown, the agenda or the ideas; the moved posts stay selected.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTableView, QWidget

from smplanner.domain.post_refs import PostRef
from smplanner.ui.calendar.backlog_model import BacklogModel
from smplanner.ui.calendar.calendar_actions import CalendarActions
from smplanner.ui.calendar.calendar_period import AGENDA, CalendarPeriod
from smplanner.ui.calendar.cells_model import Cell, PostRole
from smplanner.ui.calendar.post_list_view import PostListView


class CalendarSelection:
    """The posts selected and the clipboard; ``edit_post`` and ``delete_posts`` are the
    tab's dialogs (an occurrence of a series asks first)."""

    def __init__(
        self,
        period: CalendarPeriod,
        actions: CalendarActions,
        agenda: QTableView,
        backlog: PostListView,
        backlog_model: BacklogModel,
        *,
        edit_post: Callable[[PostRef], None],
        delete_posts: Callable[[list[PostRef]], None],
    ) -> None:
        self.period = period
        self.actions = actions
        self.agenda = agenda
        self.backlog = backlog
        self.backlog_model = backlog_model
        self._edit_post = edit_post
        self._delete_posts = delete_posts
        self._clipboard: list[int] = []
        self._clipboard_copies = False  # Ctrl+C (copies) rather than Ctrl+X (a move)

    def install_shortcuts(self, widget: QWidget) -> None:
        """The keys, active while the focus is in ``widget`` (the tab)."""
        # A standard key stays one (QShortcut then takes every binding of the platform).
        bindings: list[tuple[QKeySequence | QKeySequence.StandardKey, Callable[[], object]]] = [
            (QKeySequence.StandardKey.Copy, self.copy_selected),
            (QKeySequence.StandardKey.Cut, self.cut),
            (QKeySequence.StandardKey.Paste, self.paste),
            (QKeySequence.StandardKey.Delete, self.delete_selected),
            (QKeySequence("Alt+Right"), lambda: self.shift_selected(days=1)),
            (QKeySequence("Alt+Left"), lambda: self.shift_selected(days=-1)),
            (QKeySequence("Alt+Down"), lambda: self.shift_selected(hours=1)),
            (QKeySequence("Alt+Up"), lambda: self.shift_selected(hours=-1)),
            (QKeySequence("Return"), self.edit_selected),
        ]
        for sequence, slot in bindings:
            shortcut = QShortcut(sequence, widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    @property
    def has_clipboard(self) -> bool:
        """Something was cut or copied (Paste is offered)."""
        return bool(self._clipboard)

    def selected_post_ids(self) -> set[int]:
        """The posts selected on the grid shown."""
        model = self.period.current_model()
        selected = self.period.current_selection().selectedIndexes()
        return {p.id for p in (model.post_at(i) for i in selected) if p}

    def reselect(self, ids: set[int]) -> None:
        """Keep moved posts selected (Alt+arrows again moves them further)."""
        if not ids:
            return
        selection = self.period.current_selection()
        model = self.period.current_model()
        for post_id in ids:
            index = model.index_of_post(post_id)
            if index.isValid() and not selection.isSelected(index):
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)

    def selected_posts(self) -> list[PostRef]:
        if self.period.mode == AGENDA:
            rows = self.agenda.selectionModel().selectedRows()
            return [r.data(PostRole) for r in rows]
        model = self.period.current_model()
        posts = [model.post_at(i) for i in self.period.current_selection().selectedIndexes()]
        backlog = [
            self.backlog_model.post_at(i) for i in self.backlog.selectionModel().selectedIndexes()
        ]
        return [p for p in posts + backlog if p is not None]

    def current_cell(self) -> Cell | None:
        view = self.period.current_grid()
        if view is None:
            return None
        return self.period.current_model().cell_at(view.currentIndex())

    def cut(self) -> None:
        self._clipboard = [p.id for p in self.selected_posts()]
        self._clipboard_copies = False

    def copy_selected(self) -> None:
        """Ctrl+C: the next Ctrl+V puts copies on the day chosen (as often as wanted)."""
        self._clipboard = [p.id for p in self.selected_posts()]
        self._clipboard_copies = True

    def paste(self) -> None:
        """Ctrl+V on the current day (or hour): copies after Ctrl+C, a move after Ctrl+X."""
        cell = self.current_cell()
        if self._clipboard and cell is not None:
            self.actions.drop(self._clipboard, cell, self._clipboard_copies)
            if not self._clipboard_copies:
                self._clipboard = []

    def clear(self) -> None:
        """Nothing selected anywhere in the tab (a right-click then picks one card)."""
        self.period.current_selection().clearSelection()
        self.backlog.selectionModel().clearSelection()
        self.agenda.selectionModel().clearSelection()

    def delete_selected(self) -> None:
        self._delete_posts(self.selected_posts())

    def shift_selected(self, days: int = 0, hours: int = 0) -> None:
        self.actions.shift(self.selected_posts(), days=days, hours=hours)

    def edit_selected(self) -> None:
        posts = self.selected_posts()
        if posts:
            self._edit_post(posts[0])
