"""Import speed: a 100,000-row export against baselines measured in the same run.

    .venv/bin/python -P benchmarks/import_speed.py [ROWS] [ROUNDS]

(-P keeps benchmarks/ off sys.path: a module there must not shadow the stdlib.)

Generates an X content export (the documented layout) of ROWS posts, then, ROUNDS
times, interleaved so that a busy machine slows each alike, and each into a fresh
file with the plan's own durability (rollback journal, synchronous=FULL, one
committed transaction):

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
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

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


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    folder = Path(tempfile.mkdtemp(prefix="smplanner-bench-"))
    export = folder / "account_analytics_content_2021-01-01_2025-05-17.csv"
    make_export(export, rows)
    print(f"{rows:,} rows, {export.stat().st_size / 1e6:.1f} MB, {rounds} rounds")

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
