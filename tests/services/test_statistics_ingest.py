"""Storing imports: idempotent, all or nothing, undoable as one step."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from smplanner.domain.stat_records import DailyValue, StatPost
from smplanner.importers.import_errors import ImportRefusedError
from smplanner.services import statistics_queries as queries
from smplanner.services.statistics_import import import_files, preview, undo_imports
from smplanner.services.statistics_ingest import ingest, undo_import
from smplanner.services.statistics_manual import (
    ManualFigureError,
    enter_daily_figures,
    enter_post_figures,
)
from smplanner.storage.plan_contents import table_counts

EXPORTS = Path(__file__).parents[1] / "fixtures" / "exports"
ALL_FIXTURES = sorted(p for p in EXPORTS.iterdir() if not p.name.startswith("iconosquare"))


def stat_counts(plan):  # type: ignore[no-untyped-def]
    counts = table_counts(plan)
    return {k: v for k, v in counts.items() if k.startswith("stat_")}


def test_importing_every_sample_export_then_again_adds_nothing_twice(plan):
    first = import_files(plan, preview(ALL_FIXTURES))
    after_first = stat_counts(plan)
    # 22 distinct posts: the French re-save and the re-saved .xlsx repeat posts; the
    # French Facebook and mixed French/English Instagram exports add 3 each.
    assert after_first["stat_posts"] == 22 and after_first["stat_daily"] > 50
    second = import_files(plan, preview(ALL_FIXTURES))
    after_second = stat_counts(plan)
    assert after_second["stat_posts"] == after_first["stat_posts"]
    assert after_second["stat_daily"] == after_first["stat_daily"]
    assert all(r.posts_added == 0 and r.daily_added == 0 for _, r in second.results)
    assert all(r.posts_updated == 0 and r.daily_updated == 0 for _, r in second.results)
    assert len(queries.imports(plan)) == len(first.results) + len(second.results)
    record = queries.import_with_hash(plan, preview(ALL_FIXTURES[:1])[0].reading.file_hash)
    assert record is not None and record.source_kind


def test_an_overlapping_export_updates_figures_and_undo_restores_them(plan):
    post = StatPost("x", "acme", "1", published_at=datetime(2026, 9, 1, 10), metrics={"likes": 3})
    older = [DailyValue("x", "", date(2026, 9, d), "impressions", 100.0 + d) for d in (1, 2)]
    first = ingest(plan, source_label="sept.csv", source_kind="x", posts=[post], daily=older)
    newer = [
        DailyValue("x", "", date(2026, 9, 2), "impressions", 150.0),
        DailyValue("x", "", date(2026, 9, 3), "impressions", 90.0),
    ]
    grown = StatPost("x", "acme", "1", metrics={"likes": 5, "shares": 1})
    second = ingest(plan, source_label="oct.csv", source_kind="x", posts=[grown], daily=newer)
    assert (second.posts_added, second.posts_updated) == (0, 1)
    assert (second.daily_added, second.daily_updated) == (1, 1)
    assert queries.daily_series(plan, "x", "impressions") == [
        (date(2026, 9, 1), 101.0),
        (date(2026, 9, 2), 150.0),
        (date(2026, 9, 3), 90.0),
    ]
    (stored,) = queries.stat_posts(plan, "x")
    assert stored.post.metrics == {"likes": 5.0, "shares": 1.0}
    assert stored.post.published_at is not None  # kept from the first import

    undo_import(plan, second.import_id)
    assert queries.daily_series(plan, "x", "impressions") == [
        (date(2026, 9, 1), 101.0),
        (date(2026, 9, 2), 102.0),
    ]
    (stored,) = queries.stat_posts(plan, "x")
    assert stored.post.metrics == {"likes": 3.0}
    assert [r.id for r in queries.imports(plan)] == [first.import_id]
    undo_import(plan, first.import_id)
    assert stat_counts(plan)["stat_posts"] == 0 and stat_counts(plan)["stat_daily"] == 0
    assert stat_counts(plan)["stat_overwritten"] == 0


def test_a_file_with_a_bad_row_imports_nothing_unless_bad_rows_are_skipped(plan, tmp_path):
    good = EXPORTS / "meta_facebook_posts.csv"
    text = (EXPORTS / "meta_instagram_posts.csv").read_bytes().decode("utf-8-sig")
    bad = tmp_path / "instagram.csv"
    bad.write_text(text.replace(",2100,", ",lots,"), encoding="utf-8")
    previews = preview([good, bad])
    with pytest.raises(ImportRefusedError) as refused:
        import_files(plan, previews)
    message = str(refused.value)
    assert 'instagram.csv, row 2, column "Reach"' in message and "skip" in message
    assert stat_counts(plan)["stat_posts"] == 0 and stat_counts(plan)["stat_imports"] == 0
    outcome = import_files(plan, previews, skip_bad_rows=True)
    assert stat_counts(plan)["stat_posts"] == 4  # 3 Facebook + the good Instagram row
    undo_imports(plan, outcome.import_ids)
    assert stat_counts(plan)["stat_posts"] == 0 and stat_counts(plan)["stat_imports"] == 0


def test_an_unreadable_file_is_reported_and_the_others_still_preview(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    previews = preview([empty, EXPORTS / "meta_facebook_posts.csv", tmp_path / "missing.csv"])
    assert [p.importable for p in previews] == [False, True, False]
    assert "empty" in previews[0].problems[0] and "does not exist" in previews[2].problems[0]


def test_manual_figures_are_stored_like_an_import_and_checked(plan):
    enter_daily_figures(plan, "linkedin", date(2026, 10, 5), {"leads": 4})
    assert queries.daily_series(plan, "linkedin", "leads") == [(date(2026, 10, 5), 4.0)]
    import_files(plan, preview([EXPORTS / "tiktok_studio_export.zip"]))
    video = queries.stat_posts(plan, "tiktok")[0].post
    enter_post_figures(
        plan, "tiktok", video.external_id, {"average_watch_seconds": 9.5, "completion_rate": 31}
    )
    updated = queries.stat_posts(plan, "tiktok")[0].post
    assert updated.metrics["average_watch_seconds"] == 9.5 and updated.metrics["likes"] == 1520
    with pytest.raises(ManualFigureError):
        enter_daily_figures(plan, "linkedin", date(2026, 10, 5), {"leads": -1})
    with pytest.raises(ManualFigureError):
        enter_post_figures(plan, "tiktok", video.external_id, {"completion_rate": 140})


def test_generic_csv_through_a_saved_mapping(plan):
    from smplanner.importers.generic_csv import ColumnMapping
    from smplanner.services.statistics_import import save_column_mapping

    mapping = ColumnMapping(
        network="instagram", date_column="Jour", metrics={"Abonnés": "followers", "Portée": "reach"}
    )
    save_column_mapping(plan, "Iconosquare", mapping)
    saved = queries.saved_column_mappings(plan)["Iconosquare"]
    assert ColumnMapping.from_json(__import__("json").dumps(saved)) == mapping
    import_files(plan, preview([EXPORTS / "iconosquare_style_daily.csv"], mapping))
    assert queries.daily_series(plan, "instagram", "followers") == [
        (date(2026, 10, 1), 1500.0),
        (date(2026, 10, 2), 1512.0),
    ]
