"""Numbers too large for a float in a real export: refused per cell, never stored as
infinity (which the metrics JSON cannot hold: SQLite then reports "malformed JSON"
on every later read of the statistics)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from smplanner.importers.export_files import read_export_bytes
from smplanner.services.statistics_import import FilePreview, import_files
from smplanner.storage.plan_file import PlanFile

EXPORTS = Path(__file__).parents[1] / "fixtures" / "exports"


@pytest.mark.parametrize("cell", ["1e308K", "9e307M", "1e308:00:01"])
def test_an_overflowing_figure_is_refused_by_row_and_the_rest_imports(plan: PlanFile, cell):
    text = (EXPORTS / "youtube_table_data.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    column = rows[0].index("Average view duration" if ":" in cell else "Views")
    rows[2][column] = cell
    written = io.StringIO()
    csv.writer(written, lineterminator="\n").writerows(rows)
    content = written.getvalue().encode("utf-8")

    reading = read_export_bytes("youtube_table_data.csv", content)
    messages = [str(problem) for problem in reading.problems]
    assert any("too large a number" in text for text in messages), messages
    assert any("row 3" in text.lower() or "line 3" in text.lower() for text in messages), messages

    import_files(
        plan, [FilePreview(EXPORTS / "youtube_table_data.csv", reading)], skip_bad_rows=True
    )
    # Every stored figure reads back: no Infinity in the JSON, none in the columns.
    assert plan.conn.execute("SELECT count(*) FROM stat_posts").fetchone()[0] >= 1
    assert (
        plan.conn.execute(
            "SELECT count(*) FROM stat_posts WHERE NOT json_valid(metrics)"
        ).fetchone()[0]
        == 0
    )
    plan.conn.execute("SELECT json_extract(metrics, '$.views') FROM stat_posts").fetchall()
    assert (
        plan.conn.execute("SELECT count(*) FROM stat_daily WHERE abs(value) > 1e300").fetchone()[0]
        == 0
    )


def test_a_huge_integer_from_a_workbook_is_a_message_not_an_overflow():
    from smplanner.importers.cell_values import parse_number

    with pytest.raises(ValueError, match="too large a number"):
        parse_number(10**400)
