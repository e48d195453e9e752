"""The open plan as the UI sees it: the file, its undo stack and a change signal.

A user action calls a service that returns an ``Edit`` (services/changes.py: what
changed and how to reverse it); ``run`` pushes it on the QUndoStack as one step,
and ``changed`` tells every tab, each refreshing only what it shows. This module
only adapts core Edits to Qt's undo stack: it builds no inverse of its own.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from smplanner.services.changes import Changes, Edit
from smplanner.storage.plan_file import PlanFile

T = TypeVar("T")
EditCall = Callable[[], Edit]
StepText = str | Callable[[Edit], str]  # the undo menu's name for a step


class EditCommand(QUndoCommand):
    """One undo step wrapping one core Edit (a composite Edit undoes its parts in
    reverse order itself; several ``run`` calls of one gesture go in a ``macro``).

    The first redo() is skipped: the service already made the change when it
    returned the Edit (so that a refused change never lands on the stack).

    The step refers to its document weakly: the document owns the stack that owns
    the step, and a strong reference back made a reference cycle of them, left to
    the cyclic collector (see PlanDocument.__del__).
    """

    def __init__(self, document: PlanDocument, text: str, edit: Edit) -> None:
        super().__init__(text)
        self._owner = weakref.ref(document)
        self.edit = edit
        self._already_done = True

    @property
    def _document(self) -> PlanDocument:
        document = self._owner()
        # The stack running this step is the document's child: the document lives.
        assert document is not None, "an undo step outlived its document"
        return document

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        steps = self.edit.on_worker
        if steps is not None:
            self._document.notify(
                self._document.guarded(lambda: self._on_worker(steps.redo, undoing=False))
            )
        else:
            self._document.notify(self._document.guarded(self.edit.redo))

    def undo(self) -> None:
        steps = self.edit.on_worker
        if steps is not None:
            self._document.notify(
                self._document.guarded(lambda: self._on_worker(steps.undo, undoing=True))
            )
        else:
            self._document.notify(self._document.guarded(self.edit.undo))

    def _on_worker(self, step: Callable[[PlanFile], Changes], *, undoing: bool) -> Changes:
        """A long undo or redo (a large import's) on a worker, the window waiting
        behind a modal progress note: it keeps painting, edits wait their turn."""
        from smplanner.ui.worker_step import run_waiting

        self._document.stepping = True  # steps pushed meanwhile wait (see push)
        try:
            return run_waiting(self._document, step, self.text(), undoing=undoing)
        finally:
            self._document.stepping = False
            # After QUndoStack has moved its index past this step, not inside it.
            QTimer.singleShot(0, self._document.push_waiting)


class PlanDocument(QObject):
    changed = Signal(object)  # Changes
    failed = Signal(object)  # an exception a person must be told about

    def __init__(self, plan: PlanFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.undo_stack = QUndoStack(self)
        # True while a long undo or redo runs on a worker (the window waits in an
        # event loop): a step pushed then (a background import done) waits for it.
        self.stepping = False
        self._waiting: list[tuple[StepText, Edit]] = []

    @property
    def read_only(self) -> bool:
        return self.plan.read_only

    def run(self, text: StepText, call: EditCall) -> Edit | None:
        """Make the change ``call`` makes (a service returning an Edit) and push it as
        one undo step named ``text`` (or ``text(edit)``, when the name needs what the
        service found, e.g. how many posts it deleted). A user error is reported
        through ``failed`` and answers None; an edit that changed nothing is answered
        but not pushed."""
        edit = self.guarded(call)
        if edit is None:
            return None
        self.push(text, edit)
        return edit

    def apply(self, text: StepText, call: EditCall) -> bool:
        """``run``, answering whether a step was pushed (not refused, not a no-op)."""
        edit = self.run(text, call)
        return edit is not None and not edit.changed_nothing

    def push(self, text: StepText, edit: Edit) -> None:
        """Push an Edit already made (e.g. in the background) and tell the tabs."""
        if edit.changed_nothing:
            return
        if self.stepping:  # inside the undo stack's undo() or redo(): pushed after it
            self._waiting.append((text, edit))
            return
        name = text if isinstance(text, str) else text(edit)
        self.undo_stack.push(EditCommand(self, name, edit))
        self.notify(edit.changes)

    def push_waiting(self) -> None:
        """Push the steps that came while a long undo or redo ran."""
        waiting, self._waiting = self._waiting, []
        for text, edit in waiting:
            self.push(text, edit)

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Several ``run`` calls of one gesture as one undo step named ``text``."""
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    def guarded(self, call: Callable[[], T]) -> T | None:
        """Run a service call; user errors are reported through ``failed``, not raised."""
        from smplanner.ui.error_messages import is_user_error

        if self.plan.closed:
            # A field left as its window closes, after the plan was closed: what was
            # typed was saved before the close (StrategyTab.hideEvent); nothing to do.
            return None
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

    def __del__(self) -> None:
        """Empty the undo stack while the document and its steps are whole.

        A document left in a reference cycle (never closed, its window or tab in a
        cycle too) is freed by Python's cyclic collector, which clears the cycle's
        wrappers one at a time in no set order. shiboken6 (6.11) then lets an undo
        step's wrapper cleared before the stack delete its C++ command, which the
        stack still lists: the stack's destructor deleted it again, a segmentation
        fault "Garbage-collecting" on the GUI thread (issue #11). The collector runs
        every finalizer of the garbage before it clears anything (PEP 442), so the
        stack is emptied here in Qt's own order first."""
        with suppress(RuntimeError):  # the C++ document is gone already (and its stack)
            self.undo_stack.clear()
