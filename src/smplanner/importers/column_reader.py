"""The column-by-name reader every importer uses, and how a table's header is found.

Headers are matched by name (case-insensitive, trimmed, BOM and quotes stripped),
never by position: column order changes between months and accounts. A bad cell
makes its whole row bad (reported with file, row and column), so that a row is
imported whole or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from typing import cast

from smplanner.importers.cell_values import (
    Cell,
    DateOrder,
    decided_date_order,
    parse_datetime,
    parse_duration_seconds,
    parse_number,
)
from smplanner.importers.export_reading import DaySums, ExportReading, RepeatedRow
from smplanner.importers.header_names import HeaderNames, fold_name
from smplanner.importers.import_errors import (
    RowProblem,
    date_expected,
    duration_expected,
    number_expected,
)
from smplanner.importers.metric_columns import (
    MetricTexts,
    cell_number,
    column_cells,
    metric_texts,
)
from smplanner.importers.tabular_files import Table
from smplanner.messages import Message

TOTAL_WORDS = frozenset({"total", "totals", "total général", "grand total", "totaux"})


def normalize_header(cell: Cell) -> str:
    """A header as compared: lower case, single spaces, no BOM, quotes or NBSP, curly
    apostrophes straight, no space before a colon (see header_names.fold_name)."""
    return fold_name(cell)


def find_header_row(table: Table, required: frozenset[str], within: int = 6) -> int | None:
    """Index of the first of the top rows holding every required header, or None."""
    for index, row in enumerate(table.rows[:within]):
        names = {normalize_header(cell) for cell in row}
        if required <= names:
            return index
    return None


def metric_slug(header: str) -> str:
    """A metric id made from a header nobody mapped: ``Engaged views`` -> engaged_views."""
    slug = re.sub(r"[^a-z0-9]+", "_", normalize_header(header)).strip("_")
    return slug or "value"


def find_fields_row(
    table: Table, names: HeaderNames, required: frozenset[str], within: int = 6
) -> int | None:
    """Index of the first top row naming every required field (any language), or None."""
    for index, row in enumerate(table.rows[:within]):
        if names.has(row, required):
            return index
    return None


class RowIsBad(Exception):
    """Raised inside an importer's row loop once the row's problem is recorded."""


class ColumnReader:
    """Reads a table's data rows by column name and records problems as it goes."""

    def __init__(self, table: Table, header_index: int, reading: ExportReading) -> None:
        self.table = table
        self.reading = reading
        self.header_index = header_index
        self.headers = [
            "" if cell is None else str(cell).replace("\ufeff", "").strip()
            for cell in table.rows[header_index]
        ]
        self.columns: dict[str, int] = {}
        for position, name in enumerate(self.headers):
            self.columns.setdefault(normalize_header(name), position)
        self.first_data_row = header_index + 1
        self.decimal_comma = table.decimal_comma
        self._orders: dict[int, str] = {}
        self.fields: dict[str, list[int]] = {}
        self.download_day: date | None = None

    def use_names(self, names: HeaderNames) -> None:
        """Find the columns by canonical field, in the languages of the data file, and
        note which languages the file's columns are in."""
        self.fields = names.fields_of(self.headers)
        counts = names.languages_of(self.headers)
        # A name both languages share (Description, Date) tells nothing: a language is
        # there if it names a column the other does not.
        shared = {
            fold_name(header)
            for header in self.headers
            if len({language for _f, language in names.by_name.get(fold_name(header), ())}) > 1
        }
        distinct = names.languages_of(h for h in self.headers if fold_name(h) not in shared)
        languages = [code for code in ("fr", "en") if distinct.get(code)]
        if not languages and counts:
            languages = [counts.most_common(1)[0][0]]
        self.reading.languages = tuple(languages)

    def field(self, name: str) -> int | None:
        """Position of the first column holding this canonical field, or None."""
        positions = self.fields.get(name)
        return positions[0] if positions else None

    def field_text(self, row: list[Cell], name: str) -> str | None:
        """A field's text in this row, from whichever of its columns is filled (a file
        mixing French and English columns fills one of each pair per row)."""
        for position in self.fields.get(name, ()):
            text = self.text(row, position)
            if text is not None:
                return text
        return None

    def filled_field(self, row: list[Cell], name: str) -> int | None:
        """The position of the field's column filled in this row (else the first)."""
        positions = self.fields.get(name, ())
        for position in positions:
            if self.text(row, position) is not None:
                return position
        return positions[0] if positions else None

    def mapped_fields(
        self, metrics: Mapping[str, str | tuple[str, float]]
    ) -> dict[int, tuple[str, float]]:
        """Canonical fields -> metric (and factor), resolved to every column present."""
        result: dict[int, tuple[str, float]] = {}
        for name, target in metrics.items():
            for position in self.fields.get(name, ()):
                if position not in result:
                    result[position] = (target, 1.0) if isinstance(target, str) else target
        return result

    def column(self, *names: str) -> int | None:
        """Position of the first of these header names present (aliases across versions)."""
        for name in names:
            position = self.columns.get(name)
            if position is not None:
                return position
        return None

    def rows(self, *, skip_totals: bool = True) -> Iterator[tuple[int, list[Cell]]]:
        """(spreadsheet row number, cells) for each data row; Total rows left out."""
        for _index, number, row in self.numbered_rows(skip_totals=skip_totals):
            yield number, row

    def numbered_rows(self, *, skip_totals: bool = True) -> Iterator[tuple[int, int, list[Cell]]]:
        """(index among the data rows, spreadsheet row number, cells) for each data row."""
        rows = self.table.rows
        numbers = self.table.row_numbers
        start = self.first_data_row
        counted = 0
        try:
            for index in range(start, len(rows)):
                row = rows[index]
                if skip_totals and row:
                    first = row[0]
                    # Only a cell not starting with a digit can be a "Total" (most are ids
                    # or dates): the others skip the normalizing.
                    if (
                        type(first) is str
                        and not first[:1].isdigit()
                        and normalize_header(first) in TOTAL_WORDS
                    ):
                        continue
                counted += 1
                yield index - start, numbers[index], row
        finally:
            self.reading.rows_read += counted

    def texts(self, position: int | None) -> list[str | None]:
        """A column's cells as ``text`` reads them, for every data row at once."""
        rows = self.table.rows[self.first_data_row :]
        if position is None:
            return [None] * len(rows)
        cells = column_cells(rows, position)
        if all(type(cell) is str for cell in cells):
            texts = cast(list[str], cells)  # every cell is a str, tested just above
            return [text or None for text in map(str.strip, texts)]
        return [self.text(row, position) for row in rows]

    def metric_texts(self, mapping: Mapping[int, tuple[str, float]]) -> MetricTexts:
        """The metrics JSON of every data row, read a column at a time (see metric_columns)."""
        return metric_texts(
            self.table.rows[self.first_data_row :], mapping, decimal_comma=self.decimal_comma
        )

    def figures(self, texts: MetricTexts, index: int, row_number: int) -> str:
        """A data row's metrics JSON from ``metric_texts``; RowIsBad if a figure is bad."""
        bad = texts.bad.get(index)
        if bad is not None:
            raise self.fail(row_number, *bad)
        return texts.texts[index]

    def cell(self, row: list[Cell], position: int | None) -> Cell:
        if position is None or position >= len(row):
            return None
        return row[position]

    def text(self, row: list[Cell], position: int | None) -> str | None:
        value = self.cell(row, position)
        if value is None:
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # an id re-saved by Excel as a number
        text = str(value).strip()
        return text or None

    def fail(self, row_number: int, position: int | None, message: str) -> RowIsBad:
        column = self.headers[position] if position is not None else None
        self.reading.problems.append(RowProblem(self.table.source, row_number, column, message))
        return RowIsBad()

    def given_once(
        self,
        row_number: int,
        position: int | None,
        key: str,
        day: date | None,
        figures: Mapping[str, float] | str,
        what: Callable[[str, date | None], Message],
    ) -> bool:
        """Whether this row is the first to give ``key``'s ``day`` (a post: day None; an
        account's day: key ""), in this part of the table or an earlier one (the
        reading's DaySums, handed from part to part). A repeat is not read again: with
        the same figures it is counted once (noted at the kind's finish:
        ``repeats_noted``), with other figures it is a bad row naming ``what(key, day)``
        (export_reading.the_post, the_day)."""
        sums = self.reading.day_sums
        if sums is None:
            sums = self.reading.day_sums = DaySums()
        repeated = sums.seen(key, day, row_number, figures)
        if repeated is None:
            return True
        if not repeated.same:
            self.refuse_repeat(row_number, position, repeated, what(key, day))
        return False

    def refuse_repeat(
        self, row_number: int, position: int | None, repeated: RepeatedRow, what: Message
    ) -> None:
        """A row giving ``what`` (``post 123 on 2025-09-16``) that row ``repeated.row``
        gave with other figures: a bad row, since which is right cannot be told (see
        export_reading.Repeats); skipping it keeps the earlier row's."""
        self.fail(
            row_number,
            position,
            Message(
                "row {row} already gives {what}, with other figures: which one is right "
                "cannot be told. Download the export again (a file made of two downloads "
                "holds both); skipping this row keeps row {row}'s.",
                row=repeated.row,
                what=what,
            ),
        )

    def number(self, row_number: int, row: list[Cell], position: int | None) -> float | None:
        try:
            return parse_number(self.cell(row, position), decimal_comma=self.decimal_comma)
        except ValueError as error:
            raise self.fail(row_number, position, number_expected(error)) from None

    def duration(self, row_number: int, row: list[Cell], position: int | None) -> float | None:
        try:
            return parse_duration_seconds(
                self.cell(row, position), decimal_comma=self.decimal_comma
            )
        except ValueError as error:
            raise self.fail(row_number, position, duration_expected(error)) from None

    def moment(
        self, row_number: int, row: list[Cell], position: int | None, *, required: bool = False
    ) -> datetime | None:
        try:
            value = parse_datetime(self.cell(row, position), order=self._order(position))
        except ValueError as error:
            raise self.fail(row_number, position, date_expected(error)) from None
        if value is None and required:
            raise self.fail(row_number, position, Message("the date is missing."))
        return value

    def day(self, row_number: int, row: list[Cell], position: int | None) -> date:
        value = self.moment(row_number, row, position, required=True)
        assert value is not None
        return value.date()

    def metrics(
        self, row_number: int, row: list[Cell], mapping: Mapping[int, tuple[str, float]]
    ) -> dict[str, float]:
        """Figures of the mapped columns (position -> (metric, factor)); blanks left out."""
        figures: dict[str, float] = {}
        width = len(row)
        for position, (metric, factor) in mapping.items():
            cell = row[position] if position < width else None
            try:
                value = cell_number(cell, self.decimal_comma)
            except ValueError as error:
                raise self.fail(row_number, position, number_expected(error)) from None
            if value is not None:
                figures[metric] = figures.get(metric, 0.0) + value * factor
        return figures

    def mapped(self, names: Mapping[str, str | tuple[str, float]]) -> dict[int, tuple[str, float]]:
        """Header aliases -> metric, resolved to the columns present in this file."""
        result: dict[int, tuple[str, float]] = {}
        for name, target in names.items():
            position = self.columns.get(name)
            if position is None or position in result:
                continue
            result[position] = (target, 1.0) if isinstance(target, str) else target
        return result

    def _order(self, position: int | None) -> str:
        if position is None:
            return DateOrder.MONTH_FIRST
        if position not in self._orders:
            default = (
                DateOrder.DAY_FIRST if self.table.day_first_by_default else DateOrder.MONTH_FIRST
            )
            # A table read in parts shares the orders its earlier parts decided.
            decided = self.table.date_orders.get(position)
            if decided is None:
                texts = [
                    cell
                    for row in self.table.rows[self.first_data_row :]
                    if position < len(row) and isinstance(cell := row[position], str)
                ]
                decided = decided_date_order(texts)
                if decided is not None:
                    self.table.date_orders[position] = decided
            self._orders[position] = decided or default
        return self._orders[position]
