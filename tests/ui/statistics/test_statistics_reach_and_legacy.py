"""Reach objectives where the exports give only post-level reach, and Facebook's legacy
page export (old archives), stored through the import service into a real plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from smplanner.domain.stat_records import DailyValue
from smplanner.services import strategy_edits
from smplanner.services.statistics_import import import_files, preview
from smplanner.services.statistics_ingest import ingest
from smplanner.services.statistics_progress import objectives_progress

EXPORTS = Path(__file__).parents[2] / "fixtures" / "exports"


def reach_objective(plan, network: str = "facebook") -> None:  # type: ignore[no-untyped-def]
    strategy_edits.add_row(
        plan,
        "objectives",
        {
            "kind": "awareness",
            "title": "Faire connaître le fournil",
            "network": network,
            "metric": "reach",
            "baseline": 0,
            "target": 20000,
            "start": "2025-09-01",
            "deadline": "2025-09-30",
        },
    )


def test_a_reach_objective_reads_the_posts_reach_when_no_daily_reach_exists(plan):
    # Meta's posts export (French here) has each post's reach, and no daily reach.
    import_files(plan, preview([EXPORTS / "meta_facebook_posts_fr.csv"]))
    reach_objective(plan)
    (status,) = objectives_progress(plan, today=date(2025, 9, 30))
    assert status.source == "posts"
    assert status.current == 2210 + 11250  # the posts of September (the 1 October one not)
    assert [value for _day, value in status.series] == [2210, 13460]  # cumulative by day


def test_a_daily_reach_series_wins_over_the_posts(plan):
    import_files(plan, preview([EXPORTS / "meta_facebook_posts_fr.csv"]))
    days = [DailyValue("facebook", "", date(2025, 9, d), "reach", 500.0) for d in range(1, 5)]
    ingest(plan, source_label="t", source_kind="t", daily=days)
    reach_objective(plan)
    (status,) = objectives_progress(plan, today=date(2025, 9, 30))
    assert status.source is None and status.current == 2000


def test_the_objectives_panel_says_the_reach_is_summed_from_the_posts(qtbot, french_ui, plan):
    from smplanner.ui.statistics.objectives_panel import NOW, ObjectivesPanel

    import_files(plan, preview([EXPORTS / "meta_facebook_posts_fr.csv"]))
    reach_objective(plan)
    panel = ObjectivesPanel()
    qtbot.addWidget(panel)
    panel.refresh(plan)
    cell = panel.table.item(0, NOW)
    assert cell.text().endswith("(somme des publications)")
    assert "14 400" in cell.text().replace("\u202f", " ").replace("\u00a0", " ")
    assert "compte deux fois" in cell.toolTip()


def test_legacy_page_export_gives_the_page_series(plan, tmp_path):
    lines = [
        "Date,Lifetime Total Likes,Daily New Likes,Daily Unlikes,Daily Total Reach,"
        "Daily Total Impressions",
        "The date,Lifetime: The total number of people who have liked your Page.,"
        "Daily: new likes,Daily: unlikes,Daily: reach,Daily: impressions",
        "9/29/2015,1204,7,1,820,1900",
        "9/30/2015,1210,6,0,1010,2300",
    ]
    path = tmp_path / "Facebook Insights Data Export - Boulangerie Martin.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    previews = preview([path])
    assert previews[0].reading.kinds == ["facebook_legacy_page"]  # type: ignore[union-attr]
    assert previews[0].problems == []  # the row of descriptions is not a day
    import_files(plan, previews)
    stored = {
        (day, metric): value
        for day, metric, value in plan.conn.execute(
            "SELECT day, metric, value FROM stat_daily WHERE network = 'facebook'"
        )
    }
    assert stored == {
        ("2015-09-29", "followers"): 1204,
        ("2015-09-29", "new_followers"): 7,
        ("2015-09-29", "unfollows"): 1,
        ("2015-09-29", "reach"): 820,
        ("2015-09-29", "impressions"): 1900,
        ("2015-09-30", "followers"): 1210,
        ("2015-09-30", "new_followers"): 6,
        ("2015-09-30", "unfollows"): 0,
        ("2015-09-30", "reach"): 1010,
        ("2015-09-30", "impressions"): 2300,
    }
