"""The window's side of the kept copies: one made a few seconds after a plan is
shown, and File > Restore a previous version.

The copy on open runs in the background (ui/background.py) once the first frame is
up, so a 500 MB plan opens as fast as before; the copy reads the plan on its own
read-only connection. Restoring closes the plan in this window (its lock with it),
puts the copy back (storage/plan_restore.py) and opens the plan again.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from smplanner.services import plan_files
from smplanner.services.plan_safety import keep_copy
from smplanner.storage.errors import PlanFileError
from smplanner.texts.backup_texts import made_when, reason_text
from smplanner.ui.background import BackgroundTask, run_in_background
from smplanner.ui.error_messages import describe

if TYPE_CHECKING:
    from smplanner.storage.plan_backups import Backup
    from smplanner.ui.main_window import MainWindow

# After the first frame and the integrity check's start (ui/integrity_watch.py).
COPY_ON_OPEN_DELAY_MS = 3000


class PlanRestoreActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.copies_made = 0  # copies made on open in this window (tests wait on it)
        self._count_lock = threading.Lock()
        self._copies: list[BackgroundTask[None]] = []
        self._pending: QTimer | None = None

    # ------------------------------------------------------------ copy on open

    def copy_later(self, path: Path, delay_ms: int | None = None) -> None:
        """Keep a copy of the plan just shown, unless it was closed meanwhile."""
        delay_ms = COPY_ON_OPEN_DELAY_MS if delay_ms is None else delay_ms
        if self._pending is not None:
            self._pending.stop()
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._copy_now(path))
        timer.start(delay_ms)
        self._pending = timer

    def _copy_now(self, path: Path) -> None:
        document = self._window.document
        if document is None or document.plan.path != path:
            return
        # Nothing comes back on screen; keep_copy reads the plan on its own read-only
        # connection (not the task's: it copies the file's pages as they are).
        self._copies.append(run_in_background(self, lambda _job: self._copy(path), name="backup"))

    def finish_copies(self, timeout: float = 10.0) -> None:
        """Let a copy under way finish (the window is closing): a copy cut short by
        the process's end would only leave a partial file to clear later."""
        if self._pending is not None:
            self._pending.stop()
        for copy in self._copies:
            copy.wait(timeout)
        self._copies = [copy for copy in self._copies if copy.running]

    def _copy(self, path: Path) -> None:
        keep_copy(path, "open")  # best effort: it logs what went wrong
        with self._count_lock:
            self.copies_made += 1

    # ------------------------------------------------------------ restore

    def restore(self) -> bool:
        """Ask which kept copy to go back to, then put it back and reopen the plan."""
        window = self._window
        document = window.document
        if document is None:
            return False
        from smplanner.ui.restore_dialog import RestoreDialog  # its widgets: not at start-up

        path = document.plan.path
        dialog = RestoreDialog(plan_files.kept_copies(path), path.name, window)
        if not dialog.exec() or (backup := dialog.chosen()) is None:
            return False
        return self.restore_copy(backup, path)

    def restore_copy(self, backup: Backup, path: Path) -> bool:
        window = self._window
        window.clear_plan()  # releases the plan's lock: the restore needs it
        try:
            plan_files.restore_copy(backup, path)
        except PlanFileError as error:
            window.prompts.error(*describe(error))
            window.file_actions.open_path(path)  # the plan as it was, open again
            return False
        if not window.file_actions.open_path(path):
            return False
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "PlanRestoreActions",
                "The plan is back as it was on %1 (%2). The version it replaced is kept: "
                "File > Restore a previous version.",
            )
            .replace("%1", made_when(backup))
            .replace("%2", reason_text(backup)),
            20000,
        )
        return True
