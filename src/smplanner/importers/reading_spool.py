"""The reading of a large table, part by part, kept on disk until it is stored.

A million-row export read whole would hold every cell and then every normalized row
in memory (2.2 GB). Read in parts instead, each part's rows go to a RowSpool (pickled
batches in an anonymous temporary file, deleted when the reading is dropped); what
the preview shows (counts, problems, notes) stays in memory, the problems capped.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from typing import IO, Any, Generic, TypeVar, cast

from smplanner.importers.export_reading import ExportReading, NightRows
from smplanner.importers.import_errors import RowProblem

T = TypeVar("T")

# Problems kept per table: enough to show and to fix a file; the others are counted.
MAX_PROBLEMS = 1000
_BATCH = 5000


class RowSpool(Generic[T]):
    """Rows appended once, then read back in order: what the ingest needs of a list
    (``len``, iteration), in the memory of one batch."""

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None
        self._offsets: list[int] = []
        self._pending: list[T] = []
        self._count = 0

    def extend(self, rows: Iterable[T]) -> None:
        for row in rows:
            self._pending.append(row)
            self._count += 1
            if len(self._pending) >= _BATCH:
                self._flush()

    def append(self, row: T) -> None:
        self.extend((row,))

    def _flush(self) -> None:
        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix="smplanner-import-")  # noqa: SIM115  (lives as long as the reading)
        self._file.seek(0, 2)
        self._offsets.append(self._file.tell())
        pickle.dump(self._pending, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._pending = []

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0

    def __iter__(self) -> Iterator[T]:
        for offset in list(self._offsets):
            assert self._file is not None
            self._file.seek(offset)
            batch: list[T] = pickle.load(self._file)
            yield from batch
        yield from list(self._pending)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RowSpool | list):
            return list(self) == list(other)
        return NotImplemented

    # No __hash__: defining __eq__ leaves the spool unhashable, as a list is.

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def rewritten(rows: list[T], change: Callable[[T], T]) -> list[T]:
    """``rows`` with ``change`` applied to each, in the same kind of container: the
    rows of a spooled reading (a RowSpool standing in for the list) stay on disk."""
    if isinstance(rows, RowSpool):
        spool: RowSpool[T] = RowSpool()
        spool.extend(change(row) for row in rows)
        rows.close()
        return cast(list[T], spool)
    return [change(row) for row in rows]


@dataclass
class SpooledReading(ExportReading):
    """An ExportReading made of parts: rows in spools, the problems past the cap counted."""

    more_bad_rows: int = 0

    @property
    def bad_rows(self) -> int:
        return super().bad_rows + self.more_bad_rows


_ROWS = ("post_rows", "daily", "hourly")
_ADDED_ABOVE = ("rows_read", "problems", "notes", "night_rows", "day_sums")


def merged_reading(parts: Iterable[ExportReading]) -> ExportReading:
    """One reading from the readings of a table's parts, in order (at least one)."""
    merged: SpooledReading | None = None
    for part in parts:
        if merged is None:
            values: dict[str, Any] = {}
            for f in fields(part):
                value = getattr(part, f.name)
                values[f.name] = [] if isinstance(value, list) else value
            # the first part's are added below, as the others'
            values["day_sums"], values["night_rows"] = None, NightRows()
            merged = SpooledReading(**values)
            for name in _ROWS:
                setattr(merged, name, RowSpool())
            merged.rows_read = 0
        _add_part(merged, part)
    assert merged is not None, "a table has at least one part"
    return merged


def _add_part(merged: SpooledReading, part: ExportReading) -> None:
    for name in _ROWS:
        cast(RowSpool[Any], getattr(merged, name)).extend(getattr(part, name))
    merged.rows_read += part.rows_read
    room = MAX_PROBLEMS - len(merged.problems)
    merged.problems.extend(part.problems[: max(room, 0)])
    dropped: list[RowProblem] = part.problems[max(room, 0) :]
    merged.more_bad_rows += len({p.row for p in dropped if p.row is not None})
    merged.notes.extend(note for note in part.notes if note not in merged.notes)
    merged.night_rows.extend(part.night_rows)
    if part.day_sums is not None:  # the one DaySums the parts handed on (export_files)
        assert merged.day_sums in (None, part.day_sums), "a table's parts share their sums"
        merged.day_sums = part.day_sums
    for f in fields(part):
        if f.name in (*_ROWS, *_ADDED_ABOVE, "source", "kind", "label"):
            continue
        mine, theirs = getattr(merged, f.name), getattr(part, f.name)
        if f.name == "period" and mine and theirs:
            setattr(merged, f.name, (min(mine[0], theirs[0]), max(mine[1], theirs[1])))
        elif isinstance(mine, tuple) and isinstance(theirs, tuple):  # languages
            setattr(merged, f.name, tuple(dict.fromkeys((*mine, *theirs))))
        elif isinstance(mine, list) and isinstance(theirs, list):
            mine.extend(theirs)
        elif not mine and theirs:
            setattr(merged, f.name, theirs)
