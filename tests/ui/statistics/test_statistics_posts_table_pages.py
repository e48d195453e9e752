"""The posts table of a very large plan: ids read a page at a time, tints off the GUI thread.

benchmarks/statistics_tab.py measures the first show at 1,000,000 posts; these
tests pin how: in the table's first order (published, unfiltered) no query reads
every post, and ranking the best and worst posts of a plan past the threshold runs
on a worker while the table is already shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from smplanner.services import statistics_queries as queries
from smplanner.services.statistics_ingest import plan_timezone
from smplanner.ui.statistics import posts_table_model
from smplanner.ui.statistics.post_id_pages import PAGE, PagedIds
from tests.ui.statistics.test_statistics_posts_table_lazy import (
    POSTS,
    big_plan,
    big_plan_file,
    model,
    rates,
    shown,
)

__all__ = ["big_plan", "big_plan_file", "model"]  # fixtures shared with the lazy tests


def test_the_first_order_reads_ids_a_page_at_a_time_in_the_order_a_sort_gives(
    model, big_plan
) -> None:
    ids = model._ids
    assert isinstance(ids, PagedIds) and len(ids) == model.rowCount() == POSTS
    assert ids.pages_in_memory() == 0
    model.index(0, 2).data()
    assert ids.pages_in_memory() == 1
    model.index(POSTS - 1, 2).data()  # a jump to the end reads the last page only
    assert ids.pages_in_memory() == 2
    assert ids[:] == list(queries.post_table_ids(big_plan, sort="published"))
    model.sort(0, Qt.SortOrder.DescendingOrder)  # newest first: the tab's first order
    assert isinstance(model._ids, PagedIds)
    expected = list(queries.post_table_ids(big_plan, sort="published", descending=True))
    assert model._ids[:] == expected and shown(model, 0, 2) == f"Post {POSTS - 1} about bread"


def test_the_tab_shows_the_newest_posts_first_from_pages(qtbot, big_plan) -> None:
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.statistics_tab import StatisticsTab

    tab = StatisticsTab(PlanDocument(big_plan))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    assert isinstance(tab.posts_model._ids, PagedIds)
    assert tab.posts_model.index(0, 2).data() == f"Post {POSTS - 1} about bread"


def test_a_sort_or_a_filter_reads_the_ordered_ids_and_going_back_pages_again(model) -> None:
    model.sort(5, Qt.SortOrder.DescendingOrder)  # by rate: from its index too
    assert isinstance(model._ids, PagedIds)
    model.sort(4, Qt.SortOrder.DescendingOrder)  # interactions: sorted whole
    assert not isinstance(model._ids, PagedIds)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert isinstance(model._ids, PagedIds)
    model.set_filter("éclairs")
    assert not isinstance(model._ids, PagedIds) and model.rowCount() == POSTS // 50
    model.set_filter("")
    assert isinstance(model._ids, PagedIds) and model.rowCount() == POSTS


def test_a_plan_past_the_threshold_is_tinted_when_the_worker_has_ranked_it(
    qtbot, big_plan, monkeypatch
) -> None:
    monkeypatch.setattr(posts_table_model, "MARKS_IN_BACKGROUND", PAGE)
    table = posts_table_model.PostsTableModel()
    table.sort(0, Qt.SortOrder.AscendingOrder)
    table.load(big_plan, zone=plan_timezone(big_plan))
    expected = rates(big_plan)
    best = max(expected, key=lambda post_id: expected[post_id] or -1)
    row = table._ids[:].index(best)
    background = Qt.ItemDataRole.BackgroundRole
    with qtbot.waitSignal(table.dataChanged, timeout=30_000) as tinted:
        assert table.index(row, 0).data(background) is None  # not yet: the worker ranks
    assert tinted.args[2] == [background]
    assert table.index(row, 0).data(background) == posts_table_model.BEST_COLOR
