"""Property-based tests: malformed content thrown at every importer.

Starting from the real sample exports (tests/fixtures/exports), hypothesis cuts,
flips, splices and reshapes them: truncated files, flipped bytes, binary junk,
dropped or duplicated columns, swapped delimiters, text in numeric cells, huge
numbers, empty lines, other encodings, damaged zips and workbooks. Whatever comes
out, reading gives either a reading (its problems naming file, row and column) or
an ImportFileError naming the file — never another exception; storing is all or
nothing, leaves the plan as it was on refusal or undo, and never stores a row twice.
"""

from __future__ import annotations

import csv
import io
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from smplanner.errors import UserError
from smplanner.importers.export_files import FileReading, read_export_bytes, recognise
from smplanner.importers.generic_csv import ColumnMapping
from smplanner.importers.import_errors import ImportFileError, ImportRefusedError
from smplanner.importers.tabular_files import Table, read_tables
from smplanner.services.statistics_import import FilePreview, import_files, undo_imports
from smplanner.storage.plan_contents import table_counts
from smplanner.storage.plan_file import PlanFile

EXPORTS = Path(__file__).parents[1] / "fixtures" / "exports"
SAMPLES = sorted(path.name for path in EXPORTS.iterdir())
KNOWN_LAYOUTS = [name for name in SAMPLES if not name.startswith("iconosquare")]  # generic CSV
# One column per field: a mixed French/English file reads a row from either of a pair,
# so a problem may be reported at the pair's other column (tested in
# test_statistics_import_french.py).
ONE_COLUMN_PER_FIELD = [name for name in KNOWN_LAYOUTS if "_mixed_" not in name]
ICONOSQUARE = ColumnMapping(
    network="instagram", date_column="Jour", metrics={"Abonnés": "followers", "Portée": "reach"}
)

EXAMPLES = int(os.environ.get("SMPLANNER_HYPOTHESIS_EXAMPLES", "40"))
PROPERTIES = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # no .hypothesis/ folder in the working tree
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# One plan per test, kept across examples on purpose: each example starts from what
# the earlier ones left, and every property is stated relative to "before".
WITH_PLAN = settings(
    PROPERTIES,
    max_examples=max(10, EXAMPLES // 2),
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)

ENCODINGS = [
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "cp1252",
    "latin-1",
    "mac_roman",
    "shift_jis",
]
JUNK_CELLS = st.one_of(
    st.sampled_from(
        [
            "NA",
            "-",
            "abc",
            "1.2.3",
            "12,34,5",
            "=SUM(A1)",
            "Total",
            "%",
            "K",
            "1e999",
            "9" * 400,
            "-1e308",
            "1e308",
            "99999999999999999999999",
            "0x1F",
            "∞",
            "NaN",
            "inf",
            "2026-13-45",
            "31/31/2026",
            "  ",
            "\u00a0",
            "😀",
            '"',
            "\r\n",
            ";",
        ]
    ),
    st.text(max_size=12),
)


def sample(name: str) -> bytes:
    return (EXPORTS / name).read_bytes()


def mapping_for(name: str) -> ColumnMapping | None:
    return ICONOSQUARE if name.startswith("iconosquare") else None


# ------------------------------------------------------------------ mutations


@st.composite
def byte_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    """Raw damage: cut, flip, splice, delete, or junk in place of the file."""
    how = draw(st.sampled_from(["truncate", "flip", "insert", "delete", "junk", "tail"]))
    if how == "junk":
        return draw(st.binary(max_size=2048))
    position = draw(st.integers(0, max(0, len(data) - 1)))
    if how == "truncate":
        return data[:position]
    if how == "tail":
        return data[position:]
    if how == "flip":
        flipped = bytearray(data)
        for _ in range(draw(st.integers(1, 16))):
            flipped[draw(st.integers(0, len(flipped) - 1))] = draw(st.integers(0, 255))
        return bytes(flipped)
    if how == "insert":
        junk = draw(
            st.one_of(
                st.binary(min_size=1, max_size=64),
                JUNK_CELLS.map(lambda text: text.encode("utf-8")),
            )
        )
        return data[:position] + junk + data[position:]
    end = position + draw(st.integers(1, 400))
    return data[:position] + data[end:]


@st.composite
def reshaped_rows(draw: st.DrawFn, rows: list[list[str]]) -> list[list[str]]:
    """Structural damage to a table's cells: columns dropped or doubled, text in
    numbers, huge numbers, blank lines, rows cut short or swapped."""
    rows = [list(row) for row in rows]
    for _ in range(draw(st.integers(1, 3))):
        width = max(map(len, rows), default=0)
        how = draw(
            st.sampled_from(
                [
                    "drop_column",
                    "duplicate_column",
                    "cell",
                    "blank_lines",
                    "cut_row",
                    "swap_rows",
                    "huge",
                ]
            )
        )
        if not rows or width == 0:
            break
        column = draw(st.integers(0, width - 1))
        row = draw(st.integers(0, len(rows) - 1))
        if how == "drop_column":
            rows = [r[:column] + r[column + 1 :] for r in rows]
        elif how == "duplicate_column":
            rows = [r[: column + 1] + r[column : column + 1] + r[column + 1 :] for r in rows]
        elif how in ("cell", "huge") and column < len(rows[row]):
            rows[row][column] = (
                draw(JUNK_CELLS)
                if how == "cell"
                else draw(st.sampled_from(["1e308", "9" * 400, "1" + "0" * 30, "-" + "9" * 50]))
            )
        elif how == "blank_lines":
            rows.insert(row, [""] * draw(st.integers(0, width)))
        elif how == "cut_row":
            rows[row] = rows[row][: draw(st.integers(0, len(rows[row])))]
        elif how == "swap_rows":
            other = draw(st.integers(0, len(rows) - 1))
            rows[row], rows[other] = rows[other], rows[row]
    return rows


def as_text_cells(table: Table) -> list[list[str]]:
    return [["" if cell is None else str(cell) for cell in row] for row in table.rows]


@st.composite
def csv_rewrite(draw: st.DrawFn, rows: list[list[str]]) -> bytes:
    """Rows written back with another delimiter, encoding, ``sep=`` line, line endings."""
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    buffer = io.StringIO(newline="")
    writer = csv.writer(
        buffer, delimiter=delimiter, lineterminator=draw(st.sampled_from(["\r\n", "\n", "\r"]))
    )
    writer.writerows(rows)
    text = buffer.getvalue()
    if draw(st.booleans()):
        text = f"sep={delimiter}\r\n" + text
    encoding = draw(st.sampled_from(ENCODINGS))
    return text.encode(encoding, errors="replace")


@st.composite
def mangled_export(draw: st.DrawFn, name: str) -> bytes:
    """Some damaged version of the sample ``name``, of a kind its container allows."""
    data = sample(name)
    if draw(st.integers(0, 2)) == 0:
        return draw(byte_mutation(data))
    if name.endswith(".csv"):
        return draw(csv_rewrite(draw(reshaped_rows(as_text_cells(read_tables(name, data)[0])))))
    if name.endswith(".zip"):
        return draw(mangled_zip(data))
    if name.endswith(".xlsx") or name.endswith(".xls"):
        return draw(mangled_workbook(name, data))
    return draw(byte_mutation(data))


@st.composite
def mangled_zip(draw: st.DrawFn, data: bytes) -> bytes:
    """A TikTok zip with one member damaged, dropped, or no CSV left at all."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    target = draw(st.sampled_from(sorted(members)))
    how = draw(st.sampled_from(["member_bytes", "member_rows", "drop", "no_csv"]))
    if how == "member_bytes":
        members[target] = draw(byte_mutation(members[target]))
    elif how == "member_rows":
        table = read_tables(target, members[target])[0]
        members[target] = draw(csv_rewrite(draw(reshaped_rows(as_text_cells(table)))))
    elif how == "drop":
        del members[target]
    else:
        members = {"notes.txt.bak": b"hello"}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()


@st.composite
def mangled_workbook(draw: st.DrawFn, name: str, data: bytes) -> bytes:
    """A workbook re-saved as .xlsx with its cells reshaped, or a sheet renamed."""
    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook()
    book.remove(book.active)
    for table in read_tables(name, data):
        title = table.sheet or "Sheet"
        if draw(st.integers(0, 4)) == 0:
            title = draw(st.sampled_from(["Notes", "Demographics", "Feuil1"]))
        sheet = book.create_sheet(title[:31] if title not in book.sheetnames else None)
        rows = table.rows
        if draw(st.booleans()):
            rows = draw(reshaped_rows(as_text_cells(table)))
        for row in rows:
            sheet.append([_sheet_cell(cell) for cell in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet_cell(cell: object) -> object:
    # openpyxl refuses control characters in cells; a formula-looking text stays text.
    if isinstance(cell, str):
        cell = "".join(ch for ch in cell if ch >= " " or ch in "\t\n\r")
        return "'" + cell if cell.startswith("=") else cell
    return cell


# ------------------------------------------------------------------ checks


def read_or_refuse(name: str, data: bytes) -> FileReading | None:
    """The reading, or None after checking the refusal is a clear ImportFileError."""
    try:
        reading = read_export_bytes(name, data, mapping_for(name))
    except ImportFileError as error:
        assert str(error).startswith(name) and error.reason.strip()
        return None
    check_problems(name, reading)
    return reading


def check_problems(name: str, reading: FileReading) -> None:
    for problem in reading.problems:
        text = str(problem)
        assert problem.source.startswith(name) and text.startswith(problem.source)
        assert str(problem.message).strip()
        if problem.row is not None:
            assert problem.row >= 1 and f"row {problem.row}" in text
        if problem.column:
            assert f'column "{problem.column}"' in text


def stat_contents(plan: PlanFile) -> dict[str, list[tuple[object, ...]]]:
    """Every statistics row, to compare before and after."""
    return {
        table: sorted(plan.conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in ("stat_posts", "stat_daily", "stat_hourly", "stat_imports", "stat_overwritten")
    }


# ------------------------------------------------------------------ properties


@pytest.mark.parametrize("name", SAMPLES)
@PROPERTIES
@given(data=st.data())
def test_a_damaged_export_reads_or_is_refused_clearly(name, data):
    mangled = data.draw(mangled_export(name), label="bytes")
    read_or_refuse(name, mangled)  # any exception other than ImportFileError fails here


@pytest.mark.parametrize("name", ONE_COLUMN_PER_FIELD)
@PROPERTIES
@given(data=st.data())
def test_text_in_a_cell_is_reported_at_its_row_and_column_or_read(name, data):
    tables = read_tables(name, sample(name))
    table = data.draw(st.sampled_from(tables), label="table")
    found = recognise(table)
    assume(found is not None)
    kind, header = found
    first_data = header + 1
    assume(len(table.rows) > first_data)
    index = data.draw(st.integers(first_data, len(table.rows) - 1), label="row index")
    width = len(table.rows[header])
    column = data.draw(st.integers(0, width - 1), label="column")
    rows = [list(row) for row in table.rows]
    while len(rows[index]) <= column:
        rows[index].append(None)
    rows[index][column] = data.draw(JUNK_CELLS, label="cell")
    damaged = Table(
        table.source,
        rows,
        table.row_numbers,
        table.sheet,
        table.decimal_comma,
        table.day_first_by_default,
    )
    reading = kind.read(damaged, header)
    for problem in reading.problems:
        assert problem.row == table.row_numbers[index]
        assert problem.column == str(table.rows[header][column] or "").replace("\ufeff", "").strip()
        assert str(problem.message).strip()


@pytest.mark.parametrize("name", SAMPLES)
@WITH_PLAN
@given(data=st.data())
def test_a_damaged_import_is_all_or_nothing_and_undone_exactly(plan, name, data):
    good = read_or_refuse(name, sample(name))
    if good is not None and not good.problems:
        import_files(plan, [FilePreview(EXPORTS / name, good)])
    mangled = data.draw(mangled_export(name), label="bytes")
    before = stat_contents(plan)
    counts = table_counts(plan)
    reading = read_or_refuse(name, mangled)
    if reading is None:
        assert table_counts(plan) == counts
        return
    skip = data.draw(st.booleans(), label="skip bad rows")
    try:
        outcome = import_files(plan, [FilePreview(EXPORTS / name, reading)], skip_bad_rows=skip)
    except ImportRefusedError as error:
        assert reading.problems and not skip
        assert name in str(error)
        assert stat_contents(plan) == before and table_counts(plan) == counts
        return
    stored = sum(part.records for part in reading.readings)
    assert len(outcome.import_ids) == sum(1 for part in reading.readings if part.records)
    assert stored == 0 or outcome.import_ids
    # Undoing the import puts back exactly what was there, old values included.
    undo_imports(plan, outcome.import_ids)
    assert stat_contents(plan) == before and table_counts(plan) == counts


@pytest.mark.parametrize("name", KNOWN_LAYOUTS)
@WITH_PLAN
@given(data=st.data())
def test_after_a_damaged_import_the_good_file_adds_nothing_twice(plan, name, data):
    good = read_or_refuse(name, sample(name))
    assert good is not None and not good.problems
    first = import_files(plan, [FilePreview(EXPORTS / name, good)])
    keys_after_first = stat_keys(plan)
    mangled = data.draw(mangled_export(name), label="bytes")
    try:
        reading = read_export_bytes(name, mangled)
        import_files(plan, [FilePreview(EXPORTS / name, reading)], skip_bad_rows=True)
    except UserError:
        pass
    again = import_files(plan, [FilePreview(EXPORTS / name, good)])
    for _, result in again.results:
        assert result.posts_added == 0 and result.daily_added == 0
    assert keys_after_first <= stat_keys(plan)
    assert len(first.results) == len(again.results)


def stat_keys(plan: PlanFile) -> set[tuple[object, ...]]:
    posts = plan.conn.execute("SELECT network, external_id FROM stat_posts").fetchall()
    daily = plan.conn.execute("SELECT network, account, day, metric FROM stat_daily").fetchall()
    hourly = plan.conn.execute("SELECT network, account, day, hour FROM stat_hourly").fetchall()
    keys = [("post", *row) for row in posts] + [("day", *row) for row in daily]
    keys += [("hour", *row) for row in hourly]
    assert len(keys) == len(set(keys))
    return set(keys)
