"""The posts CSV import streams (issue #10): the file is read a batch of rows at a time
and the plan's posts are asked for per batch, so memory does not grow with the file;
the preview keeps the first rows and counts them all; the write stays all or nothing
even when what goes wrong is deep in the file, and later batches are judged against
the plan as the preview saw it, not as the import's own earlier batches left it."""

from __future__ import annotations

import csv
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

import pytest

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts, calendar_queries
from smplanner.services.calendar_import import (
    NEW,
    PREVIEW_ROWS,
    UNCHANGED,
    UPDATE,
    PostsFileError,
    PostsImportRefusedError,
    apply_posts_import,
    preview_posts_csv,
)
from smplanner.services.posts_csv_rows import BATCH_ROWS
from tests.calendar_exchange_sample import at

HEADER = ["id", "network", "date", "time", "status", "text", "labels"]
FIRST = date(2026, 1, 5)


def _row(n: int, post_id: str = "") -> list[str]:
    day = FIRST + timedelta(days=n // 40)  # 40 posts a day, a quarter of an hour apart
    minutes = 8 * 60 + 15 * (n % 40)
    return [
        post_id,
        ("instagram", "facebook", "linkedin")[n % 3],
        day.isoformat(),
        f"{minutes // 60:02d}:{minutes % 60:02d}",
        "brouillon",
        f"Fournée n° {n} : « pain de campagne », levain naturel ; #boulangerie",
        "",
    ]


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";", lineterminator="\r\n").writerows([HEADER, *rows])
    return path


def _posts(plan) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return plan.conn.execute("SELECT * FROM posts ORDER BY id").fetchall()


def _import_peak(plan, path: Path) -> int:  # type: ignore[no-untyped-def]
    tracemalloc.start()
    try:
        apply_posts_import(plan, preview_posts_csv(plan, path))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_the_same_for_a_file_six_times_larger(plan, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small = _write(tmp_path / "small.csv", [_row(n) for n in range(4_000)])
    large = _write(tmp_path / "large.csv", [_row(n) for n in range(4_000, 28_000)])
    small_peak = _import_peak(plan, small)
    large_peak = _import_peak(plan, large)
    # Whole, 24,000 more rows held ~2 KB each (cells, drafts, plans): ~48 MB more. A
    # stream holds one batch; what grows is the ids made, kept for undo and for the
    # window's refresh (~150 bytes a row).
    assert large_peak - small_peak < 6_000_000, (small_peak, large_peak)
    assert calendar_queries.post_count(plan) == 28_000


def test_a_bad_row_at_line_90000_is_named_and_nothing_is_stored(plan, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [_row(n) for n in range(90_000)]
    rows[89_998][3] = "25:00"  # line 90,000 (the header is line 1)
    source = _write(tmp_path / "posts.csv", rows)
    before = _posts(plan)
    preview = preview_posts_csv(plan, source)
    assert preview.count(NEW) == 89_999 and preview.bad_line_count == 1
    assert len(preview.rows) == PREVIEW_ROWS and not preview.complete
    [problem] = preview.problems
    assert (problem.line, problem.column) == (90_000, "time")
    with pytest.raises(PostsImportRefusedError) as refused:
        apply_posts_import(plan, preview)
    assert "line 90000, column 'time': '25:00' is not a time" in str(refused.value)
    assert _posts(plan) == before


def test_a_plan_changed_after_the_preview_undoes_the_whole_import(plan, tmp_path) -> None:  # type: ignore[no-untyped-def]
    [kept], _ = calendar_posts.create_posts(
        plan, [PostDraft("instagram", "Galette", status="draft", scheduled_at=at(1, 4, 9))]
    )
    rows = [_row(n) for n in range(3_000)]
    rows[2_500] = [str(kept), "instagram", "2026-01-04", "09:00", "prêt", "Galette", ""]
    source = _write(tmp_path / "posts.csv", rows)
    preview = preview_posts_csv(plan, source)
    assert (preview.count(NEW), preview.count(UPDATE)) == (2_999, 1)
    calendar_posts.delete_posts(plan, [kept])  # the row deep in the file now makes a post
    before = _posts(plan)
    with pytest.raises(PostsFileError, match="changed since it was previewed"):
        apply_posts_import(plan, preview)
    assert _posts(plan) == before  # 2,500 rows were written, then all taken back


def test_a_file_changed_after_the_preview_is_refused_before_anything_is_written(
    plan, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    source = _write(tmp_path / "posts.csv", [_row(n) for n in range(50)])
    preview = preview_posts_csv(plan, source)
    _write(source, [_row(n) for n in range(60)])
    with pytest.raises(PostsFileError, match=r"posts\.csv changed since it was previewed"):
        apply_posts_import(plan, preview)
    assert _posts(plan) == []


def test_later_batches_see_the_plan_as_the_preview_did(plan, tmp_path) -> None:  # type: ignore[no-untyped-def]
    [post], _ = calendar_posts.create_posts(
        plan, [PostDraft("instagram", "Galette", status="draft", scheduled_at=at(1, 4, 9))]
    )
    twin = ["", "instagram", "2026-01-04", "09:00", "brouillon", "Galette", ""]
    rows = [_row(n) for n in range(2 * BATCH_ROWS)]
    # Line 2 edits the post; a line of a later batch is the post as it was (no id):
    # it is that post, unchanged, as the preview said, not a new post.
    rows[0] = [str(post), "instagram", "2026-01-04", "09:00", "brouillon", "Galette fine", ""]
    rows[BATCH_ROWS + 10] = twin
    # The same id-less row twice, in two batches: two new posts (the first is not the
    # second's twin: it was not in the plan when the file was previewed).
    rows[5] = rows[BATCH_ROWS + 20] = ["", "facebook", "2026-03-01", "10:00", "", "Atelier", ""]
    source = _write(tmp_path / "posts.csv", rows)
    preview = preview_posts_csv(plan, source)
    assert (preview.count(UPDATE), preview.count(UNCHANGED)) == (1, 1)
    assert preview.count(NEW) == 2 * BATCH_ROWS - 2
    applied, _ = apply_posts_import(plan, preview)  # the counts agree: no refusal
    assert len(applied.created) == 2 * BATCH_ROWS - 2
    assert [p.text for p in applied.before] == ["Galette"]
    texts = [p.text for p in calendar_queries.all_posts(plan)]
    assert texts.count("Atelier") == 2 and texts.count("Galette fine") == 1
    assert "Galette" not in texts


def test_new_posts_without_ids_come_after_every_id_the_file_names(plan, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [_row(n) for n in range(BATCH_ROWS + 5)]
    rows[BATCH_ROWS + 2][0] = "7000"  # a free id named late in the file keeps it
    source = _write(tmp_path / "posts.csv", rows)
    applied, _ = apply_posts_import(plan, preview_posts_csv(plan, source))
    assert 7000 in applied.created
    others = sorted(set(applied.created) - {7000})
    assert others[0] == 7001 and len(others) == BATCH_ROWS + 4
    [named] = calendar_queries.posts_by_id(plan, [7000])
    assert named.text.startswith(f"Fournée n° {BATCH_ROWS + 2} ")
