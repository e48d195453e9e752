"""Refuse a zip or workbook whose content would be too large, before reading any of it.

A zip says in its directory how large each member is once decompressed, and
Python's zipfile never gives more than that; so adding those sizes bounds the work
and memory of reading the archive, whatever the compressed size. An 873 KB archive
that inflates to 9 GB is refused here in milliseconds instead of being read for minutes.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable

from smplanner.importers.import_errors import ImportFileError
from smplanner.messages import Message

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
