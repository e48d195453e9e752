"""Start-up time: smplanner's first painted frame with a plan, against a bare PySide6 window.

    python benchmarks/startup.py [--runs 7]

Both run as fresh processes, alternately, so that the machine's noise hits both
alike; each is timed from process start to process exit, and each exits right after
its first frame is painted. Prints both medians and the ratio (budget: ≤ 2.5×,
stretch 2×). Uses the offscreen platform unless a DISPLAY is set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Watcher(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
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


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each (at least 5)")
    args = parser.parse_args()
    runs = max(5, args.runs)

    home = Path(tempfile.mkdtemp(prefix="smplanner-bench-"))
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    plan = home / "Boulangerie Martin.smplan"
    subprocess.run(
        [sys.executable, "-m", "smplanner", "new", str(plan), "--client", "Boulangerie Martin"],
        env=env,
        check=True,
        capture_output=True,
    )
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    app_cmd = [sys.executable, "-m", "smplanner", "--quit-after-startup", str(plan)]

    # One warm-up of each so that both read the same files from the page cache.
    timed(bare_cmd, env)
    timed(app_cmd, env)
    bare, app = [], []
    for _ in range(runs):
        bare.append(timed(bare_cmd, env))
        app.append(timed(app_cmd, env))

    bare_median = statistics.median(bare)
    app_median = statistics.median(app)
    ratio = app_median / bare_median
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'display ' + env.get('DISPLAY', ''))}")
    print(f"bare PySide6 window:        median {bare_median * 1000:7.1f} ms  "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in bare)})")
    print(f"smplanner with a plan:      median {app_median * 1000:7.1f} ms  "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in app)})")
    verdict = "within budget" if ratio <= 2.5 else "OVER BUDGET"
    stretch = " (stretch goal 2× met)" if ratio <= 2.0 else ""
    print(f"ratio: {ratio:.2f}×  budget ≤ 2.5× — {verdict}{stretch}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
