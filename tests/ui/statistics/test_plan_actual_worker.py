"""Plan versus actual off the GUI thread: the service reads only what the comparison
needs (the same answer as comparing every imported post, which took 8.8 s at
1,000,000 posts), the pane is filled by a worker with "Calcul en cours…" meanwhile,
only the latest request is shown, and closing the window during a read is safe."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from smplanner.domain.plan_actual import MISSED, NOT_COVERED, PUBLISHED, PlannedItem, compare
from smplanner.domain.post_refs import PostDraft
from smplanner.domain.stat_records import StatPost
from smplanner.services import calendar_posts, statistics_edits
from smplanner.services import plan_vs_actual as service
from smplanner.services import statistics_queries as queries
from smplanner.services.calendar_queries import all_posts
from smplanner.services.statistics_ingest import ingest
from smplanner.storage import plan_actual_reads as reads
from smplanner.storage.statistics_matches import select_matches

PARIS = ZoneInfo("Europe/Paris")
NOVEMBER = datetime(2026, 11, 1, 9, 0, tzinfo=PARIS)
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=PARIS)


def _bakery_month(plan) -> None:  # type: ignore[no-untyped-def]
    """20 Instagram posts planned on Nov 1-20 and one on Facebook; the first 12 published
    10, 20 … 120 minutes late; the export reaches Nov 15 18:00 (an unplanned post)."""
    drafts = [
        PostDraft(
            "instagram",
            f"Fournée numéro {day} au levain, sortie du four ce matin",
            scheduled_at=NOVEMBER + timedelta(days=day - 1),
        )
        for day in range(1, 21)
    ]
    drafts.append(PostDraft("facebook", "Horaires de Noël", scheduled_at=NOVEMBER))
    calendar_posts.create_posts(plan, drafts)
    posts = [
        StatPost(
            "instagram",
            "boulangerie",
            f"ig-{day}",
            published_at=NOVEMBER + timedelta(days=day - 1, minutes=10 * day),
            text=f"Fournée numéro {day} au levain, sortie du four ce matin",
            metrics={"likes": day},
        )
        for day in range(1, 13)
    ]
    posts.append(
        StatPost(
            "instagram",
            "boulangerie",
            "ig-contest",
            published_at=datetime(2026, 11, 15, 18, 0, tzinfo=PARIS),
            text="Concours : gagnez une couronne des rois",
            metrics={"likes": 40},
        )
    )
    ingest(plan, source_label="Instagram.csv", source_kind="meta_posts", posts=posts)
    assert statistics_edits.match_planned_posts(plan).value == 12


def _full_comparison(plan, now: datetime):  # type: ignore[no-untyped-def]
    """What the pane computed before: every imported post read and compared."""
    zone = PARIS
    planned = [
        PlannedItem(p.id, p.network, p.title or p.text.split("\n", 1)[0], p.scheduled_at, p.status)
        for p in all_posts(plan)
        if p.scheduled_at is not None
    ]
    imported = {
        row[0]: (row[1], row[4].astimezone(zone) if row[4] else None)
        for row in queries.posts_to_match(plan)
    }
    matches = [(a, b, how) for a, b, how, _ in select_matches(plan.conn)]
    return compare(planned, imported, matches, now)


def test_the_plan_says_what_became_of_each_post_from_a_few_reads(plan) -> None:  # type: ignore[no-untyped-def]
    _bakery_month(plan)
    report = service.plan_versus_actual(plan, NOW)
    assert len(report.lines) == 21
    assert (report.count(PUBLISHED), report.count(MISSED), report.count(NOT_COVERED)) == (12, 3, 6)
    assert report.unplanned == 1 and report.by_how == {"time_and_text": 12}
    assert report.median_drift() == 65 and report.off_plan() == 6
    assert report == _full_comparison(plan, NOW)
    # On Nov 10 at 10:00: only the posts due by then (ten on Instagram, one on Facebook).
    earlier = NOW - timedelta(days=20, hours=2)
    assert len(service.plan_versus_actual(plan, earlier).lines) == 11
    assert service.plan_versus_actual(plan, earlier) == _full_comparison(plan, earlier)


def test_an_export_reaches_its_latest_moment_even_after_the_clocks_went_back(plan) -> None:  # type: ignore[no-untyped-def]
    # 25 Oct 2026: 02:30 summer time (00:30 UTC) comes before 02:10 winter time (01:10 UTC),
    # though its text sorts after it.
    summer = datetime(2026, 10, 25, 2, 30, tzinfo=PARIS)
    winter = datetime(2026, 10, 25, 2, 10, tzinfo=PARIS, fold=1)
    posts = [
        StatPost("x", "boulangerie", "x-1", published_at=summer, text="a", metrics={"likes": 1}),
        StatPost("x", "boulangerie", "x-2", published_at=winter, text="b", metrics={"likes": 1}),
    ]
    ingest(plan, source_label="x.csv", source_kind="x_posts", posts=posts)
    latest = reads.latest_published(plan.conn)
    assert latest == {"x": "2026-10-25T02:10:00+01:00"}  # the winter hour, the later one
    # A post planned at 02:05 winter time (01:05 UTC): the export reaches past it.
    between = datetime(2026, 10, 25, 2, 5, tzinfo=PARIS, fold=1)
    calendar_posts.create_posts(plan, [PostDraft("x", "Brioche", scheduled_at=between)])
    (line,) = service.plan_versus_actual(plan, NOW).lines
    assert line.state == MISSED


def test_each_network_s_reach_is_an_index_seek_not_a_pass_over_the_posts(plan) -> None:  # type: ignore[no-untyped-def]
    steps = [
        row[-1]
        for sql in (
            "SELECT max(published_at) FROM stat_posts WHERE network = 'x'",
            "SELECT min(network) FROM stat_posts WHERE network > 'x'",
        )
        for row in plan.conn.execute(f"EXPLAIN QUERY PLAN {sql}")
    ]
    # A seek in an index led by the network (stat_posts_network_time, or for the next
    # network's name the ranking's stat_posts_by_network_rate just as well).
    assert all(step.startswith("SEARCH stat_posts USING COVERING INDEX") for step in steps), steps
    assert "stat_posts_network_time" in steps[0], steps
    (step,) = [
        row[-1]
        for row in plan.conn.execute(
            "EXPLAIN QUERY PLAN SELECT m.stat_post_id FROM stat_post_matches m"
            " CROSS JOIN stat_posts p ON p.id = m.stat_post_id"
        )
        if row[-1].startswith("SCAN")
    ]
    assert step == "SCAN m"  # the matches walked, each post looked up by id


# ------------------------------------------------------------------ the pane


@pytest.fixture
def gate(monkeypatch):  # type: ignore[no-untyped-def]
    """Holds the pane's reads on their worker until released; records their threads."""

    class Gate:
        def __init__(self) -> None:
            self.open = threading.Event()
            self.threads: list[threading.Thread] = []
            self.finished = 0
            self.original = service.plan_versus_actual

        def __call__(self, plan, now=None):  # type: ignore[no-untyped-def]
            self.threads.append(threading.current_thread())
            assert self.open.wait(20)
            try:
                return self.original(plan, now)
            finally:
                self.finished += 1

    held = Gate()
    monkeypatch.setattr(service, "plan_versus_actual", held)
    yield held
    held.open.set()


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


def _cells(panel, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    model = panel.table.model()
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_pane_is_filled_by_a_worker_saying_it_is_calculating(
    qtbot, french_ui, plan, gate
) -> None:  # type: ignore[no-untyped-def]
    _bakery_month(plan)
    tab = _statistics_tab(qtbot, plan)
    panel = tab.plan_actual
    tab.details.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: len(gate.threads) == 1)
    assert gate.threads[0] is not threading.main_thread()
    assert panel.reading_note.isVisible() and panel.reading_note.text() == "Calcul en cours…"
    assert panel.table.model().rowCount() == 0  # nothing read on the GUI thread
    gate.open.set()
    qtbot.waitUntil(lambda: not panel.reading_note.isVisible(), timeout=10_000)
    assert "21 publications prévues échues : 12 publiées, 3 jamais publiées" in panel.summary.text()
    assert "6 pas encore dans un export" in panel.summary.text()
    assert panel.table.model().rowCount() == 21
    newest = _cells(panel, 0)  # newest first: Nov 20, after the export's reach
    assert newest[0] == "20 nov. 2026 09:00" and newest[4] == "—"
    # Filters work on the lines read, with no new read.
    panel.filter.setFocus()
    qtbot.keyClick(panel.filter, Qt.Key.Key_Down)
    assert panel.filter.currentText() == "Jamais publiées"
    assert [_cells(panel, r)[0] for r in range(panel.table.model().rowCount())] == [
        "15 nov. 2026 09:00",
        "14 nov. 2026 09:00",
        "13 nov. 2026 09:00",
    ]
    qtbot.keyClick(panel.filter, Qt.Key.Key_Down)  # more than an hour off: 70 to 120 min
    drifts = [_cells(panel, r)[4] for r in range(panel.table.model().rowCount())]
    assert drifts == ["+2 h 00", "+1 h 50", "+1 h 40", "+1 h 30", "+1 h 20", "+1 h 10"]
    assert len(gate.threads) == 1


def test_only_the_latest_request_is_shown(qtbot, plan, gate) -> None:  # type: ignore[no-untyped-def]
    tab = _statistics_tab(qtbot, plan)
    panel = tab.plan_actual
    tab.details.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: len(gate.threads) == 1)  # the first read, held: no post yet
    _bakery_month(plan)  # then the plan changes
    panel.refresh()
    qtbot.waitUntil(lambda: len(gate.threads) == 2)
    shown: list[int] = []
    panel.model.modelReset.connect(lambda: shown.append(panel.model.rowCount()))
    gate.open.set()
    qtbot.waitUntil(lambda: gate.finished == 2 and not panel.is_reading(), timeout=10_000)
    qtbot.waitUntil(lambda: shown == [21], timeout=10_000)
    assert not panel.reading_note.isVisible()
    assert panel.report is not None and len(panel.report.lines) == 21


def test_closing_the_window_while_the_pane_reads_does_not_crash(qtbot, window, plan, gate) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui import background
    from smplanner.ui.plan_view import STATISTICS

    _bakery_month(plan)
    window.set_plan(plan)
    window.show_tab(STATISTICS)
    tab = window.plan_view.statistics.ensure_built()
    tab.details.setCurrentWidget(tab.plan_actual)
    qtbot.waitUntil(lambda: len(gate.threads) == 1)
    task = tab.plan_actual._task
    assert task is not None and task.running
    destroyed: list[bool] = []
    tab.plan_actual.destroyed.connect(lambda: destroyed.append(True))
    window.close()  # the plan view goes, the plan file is closed
    qtbot.waitUntil(lambda: destroyed == [True])
    gate.open.set()  # the worker ends on its own connection, into a pane that is gone
    assert task.wait(10)
    qtbot.waitUntil(lambda: task not in background._running)
    assert gate.finished == 1


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "fr",
            "1\u202f234 publications prévues échues : 0 publiées, 1\u202f234 jamais publiées, "
            "0 pas encore dans un export.",
        ),
        (
            "en",
            "1,234 planned posts due: 0 published, 1,234 never published, 0 not in an export yet.",
        ),
    ],
)
def test_the_summary_writes_its_counts_as_the_interface_language_does(
    qtbot, qapp, plan, language, expected
) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.i18n import install_translators

    first = datetime(2026, 1, 5, 10, 0, tzinfo=PARIS)
    drafts = [
        PostDraft("instagram", f"Pain du jour {i}", scheduled_at=first + timedelta(hours=3 * i))
        for i in range(1234)
    ]
    calendar_posts.create_posts(plan, drafts)
    export = StatPost(
        "instagram", "boulangerie", "ig-late", published_at=NOW, text="Concours", metrics={}
    )
    ingest(plan, source_label="Instagram.csv", source_kind="meta_posts", posts=[export])
    install_translators(qapp, language)
    try:
        tab = _statistics_tab(qtbot, plan)
        panel = tab.plan_actual
        tab.details.setCurrentWidget(panel)
        qtbot.waitUntil(lambda: panel.report is not None and not panel.is_reading())
        assert panel.summary.text() == expected
    finally:
        install_translators(qapp, "en")
