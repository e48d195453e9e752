"""Retro-planning never places a post where its own rules then warn; the weekend rule
follows the client's trade; a step the weekly cap leaves out is kept as an idea."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from smplanner.domain.plan_properties import PlanProperties
from smplanner.domain.post_refs import PostDraft
from smplanner.domain.rule_warnings import NIGHT, PEAK, WEEKEND
from smplanner.services import calendar_planning, calendar_posts, calendar_queries, calendar_rules
from smplanner.storage.plan_file import create_plan

PARIS = ZoneInfo("Europe/Paris")
TODAY = date(2026, 12, 1)
TIMING = {NIGHT, PEAK, WEEKEND}


def _plan(tmp_path, sector: str):
    return create_plan(tmp_path / f"{sector}.smplan", PlanProperties("Client", sector))


def _timing_warnings(plan, ids):
    found = calendar_rules.warnings_between(plan, date(2026, 12, 1), date(2027, 3, 1))
    return [w for w in found if w.kind in TIMING and set(w.post_ids) & set(ids)]


def test_no_post_is_placed_where_the_rules_warn(tmp_path):
    plan = _plan(tmp_path, "b2b_services")
    try:
        # D on a Monday: the D-14, D-7… steps around it fall near weekends.
        ids, unplaced, _ = calendar_planning.retroplan(
            plan,
            date(2027, 1, 11),
            "product_launch",
            ["instagram", "linkedin", "facebook"],
            title="Salon",
            today=TODAY,
        )
        assert ids and not unplaced
        assert _timing_warnings(plan, ids) == []
        days = [p.scheduled_at for p in calendar_queries.posts_by_id(plan, ids)]
        assert all(moment.weekday() < 5 for moment in days)  # B2B: no weekend post
    finally:
        plan.close()


def test_a_bakerys_weekend_is_not_flagged_and_retro_planning_may_use_it(tmp_path):
    bakery = _plan(tmp_path, "bakery_food")
    b2b = _plan(tmp_path, "b2b_services")
    try:
        saturday = datetime(2026, 12, 12, 10, tzinfo=PARIS)
        for plan in (bakery, b2b):
            calendar_posts.create_posts(
                plan,
                [PostDraft("instagram", title="Galettes", status="draft", scheduled_at=saturday)],
            )
        kinds = {
            name: {
                w.kind
                for w in calendar_rules.warnings_between(plan, date(2026, 12, 1), date(2027, 1, 1))
            }
            for name, plan in (("bakery", bakery), ("b2b", b2b))
        }
        assert WEEKEND not in kinds["bakery"]
        assert WEEKEND in kinds["b2b"]
        assert "instagram" in calendar_rules.rule_settings(bakery).weekend_ok_networks
    finally:
        bakery.close()
        b2b.close()


def test_a_step_that_does_not_fit_the_weekly_cap_is_kept_as_an_idea(tmp_path):
    plan = _plan(tmp_path, "b2b_services")
    try:
        # The opening's week on LinkedIn already holds the default cap of 4 posts.
        calendar_posts.create_posts(
            plan,
            [
                PostDraft(
                    "linkedin",
                    title=f"déjà {day}",
                    status="draft",
                    scheduled_at=datetime(2027, 1, day, 11, tzinfo=PARIS),
                )
                for day in (4, 5, 6, 7)
            ],
        )
        ids, unplaced, _ = calendar_planning.retroplan(
            plan, date(2027, 1, 8), "sales", ["linkedin"], title="Soldes", today=TODAY
        )
        assert [u.reason for u in unplaced] == ["cap"]
        posts = calendar_queries.posts_by_id(plan, ids)
        ideas = [p for p in posts if p.scheduled_at is None]
        assert len(ideas) == 1 and ideas[0].status == "idea"
        assert ideas[0].title == "Soldes — Ouverture"
    finally:
        plan.close()
