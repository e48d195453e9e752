"""The one way to run work off the GUI thread: ``run_in_background``.

Modelled on Anki's QueryOp/CollectionOp: a plain function runs on a worker thread
(with its own SQLite connection to the plan when it needs one), may report progress
and be cancelled, and its result (or error) comes back on the GUI thread, where the
change notice is sent. Reading files, storing an import, keyring and network calls,
queries that would freeze the window: all go through here.

How to use it (from a widget, on the GUI thread)::

    from smplanner.ui.background import run_in_background

    def work(job: Job) -> ImportOutcome:          # runs on the worker thread
        return import_files(job.plan, previews, progress=job.progress)

    self._task = run_in_background(
        self,                       # a QObject: the task lives as its child
        work,
        plan=document.plan,         # job.plan: the plan on the worker's own connection
        writes=True,                # read-write connection (default: read-only)
        on_done=self._stored,       # GUI thread: the function's result
        on_progress=self._step,     # GUI thread: (done, total, text)
        on_part=self._show_one,     # GUI thread: each value the work hands to job.deliver()
        on_cancelled=self._stopped, # GUI thread: the work stopped after cancel()
        on_failed=self._failed,     # GUI thread: any exception (default: see below)
        document=document,          # the result's Changes go to document.notify
        name="import",              # the thread's name (logs, debuggers)
    )
    self._task.cancel()   # job.progress() then raises; a running statement is interrupted
    self._task.wait()     # block until the worker has ended (a dialog closing)

Inside ``work``: call ``job.progress(done, total, text)`` now and then (it raises
``TaskCancelled`` once cancel() was asked, which rolls a transaction back), or test
``job.cancelled``; hand partial results over with ``job.deliver(value)`` (each file
read, say) so the window shows them at once. Never touch a widget or the GUI's ``plan.conn`` there.

Errors: with ``on_failed`` every exception goes to it. Without, a user error goes
to ``document.failed`` (the window shows it) and a bug is raised on the GUI thread,
loud as if it had happened there. A task whose ``parent`` is deleted still finishes
its work, but reports nothing.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from smplanner.services.changes import Changes
from smplanner.storage.plan_file import PlanFile

if TYPE_CHECKING:
    from smplanner.ui.document import PlanDocument

T = TypeVar("T")

# Each task runs on a daemon thread of its own, not on a QThreadPool: quitting must
# never wait for a long read (a 500 MB integrity check) or a keyring call stuck on an
# unlock prompt; work cut short that way leaves SQLite's journal to roll it back.
_running: set[BackgroundTask[Any]] = set()  # keeps a task alive until it reports


class TaskCancelled(Exception):
    """Raised inside the work by ``Job.progress`` once the task was cancelled."""


class Job:
    """What the work function gets: its plan connection, progress and cancel."""

    def __init__(self, task: BackgroundTask[Any]) -> None:
        self._task = task
        self.plan: PlanFile | None = None

    @property
    def cancelled(self) -> bool:
        return self._task.cancel_asked

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report how far the work is; raises TaskCancelled once cancel() was asked."""
        if self._task.cancel_asked:
            raise TaskCancelled
        self._task.emit(self._task.relay.progressed, done, total, text)

    def deliver(self, value: object) -> None:
        """Hand one partial result to ``on_part`` on the GUI thread; raises TaskCancelled
        once cancel() was asked."""
        self.check()
        self._task.emit(self._task.relay.delivered, value)

    def check(self) -> None:
        """Raise TaskCancelled if cancel() was asked (for work with nothing to report)."""
        if self._task.cancel_asked:
            raise TaskCancelled


class _Relay(QObject):
    # Created on the GUI thread, so connected slots run there (queued).
    progressed = Signal(int, int, str)
    delivered = Signal(object)
    ended = Signal(str, object)  # "done" | "failed" | "cancelled", the value


class BackgroundTask(Generic[T]):
    """One function running off the GUI thread; made by ``run_in_background``."""

    def __init__(
        self,
        work: Callable[[Job], T],
        *,
        plan: PlanFile | None,
        writes: bool,
    ) -> None:
        self._work = work
        self._plan = plan
        self._writes = writes
        # Reentrant: emit() holds it while a signal is posted, and the relay's deletion
        # (GUI thread) takes it too, so the two never overlap (see relay_gone).
        self._guard = threading.RLock()
        self._finished = threading.Event()
        self._conn: sqlite3.Connection | None = None
        self._relay_alive = True
        self.cancel_asked = False
        self.relay = _Relay()

    @property
    def running(self) -> bool:
        return not self._finished.is_set()

    @property
    def reports(self) -> bool:
        """Whether the result will still be reported (False once the parent is deleted)."""
        return self._relay_alive

    def cancel(self) -> None:
        """Stop the work at its next progress report; interrupt its SQL statement."""
        with self._guard:
            self.cancel_asked = True
            if self._conn is not None:
                self._conn.interrupt()  # the one connection call meant for another thread

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker has ended (its report still comes through the loop)."""
        return self._finished.wait(timeout)

    def _work_on_this_thread(self) -> None:
        job = Job(self)
        try:
            if self.cancel_asked:
                raise TaskCancelled
            if self._plan is not None:
                from smplanner.storage.thread_connection import open_in_this_thread

                job.plan = open_in_this_thread(self._plan, writes=self._writes)
                with self._guard:
                    self._conn = job.plan.conn
            result = self._work(job)
        except BaseException as error:  # handed to the GUI thread, which decides
            kind = "cancelled" if self.cancel_asked else "failed"
            self._end(job, kind, error)
        else:
            self._end(job, "done", result)

    def _end(self, job: Job, kind: str, value: object) -> None:
        with self._guard:
            self._conn = None
        self._work = _finished_work  # let go of what the work closed over (files read)
        if job.plan is not None:
            job.plan.close()
        self._finished.set()
        self.emit(self.relay.ended, kind, value)

    def emit(self, signal: Any, *values: object) -> None:
        # The relay is deleted on the GUI thread with its parent (a window closing) while
        # this runs on the worker: checking it is alive and posting the signal under the
        # guard keeps the deletion from landing between the two (a use-after-free).
        with self._guard:
            if not self._relay_alive:
                return
            with contextlib.suppress(RuntimeError):  # deleted behind PySide's back
                signal.emit(*values)

    def relay_gone(self) -> None:
        """Called on the GUI thread as the relay is being deleted: report nothing more."""
        with self._guard:
            self._relay_alive = False


def _finished_work(_job: Job) -> Any:
    raise RuntimeError("this task has already run")


def _changes_of(result: object) -> Changes | None:
    if isinstance(result, Changes):
        return result
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else None


def run_in_background(
    parent: QObject,
    work: Callable[[Job], T],
    *,
    plan: PlanFile | None = None,
    writes: bool = False,
    on_done: Callable[[T], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_part: Callable[[Any], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    document: PlanDocument | None = None,
    name: str = "task",
) -> BackgroundTask[T]:
    """Run ``work(job)`` on a worker thread; report on the GUI thread (see the module)."""
    task: BackgroundTask[T] = BackgroundTask(work, plan=plan, writes=writes)
    task.relay.setParent(parent)  # deleted with the parent: then nothing is reported
    _running.add(task)
    if on_progress is not None:
        task.relay.progressed.connect(on_progress)
    if on_part is not None:
        task.relay.delivered.connect(on_part)

    def ended(kind: str, value: Any) -> None:
        _running.discard(task)
        if kind == "done":
            if document is not None:
                document.notify(_changes_of(value))
            if on_done is not None:
                on_done(value)
        elif kind == "cancelled":
            if on_cancelled is not None:
                on_cancelled()
        elif on_failed is not None:
            on_failed(value)
        else:
            _default_failure(value, document)

    task.relay.ended.connect(ended)

    def relay_destroyed(*_: object) -> None:
        task.relay_gone()
        _running.discard(task)

    task.relay.destroyed.connect(relay_destroyed)
    threading.Thread(
        target=task._work_on_this_thread, name=f"smplanner-{name}", daemon=True
    ).start()
    return task


def _default_failure(error: BaseException, document: PlanDocument | None) -> None:
    from smplanner.ui.error_messages import is_user_error

    if document is not None and is_user_error(error):
        document.failed.emit(error)
        return
    raise error  # a bug (or a user error nobody shows): loud, as on the GUI thread
