"""Posts CSV: export, edit as a spreadsheet would, import back with preview, errors, undo."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from smplanner.services import calendar_export, calendar_queries
from smplanner.services.calendar_import import (
    NEW,
    UNCHANGED,
    UPDATE,
    PostsFileError,
    PostsImportRefusedError,
    apply_posts_import,
    preview_posts_csv,
    redo_posts_import,
    undo_posts_import,
)
from smplanner.services.export_csv import write_posts_csv
from tests.calendar_exchange_sample import at, fill_sample


def _read(path: Path) -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline=""), delimiter=";"))
    return rows[0], rows[1:]


def _write(path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8-sig"):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows([header, *rows])
    path.write_text(buffer.getvalue(), encoding, newline="")


def _snapshot(plan) -> list[object]:
    return calendar_queries.all_posts(plan)


def test_exporting_then_importing_the_same_file_changes_nothing(plan, tmp_path) -> None:
    fill_sample(plan)
    target = tmp_path / "posts.csv"
    calendar_export.write_calendar_csv(plan, target)
    before = _snapshot(plan)
    preview = preview_posts_csv(plan, target)
    assert preview.problems == [] and preview.ignored_columns == []
    assert {row.action for row in preview.rows} == {UNCHANGED} and len(preview.rows) == 8
    applied, _ = apply_posts_import(plan, preview)
    assert applied.created == () and applied.before == ()
    assert _snapshot(plan) == before
    # The formula-like text came back without the export's apostrophe.
    assert any(p.text == "=Portes ouvertes samedi" for p in before)


def test_an_edited_spreadsheet_updates_posts_adds_new_ones_and_undoes_in_one_step(
    plan, tmp_path
) -> None:
    ids = fill_sample(plan)
    target = tmp_path / "posts.csv"
    calendar_export.write_calendar_csv(plan, target)
    header, rows = _read(target)
    col = {name: i for i, name in enumerate(header)}
    linkedin = next(r for r in rows if r[col["id"]] == str(ids["linkedin"]))
    linkedin[col["text"]] = "Nous recrutons !"
    linkedin[col["date"]] = "16/10/2026"  # what French Excel writes back
    linkedin[col["time"]] = "9:05:00"
    new = [""] * len(header)
    new[col["network"]], new[col["text"]] = "Instagram", "Nouvelle fournée"
    new[col["date"]], new[col["time"]], new[col["status"]] = "2026-10-21", "18:00", "Prêt"
    new[col["pillar"]] = "savoir-faire"
    _write(target, header, [*rows, new])
    before = _snapshot(plan)

    preview = preview_posts_csv(plan, target)
    assert preview.problems == []
    assert (preview.count(NEW), preview.count(UPDATE), preview.count(UNCHANGED)) == (1, 1, 7)
    [update] = [r for r in preview.rows if r.action == UPDATE]
    assert update.changed == ("text", "scheduled_at")
    applied, changes = apply_posts_import(plan, preview)
    [made] = calendar_queries.posts_by_id(plan, applied.created)
    assert (made.network, made.status, made.pillar_id) == ("instagram", "ready", ids["pillar"])
    assert made.scheduled_at == at(10, 21, 18)
    [edited] = calendar_queries.posts_by_id(plan, [ids["linkedin"]])
    assert edited.text == "Nous recrutons !" and edited.scheduled_at == at(10, 16, 9, 5)
    assert changes.days >= {at(10, 15).toordinal(), at(10, 21).toordinal()}

    undo_posts_import(plan, applied)
    assert _snapshot(plan) == before
    redo_posts_import(plan, applied)
    assert [p.id for p in calendar_queries.posts_by_id(plan, applied.created)] == list(
        applied.created
    )


def test_reimporting_a_file_with_new_rows_does_not_duplicate_them(plan, tmp_path) -> None:
    fill_sample(plan)
    target = tmp_path / "posts.csv"
    calendar_export.write_calendar_csv(plan, target)
    header, rows = _read(target)
    col = {name: i for i, name in enumerate(header)}
    row = [""] * len(header)
    row[col["id"]], row[col["network"]], row[col["text"]] = "500", "linkedin", "Bilan"
    _write(target, header, [*rows, row])
    applied, _ = apply_posts_import(plan, preview_posts_csv(plan, target))
    assert applied.created == (500,)
    count = calendar_queries.post_count(plan)
    again = preview_posts_csv(plan, target)
    assert {r.action for r in again.rows} == {UNCHANGED}
    apply_posts_import(plan, again)
    assert calendar_queries.post_count(plan) == count


def test_bad_rows_are_reported_by_line_and_column_and_nothing_is_stored(plan, tmp_path) -> None:
    fill_sample(plan)
    target = tmp_path / "bad.csv"
    header = ["id", "network", "date", "time", "status", "text", "pillar"]
    rows = [
        ["", "facebook", "2026-10-22", "10:00", "draft", "Bon", ""],
        ["", "myspace", "2026-10-22", "10:00", "draft", "Réseau inconnu", ""],
        ["", "facebook", "31/02/2026", "10:00", "draft", "Date impossible", ""],
        ["", "facebook", "2026-03-29", "02:30", "draft", "Heure sautée", ""],
        ["", "facebook", "2026-10-22", "", "draft", "Sans heure", ""],
        ["", "facebook", "", "", "brouillon", "Pilier inconnu", "Recettes"],
        ["", "", "", "", "", "Sans réseau", ""],
        ["1", "instagram", "", "", "idea", "Première", ""],
        ["1", "instagram", "", "", "idea", "Doublon", ""],
        ["abc", "facebook", "", "", "", "Numéro faux", ""],
    ]
    _write(target, header, rows)
    before = _snapshot(plan)
    preview = preview_posts_csv(plan, target)
    found = {(p.line, p.column) for p in preview.problems}
    assert found == {
        (3, "network"),
        (4, "date"),
        (5, "time"),
        (6, "time"),
        (7, "pillar"),
        (8, "network"),
        (10, "id"),
        (11, "id"),
    }
    messages = "\n".join(str(p) for p in preview.problems)
    assert "line 5, column 'time': 02:30 does not exist on 2026-03-29 in Europe/Paris" in messages
    assert "'31/02/2026' is not a date: write YYYY-MM-DD or DD/MM/YYYY" in messages
    assert "no content pillar is called 'Recettes' in this plan (known: savoir-faire)" in messages
    with pytest.raises(PostsImportRefusedError, match="Nothing was imported: 8 problem"):
        apply_posts_import(plan, preview)
    assert _snapshot(plan) == before
    applied, _ = apply_posts_import(plan, preview, skip_bad_rows=True)
    assert len(applied.created) == 1  # "Bon"; line 9 updates post 1, the bad rows are left
    assert [p.text for p in calendar_queries.posts_by_id(plan, applied.created)] == ["Bon"]


def test_a_file_that_is_not_a_posts_csv_is_refused_with_what_to_do(plan, tmp_path) -> None:
    other = tmp_path / "stats.csv"
    other.write_text("Date,Impressions,Likes\n2026-10-01,12,3\n", "utf-8")
    with pytest.raises(PostsFileError, match="is not a posts CSV: its first row must name"):
        preview_posts_csv(plan, other)
    with pytest.raises(PostsFileError, match="Cannot read"):
        preview_posts_csv(plan, tmp_path / "missing.csv")


def test_a_windows_code_page_file_and_the_posts_csv_export_layout_are_read(plan, tmp_path) -> None:
    ids = fill_sample(plan)
    legacy = tmp_path / "excel.csv"
    _write(
        legacy,
        ["Network", "Date", "Time", "Text"],
        [["facebook", "2026-10-23", "12:00", "Crème brûlée à gogo"]],
        encoding="cp1252",
    )
    [row] = preview_posts_csv(plan, legacy).rows
    assert row.draft.text == "Crème brûlée à gogo" and row.action == NEW
    exported = tmp_path / "d.csv"
    write_posts_csv(plan, exported)  # the Deliverables' CSV: one ISO column for the time
    preview = preview_posts_csv(plan, exported)
    assert preview.problems == []
    croissant = next(r for r in preview.rows if r.post_id == ids["croissant"])
    assert croissant.action == UNCHANGED
