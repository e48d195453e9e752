"""A CSV export read as a stream of rows, whatever Excel or the network wrote.

Two passes over the bytes, neither holding the file: the first finds the encoding
(UTF-8/16 with or without BOM, else Windows-1252 from an old Excel), checks that it is
text and keeps the head to choose the separator; the second decodes and parses row
by row. A million-row export thus costs the memory of one row at a time here.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from smplanner.importers.cell_values import Cell
from smplanner.importers.header_names import fold_name
from smplanner.importers.import_errors import ImportFileError
from smplanner.importers.input_limits import MAX_CELL_CHARS, MAX_COLUMNS, check_width
from smplanner.messages import Message

Opener = Callable[[], BinaryIO]
_BLOCK = 1 << 20
_SAMPLE_CHARS = 65536
_SEP_LINE = re.compile(r"^\s*\"?sep=(.)\"?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class CsvDialect:
    """How to read one CSV: its encoding, separator, and the line its rows start on."""

    encoding: str
    errors: str
    delimiter: str
    skip_sep_line: bool

    @property
    def first_line(self) -> int:
        return 2 if self.skip_sep_line else 1


def _bom_encoding(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(head) >= 4 and head[1] == 0 and head[3] == 0 and head[0] != 0:
        return "utf-16-le"
    if len(head) >= 4 and head[0] == 0 and head[2] == 0 and head[1] != 0:
        return "utf-16-be"
    return "utf-8"


def _not_text(name: str) -> ImportFileError:
    return ImportFileError(
        name, Message("this is not a text export (it looks like a binary file).")
    )


def _binary_ratio(sample: str) -> float:
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    return controls / len(sample) + sample.count("\ufffd") / len(sample)


def scan_csv(name: str, opener: Opener, known_headers: frozenset[str]) -> CsvDialect:
    """The dialect of a CSV, from one pass over its bytes; ImportFileError if it is
    empty, damaged UTF-16 or not text."""
    with opener() as raw:
        head = raw.read(_BLOCK)
        encoding = _bom_encoding(head)
        errors = "strict"
        decoder = codecs.getincrementaldecoder(encoding)()
        sample = ""
        blank = True
        block = head
        try:
            while block:
                text = decoder.decode(block)
                if "\x00" in text:
                    raise _not_text(name)
                if len(sample) < _SAMPLE_CHARS:
                    sample += text[: _SAMPLE_CHARS - len(sample)]
                if blank and text.strip():
                    blank = False
                block = raw.read(_BLOCK)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            if encoding.startswith("utf-16"):
                raise ImportFileError(
                    name, Message("the file is damaged (bad UTF-16 text).")
                ) from None
            encoding, errors = "cp1252", "replace"
            sample = head.decode("cp1252", errors="replace")[:_SAMPLE_CHARS]
            blank = not head.strip()
            while block:  # the rest, for the NUL bytes only binary files hold
                if b"\x00" in block:
                    raise _not_text(name) from None
                if blank and block.strip():
                    blank = False
                block = raw.read(_BLOCK)
            if "\x00" in sample:
                raise _not_text(name) from None
    if blank:
        raise ImportFileError(name, Message("the file is empty. Download the export again."))
    if _binary_ratio(sample[:4096]) > 0.05:
        raise _not_text(name)
    lines = sample.splitlines(keepends=True)
    match = _SEP_LINE.match(lines[0]) if lines else None
    if match:
        return CsvDialect(encoding, errors, match.group(1), True)
    return CsvDialect(encoding, errors, detect_delimiter(lines[:10], known_headers), False)


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
                known = sum(1 for cell in row if fold_name(cell) in known_headers)
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


def _count_outside_quotes(line: str, sep: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            count += 1
    return count


def csv_rows(name: str, opener: Opener, dialect: CsvDialect) -> Iterator[tuple[int, list[Cell]]]:
    """(line number, cells) of each non-blank row, read as the file is decoded."""
    line = dialect.first_line
    with (
        opener() as raw,
        io.TextIOWrapper(raw, encoding=dialect.encoding, errors=dialect.errors, newline="") as text,
    ):
        if dialect.skip_sep_line:
            text.readline()
        reader = csv.reader(text, delimiter=dialect.delimiter)
        try:
            for row in reader:
                start = line
                line = dialect.first_line + reader.line_num
                if len(row) > MAX_COLUMNS:
                    while row and not row[-1].strip():
                        row.pop()
                    check_width(name, start, len(row))
                if not any(map(str.strip, row)):  # a blank line, or only separators
                    continue
                # No cast: it would cost a call a row.
                yield start, row  # type: ignore[misc]  # list invariance: list[str] read as cells
        except csv.Error as error:
            if "field larger than field limit" in str(error):
                raise ImportFileError(
                    name,
                    Message(
                        "line {line}: a cell holds more than {limit} characters, more than "
                        "any export: this is not an export, or the file is damaged.",
                        line=line,
                        limit=MAX_CELL_CHARS,
                    ),
                ) from None
            raise ImportFileError(
                name,
                Message(
                    "line {line}: the CSV is malformed ({reason}).", line=line, reason=str(error)
                ),
            ) from None
        except UnicodeDecodeError:
            raise ImportFileError(name, Message("the file is damaged (bad UTF-16 text).")) from None
