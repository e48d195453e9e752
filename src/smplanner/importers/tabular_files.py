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
import warnings
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePath

from smplanner.importers.archive_limits import check_members
from smplanner.importers.cell_values import DECIMAL_COMMA_HINT, Cell
from smplanner.importers.import_errors import ImportFileError
from smplanner.messages import Message

# The longest text a network exports (a Facebook post) is ~63,000 characters.
MAX_CELL_CHARS = 256 * 1024
csv.field_size_limit(MAX_CELL_CHARS)
# The widest real export has a few dozen columns; a line of a million commas is not
# one, and refusing it at once costs nothing (reading it cell by cell took seconds).
MAX_COLUMNS = 1024
# openpyxl warns (on stderr, through warnings) about styles and extensions it skips:
# noise for the user, and a script reading `smplanner import --json` must see none.
warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")

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


def read_tables(name: str, data: bytes, known_headers: frozenset[str] = frozenset()) -> list[Table]:
    """All tables in a file's bytes; ImportFileError if it is not a readable export.

    ``known_headers`` (normalized header names of the known exports) help choose a
    CSV's separator when its header line alone leaves a doubt.
    """
    if not data:
        raise ImportFileError(name, Message("the file is empty. Download the export again."))
    if len(data) > MAX_BYTES:
        raise ImportFileError(
            name, Message("the file is larger than 512 MB: export a shorter period.")
        )
    if data.startswith(ZIP_MAGIC) or data.startswith(b"PK\x05\x06"):
        return _zip_tables(name, data, known_headers)
    if data.startswith(XLS_MAGIC):
        return _xls_tables(name, data)
    return [csv_table(name, data, known_headers)]


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


def _zip_tables(name: str, data: bytes, known_headers: frozenset[str]) -> list[Table]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        check_members(name, archive.infolist())
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
            tables.append(csv_table(label, archive.read(member), known_headers))
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
            source = f"{name} [{sheet.title}]"
            # The declared size (A1:XFD1048576 for one far cell) would pad every row
            # and add every missing one: read the cells that are there.
            sheet.reset_dimensions()
            rows = enumerate(sheet.iter_rows(values_only=True), start=1)
            tables.append(_sheet_table(source, sheet.title, rows))
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
        # xlrd writes its warnings to stdout by default, which breaks `--json`.
        book = xlrd.open_workbook(file_contents=data, logfile=io.StringIO(), verbosity=0)
        tables = []
        for sheet in book.sheets():
            rows = ((index + 1, _xls_row(xlrd, book, sheet, index)) for index in range(sheet.nrows))
            tables.append(_sheet_table(f"{name} [{sheet.name}]", sheet.name, rows))
    except ImportFileError:
        raise
    except Exception as error:  # xlrd raises XLRDError, struct errors, IndexError...
        raise ImportFileError(
            name,
            Message(
                "this old-format Excel file cannot be read ({reason}).",
                reason=type(error).__name__,
            ),
        ) from None
    return tables


def _xls_row(xlrd: object, book: object, sheet: object, index: int) -> list[Cell]:
    row: list[Cell] = []
    for cell in sheet.row(index):  # type: ignore[attr-defined]
        if cell.ctype == xlrd.XL_CELL_DATE:  # type: ignore[attr-defined]
            row.append(xlrd.xldate_as_datetime(cell.value, book.datemode))  # type: ignore[attr-defined]
        elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):  # type: ignore[attr-defined]
            row.append(None)
        else:
            row.append(cell.value)
    return row


def _sheet_table(source: str, sheet: str, rows: Iterable[tuple[int, Sequence[object]]]) -> Table:
    """A sheet's (row number, values) as a Table: blank rows left out, widths checked."""
    cells: list[list[Cell]] = []
    numbers: list[int] = []
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
        cells.append(clean)
        numbers.append(number)
    return Table(source, cells, numbers, sheet=sheet)


def check_width(source: str, line: int, width: int) -> None:
    """ImportFileError if a row has more cells than any export (see MAX_COLUMNS)."""
    if width > MAX_COLUMNS:
        raise ImportFileError(
            source,
            Message(
                "row {row} has {count} columns, more than any export ({limit} at most): "
                "this is not an export, or the file is damaged. Download the export again.",
                row=line,
                count=width,
                limit=MAX_COLUMNS,
            ),
        )


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


SEPARATORS = (",", ";", "\t")


def detect_delimiter(lines: Sequence[str], known_headers: frozenset[str] = frozenset()) -> str:
    """The separator of a CSV from its first lines: the one that splits a line into the
    most known export headers, else the one found most in the header line.

    The header line decides, never the longest line: a caption full of commas in a
    French re-save (``;``) must not make it a comma file.
    """
    lines = [line for line in lines if line.strip()][:8]
    if not lines:
        return ","
    if known_headers:
        best, best_known = ",", 0
        for sep in SEPARATORS:
            for row in csv.reader(lines, delimiter=sep):
                known = sum(1 for cell in row if _plain_header(cell) in known_headers)
                if known > best_known:
                    best, best_known = sep, known
        if best_known >= 2:
            return best
    # No known header: the header line is the first one that a separator splits
    # (a title line above the headers holds none).
    for line in lines:
        counts = {sep: _count_outside_quotes(line, sep) for sep in SEPARATORS}
        sep = max(counts, key=lambda key: counts[key])
        if counts[sep]:
            return sep
    return ","


def _plain_header(cell: str) -> str:
    text = cell.replace("\ufeff", "").replace("\u00a0", " ").strip().strip('"').strip()
    return re.sub(r"\s+", " ", text).lower()


def _count_outside_quotes(line: str, sep: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            count += 1
    return count


def csv_table(name: str, data: bytes, known_headers: frozenset[str] = frozenset()) -> Table:
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
        delimiter = detect_delimiter(lines[first_line - 1 : first_line + 9], known_headers)
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = first_line
    try:
        for row in reader:
            start = line
            line = first_line + reader.line_num
            if len(row) > MAX_COLUMNS:
                while row and not row[-1].strip():
                    row.pop()
                check_width(name, start, len(row))
            if not any(map(str.strip, row)):  # a blank line, or only separators
                continue
            rows.append(row)  # type: ignore[arg-type]  # list[str] is a list of Cells
            numbers.append(start)
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise ImportFileError(
                name,
                Message(
                    "line {line}: a cell holds more than {limit} characters, more than any "
                    "export: this is not an export, or the file is damaged.",
                    line=line,
                    limit=MAX_CELL_CHARS,
                ),
            ) from None
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
