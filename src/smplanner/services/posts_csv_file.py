"""The posts CSV read as a stream: its encoding, separator and header, then its rows
one at a time straight from the open file (a 100,000-row file is never held whole).

The encoding is settled first by a pass over the bytes in chunks (UTF-8, a BOM
allowed; else Excel's Windows code page), so that the rows' pass never has to start
again; the separator is the one that makes the header line name the most columns of
the layout. ``signature`` tells the import that the file is still the one previewed.
"""

from __future__ import annotations

import codecs
import csv
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from smplanner.domain.posts_csv_layout import ALTERNATE_COLUMNS, COLUMNS
from smplanner.errors import UserError
from smplanner.messages import Message

if TYPE_CHECKING:
    import _csv  # csv.reader returns a _csv.Reader (the csv stub does not export it)

KNOWN = frozenset(COLUMNS) | frozenset(ALTERNATE_COLUMNS)
_CHUNK = 1 << 16


class PostsFileError(UserError):
    """The file cannot be read as a posts CSV at all; the message says why and what to do."""


def header_key(name: str) -> str:
    return name.strip().strip('"').lower().replace(" ", "_")


@dataclass(frozen=True)
class PostsCsvLayout:
    """How to read the file: its encoding, separator and (normalized) header."""

    encoding: str
    delimiter: str
    header: tuple[str, ...]


def _cannot_read(path: Path, error: OSError) -> PostsFileError:
    return PostsFileError(
        Message(
            "Cannot read {path}: {reason}.", path=str(path), reason=str(error.strerror or error)
        )
    )


def signature(path: Path) -> tuple[int, int]:
    """Size and modification time: the same for the file previewed and the file stored."""
    try:
        stat = os.stat(path)
    except OSError as error:
        raise _cannot_read(path, error) from error
    return stat.st_size, stat.st_mtime_ns


def _encoding(path: Path) -> str:
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except OSError as error:
        raise _cannot_read(path, error) from error
    except UnicodeDecodeError:
        # Excel saves "CSV (separator: semicolon)" in the Windows code page.
        return "cp1252"
    return "utf-8-sig"


def _open(path: Path, encoding: str) -> TextIO:
    try:
        # cp1252 leaves five bytes undefined: replaced, as a spreadsheet shows them.
        return path.open(encoding=encoding, errors="replace", newline="")
    except OSError as error:
        raise _cannot_read(path, error) from error


def read_layout(path: Path) -> PostsCsvLayout:
    """The file's layout; PostsFileError when it is not a posts CSV."""
    encoding = _encoding(path)
    with _open(path, encoding) as handle:
        try:
            first = handle.readline().rstrip("\r\n")
        except OSError as error:
            raise _cannot_read(path, error) from error
    best: tuple[int, str] = (-1, ",")
    for delimiter in (";", ",", "\t"):
        try:
            names = next(csv.reader([first], delimiter=delimiter), [])
        except csv.Error:
            names = []
        score = sum(1 for name in names if header_key(name) in KNOWN)
        best = max(best, (score, delimiter))
    if best[0] < 2:
        raise PostsFileError(
            Message(
                "{file} is not a posts CSV: its first row must name the columns "
                "({columns}). Export the posts from smplanner to get the layout.",
                file=path.name,
                columns=", ".join(COLUMNS),
            )
        )
    with _open(path, encoding) as handle:
        header = next(csv.reader(handle, delimiter=best[1]), [])
    return PostsCsvLayout(encoding, best[1], tuple(header_key(name) for name in header))


@contextmanager
def csv_rows(path: Path, layout: PostsCsvLayout) -> Iterator[Iterator[tuple[int, list[str]]]]:
    """The rows after the header, each with the file's line it starts on."""
    with _open(path, layout.encoding) as handle:
        yield _numbered(path, csv.reader(handle, delimiter=layout.delimiter))


def _numbered(path: Path, reader: _csv.Reader) -> Iterator[tuple[int, list[str]]]:
    try:
        next(reader, None)  # the header
        line = reader.line_num
        for cells in reader:
            yield line + 1, cells
            line = reader.line_num
    except csv.Error as error:  # a cell past the csv module's size limit, say
        raise PostsFileError(
            Message(
                "{file}, line {line}: this line cannot be read as CSV ({reason}). "
                "Save the file again as CSV from the spreadsheet.",
                file=path.name,
                line=reader.line_num,
                reason=str(error),
            )
        ) from None
    except OSError as error:
        raise _cannot_read(path, error) from error
