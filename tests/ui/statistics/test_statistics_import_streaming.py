"""A large export is read in parts and stored in batches, giving what a whole read gives.

The memory figure itself (a 1,000,000-row export within 150 MB) is measured by
benchmarks/import_speed.py; these tests pin what makes it possible: the rows of a
large table go to a spool on disk, not to lists, and reading in parts changes no
record, no row number and no date order.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smplanner.importers import export_files, tabular_files
from smplanner.importers.export_files import read_export_bytes, read_export_file
from smplanner.importers.reading_spool import MAX_PROBLEMS, RowSpool
from smplanner.services.statistics_import import FilePreview, import_files
from smplanner.storage.plan_contents import table_counts
from tests.importers import test_statistics_properties_layouts as layouts
from tests.importers import test_statistics_properties_layouts_studio as studio
from tests.statistics_layout_files import PROPERTIES, Written, check_round_trip

X_HEADER = ["Post id", "Date", "Post text", "Post Link", "Impressions", "Likes", "Engagements"]


def write_x_content(path: Path, rows: int, *, bad_every: int = 0) -> None:
    """An X content export (the documented layout) of ``rows`` posts."""
    start = datetime(2021, 1, 1, tzinfo=UTC)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(X_HEADER)
        for i in range(rows):
            moment = start + timedelta(minutes=37 * i)
            post_id = (int(moment.timestamp() * 1000) - 1288834974657) << 22 | (i % 4096)
            likes = "lots" if bad_every and i % bad_every == 0 else str(i % 40)
            writer.writerow(
                [
                    post_id,
                    moment.strftime("%a, %b %d, %Y"),
                    f"Post number {i} #bakery",
                    f"https://x.com/boulangermartin/status/{post_id}",
                    f"{1000 + i % 5000:,}",
                    likes,
                    i % 90,
                ]
            )


@contextmanager
def parts_of(rows: int, head: int | None = None) -> Iterator[None]:
    """Read tables in parts of ``rows`` rows (hypothesis runs cannot take monkeypatch),
    after a first part of ``head`` rows (the rows the layout is recognised by: a
    table no longer than them is one part)."""
    before = export_files.CHUNK_ROWS, tabular_files.HEAD_ROWS
    export_files.CHUNK_ROWS = rows
    if head is not None:
        tabular_files.HEAD_ROWS = head
    try:
        yield
    finally:
        export_files.CHUNK_ROWS, tabular_files.HEAD_ROWS = before


@contextmanager
def read_whole() -> Iterator[None]:
    before = export_files.ROW_BY_ROW_KINDS
    export_files.ROW_BY_ROW_KINDS = frozenset()
    try:
        yield
    finally:
        export_files.ROW_BY_ROW_KINDS = before


ALL_LAYOUTS = {**layouts.LAYOUTS, **{f"studio {k}": v for k, v in studio.LAYOUTS.items()}}


@pytest.mark.parametrize("layout", sorted(ALL_LAYOUTS))
@PROPERTIES
@given(data=st.data())
def test_any_valid_export_read_in_parts_of_two_rows_reads_back_as_written(layout, data):
    written: Written = data.draw(ALL_LAYOUTS[layout](), label="file")
    with parts_of(2, head=6):  # the samples are short: past their sixth row, in parts
        check_round_trip(written)


def test_a_large_export_is_spooled_and_reads_exactly_as_a_whole_read(tmp_path):
    export = tmp_path / "account_analytics_content_2021-01-01_2021-06-30.csv"
    write_x_content(export, 2_500, bad_every=700)
    with parts_of(1_000):
        parted = read_export_file(export)
    with read_whole():
        whole = read_export_file(export)
    (part,) = parted.readings
    (reference,) = whole.readings
    assert isinstance(part.post_rows, RowSpool) and isinstance(reference.post_rows, list)
    assert list(part.post_rows) == reference.post_rows and len(part.post_rows) == 2_496
    assert part.rows_read == reference.rows_read == 2_500
    assert [str(p) for p in part.problems] == [str(p) for p in reference.problems]
    assert part.bad_rows == 4 and "row 702" in str(part.problems[1])
    assert parted.file_hash == whole.file_hash


def test_storing_a_spooled_reading_stores_every_post_once_and_again_nothing(plan, tmp_path):
    export = tmp_path / "account_analytics_content.csv"
    write_x_content(export, 45_000)  # more than one ingest batch too
    with parts_of(10_000):
        reading = read_export_file(export)
    assert isinstance(reading.readings[0].post_rows, RowSpool)
    seen: list[tuple[int, int]] = []
    outcome = import_files(
        plan,
        [FilePreview(export, reading)],
        progress=lambda done, total: seen.append((done, total)),
    )
    ((_, result),) = outcome.results
    assert result.posts_added == 45_000 and result.posts_updated == 0
    assert table_counts(plan)["stat_posts"] == 45_000
    assert seen[-1] == (45_000, 45_000) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    stored = plan.conn.execute(
        "SELECT external_id, published_at, metrics FROM stat_posts ORDER BY id LIMIT 1 OFFSET 30000"
    ).fetchone()
    expected = next(row for i, row in enumerate(reading.readings[0].post_rows) if i == 30_000)
    assert stored[0] == expected[2] and stored[2] == expected[8]
    again = import_files(plan, [FilePreview(export, reading)])
    ((_, repeat),) = again.results
    assert repeat.nothing_new and repeat.posts_unchanged == 45_000
    assert table_counts(plan)["stat_posts"] == 45_000


def test_a_date_order_decided_by_an_early_part_holds_for_the_later_ones():
    """Day-first dates: the first part has a 13th, the second only ambiguous days."""
    lines = ["Date,Impressions,Engagements,New follows"]
    lines += [f"{day:02d}/03/2026,10,1,0" for day in range(13, 20)]
    lines += [f"{day:02d}/04/2026,10,1,0" for day in range(1, 8)]
    data = ("\n".join(lines) + "\n").encode()
    with parts_of(3):
        parted = read_export_bytes("account_overview_analytics.csv", data)
    with read_whole():
        whole = read_export_bytes("account_overview_analytics.csv", data)
    days = sorted({value.day for value in parted.readings[0].daily})
    assert days[-1].isoformat() == "2026-04-07" and len(days) == 14
    assert list(parted.readings[0].daily) == whole.readings[0].daily


def test_a_file_of_bad_rows_keeps_the_first_problems_and_counts_the_others(tmp_path):
    export = tmp_path / "account_analytics_content.csv"
    write_x_content(export, 3_000, bad_every=1)
    with parts_of(500):
        reading = read_export_file(export)
    (part,) = reading.readings
    assert len(part.problems) == MAX_PROBLEMS and part.bad_rows == 3_000
    assert len(part.post_rows) == 0


def test_a_spool_reads_back_in_order_what_was_put_in():
    spool: RowSpool[tuple[int, str]] = RowSpool()
    spool.extend((i, str(i)) for i in range(12_345))
    spool.append((-1, "last"))
    assert len(spool) == 12_346 and spool
    assert list(spool) == [*((i, str(i)) for i in range(12_345)), (-1, "last")]
    assert list(spool) == list(spool)  # read back as often as needed
    assert not RowSpool()


def test_a_large_export_imported_in_the_window_is_read_in_parts_and_stored_once(
    qtbot, plan, tmp_path
) -> None:
    """The import dialog's two workers (reading, storing) pass the spooled reading on."""
    from PySide6.QtCore import Qt as QtKeys

    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.statistics_tab import StatisticsTab

    export = tmp_path / "account_analytics_content.csv"
    write_x_content(export, 12_000)
    document = PlanDocument(plan)
    tab = StatisticsTab(document)
    document.changed.connect(tab.on_changes)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    with parts_of(5_000):
        dialog = tab.open_import_dialog([export])
        qtbot.waitUntil(lambda: not dialog.reading and len(dialog.previews) == 1, timeout=60_000)
    (preview,) = dialog.previews
    assert preview.reading is not None
    assert isinstance(preview.reading.readings[0].post_rows, RowSpool)
    qtbot.mouseClick(dialog.import_button, QtKeys.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.posts_model.rowCount() == 12_000, timeout=60_000)
    assert table_counts(plan)["stat_posts"] == 12_000 and document.undo_stack.count() == 1
