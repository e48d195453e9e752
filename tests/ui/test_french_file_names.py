"""The names the save dialogs suggest are in the interface's language: a French
community manager's folder holds "Boulangerie Martin - publications.csv", not
"Boulangerie Martin.posts.csv" or "chart.png"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from smplanner.storage.plan_file import PlanFile
from tests.deliverables_sample_plan import fill_rich_plan


@pytest.fixture(params=["fr", "en"])
def language(request, qapp):  # type: ignore[no-untyped-def]
    from smplanner.ui.i18n import install_translators

    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def test_save_dialogs_suggest_names_in_the_interface_language(
    language, window, plan: PlanFile, prompts, monkeypatch, qtbot
):  # type: ignore[no-untyped-def]
    fill_rich_plan(plan, date(2026, 11, 2))
    window.set_plan(plan)
    suggested: list[str] = []

    def ask_save(title: str, path: Path, file_filter: str) -> None:
        suggested.append(path.name)

    window.deliverables.ask_save = ask_save
    window.deliverables.export_csv("posts")
    window.deliverables.export_csv("statistics")
    exchange = window.calendar_exchange
    exchange.ask_save = ask_save
    exchange.run_dialog = lambda dialog: True
    exchange.export("calendar-csv")
    prompts.save_paths = [None]
    window.file_actions.save_as()
    suggested.append(Path(prompts.asked[-1][1]).name)
    tabs = window.plan_view.tabs
    tabs.setCurrentIndex(2)
    statistics = getattr(tabs.currentWidget(), "content", tabs.currentWidget())
    from smplanner.ui.statistics import statistics_tab

    def get_save_file_name(parent, title, path, file_filter):  # type: ignore[no-untyped-def]
        suggested.append(Path(path).name)
        return "", ""

    monkeypatch.setattr(statistics_tab.QFileDialog, "getSaveFileName", get_save_file_name)
    statistics._export_png()
    from smplanner.ui.statistics import posts_pane

    monkeypatch.setattr(posts_pane.QFileDialog, "getSaveFileName", get_save_file_name)
    statistics.posts_pane._export_csv()
    stem = plan.path.stem
    if language == "fr":
        assert suggested == [
            f"{stem} - publications.csv",
            f"{stem} - statistiques.csv",
            f"{stem} - calendrier.csv",
            f"{stem} - copie.smplan",
            f"{stem} - graphique.png",
            "publications.csv",
        ]
    else:
        assert suggested == [
            f"{stem} - posts.csv",
            f"{stem} - statistics.csv",
            f"{stem} - calendar.csv",
            f"{stem} copy.smplan",
            f"{stem} - chart.png",
            "posts.csv",
        ]
