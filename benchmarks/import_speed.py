"""Import speed and memory: exports of 100,000 and 1,000,000 rows against baselines
measured in the same run.

    .venv/bin/python -P benchmarks/import_speed.py [ROWS] [ROUNDS] [--processes-only|--stages-only]

(-P keeps benchmarks/ off sys.path: a module there must not shadow the stdlib.)

First, whole processes, each timed from its start to its exit with its own peak
resident memory (os.wait4), so that imports, start-up and teardown all count alike:

  smplanner   ``smplanner import PLAN FILE``, as a user or script runs it;
  streaming   a Python process that reads the file with the csv module and hands the
              reader straight to executemany (a plain table, the plan's durability):
              the least memory any importer of the file can use;
  sqlite-utils  ``sqlite-utils insert --csv``.

at ROWS rows (ROUNDS paired rounds) and once at 1,000,000 rows, where the budget is
<= 150 MB resident for the import (issue #10; it was 2.2 GB before the import streamed),
for the X content export and for a Meta Facebook posts export (smplanner and the
streaming baseline only; 2.6 GB until Meta's posts were read in parts too).
``figures()`` gives these to run_all.py.

Then, in this process, the import split in its stages. Generates an X content export
(the documented layout) of ROWS posts, then, ROUNDS times, interleaved so that a busy
machine slows each alike, and each into a fresh file with the plan's own durability
(rollback journal, synchronous=FULL, one committed transaction):

  bare      csv module read + executemany of the file's rows as they are (text, no
            conversion) into a plain table with one column per CSV column and no
            index: the least any importer must do to get the file into SQLite.
  ours      smplanner's whole import, as `smplanner import` and the import dialog do
            it, split into its two stages:
              reading  read, hash, recognise, parse and check every cell, normalize;
              storing  ingest of the parsed rows: times to ISO text, the new-or-known
                       check, INSERT (or the upsert for posts already in the plan),
                       the recorded import, the undo bookkeeping, the commit.
  floor     a plain executemany INSERT of the very rows smplanner stored (already
            normalized: their making not timed) into stat_posts of a fresh plan:
            "the same rows into the same table", what SQLite alone costs for them.
  again     storing the same reading a second time into the plan just filled (every
            post known: the upsert path; nothing changes, nothing is added).

and once each: ``sqlite-utils insert --csv`` of the same file, and the import through
the import dialog (offscreen: reading on its worker, storing on its own worker with
progress, the undo step pushed), to show that the window gets the same speed.

The budget (DESIGN.md, issue 5) reads "compare with a bare sqlite3.executemany of the
same rows into the same table (<= 1.5x)"; both readings of it are printed:
  A. storing stage vs floor   (the same normalized rows into stat_posts)
  B. whole import vs bare     (file to SQLite, any table)
and the whole import must beat sqlite-utils. Medians; ratios are ratios of medians.
"""

from __future__ import annotations

import sys
from pathlib import Path

# benchmarks/calendar.py (the name the calendar issue gives) would shadow the stdlib
# calendar module that dateutil imports: run as a script, drop this folder from the path.
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE]

import csv
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.append(_HERE)  # bench_table, as a module of this folder (after the stdlib)
from bench_table import Figure, render

from smplanner.domain.plan_properties import PlanProperties
from smplanner.importers.export_files import read_export_file
from smplanner.services.statistics_import import FilePreview, import_files, undo_imports
from smplanner.storage.plan_file import PlanFile, connect_read_write, create_plan

HEADER = [
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


def make_export(path: Path, rows: int) -> None:
    start = datetime(2021, 1, 1, tzinfo=UTC)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(rows):
            moment = start + timedelta(minutes=23 * i)
            post_id = (int(moment.timestamp() * 1000) - 1288834974657) << 22 | (i % 4096)
            writer.writerow(
                [
                    post_id,
                    moment.strftime("%a, %b %d, %Y"),
                    f"Post number {i} #bakery",
                    f"https://x.com/boulangermartin/status/{post_id}",
                    f"{1000 + i % 5000:,}",
                    i % 40,
                    i % 90,
                    i % 5,
                    i % 3,
                    i % 2,
                    i % 7,
                    i % 9,
                    i % 11,
                    i % 13,
                    i % 6,
                    "0",
                    i % 4,
                ]
            )


# Meta Business Suite's Facebook posts export (EXPORT_FORMATS.md, the real files' names):
# read whole until December 2026 (a million rows took 2.6 GB), now in parts like X's.
META_HEADER = [
    "Post ID", "Page ID", "Page name", "Title", "Description", "Duration (sec)",
    "Publish time", "Caption type", "Permalink", "Is crosspost", "Is share", "Post type",
    "Languages", "Custom labels", "Funded content status", "Data comment", "Date", "Views",
    "Reach", "Reactions, Comments and Shares", "Reactions", "Comments", "Shares",
    "Total clicks", "Other Clicks", "Link Clicks", "Seconds viewed",
    "Average Seconds viewed",
]  # fmt: skip


def make_meta_export(path: Path, rows: int) -> None:
    """A Meta Facebook posts export (lifetime rows) of ``rows`` posts, 23 minutes apart
    around the clock: a fifth of them at night, where the clocks go back."""
    start = datetime(2021, 1, 1)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(META_HEADER)
        for i in range(rows):
            moment = start + timedelta(minutes=23 * i)
            post = f"1234567890_{1_000_000 + i}"
            writer.writerow(
                [post, "1234567890", "Boulangerie Martin", "", f"Post number {i} #bakery",
                 "", moment.strftime("%m/%d/%Y %H:%M"), "",
                 f"https://www.facebook.com/1234567890/posts/{1_000_000 + i}", "No", "No",
                 "Photos", "fr", "", "", "", "Lifetime", f"{1000 + i % 5000:,}",
                 800 + i % 3000, i % 90, i % 40, i % 9, i % 5, i % 70, i % 11, "", "", ""]
            )  # fmt: skip


def fresh_plan(folder: Path, name: str) -> PlanFile:
    return create_plan(folder / name, PlanProperties(client_name="Bench", sector="bakery_food"))


def bare_import(export: Path, target: Path) -> float:
    """The baseline: csv module -> executemany as is, into a plain table."""
    began = time.perf_counter()
    conn = connect_read_write(target)  # the plan's pragmas: same durability
    with export.open(newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        header = next(rows)
        columns = ", ".join(f"c{i} TEXT" for i in range(len(header)))
        conn.execute(f"CREATE TABLE export ({columns})")
        with conn:
            conn.executemany(f"INSERT INTO export VALUES ({', '.join('?' * len(header))})", rows)
    conn.close()
    return time.perf_counter() - began


def our_import(export: Path, plan: PlanFile) -> tuple[float, float, float]:
    """(reading, storing, storing again) seconds of smplanner's import of the file."""
    began = time.perf_counter()
    reading = read_export_file(export)
    read_done = time.perf_counter()
    import_files(plan, [FilePreview(export, reading)])
    stored = time.perf_counter()
    outcome = import_files(plan, [FilePreview(export, reading)])
    again = time.perf_counter() - stored
    assert all(result.nothing_new for _, result in outcome.results)
    # Leave the plan with the first import only, for the floor to copy.
    undo_imports(plan, outcome.import_ids)
    return read_done - began, stored - read_done, again


def floor_insert(rows: list[tuple[object, ...]], plan: PlanFile) -> float:
    """Plain INSERT of already-stored rows into stat_posts of a fresh plan."""
    began = time.perf_counter()
    with plan.conn:
        plan.conn.executemany(
            "INSERT INTO stat_posts (network, account, external_id, link, published_at,"
            " time_known, text, post_type, metrics, import_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    return time.perf_counter() - began


def dialog_import(export: Path, plan_path: Path) -> float:
    """Seconds from dropping the file on the import dialog to the import committed."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.import_dialog import ImportDialog

    app = QApplication.instance() or QApplication([])
    plan = create_plan(plan_path, PlanProperties(client_name="Bench", sector="bakery_food"))
    document = PlanDocument(plan)
    dialog = ImportDialog(document)
    loop = QEventLoop()
    poll = QTimer(interval=20)  # as light as the idle window: no GIL contention of our own
    began = time.perf_counter()
    dialog.add_paths([export])
    poll.timeout.connect(lambda: loop.quit() if not dialog.reading and dialog.previews else None)
    poll.start()
    loop.exec()
    poll.stop()
    dialog.accepted.connect(loop.quit)
    dialog.import_button.click()
    loop.exec()
    elapsed = time.perf_counter() - began
    assert document.undo_stack.count() == 1
    dialog.deleteLater()
    document.close()
    app.processEvents()
    return elapsed


_STREAMING_BASELINE = """
import csv, sqlite3, sys
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
conn.execute("PRAGMA journal_mode=DELETE"); conn.execute("PRAGMA synchronous=FULL")
with open(sys.argv[1], newline="", encoding="utf-8") as handle:
    rows = csv.reader(handle)
    header = next(rows)
    columns = ", ".join(f"c{i} TEXT" for i in range(len(header)))
    conn.execute(f"CREATE TABLE export ({columns})")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO export VALUES (" + ", ".join("?" * len(header)) + ")", rows)
    conn.execute("COMMIT")
"""


# Forks the measured command from a bare interpreter (python -S, ~8 MB): a child's
# peak resident memory counts what it shared with its parent when it was spawned,
# so spawned from this process (smplanner loaded) every figure would start at ~40 MB.
_LAUNCHER = """
import os, sys, time
began = time.perf_counter()
pid = os.fork()
if pid == 0:
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(time.perf_counter() - began, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def run_process(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall seconds, peak resident MB) of one whole child process."""
    launcher = [sys.executable, "-S", "-c", _LAUNCHER, *command]
    result = subprocess.run(launcher, capture_output=True, text=True, env=env, check=False)
    seconds, kilobytes, status = result.stdout.split()
    if int(status) != 0:
        raise RuntimeError(f"{command[:4]} failed ({status}): {result.stderr[-2000:]}")
    return float(seconds), int(kilobytes) / 1024  # ru_maxrss is in kilobytes on Linux


def process_rounds(export: Path, folder: Path, rounds: int) -> dict[str, list[tuple[float, float]]]:
    """Paired rounds of the three processes on one export: name -> [(s, MB)]."""
    env = {**os.environ, "XDG_DATA_HOME": str(folder / "data")}  # the import's backups
    tool = shutil.which("sqlite-utils") or str(Path(sys.executable).with_name("sqlite-utils"))
    python = shutil.which(sys.executable) or sys.executable
    found: dict[str, list[tuple[float, float]]] = {"smplanner": [], "streaming": [], "utils": []}
    for index in range(rounds):
        plan = fresh_plan(folder, f"{export.stem}-{index}.smplan")
        plan.close()
        command = [python, "-m", "smplanner", "import", str(plan.path), str(export)]
        found["smplanner"].append(run_process(command, env))
        target = folder / f"{export.stem}-{index}"
        bare = [python, "-c", _STREAMING_BASELINE, str(export), f"{target}.db"]
        found["streaming"].append(run_process(bare))
        utils = [tool, "insert", f"{target}-utils.db", "posts", str(export), "--csv"]
        found["utils"].append(run_process(utils))
    return found


def memory_pair(export: Path, folder: Path, *options: str) -> dict[str, tuple[float, float]]:
    """(s, MB) of `smplanner import` and of the streaming baseline, once each."""
    env = {**os.environ, "XDG_DATA_HOME": str(folder / "data")}
    python = shutil.which(sys.executable) or sys.executable
    plan = fresh_plan(folder, f"{export.stem}-memory.smplan")
    plan.close()
    command = [python, "-m", "smplanner", "import", str(plan.path), str(export), *options]
    bare = [python, "-c", _STREAMING_BASELINE, str(export), str(folder / f"{export.stem}.db")]
    return {"smplanner": run_process(command, env), "streaming": run_process(bare)}


def figures(rounds: int = 3, rows: int = 100_000, large_rows: int = 1_000_000) -> list[Figure]:
    """The whole-process figures (run_all.py): time at ``rows``, memory at ``large_rows``."""
    folder = Path(tempfile.mkdtemp(prefix="smplanner-bench-"))
    try:
        export = folder / "account_analytics_content_2021-01-01_2025-05-17.csv"
        make_export(export, rows)
        timed = process_rounds(export, folder, rounds)
        large = folder / "account_analytics_content_large.csv"
        make_export(large, large_rows)
        export.unlink()
        held = process_rounds(large, folder, 1)
        large.unlink()
        meta = folder / "meta_facebook_posts_large.csv"
        make_meta_export(meta, large_rows)
        # A fifth of the posts are at night: some fall in the hour that repeats.
        meta_held = memory_pair(meta, folder, "--ambiguous", "earlier")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    ours = [s for s, _ in timed["smplanner"]]
    return [
        Figure(
            f"import of a {rows:,}-row export, whole process vs csv + executemany",
            "s",
            ours,
            "no budget (the reading checks every cell)",
            baseline=[s for s, _ in timed["streaming"]],
            baseline_name="streaming csv + executemany process",
            ratios=[a / b for a, (b, _) in zip(ours, timed["streaming"], strict=True)],
        ),
        Figure(
            f"import of a {rows:,}-row export, whole process vs sqlite-utils",
            "s",
            ours,
            "faster than sqlite-utils insert --csv",
            baseline=[s for s, _ in timed["utils"]],
            baseline_name="sqlite-utils insert --csv process",
            ratio_limit=1.0,
            ratios=[a / b for a, (b, _) in zip(ours, timed["utils"], strict=True)],
        ),
        Figure(
            f"import of a {large_rows:,}-row export, peak resident memory",
            "MB",
            [mb for _, mb in held["smplanner"]],
            "<= 150 MB resident (the import streams)",
            limit=150.0,
            baseline=[mb for _, mb in held["streaming"]],
            baseline_name="streaming csv + executemany process",
            note=f"wall time {held['smplanner'][0][0]:.0f} s vs {held['streaming'][0][0]:.0f} s"
            f" streaming, {held['utils'][0][0]:.0f} s sqlite-utils"
            f" ({held['utils'][0][1]:.0f} MB)",
        ),
        Figure(
            f"import of a {large_rows:,}-row Meta Facebook posts export, peak resident memory",
            "MB",
            [meta_held["smplanner"][1]],
            "<= 150 MB resident (the import streams)",
            limit=150.0,
            baseline=[meta_held["streaming"][1]],
            baseline_name="streaming csv + executemany process",
            note=f"wall time {meta_held['smplanner'][0]:.0f} s vs"
            f" {meta_held['streaming'][0]:.0f} s streaming",
        ),
    ]


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    if "--stages-only" not in sys.argv:
        print(render(figures(rounds=min(rounds, 3), rows=rows)))
        print()
    if "--processes-only" in sys.argv:
        return
    folder = Path(tempfile.mkdtemp(prefix="smplanner-bench-"))
    export = folder / "account_analytics_content_2021-01-01_2025-05-17.csv"
    make_export(export, rows)
    print(f"In this process: {rows:,} rows, {export.stat().st_size / 1e6:.1f} MB, {rounds} rounds")

    bare: list[float] = []
    reading: list[float] = []
    storing: list[float] = []
    again: list[float] = []
    floor: list[float] = []
    for round_number in range(rounds):
        bare.append(bare_import(export, folder / f"bare{round_number}.db"))
        plan = fresh_plan(folder, f"ours{round_number}.smplan")
        read_time, store_time, again_time = our_import(export, plan)
        reading.append(read_time)
        storing.append(store_time)
        again.append(again_time)
        stored = plan.conn.execute(
            "SELECT network, account, external_id, link, published_at, time_known, text,"
            " post_type, metrics, import_id FROM stat_posts ORDER BY id"
        ).fetchall()
        plan.close()
        assert len(stored) == rows, len(stored)
        floor_plan = fresh_plan(folder, f"floor{round_number}.smplan")
        floor.append(floor_insert(stored, floor_plan))
        floor_plan.close()

    tool = shutil.which("sqlite-utils") or str(Path(sys.executable).with_name("sqlite-utils"))
    began = time.perf_counter()
    subprocess.run(
        [tool, "insert", str(folder / "sqlite_utils.db"), "posts", str(export), "--csv"],
        check=True,
    )
    utils = time.perf_counter() - began

    dialog_time = dialog_import(export, folder / "dialog.smplan")

    ours = [r + s for r, s in zip(reading, storing, strict=True)]
    median = statistics.median
    print(f"reading (parse, check, normalize):     {median(reading):7.3f} s")
    print(f"storing (ingest of the parsed rows):   {median(storing):7.3f} s")
    print(f"floor: plain INSERT of the same rows:  {median(floor):7.3f} s")
    print(f"storing again (every post known):      {median(again):7.3f} s")
    print(f"whole import (reading + storing):      {median(ours):7.3f} s")
    print(f"bare: csv + executemany of raw text:   {median(bare):7.3f} s")
    print(f"sqlite-utils insert --csv (once):      {utils:7.3f} s")
    print(f"through the import dialog (once):      {dialog_time:7.3f} s")
    print()
    print(
        f"A. storing / floor        {median(storing) / median(floor):5.2f}x  (budget <= 1.5x:"
        " the same rows into the same table)"
    )
    print(
        f"B. whole import / bare    {median(ours) / median(bare):5.2f}x  (budget <= 1.5x,"
        " read as file to SQLite)"
    )
    print(f"   whole / sqlite-utils   {median(ours) / utils:5.2f}x  (budget < 1x)")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
