"""The method's rules on budget, audience, networks, editorial line, community, KPIs."""

from __future__ import annotations

from datetime import date

import pytest

from smplanner.domain.audience import check_audience
from smplanner.domain.budget import check_budget, envelope, lines_total, yearly_amount
from smplanner.domain.community import check_community
from smplanner.domain.editorial import check_editorial
from smplanner.domain.recommendations import core_ages, recommend, role_label
from smplanner.domain.strategy_checks import (
    check_audit,
    check_kpis,
    check_networks,
    check_strategy,
    progress,
    section_complete,
)
from smplanner.domain.strategy_findings import MISSING, SECTIONS, WARNING, Money
from smplanner.domain.strategy_refs import (
    AuditNetwork,
    BudgetLine,
    NetworkChoice,
    ObjectiveKpi,
    ObjectiveRef,
    Persona,
    PillarRef,
    ReplyTemplate,
    StrategyDocument,
)
from smplanner.domain.strategy_templates import all_templates, template_content, template_for_sector
from smplanner.domain.strategy_validation import StrategyValueError, validate_field, validate_row

TODAY = date(2026, 3, 1)


def doc(**values: object) -> StrategyDocument:
    return StrategyDocument(**values)  # type: ignore[arg-type]


def templates(findings) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.message() for f in findings]


# --- budget -------------------------------------------------------------------------


def budget(comm: float = 5, lines: tuple[BudgetLine, ...] = ()) -> StrategyDocument:
    return doc(
        fields={
            "budget.revenue": 200000,
            "budget.communication_percent": comm,
            "budget.digital_percent": 50,
            "budget.social_percent": 50,
        },
        budget_lines=lines or (BudgetLine(1, "ads", "Meta ads", 50, "month"),),
    )


def test_the_envelope_goes_from_revenue_down_to_social_media():
    amounts = envelope(200000, 5, 50, 50)
    assert amounts.communication == 10000
    assert amounts.digital == 5000
    assert amounts.social == 2500
    assert amounts.for_lines == 2500
    assert envelope(200000, 5, None, None).for_lines == 10000
    assert envelope(None, 5, 50, 50).for_lines is None


def test_a_monthly_line_counts_twelve_times_a_year():
    assert yearly_amount(BudgetLine(1, "tools", amount=30, period="month")) == 360
    assert yearly_amount(BudgetLine(1, "contests", amount=200, period="one_off")) == 200
    assert (
        lines_total([BudgetLine(1, "a", amount=1, period="month"), BudgetLine(2, "b", amount=None)])
        == 12
    )


def test_a_budget_within_the_method_raises_nothing():
    assert check_budget(budget()) == []


@pytest.mark.parametrize("share,word", [(1.5, "below"), (12, "above")])
def test_a_communication_share_outside_two_to_ten_percent_warns(share: float, word: str):
    found = check_budget(budget(comm=share))
    assert [f.severity for f in found] == [WARNING]
    assert word in found[0].message()
    assert found[0].target == "budget.communication_percent"


def test_the_edges_of_the_range_are_fine():
    assert check_budget(budget(comm=2)) == []
    assert check_budget(budget(comm=10)) == []


def test_lines_beyond_the_envelope_warn_with_the_amounts():
    lines = (
        BudgetLine(1, "ads", "Ads", 200, "month"),
        BudgetLine(2, "tools", "Canva", 120, "year"),
    )
    found = check_budget(budget(lines=lines))
    assert len(found) == 1
    assert found[0].params["total"] == Money(2520)
    assert found[0].params["over"] == Money(20)
    assert "exceed" not in found[0].message() and "more than the envelope" in found[0].message()
    assert (
        found[0]
        .message(format_money=lambda a: f"{a:.0f} €")
        .startswith("The budget lines add up to 2520 €")
    )


def test_an_empty_budget_lists_what_is_missing():
    found = check_budget(doc())
    assert all(f.severity == MISSING for f in found)
    assert {f.target for f in found} == {
        "budget.revenue",
        "budget.communication_percent",
        "budget.digital_percent",
        "budget.social_percent",
        "budget_lines",
    }


def test_a_line_without_amount_is_missing():
    found = check_budget(budget(lines=(BudgetLine(7, "tools", "Scheduler"),)))
    assert [f.target for f in found] == ["budget_lines:7:amount"]


# --- validation -----------------------------------------------------------------------


def test_a_negative_budget_is_refused():
    with pytest.raises(StrategyValueError) as error:
        validate_field("budget.revenue", -5)
    assert error.value.field == "budget.revenue"
    with pytest.raises(StrategyValueError):
        validate_row("budget_lines", {"amount": -1})


def test_a_share_above_a_hundred_percent_is_refused():
    with pytest.raises(StrategyValueError, match="more than the whole"):
        validate_field("budget.digital_percent", 140)
    with pytest.raises(StrategyValueError, match="0 to 100"):
        validate_row("content_pillars", {"share_percent": 140})


def test_an_upside_down_age_range_is_refused_even_when_typed_one_end_at_a_time():
    with pytest.raises(StrategyValueError, match="upside down"):
        validate_row("personas", {"age_min": 7, "age_max": 3})
    with pytest.raises(StrategyValueError):
        validate_row("personas", {"age_max": 3}, current={"age_min": 7, "age_max": None})
    assert validate_row("personas", {"age_min": "25", "age_max": "34"}) == {
        "age_min": 25,
        "age_max": 34,
    }


def test_text_and_dates_are_cleaned_and_bad_dates_refused():
    assert validate_field("editorial.tone", "  warm  ") == "warm"
    assert validate_field("editorial.tone", "   ") is None
    assert validate_row("objectives", {"deadline": "2026-06-30"}) == {"deadline": "2026-06-30"}
    with pytest.raises(StrategyValueError, match="not a date"):
        validate_row("objectives", {"deadline": "30/06"})
    with pytest.raises(StrategyValueError, match="not a number"):
        validate_field("budget.revenue", "lots")
    with pytest.raises(StrategyValueError, match="168 hours"):
        validate_field("audit.team_hours", 200)


# --- audience and recommendations --------------------------------------------------


def young() -> Persona:
    return Persona(1, "Léa, student", 18, 24, networks=("tiktok", "instagram"))


def senior() -> Persona:
    return Persona(2, "Jean, retired", 65, 80)


def used(*networks: str) -> tuple[NetworkChoice, ...]:
    return tuple(NetworkChoice(n, "role", 2) for n in networks)


def test_personas_not_reached_by_the_chosen_networks_warn():
    found = check_audience(doc(personas=(young(),), network_choices=used("linkedin")))
    messages = templates(found)
    assert any("hardly reached" in m and "Léa" in m for m in messages)
    assert any("uses tiktok, which the plan does not use" in m for m in messages)
    assert any("linkedin mostly reaches people aged 25–64" in m for m in messages)


def test_personas_and_networks_that_meet_raise_no_age_warning():
    found = check_audience(doc(personas=(young(),), network_choices=used("instagram", "tiktok")))
    assert not [f for f in found if f.severity == WARNING]


def test_a_persona_of_seniors_is_not_met_by_snapchat():
    found = check_audience(doc(personas=(senior(),), network_choices=used("snapchat")))
    assert any("hardly reached" in m for m in templates(found))


def test_a_persona_under_thirteen_warns():
    found = check_audience(doc(personas=(Persona(3, "Kid", 8, 12),)))
    assert any("require 13" in m for m in templates(found))


def test_every_network_has_an_age_band():
    from smplanner.domain.networks import network_ids

    for network in network_ids():
        band = core_ages(network)
        assert band is not None and band[0] < band[1]


def test_pinterest_is_recommended_for_craft_and_art():
    found = recommend(doc(sector="craft_art"), "en")
    by_network = {r.network: r for r in found}
    assert "pinterest" in by_network
    assert "Pinterest" in by_network["pinterest"].reasons[0]
    assert by_network["pinterest"].sources  # every reason cites its source


def test_linkedin_is_recommended_for_recruitment_and_b2b():
    recruiting = doc(objectives=(ObjectiveRef(1, "recruitment", "Hire"),))
    assert recommend(recruiting)[0].network == "linkedin"
    assert "linkedin" in {r.network for r in recommend(doc(sector="b2b_services"))}


def test_young_audiences_bring_instagram_and_tiktok_and_older_ones_facebook():
    networks = {r.network for r in recommend(doc(personas=(young(),)))}
    assert {"instagram", "tiktok", "snapchat"} <= networks
    assert {r.network for r in recommend(doc(personas=(senior(),)))} == {"facebook"}


def test_recommendations_speak_the_ui_language():
    french = recommend(doc(sector="craft_art"), "fr")
    assert any("épingle" in reason for r in french for reason in r.reasons)
    assert role_label("showcase", "fr") == "Vitrine de l'entreprise"
    assert role_label("my own words", "fr") == "my own words"


def test_a_network_backed_by_several_reasons_comes_first():
    found = recommend(doc(sector="bakery_food", objectives=(ObjectiveRef(1, "awareness", "x"),)))
    assert found[0].network == "facebook"
    assert len(found[0].reasons) == 2


# --- networks and audit ----------------------------------------------------------------


def test_more_posts_than_the_team_has_hours_for_warns():
    found = check_networks(
        doc(network_choices=used("facebook", "instagram"), fields={"audit.team_hours": 3})
    )
    assert any("the team has 3" in m for m in templates(found))


def test_a_weekly_target_above_the_cap_warns():
    found = check_networks(doc(network_choices=(NetworkChoice("instagram", "photos", 7),)))
    assert any("above the weekly cap of 4" in m for m in templates(found))


def test_many_networks_for_a_small_team_warns():
    found = check_networks(
        doc(
            network_choices=used("facebook", "instagram", "tiktok", "x"),
            fields={"audit.team_hours": 9},
        )
    )
    assert any("better fewer networks" in m for m in templates(found))


def test_a_used_network_without_role_is_missing():
    found = check_networks(doc(network_choices=(NetworkChoice("x", "", 2),)))
    assert [f.target for f in found] == ["network:x"]


def test_an_active_account_silent_for_months_is_flagged_dormant():
    account = AuditNetwork(4, "facebook", last_post=date(2025, 10, 1), active=True)
    found = check_audit(doc(audit_networks=(account,)), TODAY)
    assert any("mark it dormant" in m for m in templates(found))
    dormant = AuditNetwork(4, "facebook", last_post=date(2025, 10, 1), active=False)
    assert not any(
        "dormant" in m for m in templates(check_audit(doc(audit_networks=(dormant,)), TODAY))
    )


# --- editorial line ---------------------------------------------------------------------


def pillars(*items: tuple[str, float]) -> tuple[PillarRef, ...]:
    return tuple(PillarRef(i, kind, share, kind) for i, (kind, share) in enumerate(items, 1))


def test_a_mix_that_does_not_sum_to_a_hundred_warns():
    found = check_editorial(
        doc(
            pillars=pillars(("expertise", 80), ("website_links", 60)),
            fields={"editorial.tone": "warm"},
        )
    )
    assert templates(found) == ["The pillars' shares add up to 140 %, not 100 %."]


def test_an_all_promotion_mix_warns():
    found = check_editorial(doc(pillars=pillars(("promotions", 70), ("website_links", 30))))
    assert any("mostly promotion (70 %)" in m for m in templates(found))
    only = check_editorial(doc(pillars=pillars(("promotions", 0))))
    assert any("mostly promotion" in m for m in templates(only))


def test_nothing_linking_back_to_the_website_warns():
    found = check_editorial(doc(pillars=pillars(("expertise", 50), ("storytelling", 50))))
    assert any("Nothing links back" in m for m in templates(found))


def test_a_balanced_mix_raises_nothing():
    mix = pillars(
        ("expertise", 30), ("storytelling", 30), ("website_links", 20), ("promotions", 20)
    )
    assert check_editorial(doc(pillars=mix, fields={"editorial.tone": "warm"})) == []


def test_the_same_message_everywhere_is_only_for_a_major_event():
    everywhere = {"editorial.same_message_everywhere": True, "editorial.tone": "warm"}
    assert any("major event" in m for m in templates(check_editorial(doc(fields=everywhere))))
    launch = {**everywhere, "editorial.major_event": "Opening of the second shop"}
    assert check_editorial(doc(fields=launch)) == [
        f for f in check_editorial(doc(fields=launch)) if "major event" not in f.message()
    ]
    assert not any("major event" in m for m in templates(check_editorial(doc(fields=launch))))


# --- community and KPIs ----------------------------------------------------------------


def test_an_empty_charter_lists_every_missing_rule():
    found = check_community(doc())
    assert len(found) == 6
    assert all(f.severity == MISSING for f in found)


def test_answering_in_three_days_is_slow():
    fields = {
        "community.moderation": "a_priori",
        "community.response_hours": 72,
        "community.who_answers": "me",
        "community.criticism": "kindly",
        "community.troll_policy": "ignore",
    }
    found = check_community(doc(fields=fields, reply_templates=(ReplyTemplate(1, "Hours"),)))
    assert templates(found) == [
        "Answering within 72 hours is slow: people expect an answer within the day."
    ]


def test_each_objective_needs_kpis_with_source_review_and_denominator():
    objective = ObjectiveRef(5, "engagement", "Community")
    assert [f.target for f in check_kpis(doc(objectives=(objective,)))] == ["kpis_for:5"]
    kpi = ObjectiveKpi(9, 5, "engagement_rate")
    found = check_kpis(doc(objectives=(objective,), kpis=(kpi,)))
    assert {f.target for f in found} == {
        "objective_kpis:9:denominator",
        "objective_kpis:9:source",
        "objective_kpis:9:review",
    }
    complete = ObjectiveKpi(9, 5, "engagement_rate", "Meta Business Suite", "monthly", "reach")
    assert check_kpis(doc(objectives=(objective,), kpis=(complete,))) == []


# --- whole strategy, templates ----------------------------------------------------------


def test_an_empty_strategy_is_missing_something_in_every_section():
    found = check_strategy(doc(), TODAY)
    assert {f.section for f in found} == set(SECTIONS)
    assert progress(found) == (0, 8)  # an empty section is never shown complete
    assert [f.section for f in found] == sorted((f.section for f in found), key=SECTIONS.index)


def test_kpis_wait_for_the_objectives_they_measure():
    found = check_kpis(doc())
    assert [(f.severity, f.target) for f in found] == [("missing", "objective_kpis")]
    assert "objectives first" in found[0].message()


def test_a_section_with_only_warnings_counts_as_complete():
    found = check_budget(budget(comm=15))
    assert section_complete(found, "budget")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_template_is_a_balanced_start(language: str):
    for template in all_templates():
        content = template_content(template.id, language)
        assert content.objectives and content.networks and content.pillars
        mix = tuple(
            PillarRef(i, p["name"], p["share_percent"], p["kind"])
            for i, p in enumerate(content.pillars)
        )
        warnings = [f for f in check_editorial(doc(pillars=mix)) if f.severity == WARNING]
        assert warnings == [], template.id


def test_a_sector_finds_its_template():
    assert template_for_sector("bakery_food").id == "food_shop"  # type: ignore[union-attr]
    assert template_for_sector("other") is None
