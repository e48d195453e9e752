"""The Qt objects left in reference cycles, and which of them the collector cannot
free safely (issue #11). A helper for tests, and a diagnostic plugin (not a test).

As a plugin, run over one folder at a time, never the whole suite at once:

    SMPLANNER_GC_LEFTOVERS=/tmp/leftovers.txt nice -n 19 timeout 900 \\
        .venv/bin/python -m pytest tests/ui/calendar -q -p no:randomly -p tests.gc_leftovers

After each test (its fixtures torn down, pytest-qt's widgets closed, the deferred
deletions done) the cyclic collector runs with ``gc.DEBUG_SAVEALL``: the finalizers
run as in a real collection (PEP 442), then what would have been cleared is kept in
``gc.garbage`` instead, in the state the clearing would have found it. Its Qt wrappers
are written to the report under the test, each with its kind (``KINDS``), and a summary
by test file ends the report. ``SMPLANNER_GC_LEFTOVERS_MODE=free`` then frees them at
once, naming the test on stderr first, so that a crash in the collector names the test
that left the object; by default (``keep``) nothing found is ever freed.
"""

from __future__ import annotations

import gc
import os
import sys
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

DANGEROUS = "DANGEROUS: a layout item or undo step its parent still lists"
KINDS = {
    "deleted": "the C++ object is gone already: only the wrapper is freed",
    "value": "a value owned by Python (a font, a pen): freed with it",
    "python-owned QObject": "its C++ destructor runs in the collector",
    "c++-owned QObject": "lives on under its Qt parent (~QObject leaves it)",
    "c++-owned item": "a view's item (tree, list, table): its destructor leaves its view",
    DANGEROUS: (
        "shiboken6 6.11 lets its wrapper, cleared first, delete it, and its parent (a "
        "layout, an undo stack), whose destructor deletes what it lists, deletes it again"
    ),
}


def kind_of(thing: object) -> str | None:
    """How the collector would free ``thing``, if it is a Qt wrapper (None if not)."""
    import shiboken6
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QUndoCommand
    from PySide6.QtWidgets import QLayoutItem

    if isinstance(thing, weakref.ProxyTypes):
        return None  # a weak proxy (pyqtgraph's) is no wrapper, and may point at nothing
    if not isinstance(thing, shiboken6.Shiboken.Object):
        return None
    if not shiboken6.isValid(thing):
        return "deleted"
    owned = shiboken6.ownedByPython(thing)
    if isinstance(thing, QObject):
        return "python-owned QObject" if owned else "c++-owned QObject"
    if owned:
        return "value"
    return DANGEROUS if isinstance(thing, (QLayoutItem, QUndoCommand)) else "c++-owned item"


def leftovers() -> list[object]:
    """What the cyclic collector finds now, after the finalizers ran, kept alive."""
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    flags = gc.get_debug()
    gc.set_debug(flags | gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        found = list(gc.garbage)
        gc.garbage.clear()
    finally:
        gc.set_debug(flags)
    return found


def qt_leftovers(found: list[object]) -> Counter[tuple[str, str]]:
    """(kind, type name) of each Qt wrapper in ``found``, counted."""
    counted: Counter[tuple[str, str]] = Counter()
    for thing in found:
        kind = kind_of(thing)
        if kind is not None:
            counted[(kind, f"{type(thing).__module__}.{type(thing).__qualname__}")] += 1
    return counted


def dangerous(found: list[object]) -> list[str]:
    """The type names of the wrappers the collector cannot free safely."""
    return sorted(name for (kind, name) in qt_leftovers(found) if kind == DANGEROUS)


def wrappers_under(root: object) -> list[object]:
    """The Qt wrappers reachable from ``root`` through its attributes, its Qt children
    (shiboken6 traverses them) and its closures: what the collector would clear if
    ``root`` were left in a cycle. Modules, classes and functions' globals are not
    followed (everything is reachable through them)."""
    import shiboken6

    seen = {id(root)}
    todo = [root]
    found: list[object] = []
    while todo:
        thing = todo.pop()
        if isinstance(thing, shiboken6.Shiboken.Object):
            found.append(thing)
        for referent in gc.get_referents(thing):
            if id(referent) in seen or isinstance(referent, (type, type(gc))):
                continue
            if isinstance(referent, dict) and "__builtins__" in referent:
                continue  # a module's namespace (a function's globals)
            seen.add(id(referent))
            todo.append(referent)
    return found


# ---------------------------------------------------------------- the plugin

_KEPT: list[object] = []  # "keep" mode: never freed
_BY_FILE: defaultdict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
_LIVE_SEEN: set[int] = set()


def live_layout_items() -> list[str]:
    """Layout item wrappers alive anywhere, not reported yet, with where they are: the
    DANGEROUS kind waiting for their window to be left in a cycle."""
    from PySide6.QtWidgets import QLayoutItem

    described = []
    for thing in gc.get_objects():
        if id(thing) in _LIVE_SEEN or not isinstance(thing, QLayoutItem):
            continue
        if kind_of(thing) != DANGEROUS:
            continue
        _LIVE_SEEN.add(id(thing))
        widget = thing.widget()
        if widget is None:
            described.append(f"{type(thing).__qualname__} (no widget)")
            continue
        chain, parent = [], widget
        while parent is not None and len(chain) < 4:
            chain.append(type(parent).__qualname__)
            parent = parent.parentWidget()
        described.append(f"{type(thing).__qualname__} of " + " < ".join(chain))
    return described


@pytest.hookimpl(wrapper=True, trylast=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    outcome = yield
    report = os.environ.get("SMPLANNER_GC_LEFTOVERS")
    if report:
        found = leftovers()
        counted = qt_leftovers(found)
        live = Counter(live_layout_items())
        _BY_FILE[item.nodeid.split("::")[0]].update({key: 1 for key in counted})
        _BY_FILE[item.nodeid.split("::")[0]].update({("live " + DANGEROUS, d): 1 for d in live})
        if counted or live:
            with Path(report).open("a", encoding="utf-8") as out:
                out.write(f"{item.nodeid}\n")
                for (kind, name), count in sorted(counted.items()):
                    out.write(f"    {count:4d}  {name} [{kind}]\n")
                for where, count in sorted(live.items()):
                    out.write(f"    {count:4d}  {where} [live {DANGEROUS}]\n")
        if os.environ.get("SMPLANNER_GC_LEFTOVERS_MODE") == "free":
            print(f"\n[gc-leftovers] freeing what {item.nodeid} left", file=sys.stderr, flush=True)
            del found
            gc.collect()
        else:
            _KEPT.append(found)
    return outcome


def pytest_sessionfinish(session: pytest.Session) -> None:
    report = os.environ.get("SMPLANNER_GC_LEFTOVERS")
    if not report or not _BY_FILE:
        return
    with Path(report).open("a", encoding="utf-8") as out:
        out.write("\n==== by test file: how many of its tests left each (kind, type)\n")
        for test_file, counted in sorted(_BY_FILE.items()):
            out.write(f"{test_file}\n")
            for (kind, name), tests in sorted(counted.items()):
                if kind != "deleted":
                    out.write(f"    {tests:4d}  {name} [{kind}]\n")
            deleted = sum(tests for (kind, _), tests in counted.items() if kind == "deleted")
            out.write(f"    (and {deleted} wrappers of deleted C++ objects, by test and type)\n")
        out.write("\n==== kinds\n")
        for kind, meaning in KINDS.items():
            out.write(f"{kind}: {meaning}\n")
