"""The calendar bar's "Status" button: set the selected posts' status in one undo step.

"Changes requested" first asks for the client's comment (client_comment_dialog.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QIcon, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from smplanner.domain.post_refs import PostRef
from smplanner.domain.post_status import PostStatus
from smplanner.ui.calendar.calendar_actions import CalendarActions
from smplanner.ui.calendar.client_comment_dialog import ClientCommentDialog, ask_client_comment
from smplanner.ui.calendar.menu_tool_button import MenuToolButton
from smplanner.ui.calendar.post_status_texts import status_colour, status_label


class StatusButton(MenuToolButton):
    """Sets the status of the posts ``selected()`` returns (grid, agenda or ideas)."""

    def __init__(
        self,
        actions: CalendarActions,
        selected: Callable[[], list[PostRef]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._selected = selected
        self.comment_dialog: ClientCommentDialog | None = None
        self.setText(self.tr("Status"))
        self.setToolTip(self.tr("Set the status of the selected posts"))
        self.status_menu = QMenu(self)
        self.status_actions: dict[PostStatus, QAction] = {}
        for status in PostStatus:
            text = status_label(status)
            if status is PostStatus.CHANGES_REQUESTED:
                text += "…"
            action = self.status_menu.addAction(text)
            action.triggered.connect(lambda _=False, s=status: self.choose(s))
            self.status_actions[status] = action
            colour = status_colour(status)
            if colour is not None:
                swatch = QPixmap(12, 12)
                swatch.fill(colour)
                action.setIcon(QIcon(swatch))
        self.status_menu.addSeparator()
        # The exemption from the "same text on every network" rule (a big announcement).
        self.flagship_action = self.status_menu.addAction(
            self.tr("Flagship launch: the same text on every network is fine")
        )
        self.flagship_action.setCheckable(True)
        self.flagship_action.triggered.connect(self._flagship)
        self.status_menu.aboutToShow.connect(self._enable)
        self.setMenu(self.status_menu)

    def _enable(self) -> None:
        from smplanner.services.calendar_flagship import is_flagship

        posts = self._selected()
        for action in [*self.status_actions.values(), self.flagship_action]:
            action.setEnabled(bool(posts))
        self.flagship_action.setChecked(is_flagship(self._actions.document.plan, posts))

    def _flagship(self, checked: bool) -> None:
        posts = self._selected()
        if posts:
            self._actions.set_flagship([p.id for p in posts], checked)

    def choose(self, status: PostStatus) -> None:
        posts = self._selected()
        if not posts:
            return
        if status is not PostStatus.CHANGES_REQUESTED:
            self._actions.set_status([p.id for p in posts], status)
            return
        self.comment_dialog = ask_client_comment(self._actions, posts, self.window())
        self.comment_dialog.closed.connect(self._comment_closed)

    def _comment_closed(self) -> None:
        self.comment_dialog = None
