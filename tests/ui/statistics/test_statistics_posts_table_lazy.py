"""The posts table of a plan with 20,000 imported posts: the right rows, sorts,
filters and marks, read a window at a time (never the whole plan in memory)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from smplanner.domain import kpi
from smplanner.domain.stat_records import metrics_json
from smplanner.services import statistics_queries as queries
from smplanner.services.statistics_ingest import ingest, plan_timezone
from smplanner.storage.plan_file import PlanFile

POSTS = 20_000
NETWORKS = ["facebook", "instagram", "linkedin", "x", "tiktok"]


def post_rows() -> Iterator[tuple[object, ...]]:
    first = datetime(2024, 1, 1, tzinfo=UTC)
    for i in range(POSTS):
        network = NETWORKS[i % len(NETWORKS)]
        metrics = {
            "reach": 1000.0 + i % 700,
            "impressions": 1500.0 + i % 900,
            "views": 800.0 + i % 300,
            "likes": float(i * 7 % 97),
            "comments": float(i % 13),
        }
        text = f"Post {i} about bread" + (" and Éclairs" if i % 50 == 25 else "")
        moment = first + timedelta(minutes=37 * i)
        yield (network, "", f"id-{i}", None, moment, True, text, None, metrics_json(metrics))


@pytest.fixture(scope="module")
def big_plan_file(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    from smplanner.domain.plan_properties import PlanProperties
    from smplanner.storage.plan_file import create_plan

    path = tmp_path_factory.mktemp("big") / "Big.smplan"
    plan = create_plan(path, PlanProperties("Big", timezone="Europe/Paris"))
    ingest(plan, source_label="big", source_kind="x_content", post_rows=list(post_rows()))
    plan.close()
    return path


@pytest.fixture
def big_plan(big_plan_file) -> Iterator[PlanFile]:  # type: ignore[no-untyped-def]
    from smplanner.storage.plan_file import open_plan

    plan = open_plan(big_plan_file)
    yield plan
    plan.close()


@pytest.fixture
def model(qapp, big_plan):  # type: ignore[no-untyped-def]
    from smplanner.ui.statistics.posts_table_model import PostsTableModel

    table = PostsTableModel()
    table.sort(0, Qt.SortOrder.AscendingOrder)
    table.load(big_plan, zone=plan_timezone(big_plan))
    return table


def rates(plan: PlanFile) -> dict[int, float | None]:
    """Each post's rate by the domain's formula, from the posts loaded whole."""
    return {
        s.id: kpi.post_engagement_rate(s.post.network, s.post.metrics).value
        for s in queries.stat_posts(plan)
    }


def shown(model, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return str(model.index(row, column).data())


def test_a_large_table_counts_every_post_but_reads_only_the_rows_shown(model) -> None:
    from smplanner.ui.statistics.posts_table_model import KEPT_ROWS, WINDOW

    assert model.rowCount() == POSTS and model.rows_in_memory() == 0
    assert shown(model, 0, 2) == "Post 0 about bread"
    assert model.rows_in_memory() <= WINDOW
    assert shown(model, POSTS - 1, 2) == f"Post {POSTS - 1} about bread"
    assert shown(model, POSTS - 1, 0) == "5/28/2025 22:43"  # 20:43 UTC, summer time in Paris
    assert model.rows_in_memory() <= 2 * WINDOW
    for row in range(0, POSTS, 7):  # scrolling through everything
        model.row_at(row)
    assert model.rows_in_memory() <= KEPT_ROWS


def test_sorting_a_large_table_by_engagement_rate_puts_the_best_first(model, big_plan) -> None:
    expected = rates(big_plan)
    model.sort(5, Qt.SortOrder.DescendingOrder)
    # Stable: equal rates keep the posts' own order (oldest first).
    order = sorted(expected, key=lambda i: -(expected[i] or -1.0))
    assert [model.row_at(r).id for r in range(300)] == order[:300]
    assert [model.row_at(r).id for r in range(POSTS - 50, POSTS)] == order[-50:]
    best = max(v for v in expected.values() if v is not None)
    french_or_not = shown(model, 0, 5).replace(",", ".").rstrip("%\u202f")
    assert float(french_or_not) == round(best, 2)


def test_filtering_a_large_table_by_text_network_or_denominator(model) -> None:
    model.set_filter("post 1234 ")
    assert model.rowCount() == 1 and shown(model, 0, 2) == "Post 1234 about bread"
    model.set_filter("éclairs")  # not ASCII: case folded by Python
    assert model.rowCount() == POSTS // 50
    model.set_filter("LinkedIn")  # the network's shown name
    assert model.rowCount() == POSTS // 5
    assert {shown(model, r, 1) for r in range(0, model.rowCount(), 97)} == {"LinkedIn"}
    model.set_filter("impressions")  # the denominator column: X and LinkedIn
    assert model.rowCount() == 2 * POSTS // 5
    model.set_filter("")
    assert model.rowCount() == POSTS


def test_best_and_worst_posts_of_a_large_plan_are_tinted(model, big_plan) -> None:
    from smplanner.ui.statistics.posts_table_model import BEST_COLOR, WORST_COLOR

    expected = rates(big_plan)
    denominators = {kpi.NATURAL_DENOMINATOR[n] for n in NETWORKS}
    assert sorted(model.marks.values()).count("best") == 3 * len(denominators)
    model.sort(5, Qt.SortOrder.DescendingOrder)
    top = model.row_at(0)
    assert model.mark_at(0) == "best" and expected[top.id] == max(
        v for v in expected.values() if v is not None
    )
    assert model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) == BEST_COLOR
    worst = [r for r in range(POSTS - 40, POSTS) if model.mark_at(r) == "worst"]
    assert worst and model.index(worst[0], 0).data(Qt.ItemDataRole.BackgroundRole) == WORST_COLOR


def test_the_csv_export_streams_every_post_oldest_first(model) -> None:
    buffer = io.StringIO()
    model.set_filter("LinkedIn")  # the export takes every post, as before
    model.write_csv(buffer)
    lines = buffer.getvalue().splitlines()
    assert len(lines) == POSTS + 1
    assert lines[1].startswith("2024-01-01 01:00,facebook,Post 0 about bread,")
    assert lines[-1].split(",")[2] == f"Post {POSTS - 1} about bread"


def test_the_statistics_tab_of_a_large_plan_sorts_and_scrolls_lazily(qtbot, big_plan) -> None:
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.posts_table_model import KEPT_ROWS
    from smplanner.ui.statistics.statistics_tab import StatisticsTab

    tab = StatisticsTab(PlanDocument(big_plan))
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    tab.details.setCurrentIndex(1)  # Posts
    qtbot.waitExposed(tab.posts_view)
    model = tab.posts_model
    assert model.rowCount() == POSTS
    assert shown(model, 0, 2) == f"Post {POSTS - 1} about bread"  # newest first
    tab.posts_view.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # interactions
    tab.posts_view.scrollToBottom()
    qtbot.waitUntil(lambda: tab.posts_view.rowAt(tab.posts_view.viewport().height() - 2) > 0)
    last = model.row_at(POSTS - 1)
    assert last.interactions == max(model.row_at(r).interactions for r in range(POSTS - 30, POSTS))
    assert model.rows_in_memory() <= KEPT_ROWS
    tab.posts_filter.setText("Post 777 ")
    qtbot.waitUntil(lambda: model.rowCount() == 1)


def test_the_publish_time_reads_as_the_interface_writes_a_day(qapp, french_ui):
    from smplanner.ui.statistics.posts_table_model import shown_day_and_time

    assert shown_day_and_time("2025-05-28 22:43") == "28/05/2025 22:43"
    assert shown_day_and_time("2025-05-28") == "28/05/2025"  # the hour is not known


def test_posts_left_out_of_the_filter_index_are_indexed_on_a_worker(
    qtbot, big_plan, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.statistics.posts_table_model import PostsTableModel

    assert queries.post_search_behind(big_plan) == POSTS  # an import indexes nothing
    monkeypatch.setattr(queries, "POST_SEARCH_BEHIND_IN_BACKGROUND", 1000)  # "many"
    table = PostsTableModel()
    table.load(big_plan, zone=plan_timezone(big_plan))
    assert table.is_indexing()
    qtbot.waitUntil(lambda: not table.is_indexing(), timeout=60_000)
    assert queries.post_search_behind(big_plan) == 0
    table.set_filter("ÉCLAIRS")
    qtbot.waitUntil(lambda: not table.is_reading(), timeout=10_000)
    assert table.rowCount() == POSTS // 50
    assert all("Éclairs" in shown(table, row, 2) for row in range(0, POSTS // 50, 37))
