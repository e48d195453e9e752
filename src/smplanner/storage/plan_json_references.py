"""Reference columns without a foreign key, checked as a plan JSON export is loaded.

Most references between a plan's tables are foreign keys, which SQLite checks when
the import commits (``PRAGMA foreign_key_check``). A few columns point at another
table's row without one, and SQLite lets any value through them: an edited export
whose ``stat_posts.import_id`` names no import would load, and its posts would then
belong to no import (undo, the import list and the figures' stamp assume one). Those
columns are listed in ``SOFT_REFERENCES`` and checked here, each value as the rows
are stored, so the refusal names the table, the row (its number in the file's list)
and the column.

Columns that point elsewhere *and may legitimately point at nothing* are left out on
purpose, since refusing them would refuse plans smplanner itself wrote:

- ``posts.pillar_id`` and ``posts.objective_id``: a pillar or an objective removed in
  the workshop leaves its posts with a dangling id, read as "none" (the calendar
  migration says why);
- ``stat_post_matches.planned_post_id``: the calendar may delete a matched post;
- ``posts.media`` ("media:<sha>/<name>" references): a posts CSV from another plan
  brings references to media this plan does not hold; the post shows them missing;
- ``posts.account``: free text (a handle, a Pinterest board), not a row.

The import ids of the statistics never dangle in a plan: an import's rows go with it
when it is taken back (undo is last-in first-out, storage/statistics_import_undo.py).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from smplanner.messages import Message
from smplanner.storage.plan_json import _quote
from smplanner.storage.plan_json_errors import PlanJsonError


@dataclass(frozen=True)
class Reference:
    """Column ``column`` of ``table`` holds a value of ``parent``.``parent_column``."""

    table: str
    column: str
    parent: str
    parent_column: str


SOFT_REFERENCES: tuple[Reference, ...] = (
    Reference("stat_posts", "import_id", "stat_imports", "id"),
    Reference("stat_daily", "import_id", "stat_imports", "id"),
    Reference("stat_hourly", "import_id", "stat_imports", "id"),
    Reference("stat_overwritten", "import_id", "stat_imports", "id"),
)

# Values found in their parent, remembered so that a batch asks SQLite only about the
# new ones (an import id repeats over every row of its import). Cleared when full.
_KNOWN_LIMIT = 10_000


def references_of(table: str) -> tuple[Reference, ...]:
    return tuple(reference for reference in SOFT_REFERENCES if reference.table == table)


@dataclass
class _Unresolved:
    """A value not (yet) in its parent, and the first row that holds it."""

    reference: Reference
    value: object
    row: int


@dataclass
class ReferenceCheck:
    """Checks the soft references of the rows of one import, batch by batch.

    A value missing from its parent when its batch is stored may still come: the
    parent table may follow in the file (an export re-saved in another order). So a
    missing value is noted with the first row holding it, and ``finish`` refuses the
    file if its parent still lacks it once every row is in.
    """

    source: str
    _known: dict[Reference, set[object]] = field(default_factory=dict)
    _unresolved: dict[tuple[Reference, object], _Unresolved] = field(default_factory=dict)

    def check_batch(
        self,
        conn: sqlite3.Connection,
        reference: Reference,
        values: list[object],
        first_row: int,
    ) -> None:
        """``values``: the column's values of consecutive rows from row ``first_row``."""
        known = self._known.setdefault(reference, set())
        for offset, value in enumerate(values):
            if value is None or value in known:
                continue
            key = (reference, _hashable(value))
            if key in self._unresolved:
                continue
            if _in_parent(conn, reference, value):
                if len(known) >= _KNOWN_LIMIT:
                    known.clear()
                known.add(value)
            else:
                self._unresolved[key] = _Unresolved(reference, value, first_row + offset)

    def finish(self, conn: sqlite3.Connection) -> None:
        """Refuse the file if a value noted missing is still not in its parent."""
        for missing in self._unresolved.values():
            if not _in_parent(conn, missing.reference, missing.value):
                raise dangling(self.source, missing.reference, missing.row, missing.value)
        self._unresolved.clear()


def _hashable(value: object) -> object:
    return value if isinstance(value, int | float | str) else repr(value)


def _in_parent(conn: sqlite3.Connection, reference: Reference, value: object) -> bool:
    # The parent column's affinity applies to the value, as it does for what is stored
    # (the text "7" in an INTEGER column is the number 7).
    found = conn.execute(
        f"SELECT 1 FROM {_quote(reference.parent)}"
        f" WHERE {_quote(reference.parent_column)} = ? LIMIT 1",
        (value,),
    ).fetchone()
    return found is not None


def shown_value(value: object) -> str:
    """A referenced value as the message shows it: a number as it is written (as text:
    an id is no amount for the locale to group), anything else quoted."""
    return str(value) if isinstance(value, int) else repr(value)


def dangling(source: str, reference: Reference, row: int, value: object) -> PlanJsonError:
    """The refusal of a row whose reference column names no row of its parent."""
    return PlanJsonError(
        source,
        Message(
            'table "{table}", row {row}, column "{column}": {value} is not the {parent_column} '
            'of any row of table "{parent}"; the export was edited. Put back the value it '
            "had, or export the plan again from smplanner.",
            table=reference.table,
            row=row,
            column=reference.column,
            value=shown_value(value),
            parent_column=reference.parent_column,
            parent=reference.parent,
        ),
    )
