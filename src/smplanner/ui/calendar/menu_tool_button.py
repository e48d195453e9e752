"""A tool button that opens its menu at once and keeps room for the menu's arrow.

Qt draws an instant-popup tool button's arrow in its bottom-right corner without
making the button any wider, so the arrow covered the end of French words
("Filtres", "Réglages", "Exporter / importer"): the button asks for enough width
that its centred text ends before the arrow begins.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyle, QToolButton, QWidget

INSTANT = QToolButton.ToolButtonPopupMode.InstantPopup


def arrow_left(button: QToolButton) -> int:
    """Where Qt's common style starts the arrow of an instant-popup button (x)."""
    indicator = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    return button.width() + 4 - indicator


def text_right(button: QToolButton) -> int:
    """Where the button's centred text ends (x)."""
    text = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
    return (button.width() + text) // 2


class MenuToolButton(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(INSTANT)

    def _roomy(self, hint: QSize) -> QSize:
        if self.popupMode() != INSTANT or not self.text():
            return hint
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)
        text = self.fontMetrics().horizontalAdvance(self.text().replace("&", ""))
        # Centred text of width t in a button of width w ends at (w + t) / 2; the arrow
        # starts at w + 4 - indicator: a gap of 2 pixels needs w >= t + 2 * indicator - 4.
        return QSize(max(hint.width(), text + 2 * indicator - 4), hint.height())

    def sizeHint(self) -> QSize:
        return self._roomy(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._roomy(super().minimumSizeHint())
