"""Calendar speed on the benchmark plans (issue #13's budgets).

    .venv/bin/python benchmarks/calendar_speed.py [--size medium|large|small] [--rounds 9]

Builds the real Calendar tab offscreen on a cached plan (plan_builder.py) and times,
from the action until the month grid's paint event has been delivered and finished
(the frame the user sees):

- first view of a month never shown (nothing cached), with its warnings: the GUI
  thread's share (the switch and paint, taking the rules' snapshot, showing the
  result) against 50 ms; the warnings themselves run on a worker thread, and the
  time until they are on screen is printed too (no budget: they may come later);
- month switch (warm) against 20 ms; one drag-and-drop move committed and painted
  against 16 ms;
- the baseline, same run: the grid repainted with nothing changed, and the whole
  tab rendered (the grid's paint events counted, so that it really paints it).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date, timedelta
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE]
sys.path.append(_HERE)  # plan_builder, bench_table (after the stdlib: nothing shadowed)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_table import Figure
from plan_builder import plan_path


class PaintWatch:
    """Counts paint events of a widget (the grid's viewport)."""

    def __init__(self, widget) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent, QObject

        watch = self

        class Filter(QObject):
            def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
                if event.type() == QEvent.Type.Paint:
                    watch.count += 1
                return False

        self.count = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


class GuiTime:
    """Wall time spent inside some of the tab's methods (on the GUI thread)."""

    def __init__(self, tab, names: list[str]) -> None:  # type: ignore[no-untyped-def]
        self.spent = 0.0
        for name in names:
            real = getattr(tab, name)

            def timed(*args, _real=real):  # type: ignore[no-untyped-def]
                began = time.perf_counter()
                try:
                    return _real(*args)
                finally:
                    self.spent += time.perf_counter() - began

            setattr(tab, name, timed)


def figures(size: str, rounds: int = 9) -> list[Figure]:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(
        lambda kind, context, text: None if "propagateSizeHints" in text else print(text)
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from smplanner.services import calendar_queries
    from smplanner.storage.plan_file import open_plan
    from smplanner.ui.calendar.calendar_tab import CalendarTab
    from smplanner.ui.calendar.cells_model import Cell
    from smplanner.ui.document import PlanDocument

    source = plan_path(size)
    document = PlanDocument(open_plan(source, read_only=False))
    tab = CalendarTab(document)
    document.changed.connect(tab.on_changes)
    tab.resize(1366, 720)
    tab.show()
    # The worker's result arrives through the tab's own slot (connected at build):
    # wrapping the bound methods after that would miss it, so time the snapshot
    # (called by the worker from the GUI thread) and the arrival via the signal.
    snapshot_time = GuiTime(tab.warnings, ["snapshot"])
    tab.warnings_worker._snapshot = tab.warnings.snapshot
    shown = {"count": 0, "spent": 0.0}
    real_arrived = tab.warnings.arrived

    def arrived(found):  # type: ignore[no-untyped-def]
        began = time.perf_counter()
        real_arrived(found)
        shown["spent"] += time.perf_counter() - began
        shown["count"] += 1

    tab.warnings.arrived = arrived  # type: ignore[method-assign]
    tab.period.go_to(date(2026, 3, 15))
    grid = tab.period.current_grid()
    assert grid is not None
    watch = PaintWatch(grid.viewport())

    def settle() -> None:
        """Deferred work (warnings, prefetch) done between samples, outside the timing."""
        while tab._warnings_timer.isActive() or tab.warnings_worker.busy:
            app.processEvents()
        tab._prefetch_timer.stop()
        tab.period.prefetch_neighbours()
        app.processEvents()

    def until_painted(action) -> float:  # type: ignore[no-untyped-def]
        settle()
        watch.count = 0
        began = time.perf_counter()
        action()
        while watch.count == 0:
            app.processEvents()
        return time.perf_counter() - began

    ms = 1000.0
    baseline = [until_painted(lambda: grid.viewport().update()) * ms for _ in range(rounds)]

    whole = []
    for _ in range(rounds):
        settle()
        watch.count = 0
        began = time.perf_counter()
        tab.grab()  # renders the whole tab, the grid included
        whole.append((time.perf_counter() - began) * ms)
        assert watch.count > 0, "the whole-tab render must paint the grid"

    # First view of months never shown: nothing read, no warning cached.
    first_views, first_gui, warnings_later = [], [], []
    most_warnings = 0
    for month_index in range(rounds):
        anchor = date(2025 + month_index // 12, month_index % 12 + 1, 10)
        settle()
        tab.day_cache.clear()
        tab.warnings_worker.cache.clear()
        snapshot_time.spent = 0.0
        shown["spent"] = 0.0
        count = shown["count"]
        watch.count = 0
        began = time.perf_counter()
        tab.period.go_to(anchor)
        while watch.count == 0:
            app.processEvents()
        painted = time.perf_counter() - began
        while shown["count"] == count:
            app.processEvents()
        warnings_later.append((time.perf_counter() - began) * ms)
        # The cards that gain a warning sign are repainted: GUI-thread work too. A month
        # whose posts gain no warning (the small plan's) is not repainted: 0.5 s at most.
        watch.count = 0
        repaint = 0.0
        deadline = time.perf_counter() + 0.5
        while watch.count == 0 and time.perf_counter() < deadline:
            step = time.perf_counter()
            app.processEvents()
            repaint = time.perf_counter() - step  # the call that delivered the paint
        if watch.count == 0:
            repaint = 0.0
        first_views.append(painted * ms)
        first_gui.append((painted + snapshot_time.spent + shown["spent"] + repaint) * ms)
        most_warnings = max(most_warnings, tab.warnings_model.rowCount())
    # (the small plan's posts fill January to March 2025: later months show none)
    assert most_warnings > 0, "the warnings were computed and shown"

    tab.period.go_to(date(2026, 3, 15))
    directions = iter([1, -1] * rounds * 2)
    switches = [
        until_painted(lambda: tab.period.step(next(directions))) * ms for _ in range(rounds)
    ]

    # A post of the month on screen is moved (the small plan has none on 9-12 March,
    # which the larger plans' builder fills: take the month's first post, else the plan's).
    in_march = calendar_queries.posts_between(document.plan, date(2026, 3, 1), date(2026, 3, 31))
    dated = in_march or [
        p for p in calendar_queries.all_posts(document.plan) if p.scheduled_at is not None
    ]
    moved = dated[0]
    assert moved.scheduled_at is not None
    home = moved.scheduled_at.date()
    tab.period.go_to(home)  # the moved post's month is on screen
    targets = iter([home + timedelta(days=1), home] * rounds)
    drops = [
        until_painted(lambda: tab.calendar_actions.drop([moved.id], Cell(next(targets)), False))
        * ms
        for _ in range(rounds)
    ]
    settle()
    document.close()

    label = f"calendar, {size} plan"
    grid_baseline = "grid repaint, nothing changed"
    return [
        Figure(f"{label}: grid repainted, nothing changed", "ms", baseline, "— (baseline)"),
        Figure(
            f"{label}: whole tab rendered (grid painted)",
            "ms",
            whole,
            "—",
            baseline=baseline,
            baseline_name=grid_baseline,
        ),
        Figure(
            f"{label}: first view of a month, GUI thread (switch, paint, warnings shown)",
            "ms",
            first_gui,
            "≤ 50 ms",
            limit=50,
            baseline=baseline,
            baseline_name=grid_baseline,
        ),
        Figure(
            f"{label}: first view of a month, until painted",
            "ms",
            first_views,
            "—",
            baseline=baseline,
            baseline_name=grid_baseline,
        ),
        Figure(
            f"{label}: first view of a month, until its warnings are shown (worker)",
            "ms",
            warnings_later,
            "later, never blocking",
        ),
        Figure(
            f"{label}: month switch, until painted",
            "ms",
            switches,
            "≤ 20 ms",
            limit=20,
            baseline=baseline,
            baseline_name=grid_baseline,
        ),
        Figure(
            f"{label}: drag-and-drop move, committed and painted",
            "ms",
            drops,
            "≤ 16 ms",
            limit=16,
            baseline=baseline,
            baseline_name=grid_baseline,
        ),
    ]


def main() -> int:
    from bench_table import render

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="large", choices=["small", "medium", "large"])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    print(render(figures(args.size, max(3, args.rounds))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
