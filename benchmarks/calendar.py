"""Calendar speed with a large plan (run by hand: `.venv/bin/python benchmarks/calendar.py`).

Fills a plan with 10,000 posts over three years, builds the real Calendar tab
offscreen and prints medians for: month switch (budget 20 ms), the same with
nothing cached, week switch, one drag-and-drop move committed and repainted
(budget 16 ms), filter change. Each figure is timed from the action until the
calendar grid's paint event has been delivered and finished (the frame the user
sees), and is also given as a ratio to a baseline measured in the same run: the
grid repainted with nothing changed. Deferred work (the rule warnings, reading
the neighbouring months) runs between samples and is reported on its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is named like the standard library's calendar module, which
# sqlite-utils and dateutil import: run as a script, drop its folder from the path.
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE]

import os
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

POSTS = 10_000
YEARS = 3
RUNS = 9


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _fill(plan_path: Path) -> None:
    from smplanner.domain.networks import network_ids
    from smplanner.domain.plan_properties import PlanProperties
    from smplanner.storage.calendar_rows import to_storage_time
    from smplanner.storage.plan_file import create_plan

    zone = ZoneInfo("Europe/Paris")
    rng = random.Random(4)
    start = datetime(2025, 1, 1, tzinfo=zone)
    networks = network_ids()[:5]
    with create_plan(plan_path, PlanProperties(client_name="Benchmark")) as plan:
        rows = []
        for i in range(POSTS):
            moment = start + timedelta(days=rng.randrange(365 * YEARS), hours=rng.randrange(7, 22))
            rows.append(
                {
                    "network": rng.choice(networks),
                    "scheduled_at": to_storage_time(moment, zone),
                    "status": "draft",
                    "text": f"Post {i} about our bread and pastries, adapted per network",
                    "created_at": "2025-01-01T00:00:00+00:00",
                    "updated_at": "2025-01-01T00:00:00+00:00",
                }
            )
        rows += [{"network": "facebook", "text": f"Idea {i}", "status": "idea"} for i in range(50)]
        with plan.transaction() as db:
            db.table("posts").insert_all(rows, batch_size=2000)


class PaintWatch:
    """Counts paint events of a widget (the view's viewport) and what they covered."""

    def __init__(self, widget) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(inner, watched, event) -> bool:  # type: ignore[no-untyped-def]
                if event.type() == QEvent.Type.Paint:
                    self.count += 1
                    self.area += event.rect().width() * event.rect().height()
                return False

        self.count = 0
        self.area = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


def main() -> int:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    # The offscreen platform warns about size hints at every relayout: not ours.
    qInstallMessageHandler(
        lambda kind, context, text: None if "propagateSizeHints" in text else print(text)
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from smplanner.services import calendar_queries
    from smplanner.storage.plan_file import open_plan
    from smplanner.ui.calendar.calendar_tab import MONTH, WEEK, CalendarTab
    from smplanner.ui.calendar.cells_model import Cell
    from smplanner.ui.document import PlanDocument

    folder = Path(tempfile.mkdtemp(prefix="smplanner-bench-"))
    plan_path = folder / "bench.smplan"
    began = time.perf_counter()
    _fill(plan_path)
    print(
        f"plan with {POSTS} posts over {YEARS} years built in {time.perf_counter() - began:.1f} s"
    )
    document = PlanDocument(open_plan(plan_path))
    tab = CalendarTab(document)
    document.changed.connect(tab.on_changes)
    tab.resize(1400, 900)
    tab.show()
    tab.go_to(date(2026, 3, 15))
    app.processEvents()

    def settle() -> None:
        """Let deferred work (warnings, prefetch) run between samples, outside the timing."""
        tab._warnings_timer.stop()
        tab.refresh_warnings()
        tab._prefetch_timer.stop()
        tab._prefetch_neighbours()
        app.processEvents()

    def until_painted(action, view=None, runs: int = RUNS) -> tuple[list[float], float]:  # type: ignore[no-untyped-def]
        """Time from the action to the end of the paint it caused (the frame the user
        sees): the action, then the event loop until the view's viewport has painted.
        Returns the samples and the mean painted area per sample (pixels)."""
        view = view or tab.current_grid()
        watch = PaintWatch(view.viewport())
        samples = []
        area = 0
        for _ in range(runs):
            settle()
            watch.count = watch.area = 0
            start = time.perf_counter()
            action()
            while watch.count == 0:  # the paint is delivered by the event loop
                app.processEvents()
            samples.append(time.perf_counter() - start)
            area += watch.area
        return samples, area / runs

    def repaint_whole(action, runs: int = RUNS) -> list[float]:  # type: ignore[no-untyped-def]
        samples = []
        for _ in range(runs):
            settle()
            start = time.perf_counter()
            action()
            tab.repaint()  # synchronous paint of the whole tab
            samples.append(time.perf_counter() - start)
        return samples

    # Baselines, same run: a synchronous repaint of the whole tab and of the grid
    # with nothing changed (what a frame costs on this machine).
    baseline_tab = _median_ms(repaint_whole(lambda: None))
    grid_view = tab.current_grid()
    baseline_grid, _area = until_painted(lambda: grid_view.viewport().update())
    baseline = _median_ms(baseline_grid)

    directions = iter([1, -1] * RUNS * 4)
    month_samples, _area = until_painted(lambda: tab.step(next(directions)))
    month = _median_ms(month_samples)

    def cold_switch() -> None:
        tab.day_cache.clear()  # nothing read yet: the switch queries the plan
        tab.step(next(directions))

    month_cold = _median_ms(until_painted(cold_switch)[0])

    # One post moved to the next day and back; its id is picked outside the timing,
    # as in a real drag where it travels in the MIME data.
    moved = calendar_queries.posts_between(document.plan, date(2026, 3, 9), date(2026, 3, 12))[0]
    assert moved.scheduled_at is not None
    home = moved.scheduled_at.date()
    targets = iter([home + timedelta(days=1), home] * RUNS * 2)

    def move_one() -> None:
        tab.actions.drop([moved.id], Cell(next(targets)), False)

    move_samples, move_area = until_painted(move_one)
    move = _median_ms(move_samples)
    full_area = grid_view.viewport().width() * grid_view.viewport().height()
    move_whole = _median_ms(repaint_whole(move_one))

    warnings_samples = []
    for _ in range(5):
        start = time.perf_counter()
        tab.refresh_warnings()
        warnings_samples.append(time.perf_counter() - start)

    networks = iter([1, 0] * RUNS)
    filter_change = _median_ms(
        until_painted(lambda: tab.network_filter.setCurrentIndex(next(networks)))[0]
    )
    tab.network_filter.setCurrentIndex(0)
    tab.set_mode(WEEK)
    app.processEvents()
    week = _median_ms(until_painted(lambda: tab.step(next(directions)), tab.week_view)[0])
    tab.set_mode(MONTH)

    print(f"baseline: whole tab repainted, nothing changed        {baseline_tab:7.2f} ms")
    print(f"baseline: month grid repainted, nothing changed       {baseline:7.2f} ms")
    rows = [
        ("month switch, until painted (budget 20 ms)", month),
        ("month switch, nothing cached (cold), until painted", month_cold),
        ("week switch, until painted", week),
        ("drag-and-drop move, committed + painted (budget 16 ms)", move),
        ("drag-and-drop move, committed + whole tab repainted", move_whole),
        ("filter change (network), until painted", filter_change),
        (
            "rule warnings for the shown month (deferred, after the frame)",
            _median_ms(warnings_samples),
        ),
    ]
    for label, value in rows:
        print(f"{label:62s} {value:7.2f} ms   x{value / baseline:5.1f} grid baseline")
    print(
        f"a move repainted {move_area / full_area:.1%} of the grid's area "
        f"(two day cells of 42 = {2 / 42:.1%})"
    )
    document.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
