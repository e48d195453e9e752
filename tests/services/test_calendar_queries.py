"""The calendar's read API and the slots hook the statistics feed."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from smplanner.services import calendar_queries, time_slots
from smplanner.services.time_slots import SlotError

PARIS = ZoneInfo("Europe/Paris")


def _insert(plan, network: str, when: str | None, text: str = "hello") -> None:
    with plan.transaction() as db:
        db.table("posts").insert(
            {
                "network": network,
                "scheduled_at": when,
                "text": text,
                "status": "draft" if when else "idea",
            }
        )


def test_posts_between_uses_local_days_and_leaves_ideas_out(plan) -> None:
    _insert(plan, "facebook", "2026-10-14T18:00+02:00")
    _insert(plan, "instagram", "2026-10-15T00:30+02:00")
    _insert(plan, "linkedin", None)
    found = calendar_queries.posts_between(plan, date(2026, 10, 14), date(2026, 10, 15))
    assert [p.network for p in found] == ["facebook"]
    assert found[0].scheduled_at == datetime(2026, 10, 14, 18, 0, tzinfo=PARIS)
    assert [p.network for p in calendar_queries.ideas(plan)] == ["linkedin"]
    assert len(calendar_queries.all_posts(plan)) == 3


def test_client_best_hours_replace_the_defaults_and_an_empty_list_reverts(plan) -> None:
    defaults, source = time_slots.effective_slots(plan, "linkedin")
    assert source == "default" and defaults
    time_slots.set_client_best_hours(plan, "linkedin", [(1, 9, 40.0), (3, 18, 20.0)])
    slots, source = time_slots.effective_slots(plan, "linkedin")
    assert source == "statistics"
    assert [(s.weekday, s.hour, s.score) for s in slots] == [(1, 9, 1.0), (3, 18, 0.5)]
    time_slots.set_client_best_hours(plan, "linkedin", [])
    assert time_slots.effective_slots(plan, "linkedin") == (defaults, "default")


def test_a_slot_out_of_range_is_refused_with_its_values(plan) -> None:
    with pytest.raises(SlotError, match="hour=24"):
        time_slots.set_client_best_hours(plan, "x", [(0, 24, 1.0)])
