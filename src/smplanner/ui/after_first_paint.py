"""Run what can wait until a widget has painted its first frame."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class AfterFirstPaint(QObject):
    """Runs ``callback`` once the widget it watches has painted its first frame (what
    can wait for it: a zero timer set before the window shows runs before the paint),
    or after LATEST_MS if it never paints (a window started minimized, a tab built and
    not shown). Its child of ``target``: gone with it, callback and all."""

    LATEST_MS = 3000

    def __init__(self, target: QObject, callback: Callable[[], object] | None = None) -> None:
        super().__init__(target)
        self._callback = callback
        self._done = False
        target.installEventFilter(self)
        QTimer.singleShot(self.LATEST_MS, self, self.run_now)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint, and after whatever the paint queued before it.
            QTimer.singleShot(0, self, self.run_now)
        return False

    def run_now(self) -> None:
        """Run the callback now if it has not run (what needs its result at once)."""
        if self._done:
            return
        self._done = True
        callback, self._callback = self._callback, None
        self.ready(callback)

    def ready(self, callback: Callable[[], object] | None) -> None:
        """What runs after the frame: the callback (a subclass may do its own work
        instead, with ``self.parent()``, so as not to hold its target in a cycle)."""
        if callback is not None:
            callback()
