"""The open plan as the UI sees it: the file, its undo stack and a change signal.

A user action becomes a command that calls a service; the service returns what
changed, and ``changed`` tells every tab, each refreshing only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from smplanner.services.changes import Changes
from smplanner.storage.plan_file import PlanFile

ServiceCall = Callable[[], Changes]


class ServiceCommand(QUndoCommand):
    """One undo step made of two service calls: do and undo.

    The first redo() is skipped because PlanDocument.execute() already ran the
    change (so that a refused change never lands on the stack).
    """

    def __init__(self, document: PlanDocument, text: str, do: ServiceCall, undo: ServiceCall):
        super().__init__(text)
        self._document = document
        self._do = do
        self._undo = undo
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self._document.notify(self._document.guarded(self._do))

    def undo(self) -> None:
        self._document.notify(self._document.guarded(self._undo))


class PlanDocument(QObject):
    changed = Signal(object)  # Changes
    failed = Signal(object)  # an exception a person must be told about

    def __init__(self, plan: PlanFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.undo_stack = QUndoStack(self)

    @property
    def read_only(self) -> bool:
        return self.plan.read_only

    def execute(self, text: str, do: ServiceCall, undo: ServiceCall) -> bool:
        """Run ``do`` now and, if it succeeded, push it as one undo step named ``text``."""
        changes = self.guarded(do)
        if changes is None:
            return False
        self.undo_stack.push(ServiceCommand(self, text, do, undo))
        self.notify(changes)
        return True

    def guarded(self, call: ServiceCall) -> Changes | None:
        """Run a service call; user errors are reported through ``failed``, not raised."""
        from smplanner.ui.error_messages import is_user_error

        try:
            return call()
        except Exception as error:
            if not is_user_error(error):
                raise
            self.failed.emit(error)
            return None

    def notify(self, changes: Changes | None) -> None:
        if changes is not None:
            self.changed.emit(changes)

    def close(self) -> None:
        self.undo_stack.clear()
        self.plan.close()
