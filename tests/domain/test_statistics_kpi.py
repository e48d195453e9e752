"""KPI formulas against values computed by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from smplanner.domain import kpi
from smplanner.domain.objective_progress import LATE, NO_DATA, ON_TRACK, REACHED, objective_progress
from smplanner.domain.plan_matching import ImportedPost, PlannedPost, match_posts
from smplanner.domain.posting_hours import best_slots, heat_map


def test_engagement_rate_by_reach_for_a_facebook_post():
    # 90 reactions, comments and shares over 1,800 reached: 5 %.
    rate = kpi.post_engagement_rate("facebook", {"interactions": 90, "reach": 1800})
    assert rate.value == pytest.approx(5.0) and rate.denominator == "reach"
    assert rate.label == "5.00 % (by reach)"


def test_engagement_rate_by_impressions_for_linkedin_counts_clicks_and_follows():
    # 48 clicks + 30 likes + 6 comments + 3 reposts + 2 follows = 89 over 1,200 = 7.4166 %.
    metrics = {
        "impressions": 1200,
        "clicks": 48,
        "likes": 30,
        "comments": 6,
        "shares": 3,
        "new_followers": 2,
    }
    rate = kpi.post_engagement_rate("linkedin", metrics)
    assert rate.value == pytest.approx(89 / 1200 * 100) and rate.denominator == "impressions"


def test_engagement_rate_by_followers_and_by_views():
    assert kpi.engagement_rate_by_followers(30, 1200).value == pytest.approx(2.5)
    # TikTok: 1520 + 43 + 12 = 1575 over 25,800 views = 6.1046 %.
    tiktok = {"likes": 1520, "comments": 43, "shares": 12, "views": 25800}
    assert kpi.post_engagement_rate("tiktok", tiktok).value == pytest.approx(6.104651, 1e-5)
    assert kpi.post_engagement_rate("instagram", {"likes": 3}).value is None  # no reach


def test_rates_with_different_denominators_are_never_averaged():
    same = kpi.mean_rate([kpi.Rate(2.0, "reach"), kpi.Rate(4.0, "reach"), kpi.Rate(None, "reach")])
    assert same == kpi.Rate(3.0, "reach")
    with pytest.raises(ValueError, match="impressions, reach"):
        kpi.mean_rate([kpi.Rate(2.0, "reach"), kpi.Rate(4.0, "impressions")])


def test_ctr_growth_watch_time_and_completion():
    assert kpi.click_through_rate(48, 1200) == pytest.approx(4.0)
    assert kpi.click_through_rate(5, 0) is None
    assert kpi.follower_growth_rate(1200, 1230) == pytest.approx(2.5)
    assert kpi.follower_growth_rate(0, 10) is None
    assert kpi.average_watch_time(1500, 300) == pytest.approx(5.0)
    assert kpi.completion_rate(75, 300) == pytest.approx(25.0)


def test_reach_per_period_and_weekly_monthly_aggregation():
    series = [
        (date(2026, 9, 28), 10.0),
        (date(2026, 9, 30), 5.0),
        (date(2026, 10, 1), 7.0),
        (date(2026, 10, 5), 1.0),
    ]
    assert kpi.period_total(series, date(2026, 9, 29), date(2026, 10, 1)) == 12.0
    assert kpi.aggregate(series, "week") == [(date(2026, 9, 28), 22.0), (date(2026, 10, 5), 1.0)]
    assert kpi.aggregate(series, "month") == [(date(2026, 9, 1), 15.0), (date(2026, 10, 1), 8.0)]
    assert kpi.aggregate(series, "month", how="last") == [
        (date(2026, 9, 1), 5.0),
        (date(2026, 10, 1), 1.0),
    ]


def test_share_per_pillar_and_best_and_worst_posts():
    assert kpi.pillar_shares([1, 1, 2, None]) == {1: 50.0, 2: 25.0, None: 25.0}
    scores = {"a": 5.0, "b": 1.0, "c": None, "d": 3.0, "e": 0.5}
    best, worst = kpi.best_and_worst(scores, scores.get, count=2)
    assert best == ["a", "d"] and worst == ["e", "b"]
    best, worst = kpi.best_and_worst(["a"], scores.get, count=2)
    assert best == ["a"] and worst == []


@pytest.mark.parametrize(
    ("current", "today", "status"),
    [
        (1500, date(2026, 6, 30), REACHED),
        (1260, date(2026, 3, 31), ON_TRACK),  # 52 % done at ~50 % of the time
        (1100, date(2026, 3, 31), LATE),  # 20 % done at ~50 % of the time
        (1400, date(2026, 7, 1), LATE),  # deadline passed
        (None, date(2026, 3, 31), NO_DATA),
    ],
)
def test_objective_progress_against_the_straight_line(current, today, status):
    progress = objective_progress(
        baseline=1000,
        target=1500,
        current=current,
        start=date(2026, 1, 1),
        deadline=date(2026, 6, 30),
        today=today,
    )
    assert progress.status == status


def test_an_objective_to_lower_a_figure():
    progress = objective_progress(
        baseline=10,
        target=2,
        current=5,
        start=date(2026, 1, 1),
        deadline=date(2026, 12, 31),
        today=date(2026, 2, 1),
    )
    assert progress.status == ON_TRACK and progress.achieved == pytest.approx(5 / 8)


@pytest.mark.parametrize(
    ("current", "status"),
    [
        (4.9975, REACHED),  # 99.9 % of the way: shows as 100 %, so it reads Reached
        (4.98, ON_TRACK),  # 99.3 % of the way: shows as 99 %
        (5.2, REACHED),
    ],
)
def test_an_objective_within_rounding_of_its_target_is_reached(current, status):
    progress = objective_progress(
        baseline=2.0,
        target=5.0,
        current=current,
        start=date(2026, 9, 1),
        deadline=date(2027, 6, 30),
        today=date(2026, 11, 26),
    )
    assert progress.status == status
    if status != REACHED:
        assert round(progress.achieved * 100) < 100


def test_heat_map_and_best_slots():
    monday_18 = datetime(2026, 9, 28, 18, 5)
    grid = heat_map([(monday_18, 4.0), (monday_18, 2.0), (datetime(2026, 9, 29, 9), 6.0)])
    assert grid[0][18] == 3.0 and grid[1][9] == 6.0 and grid[2][9] is None
    assert best_slots(grid, 2) == [(1, 9, 1.0), (0, 18, 0.5)]


def test_imported_posts_match_planned_ones_by_link_or_time_and_text():
    planned = [
        PlannedPost(1, "facebook", datetime(2026, 9, 28, 18, 0), "Nouvelle fournée de croissants"),
        PlannedPost(2, "facebook", datetime(2026, 10, 2, 8, 0), "https://fb.com/reel/2222"),
        PlannedPost(3, "instagram", datetime(2026, 9, 28, 18, 0), "Nouvelle fournée"),
    ]
    imported = [
        ImportedPost(
            10,
            "facebook",
            "1111",
            None,
            datetime(2026, 9, 28, 18, 12),
            "Nouvelle fournée de croissants ce matin !",
        ),
        ImportedPost(11, "facebook", "2222", "https://fb.com/reel/2222", None, None),
        ImportedPost(12, "facebook", "3333", None, datetime(2026, 11, 1, 9, 0), "Autre"),
    ]
    matches = {(m.imported_id, m.planned_id, m.how) for m in match_posts(imported, planned)}
    assert matches == {(10, 1, "time_and_text"), (11, 2, "link")}
