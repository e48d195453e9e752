"""Export layouts: how a table of one network's export is recognised and read.

Each importer module (meta_posts, tiktok_studio…) declares its ExportKinds;
importers/export_files.py tries them all on every table of a file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from smplanner.domain.stat_records import DailyValue
from smplanner.importers.column_reader import (
    ColumnReader,
    RowIsBad,
    find_fields_row,
    find_header_row,
)
from smplanner.importers.export_reading import DaySums, ExportReading, the_day
from smplanner.importers.header_names import header_names
from smplanner.importers.tabular_files import Table
from smplanner.messages import Message


@dataclass(frozen=True)
class ExportKind:
    """A recognisable export layout: how to spot it and how to read its rows.

    ``required`` headers must all be on one of the top rows; ``detect`` replaces that
    test where a layout needs more (a sheet name, one of several headers).
    ``read_rows`` fills the reader's ExportReading from the data rows (of a part of
    the table, for the kinds read in parts: importers/export_files.py).
    """

    kind: str
    label: str
    required: frozenset[str]
    read_rows: Callable[[ColumnReader], None]
    detect: Callable[[Table], int | None] | None = None
    # (network, export) of its names in export_headers.csv; ``required`` then holds
    # canonical fields, found in any supported language.
    names: tuple[str, str] | None = None
    # Called once on the table's reading after all its parts are read (and merged):
    # what needs every row first (Meta: a daily breakdown's sums).
    finish: Callable[[ExportReading], None] | None = None
    # The rows from the header down that are not data (the legacy Facebook export's row
    # of descriptions under the names): each part of a table read in parts repeats them.
    header_rows: int = 1

    def header_row(self, table: Table) -> int | None:
        if self.detect is not None:
            return self.detect(table)
        if self.names is not None:
            return find_fields_row(table, header_names(*self.names), self.required)
        return find_header_row(table, self.required)

    def read(
        self,
        table: Table,
        header_index: int,
        *,
        download_day: date | None = None,
        day_sums: DaySums | None = None,
    ) -> ExportReading:
        """The table's reading; ``day_sums``: the sums of the parts of the same table
        read before this one, added to (a post's day counted once across parts)."""
        reading = ExportReading(table.source, self.kind, self.label, day_sums=day_sums)
        reader = ColumnReader(table, header_index, reading)
        reader.download_day = download_day
        if self.names is not None:
            reader.use_names(header_names(*self.names))
        self.read_rows(reader)
        return reading


def read_daily_rows(
    reader: ColumnReader, network: str, columns: dict[int, tuple[str, float]]
) -> None:
    """An account series (one dated row a day): one DailyValue per figure of each row;
    a day an earlier row gave is read once (ColumnReader.given_once)."""
    date_column = reader.column("date")
    for number, row in reader.rows():
        try:
            day = reader.day(number, row, date_column)
            figures = reader.metrics(number, row, columns)
        except RowIsBad:
            continue
        if not reader.given_once(number, date_column, "", day, figures, the_day):
            continue
        reader.reading.daily.extend(
            DailyValue(network, "", day, metric, value) for metric, value in figures.items()
        )


def daily_series(
    network: str, mapping: Mapping[str, str | tuple[str, float]]
) -> Callable[[ColumnReader], None]:
    """A row reader for an export kind that is one account series with these columns."""

    def read(reader: ColumnReader) -> None:
        read_daily_rows(reader, network, reader.mapped(mapping))

    return read


def repeats_noted(what: Message) -> Callable[[ExportReading], None]:
    """A kind's finish: the note on the rows that gave ``what`` ("a day", "a post") an
    earlier row gave with the same figures (export_reading.Repeats)."""

    def finish(reading: ExportReading) -> None:
        sums, reading.day_sums = reading.day_sums, None
        note = sums.repeats.note(what) if sums is not None else None
        if note is not None:
            reading.notes.append(note)

    return finish


A_DAY = Message("a day")
A_POST = Message("a post")
A_VIDEO = Message("a video")
