"""Figures derived from every imported post are kept in the plan for its next opening
(the best and worst posts here; the best hours' sums in test_best_hours_worker.py):
read back at once while the figures are the same, worked out again once an import,
its undo or a new time zone changed them, never written into a read-only plan."""

from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtCore import Qt

from smplanner.services import statistics_edits, statistics_kept
from smplanner.services import statistics_queries as queries
from smplanner.services.plan_properties import get_properties, set_properties
from smplanner.services.statistics_ingest import ingest, plan_timezone
from smplanner.ui.statistics import posts_table_model
from tests.storage.test_statistics_sql_equivalence import generated_posts


def _kept_rows(plan) -> int:  # type: ignore[no-untyped-def]
    return int(plan.conn.execute("SELECT count(*) FROM stat_post_marks").fetchone()[0])


def test_the_best_and_worst_posts_are_kept_until_the_figures_change(plan) -> None:  # type: ignore[no-untyped-def]
    ingest(plan, source_label="g", source_kind="manual", posts=generated_posts(800))
    assert statistics_kept.kept_marks(plan) is None  # never ranked yet
    marks = statistics_kept.marks_kept(plan)
    assert marks == queries.best_and_worst_posts(plan) and "best" in marks.values()
    assert statistics_kept.kept_marks(plan) == marks and _kept_rows(plan) == len(marks)
    ingest(plan, source_label="more", source_kind="manual", posts=generated_posts(60, seed=4))
    assert statistics_kept.kept_marks(plan) is None  # of other figures now
    import_id = plan.conn.execute("SELECT max(id) FROM stat_imports").fetchone()[0]
    statistics_edits.take_back_imports(plan, [import_id])
    assert statistics_kept.kept_marks(plan) == marks  # the figures they were ranked from
    set_properties(plan, replace(get_properties(plan), timezone="Asia/Tokyo"))
    assert statistics_kept.kept_marks(plan) is None  # every time restated


def test_a_read_only_plan_is_ranked_but_left_unwritten(plan, plan_path) -> None:  # type: ignore[no-untyped-def]
    from smplanner.storage.plan_file import open_plan

    ingest(plan, source_label="g", source_kind="manual", posts=generated_posts(300))
    plan.close()
    viewer = open_plan(plan_path, read_only=True)
    try:
        assert viewer.read_only
        assert statistics_kept.marks_kept(viewer) == queries.best_and_worst_posts(viewer)
        assert statistics_kept.kept_marks(viewer) is None and _kept_rows(viewer) == 0
    finally:
        viewer.close()


def test_the_posts_table_of_a_large_plan_is_tinted_at_once_when_ranked_before(
    qtbot, plan, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ingest(plan, source_label="g", source_kind="manual", posts=generated_posts(600))
    monkeypatch.setattr(posts_table_model, "MARKS_IN_BACKGROUND", 100)  # "large"
    first = posts_table_model.PostsTableModel()
    first.load(plan, zone=plan_timezone(plan))
    assert first.marks == {}  # ranked on a worker
    qtbot.waitUntil(lambda: first._ranking is None, timeout=20_000)
    expected = queries.best_and_worst_posts(plan)
    assert first.marks == expected and statistics_kept.kept_marks(plan) == expected
    again = posts_table_model.PostsTableModel()  # the plan opened again
    again.load(plan, zone=plan_timezone(plan))
    assert again.marks == expected and again._ranking is None  # read back, no worker
    best = next(post_id for post_id, mark in expected.items() if mark == "best")
    row = list(again._ids[:]).index(best)
    tint = again.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert tint == posts_table_model.BEST_COLOR


def test_the_kept_figures_are_left_out_of_a_json_export_and_worked_out_again(
    plan, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from smplanner.services import statistics_hours
    from smplanner.services.export_json import export_plan_json, import_plan_json
    from smplanner.storage.plan_json import exportable_tables

    ingest(plan, source_label="g", source_kind="manual", posts=generated_posts(500))
    marks = statistics_kept.marks_kept(plan)
    cells = statistics_hours.engagement_cells_kept(plan)
    tables = exportable_tables(plan.conn)
    assert "stat_posts" in tables and not [t for t in tables if "marks" in t or "cells" in t]
    # Not in the export: a file edited by hand cannot bring stale sums along.
    export = tmp_path / "plan.json"
    export_plan_json(plan, export)
    document = json.loads(export.read_text(encoding="utf-8"))
    names = [table["name"] for table in document["tables"]]
    assert "stat_hour_cells" not in names and "stat_post_marks_stamp" not in names
    copy = import_plan_json(export, tmp_path / "copy.smplan")
    try:
        assert statistics_kept.kept_marks(copy) is None  # nothing kept: worked out again
        assert statistics_kept.marks_kept(copy) == marks
        assert statistics_hours.kept_engagement_cells(copy) is None
        assert statistics_hours.engagement_cells_kept(copy) == cells
    finally:
        copy.close()
