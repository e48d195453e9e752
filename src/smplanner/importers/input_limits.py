"""How large an export may be, and the checks that refuse a file passing it, early.

A zip says in its directory how large each member is once decompressed, and
Python's zipfile never gives more than that; so adding those sizes bounds the work
and memory of reading the archive, whatever the compressed size. An 873 KB archive
that inflates to 9 GB is refused here in milliseconds instead of being read for minutes.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterable

from smplanner.importers.import_errors import ImportFileError
from smplanner.messages import Message

MAX_BYTES = 512 * 1024 * 1024
# The longest text a network exports (a Facebook post) is ~63,000 characters.
MAX_CELL_CHARS = 256 * 1024
csv.field_size_limit(MAX_CELL_CHARS)
# The widest real export has a few dozen columns; a line of a million commas is not
# one, and refusing it at once costs nothing (reading it cell by cell took seconds).
MAX_COLUMNS = 1024
MAX_DECOMPRESSED = 512 * 1024 * 1024
# Exports compress 5–30 times (CSV and sheet XML); far beyond is a made-up file.
MAX_RATIO = 200
RATIO_CHECKED_FROM = 8 * 1024 * 1024


def check_members(name: str, members: Iterable[zipfile.ZipInfo]) -> None:
    """ImportFileError if the members, decompressed, pass the size or ratio limits."""
    total = 0
    for info in members:
        total += info.file_size
        if info.file_size >= RATIO_CHECKED_FROM and (
            info.file_size > MAX_RATIO * max(info.compress_size, 1)
        ):
            raise ImportFileError(
                name,
                Message(
                    "the archive member {member} would inflate from {packed} KB to {size} MB: "
                    "this is not an export (a zip bomb, or a damaged file). Download the "
                    "export again.",
                    member=info.filename,
                    packed=max(1, info.compress_size // 1024),
                    size=info.file_size // (1024 * 1024),
                ),
            )
    if total > MAX_DECOMPRESSED:
        raise ImportFileError(
            name,
            Message(
                "the archive holds {size} MB once decompressed, more than the {limit} MB "
                "smplanner reads: export a shorter period.",
                size=total // (1024 * 1024),
                limit=MAX_DECOMPRESSED // (1024 * 1024),
            ),
        )


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
