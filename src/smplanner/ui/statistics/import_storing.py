"""The import preview's storing: in the background, on the task's own SQLite
connection and in one transaction, with a progress bar and a Stop button that
leaves the plan unchanged; once committed, one undo step.

A mixin of ui/statistics/import_dialog.py's ImportDialog (the dialog's widgets and
state are its own); its words are in the dialog's "ImportDialog" context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QCheckBox, QLabel, QProgressBar, QPushButton

from smplanner.services import statistics_edits
from smplanner.services.statistics_import import FilePreview, ImportOutcome, import_files
from smplanner.services.statistics_import_network import remember_networks
from smplanner.services.statistics_import_times import remember_time_zones
from smplanner.ui.background import BackgroundTask, Job, run_in_background
from smplanner.ui.document import PlanDocument


class StoringImports:
    """Import, Stop importing and what follows them, for the dialog."""

    # The dialog's own, set by its __init__.
    previews: list[FilePreview]
    import_ids: list[int]
    skip_bad_rows: QCheckBox
    progress: QProgressBar
    stop_storing: QPushButton
    summary: QLabel
    _document: PlanDocument
    _storer: BackgroundTask[ImportOutcome] | None

    if TYPE_CHECKING:  # the dialog's (a stub here would shadow QDialog.accept)

        def _update_buttons(self) -> None: ...

        def accept(self) -> None: ...

    def _import(self) -> None:
        """Store in the background, on the task's own connection and in one transaction:
        Stop interrupts it and rolls everything back. The undo step is pushed once the
        import is committed (the GUI's connection sees it only then)."""
        previews = [p for p in self.previews if p.importable]
        skip = self.skip_bad_rows.isChecked()

        def store(job: Job) -> ImportOutcome:
            assert job.plan is not None
            return import_files(
                job.plan,
                previews,
                skip_bad_rows=skip,
                progress=lambda done, total: job.progress(done, total),
            )

        self._storer = run_in_background(
            cast(QObject, self),  # this mixin is part of ImportDialog, a QDialog
            store,
            plan=self._document.plan,
            writes=True,
            on_progress=self._on_stored_progress,
            on_done=lambda outcome: self._on_stored(outcome, previews),
            on_cancelled=self._on_store_stopped,
            on_failed=self._on_store_failed,
        )
        self.progress.setRange(0, 0)  # busy until the first chunk is stored
        self.progress.setVisible(True)
        self.stop_storing.setVisible(True)
        self.stop_storing.setEnabled(True)
        self._update_buttons()

    def stop_import(self) -> None:
        if self._storer is not None:
            self._storer.cancel()
            self.stop_storing.setEnabled(False)

    def _on_stored_progress(self, done: int, total: int, _text: str = "") -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _storing_ended(self) -> None:
        self._storer = None
        self.progress.setVisible(False)
        self.stop_storing.setVisible(False)
        self._update_buttons()

    def _on_stored(self, outcome: ImportOutcome, previews: list[FilePreview]) -> None:
        self._storing_ended()
        remember_time_zones(self._document.plan, previews)  # for the network's next files
        remember_networks(self._document.plan, previews)  # for the title's next series
        self._record_undo_step(outcome, previews)

    def _on_store_stopped(self) -> None:
        self._storing_ended()
        self.summary.setText(
            QCoreApplication.translate("ImportDialog", "Import stopped: nothing was stored.")
        )

    def _on_store_failed(self, error: BaseException) -> None:
        from smplanner.ui.error_messages import is_user_error

        self._storing_ended()
        if not is_user_error(error):
            raise error  # a bug: loud, as on the GUI thread
        self._document.failed.emit(error)

    def _record_undo_step(self, outcome: ImportOutcome, previews: list[FilePreview]) -> None:
        """One undo step holding the import ids (statistics_edits), not the rows read."""
        names = ", ".join(p.path.name for p in previews)
        edit = statistics_edits.stored_imports(
            self._document.plan, outcome.import_ids, outcome.changes
        )
        self._document.push(
            QCoreApplication.translate("ImportDialog", "Import statistics from %1").replace(
                "%1", names
            ),
            edit,
        )
        self.import_ids = list(edit.value)
        self.previews = []  # the rows read are stored now: do not keep them alive
        self.accept()
