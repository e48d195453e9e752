"""Best hours from one aggregate by weekday × hour (a few hundred sums whatever the
plan's size), read on a worker on a large plan ("Calcul en cours…" meanwhile), kept
while the user switches networks, kept in the plan for its next opening, and handed
to the calendar without reading again."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from smplanner.services import statistics_hours, statistics_kept
from smplanner.services.statistics_ingest import ingest
from smplanner.storage import statistics_post_aggregates as aggregates
from smplanner.storage import statistics_post_table as post_table
from smplanner.ui.statistics import best_hours_panel
from tests.storage.test_statistics_sql_equivalence import generated_posts


@pytest.fixture
def posts_plan(plan):  # type: ignore[no-untyped-def]
    ingest(plan, source_label="generated", source_kind="manual", posts=generated_posts(1500))
    return plan


def test_the_cells_are_one_row_per_network_weekday_and_hour(posts_plan) -> None:  # type: ignore[no-untyped-def]
    rows = aggregates.rate_cells(posts_plan.conn)
    keys = [(network, day, hour) for network, day, hour, *_ in rows]
    assert len(keys) == len(set(keys)) <= 7 * 24 * len({k[0] for k in keys})
    assert all(0 <= day < 7 and 0 <= hour < 24 for _, day, hour in keys)
    timed = posts_plan.conn.execute(
        "SELECT count(*) FROM stat_posts WHERE published_at IS NOT NULL AND time_known"
    ).fetchone()[0]
    assert sum(row[5] for row in rows) == timed  # every timed post in one cell
    assert 0 < sum(row[4] for row in rows) <= timed  # those with a rate
    # The networks, from one index seek each: the same as DISTINCT over every post.
    every = posts_plan.conn.execute("SELECT DISTINCT network FROM stat_posts ORDER BY 1")
    networks = [row[0] for row in every]
    assert post_table.post_networks(posts_plan.conn) == networks and len(networks) > 3
    # Monday is 0: a post stored on Monday 2 March 2026 at 09:xx counts there.
    posts_plan.conn.execute(
        "UPDATE stat_posts SET published_at = '2026-03-02T09:41:00+01:00', time_known = 1"
        " WHERE id = (SELECT min(id) FROM stat_posts)"
    )
    network = posts_plan.conn.execute(
        "SELECT network FROM stat_posts WHERE id = (SELECT min(id) FROM stat_posts)"
    ).fetchone()[0]
    after = {(n, d, h): c for n, d, h, _, _, c in aggregates.rate_cells(posts_plan.conn)}
    before = {(n, d, h): c for n, d, h, _, _, c in rows}
    assert after[(network, 0, 9)] == before.get((network, 0, 9), 0) + 1


@pytest.fixture
def gate(monkeypatch):  # type: ignore[no-untyped-def]
    """Holds the panel's reads on their worker until released; records their threads."""

    class Gate:
        def __init__(self) -> None:
            self.open = threading.Event()
            self.threads: list[threading.Thread] = []
            self.original = statistics_hours.engagement_cells_kept

        def __call__(self, plan):  # type: ignore[no-untyped-def]
            self.threads.append(threading.current_thread())
            assert self.open.wait(20)
            return self.original(plan)

    held = Gate()
    monkeypatch.setattr(statistics_hours, "engagement_cells_kept", held)
    monkeypatch.setattr(best_hours_panel, "CELLS_IN_BACKGROUND", 100)  # this plan is "large"
    yield held
    held.open.set()


def _hours_pane(qtbot, plan):  # type: ignore[no-untyped-def]
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.statistics_tab import StatisticsTab

    document = PlanDocument(plan)
    tab = StatisticsTab(document)
    document.changed.connect(tab.on_changes)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    tab.details.setCurrentWidget(tab.hours)
    return tab


def test_a_large_plan_s_hours_are_read_on_a_worker_and_kept_for_every_network(
    qtbot, french_ui, posts_plan, gate
) -> None:  # type: ignore[no-untyped-def]
    tab = _hours_pane(qtbot, posts_plan)
    panel = tab.hours
    qtbot.waitUntil(lambda: len(gate.threads) == 1)
    assert gate.threads[0] is not threading.main_thread()
    assert panel.reading_note.isVisible() and panel.reading_note.text() == "Calcul en cours…"
    assert not panel.heat_map.has_data() and not panel.use_button.isEnabled()
    # Choosing a network meanwhile waits for the same read: none is started again.
    panel.network.setFocus()
    qtbot.keyClick(panel.network, Qt.Key.Key_Down)
    gate.open.set()
    qtbot.waitUntil(lambda: not panel.is_reading() and panel.heat_map.has_data(), timeout=10_000)
    assert not panel.reading_note.isVisible()
    for index in range(panel.network.count()):
        panel.network.setCurrentIndex(index)
        network = panel.network.currentData()
        expected = statistics_hours.heat_map_of(
            statistics_hours.engagement_cells(posts_plan), network
        )
        assert panel.heat_map.grid == expected
    assert len(gate.threads) == 1  # one read for every network shown


def test_the_hours_shown_go_to_the_calendar_without_reading_the_posts_again(
    qtbot, posts_plan, gate, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from smplanner.services.time_slots import effective_slots

    tab = _hours_pane(qtbot, posts_plan)
    panel = tab.hours
    gate.open.set()
    qtbot.waitUntil(lambda: panel.heat_map.has_data() and not panel.is_reading(), timeout=10_000)
    panel.network.setCurrentIndex(panel.network.findData("instagram"))
    assert panel.use_button.isEnabled()
    reads: list[object] = []
    monkeypatch.setattr(aggregates, "rate_cells", lambda *args: reads.append(args) or [])
    qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    slots, source = effective_slots(posts_plan, "instagram")
    assert source == "statistics" and slots
    assert reads == []  # the kept sums were used


def test_a_new_import_while_reading_shows_only_the_latest_hours(qtbot, posts_plan, gate) -> None:  # type: ignore[no-untyped-def]
    tab = _hours_pane(qtbot, posts_plan)
    panel = tab.hours
    qtbot.waitUntil(lambda: len(gate.threads) == 1)
    more = generated_posts(300, seed=21)
    ingest(posts_plan, source_label="more", source_kind="manual", posts=more)
    tab.refresh()  # as after an import: the first read is out of date
    qtbot.waitUntil(lambda: len(gate.threads) == 2)
    grids: list[object] = []
    original = panel.heat_map.set_grid
    panel.heat_map.set_grid = lambda grid, *rest: (grids.append(grid), original(grid, *rest))  # type: ignore[method-assign]
    gate.open.set()
    qtbot.waitUntil(lambda: not panel.is_reading() and bool(grids), timeout=10_000)
    network = panel.network.currentData() or None
    assert grids == [
        statistics_hours.heat_map_of(statistics_hours.engagement_cells(posts_plan), network)
    ]


def test_the_sums_are_read_again_only_when_the_imported_figures_may_have_changed(
    qtbot, posts_plan, gate
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from smplanner.domain.post_refs import PostDraft
    from smplanner.services import calendar_posts, statistics_edits
    from smplanner.services.changes import Topic
    from smplanner.services.plan_properties import get_properties, set_properties

    tab = _hours_pane(qtbot, posts_plan)
    panel = tab.hours
    gate.open.set()
    qtbot.waitUntil(lambda: panel.heat_map.has_data() and not panel.is_reading(), timeout=10_000)
    document = tab._document
    moment = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))
    _, changes = calendar_posts.create_posts(
        posts_plan, [PostDraft("instagram", "Bûche", scheduled_at=moment)]
    )
    document.notify(changes)  # a post planned in the calendar: the tab refreshes
    assert changes.touches(Topic.POSTS)
    assert len(gate.threads) == 1 and not panel.is_reading()
    stamps = [statistics_kept.figures_stamp(posts_plan)]
    outcome = ingest(
        posts_plan, source_label="more", source_kind="manual", posts=generated_posts(50, seed=3)
    )
    stamps.append(statistics_kept.figures_stamp(posts_plan))
    import_id = posts_plan.conn.execute("SELECT max(id) FROM stat_imports").fetchone()[0]
    statistics_edits.take_back_imports(posts_plan, [import_id])
    stamps.append(statistics_kept.figures_stamp(posts_plan))
    set_properties(posts_plan, replace(get_properties(posts_plan), timezone="America/New_York"))
    stamps.append(statistics_kept.figures_stamp(posts_plan))
    before, imported, undone, moved = stamps
    assert imported != before and moved != undone  # each change of the figures is seen
    assert undone == before  # an undo brings back the figures the sums were read for
    assert outcome is not None
    tab.refresh()  # as the tab does after such a change: read again
    qtbot.waitUntil(lambda: len(gate.threads) == 2 and not panel.is_reading(), timeout=10_000)


def test_closing_the_window_while_the_hours_are_read_does_not_crash(
    qtbot, window, posts_plan, gate
) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui import background
    from smplanner.ui.plan_view import STATISTICS

    window.set_plan(posts_plan)
    window.show_tab(STATISTICS)
    tab = window.plan_view.statistics.ensure_built()
    tab.details.setCurrentWidget(tab.hours)
    qtbot.waitUntil(lambda: len(gate.threads) == 1)
    task = tab.hours._task
    assert task is not None and task.running
    destroyed: list[bool] = []
    tab.hours.destroyed.connect(lambda: destroyed.append(True))
    window.close()  # the plan view goes, the plan file is closed
    qtbot.waitUntil(lambda: destroyed == [True])
    gate.open.set()  # the worker ends on its own connection, into a panel that is gone
    assert task.wait(10)
    qtbot.waitUntil(lambda: task not in background._running)


def test_the_sums_are_kept_in_the_plan_for_its_next_opening_until_the_figures_change(
    qtbot, posts_plan, gate
) -> None:  # type: ignore[no-untyped-def]
    gate.open.set()
    first = _hours_pane(qtbot, posts_plan)
    qtbot.waitUntil(lambda: first.hours.heat_map.has_data() and not first.hours.is_reading())
    assert len(gate.threads) == 1
    kept = statistics_hours.kept_engagement_cells(posts_plan)
    assert kept == statistics_hours.engagement_cells(posts_plan)
    again = _hours_pane(qtbot, posts_plan)  # as when the plan is opened again
    assert again.hours.heat_map.grid == first.hours.heat_map.grid  # drawn at once
    assert not again.hours.is_reading() and len(gate.threads) == 1
    ingest(posts_plan, source_label="more", source_kind="manual", posts=generated_posts(40, 8))
    assert statistics_hours.kept_engagement_cells(posts_plan) is None  # of other figures
    third = _hours_pane(qtbot, posts_plan)
    assert third.hours.is_reading()
    qtbot.waitUntil(lambda: len(gate.threads) == 2)
    qtbot.waitUntil(lambda: not third.hours.is_reading(), timeout=10_000)
    assert statistics_hours.kept_engagement_cells(posts_plan) == (
        statistics_hours.engagement_cells(posts_plan)
    )
