"""Filters and whole sorts of a large plan's posts run on a worker (the window keeps
answering), show the newest request only, and scan the table once instead of walking
an index post by post (10 s at 1,000,000 posts; benchmarks/statistics_tab.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from smplanner.services import statistics_queries as queries
from smplanner.storage import statistics_post_table as post_table
from smplanner.ui.statistics import posts_table_model
from tests.ui.statistics.test_statistics_posts_table_lazy import (
    POSTS,
    big_plan,
    big_plan_file,
    model,
    shown,
)

__all__ = ["big_plan", "big_plan_file", "model"]  # fixtures shared with the lazy tests


def type_letter(widget: QWidget, key: Qt.Key, text: str) -> None:
    """A key press and release of a letter QTest.keyClicks cannot type (it aborts on
    anything but ASCII), as a French keyboard sends them."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def test_a_typed_filter_of_a_large_plan_is_read_on_a_worker_the_rows_staying_meanwhile(
    qtbot, big_plan, monkeypatch
) -> None:
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.statistics_tab import StatisticsTab

    monkeypatch.setattr(posts_table_model, "IDS_IN_BACKGROUND", 1_000)
    tab = StatisticsTab(PlanDocument(big_plan))
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    tab.details.setCurrentWidget(tab.posts_pane)
    model = tab.posts_model
    rows_while_reading: list[int] = []
    model.reading.connect(lambda busy: busy and rows_while_reading.append(model.rowCount()))
    qtbot.mouseClick(tab.posts_filter, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(model.reading, check_params_cb=lambda busy: not busy, timeout=30_000):
        qtbot.keyClicks(tab.posts_filter, "clairs")
        qtbot.keyClick(tab.posts_filter, Qt.Key.Key_Home)
        type_letter(tab.posts_filter, Qt.Key.Key_Eacute, "é")  # not ASCII: the slow path
    assert rows_while_reading and rows_while_reading[0] == POSTS  # the old rows stayed
    assert tab.posts_filter.text() == "éclairs"
    assert model.rowCount() == POSTS // 50 and not tab.posts_pane.reading_note.isVisible()
    assert not model.is_reading()
    assert shown(model, 0, 2).endswith("and Éclairs")


def test_only_the_latest_filter_is_shown_when_several_were_asked(
    qtbot, model, big_plan, monkeypatch
) -> None:
    monkeypatch.setattr(posts_table_model, "IDS_IN_BACKGROUND", 1_000)
    with qtbot.waitSignal(model.reading, check_params_cb=lambda busy: not busy, timeout=30_000):
        model.set_filter("éclairs")
        model.set_filter("bread")
        model.set_filter("post 1234 ")
    assert model.rowCount() == 1 and shown(model, 0, 2) == "Post 1234 about bread"
    model.set_filter("")  # unfiltered, in the first order: pages, at once
    assert model.rowCount() == POSTS and not model.is_reading()


def test_a_whole_sort_of_a_large_plan_comes_from_the_worker_in_the_right_order(
    qtbot, model, big_plan, monkeypatch
) -> None:
    monkeypatch.setattr(posts_table_model, "IDS_IN_BACKGROUND", 1_000)
    with qtbot.waitSignal(model.reading, check_params_cb=lambda busy: not busy, timeout=30_000):
        model.sort(4, Qt.SortOrder.DescendingOrder)  # interactions: no index
    expected = list(queries.post_table_ids(big_plan, sort="interactions", descending=True))
    assert list(model._ids) == expected and len(expected) == POSTS


def test_a_filter_scans_the_table_once_and_compares_dates_only_when_it_can_be_one(
    big_plan,
) -> None:
    conn = big_plan.conn
    where, params = post_table._filter("bread", [])
    assert "published_at" not in where  # a word is never in a date
    where, params = post_table._filter("2024-01-02 0", [])
    assert "published_at" in where
    found = post_table.ordered_ids(conn, text="2024-01-02 0")
    assert len(found) > 0
    for row in queries.post_table_rows(big_plan, found).values():
        assert row.published_at is not None and row.published_at.startswith("2024-01-02T0")
    source = post_table._FROM.replace("stat_posts p", "stat_posts p NOT INDEXED")
    where, params = post_table._filter("bread", [])
    plan_steps = [
        step[-1]
        for step in conn.execute(
            f"EXPLAIN QUERY PLAN SELECT p.id{source}{where} ORDER BY"
            f" {post_table.SORT_KEYS['rate']} DESC, {post_table.SOURCE_ORDER}",
            params,
        )
    ]
    assert plan_steps[0] == "SCAN p", plan_steps


def test_a_filter_many_posts_meet_shows_its_first_screen_then_adds_the_rest(
    qtbot, model, big_plan, monkeypatch
) -> None:
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QTableView

    monkeypatch.setattr(posts_table_model, "IDS_IN_BACKGROUND", 1_000)
    monkeypatch.setattr(post_table, "FEW_CANDIDATES", 1_000)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.sort(5, Qt.SortOrder.DescendingOrder)  # by rate: an index to walk
    counts: list[tuple[str, int]] = []
    model.modelReset.connect(lambda: counts.append(("reset", model.rowCount())))
    model.rowsInserted.connect(lambda *_: counts.append(("added", model.rowCount())))
    first_screen: list[str] = []

    def select_while_counting() -> None:
        if model.is_reading() and model.shows_latest() and not first_screen:
            first_screen.append(shown(model, 0, 2))
            view.selectionModel().select(
                model.index(10, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    model.modelReset.connect(select_while_counting)
    with qtbot.waitSignal(model.reading, check_params_cb=lambda busy: not busy, timeout=30_000):
        model.set_filter("bread")  # every post
    expected = list(queries.post_table_ids(big_plan, sort="rate", descending=True, text="bread"))
    assert counts == [("reset", posts_table_model.FIRST_SCREEN), ("added", POSTS)]
    assert first_screen == [shown(model, 0, 2)]  # the same first row, before and after
    assert list(model._ids) == expected and model.shows_latest()
    assert [index.row() for index in view.selectionModel().selectedRows()] == [10]


def test_a_rare_word_in_a_large_plan_is_shown_whole_at_once(
    qtbot, model, big_plan, monkeypatch
) -> None:
    monkeypatch.setattr(posts_table_model, "IDS_IN_BACKGROUND", 1_000)
    counts: list[int] = []
    model.modelReset.connect(lambda: counts.append(model.rowCount()))
    with qtbot.waitSignal(model.reading, check_params_cb=lambda busy: not busy, timeout=30_000):
        model.set_filter("post 1234 ")
    assert counts == [1]  # no first screen: the trigram index names few posts
