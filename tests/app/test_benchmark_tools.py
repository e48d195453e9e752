"""The benchmarks' plan builder and table (benchmarks/): real plans the app opens,
figures judged against their budgets."""

from __future__ import annotations

import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.append(str(BENCHMARKS))

from bench_table import Figure, render  # noqa: E402
from plan_builder import PlanSize, build, plan_path  # noqa: E402


def test_built_plans_open_and_hold_what_they_say(tmp_path: Path) -> None:
    from smplanner.services import calendar_queries
    from smplanner.storage.plan_file import inspect_plan, open_plan

    path = tmp_path / "sample.smplan"
    build(PlanSize("sample", 500, 3000, 1), path)
    assert inspect_plan(path, full=True).schema_version > 0  # sound, every page
    with open_plan(path) as plan:
        conn = plan.conn
        assert (
            conn.execute("SELECT count(*) FROM posts WHERE scheduled_at IS NOT NULL").fetchone()[0]
            == 500
        )
        # 200 rows through the real importer, the rest in bulk in the same shape
        assert conn.execute("SELECT count(*) FROM stat_posts").fetchone()[0] == 3200
        [keys] = conn.execute("SELECT metrics FROM stat_posts ORDER BY id DESC LIMIT 1").fetchone()
        assert "impressions" in keys or "likes" in keys
        assert calendar_queries.ideas(plan)
    assert not list(tmp_path.glob(".*building"))


def test_plans_are_cached_outside_the_repository(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SMPLANNER_BENCH_CACHE", str(tmp_path / "cache"))
    first = plan_path("small", quiet=True)
    stamp = first.stat().st_mtime_ns
    assert plan_path("small", quiet=True) == first and first.stat().st_mtime_ns == stamp
    assert tmp_path in first.parents


def test_the_table_judges_each_figure_by_its_budget() -> None:
    fast = Figure("switch", "ms", [10, 12, 30], "≤ 20 ms", limit=20)
    slow = Figure("drop", "ms", [17, 18, 19], "≤ 16 ms", limit=16)
    paired = Figure(
        "start-up",
        "ms",
        [400, 380, 390],
        "≤ 2×",
        baseline=[200, 150, 200],
        baseline_name="bare",
        ratio_limit=2.0,
        ratios=[2.0, 2.53, 1.95],
    )
    assert fast.within is True and fast.median == 12
    assert slow.within is False
    assert paired.ratio == 2.0 and paired.within is True  # the median of the pairs
    table = render([fast, slow, paired])
    assert "| switch | ≤ 20 ms | 12.0 ms (10.0 ms–30.0 ms, 3 rounds)" in table
    assert "**OVER**" in table and "2.00× (1.95–2.53)" in table
