"""Start-up time: smplanner's first painted frame with a plan, against a bare PySide6 window.

    .venv/bin/python benchmarks/startup.py [--rounds 7] [--sizes empty,medium,large]

Every round runs a bare PySide6 window and then smplanner on each plan as fresh
processes, one after the other, so that the machine's noise hits a pair alike; the
figure is the median of the per-round ratios (app / bare of the same round), with
their range. Each process exits right after its first frame is painted
(``--quit-after-startup``); the time is the one each process prints, from its start
(the kernel's start time) to its first frame. Plans: a new empty one and the cached
benchmark plans (plan_builder.py); for the largest, each round also drops the
plan file from the page cache (``posix_fadvise(POSIX_FADV_DONTNEED)``, what a network
folder or a first open after boot sees) and compares that cold start with the warm
start of the same round. PYTHONDONTWRITEBYTECODE is unset (an installed copy has its
bytecode). Uses the offscreen platform unless a DISPLAY is set.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE]
sys.path.append(_HERE)

from bench_table import Figure, render
from plan_builder import SIZES, plan_path

BARE_WINDOW = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

def age_ms():
    # As smplanner's gui_main measures it: from the kernel's process start time.
    fields = open("/proc/self/stat", "rb").read().rsplit(b")", 1)[1].split()
    started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000

def finish():
    print(f"first frame painted in {age_ms():.0f} ms from process start", flush=True)
    app.quit()

class Watcher(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, finish)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
label = QLabel("hello")
window.setCentralWidget(label)
label.installEventFilter(Watcher(window))
window.resize(1280, 800)
window.show()
app.exec()
"""
BUDGETS = {"empty": 2.0, "small": 2.2, "medium": 2.2, "large": 2.2}
COLD_BUDGET = 1.3


def timed(command: list[str], env: dict[str, str]) -> float:
    """Seconds from process start to the first frame, as the process reports it
    (its exit is left out: tearing Qt down is not what the user waits for)."""
    result = subprocess.run(
        command, env=env, check=True, capture_output=True, timeout=300, text=True
    )
    match = re.search(r"first frame painted.* in (\d+) ms from process start", result.stdout)
    if match is None:
        raise RuntimeError(f"no first-frame line in {command}: {result.stdout!r}")
    return int(match.group(1)) / 1000


def drop_from_page_cache(path: Path) -> None:
    """Ask the kernel to forget the file's cached pages (they are clean: it may)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def _environment(home: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def figures(sizes: list[str], rounds: int = 7) -> list[Figure]:
    home = Path(tempfile.mkdtemp(prefix="smplanner-bench-"))
    env = _environment(home)
    plans: dict[str, Path] = {}
    for size in sizes:
        if size == "empty":
            plans[size] = home / "Boulangerie Martin.smplan"
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "smplanner",
                    "new",
                    str(plans[size]),
                    "--client",
                    "Boulangerie Martin",
                ],
                env=env,
                check=True,
                capture_output=True,
            )
        else:
            plans[size] = plan_path(size)
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]

    def app_cmd(plan: Path) -> list[str]:
        return [sys.executable, "-m", "smplanner", "--quit-after-startup", str(plan)]

    # One warm-up of each, so that all read the same files from the page cache (and
    # the bytecode is written once).
    timed(bare_cmd, env)
    for plan in plans.values():
        timed(app_cmd(plan), env)
    cold_size = next((s for s in ("large", "medium") if s in plans), None)
    bare: list[float] = []
    app: dict[str, list[float]] = {size: [] for size in plans}
    cold: list[float] = []
    for _ in range(rounds):
        bare.append(timed(bare_cmd, env))
        for size, plan in plans.items():
            app[size].append(timed(app_cmd(plan), env))
        if cold_size is not None:
            drop_from_page_cache(plans[cold_size])
            cold.append(timed(app_cmd(plans[cold_size]), env))

    ms = 1000.0
    platform = env.get("QT_QPA_PLATFORM", "display")
    result = [Figure(f"bare PySide6 window ({platform})", "ms", [t * ms for t in bare], "—")]
    for size in plans:
        label = "empty plan" if size == "empty" else f"{size} plan ({_describe(size)})"
        result.append(
            Figure(
                f"start-up to first frame, {label}, warm",
                "ms",
                [t * ms for t in app[size]],
                f"≤ {BUDGETS[size]}× a bare window",
                baseline=[t * ms for t in bare],
                baseline_name="bare window",
                ratio_limit=BUDGETS[size],
                ratios=[a / b for a, b in zip(app[size], bare, strict=True)],
            )
        )
    if cold_size is not None:
        result.append(
            Figure(
                f"start-up, {cold_size} plan not in the page cache",
                "ms",
                [t * ms for t in cold],
                f"≤ {COLD_BUDGET}× the warm start",
                baseline=[t * ms for t in app[cold_size]],
                baseline_name="warm start",
                ratio_limit=COLD_BUDGET,
                ratios=[c / w for c, w in zip(cold, app[cold_size], strict=True)],
            )
        )
    return result


def _describe(size: str) -> str:
    spec = SIZES[size]
    megabytes = plan_path(size, quiet=True).stat().st_size / 1e6
    return f"{spec.posts:,} posts, {spec.stat_rows:,} rows, {megabytes:.0f} MB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="rounds (at least 5)")
    parser.add_argument("--sizes", default="empty,medium,large")
    args = parser.parse_args()
    print(render(figures(args.sizes.split(","), max(5, args.rounds))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
