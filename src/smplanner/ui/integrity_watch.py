"""The full integrity check of the open plan, in the background after the first frame.

Opening a plan reads only what it must (storage/plan_file.py says what is checked
when): a large plan is read whole later, on a connection of its own in the
background (ui/background.py), so that the first frame never waits for it. A
problem is shown without blocking (a message box that is not modal, and the status
bar); a sound file says nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from smplanner.storage.plan_file import FULL_CHECK_ON_OPEN_BYTES, full_check
from smplanner.ui.background import run_in_background

# Long enough for the first frame and the first clicks, short enough that a
# damaged file is said before much work is done on it.
DELAY_MS = 1500


class IntegrityWatch(QObject):
    """Checks one plan file once; ``checked`` gives None (sound) or the problem."""

    checked = Signal(object)  # str | None, on the GUI thread

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.problem: str | None = None
        self.done = False

    def start_later(self, delay_ms: int | None = None) -> None:
        QTimer.singleShot(DELAY_MS if delay_ms is None else delay_ms, self, self.start)

    def start(self) -> None:
        # In the background (a daemon thread: a window closing meanwhile does not wait
        # for a 500 MB read); the check opens its own read-only connection.
        path = self.path
        run_in_background(
            self, lambda _job: full_check(path), on_done=self._finished, name="integrity"
        )

    def _finished(self, problem: object) -> None:
        self.done = True
        self.problem = problem if isinstance(problem, str) else None
        self.checked.emit(self.problem)


def watch_plan(window: QWidget, path: Path, size_bytes: int) -> IntegrityWatch | None:
    """Start the background check of a plan just shown (None: the open read it whole)."""
    if size_bytes <= FULL_CHECK_ON_OPEN_BYTES:
        return None
    watch = IntegrityWatch(path, window)
    watch.checked.connect(lambda problem: _tell(window, problem))
    watch.start_later()
    return watch


def watch_path(window: QWidget) -> Path | str:
    watch = getattr(window, "integrity_watch", None)
    return watch.path if watch is not None else ""


def _tell(window: QWidget, problem: str | None) -> None:
    if problem is None:
        return
    title = QCoreApplication.translate("IntegrityWatch", "This plan is damaged")
    text = (
        QCoreApplication.translate(
            "IntegrityWatch",
            "Checking the whole of %1 found damaged pages (%2).\n\nWhat can still be read "
            "is shown. Make a copy with File > Save As now, and go back to a backup copy "
            "of the plan if something is missing.",
        )
        .replace("%1", str(watch_path(window)))
        .replace("%2", problem)
    )
    from PySide6.QtWidgets import QMessageBox  # a rare box: its type not built at start-up

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=window)
    box.setModal(False)
    box.setObjectName("integrity_problem")
    box.show()
