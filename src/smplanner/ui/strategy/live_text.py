"""A text answer saved while it is typed, whose undo stays inside the field.

Typing is saved after a pause of ``PAUSE_MS`` (and when the field is left), each save
one step on the plan's undo stack: a crash loses at most the last second. Ctrl+Z in
the field undoes that field's own steps, one pause at a time, and never another
field's; Ctrl+Y / Ctrl+Shift+Z redo them. Qt's own undo inside the widget is off: it
merged every keystroke since the field was filled and emptied it whole.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

PAUSE_MS = 1000  # the "a kill loses at most the last second"


def is_undo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo)


def is_redo(event: QKeyEvent) -> bool:
    """Redo, with Ctrl+Y too: Linux desktops bind only Ctrl+Shift+Z to it."""
    ctrl_y = event.key() == Qt.Key.Key_Y and (
        event.modifiers() == Qt.KeyboardModifier.ControlModifier
    )
    return ctrl_y or event.matches(QKeySequence.StandardKey.Redo)


class LiveTextField(QObject):
    """Watches one text widget: saves on pauses, handles undo/redo keys inside it.

    ``commit`` saves the widget's text (one undo step, or nothing when unchanged);
    ``loading`` says the form is filling the widget itself (not the user typing).
    """

    def __init__(
        self,
        widget: QPlainTextEdit | QLineEdit,
        stack: Callable[[], QUndoStack],
        commit: Callable[[], None],
        loading: Callable[[], bool],
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self._stack = stack
        self._commit = commit
        self._loading = loading
        self._steps: list[QUndoCommand] = []  # this field's steps on the plan's stack
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.save)
        if isinstance(widget, QPlainTextEdit):
            widget.setUndoRedoEnabled(False)
            widget.textChanged.connect(self._typed)
        else:
            widget.textEdited.connect(self._typed)
        widget.installEventFilter(self)

    def _typed(self, *_args: object) -> None:
        if not self._loading():
            self.timer.start()

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    def save(self) -> None:
        """Save now what is typed (a pause, leaving the field, before an undo)."""
        self.timer.stop()
        stack = self._stack()
        before = stack.index(), stack.count()
        self._commit()
        if (stack.index(), stack.count()) != before and stack.index() > 0:
            self._steps = [s for s in self._steps if self._on_stack(s)]
            self._steps.append(stack.command(stack.index() - 1))

    def _on_stack(self, step: QUndoCommand) -> bool:
        stack = self._stack()
        return any(stack.command(n) is step for n in range(stack.count()))

    def _mine(self, position: int) -> bool:
        stack = self._stack()
        if not 0 <= position < stack.count():
            return False
        command = stack.command(position)
        return any(command is step for step in self._steps)

    def undo(self) -> bool:
        """Undo this field's last saved pause (saving what was being typed first)."""
        self.save()
        stack = self._stack()
        if not self._mine(stack.index() - 1):
            return False
        stack.undo()
        self._cursor_to_end()
        return True

    def redo(self) -> bool:
        stack = self._stack()
        if self.pending or not self._mine(stack.index()):
            return False
        stack.redo()
        self._cursor_to_end()
        return True

    def _cursor_to_end(self) -> None:
        if isinstance(self.widget, QPlainTextEdit):
            self.widget.moveCursor(QTextCursor.MoveOperation.End)
        else:
            self.widget.end(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.widget or not isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.FocusOut and watched is self.widget:
                self.save()
            return False
        if not (is_undo(event) or is_redo(event)):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the keys are the field's, not the Edit menu's
            return True
        if event.type() == QEvent.Type.KeyPress:
            if is_undo(event):
                self.undo()
            else:
                self.redo()
            return True
        return False
