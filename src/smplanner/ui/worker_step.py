"""An undo or redo that takes seconds (a large statistics import taken back) runs on a
worker, through run_in_background, while the window waits behind a modal progress
note: it keeps painting and answering (its timers fire), and no other edit can start
before the step is done, so the undo stack stays in order (QUndoStack expects a
command's undo to be done when it returns, as QDialog.exec waits in an event loop).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from smplanner.services.changes import Changes
from smplanner.storage.plan_file import PlanFile

if TYPE_CHECKING:
    from smplanner.ui.document import PlanDocument


class WaitingNote(QDialog):
    """'Undoing …' with a busy bar; it cannot be closed before the step ends."""

    def __init__(self, text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Please wait"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        layout = QVBoxLayout(self)
        self.label = QLabel(text)
        layout.addWidget(self.label)
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: one transaction, no steps to count
        layout.addWidget(bar)
        self.ended = False

    def reject(self) -> None:  # Escape or the close button: the step goes on
        if self.ended:
            super().reject()

    def closeEvent(self, event: Any) -> None:
        if self.ended:
            super().closeEvent(event)
        else:
            event.ignore()


def run_waiting(
    document: PlanDocument, step: Callable[[PlanFile], Changes], name: str, *, undoing: bool
) -> Changes:
    """Run ``step`` on the plan through a worker's connection, in one call: the GUI
    thread runs its event loop meanwhile behind a modal note; the step's error is
    raised here, as if it had run on this thread."""
    from smplanner.ui.background import Job, run_in_background

    ended: dict[str, Any] = {}
    loop = QEventLoop()
    note = WaitingNote(
        (
            QCoreApplication.translate("WaitingNote", "Undoing %1…")
            if undoing
            else QCoreApplication.translate("WaitingNote", "Redoing %1…")
        ).replace("%1", name),
        QApplication.activeWindow(),
    )

    def work(job: Job) -> Changes:
        assert job.plan is not None  # the worker's own connection to the plan
        return step(job.plan)

    def done(changes: Changes) -> None:
        ended["changes"] = changes
        loop.quit()

    def failed(error: BaseException) -> None:
        ended["error"] = error
        loop.quit()

    run_in_background(
        document,
        work,
        plan=document.plan,
        writes=True,
        on_done=done,
        on_failed=failed,
        name="undo",
    )
    note.show()
    if not ended:  # its end comes through this loop, never before it runs
        loop.exec()
    note.ended = True
    note.close()
    note.deleteLater()
    if "error" in ended:
        raise ended["error"]
    changes: Changes = ended["changes"]
    return changes
