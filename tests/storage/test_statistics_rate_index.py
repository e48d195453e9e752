"""Engagement rates kept in an index (migration statistics 0003): the posts table's sort
by rate reads a page at a time, with the figures the KPI formulas give, on a new plan,
after a re-import, an update, an undo, and on a plan made before the index existed.

benchmarks/statistics_tab.py measures it at 1,000,000 posts (15 s before, a page now).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from smplanner.domain import kpi
from smplanner.domain.plan_properties import PlanProperties
from smplanner.domain.stat_records import StatPost
from smplanner.services import statistics_queries as queries
from smplanner.services.statistics_ingest import ingest, undo_import
from smplanner.storage import statistics_post_figures as figures
from smplanner.storage.migrations import feature_steps
from smplanner.storage.migrations import statistics_schema as statistics_migrations
from smplanner.storage.plan_file import PlanFile, create_plan, open_plan
from smplanner.ui.statistics.post_id_pages import PagedIds
from tests.storage.test_plan_file_storage import make_older_plan

FIRST = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def posts(scale: float = 1.0) -> list[StatPost]:
    """Posts of four networks whose rates EXPORT_FORMATS.md's formulas give by hand
    (below), with ties and posts without a rate."""
    made = []
    for i in range(40):
        network = ("facebook", "x", "linkedin", "tiktok")[i % 4]
        likes = float(i % 7) * scale
        if network == "facebook":  # (reactions + comments + shares) / reach
            metrics = {"reactions": likes, "comments": 2.0, "shares": 1.0, "reach": 100.0}
        elif network == "x":  # engagements / impressions
            metrics = {"engagements": likes + 3.0, "impressions": 200.0}
        elif network == "linkedin":  # clicks, reactions, comments, shares, follows / impressions
            metrics = {"clicks": 1.0, "likes": likes, "impressions": 50.0}
        else:  # TikTok by views; no views at all: no rate
            metrics = {"likes": likes, "views": 0.0 if i % 8 == 3 else 400.0}
        made.append(
            StatPost(
                network=network,
                account="",
                external_id=f"{network}-{i}",
                link=None,
                published_at=FIRST + timedelta(hours=5 * (i // 3)),  # threes share a minute
                text=f"Publication {i}",
                metrics=metrics,
            )
        )
    return made


def expected_order(plan: PlanFile, *, descending: bool) -> list[int]:
    """Ids sorted by the domain's rate, ties oldest first (a stable sort)."""
    stored = sorted(queries.stat_posts(plan), key=lambda s: (s.post.published_at, s.id))
    rate = {s.id: kpi.post_engagement_rate(s.post.network, s.post.metrics).value for s in stored}
    key = {i: -1.0 if value is None else value for i, value in rate.items()}  # as the table
    ids = [s.id for s in stored]
    return sorted(ids, key=lambda i: -key[i] if descending else key[i])


def pages(plan: PlanFile, *, descending: bool, size: int = 7) -> list[int]:
    found: list[int] = []
    while page := queries.post_table_id_page(
        plan, len(found), size, sort="rate", descending=descending
    ):
        found.extend(page)
    return found


@pytest.fixture
def plan(tmp_path: Path):  # type: ignore[no-untyped-def]
    made = create_plan(tmp_path / "Rates.smplan", PlanProperties("Rates", timezone="Europe/Paris"))
    yield made
    made.close()


def test_the_rate_index_is_the_formula_of_this_release() -> None:
    text = "\n".join(statistics_migrations.rate_index_statements())
    assert hashlib.sha256(text.encode()).hexdigest() == statistics_migrations.RATE_INDEX_SHA256, (
        "The KPI formulas changed: add a statistics migration step that drops and re-creates"
        " the stat_posts_by_rate_* indexes, then update RATE_INDEX_SHA256."
    )
    text = statistics_migrations.network_rate_index_statement()
    assert (
        hashlib.sha256(text.encode()).hexdigest() == statistics_migrations.NETWORK_RATE_INDEX_SHA256
    ), (
        "The KPI formulas changed: add a statistics migration step that drops and re-creates"
        " stat_posts_by_network_rate, then update NETWORK_RATE_INDEX_SHA256."
    )


def test_a_sort_by_rate_either_way_is_a_walk_of_an_index(plan) -> None:
    for direction in ("DESC", "ASC"):
        sql = (
            f"EXPLAIN QUERY PLAN SELECT p.id FROM stat_posts p ORDER BY {figures.RATE_SORT}"
            f" {direction}, p.published_at, p.id LIMIT 10 OFFSET 20"
        )
        steps = " / ".join(row[-1] for row in plan.conn.execute(sql))
        assert "USING INDEX stat_posts_by_rate_" in steps and "TEMP B-TREE" not in steps, steps


def test_pages_by_rate_give_the_formulas_figures_in_order(plan) -> None:
    ingest(plan, source_label="export.csv", source_kind="mixed", posts=posts())
    for descending in (True, False):
        assert pages(plan, descending=descending) == expected_order(plan, descending=descending)
    best = queries.post_table_rows(plan, pages(plan, descending=True)[:1])
    (row,) = best.values()
    # The best: LinkedIn's post 6 (1 click + 6 likes = 7 / 50 impressions = 14 %; post 34
    # ties, later); Facebook's best is 9 %, X's 4.5 %, TikTok's 1.5 %.
    assert (row.network, row.rate, row.denominator) == (
        "linkedin",
        pytest.approx(14.0),
        "impressions",
    )
    by_text = {
        r.text: r for r in queries.post_table_rows(plan, pages(plan, descending=True)).values()
    }
    assert by_text["Publication 4"].rate == pytest.approx((4 + 2 + 1) / 100 * 100)  # Facebook
    assert by_text["Publication 5"].rate == pytest.approx((5 + 3) / 200 * 100)  # X
    assert by_text["Publication 11"].rate is None  # TikTok with 0 views: no rate
    worst_first = pages(plan, descending=False)
    assert by_text["Publication 3"].id in worst_first[:5]  # no rate sorts first ascending


def test_a_re_import_adds_nothing_and_an_update_or_undo_moves_the_posts(plan) -> None:
    first = ingest(plan, source_label="export.csv", source_kind="mixed", posts=posts())
    before = pages(plan, descending=True)
    again = ingest(plan, source_label="export.csv", source_kind="mixed", posts=posts())
    assert again.nothing_new and queries.stat_post_count(plan) == 40
    assert pages(plan, descending=True) == before
    # A later export with other figures: the index follows the upsert...
    changed = ingest(plan, source_label="later.csv", source_kind="mixed", posts=posts(scale=3.0))
    assert changed.posts_updated > 0 and queries.stat_post_count(plan) == 40
    after = pages(plan, descending=True)
    assert after == expected_order(plan, descending=True) and after != before
    # ... and its undo (the earlier figures written back).
    undo_import(plan, changed.import_id)
    assert pages(plan, descending=True) == before
    undo_import(plan, first.import_id)
    assert pages(plan, descending=True) == []


def _step_number(name: str) -> int:
    count = 0
    for _feature, steps in feature_steps():
        for step_name, _function in steps:
            if step_name == name:
                return count
            count += 1
    raise AssertionError(name)


def test_a_plan_made_before_the_index_gets_it_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "Ancien.smplan"
    make_older_plan(path, _step_number("0003_posts_by_rate"))
    with sqlite3.connect(path) as conn:  # posts an older smplanner imported
        conn.execute(
            "INSERT INTO stat_imports (id, source_label, source_kind, imported_at)"
            " VALUES (1, 'old.csv', 'mixed', '2026-01-05T09:00:00+00:00')"
        )
        conn.executemany(
            "INSERT INTO stat_posts (network, external_id, published_at, text, metrics, import_id)"
            " VALUES (?, ?, ?, ?, ?, 1)",
            [
                (
                    p.network,
                    p.external_id,
                    p.published_at.isoformat() if p.published_at else None,
                    p.text,
                    json.dumps(p.metrics),
                )
                for p in posts()
            ],
        )
        assert not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name LIKE 'stat_posts_by_rate%'"
        ).fetchall()
    conn.close()
    with open_plan(path) as migrated:
        names = {
            row[0]
            for row in migrated.conn.execute(
                "SELECT name FROM sqlite_master WHERE name LIKE 'stat_posts_by_rate%'"
            )
        }
        assert names == {"stat_posts_by_rate_desc", "stat_posts_by_rate_asc"}
        assert pages(migrated, descending=True) == expected_order(migrated, descending=True)
        assert migrated.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert list(tmp_path.glob("Ancien (format * backup).smplan"))


def test_clicking_the_rate_header_shows_the_best_post_first_from_pages(qtbot, plan) -> None:
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.statistics_tab import StatisticsTab

    ingest(plan, source_label="export.csv", source_kind="mixed", posts=posts())
    tab = StatisticsTab(PlanDocument(plan))
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    view = tab.posts_view
    header = view.horizontalHeader()
    model = tab.posts_model
    expected = expected_order(plan, descending=True)
    for _ in range(2):  # a first click may sort ascending: click until best first
        x = header.sectionViewportPosition(5) + header.sectionSize(5) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        qtbot.waitUntil(lambda: model._sort[0] == 5)
        if model._sort[1] == Qt.SortOrder.DescendingOrder:
            break
    assert isinstance(model._ids, PagedIds)
    assert [model.row_at(r).id for r in range(model.rowCount())] == expected
    assert model.index(0, 1).data() == "LinkedIn"
