"""The whole-plan JSON and the .ics of the large plan: peak memory and time (issue #13).

The JSON written is then imported into a new plan (import-plan), which streams too:
its peak is held against the 150 MB import budget, and its input's size is shown.

    .venv/bin/python benchmarks/export_speed.py [--rounds 3] [--size large]

Budgets: the JSON export of 1,000,000 rows peaks at most 1.5x the file it writes
(and so does the imported posts' statistics CSV, its other 1,000,000-row export);
the .ics of 50,000 posts peaks under 200 MB and takes at most twice the time of a
plain string writer (the same posts read the same way, each written as an f-string
with no escaping, folding or labels), measured in the same round, paired. Times are
the CPU seconds of the exporting process (the 2-core machine is shared: wall time
would measure the neighbours).

Every measurement runs in a fresh process, so that its peak resident memory
(``VmHWM``: the interpreter, SQLite's cache and the export) is its own; the note
gives the process's resident memory just before the export began. The plan
is the cached one of plan_builder.py, copied once beside it and brought to the
current format there, so the shared cache is never changed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.append(str(_HERE))

from bench_table import Figure, render
from plan_builder import BUILDER_VERSION, SIZES, cache_folder, plan_path

# What the child runs: one export (or the plain baseline), then its own figures.
_CHILD = r"""
import json, sys, time
from pathlib import Path
kind, source, target = sys.argv[1:4]
from smplanner.storage.plan_file import open_plan
from smplanner.storage import calendar_rows
from smplanner.services.export_json import export_plan_json
from smplanner.exports.ics_export import write_ics
from smplanner.services.export_json import import_plan_json
def resident_mb(field="VmRSS:"):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return 0.0
before = resident_mb()  # the interpreter, SQLite and the modules, before any row is read
# CPU time of this process: on a shared machine, others' load would swamp wall time.
began = time.process_time()  # imports left out: the writers are timed, not Python
if kind == "import":  # the JSON a "json" run wrote, back into a new plan (streamed)
    with import_plan_json(Path(source), Path(target)) as plan:
        from smplanner.storage.plan_json import exportable_tables
        rows = sum(plan.conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                   for t in exportable_tables(plan.conn))
    source = target  # the size below is the new plan's
else:
    with open_plan(Path(source), read_only=True) as plan:
        if kind == "json":
            rows = export_plan_json(plan, Path(target))
        elif kind == "ics":
            rows = write_ics(plan, Path(target)).rows
        elif kind == "csv":
            from smplanner.services.export_csv import write_post_statistics_csv
            rows = write_post_statistics_csv(plan, Path(target))
        else:  # the plain string writer the .ics is held against
            zone = calendar_rows.plan_zone(plan.conn)
            rows = 0
            with open(target, "w", encoding="utf-8", newline="") as handle:
                handle.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                for post in calendar_rows.stream_posts(plan.conn, "WHERE scheduled_at IS NOT NULL"):
                    start = post.scheduled_at.astimezone(zone)
                    handle.write(
                        f"BEGIN:VEVENT\r\nUID:post-{post.id}@smplanner\r\n"
                        f"DTSTART;TZID={zone.key}:{start:%Y%m%dT%H%M%S}\r\n"
                        f"SUMMARY:{post.network} {post.title or post.text[:60]}\r\n"
                        f"DESCRIPTION:{post.text}\r\nEND:VEVENT\r\n"
                    )
                    rows += 1
                handle.write("END:VCALENDAR\r\n")
seconds = time.process_time() - began
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent through fork and
# exec, so every child reported at least this benchmark's own resident size (43 MB).
peak = resident_mb("VmHWM:")
size = Path(target).stat().st_size
print("RESULT " + json.dumps({"seconds": seconds, "peak_mb": peak, "rows": rows,
                              "before_mb": before, "bytes": size}))
"""


def current_copy(size: str) -> Path:
    """The size's cached plan, copied beside it, in the current format."""
    from smplanner.storage.plan_file import open_plan

    source = plan_path(size, quiet=True)
    copy = cache_folder() / f"{size}-v{BUILDER_VERSION}-exports.smplan"
    if not copy.exists() or copy.stat().st_mtime < source.stat().st_mtime:
        shutil.copyfile(source, copy)
    with open_plan(copy):  # brings it to the current format if a migration came since
        pass
    for backup in copy.parent.glob(f"{copy.stem} (format * backup).smplan"):
        backup.unlink()  # the copy is the benchmark's own: no backup to keep
    return copy


def measure(kind: str, plan: Path, folder: Path, *, keep: bool = False) -> dict[str, float]:
    """One run in a fresh process; ``keep`` leaves its file (folder/out.KIND) for the next."""
    target = folder / f"out.{kind}"
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, kind, str(plan), str(target)],
        capture_output=True,
        text=True,
        timeout=3600,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("RESULT ")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"{kind} export failed:\n{result.stderr[-3000:]}")
    if not keep:
        target.unlink(missing_ok=True)
    values: dict[str, float] = json.loads(lines[-1][len("RESULT ") :])
    return values


def figures(size: str = "large", rounds: int = 3) -> list[Figure]:
    """The export figures of one plan size, ``rounds`` rounds each (at most 3: minutes)."""
    plan = current_copy(size)
    spec = SIZES[size]
    rounds = max(1, min(rounds, 3))
    runs: dict[str, list[dict[str, float]]] = {
        "json": [],
        "ics": [],
        "plain": [],
        "csv": [],
        "import": [],
    }
    with tempfile.TemporaryDirectory(prefix="smplanner-export-bench-") as folder:
        for _ in range(rounds):
            for kind in ("plain", "ics", "json", "csv"):  # plain and ics back to back
                runs[kind].append(measure(kind, plan, Path(folder), keep=kind == "json"))
            # The JSON just written, imported into a new plan: the import streams too.
            exported = Path(folder) / "out.json"
            runs["import"].append(measure("import", exported, Path(folder)))
            runs["import"][-1]["input_bytes"] = exported.stat().st_size
            exported.unlink()
    output_mb = runs["json"][0]["bytes"] / 2**20
    csv_mb = runs["csv"][0]["bytes"] / 2**20
    csv_rows = f"{int(runs['csv'][0]['rows']):,}"
    ics_mb = runs["ics"][0]["bytes"] / 2**20
    rows = f"{int(runs['json'][0]['rows']):,}"
    posts = f"{spec.posts:,}"
    return [
        Figure(
            name=f"JSON export, {size} plan ({rows} rows): peak memory",
            unit="MB",
            samples=[r["peak_mb"] for r in runs["json"]],
            budget="≤ 1.5× the output size",
            limit=1.5 * output_mb,
            note=f"output {output_mb:,.0f} MB; {runs['json'][0]['before_mb']:.0f} MB before",
        ),
        Figure(
            name=f"JSON export, {size} plan ({rows} rows): time",
            unit="s",
            samples=[r["seconds"] for r in runs["json"]],
            budget="(no budget)",
        ),
        Figure(
            name=f"JSON plan import, {size} plan ({rows} rows): peak memory",
            unit="MB",
            samples=[r["peak_mb"] for r in runs["import"]],
            budget="≤ 150 MB (an import streams)",
            limit=150.0,
            note=f"input {runs['import'][0]['input_bytes'] / 2**20:,.0f} MB;"
            f" {runs['import'][0]['before_mb']:.0f} MB before",
        ),
        Figure(
            name=f"JSON plan import, {size} plan ({rows} rows): time",
            unit="s",
            samples=[r["seconds"] for r in runs["import"]],
            budget="(no budget)",
        ),
        Figure(
            name=f"Imported posts CSV, {size} plan ({csv_rows} rows): peak memory",
            unit="MB",
            samples=[r["peak_mb"] for r in runs["csv"]],
            budget="≤ 1.5× the output size",
            limit=1.5 * csv_mb,
            note=f"output {csv_mb:,.0f} MB; {runs['csv'][0]['before_mb']:.0f} MB before",
        ),
        Figure(
            name=f"ICS export, {size} plan ({posts} posts): peak memory",
            unit="MB",
            samples=[r["peak_mb"] for r in runs["ics"]],
            budget="≤ 200 MB",
            limit=200.0,
            note=f"output {ics_mb:,.0f} MB; {runs['ics'][0]['before_mb']:.0f} MB before",
        ),
        Figure(
            name=f"ICS export, {size} plan ({posts} posts): time",
            unit="s",
            samples=[r["seconds"] for r in runs["ics"]],
            budget="≤ 2× a plain string writer",
            baseline=[r["seconds"] for r in runs["plain"]],
            baseline_name="plain string writer",
            ratio_limit=2.0,
            ratios=[
                i["seconds"] / p["seconds"] for i, p in zip(runs["ics"], runs["plain"], strict=True)
            ],
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--size", choices=sorted(SIZES), default="large")
    args = parser.parse_args()
    found = figures(args.size, args.rounds)
    print(render(found))
    return 0 if all(f.within is not False for f in found) else 1


if __name__ == "__main__":
    sys.exit(main())
