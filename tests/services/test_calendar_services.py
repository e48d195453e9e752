"""Calendar services on a real plan file: moves, copies, variants, series, retro-planning."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from smplanner.domain.post_refs import CampaignRef, PostDraft
from smplanner.domain.recurrence import Recurrence
from smplanner.domain.rule_warnings import CAP, SAME_TEXT
from smplanner.services import calendar_planning, calendar_posts, calendar_queries, calendar_rules

PARIS = ZoneInfo("Europe/Paris")


def at(d: int, h: int = 10, m: int = 10) -> datetime:
    return datetime(2026, m, d, h, tzinfo=PARIS)


def test_moving_an_idea_onto_a_day_makes_a_draft_and_undo_restores_it(plan) -> None:
    [idea], _ = calendar_posts.create_posts(plan, [PostDraft("instagram", "Croissant day")])
    before = calendar_posts.schedule_of(plan, [idea])
    changes = calendar_posts.move_posts(plan, {idea: at(14, 18)})
    assert changes.days == {date(2026, 10, 14).toordinal()}
    [moved] = calendar_queries.posts_by_id(plan, [idea])
    assert moved.status == "draft" and moved.scheduled_at == at(14, 18)
    calendar_posts.restore_schedule(plan, before)
    [back] = calendar_queries.posts_by_id(plan, [idea])
    assert back.status == "idea" and back.scheduled_at is None


def test_copying_and_deleting_then_restoring_posts(plan) -> None:
    [pid], _ = calendar_posts.create_posts(
        plan, [PostDraft("facebook", "Open day", status="ready", scheduled_at=at(14))]
    )
    copies, _ = calendar_posts.copy_posts(plan, {pid: at(15)})
    assert len(calendar_queries.posts_between(plan, date(2026, 10, 14), date(2026, 10, 16))) == 2
    saved = calendar_posts.posts_for_undo(plan, [*copies, pid])
    calendar_posts.delete_posts(plan, [*copies, pid])
    assert calendar_queries.all_posts(plan) == []
    calendar_posts.restore_posts(plan, saved)
    assert calendar_queries.all_posts(plan) == saved


def test_variants_share_a_group_and_warn_until_adapted(plan) -> None:
    [pid], _ = calendar_posts.create_posts(
        plan, [PostDraft("facebook", "New sourdough on Saturday", scheduled_at=at(14))]
    )
    ids, _ = calendar_posts.make_variants(plan, pid, ["facebook", "linkedin", "instagram"])
    group = calendar_queries.posts_by_id(plan, [pid])[0].group_id
    assert group is not None and len(calendar_queries.posts_in_group(plan, group)) == 3
    warnings = calendar_rules.warnings_between(plan, date(2026, 10, 1), date(2026, 11, 1))
    assert sum(w.kind == SAME_TEXT for w in warnings) == 3
    calendar_posts.set_major_announcement(plan, group, True)
    warnings = calendar_rules.warnings_between(plan, date(2026, 10, 1), date(2026, 11, 1))
    assert not any(w.kind == SAME_TEXT for w in warnings)
    assert len(ids) == 2


def test_weekly_cap_counts_the_whole_week_around_a_month_edge(plan) -> None:
    # Monday 28 Sept … Friday 2 Oct: the October view must still see five posts.
    drafts = [
        PostDraft("x", f"post {i}", scheduled_at=datetime(2026, 9, 28 + i, 10, tzinfo=PARIS))
        for i in range(3)
    ] + [PostDraft("x", f"post {i}", scheduled_at=at(1 + i)) for i in range(2)]
    calendar_posts.create_posts(plan, drafts)
    warnings = calendar_rules.warnings_between(plan, date(2026, 10, 1), date(2026, 11, 1))
    assert [w.params["count"] for w in warnings if w.kind == CAP] == [5]


def test_a_series_every_tuesday_edits_one_occurrence_or_the_rest(plan) -> None:
    rule = Recurrence("WEEKLY", weekdays=(1,), count=4).to_rule()
    draft = PostDraft("linkedin", "Tip of the week", scheduled_at=at(20, 18))
    series_id, ids, _ = calendar_planning.create_series(plan, draft, rule)
    assert len(ids) == 4
    one = calendar_queries.posts_by_id(plan, [ids[1]])[0]
    calendar_posts.update_post(
        plan, one.id, PostDraft("linkedin", "Special", scheduled_at=one.scheduled_at)
    )
    calendar_planning.update_series(plan, series_id, PostDraft("linkedin", "Tip #"))
    texts = [p.text for p in calendar_queries.posts_in_series(plan, series_id)]
    assert texts == ["Tip #", "Special", "Tip #", "Tip #"]
    hours = {p.scheduled_at.hour for p in calendar_queries.posts_in_series(plan, series_id)}
    assert hours == {18}  # across the 25 October clock change


def test_retroplanning_creates_drafts_in_the_campaign(plan) -> None:
    campaign_id, _ = calendar_planning.save_campaign(
        plan, CampaignRef(0, "Winter launch", "launch", date(2026, 11, 20), date(2026, 11, 20))
    )
    ids, unplaced, _changes = calendar_planning.retroplan(
        plan,
        date(2026, 11, 20),
        "product_launch",
        ["instagram", "linkedin"],
        campaign_id=campaign_id,
        title="Winter",
    )
    assert len(ids) + len(unplaced) == 14
    posts = calendar_queries.posts_by_id(plan, ids)
    assert {p.campaign_id for p in posts} == {campaign_id}
    assert all(p.status == "draft" for p in posts)
    assert calendar_queries.campaigns(plan)[0].name == "Winter launch"


def test_a_campaign_that_ends_before_it_starts_is_refused(plan) -> None:
    with pytest.raises(calendar_planning.PlanningError, match="ends"):
        calendar_planning.save_campaign(
            plan, CampaignRef(0, "Sales", "sales", date(2026, 1, 10), date(2026, 1, 2))
        )


def test_suggest_a_slot_skips_full_weeks(plan) -> None:
    found = calendar_planning.suggest_slot_for(plan, "linkedin", at(12, 6))
    assert found is not None and found > at(12, 6)
    assert found.weekday() < 5
