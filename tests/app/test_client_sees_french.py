"""What the client sees is French: generated post titles, sources, error reasons,
the workshop's to-do texts, the typed-figures dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from smplanner.domain.budget import check_budget
from smplanner.domain.plan_properties import PlanProperties
from smplanner.domain.recommendations import recommend
from smplanner.domain.slots import slot_sources
from smplanner.domain.smart import check_objective
from smplanner.domain.strategy_refs import BudgetLine, ObjectiveRef, StrategyDocument
from smplanner.services import calendar_planning, calendar_queries
from smplanner.storage.plan_file import create_plan


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("fr", {"Teasing", "Révélation", "Compte à rebours", "Lancement", "Bilan"}),
        ("en", {"Teaser", "Reveal", "Countdown", "Launch", "Recap"}),
    ],
)
def test_retro_planning_titles_follow_the_plans_language(tmp_path, language, titles):
    plan = create_plan(tmp_path / "p.smplan", PlanProperties("Fournil", language=language))
    try:
        ids, _unplaced, _ = calendar_planning.retroplan(
            plan,
            date(2027, 1, 6),
            "product_launch",
            ["instagram"],
            title="Galette des rois",
            today=date(2026, 12, 1),
        )
        posts = calendar_queries.posts_by_id(plan, ids)
        steps = {p.title.split(" — ", 1)[1] for p in posts}
        assert steps == titles
        assert all(p.title.startswith("Galette des rois — ") for p in posts)
    finally:
        plan.close()


def test_a_retro_planning_without_an_event_name_uses_the_french_template_name(tmp_path):
    plan = create_plan(tmp_path / "p.smplan", PlanProperties("Fournil", language="fr"))
    try:
        ids, _, _ = calendar_planning.retroplan(
            plan, date(2027, 3, 3), "sales", ["facebook"], today=date(2026, 12, 1)
        )
        titles = {p.title for p in calendar_queries.posts_by_id(plan, ids)}
        assert "Soldes ou promotion — Annonce" in titles
    finally:
        plan.close()


def test_time_slot_sources_are_given_in_french():
    french = slot_sources("instagram", "fr")
    assert any("Règle empirique" in text for text in french)
    assert not any("best times to post" in text for text in french)
    assert slot_sources("instagram", "en") != french


def test_recommendation_sources_have_french_notes():
    docs = [
        StrategyDocument(sector=sector)  # type: ignore[call-arg]
        for sector in ("bakery_food", "craft_art", "b2b_services", "retail_fashion")
    ]
    sources = [s for doc in docs for rec in recommend(doc, "fr") for s in rec.sources]
    assert sources, "a bakery gets recommendations"
    assert not any("secondary reporting" in s or "heuristic, not a study" in s for s in sources)


def test_a_damaged_zip_says_why_in_french(french_ui, tmp_path):
    from smplanner.importers.tabular_files import read_tables
    from smplanner.ui.core_messages import error_text

    data = b"PK\x03\x04" + b"\x00" * 40  # a zip header and nothing behind it
    with pytest.raises(Exception) as caught:
        read_tables("export.zip", data)
    text = error_text(caught.value)
    assert "not a zip file" not in text and "File is" not in text
    assert "endommagée ou tronquée" in text


def test_workshop_to_do_names_budget_kinds_and_untitled_objectives_in_french(french_ui):
    from smplanner.texts.finding_texts import finding_text

    budget = StrategyDocument(budget_lines=(BudgetLine(1, "ads"),))  # type: ignore[call-arg]
    texts = [finding_text(f, "EUR") for f in check_budget(budget)]
    line = next(t for t in texts if "montant" in t)
    assert "Publicité" in line or "publicité" in line.lower(), line
    assert "ads" not in line

    untitled = check_objective(ObjectiveRef(1, "awareness", ""), date(2026, 12, 1))
    texts = [finding_text(f, "EUR") for f in untitled]
    assert any("(sans titre)" in t for t in texts)
    assert not any("untitled" in t for t in texts)


def test_typed_figures_dialog_shows_network_and_metric_names(qtbot, french_ui, plan):
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.manual_entry_dialog import ManualEntryDialog

    dialog = ManualEntryDialog(PlanDocument(plan))
    qtbot.addWidget(dialog)
    networks = [dialog.network.itemText(i) for i in range(dialog.network.count())]
    assert "Facebook" in networks and "facebook" not in networks
    figures = [dialog.figure.itemText(i) for i in range(dialog.figure.count())]
    assert "leads" not in figures and "sales" not in figures
    dialog.network.setFocus()
    qtbot.keyClick(dialog.network, Qt.Key.Key_End)
    assert dialog.network.currentData() == dialog.network.itemData(dialog.network.count() - 1)


def _status(metric: str, current: float | None, target: float | None, achieved=None, state=None):
    from smplanner.domain.objective_progress import NO_DATA, Progress
    from smplanner.services.statistics_progress import ObjectiveStatus

    objective = ObjectiveRef(1, "engagement", "Faire réagir", "instagram", metric, 0, target)
    return ObjectiveStatus(objective, current, [], Progress(state or NO_DATA, achieved, None))


def test_objective_wording_says_the_real_cause_and_flags_implausible_figures(qtbot, french_ui):
    from smplanner.domain.objective_progress import REACHED
    from smplanner.ui.statistics.objectives_panel import ObjectivesPanel

    panel = ObjectivesPanel()
    qtbot.addWidget(panel)
    assert panel.status_text(_status("reach", 5750, 1000, 5.75, REACHED)) == "Cible dépassée (×5,8)"
    assert panel.status_text(_status("reach", 1000, 1000, 1.0, REACHED)) == "Atteint (100 %)"
    assert panel.status_text(_status("reach", 800, None)) == "Pas de cible fixée"
    assert panel.status_text(_status("reach", None, 1000)) == "Pas encore de données"
    assert panel.figure(22.24, "percent") == "22,24 %"
    assert panel.implausible(_status("engagement_rate", 22.24, 5)) == ""
    doubt = panel.implausible(_status("engagement_rate", 133.95, 5))
    assert "133,95 %" in doubt and "vérifiez" in doubt
