"""The column-at-a-time figures reader gives exactly what the cell-by-cell one gives."""

from __future__ import annotations

import json
import random
from datetime import datetime

import pytest

from smplanner.domain.stat_records import metrics_json
from smplanner.importers.column_reader import ColumnReader, RowIsBad
from smplanner.importers.export_reading import ExportReading
from smplanner.importers.metric_columns import metric_texts
from smplanner.importers.tabular_files import Table

CELLS: list[object] = [
    "12", "0", "-0", "007", "0.5", "3.25", "1,540", "12 400", "1.2K", "3,5 %", "NA", "-",
    "", "  ", "undefined", "1e3", "1_000", "nan", "inf", "lots", "12.400", "99999999999999999",
    12, 12.5, float("nan"), None, datetime(2026, 1, 2),
]  # fmt: skip
MAPPING = {1: ("likes", 1.0), 2: ("impressions", 1.0), 3: ("watch_time_seconds", 0.001),
           4: ("likes", 1.0), 5: ("shares", 1.0)}  # fmt: skip


def per_row(table: Table, mapping: dict[int, tuple[str, float]]) -> list[str | tuple[int, str]]:
    """What the cell-by-cell reader says for each row: its JSON or (column, message)."""
    reader = ColumnReader(table, 0, ExportReading("t.csv", "k", "K"))
    results: list[str | tuple[int, str]] = []
    for number, row in reader.rows(skip_totals=False):
        try:
            results.append(metrics_json(reader.metrics(number, row, mapping)))
        except RowIsBad:
            problem = reader.reading.problems[-1]
            results.append((reader.headers.index(problem.column), problem.message))
    return results


def column_wise(table: Table, mapping: dict[int, tuple[str, float]]) -> list[object]:
    result = metric_texts(table.rows[1:], mapping, decimal_comma=table.decimal_comma)
    return [result.bad.get(i, text) for i, text in enumerate(result.texts)]


@pytest.mark.parametrize("decimal_comma", [False, True])
@pytest.mark.parametrize("seed", range(12))
def test_reading_figures_by_column_matches_reading_them_cell_by_cell(seed, decimal_comma):
    rng = random.Random(seed)
    header: list[object] = ["id", "a", "b", "c", "d", "e"]
    rows = [header] + [
        [str(i)] + [rng.choice(CELLS) for _ in range(rng.randint(2, 5))] for i in range(300)
    ]
    table = Table("t.csv", rows, list(range(1, 302)), decimal_comma=decimal_comma)  # type: ignore[arg-type]
    assert column_wise(table, MAPPING) == per_row(table, MAPPING)


def test_plain_columns_give_the_stored_json_with_sorted_keys():
    rows = [["h", "x", "y"], ["1", "12", "1,540"], ["2", "0.5", ""]]
    table = Table("t.csv", rows, [1, 2, 3])  # type: ignore[arg-type]
    texts = metric_texts(table.rows[1:], {1: ("likes", 1.0), 2: ("impressions", 1.0)},
                         decimal_comma=False).texts  # fmt: skip
    assert texts == ['{"impressions":1540.0,"likes":12.0}', '{"likes":0.5}']
    assert json.loads(texts[0]) == {"impressions": 1540.0, "likes": 12.0}


def test_a_bad_cell_names_the_first_bad_column_of_its_row():
    rows = [["h", "x", "y"], ["1", "lots", "many"], ["2", "3", "4"]]
    result = metric_texts(rows[1:], {2: ("likes", 1.0), 1: ("shares", 1.0)}, decimal_comma=False)  # type: ignore[arg-type]
    assert result.bad == {0: (2, "'many' is not a number; a number is expected here.")}
    assert result.texts[1] == '{"likes":4.0,"shares":3.0}'
