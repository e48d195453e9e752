"""Every benchmark on the three plan sizes, one table (issue #13).

    .venv/bin/python benchmarks/run_all.py [--rounds 7] [--quick] [--markdown FILE]

Builds (once, cached) the plans of plan_builder.py, then runs each benchmark in a
fresh process of its own (so that one's memory and Qt state never weigh on the
next) and prints one table: figure, budget, measured (median and range of the
rounds), baseline measured in the same run, ratio, within budget or not.

A benchmark module offers ``figures(...) -> list[bench_table.Figure]``; the ones
below are called with their sizes. A script of this folder without ``figures``
(import_speed.py, memory.py, as present) is
run as is and its output printed after the table, so nothing measured is left out.
``--quick`` runs three rounds and the calendar on the medium plan only.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.append(str(_HERE))

from bench_table import Figure, render
from plan_builder import SIZES, plan_path

# (module, how it is called): each entry runs in its own process.
PLANNED: list[tuple[str, dict[str, object]]] = [
    ("startup", {"sizes": ["empty", "small", "medium", "large"]}),
    ("calendar_speed", {"size": "small"}),
    ("calendar_speed", {"size": "medium"}),
    ("calendar_speed", {"size": "large"}),
    ("chart_points", {}),
]
# The other engineers' scripts, included when present (figures() if they offer it).
OPTIONAL = [
    "import_speed",
    "statistics_tab",
    "export_speed",
    "memory",
    "plan_actual",
    "best_hours",
    "import_undo",
    "posts_csv_import",
    "xlsx_import",
]


def _run_one(module: str, arguments: dict[str, object], rounds: int) -> list[Figure]:
    """In a child process: the module's figures as JSON on the last line of stdout."""
    code = (
        "import json, sys; from dataclasses import asdict;"
        f" sys.path.append({str(_HERE)!r});"
        f" import {module} as m;"
        f" found = m.figures(**json.loads(sys.argv[1]), rounds={rounds});"
        " print('FIGURES ' + json.dumps([asdict(f) for f in found]))"
    )
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code, json.dumps(arguments)],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(_HERE),
        timeout=3600,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("FIGURES ")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"{module} {arguments} failed:\n{result.stderr[-3000:]}")
    return [Figure(**values) for values in json.loads(lines[-1][len("FIGURES ") :])]


def _run_script(name: str, medium: Path) -> str:
    """A script without figures(): its own output, as it prints it."""
    arguments = ["--plan", str(medium)] if name == "memory" else []
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    result = subprocess.run(
        [sys.executable, str(_HERE / f"{name}.py"), *arguments],
        capture_output=True,
        text=True,
        env=env,
        timeout=3600,
    )
    output = result.stdout.strip()
    if result.returncode != 0:
        output += f"\n(exit status {result.returncode})\n" + result.stderr.strip()[-1500:]
    return f"### {name}.py\n\n```text\n{output}\n```"


def _offers_figures(name: str) -> bool:
    try:
        return hasattr(importlib.import_module(name), "figures")
    except Exception:  # a script that runs at import (or needs arguments): run it as is
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="3 rounds, fewer sizes")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = parser.parse_args()
    rounds = 3 if args.quick else max(3, args.rounds)
    began = time.perf_counter()
    for size in SIZES:
        plan_path(size)  # built once, cached
    planned = PLANNED
    if args.quick:
        planned = [
            ("startup", {"sizes": ["empty", "large"]}),
            ("calendar_speed", {"size": "medium"}),
            ("chart_points", {}),
        ]
    figures: list[Figure] = []
    for module, arguments in planned:
        print(f"running {module} {arguments} ...", file=sys.stderr, flush=True)
        figures += _run_one(module, arguments, max(5, rounds) if module == "startup" else rounds)
    scripts = []
    for name in OPTIONAL:
        if not (_HERE / f"{name}.py").exists():
            continue
        print(f"running {name} ...", file=sys.stderr, flush=True)
        if _offers_figures(name):
            figures += _run_one(name, {}, rounds)
        else:
            scripts.append(_run_script(name, plan_path("medium")))
    table = render(figures)
    over = [f.name for f in figures if f.within is False]
    summary = (
        f"{len(figures)} figures, {sum(f.within is True for f in figures)} within budget, "
        f"{len(over)} over; {time.perf_counter() - began:.0f} s"
    )
    text = "\n\n".join([table, summary, *scripts])
    print(text)
    if args.markdown is not None:
        args.markdown.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
