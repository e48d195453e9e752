"""Workbooks whose text cells are shared strings, as Excel and LinkedIn write them,
read with the table on disk (importers/xlsx_strings.py) instead of whole in memory.

The real header sets (EXPORT_FORMATS.md's last section, EXPORT_HEADERS_FR.md) come
from the CSV fixtures written from them, French, English and mixed; each is saved as
a shared-strings workbook, every cell text (LinkedIn's way) or numbers as numbers (an
Excel re-save), and must store exactly what the CSV stores: network, instants, days,
figures. The reader must give openpyxl's own values, refuse a damaged table by name,
and hold much less than the table.
"""

from __future__ import annotations

import csv
import json
import re
import tracemalloc
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from smplanner.importers.import_errors import ImportFileError
from smplanner.importers.tabular_files import open_tables, read_tables
from smplanner.services.statistics_import import import_files, preview
from tests.shared_strings_workbook import write_workbook

EXPORTS = Path(__file__).parents[1] / "fixtures" / "exports"


def _stored(plan) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    rows = plan.conn.execute(
        "SELECT network, external_id, published_at, post_type, metrics FROM stat_posts"
        " ORDER BY external_id"
    )
    return [
        (net, ext, datetime.fromisoformat(at).astimezone(UTC), kind, json.loads(figures))
        for net, ext, at, kind, figures in rows
    ]


def _imported(plan, path: Path) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    previews = preview([path])
    assert [p.problems for p in previews] == [[]]
    import_files(plan, previews)
    return _stored(plan)


def _typed(cell: str) -> object:
    """What an Excel re-save makes of a cell: figures become numbers. (Long ids stay
    text here: a re-save that turns them into 1.09877E+14 is refused by design.)"""
    if cell.isdigit() and len(cell) < 10:
        return int(cell)
    if re.fullmatch(r"\d+\.\d+", cell):
        return float(cell)
    return cell


def _as_workbook(source: Path, target: Path, *, typed: bool) -> Path:
    with source.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    if typed:
        rows = [rows[0], *([_typed(c) if c else None for c in row] for row in rows[1:])]
    return write_workbook(target, {"Export": rows})


@pytest.mark.parametrize("typed", [False, True], ids=["text-cells", "excel-resave"])
@pytest.mark.parametrize(
    "fixture",
    [
        "meta_facebook_posts_fr.csv",
        "meta_instagram_posts_mixed_fr_en.csv",
        "meta_facebook_posts.csv",
    ],
)
def test_a_workbook_stores_what_its_csv_stores(plan_path, tmp_path, fixture, typed) -> None:  # type: ignore[no-untyped-def]
    from smplanner.domain.plan_properties import PlanProperties
    from smplanner.storage.plan_file import create_plan

    workbook = _as_workbook(EXPORTS / fixture, tmp_path / "export.xlsx", typed=typed)
    with zipfile.ZipFile(workbook) as archive:
        assert "xl/sharedStrings.xml" in archive.namelist()
    with create_plan(tmp_path / "csv.smplan", PlanProperties(client_name="Martin")) as plan:
        from_csv = _imported(plan, EXPORTS / fixture)
    with create_plan(tmp_path / "xlsx.smplan", PlanProperties(client_name="Martin")) as plan:
        from_xlsx = _imported(plan, workbook)
    assert from_xlsx == from_csv and from_csv


def test_a_french_facebook_workbook_stores_pacific_instants_and_figures(plan, tmp_path) -> None:  # type: ignore[no-untyped-def]
    workbook = _as_workbook(
        EXPORTS / "meta_facebook_posts_fr.csv", tmp_path / "fb.xlsx", typed=True
    )
    stored = {row[1]: row for row in _imported(plan, workbook)}
    network, _, published, kind, figures = stored["109876543210987_1122334455667788"]
    # `Heure de publication` 09/16/2025 05:03, month first, Pacific daylight time.
    assert (network, kind) == ("facebook", "Photos")
    assert published == datetime(2025, 9, 16, 12, 3, tzinfo=UTC)
    assert (figures["reach"], figures["views"], figures["reactions"]) == (2210, 3120, 101)
    assert figures["reach_organic"] == 2080 and figures["hide_all"] == 1
    reel = stored["109876543210987_2233445566778899"]
    assert reel[3] == "Reels" and reel[2] == datetime(2025, 9, 21, 0, 45, tzinfo=UTC)


def test_a_mixed_french_english_instagram_workbook_reads_each_row_from_its_pair(
    plan, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    source = EXPORTS / "meta_instagram_posts_mixed_fr_en.csv"
    stored = {
        row[1]: row
        for row in _imported(plan, _as_workbook(source, tmp_path / "ig.xlsx", typed=False))
    }
    network, _, published, kind, figures = stored["18045678901234567"]
    assert (network, kind) == ("instagram", "IG image")
    assert published == datetime(2025, 9, 2, 14, 15, tzinfo=UTC)
    assert (figures["likes"], figures["reach"], figures["saves"]) == (96, 1320, 24)


NOTE = "Aggregated content metrics for Boulangerie Martin, 02/01/2026 - 02/28/2026"
ALL_POSTS = [
    "Post title", "Post link", "Post type", "Campaign name", "Posted by", "Created date",
    "Campaign start date", "Campaign end date", "Audience", "Impressions", "Views",
    "Offsite Views", "Clicks", "Click through rate (CTR)", "Likes", "Comments", "Reposts",
    "Follows", "Engagement rate", "Content Type",
]  # fmt: skip
POSTED = datetime(2026, 2, 10, 10, 30, tzinfo=UTC)
ACTIVITY = str((int(POSTED.timestamp() * 1000) << 22) | 1)
LINK = f"https://www.linkedin.com/feed/update/urn:li:activity:{ACTIVITY}"


def _linkedin_row(kind: str, campaign: str, impressions: str, clicks: str) -> list[str]:
    return ["Nos viennoiseries", LINK, kind, campaign, "Marie Martin", "02/10/2026", "", "",
            "All followers", impressions, "NA", "NA", clicks, "0.04", "30", "6", "3", "2",
            "0.07", "Image"]  # fmt: skip


def test_a_linkedin_workbook_in_shared_strings_keeps_organic_and_paid_apart(plan, tmp_path) -> None:  # type: ignore[no-untyped-def]
    posts = [
        [NOTE],
        ALL_POSTS,
        _linkedin_row("Organic", "", "1200", "48"),
        _linkedin_row("Sponsored", "Février A", "5000", "150"),
        _linkedin_row("Total", "", "6200", "198"),
    ]
    metrics = [
        [NOTE],
        ["Date", "Impressions (organic)", "Impressions (sponsored)", "Impressions (total)"],
        ["02/10/2026", "750", "100", "850"],
    ]
    workbook = write_workbook(tmp_path / "content.xlsx", {"Metrics": metrics, "All posts": posts})
    [(network, external_id, published, kind, figures)] = _imported(plan, workbook)
    assert (network, external_id, kind, published) == ("linkedin", ACTIVITY, "Image", POSTED)
    assert (figures["impressions"], figures["clicks"]) == (1200, 48)
    assert (figures["impressions_sponsored"], figures["impressions_total"]) == (5000, 6200)
    days = dict(
        plan.conn.execute(
            "SELECT metric, value FROM stat_daily WHERE network = 'linkedin' AND day = '2026-02-10'"
        ).fetchall()
    )
    assert (days["impressions_organic"], days["impressions"]) == (750, 850)


def test_the_values_are_openpyxls_own(tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [
        ["Post ID", "Description", "Views"],
        ["1", "  espaces gardés  ", 12],
        ["2", "Crème brûlée & « pain » <b>", 3.5],
        ["3", "_x005F_x0041_ échappé", None],
        ["4", "", 0],
        ["5", "emoji 🥐 et ’apostrophe’", 7],
    ]
    workbook = write_workbook(tmp_path / "book.xlsx", {"Un": rows, "Deux": rows[:3]})
    book = load_workbook(workbook, read_only=True, data_only=True)
    expected = [[list(r) for r in sheet.iter_rows(values_only=True)] for sheet in book.worksheets]
    book.close()
    tables = read_tables("book.xlsx", workbook.read_bytes())
    for table, sheet_rows in zip(tables, expected, strict=True):
        trimmed = [[c for c in row] for row in sheet_rows]
        for row in trimmed:
            while row and row[-1] in (None, ""):
                row.pop()
        assert table.rows == [row for row in trimmed if row]


def test_a_string_index_past_the_table_is_refused_by_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    workbook = write_workbook(
        tmp_path / "book.xlsx", {"Export": [["Post ID", "Views"], ["1", "2"]]}
    )
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(workbook) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<c r="B2" t="s"><v>3</v>', b'<c r="B2" t="s"><v>99</v>')
            target.writestr(item, data)
    with pytest.raises(ImportFileError, match="this Excel workbook cannot be read"):
        read_tables("damaged.xlsx", damaged.read_bytes())


def test_reading_holds_far_less_than_the_strings_table(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.reader.strings import read_string_table

    rows = [[NOTE], ALL_POSTS]
    rows += [
        [f"Fournée n° {n} : pain au levain, croûte dorée", f"{LINK[:-6]}{n:06d}", "Organic", "",
         "Marie Martin", "02/10/2026", "", "", "All followers", str(800 + n), "NA", "NA",
         str(n % 61), "0.04", str(n % 89), "1", "2", "3", "0.07", "Image"]
        for n in range(20_000)
    ]  # fmt: skip
    workbook = write_workbook(tmp_path / "content.xlsx", {"All posts": rows})
    tracemalloc.start()
    with zipfile.ZipFile(workbook) as archive, archive.open("xl/sharedStrings.xml") as src:
        table = read_string_table(src)
    whole = tracemalloc.get_traced_memory()[1]
    del table
    tracemalloc.reset_peak()
    count = 0
    with open_tables("content.xlsx", lambda: workbook.open("rb")) as streams:
        for stream in streams:
            count += len(stream.head) + sum(1 for _ in stream.rest)
    streamed = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 20_002
    assert streamed < whole / 2, (streamed, whole)  # openpyxl alone: more than whole
