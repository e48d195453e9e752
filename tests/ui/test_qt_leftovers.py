"""What the cyclic collector finds after the window's main flows holds nothing it
cannot free safely (issue #11: a segmentation fault "Garbage-collecting" on the GUI
thread, freeing a document's undo steps before their stack).

``tests/gc_leftovers.py`` collects with ``gc.DEBUG_SAVEALL``: the finalizers run as in
a real collection, and what the clearing would have found is kept for us to look at.
The danger is a wrapper of a C++ item that is not a QObject, still listed by its Qt
parent (an undo step on a stack): shiboken6 6.11 lets it delete the item when it is
cleared first, and the parent deletes it again."""

from __future__ import annotations

import weakref
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage.plan_file import create_plan
from smplanner.ui.document import PlanDocument
from smplanner.ui.plan_properties_command import apply_plan_properties
from tests.gc_leftovers import DANGEROUS, dangerous, kind_of, leftovers, wrappers_under


def _unsafe(found: list[object]) -> list[str]:
    """The dangerous wrappers, windows on screen the collector would close, and
    documents that still have undo steps, in what the collector would clear."""
    unsafe = dangerous(found)
    for thing in found:
        if (
            isinstance(thing, QWidget)
            and kind_of(thing) == "python-owned QObject"
            and thing.isVisible()
        ):
            unsafe.append(f"a window on screen: {type(thing).__qualname__}")
        if (
            isinstance(thing, PlanDocument)
            and shiboken6.isValid(thing)
            and thing.undo_stack.count()
        ):
            unsafe.append("a document with undo steps")
    return unsafe


class _Step(QUndoCommand):
    def __init__(self, owner: QObject) -> None:
        super().__init__("step")
        self.owner = owner


def test_the_check_sees_undo_steps_left_under_their_stack(qapp) -> None:  # type: ignore[no-untyped-def]
    # What PlanDocument was before its fix, so that the tests below can fail.
    def leave_a_cycle() -> None:
        holder = QObject()
        holder.stack = QUndoStack(holder)  # type: ignore[attr-defined]
        holder.stack.push(_Step(holder))  # type: ignore[attr-defined]

    leave_a_cycle()
    found = leftovers()
    try:
        assert dangerous(found) == [f"{__name__}._Step"]
        assert kind_of(next(t for t in found if isinstance(t, _Step))) == DANGEROUS
    finally:  # freed in Qt's order, while whole: the stack deletes its step
        for thing in found:
            if isinstance(thing, QUndoStack):
                thing.clear()
        del found


def _click_tab(qtbot, window, index: int) -> None:  # type: ignore[no-untyped-def]
    bar = window.plan_view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.plan_view.tabs.currentIndex() == index


def test_after_opening_a_plan_editing_each_tab_and_quitting(
    qtbot, settings, prompts, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.main_window import MainWindow

    leftovers()  # what earlier tests left is not this flow's
    path = tmp_path / "Boulangerie Martin.smplan"
    create_plan(path, PlanProperties("Boulangerie Martin", "bakery_food")).close()

    def main_flow() -> weakref.ref[MainWindow]:
        window = MainWindow(settings, prompts)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.file_actions.open_path(path)
        apply_plan_properties(
            window.document, PlanProperties("Boulangerie Martin & Fils", "bakery_food")
        )
        for index in range(window.plan_view.tabs.count()):
            _click_tab(qtbot, window, index)
            qtbot.wait(50)  # each tab built and painted
        assert window.document.undo_stack.count() == 1
        assert "Boulangerie Martin & Fils" in window.windowTitle()
        window.actions_.quit.trigger()
        assert not window.isVisible()
        assert window.document is None  # closed with the window
        return weakref.ref(window)

    closed = main_flow()
    assert _unsafe(leftovers()) == []
    # The closed window itself is not freed (lambdas connected to its actions hold
    # it, from Qt's side): what would the collector find, were it left in a cycle?
    window = closed()
    if window is not None:
        assert _unsafe(wrappers_under(window)) == []


def test_a_document_never_closed_its_tab_in_a_cycle(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # The tests' leftover of issue #11: a Calendar tab on a document never closed,
    # undo steps on its stack, both left in reference cycles.
    from datetime import date

    from smplanner.ui.calendar.calendar_tab import CalendarTab

    plan = create_plan(
        tmp_path / "Boulangerie Martin.smplan", PlanProperties("Boulangerie Martin", "bakery_food")
    )
    leftovers()

    def leave_it() -> None:
        document = PlanDocument(plan)
        tab = CalendarTab(document)
        tab.document_held = document  # type: ignore[attr-defined]
        qtbot.addWidget(tab)
        tab.period.go_to(date(2026, 10, 14))
        tab.show()
        qtbot.waitExposed(tab)
        apply_plan_properties(document, PlanProperties("Boulangerie Martin & Fils", "bakery_food"))
        apply_plan_properties(document, PlanProperties("Boulangerie Martin", "bakery_food"))
        assert document.undo_stack.count() == 2
        tab.stop_background_work()
        tab.deleteLater()

    leave_it()
    try:
        assert _unsafe(leftovers()) == []
    finally:
        plan.close()


def test_naming_the_controls_reads_no_layout_item_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    # The accessible names come from the labels next to each control; reading a
    # layout's items back (itemAt) left an item wrapper per item, for as long as the
    # layout, a double delete when the collector frees a live window in a cycle.
    from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

    from smplanner.ui.accessible_names import give_names

    leftovers()

    def leave_a_named_window() -> tuple[QLineEdit, QComboBox]:
        window = QWidget()
        column = QVBoxLayout(window)
        row = QHBoxLayout()
        column.addLayout(row)  # added before it is filled: no item of it made in Python
        row.addWidget(QLabel("Network"))
        network = QComboBox()
        row.addWidget(network)
        column.addWidget(QLabel("Client"))
        client = QLineEdit()
        column.addWidget(client)
        window.show()
        qtbot.waitExposed(window)
        assert give_names(window) == 2
        window.hide()
        window.itself = window  # type: ignore[attr-defined]
        return client, network

    client, network = leave_a_named_window()
    assert (client.accessibleName(), network.accessibleName()) == ("Client", "Network")
    del client, network
    found = leftovers()
    assert any(kind_of(t) == "python-owned QObject" for t in found)  # the window is there
    assert dangerous(found) == []


def test_the_check_passes_over_a_weak_proxy_to_nothing(qapp) -> None:  # type: ignore[no-untyped-def]
    """pyqtgraph leaves weak proxies in cycles; once their object is gone, asking what
    they are raised ReferenceError (the full run failed two tests so, by the order)."""
    import weakref

    class Item:
        pass

    item = Item()
    proxy = weakref.proxy(item)
    del item
    assert kind_of(proxy) is None
    assert dangerous([proxy]) == []
