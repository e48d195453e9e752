"""Python's cyclic garbage collector runs on the GUI thread only.

The collector runs in whichever thread happens to allocate when a generation fills
up. A worker reading 1,234 rows can thus collect a Qt object that an earlier screen
left in a reference cycle (a QObject holding a running QTimer, say) and delete it off
the GUI thread: Qt then cannot stop its timers ("Timers cannot be stopped from
another thread") and the GUI thread later crashes or hangs in its event loop, with
no Python frame to show why. The test suite crashed that way while the plan-versus-
actual worker read its rows.

So the automatic collector is switched off while the window lives, and a timer on
the GUI thread collects the generations whose thresholds were passed, as the
automatic collector would have (the same thresholds, checked every half second, and
its rule that a full collection waits for the heap to grow by a quarter).
Objects without cycles are still freed at once by reference counting, on any thread.
pyqtgraph's GarbageCollector and calibre do the same, for the same reason.

On the right thread, what it frees must still be safe to free in any order. shiboken6
(6.11) clears a cycle's wrappers one by one. A wrapper of a C++ item that is not a
QObject, cleared before the parent that lists it, deletes the item, and the parent
deletes it again (a segmentation fault "Garbage-collecting", issue #11). Such items
are an undo step on its stack, or a layout item read back or built in Python. So:
a document empties its stack in its finalizer (ui/document.py); layouts are never
read back (ui/accessible_names.py); a layout is put in its parent before it is filled
(ui/start_page.py); and a Python layout or a chart deletes the items it keeps
(ui/composer/flow_layout.py, ui/statistics/series_chart.py). tests/gc_leftovers.py
lists which Qt objects tests leave in cycles, and which of them are dangerous.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, QTimer

_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects cyclic garbage on the thread it lives in (the GUI thread) on a timer,
    with the automatic collector switched off meanwhile."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = _INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._heap_after_full = sys.getallocatedblocks()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        gc.disable()
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the generations over their threshold, oldest reached first; return
        how many unreachable objects were found."""
        threshold = gc.get_threshold()
        count = gc.get_count()
        found = 0
        if count[0] > threshold[0]:
            # collect(1) or collect(2) also collects the younger generations.
            if count[1] > threshold[1]:
                if count[2] > threshold[2] and self._heap_grew_by_a_quarter():
                    found = gc.collect(2)
                    self._heap_after_full = sys.getallocatedblocks()
                else:
                    found = gc.collect(1)
            else:
                found = gc.collect(0)
        return found

    def _heap_grew_by_a_quarter(self) -> bool:
        """Whether a full collection is worth its cost, as the automatic collector
        judges it: only once the objects that lived long have grown by a quarter since
        the last one (CPython's guard against a cost quadratic in the heap; a gc.collect(2)
        called at every due count skips it). A large plan's heap walked in full took
        100-140 ms of the GUI thread each time. The memory blocks in use stand for the
        long-lived objects (a count kept by Python, read in no time)."""
        blocks = sys.getallocatedblocks()
        self._heap_after_full = min(self._heap_after_full, blocks)  # a plan closed: less
        return blocks >= self._heap_after_full * 1.25

    def stop(self) -> None:
        """Stop collecting here; the automatic collector is back as it was."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def collect_on_gui_thread(parent: QObject) -> GuiThreadCollector:
    """Switch the collector to ``parent``'s thread (the application object's) until
    ``parent`` is destroyed or the collector is stopped."""
    was_enabled = gc.isenabled()
    collector = GuiThreadCollector(parent)
    if was_enabled:  # the application gone (its timer with it): automatic again
        parent.destroyed.connect(lambda *_: gc.enable())
    return collector
