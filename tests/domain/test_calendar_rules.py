"""The method's calendar rules, as pure functions."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from smplanner.domain import caps, gaps, similarity, timing
from smplanner.domain.post_refs import PostGroup, PostRef
from smplanner.domain.rule_warnings import (
    CAP,
    GAP,
    NIGHT,
    NO_OBJECTIVE,
    NO_PILLAR,
    PEAK,
    SAME_TEXT,
    WEEKEND,
    RuleContext,
    RuleSettings,
    check_posts,
    warnings_by_post,
)
from smplanner.domain.slot_finder import suggest_slot
from smplanner.domain.slots import as_table, default_slots, peak_hours

PARIS = ZoneInfo("Europe/Paris")


def at(y: int, m: int, d: int, h: int = 10, minute: int = 0) -> datetime:
    return datetime(y, m, d, h, minute, tzinfo=PARIS)


def post(pid: int, network: str, when: datetime | None, text: str = "", **kw) -> PostRef:
    return PostRef(pid, network, when, "draft", "", text or f"post {pid}", **kw)


def kinds(warnings) -> list[str]:
    return sorted(w.kind for w in warnings)


def test_a_fifth_post_in_a_week_on_one_network_passes_the_default_cap_of_four() -> None:
    week = [post(i, "instagram", at(2026, 10, 12 + i)) for i in range(5)]  # Mon..Fri
    warnings = caps.cap_warnings(week, RuleContext())
    assert len(warnings) == 1
    assert warnings[0].kind == CAP
    assert warnings[0].params == {"count": 5, "cap": 4, "week": date(2026, 10, 12)}
    assert set(warnings[0].post_ids) == {0, 1, 2, 3, 4}
    assert caps.cap_warnings(week[:4], RuleContext()) == []


def test_the_cap_comes_from_the_strategy_and_weeks_start_on_monday() -> None:
    # Sunday 18 and Monday 19 October are in different weeks.
    posts = [post(1, "linkedin", at(2026, 10, 18)), post(2, "linkedin", at(2026, 10, 19))]
    assert caps.cap_warnings(posts, RuleContext(caps={"linkedin": 1})) == []
    posts.append(post(3, "linkedin", at(2026, 10, 20)))
    [warning] = caps.cap_warnings(posts, RuleContext(caps={"linkedin": 1}))
    assert warning.params["cap"] == 1 and set(warning.post_ids) == {2, 3}


def test_fits_cap_ignores_the_posts_being_moved() -> None:
    posts = [post(i, "x", at(2026, 10, 12 + i)) for i in range(4)]
    assert not caps.fits_cap(posts, "x", at(2026, 10, 16), 4)
    assert caps.fits_cap(posts, "x", at(2026, 10, 16), 4, ignoring=frozenset({0}))


def test_the_same_text_on_two_networks_warns_unless_a_major_announcement() -> None:
    text = "Our new sourdough is here! Come taste it this Saturday."
    posts = [
        post(1, "facebook", at(2026, 10, 14), text, group_id=7),
        post(2, "instagram", at(2026, 10, 16), text.upper() + " #bread", group_id=7),
    ]
    [warning] = similarity.same_text_warnings(posts, RuleContext())
    assert warning.kind == SAME_TEXT and warning.post_ids == (1, 2)
    major = RuleContext(groups={7: PostGroup(7, "launch", major_announcement=True)})
    assert similarity.same_text_warnings(posts, major) == []


def test_adapted_variants_and_same_network_duplicates_do_not_warn() -> None:
    posts = [
        post(
            1,
            "facebook",
            at(2026, 10, 14),
            "Our new sourdough is here, come on Saturday",
            group_id=1,
        ),
        post(
            2,
            "linkedin",
            at(2026, 10, 14),
            "How we trained our bakers in slow fermentation",
            group_id=1,
        ),
        post(3, "facebook", at(2026, 10, 14, 18), "Our new sourdough is here, come on Saturday"),
    ]
    assert similarity.same_text_warnings(posts, RuleContext()) == []


def test_near_identical_texts_on_one_day_warn_even_without_a_group() -> None:
    a = post(1, "x", at(2026, 10, 14, 9), "Open day at the bakery on Sunday from 9am!")
    b = post(2, "threads", at(2026, 10, 14, 17), "Open day at the bakery on Sunday from 9 am")
    assert kinds(similarity.same_text_warnings([a, b], RuleContext())) == [SAME_TEXT]
    assert similarity.text_similarity("", "x") == 0.0


@pytest.mark.parametrize(
    ("hour", "night"), [(21, False), (22, True), (23, True), (3, True), (6, True), (7, False)]
)
def test_night_spans_midnight(hour: int, night: bool) -> None:
    assert timing.is_night(at(2026, 10, 14, hour), RuleSettings()) is night


def test_night_and_weekend_posts_warn_and_the_weekend_can_be_allowed() -> None:
    saturday_night = post(1, "facebook", at(2026, 10, 17, 23))
    assert kinds(timing.timing_warnings([saturday_night], RuleContext())) == [NIGHT, WEEKEND]
    relaxed = RuleContext(settings=RuleSettings(warn_weekend=False, night_start=0, night_end=0))
    assert timing.timing_warnings([saturday_night], relaxed) == []


def test_a_post_in_the_peak_slot_gets_a_quieter_free_hour_nearby() -> None:
    table = {(2, 11): 1.0, (2, 10): 0.6, (2, 12): 0.8, (2, 13): 0.4}
    peak = post(1, "linkedin", at(2026, 10, 14, 11))  # a Wednesday
    other = post(2, "linkedin", at(2026, 10, 14, 12))
    context = RuleContext(slots={"linkedin": table})
    [warning] = timing.timing_warnings([peak, other], context)
    assert warning.kind == PEAK
    assert warning.params["suggestion"] == at(2026, 10, 14, 10)  # 12h is taken


def test_long_gaps_on_used_networks_are_reported_with_their_span() -> None:
    posts = [post(1, "facebook", at(2026, 10, 1)), post(2, "facebook", at(2026, 10, 20))]
    context = RuleContext(used_networks=("facebook", "linkedin"))
    warnings = gaps.gap_warnings(posts, context, date(2026, 10, 1), date(2026, 11, 1))
    facebook = [w for w in warnings if w.network == "facebook"]
    assert [w.params["days"] for w in facebook] == [18, 11]
    assert facebook[0].params["from"] == date(2026, 10, 2)
    linkedin = [w for w in warnings if w.network == "linkedin"]
    assert linkedin[0].kind == GAP and linkedin[0].params["days"] == 31


def test_posts_without_pillar_or_objective_warn_and_deleted_ids_count_as_missing() -> None:
    posts = [
        post(1, "x", at(2026, 10, 14), pillar_id=3, objective_id=9),
        post(2, "x", at(2026, 10, 15), pillar_id=3),
        post(3, "x", None),  # an idea: no warning yet
    ]
    context = RuleContext(pillar_ids=frozenset({3}), objective_ids=frozenset({1}))
    by_post = warnings_by_post(check_posts(posts, context))
    assert kinds(by_post[1]) == [NO_OBJECTIVE]
    assert kinds(by_post[2]) == [NO_OBJECTIVE]
    assert 3 not in by_post
    quiet = RuleContext(settings=RuleSettings(warn_missing_objective=False))
    assert NO_PILLAR not in kinds(check_posts([posts[0]], quiet))


def test_suggest_slot_takes_the_next_good_free_hour_within_the_cap() -> None:
    table = {(d, h): 0.8 for d in range(7) for h in (9, 18)}
    table[(2, 9)] = 1.0  # Wednesday 9h is the peak
    taken = post(1, "instagram", at(2026, 10, 13, 18))  # Tuesday 18h
    found = suggest_slot("instagram", at(2026, 10, 13, 12), [taken], table, 4, RuleSettings())
    assert found == at(2026, 10, 14, 18)  # not the taken hour, not the peak
    full_week = [post(i, "instagram", at(2026, 10, 12 + i, 9)) for i in range(4)]
    found = suggest_slot("instagram", at(2026, 10, 12, 8), full_week, table, 4, RuleSettings())
    assert found == at(2026, 10, 19, 9)  # the next Monday


def test_suggest_slot_keeps_local_hours_across_the_autumn_clock_change() -> None:
    table = {(6, 9): 0.8, (0, 9): 1.0}
    found = suggest_slot("x", at(2026, 10, 24, 12), [], table, 4, RuleSettings(warn_weekend=False))
    assert found == at(2026, 10, 25, 9)  # Sunday 25 October, the DST change day
    assert found.utcoffset().total_seconds() == 3600


def test_default_slots_are_cited_and_have_peaks() -> None:
    from smplanner.domain.slots import slot_sources

    table = as_table(default_slots("linkedin"))
    assert (1, 10) in table and max(table.values()) == 1.0
    assert peak_hours(table)
    assert any("Sprout Social" in s for s in slot_sources("linkedin"))
    assert default_slots("youtube")  # no study: the method's heuristic still applies
