"""The bakery's goals can be written: footfall and local reach with their KPIs, a
Google Business Profile channel, apprentices recruited where 16–20-year-olds are, and
every recommendation citing a source that says what its reason says."""

from __future__ import annotations

import re
from datetime import date

import pytest

from smplanner.domain import recommendations
from smplanner.domain.kpi_catalogue import KPIS_FOR_KIND, kpi
from smplanner.domain.networks import network
from smplanner.domain.smart import check_objective
from smplanner.domain.strategy_refs import ObjectiveRef, StrategyDocument
from smplanner.services import strategy_edits, strategy_queries
from smplanner.ui.document import PlanDocument
from smplanner.ui.strategy.strategy_tab import StrategyTab

TODAY = date(2026, 12, 3)


def bakery(*objectives: ObjectiveRef) -> StrategyDocument:
    return StrategyDocument(sector="bakery_food", objectives=objectives)


FOOTFALL = ObjectiveRef(
    1,
    "footfall",
    "More people through the door of the two shops",
    network="google_business",
    metric="store_visits",
    baseline=1200,
    target=1400,
    start=date(2027, 1, 1),
    deadline=date(2027, 6, 30),
    audience="Neighbours within 2 km",
)
APPRENTICES = ObjectiveRef(
    2, "recruitment", "Recruit two baking apprentices", audience="Apprentices 16–20 years"
)


def test_the_bakerys_footfall_objective_is_smart_with_a_local_kpi():
    assert check_objective(FOOTFALL, TODAY) == []
    assert KPIS_FOR_KIND["footfall"][0] == "store_visits"
    for kpi_id in ("direction_requests", "calls", "new_reviews", "profile_views"):
        item = kpi(kpi_id)
        assert item is not None and item.source_hint == "business_profile"
    assert network("google_business").name == "Google Business Profile"


def test_a_local_business_is_sent_to_its_google_business_profile():
    found = {r.network: r for r in recommendations.recommend(bakery(FOOTFALL), "fr")}
    assert "google_business" in found
    profile = found["google_business"]
    assert profile.role == "local_search"
    assert any("Aide Google Business Profile" in s for s in profile.sources)
    assert any("itinéraire" in reason for reason in profile.reasons)


def test_apprentices_are_reached_on_tiktok_instagram_snapchat_and_job_boards():
    found = recommendations.recommend(bakery(FOOTFALL, APPRENTICES), "en")
    by_place = {r.network: r for r in found}
    for place in ("tiktok", "instagram", "snapchat", "job_boards"):
        assert place in by_place, place
        assert any("apprentice" in reason.lower() for reason in by_place[place].reasons), place
    assert "linkedin" not in by_place
    assert by_place["job_boards"].is_channel
    assert "La bonne alternance" in by_place["job_boards"].sources[0]
    assert recommendations.channel_label("job_boards", "fr").startswith("Sites d'offres")


@pytest.mark.parametrize(
    ("title", "audience", "target"),
    [
        ("Recruter deux apprentis", "", "young"),
        ("Recruit bakers", "16-20 ans", "young"),
        ("Recruit a shop manager", "Experienced sales staff, 30 to 50 years", "experienced"),
        ("Hire a pastry chef", "", "experienced"),
    ],
)
def test_who_a_recruitment_is_for_is_read_from_its_words(title, audience, target):
    doc = bakery(ObjectiveRef(3, "recruitment", title, audience=audience))
    assert recommendations.recruitment_target(doc) == target


def test_experienced_staff_are_reached_on_linkedin_citing_its_graduate_audience():
    doc = bakery(
        ObjectiveRef(3, "recruitment", "Hire a shop manager", audience="5 years' experience")
    )
    linkedin = next(r for r in recommendations.recommend(doc, "en") if r.network == "linkedin")
    assert linkedin.role == "recruitment"
    assert linkedin.sources == (recommendations.source_text("pew_2021", "en"),)
    assert "graduate" in linkedin.reasons[0]


def test_every_rule_cites_a_known_source_whose_figures_it_repeats():
    data = recommendations.network_data()
    for rule in data["rules"]:
        assert rule["source"] in data["sources"], rule
        assert rule["source"] in data["sources_fr"], rule
        facts = data["networks"].get(rule["network"], {}).get("age_basis", "")
        for language in ("en", "fr"):
            for figure in re.findall(r"(\d+)\s*%", rule["reason"][language]):
                # a percentage quoted in a reason is one the network's cited figures give
                assert figure in facts, (rule["network"], figure, rule["reason"][language])
        place = rule["network"]
        assert place in data["networks"] or place in data["channels"], place


def test_no_recruitment_reason_cites_a_post_performance_study():
    for rule in recommendations.network_data()["rules"]:
        if "recruitment" in rule.get("objectives", []):
            assert rule["source"] not in ("metricool_2025", "rival_iq_2025", "emplifi"), rule


def make_tab(qtbot, plan) -> tuple[StrategyTab, PlanDocument]:  # type: ignore[no-untyped-def]
    document = PlanDocument(plan)
    tab = StrategyTab(document)
    document.changed.connect(tab.on_changes)
    qtbot.addWidget(tab)
    tab.show()
    return tab, document


def test_an_objectives_kpi_opens_section_8_and_a_new_row_takes_the_selected_objective(
    qtbot, plan, french_ui
):
    from smplanner.domain.strategy_findings import SECTIONS

    tab, document = make_tab(qtbot, plan)
    tab.sections.setCurrentRow(SECTIONS.index("objectives"))
    objectives = tab.page("objectives").tables["objectives"]  # type: ignore[attr-defined]
    first = objectives.add()
    second = objectives.add()
    assert first is not None and second is not None
    metric = [c.name for c in objectives.model.columns].index("metric")
    steps = document.undo_stack.count()
    assert objectives.model.setData(objectives.model.index(0, metric), "direction_requests")
    kpis = strategy_edits.list_rows(plan, "objective_kpis")
    assert [(k["objective_id"], k["kpi"]) for k in kpis] == [(first, "direction_requests")]
    assert kpis[0]["source"] == "Google Business Profile, page Performances"
    assert document.undo_stack.count() == steps + 1  # the KPI came with the metric
    tab.sections.setCurrentRow(SECTIONS.index("kpis"))
    table = tab.page("kpis").tables["objective_kpis"]  # type: ignore[attr-defined]
    assert table.model.rows[0]["kpi"] == "direction_requests"
    table.view.setCurrentIndex(table.model.index(0, 0))
    table.add()  # the selected row's objective
    assert strategy_edits.list_rows(plan, "objective_kpis")[-1]["objective_id"] == first
    table.view.setCurrentIndex(table.model.index(-1, -1))  # nothing selected
    table.add()  # nothing selected: the objective without a KPI, its kind's usual one
    last = strategy_edits.list_rows(plan, "objective_kpis")[-1]
    assert last["objective_id"] == second and last["kpi"] == KPIS_FOR_KIND["awareness"][0]
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert strategy_edits.list_rows(plan, "objective_kpis") == []
    assert strategy_queries.strategy_document(plan).objectives[0].metric in (None, "")
