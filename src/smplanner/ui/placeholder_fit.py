"""A text field wide enough for its whole placeholder: the hint ("Rechercher : mots,
#hashtag, campagne") is what tells a user what to type, and French hints run longer
than the English ones the layouts were first drawn for."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

ELIDING_ROOM = 8  # px


def placeholder_width(edit: QLineEdit) -> int:
    """The width ``edit`` needs to show its placeholder whole: Qt's own size hint (17
    'x' wide plus the frame and margins) with the placeholder instead, and the few
    pixels before the edge where Qt already elides it (seen at 6 on Xvfb's Fusion)."""
    metrics = edit.fontMetrics()
    overhead = edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
    return metrics.horizontalAdvance(edit.placeholderText()) + overhead + ELIDING_ROOM


def widen_for_placeholder(edit: QLineEdit) -> None:
    """Never narrower than the placeholder (a maximum width set before still holds)."""
    edit.setMinimumWidth(min(placeholder_width(edit), edit.maximumWidth()))
