"""A plan document left in a reference cycle is collected without a crash (issue #11).

A full run once died "Garbage-collecting" on the GUI thread: the cyclic collector
freed a document a test had left behind, undo steps on its stack. shiboken6 clears a
cycle's wrappers one at a time, in the collector's order; an undo step's wrapper
cleared before its stack deleted its C++ command, which the stack still listed, and
the stack's destructor deleted it again. The order depends on how the run moved
objects between generations, hence one crash in many runs. The scenes below set that
order on purpose (the steps before the document in the oldest generation), in a
subprocess since the unfixed case crashes the interpreter."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import weakref
from pathlib import Path

from smplanner.domain.plan_properties import PlanProperties
from smplanner.services.changes import Changes, Edit, Topic
from smplanner.storage.plan_file import create_plan

# {make} builds ``holder`` (kept in a cycle of its own, as a tab in a cycle holds its
# document) and ``push`` (one undo step on its stack).
_SCENE = """
import gc, sys, tempfile
from pathlib import Path
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
app = QApplication(["gc-test"])
gc.disable()
{make}
holder.itself = holder
gc.collect()
gc.freeze()  # the holder out of the collector's lists...
for step in range(3):
    push(step)
gc.collect()  # ...its steps into the oldest generation...
gc.unfreeze()  # ...and the holder after them: the steps are cleared first
del holder, push
print("collected", gc.collect() > 0, flush=True)
"""

# What PlanDocument was: a QObject owning a QUndoStack whose steps refer back to it.
_BARE = """
class Step(QUndoCommand):
    def __init__(self, owner, text):
        super().__init__(text)
        self.owner = owner
holder = QObject()
holder.stack = QUndoStack(holder)
push = lambda step: holder.stack.push(Step(holder, f"step {step}"))
"""

_DOCUMENT = """
from smplanner.domain.plan_properties import PlanProperties
from smplanner.services.changes import Changes, Edit, Topic
from smplanner.storage.plan_file import create_plan
from smplanner.ui.document import PlanDocument
plan = create_plan(
    Path(tempfile.mkdtemp()) / "plan.smplan",
    PlanProperties(client_name="Boulangerie Martin", sector="bakery_food"),
)
holder = PlanDocument(plan)
changes = Changes.of(Topic.POSTS)
push = lambda step: holder.push(
    f"step {step}", Edit(changes, undo=lambda: changes, redo=lambda: changes)
)
plan.close()
del plan
"""


def _collect(make: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", _SCENE.format(make=textwrap.dedent(make))],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_shiboken_crashes_collecting_steps_before_their_stack() -> None:
    # The hazard itself, so that the test below can fail. Should a shiboken6 release
    # clear a cycle safely, this fails: PlanDocument.__del__ could then go.
    done = _collect(_BARE)
    assert done.returncode == -11, (done.returncode, done.stdout, done.stderr[-2000:])
    assert "Garbage-collecting" in done.stderr


def test_a_document_with_undo_steps_in_a_cycle_is_collected_safely() -> None:
    done = _collect(_DOCUMENT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "collected True"  # the cycle was there, and collected


def test_a_document_dropped_unclosed_is_freed_at_once_with_its_steps(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    # No cycle between a document and its steps: reference counting frees them as
    # soon as the document is dropped, in Qt's order, and the collector is not needed.
    from smplanner.ui.document import PlanDocument

    assert not gc.isenabled()  # the session collects on a timer: none runs meanwhile
    plan = create_plan(
        tmp_path / "plan.smplan",
        PlanProperties(client_name="Boulangerie Martin", sector="bakery_food"),
    )
    try:
        document = PlanDocument(plan)
        changes = Changes.of(Topic.POSTS)
        for step in range(3):
            document.push(f"step {step}", Edit(changes, undo=lambda: changes, redo=lambda: changes))
        assert document.undo_stack.count() == 3
        gone = weakref.ref(document)
        del document
        assert gone() is None
    finally:
        plan.close()


def test_undo_and_redo_still_reach_the_document(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.document import PlanDocument

    plan = create_plan(
        tmp_path / "plan.smplan",
        PlanProperties(client_name="Boulangerie Martin", sector="bakery_food"),
    )
    document = PlanDocument(plan)
    told: list[Changes] = []
    document.changed.connect(told.append)
    undone = Changes.of(Topic.POSTS, posts=[1])
    redone = Changes.of(Topic.POSTS, posts=[2])
    document.push("Move 1 post", Edit(Changes.of(Topic.POSTS), lambda: undone, lambda: redone))
    document.undo_stack.undo()
    document.undo_stack.redo()
    assert told[1:] == [undone, redone]
    document.close()
