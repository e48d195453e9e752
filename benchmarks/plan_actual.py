"""The Statistics tab's "Plan vs actual" pane on the huge plan (50,000 posts, 1,000,000
imported posts): what the GUI thread spends, against the pane as it was (every
imported post read and compared, a table item made per cell, all on the GUI thread),
measured in the same run.

    .venv/bin/python -P benchmarks/plan_actual.py [--rounds 3] [--size large]

Each round, on a copy of the cached plan (plan_builder.py; migrated on the copy):
  before, GUI thread  the former pane: the full comparison, then a QTableWidget filled
                      with every due post (the baseline);
  GUI thread          the pane now: asking the read, then showing its result and
                      painting the table once (the comparison runs on a worker);
  until shown         the same, from the ask to the rows painted (the worker included);
  worker              the comparison alone (services/plan_vs_actual.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE]
sys.path.append(_HERE)

import argparse
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_table import Figure, render
from plan_builder import plan_path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem


def _former_pane(plan: Any) -> QTableWidget:
    """The pane as it was before the worker: every imported post read and compared on
    the GUI thread, then an item per cell (its code, kept here as the baseline)."""
    from smplanner.domain.plan_actual import PlannedItem, compare
    from smplanner.services import statistics_queries as queries
    from smplanner.services.calendar_queries import all_posts
    from smplanner.services.statistics_ingest import plan_timezone
    from smplanner.storage.statistics_matches import select_matches
    from smplanner.ui.statistics import plan_actual_model as words

    zone = plan_timezone(plan)
    planned = [
        PlannedItem(p.id, p.network, p.title or p.text.split("\n", 1)[0], p.scheduled_at, p.status)
        for p in all_posts(plan)
        if p.scheduled_at is not None
    ]
    imported = {
        row[0]: (row[1], row[4].astimezone(zone) if row[4] and row[4].tzinfo else row[4])
        for row in queries.posts_to_match(plan)
    }
    matches = [(a, b, how) for a, b, how, _ in select_matches(plan.conn)]
    from datetime import datetime

    report = compare(planned, imported, matches, datetime.now(zone))
    table = QTableWidget(0, 6)
    lines = list(reversed(report.lines))
    table.setRowCount(len(lines))
    for row, line in enumerate(lines):
        cells = [
            words.moment_text(line.planned.scheduled_at),
            words.network_name(line.planned.network),
            line.planned.title,
            words.moment_text(line.published_at) if line.published_at else "—",
            words.drift_text(line.drift_minutes),
            words.state_text(line),
        ]
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    return table


def _wait_until(condition: Callable[[], bool]) -> None:
    """Run the event loop until ``condition`` holds, asleep in between as the app's
    loop is (a loop of processEvents would spin and take a core from the worker)."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    timer.start()
    if not condition():
        loop.exec()
    timer.stop()


def _measure(path: Path, app: QApplication) -> dict[str, float]:
    """One round of every figure on the plan at ``path`` (seconds)."""
    from smplanner.services.plan_vs_actual import plan_versus_actual
    from smplanner.storage.plan_file import open_plan
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.plan_actual_panel import PlanActualPanel

    found: dict[str, float] = {}
    plan = open_plan(path)
    document = PlanDocument(plan)
    try:
        began = time.perf_counter()
        table = _former_pane(plan)
        found["before, GUI thread"] = time.perf_counter() - began
        table.deleteLater()

        began = time.perf_counter()
        plan_versus_actual(plan)
        found["worker"] = time.perf_counter() - began

        panel = PlanActualPanel(document)
        panel.resize(1366, 500)
        showing = 0.0
        original = panel._show

        def timed_show(*values: Any) -> None:
            nonlocal showing
            start = time.perf_counter()
            original(*values)
            panel.table.grab()  # the first rows painted
            showing = time.perf_counter() - start

        panel._show = timed_show  # type: ignore[method-assign]
        panel.show()
        app.processEvents()
        began = time.perf_counter()
        panel.refresh()
        asking = time.perf_counter() - began
        _wait_until(lambda: not panel.is_reading())
        found["until shown"] = time.perf_counter() - began
        found["GUI thread"] = asking + showing
        assert panel.model.rowCount() > 10_000, panel.model.rowCount()
        panel.close()
        panel.deleteLater()
        app.processEvents()
    finally:
        document.close()
    return found


def figures(size: str = "large", rounds: int = 3) -> list[Figure]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="smplanner-bench-plan-actual-"))
    try:
        copy = folder / f"{size}.smplan"
        shutil.copyfile(plan_path(size, quiet=True), copy)
        from smplanner.storage.plan_file import open_plan

        open_plan(copy).close()  # migrated once here, not in a timed round
        found: dict[str, list[float]] = {}
        for _ in range(rounds):
            for name, seconds in _measure(copy, app).items():  # type: ignore[arg-type]
                found.setdefault(name, []).append(seconds * 1000)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    before = found["before, GUI thread"]
    budgets = {
        "GUI thread": ("<= 100 ms (the rest on a worker)", 100.0),
        "until shown": ("the window answers meanwhile", None),
        "worker": ("off the GUI thread", None),
    }
    return [
        Figure(
            f"Plan vs actual, {size} plan: {name}",
            "ms",
            found[name],
            budget,
            limit=limit,
            baseline=before,
            baseline_name="the former pane, all on the GUI thread",
        )
        for name, (budget, limit) in budgets.items()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--size", default="large")
    args = parser.parse_args()
    print(render(figures(args.size, args.rounds)))


if __name__ == "__main__":
    main()
