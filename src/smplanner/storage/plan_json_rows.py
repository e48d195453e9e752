"""Insert the rows of a JSON export as they are read, a batch at a time.

DocumentRows follows the reader's events (plan_json_reader.py) and hands each table's
rows to a TableRows.

Rows arrive one by one from the reader (plan_json_reader.py); consecutive rows with
the same columns go to SQLite together (``executemany`` of up to BATCH_ROWS), so the
memory held is one batch, and the rows keep their order in the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from smplanner.messages import Message, reason_of
from smplanner.storage.plan_json import MIGRATION_LOG, _quote, decode_value
from smplanner.storage.plan_json_errors import PlanJsonError
from smplanner.storage.plan_json_reader import Event
from smplanner.storage.plan_json_references import ReferenceCheck, references_of

BATCH_ROWS = 1000
# SQLite's INTEGER is 64-bit: a whole number outside this range cannot be stored.
_SMALLEST, _LARGEST = -(2**63), 2**63 - 1
# The members the head must have before the first row (else a first pass reads them).
_HEAD_KEYS = ("format", "layout_version", "schema")
# Values a plan holds as they are in JSON; anything else goes through decode_value.
_PLAIN = frozenset({str, int, float, type(None)})


def _require(condition: bool, source: str, message: str) -> None:
    if not condition:
        raise PlanJsonError(source, message)


class TableRows:
    """The rows of table ``name`` going into ``conn`` (inside the import's transaction)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        name: str,
        source: str,
        references: ReferenceCheck | None = None,
    ) -> None:
        self._conn = conn
        self.name = name
        self._source = source
        self._references = references or ReferenceCheck(source)
        self._soft = references_of(name)
        self._columns = {row[1] for row in conn.execute(f"PRAGMA table_info({_quote(name)})")}
        self._keys: tuple[str, ...] = ()
        self._statement = ""
        self._pending: list[tuple[object, ...]] = []
        # The number of the first row held: the rows held are consecutive ones.
        self._first_pending = 1
        self.count = 0

    def add(self, number: int, row: Any) -> None:
        """Row ``number`` (1-based) of the table's list; raises PlanJsonError saying where."""
        if not isinstance(row, dict):
            raise PlanJsonError(
                self._source,
                Message('table "{table}": "rows" must be a list of objects.', table=self.name),
            )
        keys = tuple(row)
        if keys != self._keys:
            self.flush()
            self._start_group(keys, number)
        values = tuple(row.values())
        if not self._pending:
            self._first_pending = number
        for value in values:
            if value.__class__ not in _PLAIN:
                values = self._decoded(values, number)
                break
        self._pending.append(values)
        self.count += 1
        if len(self._pending) >= BATCH_ROWS:
            self.flush()

    def _start_group(self, keys: tuple[str, ...], number: int) -> None:
        stray = [key for key in keys if key not in self._columns]
        if stray:
            raise PlanJsonError(
                self._source,
                Message(
                    'table "{table}", row {row}: unknown column "{column}".',
                    table=self.name,
                    row=number,
                    column=stray[0],
                ),
            )
        self._keys = keys
        self._statement = (
            f"INSERT INTO {_quote(self.name)} ({', '.join(_quote(k) for k in keys)}) "
            f"VALUES ({', '.join('?' for _ in keys)})"
        )

    def _decoded(self, values: tuple[object, ...], number: int) -> tuple[object, ...]:
        try:
            return tuple(decode_value(value) for value in values)
        except ValueError as error:
            raise PlanJsonError(
                self._source,
                Message(
                    'table "{table}", row {row}: {problem}.',
                    table=self.name,
                    row=number,
                    problem=reason_of(error),
                ),
            ) from None

    def flush(self) -> None:
        """Send the rows held to SQLite; raises PlanJsonError when they break a rule."""
        if not self._pending:
            return
        for reference in self._soft:
            if reference.column in self._keys:
                at = self._keys.index(reference.column)
                self._references.check_batch(
                    self._conn, reference, [row[at] for row in self._pending], self._first_pending
                )
        try:
            self._conn.executemany(self._statement, self._pending)
        except sqlite3.IntegrityError as error:
            raise PlanJsonError(
                self._source,
                Message(
                    'table "{table}": the rows break a rule of the plan ({problem}).',
                    table=self.name,
                    problem=str(error),
                ),
            ) from None
        except OverflowError:  # a whole number too large for SQLite: say which one
            raise self._too_large() from None
        self._pending = []

    def _too_large(self) -> PlanJsonError:
        for offset, values in enumerate(self._pending):
            for key, value in zip(self._keys, values, strict=True):
                if isinstance(value, int) and not _SMALLEST <= value <= _LARGEST:
                    text = str(value)
                    return PlanJsonError(
                        self._source,
                        Message(
                            'table "{table}", row {row}, column "{column}": the number {value} '
                            "is too large for a plan (at most 19 digits). Put back the value "
                            "the export had, or export the plan again from smplanner.",
                            table=self.name,
                            row=self._first_pending + offset,
                            column=key,
                            # as text: no locale groups its digits; a long one shortened
                            value=text if len(text) <= 24 else f"{text[:20]}…",
                        ),
                    )
        return PlanJsonError(  # not expected: SQLite's only overflow is a whole number
            self._source,
            Message('table "{table}": a number is too large for a plan.', table=self.name),
        )


class NeedsEnvelope(Exception):
    """The tables come before the head, or a table's rows before its name: the file
    must first be read once for those (see read_envelope)."""


@dataclass
class Envelope:
    """What a first pass found: the head, and each table's name by its index."""

    head: dict[str, Any] = field(default_factory=dict)
    names: dict[int, Any] = field(default_factory=dict)


def read_envelope(events: Iterator[Event]) -> Envelope:
    found = Envelope()
    for event in events:
        if event[0] == "head":
            found.head[event[1]] = event[2]
        elif event[0] == "table_member" and event[2] == "name":
            found.names[event[1]] = event[3]
    return found


class DocumentRows:
    """Follows the events and sends each table's rows to SQLite as they come."""

    def __init__(
        self,
        source: str,
        envelope: Envelope | None,
        start: Callable[[dict[str, Any]], sqlite3.Connection],
    ) -> None:
        self._source = source
        self._envelope = envelope
        self._start = start
        self._conn: sqlite3.Connection | None = None
        self.head: dict[str, Any] = {}
        self._members: dict[str, Any] = {}
        self._rows: TableRows | None = None
        self._tables_seen = False
        self._references = ReferenceCheck(source)

    def run(self, events: Iterator[Event]) -> None:
        for event in events:
            kind = event[0]
            if kind == "row":
                assert self._rows is not None  # the reader sends "rows" before the rows
                self._rows.add(event[2], event[3])
            elif kind == "head":
                self.head[event[1]] = event[2]
            elif kind == "tables":
                self._begin_tables()
            elif kind == "table":
                self._members, self._rows = {}, None
            elif kind == "table_member":
                self._members[event[2]] = event[3]
            elif kind == "rows":
                self._rows = self._table(event[1], rows_follow=True)
            elif kind == "table_end":
                if self._rows is None:  # no "rows" list: said (raised), once the name is checked
                    self._rows = self._table(event[1], rows_follow=False)
                self._rows.flush()
            elif kind == "table_value":
                where = f"tables[{event[1]}]"
                raise PlanJsonError(self._source, Message("{where} is not an object.", where=where))
            elif kind == "not_object":
                raise PlanJsonError(
                    self._source, Message("this is not a smplanner plan export (not an object).")
                )
        if not self._tables_seen:
            self._start(self.head)  # a head that is wrong is told first
            raise PlanJsonError(self._source, Message('"tables" is missing or not a list.'))
        assert self._conn is not None
        self._references.finish(self._conn)  # a parent table may have come after its rows

    def _begin_tables(self) -> None:
        _require(
            not self._tables_seen,
            self._source,
            Message('"tables" appears twice: the export was edited.'),
        )
        self._tables_seen = True
        head = self.head
        if not all(key in head for key in _HEAD_KEYS):
            if self._envelope is None:
                raise NeedsEnvelope
            head = self._envelope.head
        self._conn = self._start(head)

    def _table(self, index: int, *, rows_follow: bool) -> TableRows:
        assert self._conn is not None
        name: Any = self._members.get("name")
        if not isinstance(name, str) and rows_follow:
            if self._envelope is None:
                raise NeedsEnvelope
            name = self._envelope.names.get(index)
        _require(
            isinstance(name, str),
            self._source,
            Message("{where} has no name.", where=f"tables[{index}]"),
        )
        existing = self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        _require(
            existing is not None and name != MIGRATION_LOG and not name.startswith("sqlite_"),
            self._source,
            Message(
                'table "{table}" does not belong to a plan of this format; the export was edited '
                "or made by another program.",
                table=name,
            ),
        )
        _require(
            rows_follow,
            self._source,
            Message('table "{table}": "rows" must be a list of objects.', table=name),
        )
        return TableRows(self._conn, name, self._source, self._references)
