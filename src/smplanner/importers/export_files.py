"""Read export files whole: find every table, recognise its kind from its content.

The kind comes from the headers (and where needed the line above them), never from
the file name. In a workbook or zip, tables that are not an export (LinkedIn's
demographics sheets, a notes sheet) are listed and left out; a file with nothing
recognisable is refused with a message that points to the generic CSV import.
"""

from __future__ import annotations

import hashlib
import io
import itertools
from collections.abc import Callable
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
from smplanner.importers.export_kinds import A_DAY, A_POST, ExportKind, repeats_noted
from smplanner.importers.export_language import damaged_encoding, unsupported_language
from smplanner.importers.export_reading import DaySums, ExportReading
from smplanner.importers.generic_csv import ColumnMapping, mapping_header_row, read_with_mapping
from smplanner.importers.header_names import all_header_names
from smplanner.importers.import_errors import ImportFileError, RowProblem
from smplanner.importers.reading_spool import merged_reading
from smplanner.importers.tabular_files import Opener, Table, TableStream, open_tables
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


# Every column name of a known layout, in every language of export_headers.csv (and the
# headers the layouts not yet in that file require): they tell a CSV's separator.
KNOWN_HEADERS: frozenset[str] = frozenset().union(
    *(kind.required for kind in ALL_KINDS if kind.names is None),
    *(names.by_name for names in all_header_names()),
)


def recognise(table: Table) -> tuple[ExportKind, int] | None:
    """The most specific known layout this table matches, with its header row."""
    best: tuple[ExportKind, int] | None = None
    for kind in ALL_KINDS:
        header = kind.header_row(table)
        if header is not None and (best is None or len(kind.required) > len(best[0].required)):
            best = (kind, header)
    return best


# Layouts whose reader takes each row on its own (no sums over rows, no sequence of
# year-less days): a large table of these is read in parts of CHUNK_ROWS rows, in
# bounded memory (tests/ui/statistics/test_statistics_import_streaming.py reads every sample both
# ways). Meta's posts and YouTube's chart data are among them: a daily breakdown's
# sums go from part to part (one ExportReading.day_sums handed on, per post and day,
# not per row: a post's day repeated in a later part is seen as such) and the kind's
# finish makes them posts and series. The others are read whole: their
# files are a year of days or a page's posts (LinkedIn All posts gathers a boosted
# post's rows; TikTok places year-less days by their sequence).
ROW_BY_ROW_KINDS = frozenset(
    {
        "x_content",
        "x_overview",
        "x_video_overview",
        "x_legacy_tweet_activity",
        "facebook_legacy_posts",
        "meta_daily_series",
        "youtube_table_data",
        "youtube_chart_data",
        "meta_facebook_posts",
        "meta_instagram_posts",
        "linkedin_content_metrics",
        "linkedin_followers",
        "linkedin_visitors",
    }
)
CHUNK_ROWS = 10_000


def read_table(
    kind: ExportKind, stream: TableStream, header: int, download_day: date | None
) -> ExportReading:
    """A recognised table read by its kind: in parts if the kind allows it, else whole."""
    reading = _read_parts(kind, stream, header, download_day)
    if kind.finish is not None:
        kind.finish(reading)
    return reading


def _read_parts(
    kind: ExportKind, stream: TableStream, header: int, download_day: date | None
) -> ExportReading:
    if kind.kind not in ROW_BY_ROW_KINDS:
        return kind.read(stream.whole(), header, download_day=download_day)
    handed: list[DaySums | None] = [None]  # the sums so far, handed to the next part

    def read(table: Table) -> ExportReading:
        part = kind.read(table, header, download_day=download_day, day_sums=handed[0])
        handed[0] = part.day_sums
        return part

    return _in_parts(stream, header + kind.header_rows - 1, read)


def _read_mapped(stream: TableStream, mapping: ColumnMapping) -> ExportReading:
    """A table read through a user's mapping (each row on its own): in parts too, a
    post's or a day's rows seen across parts (the DaySums handed on)."""
    header = mapping_header_row(stream.head_table(), mapping)
    handed: list[DaySums | None] = [None]

    def read(table: Table) -> ExportReading:
        part = read_with_mapping(table, mapping, handed[0])
        handed[0] = part.day_sums
        return part

    reading = _in_parts(stream, header, read)
    repeats_noted(A_POST if mapping.id_column else A_DAY)(reading)
    return reading


def _in_parts(
    stream: TableStream, last_header: int, read: Callable[[Table], ExportReading]
) -> ExportReading:
    """The table read in parts of CHUNK_ROWS rows (each with the rows down to its last
    header row), merged into one spooled reading; one part's reading as it is."""
    parts = (read(table) for table in stream.chunks(last_header + 1, CHUNK_ROWS))
    first = next(parts)
    following = next(parts, None)
    if following is None:  # one part: the reading as it is
        return first
    return merged_reading(itertools.chain((first, following), parts))


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
    return read_export_stream(
        name, lambda: io.BytesIO(data), mapping, download_day or download_day_of(data)
    )


def read_export_stream(
    name: str, opener: Opener, mapping: ColumnMapping | None, download_day: date | None
) -> FileReading:
    """Read one file that ``opener`` opens (as often as needed), never holding it whole."""
    reading = FileReading(name, _file_hash(opener))
    with open_tables(name, opener, KNOWN_HEADERS) as streams:
        if mapping is not None:
            reading.readings.extend(_read_mapped(s, mapping) for s in streams[:1])
            return reading
        heads = []
        for stream in streams:
            head = stream.head_table()
            heads.append(head)
            found = recognise(head)
            if found is None:
                reading.left_out.append(stream.source)
                continue
            kind, header = found
            damaged = damaged_encoding(head, header)
            if damaged is not None:
                raise ImportFileError(name, damaged)
            reading.readings.append(read_table(kind, stream, header, download_day))
    if not reading.readings:
        foreign = (
            next((m for m in map(damaged_encoding, heads) if m is not None), None)
            or unsupported_language(heads)
            or youtube_studio.breakdown_refusal(heads)
            or meta_daily_series.unknown_value_column(heads)
        )
        if foreign is not None:
            raise ImportFileError(name, foreign)
        what = (
            Message(
                "none of its sheets or files ({names}) is an export smplanner knows",
                names=", ".join(t.sheet or t.source for t in heads),
            )
            if len(heads) > 1
            else Message(
                'its sheet "{sheet}" is not an export smplanner knows', sheet=heads[0].sheet
            )
            if heads[0].sheet
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


def _file_hash(opener: Opener) -> str:
    digest = hashlib.sha256()
    with opener() as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


# A zip is read for its entries' dates (the TikTok download day) up to this size; a
# larger one (not a TikTok download) takes the file's modification time.
_DATED_ZIP_BYTES = 64 * 1024 * 1024


def read_export_file(
    path: Path, mapping: ColumnMapping | None = None, *, download_day: date | None = None
) -> FileReading:
    """Read one export file from disk, a part at a time (see read_export_stream); the
    download day is by default the zip entries' newest date, else the file's
    modification time."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
        info = path.stat()
        if download_day is None:
            dated = b""
            if magic.startswith(b"PK") and info.st_size <= _DATED_ZIP_BYTES:
                dated = path.read_bytes()
            download_day = download_day_of(dated, info.st_mtime)
    except FileNotFoundError:
        raise ImportFileError(str(path), Message("the file does not exist.")) from None
    except IsADirectoryError:
        raise ImportFileError(str(path), Message("this is a folder, not a file.")) from None
    except OSError as error:
        raise ImportFileError(
            str(path),
            Message("the file cannot be read ({reason}).", reason=str(error.strerror)),
        ) from None
    return read_export_stream(path.name, lambda: path.open("rb"), mapping, download_day)
