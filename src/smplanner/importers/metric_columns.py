"""The figures of a whole table read a column at a time: the fast path of posts exports.

A 100,000-row export holds over a million figure cells, and most columns repeat a
few hundred values (likes, shares, replies...). So each column's distinct cells are
parsed once (by the same ``parse_number`` as everywhere else: ``1,540``, ``1.2K``,
``NA``, a French ``12 400``) and turned into the text they take in the stored
metrics JSON (``"likes":12.0``); the rows then get their JSON by joining those
texts, without a dict, a float or an exception per cell. The result is the very text
``domain.stat_records.metrics_json`` writes, so a re-import compares equal.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter

from smplanner.importers.cell_values import Cell, parse_number
from smplanner.importers.import_errors import number_expected

_INF = float("inf")


@dataclass
class MetricTexts:
    """Per data row: its metrics JSON, or the first bad cell (position, message)."""

    texts: list[str]
    bad: dict[int, tuple[int, str]] = field(default_factory=dict)


class _BadCell:
    """A distinct cell value that is not a number, with the reason."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


def cell_number(cell: Cell, decimal_comma: bool) -> float | None:
    """``parse_number`` with a shortcut for the common plain number (``12``, ``0.5``)."""
    if type(cell) is str and not (decimal_comma and "." in cell) and "_" not in cell:
        try:
            value = float(cell)
        except ValueError:
            pass
        else:
            if value == value and value not in (_INF, -_INF):
                return value
    return parse_number(cell, decimal_comma=decimal_comma)


def column_cells(rows: Sequence[list[Cell]], position: int, width: int | None = None) -> list[Cell]:
    """The cells of one column (None where a row is too short)."""
    if width is None:
        width = min(map(len, rows), default=0)
    if position < width:  # every row is that wide: C does the picking
        return list(map(itemgetter(position), rows))
    return [row[position] if position < len(row) else None for row in rows]


def _distinct_values(cells: list[Cell], decimal_comma: bool) -> dict[Cell, float | _BadCell | None]:
    values: dict[Cell, float | _BadCell | None] = {}
    for cell in dict.fromkeys(cells):
        try:
            values[cell] = cell_number(cell, decimal_comma)
        except ValueError as error:
            values[cell] = _BadCell(number_expected(error))
    return values


def metric_texts(
    rows: Sequence[list[Cell]],
    mapping: Mapping[int, tuple[str, float]],
    *,
    decimal_comma: bool,
) -> MetricTexts:
    """The metrics JSON of each row from the mapped columns (position -> (metric, factor)).

    Blank cells are left out (a missing figure is absent, never 0); several columns of
    one metric add up, each times its factor. A row with a cell that is not a number
    gets the first such cell (in mapping order) in ``bad`` instead.
    """
    count = len(rows)
    width = min(map(len, rows), default=0)
    result = MetricTexts([])
    columns: dict[int, tuple[list[Cell], dict[Cell, float | _BadCell | None]]] = {}
    for position in mapping:
        cells = column_cells(rows, position, width)
        values = _distinct_values(cells, decimal_comma)
        columns[position] = (cells, values)
        if any(isinstance(value, _BadCell) for value in values.values()):
            for index, cell in enumerate(cells):
                value = values[cell]
                if isinstance(value, _BadCell):
                    result.bad.setdefault(index, (position, value.message))
    by_metric: dict[str, list[int]] = {}
    for position, (metric, _factor) in mapping.items():
        by_metric.setdefault(metric, []).append(position)
    # One list of JSON fragments per metric, in key order; "" where the row has none.
    fragments: list[list[str]] = []
    for metric in sorted(by_metric):
        key = json.dumps(metric) + ":"
        positions = by_metric[metric]
        if len(positions) == 1 and mapping[positions[0]][1] == 1.0:
            cells, values = columns[positions[0]]
            texts = {
                cell: key + repr(value + 0.0) if type(value) is float else ""
                for cell, value in values.items()
            }
            fragments.append(list(map(texts.__getitem__, cells)))
        else:
            fragments.append(_summed(key, positions, mapping, columns, count))
    if not fragments:
        result.texts = ["{}"] * count
    elif all(all(column) for column in fragments):  # no blank anywhere: join as is
        result.texts = [f"{{{line}}}" for line in map(",".join, zip(*fragments, strict=True))]
    else:
        lines = zip(*fragments, strict=True)
        result.texts = [f"{{{','.join(filter(None, line))}}}" for line in lines]
    return result


def _summed(
    key: str,
    positions: list[int],
    mapping: Mapping[int, tuple[str, float]],
    columns: Mapping[int, tuple[list[Cell], dict[Cell, float | _BadCell | None]]],
    count: int,
) -> list[str]:
    """Fragments of a metric spread over several columns or scaled (``ms`` to seconds)."""
    fragments = []
    for index in range(count):
        total: float | None = None
        for position in positions:
            cells, values = columns[position]
            value = values[cells[index]]
            if type(value) is float:
                # Same arithmetic as a per-row dict would do: 0.0 + v * factor...
                total = (0.0 if total is None else total) + value * mapping[position][1]
        fragments.append("" if total is None else key + repr(total))
    return fragments
