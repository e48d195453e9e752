"""Import export files into the plan: preview first, then store all or nothing.

``preview`` reads files without touching the plan; ``import_files`` stores what the
preview read, one recorded import per file, all in one transaction (one undo step).
If any row is bad, nothing is stored unless the user chose to skip the bad rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from smplanner.errors import UserError
from smplanner.importers.export_files import FileReading, read_export_file
from smplanner.importers.generic_csv import ColumnMapping
from smplanner.importers.import_errors import ImportRefusedError
from smplanner.services.changes import Changes
from smplanner.services.plan_safety import keep_copy
from smplanner.services.statistics_ingest import STATISTICS, IngestResult, ingest, undo_import
from smplanner.storage.plan_file import PlanFile


class ImportCancelledError(Exception):
    """The person stopped the import while it was being stored: nothing was stored."""


@dataclass
class FilePreview:
    """One file as read (or the reason it cannot be), for the preview and the CLI."""

    path: Path
    reading: FileReading | None = None
    error: str | None = None  # a Message (translatable) when the importer gave one
    # Which of the two hours its times in a repeated hour are, once the user said it
    # (a Repeated of services/statistics_import_repeated.py); None: not asked yet.
    repeated_choice: str | None = None
    # (the parts' zones, what statistics_import_repeated found for them): a cache.
    # The network said for a Meta daily series whose file names none
    # (services/statistics_import_network.py); None: not said (or not needed).
    network_choice: str | None = None
    repeated_cache: tuple[tuple[str | None, ...], Any] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def problems(self) -> list[str]:
        return [str(problem) for problem in self.problem_messages]

    @property
    def problem_messages(self) -> list[str]:
        """The file's problems (or why it cannot be read) as Messages the UI translates."""
        if self.error is not None:
            return [self.error]
        assert self.reading is not None
        return [problem.as_message() for problem in self.reading.problems]

    @property
    def flag_messages(self) -> list[str]:
        """What the user should check before storing (a time read one of two ways)."""
        from smplanner.services.statistics_import_network import network_flag
        from smplanner.services.statistics_import_repeated import repeated_flag

        if self.reading is None:
            return []
        flags = [flag for part in self.reading.readings for flag in part.flags]
        asked = [network_flag(self), repeated_flag(self)]
        return [*flags, *(flag for flag in asked if flag is not None)]

    @property
    def note_messages(self) -> list[str]:
        """What the reading assumed or left out, for the user to know (Messages): a
        daily breakdown summed, boosted posts kept apart, columns left out."""
        if self.reading is None:
            return []
        return [note for part in self.reading.readings for note in part.notes]

    @property
    def importable(self) -> bool:
        return self.reading is not None


@dataclass
class ImportOutcome:
    """What ``import_files`` stored: one IngestResult per file, and the Changes."""

    results: list[tuple[str, IngestResult]] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    @property
    def import_ids(self) -> list[int]:
        return [result.import_id for _, result in self.results]


def preview(
    paths: Iterable[Path],
    mapping: ColumnMapping | None = None,
    *,
    download_day: date | None = None,
    plan_zone: str | None = None,
) -> list[FilePreview]:
    """Read each file; a file that cannot be read gets its reason, the others their rows.
    ``download_day`` places the days written without a year (TikTok) instead of the
    day found in the file (its zip entries' dates, else its modification time).
    ``plan_zone`` places the post times of a file read through ``mapping`` (wall times
    of the plan's zone: a time in the repeated hour is then asked)."""
    from smplanner.services.statistics_import_times import place_mapped_times

    previews = []
    for path in paths:
        try:
            reading = read_export_file(Path(path), mapping, download_day=download_day)
            item = FilePreview(Path(path), reading)
            if plan_zone is not None:
                place_mapped_times(item, plan_zone)
            previews.append(item)
        except UserError as error:
            previews.append(FilePreview(Path(path), error=error.user_message or str(error)))
    return previews


def import_files(
    plan: PlanFile,
    previews: Sequence[FilePreview],
    *,
    skip_bad_rows: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportOutcome:
    """Store the readable files' records, all in one transaction.

    Raises ImportRefusedError (nothing stored) if some rows are bad and
    ``skip_bad_rows`` is False; the good rows of a file are stored either way.
    Raises RepeatedHourUnansweredError (nothing stored) while a file's times in the
    hour repeated when the clocks go back are not said to be the first or the second,
    NetworkUnsaidError while a Meta daily series naming no network is not said to be
    Facebook's or Instagram's.
    ``progress(records stored, records in all)`` is called as the work goes; if it
    raises (ImportCancelledError), the transaction is rolled back and nothing is stored.
    """
    from smplanner.services.statistics_import_network import refuse_unsaid
    from smplanner.services.statistics_import_repeated import refuse_unanswered
    from smplanner.services.statistics_import_times import place_mapped_times
    from smplanner.storage.plan_properties_repo import plan_zone

    zone = plan_zone(plan.conn).key
    for item in previews:  # a mapped file previewed without the plan's zone: placed now
        place_mapped_times(item, zone)
    refuse_unsaid([p for p in previews if p.reading is not None])
    refuse_unanswered([p for p in previews if p.reading is not None])
    readings = [p.reading for p in previews if p.reading is not None]
    problems = [problem for reading in readings for problem in reading.problems]
    if problems and not skip_bad_rows:
        raise ImportRefusedError(problems)
    keep_copy(plan, "import")  # the way back once the undo stack is gone
    outcome = ImportOutcome(changes=Changes.of(STATISTICS))
    total = sum(part.records for reading in readings for part in reading.readings)
    stored = 0
    with plan.transaction():
        for reading in readings:
            for part in reading.readings:
                if not part.records:
                    continue
                report = None
                if progress is not None:
                    report = _reporter(progress, stored, total)
                result = ingest(
                    plan,
                    source_label=part.source,
                    source_kind=part.kind,
                    post_rows=part.post_rows,
                    daily=part.daily,
                    hourly=part.hourly,
                    file_hash=reading.file_hash,
                    rows_read=part.rows_read,
                    progress=report,
                )
                stored += part.records
                outcome.results.append((part.source, result))
                outcome.changes = outcome.changes.merged(result.changes)
    return outcome


def _reporter(
    progress: Callable[[int, int], None], before: int, total: int
) -> Callable[[int], None]:
    return lambda done: progress(before + done, total)


def connect_in_this_thread(plan: PlanFile) -> PlanFile:
    """The same plan through a new read-write connection belonging to the calling thread
    (storage.thread_connection; the background runner opens its own the same way)."""
    from smplanner.storage.thread_connection import open_in_this_thread

    return open_in_this_thread(plan, writes=True)


def undo_imports(plan: PlanFile, import_ids: Sequence[int]) -> Changes:
    """Take back several imports (newest first) as one transaction."""
    changes = Changes.of(STATISTICS)
    with plan.transaction():
        for import_id in sorted(import_ids, reverse=True):
            changes = changes.merged(undo_import(plan, import_id))
    return changes


def save_column_mapping(plan: PlanFile, name: str, mapping: ColumnMapping) -> Changes:
    """Keep a generic-CSV mapping under a name for the next file of that tool."""
    from smplanner.storage.statistics_column_mappings import save_mapping

    with plan.transaction():
        save_mapping(plan.conn, name, mapping.to_json())
    return Changes.of(STATISTICS)
