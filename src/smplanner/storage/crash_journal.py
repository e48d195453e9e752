"""Does the rollback journal left beside a plan by a crash belong to that plan?

SQLite replays a hot journal into whatever file now has the plan's name. If the
user replaced the crashed plan with a copy (a backup, another client's plan) before
opening it again, replaying the old journal writes pages of the crashed file into
the copy and wrecks it. SQLite keeps no identity of the database in the journal, so
we compare what the journal says about the file it came from with the file there now:

- the journal holds the original page 1 (every commit rewrites page 1's change
  counter, so a crash during a commit leaves it there): the file now there must have
  the same change counter, or one more if the crash came after page 1 was written;
- page 1 is not in the journal (a crash while a big change spilled pages to the file
  before its commit): page 1 of the file is then untouched since the change began, so
  its page count must be the journal's "initial size" and its change counter not
  older than the one the crashed session recorded when it opened the file (kept in
  the lock file it left behind: see storage/lock.py).

Before those, the plan's own id: the crashed session wrote it in its lock file, and
the file now there is read as it is, ignoring the journal (SQLite's ``immutable``
mode), so another client's plan copied over is told apart even when its header
happens to match.

A journal that fails these checks is renamed (never deleted: it is evidence) and the
file opened as it is. The format: https://www.sqlite.org/fileformat.html#the_rollback_journal
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_HEADER_BYTES = 28


@dataclass(frozen=True)
class JournalFacts:
    """What a rollback journal says about the database it was made for."""

    page_size: int
    initial_pages: int
    page_one: bytes | None  # the original first 100 bytes of page 1, if journaled


def read_journal(journal: Path) -> JournalFacts | None:
    """The facts of a journal, or None when SQLite would not replay it (no valid header)."""
    try:
        with journal.open("rb") as handle:
            header = handle.read(_HEADER_BYTES)
            if len(header) < _HEADER_BYTES or not header.startswith(JOURNAL_MAGIC):
                return None
            initial_pages = int.from_bytes(header[16:20], "big")
            sector = int.from_bytes(header[20:24], "big")
            page_size = int.from_bytes(header[24:28], "big")
            if page_size < 512 or page_size > 65536 or sector < 32 or sector > 65536:
                return None
            return JournalFacts(page_size, initial_pages, _find_page_one(handle, sector, page_size))
    except OSError:
        return None


def _find_page_one(handle: BinaryIO, sector: int, page_size: int) -> bytes | None:
    """Walk the journal's segments (each a header then records) looking for page 1.

    A record is a page number, the page, a checksum. The number of records of a
    segment is in its header; a segment starts on a sector boundary.
    """
    size = os.fstat(handle.fileno()).st_size
    record = 4 + page_size + 4
    segment_start = 0
    while segment_start + _HEADER_BYTES <= size:
        handle.seek(segment_start)
        header = handle.read(_HEADER_BYTES)
        if not header.startswith(JOURNAL_MAGIC):
            return None
        count = int.from_bytes(header[8:12], "big")
        if count == 0xFFFFFFFF:  # "as many as fit": journals written without syncing
            count = (size - segment_start - sector) // record
        position = segment_start + sector
        for _ in range(count):
            if position + record > size:
                return None
            handle.seek(position)
            number = int.from_bytes(handle.read(4), "big")
            if number == 1:
                page: bytes = handle.read(100)
                return page
            position += record
        if count == 0:
            return None
        # The next segment begins on the sector boundary after the last record.
        segment_start = -(-position // sector) * sector
    return None


def _counter(header: bytes) -> int:
    return int.from_bytes(header[24:28], "big")


def _page_count(header: bytes) -> int:
    return int.from_bytes(header[28:32], "big")


def _page_size(header: bytes) -> int:
    value = int.from_bytes(header[16:18], "big")
    return 65536 if value == 1 else value


def journal_belongs(file_header: bytes, facts: JournalFacts, counter_at_open: int | None) -> bool:
    """True when the journal was made for the file whose first 100 bytes are given."""
    if facts.page_size != _page_size(file_header):
        return False
    now = _counter(file_header)
    if facts.page_one is not None:
        if facts.page_one[68:72] != file_header[68:72]:  # application id
            return False
        before = _counter(facts.page_one)
        return now in (before, (before + 1) & 0xFFFFFFFF)
    if _page_count(file_header) != facts.initial_pages:
        return False
    return counter_at_open is None or now >= counter_at_open


def set_aside(journal: Path) -> Path:
    """Rename a journal that does not belong to its plan, so SQLite never replays it."""
    stamp = datetime.now().strftime("%Y-%m-%d %H%M%S")
    target = journal.with_name(f"{journal.name} (set aside {stamp})")
    counter = 2
    while target.exists():
        target = journal.with_name(f"{journal.name} (set aside {stamp} {counter})")
        counter += 1
    os.replace(journal, target)
    return target


def file_change_counter(header: bytes) -> int:
    """The change counter of a database file, from its first 100 bytes."""
    return _counter(header)


def plan_id_ignoring_journal(path: Path) -> str | None:
    """The plan's id read from the file as it is, without replaying its journal.

    None when it cannot be read (a page the crash left half-written, say).
    """
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT uuid FROM plan WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(row[0]) if row and row[0] else None
