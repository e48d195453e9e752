"""The SMART check, letter by letter, as the method explains it."""

from __future__ import annotations

from datetime import date

from smplanner.domain.smart import check_objective, failing_letters, plausible_limit
from smplanner.domain.strategy_refs import ObjectiveRef

TODAY = date(2026, 3, 1)


def good(**changes: object) -> ObjectiveRef:
    values: dict[str, object] = dict(
        id=1,
        kind="awareness",
        title="Grow the Facebook page among neighbourhood families",
        audience="Families within 5 km",
        network="facebook",
        metric="followers",
        baseline=800.0,
        target=1000.0,
        start=TODAY,
        deadline=date(2026, 6, 1),
    )
    values.update(changes)
    return ObjectiveRef(**values)  # type: ignore[arg-type]


def messages(objective: ObjectiveRef) -> list[str]:
    return [f.message() for f in check_objective(objective, TODAY)]


def test_a_well_formed_objective_passes_every_letter():
    assert check_objective(good(), TODAY) == []
    assert failing_letters(good(), TODAY) == ""


def test_an_objective_without_network_or_audience_is_not_specific():
    found = check_objective(good(network=None, audience=""), TODAY)
    assert {f.letter for f in found} == {"S"}
    assert any("names no network" in f.message() for f in found)
    assert any("for whom" in f.message() for f in found)


def test_an_untitled_objective_is_not_specific():
    assert failing_letters(good(title=" "), TODAY) == "S"


def test_an_objective_without_kpi_baseline_or_target_is_not_measurable():
    found = check_objective(good(metric=None, baseline=None, target=None), TODAY)
    assert {f.letter for f in found} == {"M"}
    assert len(found) == 3
    targets = {f.target for f in found}
    assert targets == {"objectives:1:metric", "objectives:1:baseline", "objectives:1:target"}


def test_a_target_below_the_baseline_is_not_an_improvement():
    found = check_objective(good(target=700.0), TODAY)
    assert [f.letter for f in found] == ["M"]
    assert "does not improve" in found[0].message()


def test_for_response_time_lower_is_the_improvement():
    objective = good(kind="customer_care", metric="response_time_hours", baseline=24.0, target=6.0)
    assert failing_letters(objective, TODAY) == ""
    assert (
        failing_letters(
            good(kind="customer_care", metric="response_time_hours", baseline=6.0, target=24.0),
            TODAY,
        )
        == "M"
    )


def test_followers_times_ten_in_a_month_is_not_achievable():
    objective = good(baseline=1000.0, target=10000.0, deadline=date(2026, 3, 31))
    found = check_objective(objective, TODAY)
    assert [f.letter for f in found] == ["A"]
    assert "more than the data supports" in found[0].message()
    assert found[0].params["baseline"] == 1000.0


def test_the_same_growth_over_a_year_and_a_half_is_plausible():
    objective = good(baseline=1000.0, target=10000.0, deadline=date(2027, 9, 1))
    assert failing_letters(objective, TODAY) == ""


def test_a_tiny_account_may_grow_by_the_absolute_slack():
    # From 20 to 150 followers in two months is a lot in ratio, but little in people.
    objective = good(baseline=20.0, target=150.0, deadline=date(2026, 5, 1))
    assert failing_letters(objective, TODAY) == ""


def test_plausible_limit_grows_with_time_and_is_a_floor_for_lower_is_better():
    assert plausible_limit("followers", 1000, 1) < plausible_limit("followers", 1000, 6)
    assert plausible_limit("response_time_hours", 24, 3) < 24
    assert plausible_limit("not_a_kpi", 10, 1) is None


def test_a_kpi_that_does_not_measure_the_kind_is_not_realistic():
    found = check_objective(good(kind="recruitment", metric="followers"), TODAY)
    assert [f.letter for f in found] == ["R"]
    assert "applications" in found[0].message()


def test_an_engagement_rate_of_forty_percent_is_not_realistic():
    objective = good(
        kind="engagement",
        metric="engagement_rate",
        baseline=2.0,
        target=40.0,
        deadline=date(2027, 3, 1),
    )
    letters = failing_letters(objective, TODAY)
    assert "R" in letters
    assert any("beyond what the studies observe" in m for m in messages(objective))


def test_a_rate_above_one_hundred_percent_is_flagged():
    objective = good(kind="traffic", metric="ctr", baseline=1.0, target=140.0)
    assert any("cannot exceed 100 %" in m for m in messages(objective))


def test_a_free_text_metric_is_measurable_but_not_judged_for_growth():
    objective = good(kind="other", metric="shop visits", baseline=10.0, target=1000.0)
    assert failing_letters(objective, TODAY) == ""


def test_an_objective_without_deadline_is_not_time_bound():
    found = check_objective(good(deadline=None), TODAY)
    assert [f.letter for f in found] == ["T"]
    assert found[0].target == "objectives:1:deadline"


def test_a_deadline_before_the_start_is_flagged():
    found = check_objective(good(start=date(2026, 5, 1), deadline=date(2026, 4, 1)), TODAY)
    assert [f.letter for f in found] == ["T"]
    assert "not after its start" in found[0].message()


def test_a_deadline_in_the_past_is_flagged():
    objective = good(
        start=date(2025, 1, 1), deadline=date(2025, 6, 1), baseline=800.0, target=900.0
    )
    assert any("already past" in m for m in messages(objective))


def test_a_deadline_within_two_weeks_leaves_no_time_for_a_trend():
    assert any("less than two weeks" in m for m in messages(good(deadline=date(2026, 3, 8))))


def test_without_a_start_the_objective_starts_today():
    assert failing_letters(good(start=None), TODAY) == ""


def test_failing_letters_are_in_smart_order():
    objective = good(network=None, metric=None, deadline=None)
    assert failing_letters(objective, TODAY) == "SMT"


def test_vague_wording_is_flagged_with_a_suggestion_until_a_kpi_and_target_say_it():
    vague = good(title="Être plus visible", metric=None, target=None)
    found = [
        f
        for f in check_objective(vague, TODAY)
        if f.template.startswith("S: “{objective}” is vague")
    ]
    assert len(found) == 1
    assert found[0].params["words"] == "plus visible"
    assert found[0].params["kpi"] == "reach"  # the usual KPI of an awareness objective
    assert "+20 % reach by the deadline" in found[0].message()
    notoriety = good(title="Plus de notoriété", target=None)
    assert "S" in failing_letters(notoriety, TODAY)
    assert failing_letters(good(title="Plus de notoriété"), TODAY) == ""  # KPI and target set
    assert failing_letters(good(title="+20 % de notoriété d'ici juin", target=None), TODAY) == "M"


def test_the_freelance_days_bought_count_in_the_team_time():
    from smplanner.domain.budget import freelance_days, freelance_hours_per_week
    from smplanner.domain.strategy_checks import check_networks
    from smplanner.domain.strategy_refs import BudgetLine, NetworkChoice, StrategyDocument

    monthly = BudgetLine(1, "freelance", "CM freelance, 2 jours par mois", 900, "month")
    assert freelance_days(monthly) == 2
    assert freelance_days(BudgetLine(2, "ads", "2 days of ads", 50, "month")) is None
    assert freelance_hours_per_week([monthly]) == round(2 * 12 * 7 / 52, 1)  # 3.2 h
    doc = StrategyDocument(
        fields={"audit.team_hours": 2},
        budget_lines=(monthly,),
        network_choices=(NetworkChoice("facebook", "showcase", 3),),
    )
    assert not [f for f in check_networks(doc) if "hours" in f.template]  # 2 + 3.2 ≥ 3
    busy = StrategyDocument(
        fields={"audit.team_hours": 2},
        budget_lines=(monthly,),
        network_choices=(
            NetworkChoice("facebook", "showcase", 4),
            NetworkChoice("instagram", "photos", 4),
        ),
    )
    warning = next(f for f in check_networks(busy) if "freelance days" in f.template)
    assert warning.params["bought"] == 3.2 and warning.params["team"] == 2
