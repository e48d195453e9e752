"""Every CSV smplanner writes makes formula-like cells inert (OWASP "CSV Injection"):
the calendar CSV, each scheduler's bulk file, the posts and statistics CSVs and the
Statistics tab's table. Each writer's file is read back with csv."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest

from smplanner.domain.post_refs import PostDraft
from smplanner.domain.scheduler_layouts import scheduler_layouts
from smplanner.domain.spreadsheet_cells import guard_cell, is_formula_like, unguard_cell
from smplanner.domain.stat_records import DailyValue, StatPost
from smplanner.services import calendar_export, calendar_import, calendar_posts, export_csv
from smplanner.services.statistics_ingest import ingest
from tests.calendar_exchange_sample import NOW, PARIS, at

HOSTILE = [
    '=HYPERLINK("http://evil.example","clic")',
    "+33 6 12 34 56 78",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def _cells(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    delimiter = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _no_live_formula(rows: list[list[str]]) -> None:
    for row in rows:
        for cell in row:
            assert not is_formula_like(cell), f"live formula in {row}"


@pytest.mark.parametrize("value", HOSTILE)
def test_each_formula_start_gets_an_apostrophe_and_our_import_takes_it_off(value: str) -> None:
    guarded = guard_cell(value)
    assert guarded == "'" + value
    assert guard_cell(guarded) == guarded  # guarding twice changes nothing more
    assert unguard_cell(guarded) == value


@pytest.mark.parametrize("value", ["-3", "+1,5", "-0.25", "1e-05", "", "Bonjour", "l'=été"])
def test_numbers_and_plain_text_are_left_as_they_are(value: str) -> None:
    assert guard_cell(value) == value
    assert unguard_cell(value) == value


def _hostile_posts(plan) -> list[int]:  # type: ignore[no-untyped-def]
    drafts = [
        PostDraft(
            "facebook",
            text,
            title="=1+1",
            account="@boulangerie",
            status="ready",
            scheduled_at=at(10, 14 + i, 18),
            hashtags="-promo",
        )
        for i, text in enumerate(HOSTILE)
    ]
    ids, _ = calendar_posts.create_posts(plan, drafts)
    return ids


def test_the_calendar_csv_guards_every_cell_and_imports_back_unchanged(plan, tmp_path) -> None:
    _hostile_posts(plan)
    target = tmp_path / "calendar.csv"
    calendar_export.write_calendar_csv(plan, target)
    rows = _cells(target)
    _no_live_formula(rows)
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    assert first["text"] == "'" + HOSTILE[0]
    assert first["account"] == "'@boulangerie" and first["hashtags"] == "'-promo"
    preview = calendar_import.preview_posts_csv(plan, target)
    assert not preview.problems
    assert {row.action for row in preview.rows} == {calendar_import.UNCHANGED}


@pytest.mark.parametrize("layout", [layout.id for layout in scheduler_layouts()])
def test_every_scheduler_file_guards_its_cells(plan, tmp_path, layout: str) -> None:
    _hostile_posts(plan)
    result = calendar_export.write_scheduler_csv(plan, layout, tmp_path / "s.csv", now=NOW)
    assert result.files and result.rows == len(HOSTILE)
    cells = []
    for path in result.files:
        rows = _cells(path)
        _no_live_formula(rows)
        cells += [cell for row in rows for cell in row]
    for start in ("'=HYPERLINK", "'+33", "'-2+3+cmd", "'@SUM"):
        assert any(cell.startswith(start) for cell in cells), start
    # The tool would publish the apostrophe: each such post is listed to finish by hand.
    guarded = [n for n in result.notes if n.code == "formula_guard"]
    assert len(guarded) == len(HOSTILE) and not any(n.skipped for n in guarded)
    assert "apostrophe" in guarded[0].reason


def test_the_posts_csv_guards_texts_titles_and_hashtags(plan, tmp_path) -> None:
    _hostile_posts(plan)
    target = tmp_path / "posts.csv"
    export_csv.write_posts_csv(plan, target)
    rows = _cells(target)
    _no_live_formula(rows)
    by_name = dict(zip(rows[0], rows[1], strict=True))
    assert by_name["text"] == "'" + HOSTILE[0] and by_name["title"] == "'=1+1"
    assert by_name["hashtags"] == "'-promo"


def _statistics(plan) -> None:  # type: ignore[no-untyped-def]
    ingest(
        plan,
        source_label="test",
        source_kind="manual",
        posts=[
            StatPost(
                "instagram",
                "@boulangerie",
                "1",
                link='=HYPERLINK("http://evil.example")',
                published_at=datetime(2026, 9, 2, 9, tzinfo=PARIS),
                text="@SUM(1+1)*cmd|' /C calc'!A0",
                metrics={"reach": 120, "likes": 7},
            )
        ],
        daily=[DailyValue("instagram", "", date(2026, 9, 2), "reach", 1.5)],
    )


def test_the_statistics_csvs_guard_texts_and_keep_numbers(plan, tmp_path) -> None:
    _statistics(plan)
    posts = tmp_path / "post-statistics.csv"
    export_csv.write_post_statistics_csv(plan, posts)
    rows = _cells(posts)
    _no_live_formula(rows)
    by_name = dict(zip(rows[0], rows[1], strict=True))
    assert by_name["account"] == "'@boulangerie"
    assert by_name["text"] == "'@SUM(1+1)*cmd|' /C calc'!A0"
    assert by_name["link"].startswith("'=HYPERLINK")
    assert by_name["reach"] == "120"
    daily = tmp_path / "statistics.csv"
    export_csv.write_daily_statistics_csv(plan, daily)
    assert _cells(daily)[1] == ["2026-09-02", "instagram", "reach", "1,5"]


def test_the_statistics_tables_csv_guards_the_texts(plan, tmp_path, qapp) -> None:
    from smplanner.ui.statistics.posts_table_model import PostsTableModel

    _statistics(plan)
    model = PostsTableModel()
    model.load(plan, PARIS)
    target = tmp_path / "table.csv"
    with target.open("w", encoding="utf-8", newline="") as handle:
        model.write_csv(handle)
    rows = _cells(target)
    _no_live_formula(rows)
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in rows[1]


def test_every_export_note_has_words_in_the_interface() -> None:
    from smplanner.domain.scheduler_notes import REASONS
    from smplanner.ui.calendar.exchange_texts import NOTE_TEXTS

    assert set(NOTE_TEXTS) == set(REASONS)
    assert all(NOTE_TEXTS[code] == REASONS[code] for code in REASONS)
