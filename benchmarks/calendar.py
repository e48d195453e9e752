"""Calendar speed with a large plan (run by hand: `.venv/bin/python benchmarks/calendar.py`).

Fills a plan with 10,000 posts over three years, builds the real Calendar tab
offscreen and prints medians for: month switch (budget 20 ms), week switch, one
drag-and-drop move committed and repainted (budget 16 ms), filter change. Each
figure is also given as a ratio to a baseline measured in the same run: one
synchronous repaint of the tab with nothing changed (what a frame costs here).
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is named like the standard library's calendar module, which
# sqlite-utils and dateutil import: run as a script, drop its folder from the path.
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE]

import os  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from datetime import date, datetime, timedelta  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

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


def main() -> int:
    from PySide6.QtWidgets import QApplication

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

    def timed(action, runs: int = RUNS, full: bool = True) -> list[float]:  # type: ignore[no-untyped-def]
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            action()
            if full:
                tab.repaint()  # synchronous paint of the whole tab
            else:
                app.processEvents()  # paint only what the change made dirty
            samples.append(time.perf_counter() - start)
            samples.append(time.perf_counter() - start)
            # Warnings are deferred past the frame; let them run between samples.
            tab._warnings_timer.stop()
            tab.refresh_warnings()
        return samples

    baseline = _median_ms(timed(lambda: None))
    directions = iter([1, -1] * RUNS)
    month = _median_ms(timed(lambda: tab.step(next(directions))))
    warnings_samples = []
    for _ in range(5):
        start = time.perf_counter()
        tab.refresh_warnings()
        warnings_samples.append(time.perf_counter() - start)

    def move_one() -> None:
        posts = calendar_queries.posts_between(document.plan, date(2026, 3, 9), date(2026, 3, 12))
        post = posts[0]
        target = post.scheduled_at.date() + timedelta(days=1 if post.scheduled_at.day < 11 else -1)
        tab.actions.drop([post.id], Cell(target), False)

    move = _median_ms(timed(move_one))
    move_dirty = _median_ms(timed(move_one, full=False))
    networks = iter([1, 0] * RUNS)
    filter_change = _median_ms(timed(lambda: tab.network_filter.setCurrentIndex(next(networks))))
    tab.network_filter.setCurrentIndex(0)
    tab.set_mode(WEEK)
    app.processEvents()
    week = _median_ms(timed(lambda: tab.step(next(directions))))
    tab.set_mode(MONTH)

    print(f"baseline: one repaint of the tab, nothing changed   {baseline:7.2f} ms")
    rows = [
        ("month switch (budget 20 ms)", month),
        ("week switch", week),
        ("drag-and-drop move, committed + whole tab repainted", move),
        ("drag-and-drop move, committed + dirty cells painted (16 ms)", move_dirty),
        ("filter change (network)", filter_change),
        (
            "rule warnings for the shown month (deferred, after the frame)",
            _median_ms(warnings_samples),
        ),
    ]
    for label, value in rows:
        print(f"{label:62s} {value:7.2f} ms   x{value / baseline:5.1f} baseline")
    document.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
