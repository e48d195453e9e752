"""An imported post counts on the day and at the hour of the plan's time zone.

Meta writes its publish times in Pacific time: the French Facebook export's Reel of
"09/20/2025 17:45" was published at 02:45 on 21 September in Paris. Its day (posts
per day, a period's filter, the reach read from the posts) and its hour (heat map,
best hours) are the plan's, for the real French and English header sets, after a
change of the plan's zone (and its undo), and for a plan imported before this rule.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from smplanner.domain.plan_properties import PlanProperties
from smplanner.domain.stat_records import StatPost
from smplanner.services import statistics_queries as queries
from smplanner.services.changes import Topic
from smplanner.services.plan_properties import edit_properties, get_properties, set_properties
from smplanner.services.statistics_hours import engagement_cells
from smplanner.services.statistics_import import import_files, preview, undo_imports
from smplanner.services.statistics_ingest import ingest
from smplanner.storage import statistics_post_aggregates as aggregates
from smplanner.storage.plan_file import create_plan, open_plan
from smplanner.storage.version import SCHEMA_VERSION

EXPORTS = Path(__file__).parents[1] / "fixtures" / "exports"
META_FR = EXPORTS / "meta_facebook_posts_fr.csv"
META_EN = EXPORTS / "meta_facebook_posts.csv"
REEL_FR = "109876543210987_2233445566778899"  # 09/20/2025 17:45 Pacific
PHOTO_EN = "1234567890_1111"  # 09/28/2026 18:12 Pacific


def stored_time(plan, external_id: str) -> str:  # type: ignore[no-untyped-def]
    (text,) = plan.conn.execute(
        "SELECT published_at FROM stat_posts WHERE external_id = ?", (external_id,)
    ).fetchone()
    return str(text)


def hours_of(plan) -> set[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """(weekday, hour) of every heat-map cell holding a Facebook post."""
    return {(day, hour) for (_, day, hour) in engagement_cells(plan, "facebook")}


def set_zone(plan, zone: str) -> None:  # type: ignore[no-untyped-def]
    set_properties(plan, replace(get_properties(plan), timezone=zone))


def test_french_meta_post_of_17_45_pacific_counts_on_the_next_day_in_paris(plan):
    assert get_properties(plan).timezone == "Europe/Paris"
    import_files(plan, preview([META_FR]))
    assert stored_time(plan, REEL_FR) == "2025-09-21T02:45:00+02:00"
    # The period's filter and the posts per day see it on Sunday 21 September.
    (on_the_21st,) = queries.stat_posts(plan, "facebook", date(2025, 9, 21), date(2025, 9, 21))
    assert on_the_21st.post.external_id == REEL_FR
    assert queries.stat_posts(plan, "facebook", date(2025, 9, 20), date(2025, 9, 20)) == []
    reach_by_day = dict(aggregates.post_sums_by_day(plan.conn, "facebook", "reach", None, None))
    assert reach_by_day == {
        date(2025, 9, 16): 2210.0,  # 05:03 Pacific is 14:03 in Paris, the same day
        date(2025, 9, 21): 11250.0,
        date(2025, 10, 1): 940.0,
    }
    # Heat map: Tuesday 14 h, Sunday 2 h, Wednesday 20 h (11:30 Pacific).
    assert hours_of(plan) == {(1, 14), (6, 2), (2, 20)}


def test_english_meta_post_evening_in_pacific_is_the_small_hours_in_paris(plan):
    import_files(plan, preview([META_EN]))
    assert stored_time(plan, PHOTO_EN) == "2026-09-29T03:12:00+02:00"
    days = [post.post.published_at.date() for post in queries.stat_posts(plan, "facebook")]
    assert days == [date(2026, 9, 29), date(2026, 10, 2), date(2026, 10, 15)]
    # 08:30 and 12:00 Pacific are 17:30 and 21:00 in Paris.
    assert hours_of(plan) == {(1, 3), (4, 17), (3, 21)}


def test_a_plan_in_pacific_time_keeps_the_files_days(tmp_path):
    plan = create_plan(
        tmp_path / "la.smplan",
        PlanProperties(client_name="Bakery LA", timezone="America/Los_Angeles"),
    )
    try:
        import_files(plan, preview([META_FR]))
        assert stored_time(plan, REEL_FR) == "2025-09-20T17:45:00-07:00"
        assert hours_of(plan) == {(1, 5), (5, 17), (2, 11)}
    finally:
        plan.close()


def test_changing_the_plans_zone_moves_the_posts_days_and_undo_moves_them_back(plan):
    import_files(plan, preview([META_FR]))
    edit = edit_properties(plan, replace(get_properties(plan), timezone="Asia/Manila"))
    assert edit.changes.touches(Topic.STATISTICS)  # the Statistics tab reads them again
    assert stored_time(plan, REEL_FR) == "2025-09-21T08:45:00+08:00"
    assert (6, 8) in hours_of(plan)
    edit.undo()
    assert stored_time(plan, REEL_FR) == "2025-09-21T02:45:00+02:00"
    assert (6, 2) in hours_of(plan)
    edit.redo()
    assert stored_time(plan, REEL_FR) == "2025-09-21T08:45:00+08:00"


def test_an_import_undone_after_a_zone_change_restores_times_in_the_new_zone(plan, tmp_path):
    import_files(plan, preview([META_FR]))
    # A second file gives the Reel another time (an edited export): the import keeps
    # the first one for its undo.
    edited = tmp_path / "again.csv"
    edited.write_text(
        META_FR.read_text(encoding="utf-8-sig").replace("09/20/2025 17:45", "09/20/2025 18:45"),
        encoding="utf-8-sig",
    )
    outcome = import_files(plan, preview([edited]))
    set_zone(plan, "America/New_York")
    undo_imports(plan, outcome.import_ids)
    assert stored_time(plan, REEL_FR) == "2025-09-20T20:45:00-04:00"


def test_a_day_without_an_hour_keeps_its_day_in_any_zone(plan):
    ingest(
        plan,
        source_label="YouTube",
        source_kind="youtube_table",
        posts=[
            StatPost(
                "youtube",
                "",
                "abc",
                published_at=datetime(2026, 3, 1),
                time_known=False,
                metrics={"views": 10.0},
            )
        ],
    )
    assert stored_time(plan, "abc") == "2026-03-01T00:00:00+01:00"
    set_zone(plan, "America/New_York")
    assert stored_time(plan, "abc") == "2026-03-01T00:00:00-05:00"


def test_a_plan_imported_before_the_rule_is_restated_when_opened(plan_path):
    plan = create_plan(plan_path, PlanProperties(client_name="Boulangerie Martin"))
    import_files(plan, preview([META_FR]))
    plan.close()
    # As the previous version stored it: the export's Pacific offset, and no step 0004
    # (nor the steps after it).
    conn = sqlite3.connect(plan_path)
    conn.execute(
        "UPDATE stat_posts SET published_at = '2025-09-20T17:45:00-07:00' WHERE external_id = ?",
        (REEL_FR,),
    )
    conn.execute("DROP INDEX stat_posts_network_time")
    for table in ("stat_hour_cells", "stat_hour_cells_stamp"):
        conn.execute(f"DROP TABLE {table}")
    for table in ("stat_post_marks", "stat_post_marks_stamp"):
        conn.execute(f"DROP TABLE {table}")
    for trigger in ("updated", "deleted"):
        conn.execute(f"DROP TRIGGER stat_post_hours_{trigger}")
    conn.execute("DROP TABLE stat_post_hours")
    conn.execute("DROP TABLE stat_post_hours_mark")
    for trigger in ("updated", "deleted"):
        conn.execute(f"DROP TRIGGER stat_post_search_{trigger}")
    conn.execute("DROP TABLE stat_post_search")
    conn.execute("DROP TABLE stat_post_search_mark")
    conn.execute("DROP INDEX stat_posts_by_network_rate")
    later = (
        "0005_posts_by_network_time",
        "0006_hour_cells",
        "0007_post_marks",
        "0008_post_hours",
        "0009_post_search",
        "0010_posts_by_network_rate",
    )
    conn.execute(
        "DELETE FROM _sqlite_migrations WHERE name IN (?, ?, ?, ?, ?, ?, ?)",
        ("0004_post_times_in_plan_zone", *later),
    )
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1 - len(later)}")
    conn.commit()
    conn.close()
    with open_plan(plan_path) as migrated:
        assert migrated.migrated_from == SCHEMA_VERSION - 1 - len(later)
        assert stored_time(migrated, REEL_FR) == "2025-09-21T02:45:00+02:00"
        assert (6, 2) in hours_of(migrated)
