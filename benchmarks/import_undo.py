"""Taking back (undo) and putting back (redo) a 100,000-post statistics import in the
huge plan (1,000,000 imported posts): how long the window's thread is blocked.

    .venv/bin/python -P benchmarks/import_undo.py [--rounds 2] [--size large] [--posts 100000]

On a copy of the cached plan (plan_builder.py), one import of ``--posts`` posts is
stored and indexed for the filter (as the posts table's worker does). Each round:
  GUI thread     the undo step's own undo and redo called on the GUI thread (as every
                 undo ran before issue #13): the window is blocked the whole time;
  worker         the same through the undo stack: past UNDONE_ON_WORKER posts it runs
                 on a worker behind a modal note; a 5 ms timer of the window measures
                 its longest wait between two ticks (what blocks the window) and the
                 step's whole time.
Paired in each round, so that the load of a shared machine weighs on both alike.
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
from datetime import UTC, datetime, timedelta
from itertools import pairwise

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_table import Figure, render
from plan_builder import plan_path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def _blocked(action: Callable[[], object]) -> tuple[float, float]:
    """(the whole time, the longest gap between two ticks of a 5 ms GUI timer), s."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    began = time.perf_counter()
    action()
    ended = time.perf_counter()
    timer.stop()
    moments = [began, *ticks, ended]
    return ended - began, max(b - a for a, b in pairwise(moments))


def figures(size: str = "large", rounds: int = 2, posts: int = 100_000) -> list[Figure]:
    from smplanner.domain.stat_records import StatPost
    from smplanner.services import statistics_edits
    from smplanner.services.statistics_hours import catch_up_post_search
    from smplanner.services.statistics_ingest import ingest
    from smplanner.storage.plan_file import open_plan
    from smplanner.ui.document import PlanDocument

    QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="smplanner-bench-undo-"))
    found: dict[str, list[float]] = {}
    try:
        copy = folder / f"{size}.smplan"
        shutil.copyfile(plan_path(size, quiet=True), copy)
        plan = open_plan(copy)
        document = PlanDocument(plan)
        try:
            first = datetime(2027, 1, 1, 8, tzinfo=UTC)
            stored = ingest(
                plan,
                source_label="bench.csv",
                source_kind="meta_facebook_posts",
                posts=[
                    StatPost(
                        "facebook",
                        "boulangerie",
                        f"bench-{i}",
                        published_at=first + timedelta(minutes=11 * i),
                        text=f"Post {i}: la galette du jour, pain au levain",
                        metrics={"reach": 100.0 + i % 500, "likes": float(i % 40)},
                    )
                    for i in range(posts)
                ],
            )
            catch_up_post_search(plan)
            edit = statistics_edits.stored_imports(plan, [stored.import_id], stored.changes)
            assert edit.on_worker is not None
            document.push("Import", edit)
            for _ in range(rounds):
                for name, action in (
                    ("GUI thread: undo", edit.undo),
                    ("GUI thread: redo", edit.redo),
                    ("worker: undo", document.undo_stack.undo),
                    ("worker: redo", document.undo_stack.redo),
                ):
                    whole, gap = _blocked(action)
                    found.setdefault(f"{name}, whole", []).append(whole * 1000)
                    found.setdefault(f"{name}, window blocked", []).append(gap * 1000)
        finally:
            document.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    rows = []
    for step in ("undo", "redo"):
        before = found[f"GUI thread: {step}, window blocked"]
        rows.append(
            Figure(
                f"{posts:,} posts' import, {step}: the window blocked, on a worker",
                "ms",
                found[f"worker: {step}, window blocked"],
                "the window answers (issue #13)",
                baseline=before,
                baseline_name=f"the {step} on the GUI thread, same round",
                ratios=[
                    w / g
                    for w, g in zip(found[f"worker: {step}, window blocked"], before, strict=True)
                ],
            )
        )
        rows.append(
            Figure(
                f"{posts:,} posts' import, {step}: the whole step, on a worker",
                "ms",
                found[f"worker: {step}, whole"],
                "—",
                baseline=found[f"GUI thread: {step}, whole"],
                baseline_name=f"the {step} on the GUI thread, same round",
            )
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--size", default="large")
    parser.add_argument("--posts", type=int, default=100_000)
    args = parser.parse_args()
    print(render(figures(args.size, args.rounds, args.posts)))


if __name__ == "__main__":
    main()
