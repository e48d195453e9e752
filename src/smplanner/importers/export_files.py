"""Read export files whole: find every table, recognise its kind from its content.

The kind comes from the headers (and where needed the line above them), never from
the file name. In a workbook or zip, tables that are not an export (LinkedIn's
demographics sheets, a notes sheet) are listed and left out; a file with nothing
recognisable is refused with a message that points to the generic CSV import.
"""

from __future__ import annotations

import gc
import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from smplanner.importers import (
    facebook_legacy_posts,
    linkedin_page,
    meta_daily_series,
    meta_posts,
    tiktok_studio,
    x_analytics,
    youtube_studio,
)
from smplanner.importers.export_language import unsupported_language
from smplanner.importers.export_reading import ExportKind, ExportReading
from smplanner.importers.generic_csv import ColumnMapping, read_with_mapping
from smplanner.importers.import_errors import ImportFileError, RowProblem
from smplanner.importers.tabular_files import Table, read_tables
from smplanner.importers.year_less_dates import download_day_of
from smplanner.messages import Message

ALL_KINDS: list[ExportKind] = [
    *meta_posts.KINDS,
    *meta_daily_series.KINDS,
    *facebook_legacy_posts.KINDS,
    *linkedin_page.KINDS,
    *tiktok_studio.KINDS,
    *x_analytics.KINDS,
    *youtube_studio.KINDS,
]


@dataclass
class FileReading:
    """Everything read from one file, before anything is stored."""

    name: str
    file_hash: str
    readings: list[ExportReading] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return [reading.kind for reading in self.readings]

    @property
    def kind_label(self) -> str:
        return ", ".join(dict.fromkeys(reading.label for reading in self.readings))

    @property
    def rows_read(self) -> int:
        return sum(reading.rows_read for reading in self.readings)

    @property
    def bad_rows(self) -> int:
        return sum(reading.bad_rows for reading in self.readings)

    @property
    def problems(self) -> list[RowProblem]:
        return [problem for reading in self.readings for problem in reading.problems]


# Every header some known layout requires: they tell a CSV's separator (tabular_files).
KNOWN_HEADERS: frozenset[str] = frozenset().union(*(kind.required for kind in ALL_KINDS))


def recognise(table: Table) -> tuple[ExportKind, int] | None:
    """The most specific known layout this table matches, with its header row."""
    best: tuple[ExportKind, int] | None = None
    for kind in ALL_KINDS:
        header = kind.header_row(table)
        if header is not None and (best is None or len(kind.required) > len(best[0].required)):
            best = (kind, header)
    return best


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a file is read.

    Reading a large export makes millions of objects (cells, rows, records) that all
    live on and hold no cycles, so each collection Python starts meanwhile walks them
    for nothing: about a quarter of the reading time of a 100,000-row export.
    Reference counting still frees everything; collection resumes (if it was on)
    when the last reader is done (readers may run on several threads).
    """
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


def read_export_bytes(
    name: str,
    data: bytes,
    mapping: ColumnMapping | None = None,
    *,
    download_day: date | None = None,
) -> FileReading:
    """Read one file's bytes; ImportFileError if it is not an export (nothing is kept).

    ``download_day`` places the dates written without a year (TikTok); by default the
    newest date of a zip's entries, else today."""
    with _cyclic_gc_paused():
        return _read_export_bytes(name, data, mapping, download_day or download_day_of(data))


def _read_export_bytes(
    name: str, data: bytes, mapping: ColumnMapping | None, download_day: date | None
) -> FileReading:
    reading = FileReading(name, hashlib.sha256(data).hexdigest())
    tables = read_tables(name, data, KNOWN_HEADERS)
    if mapping is not None:
        reading.readings.extend(read_with_mapping(table, mapping) for table in tables[:1])
        return reading
    for table in tables:
        found = recognise(table)
        if found is None:
            reading.left_out.append(table.source)
            continue
        kind, header = found
        reading.readings.append(kind.read(table, header, download_day=download_day))
    if not reading.readings:
        foreign = unsupported_language(tables) or youtube_studio.breakdown_refusal(tables)
        if foreign is not None:
            raise ImportFileError(name, foreign)
        what = (
            Message(
                "none of its sheets or files ({names}) is an export smplanner knows",
                names=", ".join(t.sheet or t.source for t in tables),
            )
            if len(tables) > 1
            else Message(
                'its sheet "{sheet}" is not an export smplanner knows', sheet=tables[0].sheet
            )
            if tables[0].sheet
            else Message("its columns are not those of an export smplanner knows")
        )
        raise ImportFileError(
            name,
            Message(
                "{what}. If it comes from another tool, use the generic CSV import and "
                "say which column is which.",
                what=what,
            ),
        )
    return reading


def read_export_file(
    path: Path, mapping: ColumnMapping | None = None, *, download_day: date | None = None
) -> FileReading:
    """Read one export file from disk (see read_export_bytes); the download day is by
    default the zip entries' newest date, else the file's modification time."""
    try:
        data = Path(path).read_bytes()
        modified = Path(path).stat().st_mtime
    except FileNotFoundError:
        raise ImportFileError(str(path), Message("the file does not exist.")) from None
    except IsADirectoryError:
        raise ImportFileError(str(path), Message("this is a folder, not a file.")) from None
    except OSError as error:
        raise ImportFileError(
            str(path),
            Message("the file cannot be read ({reason}).", reason=str(error.strerror)),
        ) from None
    return read_export_bytes(
        Path(path).name, data, mapping, download_day=download_day or download_day_of(data, modified)
    )
