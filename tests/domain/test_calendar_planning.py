"""Recurring series (DST included) and retro-planning, as pure functions."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from smplanner.domain.post_refs import PostRef
from smplanner.domain.recurrence import Recurrence, RecurrenceError, occurrences
from smplanner.domain.retroplanning import builtin_templates, lay_out, template
from smplanner.domain.rule_warnings import RuleSettings

PARIS = ZoneInfo("Europe/Paris")


def test_every_tuesday_at_18h_stays_at_18h_across_the_clock_change() -> None:
    rule = Recurrence("WEEKLY", weekdays=(1,), count=3).to_rule()
    assert rule == "FREQ=WEEKLY;BYDAY=TU;COUNT=3"
    found = occurrences(rule, datetime(2026, 10, 20, 18, tzinfo=PARIS))
    assert [d.day for d in found] == [20, 27, 3]
    assert all(d.hour == 18 for d in found)
    assert [d.utcoffset().total_seconds() / 3600 for d in found] == [2, 1, 1]


def test_first_monday_of_the_month_until_a_date() -> None:
    rule = Recurrence("MONTHLY", weekdays=(0,), month_position=1, until=date(2027, 1, 31)).to_rule()
    found = occurrences(rule, datetime(2026, 11, 2, 9, tzinfo=PARIS))
    assert [d.date() for d in found] == [date(2026, 11, 2), date(2026, 12, 7), date(2027, 1, 4)]


def test_a_rule_with_no_end_stops_at_the_limit_and_bad_rules_are_named() -> None:
    found = occurrences("FREQ=DAILY", datetime(2026, 1, 1, 9, tzinfo=PARIS), limit=10)
    assert len(found) == 10
    with pytest.raises(RecurrenceError, match="FREQ=SOMETIMES"):
        occurrences("FREQ=SOMETIMES", datetime(2026, 1, 1, 9, tzinfo=PARIS))


def test_product_launch_lays_posts_backwards_in_good_slots() -> None:
    launch = template("product_launch")
    assert [s.offset_days for s in launch.steps] == [-21, -14, -7, -3, -1, 0, 7]
    slots = {"instagram": {(d, 12): 1.0 for d in range(7)} | {(d, 23): 1.0 for d in range(7)}}
    placed, unplaced = lay_out(
        date(2026, 11, 20), launch, ["instagram"], [], slots, {}, RuleSettings(), PARIS
    )
    assert unplaced == []
    assert [p.scheduled_at.date() for p in placed][:2] == [date(2026, 10, 30), date(2026, 11, 6)]
    # 23h is night and 12h, the top score, is the busiest slot the rules warn about.
    assert all(p.scheduled_at.hour == 10 for p in placed)


def test_retro_planning_respects_caps_and_says_what_it_could_not_place() -> None:
    launch = template("product_launch")
    # The launch week is already full on LinkedIn (cap 2): D-3 (Tue) … D (Fri).
    existing = [
        PostRef(i, "linkedin", datetime(2026, 11, 16 + i, 9, tzinfo=PARIS), "draft", "", "x")
        for i in range(2)
    ]
    placed, unplaced = lay_out(
        date(2026, 11, 20),
        launch,
        ["linkedin"],
        existing,
        {},
        {"linkedin": 2},
        RuleSettings(),
        PARIS,
    )
    assert {u.step.label for u in unplaced} == {"Countdown", "Launch"}
    assert all(u.reason == "cap" for u in unplaced)
    assert all(p.scheduled_at.hour == 10 for p in placed)  # no slots: the default hour


def test_steps_before_today_are_not_placed() -> None:
    placed, unplaced = lay_out(
        date(2026, 11, 20),
        template("sales"),
        ["x"],
        [],
        {},
        {},
        RuleSettings(),
        PARIS,
        today=date(2026, 11, 18),
    )
    assert [u.reason for u in unplaced] == ["past"]
    assert len(placed) == 2
    assert {t.id for t in builtin_templates()} >= {"product_launch", "event", "sales"}
