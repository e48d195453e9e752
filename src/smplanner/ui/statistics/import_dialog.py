"""Import statistics: pick or drop files, see what each one is, then import.

Files are read in the background (ui/background.py: a large export does not freeze
the window, and Cancel stops between files); nothing is stored until the user
presses Import, and then everything is stored in the background too (on the
task's own SQLite connection, with a progress bar and a Stop button that leaves
the plan unchanged) and becomes one undo step. Files with bad rows are imported
only if the user ticks "Skip bad rows".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from smplanner.importers.generic_csv import ColumnMapping
from smplanner.services.statistics_import import (
    FilePreview,
    ImportOutcome,
    preview,
)
from smplanner.services.statistics_import_network import (
    apply_remembered_network,
    remembered_networks,
    unanswered_network,
)
from smplanner.services.statistics_import_repeated import unanswered as repeated_unanswered
from smplanner.services.statistics_import_times import (
    apply_remembered,
    remembered_time_zones,
)
from smplanner.ui.background import BackgroundTask, Job, run_in_background
from smplanner.ui.document import PlanDocument
from smplanner.ui.statistics.import_preview_table import fill_preview_table
from smplanner.ui.statistics.import_storing import StoringImports


class ImportDialog(StoringImports, QDialog):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import statistics"))
        self.resize(960, 480)
        self._document = document
        self.previews: list[FilePreview] = []
        self._readers: list[BackgroundTask[None]] = []
        self._pending = 0
        self._storer: BackgroundTask[ImportOutcome] | None = None
        self.import_ids: list[int] = []

        intro = QLabel(
            self.tr(
                "Add the files downloaded from Meta Business Suite, LinkedIn, TikTok Studio, "
                "X or YouTube Studio (CSV, XLS, XLSX or ZIP). Each file is recognised from "
                "its content."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Recognised as"), self.tr("Rows"), self.tr("Problems")]
        )
        header = self.table.horizontalHeader()
        # File, kind and rows fit their words up to a cap (a zip lists many tables);
        # the problems take the rest; long texts wrap.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in range(3):  # before any file: at least their titles ("Reconnu comme")
            self.table.resizeColumnToContents(column)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_reading = QPushButton(self.tr("Stop reading"))
        self.cancel_reading.setVisible(False)
        self.cancel_reading.clicked.connect(self._cancel)
        self.stop_storing = QPushButton(self.tr("Stop importing"))
        self.stop_storing.setVisible(False)
        self.stop_storing.clicked.connect(self.stop_import)
        add = QPushButton(self.tr("Add files…"))
        add.clicked.connect(self._choose_files)
        self.map_button = QPushButton(self.tr("Read with a column mapping…"))
        self.map_button.setToolTip(
            self.tr("Another tool's export (Iconosquare, Agorapulse…): say which column is which.")
        )
        self.map_button.clicked.connect(self._map_columns)
        self.skip_bad_rows = QCheckBox(self.tr("Skip bad rows and import the others"))
        self.skip_bad_rows.toggled.connect(self._update_buttons)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        from smplanner.services.plan_properties import get_properties
        from smplanner.ui.statistics.import_times_row import ImportTimesRow

        self.zones = remembered_time_zones(document.plan)
        self.times = ImportTimesRow(get_properties(document.plan).timezone, lambda: self.zones)
        self.times.changed.connect(self._times_changed)
        from smplanner.ui.statistics.import_notes import ImportNotes

        self.notes = ImportNotes()
        from smplanner.ui.statistics.import_repeated_row import RepeatedHourRow

        self.repeated = RepeatedHourRow()
        self.repeated.changed.connect(self._times_changed)
        from smplanner.ui.statistics.import_network_row import SeriesNetworkRow

        self.networks = remembered_networks(document.plan)
        self.series_network = SeriesNetworkRow()
        self.series_network.changed.connect(self._times_changed)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_times(row))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.map_button)
        row.addStretch(1)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_reading)
        row.addWidget(self.stop_storing)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.times)
        layout.addWidget(self.series_network)
        layout.addWidget(self.repeated)
        layout.addWidget(self.notes)
        layout.addWidget(self.summary)
        layout.addWidget(self.skip_bad_rows)
        layout.addWidget(self.buttons)
        self.setAcceptDrops(True)
        self._update_buttons()

    # ------------------------------------------------------------ reading

    @property
    def reading(self) -> bool:
        return self._pending > 0

    @property
    def storing(self) -> bool:
        return self._storer is not None

    def add_paths(self, paths: list[Path], mapping: ColumnMapping | None = None) -> None:
        """Read these files in the background and list them."""
        if not paths:
            return
        self._pending += len(paths)
        self.progress.setRange(0, self._pending)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_reading.setVisible(True)

        zones = dict(self.zones)  # read on the GUI thread, applied on the worker's
        networks = dict(self.networks)
        plan_zone = self.times.plan_zone

        def read(job: Job) -> None:
            for path in paths:
                item = preview([path], mapping, plan_zone=plan_zone)[0]
                apply_remembered(item, zones)
                apply_remembered_network(item, networks)
                job.deliver(item)

        def ended(*_: object) -> None:
            self._on_reader_done(reader)

        def failed(error: BaseException) -> None:
            self._on_reader_done(reader)
            raise error  # preview() turns every unreadable file into its reason: a bug

        reader = run_in_background(
            self,
            read,
            on_part=self._on_file_read,
            on_done=ended,
            on_cancelled=ended,
            on_failed=failed,
        )
        self._readers.append(reader)
        self._update_buttons()

    def _on_file_read(self, item: FilePreview) -> None:
        self._pending -= 1
        self.progress.setValue(self.progress.value() + 1)
        self.previews = [p for p in self.previews if p.path != item.path] + [item]
        self._show_previews()

    def _on_reader_done(self, reader: BackgroundTask[None]) -> None:
        if reader in self._readers:
            self._readers.remove(reader)
        if not self._readers:
            self._pending = 0
            self.progress.setVisible(False)
            self.cancel_reading.setVisible(False)
        self._update_buttons()

    def _cancel(self) -> None:
        for reader in self._readers:
            reader.cancel()

    def _show_previews(self) -> None:
        fill_preview_table(self.table, self.previews)
        if self.table.currentRow() < 0 and self.previews:
            self.table.setCurrentCell(0, 0)
        self._show_times(self.table.currentRow())
        self._update_buttons()

    def _show_times(self, row: int) -> None:
        """The selected file's times, days and notes."""
        item = self.previews[row] if 0 <= row < len(self.previews) else None
        self.times.show_file(item)
        self.series_network.show_file(item)
        self.repeated.show_file(item)
        self.notes.show_file(item)

    def _times_changed(self, item: FilePreview) -> None:
        """A zone chosen or the days placed again: keep the file as now read."""
        self.previews = [item if p.path == item.path else p for p in self.previews]
        times_row = self.table.currentRow()
        self._show_previews()
        self.table.setCurrentCell(times_row, 0)

    def _update_buttons(self) -> None:
        readable = [p for p in self.previews if p.importable]
        bad_rows = sum(p.reading.bad_rows for p in readable if p.reading)
        unreadable = len(self.previews) - len(readable)
        unanswered = sum(1 for p in readable if repeated_unanswered(p) is not None)
        unsaid = sum(1 for p in readable if unanswered_network(p) is not None)
        allowed = (
            bool(readable)
            and not self.reading
            and not self.storing
            and not unanswered
            and not unsaid
            and (bad_rows == 0 or self.skip_bad_rows.isChecked())
        )
        self.import_button.setEnabled(allowed)
        self.skip_bad_rows.setVisible(bad_rows > 0)
        parts = []
        if readable:
            parts.append(self.tr("Files ready to import: %1.").replace("%1", str(len(readable))))
        if unreadable:
            parts.append(
                self.tr("Files that cannot be imported (left out): %1.").replace(
                    "%1", str(unreadable)
                )
            )
        if bad_rows:
            parts.append(
                self.tr(
                    "Rows with problems: %1. Nothing is imported unless you skip them."
                ).replace("%1", str(bad_rows))
            )
        if unsaid:
            parts.append(
                self.tr(
                    "Say which network the daily series that do not name one are of (files: %1)."
                ).replace("%1", str(unsaid))
            )
        if unanswered:
            parts.append(
                self.tr(
                    "Say which of the two hours the times in the repeated hour are (files: %1)."
                ).replace("%1", str(unanswered))
            )
        self.summary.setText(self.tr("Importing…") if self.storing else " ".join(parts))

    def _choose_files(self) -> None:
        from smplanner.ui.app_paths import documents_dir

        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose export files"),
            str(documents_dir()),
            self.tr("Exports (*.csv *.txt *.xls *.xlsx *.zip);;All files (*)"),
        )
        self.add_paths([Path(name) for name in names])

    def _map_columns(self) -> None:
        from smplanner.ui.statistics.column_mapping_dialog import ColumnMappingDialog

        candidates = [p for p in self.previews if not p.importable] or self.previews
        if not candidates:
            return
        target = candidates[0].path
        dialog = ColumnMappingDialog(self._document, target, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.mapping is not None:
            self.add_paths([target], dialog.mapping)

    # ------------------------------------------------------------ drops

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_paths([Path(url.toLocalFile()) for url in event.mimeData().urls()])

    def done(self, result: int) -> None:
        for reader in list(self._readers):
            reader.cancel()
            reader.wait()
        if self._storer is not None:  # closing while storing: stop, nothing is stored
            self._storer.cancel()
            self._storer.wait()
            return  # _on_stored reports the stop; the dialog stays for the person to see
        super().done(result)
