"""Objective progress, best hours fed to the calendar, plan versus actual."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from smplanner.domain.stat_records import DailyValue, StatPost
from smplanner.services import statistics_queries as queries
from smplanner.services.statistics_hours import client_best_hours, feed_calendar_slots
from smplanner.services.statistics_import import import_files, preview
from smplanner.services.statistics_ingest import ingest

EXPORTS = Path(__file__).parents[1] / "fixtures" / "exports"


def test_follower_objective_progress_from_the_imported_series(plan):
    from smplanner.domain.strategy_refs import ObjectiveRef
    from smplanner.services.statistics_progress import objective_series

    import_files(plan, preview([EXPORTS / "tiktok_studio_export.zip"]))
    objective = ObjectiveRef(
        1,
        "awareness",
        "Followers",
        "tiktok",
        "followers",
        1000,
        1500,
        date(2027, 6, 30),
        date(2026, 1, 1),
    )
    series, current, _ = objective_series(plan, objective, date(2026, 10, 1))
    assert current == 1230 and series[-1] == (date(2026, 9, 5), 1230)


def test_reach_objective_adds_up_from_its_start(plan):
    from smplanner.domain.strategy_refs import ObjectiveRef
    from smplanner.services.statistics_progress import objective_series

    days = [DailyValue("facebook", "", date(2026, 9, d), "reach", 100.0) for d in range(1, 11)]
    ingest(plan, source_label="t", source_kind="t", daily=days)
    objective = ObjectiveRef(
        2,
        "awareness",
        "Reach",
        "facebook",
        "reach",
        None,
        5000,
        date(2026, 12, 31),
        date(2026, 9, 5),
    )
    series, current, _ = objective_series(plan, objective, date(2026, 9, 30))
    assert current == 600 and series[0] == (date(2026, 9, 5), 100)


def test_best_hours_from_followers_activity_feed_the_calendar(plan):
    from smplanner.services.time_slots import effective_slots

    import_files(plan, preview([EXPORTS / "tiktok_studio_export.zip"]))
    slots = client_best_hours(plan, "tiktok")
    assert slots[0] == (4, 23, 1.0)  # 2026-09-04 is a Friday; activity grows by the hour
    feed_calendar_slots(plan, "tiktok")
    stored, source = effective_slots(plan, "tiktok")
    assert source == "statistics" and (stored[0].weekday, stored[0].hour) in {
        (s[0], s[1]) for s in slots
    }


def test_best_hours_from_posts_in_the_plans_time_zone(plan):
    zone = ZoneInfo("Europe/Paris")
    posts = [
        StatPost(
            "facebook",
            "",
            str(i),
            published_at=datetime(2026, 9, 7, 18, tzinfo=zone) + timedelta(days=7 * i),
            metrics={"interactions": 50, "reach": 1000},
        )
        for i in range(4)
    ] + [
        StatPost(
            "facebook",
            "",
            "x",
            published_at=datetime(2026, 9, 9, 9, tzinfo=zone),
            metrics={"interactions": 10, "reach": 1000},
        )
    ]
    ingest(plan, source_label="t", source_kind="t", posts=posts)
    assert client_best_hours(plan, "facebook")[:2] == [(0, 18, 1.0), (2, 9, 0.2)]


def test_imported_posts_matched_to_planned_posts_become_published(plan):
    from smplanner.domain.post_refs import PostDraft
    from smplanner.services.calendar_posts import create_posts
    from smplanner.services.calendar_queries import all_posts
    from smplanner.services.statistics_matching import match_planned_posts, restore_matching

    zone = ZoneInfo("Europe/Paris")
    ids, _ = create_posts(
        plan,
        [
            PostDraft(
                "facebook",
                text="Nouvelle fournée de croissants",
                status="scheduled",
                # The export's 09/28/2026 18:12 is Pacific time: 03:12 in Paris.
                scheduled_at=datetime(2026, 9, 29, 3, 0, tzinfo=zone),
            ),
            PostDraft(
                "facebook",
                text="Sans rapport",
                status="scheduled",
                scheduled_at=datetime(2026, 12, 1, 9, 0, tzinfo=zone),
            ),
        ],
    )
    import_files(plan, preview([EXPORTS / "meta_facebook_posts.csv"]))
    count, before, changes = match_planned_posts(plan)
    assert count == 1 and changes.touches("posts")
    statuses = {p.id: p.status for p in all_posts(plan)}
    assert statuses == {ids[0]: "published", ids[1]: "scheduled"}
    matched = [s for s in queries.stat_posts(plan) if s.planned_post_id == ids[0]]
    assert matched[0].post.external_id == "1234567890_1111"
    assert queries.figures_of_planned_posts(plan)[ids[0]]["reach"] == 1800
    restore_matching(plan, before)
    assert {p.status for p in all_posts(plan)} == {"scheduled"}
