"""Turn an export file (CSV in any encoding, .xlsx, .xls, a .zip of CSVs) into tables.

A Table is a grid of cells with the spreadsheet row number of each row, so that a
problem can be reported where the user will look for it. The kind of file is found
from its first bytes, never from its name.

``open_tables`` gives each table as a TableStream: its first rows (enough to
recognise the export and its conventions) and the rest as they are read, so that a
million-row export is never held whole; ``read_tables`` gives whole Tables of a
small file's bytes.
"""

from __future__ import annotations

import io
import itertools
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePath
from types import ModuleType
from typing import Any, BinaryIO, cast

from smplanner.importers.cell_values import DECIMAL_COMMA_HINT, Cell
from smplanner.importers.csv_streams import csv_rows, detect_delimiter, scan_csv
from smplanner.importers.import_errors import ImportFileError
from smplanner.importers.input_limits import (
    MAX_BYTES,
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    check_members,
    check_width,
)
from smplanner.messages import Message

__all__ = [
    "MAX_BYTES",
    "MAX_CELL_CHARS",
    "MAX_COLUMNS",
    "Table",
    "TableStream",
    "detect_delimiter",
    "open_tables",
    "read_tables",
]

# openpyxl warns (on stderr, through warnings) about styles and extensions it skips:
# noise for the user, and a script reading `smplanner import --json` must see none.
warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")

XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# Rows read before the rest: recognition looks at the top 6, the decimal comma at 200.
HEAD_ROWS = 200

Opener = Callable[[], BinaryIO]
NumberedRow = tuple[int, list[Cell]]


@dataclass
class Table:
    """One sheet or CSV: rows of cells, and where each row sits in the file."""

    source: str
    rows: list[list[Cell]]
    row_numbers: list[int]
    sheet: str | None = None
    decimal_comma: bool = False
    # A French Excel re-save turns month-first dates into day-first ones.
    day_first_by_default: bool = False
    notes: list[str] = field(default_factory=list)
    # Column position -> date order, once the column's dates decided it; shared by
    # the parts of a table read in parts, so that they all read dates alike.
    date_orders: dict[int, str] = field(default_factory=dict)


@dataclass
class TableStream:
    """A table being read: its first rows now, the others as ``chunks`` asks for them."""

    source: str
    sheet: str | None
    head: list[list[Cell]]
    head_numbers: list[int]
    rest: Iterator[NumberedRow]
    decimal_comma: bool = False
    day_first_by_default: bool = False
    date_orders: dict[int, str] = field(default_factory=dict)

    def _table(self, rows: list[list[Cell]], numbers: list[int]) -> Table:
        return Table(
            self.source,
            rows,
            numbers,
            sheet=self.sheet,
            decimal_comma=self.decimal_comma,
            day_first_by_default=self.day_first_by_default,
            date_orders=self.date_orders,
        )

    def head_table(self) -> Table:
        """The first rows only: to recognise the export."""
        return self._table(self.head, self.head_numbers)

    def whole(self) -> Table:
        """Every row (the rest is read now)."""
        rows, numbers = list(self.head), list(self.head_numbers)
        for number, row in self.rest:
            rows.append(row)
            numbers.append(number)
        return self._table(rows, numbers)

    def chunks(self, keep: int, size: int) -> Iterator[Table]:
        """The table in parts of about ``size`` data rows, each starting with its first
        ``keep`` rows (the header and what is above it), for a reader that reads rows
        one by one."""
        top, top_numbers = self.head[:keep], self.head_numbers[:keep]
        rows, numbers = list(self.head), list(self.head_numbers)
        yielded = False
        for number, row in self.rest:
            rows.append(row)
            numbers.append(number)
            if len(rows) >= size + keep:
                yield self._table(rows, numbers)
                yielded = True
                rows, numbers = list(top), list(top_numbers)
        if len(rows) > keep or not yielded:
            yield self._table(rows, numbers)


def _stream(
    source: str,
    sheet: str | None,
    rows: Iterator[NumberedRow],
    *,
    semicolons: bool = False,
) -> TableStream:
    head = list(itertools.islice(rows, HEAD_ROWS))
    decimal_comma = semicolons or any(
        isinstance(cell, str) and DECIMAL_COMMA_HINT.match(cell)
        for _, row in head[1:]
        for cell in row
    )
    return TableStream(
        source,
        sheet,
        [row for _, row in head],
        [number for number, _ in head],
        rows,
        decimal_comma=decimal_comma,
        day_first_by_default=semicolons,
    )


@contextmanager
def open_tables(
    name: str, opener: Opener, known_headers: frozenset[str] = frozenset()
) -> Iterator[list[TableStream]]:
    """Every table of a file, as streams readable until the block ends.

    ``opener`` opens the file's bytes afresh (it is read more than once, never whole);
    ``known_headers`` (normalized header names of the known exports) help choose a
    CSV's separator when its header line alone leaves a doubt. ImportFileError if it is
    not a readable export, now or while the rows are read.
    """
    with opener() as probe:
        magic = probe.read(8)
        size = probe.seek(0, io.SEEK_END)
    if not magic:
        raise ImportFileError(name, Message("the file is empty. Download the export again."))
    if size > MAX_BYTES:
        raise ImportFileError(
            name, Message("the file is larger than 512 MB: export a shorter period.")
        )
    with ExitStack() as stack:
        if magic.startswith(ZIP_MAGIC) or magic.startswith(b"PK\x05\x06"):
            yield _zip_streams(name, opener, known_headers, stack)
        elif magic.startswith(XLS_MAGIC):
            yield _xls_streams(name, opener)
        else:
            dialect = scan_csv(name, opener, known_headers)
            rows = csv_rows(name, opener, dialect)
            yield [_stream(name, None, rows, semicolons=dialect.delimiter == ";")]


def read_tables(name: str, data: bytes, known_headers: frozenset[str] = frozenset()) -> list[Table]:
    """All tables in a file's bytes, whole; ImportFileError if it is not a readable export."""
    if not data:
        raise ImportFileError(name, Message("the file is empty. Download the export again."))
    with open_tables(name, lambda: io.BytesIO(data), known_headers) as streams:
        return [stream.whole() for stream in streams]


# ------------------------------------------------------------------ zip and xlsx


def _zip_reason(error: BaseException) -> Message:
    """Why the archive cannot be read, in words the interface translates (the zipfile
    module's own texts, such as "File is not a zip file", are English only)."""
    if isinstance(error, zipfile.BadZipFile):
        return Message("it is not a valid zip file")
    if isinstance(error, EOFError):
        return Message("it ends before its last file")
    if isinstance(error, zlib.error):
        return Message("a file inside cannot be unpacked")
    if isinstance(error, NotImplementedError):
        return Message("it uses a compression smplanner cannot unpack")
    return Message("it cannot be unpacked")


# A damaged archive surfaces as any of these, depending on where it is cut.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    EOFError,
    OSError,
    ValueError,
    zlib.error,
    NotImplementedError,
    RuntimeError,
)


def _damaged_zip(name: str, error: BaseException) -> ImportFileError:
    return ImportFileError(
        name,
        Message(
            "the zip archive is damaged or truncated ({reason}). Download it again.",
            reason=_zip_reason(error),
        ),
    )


def _guarded(
    rows: Iterator[NumberedRow], fail: Callable[[BaseException], ImportFileError]
) -> Iterator[NumberedRow]:
    """The rows, a library's error while reading them turned into ImportFileError."""
    try:
        yield from rows
    except ImportFileError:
        raise
    except Exception as error:  # the libraries raise many kinds on a damaged file
        raise fail(error) from None


def _zip_streams(
    name: str, opener: Opener, known_headers: frozenset[str], stack: ExitStack
) -> list[TableStream]:
    def damaged(error: BaseException) -> ImportFileError:
        return _damaged_zip(name, error)

    try:
        archive = stack.enter_context(zipfile.ZipFile(stack.enter_context(opener())))
        check_members(name, archive.infolist())
        members = archive.namelist()
        if "xl/workbook.xml" in members:
            return _xlsx_streams(name, opener, stack)
        streams = []
        for member in members:
            if member.endswith("/") or not member.lower().endswith((".csv", ".txt")):
                continue
            if member.startswith("__MACOSX/"):
                continue
            label = f"{name} › {PurePath(member).name}"

            def open_member(member: str = member) -> BinaryIO:
                return cast(BinaryIO, archive.open(member))  # a ZipExtFile; typeshed: IO[bytes]

            dialect = scan_csv(label, open_member, known_headers)
            rows = _guarded(csv_rows(label, open_member, dialect), damaged)
            streams.append(_stream(label, None, rows, semicolons=dialect.delimiter == ";"))
    except ImportFileError:
        raise
    except _ZIP_ERRORS as error:
        raise damaged(error) from None
    if not streams:
        raise ImportFileError(
            name, Message("the zip archive holds no CSV file: it is not an export.")
        )
    return streams


def _unreadable_workbook(name: str, error: BaseException) -> ImportFileError:
    return ImportFileError(
        name,
        Message(
            "this Excel workbook cannot be read ({reason}): re-save it.",
            reason=type(error).__name__,
        ),
    )


def _xlsx_streams(name: str, opener: Opener, stack: ExitStack) -> list[TableStream]:
    from smplanner.importers.xlsx_stream import (
        close_workbook,
        load_streaming_workbook,
        sheet_values,
    )

    try:
        # Read-only, as openpyxl's load_workbook, but its shared strings on disk.
        book = load_streaming_workbook(stack.enter_context(opener()))
        stack.callback(close_workbook, book)
        streams = []
        for sheet in book.worksheets:
            source = f"{name} [{sheet.title}]"
            # The cells that are there, by row: the declared size (A1:XFD1048576 for
            # one far cell) would pad every row and add every missing one.
            values = sheet_values(book, sheet)
            rows = _guarded(_sheet_rows(source, values), lambda e: _unreadable_workbook(name, e))
            streams.append(_stream(source, sheet.title, rows))
    except ImportFileError:
        raise
    except Exception as error:  # openpyxl raises many kinds on a damaged workbook
        raise _unreadable_workbook(name, error) from None
    return streams


def _xls_streams(name: str, opener: Opener) -> list[TableStream]:
    import xlrd

    def unreadable(error: BaseException) -> ImportFileError:
        return ImportFileError(
            name,
            Message(
                "this old-format Excel file cannot be read ({reason}).",
                reason=type(error).__name__,
            ),
        )

    try:
        with opener() as handle:
            data = handle.read()  # the format is at most 65,536 rows: it fits
        # xlrd writes its warnings to stdout by default, which breaks `--json`.
        book = xlrd.open_workbook(file_contents=data, logfile=io.StringIO(), verbosity=0)
        streams = []
        for sheet in book.sheets():
            source = f"{name} [{sheet.name}]"
            values = ((i + 1, _xls_row(xlrd, book, sheet, i)) for i in range(sheet.nrows))
            rows = _guarded(_sheet_rows(source, values), unreadable)
            streams.append(_stream(source, sheet.name, rows))
    except ImportFileError:
        raise
    except Exception as error:  # xlrd raises XLRDError, struct errors, IndexError...
        raise unreadable(error) from None
    return streams


def _xls_row(xlrd: ModuleType, book: Any, sheet: Any, index: int) -> list[Cell]:
    # xlrd ships no types: its book and sheet are Any.
    row: list[Cell] = []
    for cell in sheet.row(index):
        if cell.ctype == xlrd.XL_CELL_DATE:
            row.append(xlrd.xldate_as_datetime(cell.value, book.datemode))
        elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
            row.append(None)
        else:
            row.append(cell.value)
    return row


def _sheet_rows(source: str, rows: Iterable[tuple[int, Sequence[object]]]) -> Iterator[NumberedRow]:
    """A sheet's (row number, values) as cells: blank rows left out, widths checked."""
    for number, row in rows:
        clean: list[Cell] = []
        for value in row:
            if value is None or isinstance(value, str | int | float | datetime):
                clean.append(value)
            else:
                clean.append(str(value))
        while clean and (clean[-1] is None or clean[-1] == ""):
            clean.pop()
        if not clean:
            continue
        check_width(source, number, len(clean))
        yield number, clean
