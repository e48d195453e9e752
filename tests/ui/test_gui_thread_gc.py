"""Cyclic garbage is collected on the GUI thread only (ui/gui_thread_gc.py).

Without it, a worker's allocations started the collector on the worker, which deleted
an earlier screen's QObject there: its running timer could not be stopped from that
thread, and the GUI thread crashed in its event loop. The full suite crashed (and once
hung) that way in the plan-versus-actual test, its worker reading rows."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import threading

from PySide6.QtCore import QObject, Qt, QTimer

from smplanner.ui.gui_thread_gc import GuiThreadCollector

# A QObject with a running timer, kept alive only by a reference cycle; then a worker
# allocating as a worker reading rows does. Prints the thread the object died on.
_SCENE = """
import gc, os, sys, threading
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["gc-test"])
if sys.argv[1] == "collector":
    from smplanner.ui.gui_thread_gc import collect_on_gui_thread
    collect_on_gui_thread(app)
died_on = []
gc.collect()
def leave_a_cycle():
    holder = QObject()
    holder.itself = holder
    timer = QTimer(holder)
    timer.start(5)
    marker = QObject(holder)
    marker.destroyed.connect(
        lambda *_: died_on.append(threading.current_thread().name),
        Qt.ConnectionType.DirectConnection,
    )
leave_a_cycle()
def read_rows():
    rows = [[i, str(i)] for i in range(200_000)]
worker = threading.Thread(target=read_rows, name="worker")
worker.start()
worker.join()
print("after the worker:", died_on, flush=True)
os._exit(0)  # before the event loop: the object deleted off-thread would crash it
"""


def _died_on(mode: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_SCENE), mode],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_without_it_a_worker_deletes_a_qt_object_off_the_gui_thread() -> None:
    # The hazard itself, so that the test below can fail.
    assert _died_on("automatic") == "after the worker: ['worker']"


def test_with_it_the_worker_deletes_nothing_of_qt() -> None:
    assert _died_on("collector") == "after the worker: []"


def test_the_gui_thread_collects_the_cycle_on_its_timer(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    assert not gc.isenabled()  # the session's application collects, as the window's does
    died_on: list[str] = []
    gc.collect()

    def leave_a_cycle() -> None:
        holder = QObject()
        holder.itself = holder  # type: ignore[attr-defined]
        QTimer(holder).start(5)
        marker = QObject(holder)
        marker.destroyed.connect(
            lambda *_: died_on.append(threading.current_thread().name),
            Qt.ConnectionType.DirectConnection,
        )

    leave_a_cycle()
    read: list[list[list[int]]] = []  # the rows a worker read and handed over, kept
    worker = threading.Thread(
        target=lambda: read.append([[i] for i in range(200_000)]), name="worker"
    )
    worker.start()
    worker.join()
    assert died_on == []  # the worker collected nothing
    qtbot.waitUntil(lambda: died_on != [], timeout=5000)
    assert died_on == [threading.main_thread().name]


def test_it_collects_only_the_generations_over_their_threshold(qapp) -> None:  # type: ignore[no-untyped-def]
    collector = GuiThreadCollector(interval_ms=60_000)  # collected by hand below
    try:
        gc.collect()
        assert collector.collect_due() == 0  # nothing allocated since: nothing run
        before = sum(generation["collections"] for generation in gc.get_stats())
        for _ in range(gc.get_threshold()[0] + 100):
            cycle: list[object] = []
            cycle.append(cycle)
        assert collector.collect_due() > 0  # generation 0 was due: the cycles found
        assert sum(generation["collections"] for generation in gc.get_stats()) == before + 1
    finally:
        collector.stop()
        collector.deleteLater()
    assert not gc.isenabled()  # stop() restores what it found: the session's collector's


def test_a_full_collection_waits_for_the_heap_to_grow_by_a_quarter(qapp) -> None:  # type: ignore[no-untyped-def]
    """As the automatic collector: walking a large plan's whole heap at every due count
    froze the window 100-140 ms each time."""
    collector = GuiThreadCollector(interval_ms=60_000)  # collected by hand below
    generations: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            generations.append(info["generation"])

    def rounds() -> list[int]:
        generations.clear()
        for _ in range(30):
            for _ in range(5):
                cycle: list[object] = []
                cycle.append(cycle)
            collector.collect_due()
        return list(generations)

    thresholds = gc.get_threshold()
    gc.callbacks.append(seen)
    try:
        gc.set_threshold(2, 1, 1)  # every generation due within a few rounds
        steady = rounds()
        assert 1 in steady and 2 not in steady  # due, but the heap has not grown
        kept = [{"post": n} for n in range(sys.getallocatedblocks() // 2)]  # a plan read
        grown = rounds()
        assert 2 in grown  # a quarter more: the full collection runs
        assert len(kept) > 0
    finally:
        gc.callbacks.remove(seen)
        gc.set_threshold(*thresholds)
        collector.stop()
        collector.deleteLater()
