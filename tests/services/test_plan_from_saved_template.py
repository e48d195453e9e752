"""A plan made from a saved template is a new client's plan: its own identity and
properties, the template's strategy, no account token."""

from __future__ import annotations

from smplanner.domain.plan_properties import PlanProperties
from smplanner.services import strategy_queries
from smplanner.services.templates import list_templates, new_plan_from_template, save_template
from smplanner.storage import strategy_repo
from smplanner.storage.plan_properties_repo import plan_uuid, read_properties


def test_a_plan_from_a_saved_template_is_the_new_clients(plan, tmp_path) -> None:  # type: ignore[no-untyped-def]
    strategy_repo.insert_row(plan, "content_pillars", {"name": "Recettes", "kind": "expertise"})
    with plan.transaction():
        plan.conn.execute("UPDATE plan SET created_at = '2020-01-06T09:00:00+00:00'")
    save_template(plan, "Boulangerie", tmp_path / "templates")
    (choice,) = [c for c in list_templates(tmp_path / "templates", "fr") if not c.builtin]
    new = new_plan_from_template(
        choice,
        tmp_path / "Fleuriste Durand.smplan",
        PlanProperties(client_name="Fleuriste Durand", sector="florist", language="fr"),
    )
    try:
        assert read_properties(new).client_name == "Fleuriste Durand"
        assert read_properties(new).sector == "florist"
        assert plan_uuid(new) != plan_uuid(plan)
        created, updated = new.conn.execute(
            "SELECT created_at, updated_at FROM plan WHERE id = 1"
        ).fetchone()
        assert created == updated
        assert created > "2026"  # made now, not when the template's plan was
        pillars = [row["name"] for row in strategy_repo.list_rows(new, "content_pillars")]
        assert "Recettes" in pillars
        assert strategy_queries.strategy_document(new).sector == "florist"
    finally:
        new.close()
