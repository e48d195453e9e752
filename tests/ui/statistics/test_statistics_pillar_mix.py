"""The pillar mix in the Statistics tab: per content pillar, the workshop's mix beside
the planned and published shares of the tab's period and the interactions of the
published posts, drifts marked; read on a worker from a real plan file."""

from __future__ import annotations

import threading
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from smplanner.domain.pillar_results import CampaignResult, campaign_results, pillar_results
from smplanner.domain.post_refs import CampaignRef, PostRef
from smplanner.domain.strategy_refs import PillarRef
from smplanner.services import pillar_mix_check
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.statistics.pillar_mix_panel import DRIFT_FILL
from tests.deliverables_sample_plan import fill_rich_plan

PARIS = ZoneInfo("Europe/Paris")
TODAY = date(2026, 12, 1)


def _post(post_id: int, pillar: int | None, status: str, day: int) -> PostRef:
    moment = datetime(2026, 11, day, 9, tzinfo=PARIS)
    return PostRef(post_id, "instagram", moment, status, f"#{post_id}", "", pillar_id=pillar)


def test_shares_are_of_the_posts_with_a_pillar_and_figures_count_published_posts() -> None:
    pillars = [
        PillarRef(1, "Coulisses", share_percent=30),
        PillarRef(2, "Recettes", share_percent=30),  # 30 + 30: scaled to 50 / 50
        PillarRef(3, "Équipe"),
    ]
    posts = [
        _post(1, 1, "published", 2),
        _post(2, 1, "published", 3),
        _post(3, 1, "published", 4),
        _post(4, 2, "scheduled", 5),
        _post(5, 2, "published", 6),
        _post(6, None, "published", 7),  # no pillar: apart
        _post(7, 9, "draft", 8),  # a pillar the workshop no longer has: apart
        _post(8, 2, "draft", 28),  # after the period below
    ]
    figures = {1: {"likes": 10, "comments": 2}, 2: {"likes": 4}, 4: {"likes": 99}, 6: {"likes": 7}}
    results = pillar_results(posts, pillars, figures, date(2026, 11, 1), date(2026, 11, 20))
    behind, recipes, team = results.rows
    assert (results.planned, results.published) == (5, 4)
    assert (results.planned_without_pillar, results.published_without_pillar) == (2, 1)
    assert (behind.target, behind.planned_share, behind.published_share) == (50.0, 60.0, 75.0)
    assert (recipes.planned_share, recipes.published_share) == (40.0, 25.0)
    assert (team.target, team.planned, team.published_share) == (0.0, 0, 0.0)
    # Interactions of the published posts with figures (post 4 is not published yet).
    assert (behind.measured, behind.interactions, behind.mean) == (2, 16.0, 8.0)
    assert (recipes.measured, recipes.mean) == (0, None)
    assert behind.gap == 25.0 and recipes.gap == -25.0
    assert [r.name for r in results.drifting()] == ["Coulisses", "Recettes"]  # beyond 15
    # Every dated post when there is no period.
    assert pillar_results(posts, pillars, figures).planned == 6


def test_engagement_per_campaign_counts_its_posts_of_the_period() -> None:
    from dataclasses import replace

    galette = CampaignRef(4, "Galette", "campaign", date(2026, 11, 1), date(2026, 11, 30))
    quiet = CampaignRef(5, "Soldes", "sales", date(2026, 11, 1), date(2026, 11, 30))
    posts = [
        replace(_post(1, 1, "published", 2), campaign_id=4),
        replace(_post(2, 1, "published", 3), campaign_id=4),
        replace(_post(3, None, "scheduled", 4), campaign_id=4),
        replace(_post(4, None, "published", 25), campaign_id=4),  # after the period
        _post(5, 1, "published", 5),  # in no campaign
        replace(_post(6, 1, "published", 6), campaign_id=99),  # a campaign since deleted
    ]
    figures = {1: {"likes": 30}, 3: {"likes": 500}, 5: {"likes": 8}}
    found = campaign_results(
        posts, [galette, quiet], figures, date(2026, 11, 1), date(2026, 11, 20)
    )
    # The scheduled post's figures do not count: it is not published.
    assert found == (CampaignResult(4, "Galette", 3, 2, 1, 30.0),)
    assert found[0].mean == 30.0


@pytest.fixture
def rich_plan(plan: PlanFile) -> PlanFile:
    fill_rich_plan(plan, TODAY)
    return plan


def _statistics_tab(qtbot, plan):  # type: ignore[no-untyped-def]
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.statistics_tab import StatisticsTab

    document = PlanDocument(plan)
    tab = StatisticsTab(document)
    document.changed.connect(tab.on_changes)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _open_pane(qtbot, tab):  # type: ignore[no-untyped-def]
    """Click the "Pillar mix" tab as the user does; wait for its figures."""
    bar = tab.details.tabBar()
    index = tab.details.indexOf(tab.pillar_mix)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tab.details.currentWidget() is tab.pillar_mix
    qtbot.waitUntil(lambda: tab.pillar_mix.results is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not tab.pillar_mix.is_reading(), timeout=10_000)
    return tab.pillar_mix


def _row(panel, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [panel.table.item(row, column).text() for column in range(panel.table.columnCount())]


def test_the_pane_reads_the_plan_on_a_worker_and_marks_the_drift_in_french(
    qtbot, french_ui, rich_plan, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    threads: list[threading.Thread] = []
    original = pillar_mix_check.pillar_results_between

    def spy(plan, first=None, after=None):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return original(plan, first, after)

    monkeypatch.setattr(pillar_mix_check, "pillar_results_between", spy)
    tab = _statistics_tab(qtbot, rich_plan)
    assert threads == []  # nothing read while the pane is hidden
    panel = _open_pane(qtbot, tab)
    assert threads and all(t is not threading.main_thread() for t in threads)
    # All time: 55 planned posts with a pillar, the 5 published ones all "behind the
    # scenes" (the sample's exports), 40/60 set in the workshop.
    assert _row(panel, 0) == [
        "Coulisses du fournil",
        "40\u00a0%",
        "51\u00a0%",
        "100\u00a0%",
        "+60",
        "5",
        "1\u202f058",
        "211,6",
    ]
    assert _row(panel, 1)[:6] == ["Recettes", "60\u00a0%", "49\u00a0%", "0\u00a0%", "\u221260", "0"]
    assert _row(panel, 1)[6:] == ["–", "–"]
    summary = panel.summary.text()
    assert "55 publications prévues et 5 publiées avec un pilier sur la période." in summary
    assert "Au-delà de la tolérance de 15 points : Coulisses du fournil, Recettes." in summary
    # The sample's campaign: its four posts of the first week and the two variants of
    # the first (Facebook, LinkedIn), none published yet.
    assert panel.campaigns_table.isVisible() and panel.campaigns_table.rowCount() == 1
    assert [panel.campaigns_table.item(0, c).text() for c in range(5)] == [
        "Galette des rois",
        "6",
        "0",
        "–",
        "–",
    ]
    published = panel.table.item(0, 3)
    assert published.background().color() == DRIFT_FILL
    assert published.toolTip() == "À 60 points du mix défini en atelier"
    panel.grab().save("/tmp/statistics_pillar_mix_fr.png")
    tab.grab().save("/tmp/statistics_tab_pillar_mix_fr.png")


def test_the_pane_follows_the_tabs_period(qtbot, rich_plan) -> None:  # type: ignore[no-untyped-def]
    tab = _statistics_tab(qtbot, rich_plan)
    panel = _open_pane(qtbot, tab)
    assert panel.results.planned == 55
    # Custom: 1 December 2026 to 6 December 2026, typed in the date fields.
    tab.period.setFocus()
    while tab.period.currentData() != "custom":
        qtbot.keyClick(tab.period, Qt.Key.Key_Down)
    for edit, day in ((tab.start_edit, "12/01/2026"), (tab.end_edit, "12/06/2026")):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, day)
    assert tab.period_bounds() == (date(2026, 12, 1), date(2026, 12, 6))
    qtbot.waitUntil(lambda: panel.results.planned == 7 and not panel.is_reading(), timeout=10_000)
    assert panel.results.published == 0
    assert [_row(panel, r)[3] for r in range(2)] == ["–", "–"]  # nothing published yet
    assert "7 planned and 0 published posts with a pillar in the period." in panel.summary.text()


def test_a_plan_without_pillars_says_where_to_set_them(qtbot, plan) -> None:  # type: ignore[no-untyped-def]
    tab = _statistics_tab(qtbot, plan)
    panel = _open_pane(qtbot, tab)
    assert panel.table.rowCount() == 0 and not panel.campaigns_table.isVisible()
    assert panel.summary.text() == (
        "No content pillars yet: set them in the Strategy tab (Editorial line)."
    )
