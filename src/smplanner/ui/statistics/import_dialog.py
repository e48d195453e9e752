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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smplanner.importers.generic_csv import ColumnMapping
from smplanner.services import statistics_edits
from smplanner.services.statistics_import import (
    FilePreview,
    ImportOutcome,
    import_files,
    preview,
)
from smplanner.services.statistics_import_repeated import unanswered as repeated_unanswered
from smplanner.services.statistics_import_times import (
    apply_remembered,
    remember_time_zones,
    remembered_time_zones,
)
from smplanner.ui.background import BackgroundTask, Job, run_in_background
from smplanner.ui.core_messages import message_text
from smplanner.ui.document import PlanDocument

COLUMN_CAPS = (220, 300, 60)  # px: file, recognised as, rows


# The tables' names in the importers' labels that are words, not the networks' own
# file names (TikTok's Overview, YouTube's Table data stay as the files say).
TABLE_NAMES = (
    QT_TRANSLATE_NOOP("ImportDialog", "Facebook posts"),
    QT_TRANSLATE_NOOP("ImportDialog", "Instagram posts"),
    QT_TRANSLATE_NOOP("ImportDialog", "daily account series"),
    QT_TRANSLATE_NOOP("ImportDialog", "legacy post export"),
    QT_TRANSLATE_NOOP("ImportDialog", "legacy page export"),
    QT_TRANSLATE_NOOP("ImportDialog", "content metrics (sheet Metrics)"),
    QT_TRANSLATE_NOOP("ImportDialog", "content (sheet All posts)"),
    QT_TRANSLATE_NOOP("ImportDialog", "new followers"),
    QT_TRANSLATE_NOOP("ImportDialog", "visitor metrics"),
    QT_TRANSLATE_NOOP("ImportDialog", "account analytics content"),
    QT_TRANSLATE_NOOP("ImportDialog", "account overview analytics"),
    QT_TRANSLATE_NOOP("ImportDialog", "video overview analytics"),
    QT_TRANSLATE_NOOP("ImportDialog", "legacy tweet activity"),
    QT_TRANSLATE_NOOP("ImportDialog", "Chart data / Totals"),
)


def kinds_text(label: str) -> str:
    """'TikTok Studio — Content, TikTok Studio — Overview' as 'TikTok Studio: Content,
    Overview', one line per tool, so a zip's tables stay readable in a column; the
    tables' names in the interface language."""
    tools: dict[str, list[str]] = {}
    for part in label.split(", "):
        tool, _, table = part.partition(" — ")
        if table in TABLE_NAMES:
            table = QCoreApplication.translate("ImportDialog", table)
        tools.setdefault(tool, []).append(table)
    return "\n".join(
        f"{tool}: {', '.join(tables)}" if all(tables) else tool for tool, tables in tools.items()
    )


class ImportDialog(QDialog):
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

        def read(job: Job) -> None:
            for path in paths:
                item = preview([path], mapping)[0]
                apply_remembered(item, zones)
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
        self.table.setRowCount(len(self.previews))
        for row, item in enumerate(self.previews):
            kind = (
                kinds_text(item.reading.kind_label) if item.reading else self.tr("Not recognised")
            )
            if item.reading is not None:
                kind += self.languages_text(item)
            rows = str(item.reading.rows_read) if item.reading else ""
            problems = [message_text(problem) for problem in item.problem_messages]
            text = "\n".join(problems[:5]) + (
                self.tr("\n… and %1 more").replace("%1", str(len(problems) - 5))
                if len(problems) > 5
                else ""
            )
            flags = [message_text(flag) for flag in item.flag_messages]
            if flags:  # stored as read, but the user should know before importing
                text = "\n".join([text, *("⚠ " + flag for flag in flags)]).strip()
                problems = [*problems, *flags]
            for column, value in enumerate([item.path.name, kind, rows, text or self.tr("None")]):
                cell = QTableWidgetItem(value)
                cell.setToolTip("\n".join(problems) or str(item.path))
                self.table.setItem(row, column, cell)
        if self.table.currentRow() < 0 and self.previews:
            self.table.setCurrentCell(0, 0)
        self._show_times(self.table.currentRow())
        for column, cap in enumerate(COLUMN_CAPS):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))
        self.table.resizeRowsToContents()
        self._update_buttons()

    def languages_text(self, item: FilePreview) -> str:
        """' (French)', ' (French and English)': the interface language of the columns."""
        from smplanner.importers.header_names import language_name

        assert item.reading is not None
        codes = dict.fromkeys(c for part in item.reading.readings for c in part.languages)
        if not codes or list(codes) == ["en"]:
            return ""
        names = [message_text(language_name(code)) for code in codes]
        return " (" + self.tr(" and ").join(names) + ")"

    def _show_times(self, row: int) -> None:
        """The selected file's times, days and notes."""
        item = self.previews[row] if 0 <= row < len(self.previews) else None
        self.times.show_file(item)
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
        allowed = (
            bool(readable)
            and not self.reading
            and not self.storing
            and not unanswered
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

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.add_paths([Path(url.toLocalFile()) for url in event.mimeData().urls()])

    # ------------------------------------------------------------ storing

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
            self,
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
        self._record_undo_step(outcome, previews)

    def _on_store_stopped(self) -> None:
        self._storing_ended()
        self.summary.setText(self.tr("Import stopped: nothing was stored."))

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
        self._document.push(self.tr("Import statistics from %1").replace("%1", names), edit)
        self.import_ids = list(edit.value)
        self.previews = []  # the rows read are stored now: do not keep them alive
        self.accept()

    def done(self, result: int) -> None:
        for reader in list(self._readers):
            reader.cancel()
            reader.wait()
        if self._storer is not None:  # closing while storing: stop, nothing is stored
            self._storer.cancel()
            self._storer.wait()
            return  # _on_stored reports the stop; the dialog stays for the person to see
        super().done(result)
