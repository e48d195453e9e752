"""The everyday gestures on post cards: the right-click menu (open, duplicate, change
status, move to ideas, copy to another network, copy, cut, delete; on an empty day:
new post, paste), the question before deleting several posts, and the search field
that marks the matching cards. Every change is one undo step (CalendarActions).

The menu and the question are opened without blocking (``popup``/``open``), so that
nothing waits in a nested event loop and a test can click them like a user.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu, QMessageBox, QWidget

from smplanner.domain.networks import all_networks
from smplanner.domain.post_refs import STATUSES, PostRef
from smplanner.domain.post_search import post_matcher
from smplanner.domain.post_status import PostStatus
from smplanner.services import calendar_queries
from smplanner.ui.calendar.calendar_actions import CalendarActions
from smplanner.ui.calendar.calendar_dialog_launchers import CalendarDialogs
from smplanner.ui.calendar.calendar_grid_view import CalendarGridView
from smplanner.ui.calendar.calendar_labels import CalendarLabels
from smplanner.ui.calendar.calendar_period import PeriodGrids
from smplanner.ui.calendar.calendar_selection import CalendarSelection
from smplanner.ui.calendar.delete_question import ask_to_delete
from smplanner.ui.calendar.post_list_view import PostListView
from smplanner.ui.document import PlanDocument

if TYPE_CHECKING:
    from smplanner.ui.calendar.client_comment_dialog import ClientCommentDialog
    from smplanner.ui.composer.variants_dialog import VariantsDialog


class PostGestures(QObject):
    """Menus, delete question and search of one Calendar tab, given the parts they
    act through (not the tab); the menus and questions open over ``parent``."""

    def __init__(
        self,
        parent: QWidget,
        document: PlanDocument,
        actions: CalendarActions,
        selection: CalendarSelection,
        dialogs: CalendarDialogs,
        labels: CalendarLabels,
        grids: PeriodGrids,
        backlog: PostListView,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.document = document
        self.calendar_actions = actions
        self.selection = selection
        self.dialogs = dialogs
        self.labels = labels
        self.grids = grids
        self.backlog = backlog
        self.variants_dialog: VariantsDialog | None = None
        self.menu: QMenu | None = None  # the menu on screen (tests click its actions)
        self.delete_question: QMessageBox | None = None
        self.comment_dialog: ClientCommentDialog | None = None  # "changes requested" asked
        self.matcher: Callable[[PostRef], bool] | None = None

    # ------------------------------------------------------------ right-click menu
    def attach(
        self, view: QAbstractItemView, post_at: Callable[[QModelIndex], PostRef | None]
    ) -> None:
        """Give ``view`` the cards' right-click menu; ``post_at(index)`` reads a card."""
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda point: self.open_menu(view, post_at, point))

    def open_menu(
        self,
        view: QAbstractItemView,
        post_at: Callable[[QModelIndex], PostRef | None],
        point: QPoint,
    ) -> None:
        index = view.indexAt(point)
        post = post_at(index) if index.isValid() else None
        selection = view.selectionModel()
        if post is not None and not selection.isSelected(index):
            # Right-click on a card outside the selection acts on that card alone.
            self.selection.clear()
            flags = selection.SelectionFlag.ClearAndSelect
            if view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
                flags |= selection.SelectionFlag.Rows  # the agenda: a post is a row
            selection.select(index, flags)
            view.setCurrentIndex(index)
        elif post is None and index.isValid():
            view.setCurrentIndex(index)  # an empty day: where "Paste" and "New" land
        posts = self.selection.selected_posts() if post is not None else []
        menu = self._posts_menu(posts) if posts else self._cell_menu(view)
        if menu is None:
            return
        self.menu = menu
        menu.popup(view.viewport().mapToGlobal(point))

    def _posts_menu(self, posts: list[PostRef]) -> QMenu:
        from smplanner.ui.calendar.post_status_texts import status_label

        actions = self.calendar_actions
        ids = [p.id for p in posts]

        # One closure per entry, taking no argument: Qt calls the slot with none.
        def set_status(status: str) -> Callable[[], object]:
            return lambda: actions.set_status(ids, status)

        def copy_to(network: str) -> Callable[[], object]:
            return lambda: actions.copy_to_network(ids, network)

        menu = QMenu(self.parent_widget)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if len(posts) == 1:
            menu.addAction(self.tr("Open…"), lambda: self.dialogs.edit_post(posts[0]))
            group_id = posts[0].group_id
            if group_id is not None:
                menu.addAction(
                    self.tr("Variants side by side…"), lambda: self.open_variants(group_id)
                )
        menu.addAction(self.tr("Duplicate"), lambda: actions.duplicate(ids))
        statuses = menu.addMenu(self.tr("Change status"))
        for status in STATUSES:
            if status == "idea":
                continue  # an idea is a post without a date: "Move to ideas" says it
            if status == PostStatus.CHANGES_REQUESTED:
                # The client's comment first (Cancel leaves the statuses as they are).
                action = statuses.addAction(
                    status_label(status) + "…", lambda: self.ask_client_comment(posts)
                )
            else:
                action = statuses.addAction(status_label(status), set_status(status))
            action.setCheckable(True)
            action.setChecked(all(p.status == status for p in posts))
        if any(p.scheduled_at is not None for p in posts):
            menu.addAction(self.tr("Move to ideas"), lambda: actions.drop(ids, None, False))
        self._bulk_menus(menu, posts)
        self.labels.add_menu(menu, posts)
        networks = menu.addMenu(self.tr("Copy to another network"))
        for item in all_networks():
            action = networks.addAction(item.name, copy_to(item.id))
            action.setEnabled(any(p.network != item.id for p in posts))
        menu.addSeparator()
        menu.addAction(self.tr("Copy"), self.selection.copy_selected)
        menu.addAction(self.tr("Cut"), self.selection.cut)
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.dialogs.delete_posts(posts))
        return menu

    def ask_client_comment(self, posts: list[PostRef]) -> None:
        from smplanner.ui.calendar.client_comment_dialog import ask_client_comment

        self.comment_dialog = ask_client_comment(
            self.calendar_actions, posts, self.parent_widget.window()
        )
        self.comment_dialog.closed.connect(self._comment_closed)

    def _comment_closed(self) -> None:
        self.comment_dialog = None

    def open_variants(self, group_id: int) -> None:
        from smplanner.ui.composer.variants_dialog import VariantsDialog

        self.variants_dialog = VariantsDialog(self.document, group_id, self.parent_widget)
        self.variants_dialog.show()

    def _bulk_menus(self, menu: QMenu, posts: list[PostRef]) -> None:
        """Change the network or the campaign of every selected post (one undo step)."""
        actions = self.calendar_actions
        ids = [p.id for p in posts]
        n = len(ids)

        def change_network(network: str, text: str) -> Callable[[], object]:
            return lambda: actions.change(ids, text, network=network)

        def change_campaign(campaign_id: int | None, text: str) -> Callable[[], object]:
            return lambda: actions.change(ids, text, campaign_id=campaign_id)

        networks = menu.addMenu(self.tr("Change network"))
        for item in all_networks():
            text = self.tr("Change the network of %Ln post(s)", "", n)
            action = networks.addAction(item.name, change_network(item.id, text))
            action.setCheckable(True)
            action.setChecked(all(p.network == item.id for p in posts))
        campaigns = menu.addMenu(self.tr("Change campaign"))
        text = self.tr("Change the campaign of %Ln post(s)", "", n)
        choices = [(None, self.tr("(no campaign)"))] + [
            (c.id, c.name) for c in calendar_queries.campaigns(self.document.plan)
        ]
        for campaign_id, name in choices:
            action = campaigns.addAction(name, change_campaign(campaign_id, text))
            action.setCheckable(True)
            action.setChecked(all(p.campaign_id == campaign_id for p in posts))

    def _cell_menu(self, view: QAbstractItemView) -> QMenu | None:
        if not isinstance(view, CalendarGridView):
            return None
        cell = self.selection.current_cell()
        if cell is None:
            return None
        menu = QMenu(self.parent_widget)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("New post here…"), lambda: self.dialogs.create_post(cell))
        paste = menu.addAction(self.tr("Paste here"), self.selection.paste)
        paste.setEnabled(self.selection.has_clipboard)
        return menu

    # ------------------------------------------------------------ delete
    def confirm_delete(self, posts: list[PostRef], delete: Callable[[], object]) -> None:
        """Ask before deleting several posts (one is deleted at once: undo is there)."""

        def answered(yes: bool) -> None:
            self.delete_question = None
            if yes:
                delete()

        self.delete_question = ask_to_delete(
            self.parent_widget,
            self.tr("Delete posts"),
            self.tr("Delete the %Ln selected post(s)?", "", len(posts)),
            self.tr("Edit > Undo puts them back."),
            self.tr("Delete"),
            answered,
        )

    # ------------------------------------------------------------ search
    def search(self, query: str) -> None:
        """Mark the cards matching ``query`` (and dim the others); empty: no marks."""
        names = {c.id: c.name for c in calendar_queries.campaigns(self.document.plan)}
        self.matcher = post_matcher(query, names)
        for view in (self.grids.month_view, self.grids.week_view):
            if view is not None:
                view.highlight = self.matcher
                view.viewport().update()
        self.backlog.highlight = self.matcher
        self.backlog.viewport().update()
