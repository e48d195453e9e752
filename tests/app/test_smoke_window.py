from pathlib import Path

from smplanner.storage.plan_file import PlanFile


def test_opening_a_plan_shows_the_client_in_the_title(window, plan: PlanFile, plan_path: Path):
    plan.close()
    assert window.file_actions.open_path(plan_path)
    assert window.windowTitle().startswith("Boulangerie Martin — Boulangerie Martin.smplan")
    assert window.plan_view is not None
    assert window.plan_view.strategy.header.client_label.text() == "Boulangerie Martin"
