"""Resident memory with a large plan open on every tab, against a bare PySide6 window.

    .venv/bin/python benchmarks/memory.py

Builds a large plan (10,000 posts over three years and a 100,000-row X export imported
through `smplanner import`), then, in fresh processes, measures the resident set
(VmRSS, and the peak VmHWM) of (a) a bare PySide6 window and (b) smplanner with that
plan after showing the Strategy, Calendar and Statistics tabs in turn.
Budget (DESIGN.md): ≤ 250 MB resident.

On the Statistics tab it also shows each sub-tab, sorts the posts by engagement
rate, scrolls to the last post, filters, and changes the period: every step prints
the resident memory after it and the time it took. ``--keep`` keeps the built
plan and ``--plan PATH`` measures it again without rebuilding; ``--runs N`` gives
the medians of N measures.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

# No module of this folder may shadow the stdlib when run as a script: drop the folder.
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE]

POSTS = 10_000
EXPORT_ROWS = 100_000
BUDGET_MB = 250

MEASURE = textwrap.dedent(
    """
    import sys
    import time
    from PySide6.QtCore import QTimer, Qt
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    def memory():
        fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
        return [int(fields[k].split()[0]) / 1024 for k in ("VmRSS", "VmHWM")]

    app = QApplication(sys.argv)
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("hello"))
        window.resize(1280, 800)
        window.show()
        steps = []
    else:
        from smplanner.ui.app_paths import app_settings
        from smplanner.ui.main_window import MainWindow
        from pathlib import Path
        window = MainWindow(app_settings())
        window.file_actions.open_path(Path(sys.argv[2]))
        window.resize(1280, 800)
        window.show()

        def stats():
            return window.plan_view.statistics.content

        def sub_tab(index):
            return lambda: stats().details.setCurrentIndex(index)

        def period(key):
            return lambda: stats().period.setCurrentIndex(stats().period.findData(key))

        # What a person does on each tab of a large plan: every tab and sub-tab shown,
        # the posts sorted, scrolled to the end and filtered, the period changed.
        steps = [
            ("strategy", lambda: window.show_tab(0)),
            ("calendar", lambda: window.show_tab(1)),
            ("statistics", lambda: window.show_tab(2)),
            ("posts", sub_tab(1)),
            ("sort by rate", lambda: stats().posts_view.sortByColumn(5, Qt.DescendingOrder)),
            ("scroll to end", lambda: stats().posts_view.scrollToBottom()),
            ("filter", lambda: stats().posts_filter.setText("Post 99")),
            ("no filter", lambda: stats().posts_filter.setText("")),
            ("best hours", sub_tab(2)),
            ("imports", sub_tab(3)),
            ("last 90 days", period("90")),
            ("all time", period("all")),
            ("objectives", sub_tab(0)),
        ]

    def next_step():
        print("step start %.1f %.1f 0" % tuple(memory()), file=sys.stderr, flush=True)
        run_steps()

    def run_steps():
        if steps:
            label, action = steps.pop(0)
            began = time.perf_counter()
            action()
            window.repaint()
            elapsed = (time.perf_counter() - began) * 1000
            def report():
                print("step %s %.1f %.1f %.0f" % (label.replace(" ", "_"), *memory(), elapsed),
                      file=sys.stderr, flush=True)
                run_steps()
            QTimer.singleShot(300, report)  # let lazy tabs build and paint
        else:
            print("%.1f %.1f" % tuple(memory()), flush=True)
            app.quit()

    QTimer.singleShot(300, next_step)
    app.exec()
    """
)


def build_large_plan(folder: Path, env: dict[str, str]) -> Path:
    from zoneinfo import ZoneInfo

    from smplanner.domain.plan_properties import PlanProperties
    from smplanner.storage.calendar_rows import to_storage_time
    from smplanner.storage.plan_file import create_plan

    plan_path = folder / "Large client.smplan"
    zone = ZoneInfo("Europe/Paris")
    rng = random.Random(7)
    start = datetime(2025, 1, 1, tzinfo=zone)
    networks = ["facebook", "instagram", "linkedin", "x", "tiktok"]
    with create_plan(plan_path, PlanProperties(client_name="Large client")) as plan:
        rows = [
            {
                "network": rng.choice(networks),
                "scheduled_at": to_storage_time(
                    start + timedelta(days=rng.randrange(365 * 3), hours=rng.randrange(7, 22)),
                    zone,
                ),
                "status": "draft",
                "text": f"Post {i} about our bread and pastries, adapted per network",
                "created_at": "2025-01-01T00:00:00+00:00",
                "updated_at": "2025-01-01T00:00:00+00:00",
            }
            for i in range(POSTS)
        ]
        with plan.transaction() as db:
            db.table("posts").insert_all(rows, batch_size=2000)

    export = folder / "account_analytics_content_2021-01-01_2024-12-31.csv"
    write_x_export(export, EXPORT_ROWS)
    subprocess.run(
        [sys.executable, "-m", "smplanner", "import", str(plan_path), str(export)],
        env=env,
        check=True,
        capture_output=True,
    )
    return plan_path


def write_x_export(path: Path, rows: int) -> None:
    """An X content export in its documented layout (see EXPORT_FORMATS.md)."""
    header = [
        "Post id",
        "Date",
        "Post text",
        "Post Link",
        "Impressions",
        "Likes",
        "Engagements",
        "Bookmarks",
        "Shares",
        "New follows",
        "Replies",
        "Reposts",
        "Profile visits",
        "Detail Expands",
        "URL Clicks",
        "Hashtag Clicks",
        "Permalink Clicks",
    ]
    first = datetime(2021, 1, 1, tzinfo=UTC)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for i in range(rows):
            moment = first + timedelta(minutes=23 * i)
            post_id = (int(moment.timestamp() * 1000) - 1288834974657) << 22 | (i % 4096)
            writer.writerow(
                [
                    post_id,
                    moment.strftime("%a, %b %d, %Y"),
                    f"Post {i} #bakery",
                    f"https://x.com/boulanger/status/{post_id}",
                    1000 + i % 5000,
                    *[(i * k) % 50 for k in range(1, 13)],
                ]
            )


def measure(kind: str, plan: Path | None, env: dict[str, str]) -> tuple[float, float]:
    args = [sys.executable, "-c", MEASURE, kind] + ([str(plan)] if plan else [])
    result = subprocess.run(args, env=env, check=True, capture_output=True, text=True)
    steps = [line.split()[1:] for line in result.stderr.splitlines() if line.startswith("step")]
    shown = ", ".join(f"{label} {rss} ({ms} ms)" for label, rss, _peak, ms in steps)
    print(f"  {kind}: RSS after each step (MB, time of the step): {shown}")
    rss, peak = (float(x) for x in result.stdout.split()[-2:])
    return rss, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plan", type=Path, help="measure this large plan (built before)")
    parser.add_argument("--keep", action="store_true", help="keep the built plan, print its path")
    parser.add_argument("--runs", type=int, default=1, help="measure the app N times (medians)")
    ns = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="smplanner-memory-"))
    env = {**os.environ, "XDG_DATA_HOME": str(home / "d"), "XDG_CONFIG_HOME": str(home / "c")}
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    plan = ns.plan or build_large_plan(home, env)
    if ns.keep and not ns.plan:
        print(f"plan kept: {plan}")
    print(
        f"plan: {POSTS:,} posts, {EXPORT_ROWS:,} imported posts, "
        f"{plan.stat().st_size / 1e6:.0f} MB on disk"
    )
    bare = measure("bare", None, env)
    runs = [measure("app", plan, env) for _ in range(max(1, ns.runs))]
    app = (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs))
    print(f"bare PySide6 window:            RSS {bare[0]:6.1f} MB  (peak {bare[1]:6.1f} MB)")
    print(
        f"smplanner, every tab shown:     RSS {app[0]:6.1f} MB  (peak {app[1]:6.1f} MB)"
        + (f"  (medians of {len(runs)} runs)" if len(runs) > 1 else "")
    )
    verdict = "within budget" if app[1] <= BUDGET_MB else "OVER BUDGET"
    print(
        f"ratio to the bare window: {app[0] / bare[0]:.1f}x; peak {app[1]:.0f} MB of "
        f"{BUDGET_MB} MB — {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
