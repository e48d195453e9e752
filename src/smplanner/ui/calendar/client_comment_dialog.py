"""The small dialog that asks for the client's comment when posts are marked "changes
requested" (from the Status button or the card menu): OK sets the status and the
comment in one undo step, Cancel leaves every post as it was.

Opened without blocking (``open``), so that the window and the tests keep running; the
dialog deletes itself when closed and tells its opener (``closed``), which then drops
its reference: no Python wrapper of a deleted dialog is kept.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.post_refs import PostRef
from smplanner.domain.post_status import PostStatus
from smplanner.ui.calendar.calendar_actions import CalendarActions


class ClientCommentDialog(QDialog):
    """What the client asked to change (kept on the post, shown on its card)."""

    closed = Signal()

    def __init__(
        self, actions: CalendarActions, posts: list[PostRef], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._ids = [p.id for p in posts]
        self.setWindowTitle(self.tr("Changes requested"))
        # One post: start from what the client already said; several: a fresh comment.
        start = posts[0].client_comment if len(posts) == 1 else ""
        self.comment = QPlainTextEdit(start)
        self.comment.setPlaceholderText(self.tr("What the client wants changed"))
        self.comment.setTabChangesFocus(True)  # Tab reaches the buttons, as in a form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr("The client's comment on %Ln post(s):", "", len(posts))))
        box.addWidget(self.comment)
        box.addWidget(buttons)
        self.setMinimumWidth(400)  # a sentence or two of the client's fits on a line
        self.finished.connect(self._close)

    def text(self) -> str:
        return self.comment.toPlainText().strip()

    def accept(self) -> None:
        self._actions.set_status(self._ids, PostStatus.CHANGES_REQUESTED, self.text())
        super().accept()

    def _close(self) -> None:
        self.closed.emit()
        self.deleteLater()


def ask_client_comment(
    actions: CalendarActions, posts: list[PostRef], parent: QWidget
) -> ClientCommentDialog:
    """Open the comment dialog for ``posts`` (not blocking); OK marks them."""
    dialog = ClientCommentDialog(actions, posts, parent)
    dialog.open()
    return dialog
