"""Hostile and broken export files: refused with a message, early, in bounded memory.

Each test writes a real file on disk (from the real-layout samples where one fits) and
reads it as the import does. Found by fuzzing (issue 10): zip bombs, a workbook whose
one far cell inflated to gigabytes, lines of a million commas, library warnings on
stdout that broke ``--json``, and a French re-save read with the wrong separator.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from smplanner.importers import input_limits
from smplanner.importers.export_files import read_export_file
from smplanner.importers.import_errors import ImportFileError
from smplanner.importers.tabular_files import MAX_COLUMNS, detect_delimiter
from smplanner.storage.plan_file import open_plan

EXPORTS = Path(__file__).parents[1] / "fixtures" / "exports"


def refusal(path: Path) -> str:
    with pytest.raises(ImportFileError) as caught:
        read_export_file(path)
    assert caught.value.source.startswith(path.name)
    return str(caught.value)


def run_cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smplanner", "import", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


# ------------------------------------------------------------------ archives


def test_a_zip_bomb_is_refused_from_its_directory_before_any_byte_is_inflated(tmp_path):
    bomb = tmp_path / "tiktok_export.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Overview.csv", "Date,Video views\n" + "0" * (64 * 1024 * 1024))
    assert bomb.stat().st_size < 200_000  # 64 MB of text packed in a few dozen KB
    message = refusal(bomb)
    assert "Overview.csv" in message and "zip bomb" in message and "64 MB" in message


def test_an_archive_larger_than_the_limit_once_decompressed_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(input_limits, "MAX_DECOMPRESSED", 1024)
    message = refusal(EXPORTS / "tiktok_studio_export.zip")
    assert "once decompressed" in message and "shorter period" in message


def test_a_workbook_is_checked_like_any_zip(tmp_path):
    bomb = tmp_path / "linkedin.xlsx"
    with zipfile.ZipFile(EXPORTS / "linkedin_content_resaved.xlsx") as source:
        members = {name: source.read(name) for name in source.namelist()}
    sheet = next(name for name in members if name.startswith("xl/worksheets/sheet"))
    members[sheet] = members[sheet] + b" " * (32 * 1024 * 1024)  # inflates 1000-fold
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    message = refusal(bomb)
    assert sheet in message and "zip bomb" in message


def test_a_workbook_with_one_cell_at_the_last_column_and_row_is_refused_by_row(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Date"
    sheet["B1"] = "Impressions"
    sheet["XFD1048576"] = 1
    path = tmp_path / "far_cell.xlsx"
    book.save(path)
    assert path.stat().st_size < 10_000
    message = refusal(path)
    assert "row 1048576 has 16384 columns" in message and f"{MAX_COLUMNS}" in message


def test_a_workbook_declaring_the_whole_sheet_reads_only_the_cells_it_holds(tmp_path):
    """Excel writes a huge dimension when a whole column was formatted: the rows are
    still the export's, not a million padded ones."""
    normal = read_export_file(EXPORTS / "linkedin_content_resaved.xlsx")
    with zipfile.ZipFile(EXPORTS / "linkedin_content_resaved.xlsx") as source:
        members = {name: source.read(name) for name in source.namelist()}
    for name in members:
        if name.startswith("xl/worksheets/sheet"):
            members[name] = re.sub(
                rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', members[name]
            )
    wide = tmp_path / "linkedin_content_resaved.xlsx"
    with zipfile.ZipFile(wide, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    reading = read_export_file(wide)
    assert reading.kinds == normal.kinds and reading.rows_read == normal.rows_read > 0
    assert [r.post_rows for r in reading.readings] == [r.post_rows for r in normal.readings]


# ------------------------------------------------------------------ CSV lines


def test_a_megabyte_line_of_commas_is_refused_naming_its_line(tmp_path):
    header = (EXPORTS / "meta_facebook_posts.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    path = tmp_path / "posts.csv"
    path.write_text(header + "\n" + "1," * (1024 * 1024) + "\n", encoding="utf-8")
    message = refusal(path)
    assert "row 2 has 1048576 columns" in message and "not an export" in message


def test_a_megabyte_line_of_nothing_but_separators_is_a_blank_line(tmp_path):
    """What a spreadsheet with one stray far cell writes on its other lines."""
    lines = (EXPORTS / "meta_facebook_posts.csv").read_text(encoding="utf-8-sig").splitlines()
    path = tmp_path / "meta_facebook_posts.csv"
    path.write_text("\n".join([lines[0], "," * (1024 * 1024), *lines[1:]]), encoding="utf-8")
    assert read_export_file(path).rows_read == 3


def test_a_megabyte_cell_is_refused_naming_its_line(tmp_path):
    original = (EXPORTS / "meta_facebook_posts.csv").read_text(encoding="utf-8-sig")
    lines = original.splitlines()
    path = tmp_path / "posts.csv"
    path.write_text("\n".join([*lines[:3], "x" * (1024 * 1024), *lines[3:]]), encoding="utf-8")
    message = refusal(path)
    assert "line 4" in message and "characters" in message


# ------------------------------------------------------------------ warnings


def test_xlrd_warnings_never_reach_stdout_so_json_stays_json(plan, plan_path, tmp_path):
    import xlrd

    damaged = tmp_path / "linkedin_content.xls"
    damaged.write_bytes((EXPORTS / "linkedin_content.xls").read_bytes() + b"\0" * 100)
    log = io.StringIO()
    xlrd.open_workbook(file_contents=damaged.read_bytes(), logfile=log)
    assert "WARNING" in log.getvalue()  # xlrd does complain about this file
    plan.close()
    result = run_cli(plan_path, damaged, "--json", "--dry-run")
    assert "WARNING" not in result.stdout + result.stderr
    (entry,) = json.loads(result.stdout)
    assert "linkedin_content_posts" in entry["kind"] and entry["rows"] > 0


def test_openpyxl_warnings_are_not_printed(plan, plan_path, tmp_path):
    """Workbooks made by export tools often lack a default style: openpyxl warns."""
    import warnings

    from openpyxl import load_workbook

    unstyled = tmp_path / "linkedin_content_resaved.xlsx"
    with (
        zipfile.ZipFile(EXPORTS / "linkedin_content_resaved.xlsx") as source,
        zipfile.ZipFile(unstyled, "w", compression=zipfile.ZIP_DEFLATED) as target,
    ):
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/styles.xml":
                data = re.sub(rb"<cellStyles.*?</cellStyles>", b"", data, flags=re.S)
            target.writestr(name, data)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        load_workbook(unstyled, read_only=True).close()
    assert any("default style" in str(warning.message) for warning in seen)
    plan.close()
    result = run_cli(plan_path, unstyled, "--json", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "style" not in result.stderr and "openpyxl" not in result.stderr
    (entry,) = json.loads(result.stdout)
    assert entry["rows"] > 0 and entry["problems"] == []


# ------------------------------------------------------------------ separators


def test_a_semicolon_resave_whose_caption_holds_many_commas_is_read_with_semicolons(plan, tmp_path):
    original = (EXPORTS / "meta_facebook_posts_french_resave.csv").read_bytes()
    caption = ", ".join(["croissants", "pains au chocolat", "brioches"] * 20).encode("cp1252")
    lines = original.split(b"\n")
    assert lines[1].count(b";") < caption.count(b",")  # longer than the header in commas
    lines[1] = lines[1].replace(b"ce matin !", b"ce matin : " + caption)
    resave = tmp_path / "meta_facebook_posts_french_resave.csv"
    resave.write_bytes(b"\n".join(lines))
    reading = read_export_file(resave)
    assert reading.kinds == ["meta_facebook_posts"] and reading.problems == []
    posts = {post.external_id: post for post in reading.readings[0].posts}
    assert len(posts) == 3
    assert "croissants, pains au chocolat, brioches" in (posts["1234567890_1111"].text or "")
    assert posts["1234567890_2222"].metrics["views"] == 12400


def test_a_french_export_resaved_with_semicolons_and_a_caption_full_of_commas(tmp_path):
    """French headers (from export_headers.csv) tell the separator, not the caption."""
    import csv

    source = EXPORTS / "meta_facebook_posts_fr.csv"
    with source.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    description = rows[0].index("Description")
    rows[1][description] = ", ".join(["croissants", "brioches", "baguettes"] * 25)
    resave = tmp_path / "meta_facebook_posts_fr.csv"
    with resave.open("w", encoding="cp1252", newline="", errors="replace") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    reading = read_export_file(resave)
    assert reading.kinds == ["meta_facebook_posts"] and reading.problems == []
    assert reading.rows_read == len(rows) - 1
    texts = [post.text or "" for post in reading.readings[0].posts]
    assert any(text.count(",") == 74 for text in texts)


def test_a_tab_separated_export_reads_like_the_comma_one(tmp_path):
    import csv

    source = EXPORTS / "meta_facebook_posts.csv"
    with source.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    tabbed = tmp_path / "meta_facebook_posts.csv"
    with tabbed.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter="\t").writerows(rows)
    assert [r.post_rows for r in read_export_file(tabbed).readings] == [
        r.post_rows for r in read_export_file(source).readings
    ]


def test_without_known_headers_the_header_line_decides_not_the_longest_line():
    lines = ["Jour;Abonnés;Portée\n", "01/10/2026;" + "a," * 50 + ";3200\n"]
    assert detect_delimiter(lines) == ";"
    assert detect_delimiter(["Title of the report\n", "Day\tViews\n", "1\t2\n"]) == "\t"
    assert detect_delimiter(["Date,Views\n", "01/10/2026,12\n"]) == ","


def test_a_refused_file_changes_nothing_in_the_plan(plan, plan_path, tmp_path):
    bomb = tmp_path / "export.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Overview.csv", "0" * (16 * 1024 * 1024))
    plan.close()
    result = run_cli(plan_path, bomb, EXPORTS / "meta_facebook_posts.csv", "--json")
    assert result.returncode == 1
    entries = json.loads(result.stdout)
    assert entries[0]["kind"] is None and "zip bomb" in entries[0]["problems"][0]
    with open_plan(plan_path, read_only=True) as reopened:
        assert reopened.conn.execute("SELECT count(*) FROM stat_posts").fetchone()[0] == 0
