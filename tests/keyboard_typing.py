"""Typing as a user does in GUI tests: each key goes where the focus is."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_keys(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` one key at a time into whatever has the focus (an editor opened
    by the first key takes the rest, as on screen)."""
    for character in text:
        if character.isascii():
            qtbot.keyClicks(focused(), character)
        else:  # QTest's one-character path only knows ASCII: send the key as typed text
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
                QApplication.sendEvent(focused(), event)


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), key, modifier)
