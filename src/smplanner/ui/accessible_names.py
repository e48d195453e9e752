"""Accessible names for the controls that have none, so a screen reader says what
each field, list and table is for.

Buttons, check boxes and tabs are named by their text already. A field in a form,
a list or a table usually is not: Qt names a field only from a label set as its
buddy. ``give_names`` fills the gap from what a sighted user reads next to the
control, in this order: the QFormLayout label of its row, its placeholder text, its
tooltip, the heading (a QLabel) just before it in its layout. A name set on purpose
(setAccessibleName) is never replaced. Called once a tab's content is built
(ui/tabs/lazy_tab.py, give_names_soon); ``unnamed_controls`` lists what is still unnamed, for tests.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from smplanner.ui.after_first_paint import AfterFirstPaint

CONTROLS = (QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


def _is_part_of_another(widget: QWidget) -> bool:
    # Qt's own pieces (a spin box's line edit, a header, a combo box's popup list)
    # are named through their owner.
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def _clean(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("&", "")
    return " ".join(text.split()).rstrip(" :")


def _form_label(widget: QWidget) -> str:
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    candidates = [layout] if isinstance(layout, QFormLayout) else []
    if parent is not None:
        candidates += parent.findChildren(QFormLayout)
    for form in candidates:
        label = form.labelForField(widget)
        if isinstance(label, QLabel) and label.text():
            return _clean(label.text())
    return ""


def _entries(layout: QLayout) -> list[QWidget | QLayout]:
    """The widgets and inner layouts ``layout`` holds itself, in its order.

    Found from the widget's children and ``indexOf``, never by reading the layout's
    items back (itemAt, itemAtPosition): PySide6 keeps each item wrapper it hands out
    as long as the layout's, and when the cyclic collector frees a window still alive
    (one left in a reference cycle), shiboken6 6.11 lets such a wrapper, cleared
    first, delete its item, which the layout deletes again: a segmentation fault
    "Garbage-collecting" (issue #11)."""
    owner = layout.parentWidget()
    found: list[tuple[int, QWidget | QLayout]] = []
    if owner is not None:
        for child in owner.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if (index := layout.indexOf(child)) >= 0:
                found.append((index, child))
    for inner in layout.findChildren(QLayout, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if (index := layout.indexOf(inner)) >= 0:
            found.append((index, inner))
    return [entry for _, entry in sorted(found, key=lambda pair: pair[0])]


def _layout_holding(layout: QLayout, widget: QWidget) -> QLayout | None:
    """The innermost layout under ``layout`` with ``widget`` as a direct item."""
    for candidate in [layout, *layout.findChildren(QLayout)]:
        if candidate.indexOf(widget) >= 0:
            return candidate
    return None


def _label_in(layout: QLayout) -> str:
    for entry in _entries(layout):
        if isinstance(entry, QLabel) and entry.text().strip():
            return _clean(entry.text())
    return ""


def _grid_name(grid: QGridLayout, widget: QWidget) -> str:
    """In a grid (one row per network, say): the row's first label and the column's
    heading, "Instagram – Rôle"."""

    # PySide6's stubs say object; Qt returns (row, column, row span, column span).
    def position(entry: QWidget | QLayout) -> tuple[int, int]:
        row, column, _, _ = cast(
            tuple[int, int, int, int], grid.getItemPosition(grid.indexOf(entry))
        )
        return row, column

    row, column = position(widget)
    labels = {
        position(entry): _clean(entry.text())
        for entry in _entries(grid)
        if isinstance(entry, QLabel)
    }
    row_label = next((t for c in range(column) if (t := labels.get((row, c), ""))), "")
    column_label = labels.get((0, column), "") if row > 0 else ""
    return " – ".join(part for part in (row_label, column_label) if part)


def _heading_before(widget: QWidget) -> str:
    """The text of the label just before the control in its layout (or the first
    label of the row of controls just before it: a heading with its buttons)."""
    parent = widget.parentWidget()
    top = parent.layout() if parent is not None else None
    layout = _layout_holding(top, widget) if top is not None else None
    if layout is None:
        return ""
    if isinstance(layout, QGridLayout):
        return _grid_name(layout, widget)
    previous = ""
    for entry in _entries(layout):
        if entry is widget:
            return previous
        if isinstance(entry, QLabel) and entry.text().strip():
            previous = _clean(entry.text())
        elif isinstance(entry, QLayout):
            previous = _label_in(entry) or previous
        elif not entry.isHidden():
            previous = ""
    return ""


def derived_name(widget: QWidget) -> str:
    """What a sighted user reads as the control's name, or ""."""
    for text in (
        _form_label(widget),
        widget.placeholderText() if isinstance(widget, (QLineEdit, QPlainTextEdit)) else "",
        widget.toolTip(),
        _heading_before(widget),
    ):
        cleaned = _clean(text or "")
        if cleaned:
            return cleaned
    return ""


def _current_name(widget: QWidget) -> str:
    from PySide6.QtGui import QAccessible  # for the tests' checks only: not at start-up

    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _has_buddy_label(widget: QWidget) -> bool:
    window = widget.window()
    return any(label.buddy() is widget and label.text() for label in window.findChildren(QLabel))


def give_names(root: QWidget) -> int:
    """Name every unnamed control under ``root`` that can be named; return how many."""
    named = 0
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or _is_part_of_another(widget):
            continue
        # Only the widget's own name is read here: asking Qt's accessibility layer
        # (QAccessible.queryAccessibleInterface) from Python for every control
        # corrupted memory under PySide6 (a crash later, in unrelated code).
        if widget.accessibleName() or _has_buddy_label(widget):
            continue
        name = derived_name(widget)
        if name:
            widget.setAccessibleName(name)
            named += 1
    return named


class _NamesSoon(QObject):
    """Runs give_names on its parent once the event loop has turned, then goes."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        QTimer.singleShot(0, self.run)

    def run(self) -> None:
        root = self.parent()
        if isinstance(root, QWidget):
            give_names(root)
        self.deleteLater()


class _NamesAfterPaint(AfterFirstPaint):
    """Runs give_names on ``root`` once the widget it watches has painted, then goes.
    ``root`` is held weakly: the watched widget (this object's parent) is inside it,
    and a strong reference would make a cycle of Qt objects for the collector."""

    def __init__(self, root: QWidget, painted: QWidget) -> None:
        super().__init__(painted)
        self._root = weakref.ref(root)

    def ready(self, callback: Callable[[], object] | None) -> None:
        root = self._root()
        if root is not None:
            give_names(root)
        self.deleteLater()


def give_names_soon(root: QWidget, *, after_painting: QWidget | None = None) -> None:
    """give_names once the event loop has run, or once ``after_painting`` (a widget
    of the first frame) has painted: a new view fills its labels' texts after it is
    built, and the names come from those texts; the first frame need not wait for
    them (walking every label wraps Qt's internal objects, animations and all, for
    Python). (A child QObject with a slot, not a lambda on a timer: that form crashed
    PySide6 when the view changed in between.)"""
    if after_painting is not None:
        _NamesAfterPaint(root, after_painting)
    else:
        _NamesSoon(root)


def unnamed_controls(root: QWidget, *, visible_only: bool = True) -> list[QWidget]:
    """The controls under ``root`` a screen reader would announce without a name."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and not _is_part_of_another(widget)
        and (widget.isVisible() or not visible_only)
        and not _current_name(widget)
    ]
