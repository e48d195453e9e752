"""Turn an export file (CSV in any encoding, .xlsx, .xls, a .zip of CSVs) into tables.

A Table is a grid of cells with the spreadsheet row number of each row, so that a
problem can be reported where the user will look for it. The kind of file is found
from its first bytes, never from its name.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePath

from smplanner.importers.cell_values import DECIMAL_COMMA_HINT, Cell
from smplanner.importers.import_errors import ImportFileError
from smplanner.messages import Message

csv.field_size_limit(10_000_000)

XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MAX_BYTES = 512 * 1024 * 1024
_SEP_LINE = re.compile(r"^\s*\"?sep=(.)\"?\s*$", re.IGNORECASE)


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


def read_tables(name: str, data: bytes) -> list[Table]:
    """All tables in a file's bytes; ImportFileError if it is not a readable export."""
    if not data:
        raise ImportFileError(name, Message("the file is empty. Download the export again."))
    if len(data) > MAX_BYTES:
        raise ImportFileError(
            name, Message("the file is larger than 512 MB: export a shorter period.")
        )
    if data.startswith(ZIP_MAGIC) or data.startswith(b"PK\x05\x06"):
        return _zip_tables(name, data)
    if data.startswith(XLS_MAGIC):
        return _xls_tables(name, data)
    return [csv_table(name, data)]


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


def _zip_tables(name: str, data: bytes) -> list[Table]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.namelist()
        if "xl/workbook.xml" in members:
            return _xlsx_tables(name, data)
        tables = []
        for member in members:
            if member.endswith("/") or not member.lower().endswith((".csv", ".txt")):
                continue
            if member.startswith("__MACOSX/"):
                continue
            label = f"{name} › {PurePath(member).name}"
            tables.append(csv_table(label, archive.read(member)))
    except ImportFileError:
        raise
    # A damaged archive surfaces as any of these, depending on where it is cut.
    except (
        zipfile.BadZipFile,
        EOFError,
        OSError,
        ValueError,
        zlib.error,
        NotImplementedError,
        RuntimeError,
    ) as error:
        raise ImportFileError(
            name,
            Message(
                "the zip archive is damaged or truncated ({reason}). Download it again.",
                reason=_zip_reason(error),
            ),
        ) from None
    if not tables:
        raise ImportFileError(
            name, Message("the zip archive holds no CSV file: it is not an export.")
        )
    return tables


def _xlsx_tables(name: str, data: bytes) -> list[Table]:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        tables = []
        for sheet in book.worksheets:
            rows = [list(row) for row in sheet.iter_rows(values_only=True)]
            tables.append(_sheet_table(f"{name} [{sheet.title}]", sheet.title, rows))
        book.close()
    except ImportFileError:
        raise
    except Exception as error:  # openpyxl raises many kinds on a damaged workbook
        raise ImportFileError(
            name,
            Message(
                "this Excel workbook cannot be read ({reason}): re-save it.",
                reason=type(error).__name__,
            ),
        ) from None
    return tables


def _xls_tables(name: str, data: bytes) -> list[Table]:
    import xlrd  # type: ignore[import-untyped]

    try:
        book = xlrd.open_workbook(file_contents=data)
        tables = []
        for sheet in book.sheets():
            rows: list[list[Cell]] = []
            for index in range(sheet.nrows):
                row: list[Cell] = []
                for cell in sheet.row(index):
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        row.append(xlrd.xldate_as_datetime(cell.value, book.datemode))
                    elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                        row.append(None)
                    else:
                        row.append(cell.value)
                rows.append(row)
            tables.append(_sheet_table(f"{name} [{sheet.name}]", sheet.name, rows))
    except Exception as error:  # xlrd raises XLRDError, struct errors, IndexError...
        raise ImportFileError(
            name,
            Message(
                "this old-format Excel file cannot be read ({reason}).",
                reason=type(error).__name__,
            ),
        ) from None
    return tables


def _sheet_table(source: str, sheet: str, rows: Sequence[Sequence[object]]) -> Table:
    cells: list[list[Cell]] = []
    for row in rows:
        clean: list[Cell] = []
        for value in row:
            if value is None or isinstance(value, str | int | float | datetime):
                clean.append(value)
            else:
                clean.append(str(value))
        cells.append(clean)
    while cells and all(v is None or v == "" for v in cells[-1]):
        cells.pop()
    return Table(source, cells, list(range(1, len(cells) + 1)), sheet=sheet)


# ------------------------------------------------------------------ CSV


def decode_text(name: str, data: bytes) -> str:
    """The text of a CSV whatever Excel or the network wrote (UTF-8/16 with or without BOM,
    or Windows-1252 from an old Excel)."""
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif len(data) >= 4 and data[1] == 0 and data[3] == 0 and data[0] != 0:
        encoding = "utf-16-le"
    elif len(data) >= 4 and data[0] == 0 and data[2] == 0 and data[1] != 0:
        encoding = "utf-16-be"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        if encoding.startswith("utf-16"):
            raise ImportFileError(name, Message("the file is damaged (bad UTF-16 text).")) from None
        text = data.decode("cp1252", errors="replace")
    if "\x00" in text or _binary_ratio(text[:4096]) > 0.05:
        raise ImportFileError(
            name, Message("this is not a text export (it looks like a binary file).")
        )
    return text


def _binary_ratio(sample: str) -> float:
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    return controls / len(sample) + sample.count("\ufffd") / len(sample)


def _delimiter(line: str) -> str:
    counts = {sep: _count_outside_quotes(line, sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _count_outside_quotes(line: str, sep: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            count += 1
    return count


def csv_table(name: str, data: bytes) -> Table:
    """A CSV as a Table: ``sep=`` line honoured, delimiter sniffed, French re-save noticed."""
    text = decode_text(name, data)
    if not text or text.isspace():
        raise ImportFileError(name, Message("the file is empty. Download the export again."))
    lines = text[:65536].splitlines(keepends=True)  # the head is enough to sniff
    first_line = 1
    delimiter = None
    match = _SEP_LINE.match(lines[0]) if lines else None
    if match:
        delimiter = match.group(1)
        text = text[len(lines[0]) :]
        first_line = 2
    if delimiter is None:
        sample = [line for line in lines[:5] if line.strip()]
        delimiter = _delimiter(max(sample, key=len) if sample else "")
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = first_line
    try:
        for row in reader:
            start = line
            line = first_line + reader.line_num
            if not any(map(str.strip, row)):  # a blank line, or only separators
                continue
            rows.append(row)  # type: ignore[arg-type]  # list[str] is a list of Cells
            numbers.append(start)
    except csv.Error as error:
        raise ImportFileError(
            name,
            Message("line {line}: the CSV is malformed ({reason}).", line=line, reason=str(error)),
        ) from None
    semicolons = delimiter == ";"
    decimal_comma = semicolons or any(
        isinstance(cell, str) and DECIMAL_COMMA_HINT.match(cell)
        for row in rows[1:200]
        for cell in row
    )
    table = Table(name, rows, numbers, decimal_comma=decimal_comma, day_first_by_default=semicolons)
    return table
