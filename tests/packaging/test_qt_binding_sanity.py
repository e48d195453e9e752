"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void method call
and to True/False on every signal emit; a long session then aborted the whole app.
pyproject.toml excludes it; this test catches such a release if one slips back in.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class _Emitter(QObject):
    fired = Signal(int)


def test_void_calls_and_signal_emits_keep_reference_counts(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    emitter = _Emitter()
    received: list[int] = []
    emitter.fired.connect(received.append)

    none_before = sys.getrefcount(None)
    true_before = sys.getrefcount(True)
    for number in range(200):
        widget.update()
        emitter.fired.emit(number)
    # A few references may come and go elsewhere; a leak here is one per call.
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
    assert len(received) == 200
