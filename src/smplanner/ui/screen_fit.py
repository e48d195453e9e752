"""Keep a window inside the screen's available area (the desktop minus panels and docks).

A 1280 × 800 default, or a geometry saved on a larger monitor, would otherwise open
partly off a 1366 × 768 laptop screen, with buttons out of reach.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_area(widget: QWidget) -> QRect:
    """The available geometry of the screen the widget is on (or the primary one)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def fit_to_screen(widget: QWidget) -> None:
    """Shrink and move ``widget`` so that its frame lies within the available area."""
    area = available_area(widget)
    if area.isEmpty():
        return
    frame = widget.frameGeometry()
    # The window manager's decorations are only known once shown; allow for a title bar.
    extra_w = max(0, frame.width() - widget.width())
    extra_h = max(0, frame.height() - widget.height()) or (30 if not widget.isVisible() else 0)
    width = min(widget.width(), area.width() - extra_w)
    height = min(widget.height(), area.height() - extra_h)
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(max(width, 200), max(height, 200))
    frame = widget.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(
        max(frame.y(), area.top()),
        area.bottom() + 1 - max(frame.height(), widget.height() + extra_h),
    )
    widget.move(max(x, area.left()), max(y, area.top()))
