"""Import speed: a 100,000-row export, against bare baselines measured in the same run.

    .venv/bin/python -P benchmarks/import_speed.py [ROWS]

(-P keeps benchmarks/ off sys.path: a module there must not shadow the stdlib.)

Generates an X content export (the documented layout) of ROWS posts, then times:
  1. smplanner's whole import (read, recognise, parse, normalize, upsert, record),
     as `smplanner import` does it, into a fresh plan;
  2. a bare ``sqlite3.executemany`` of the same rows (already normalized, not timed)
     into the same table of another fresh plan;
  3. ``sqlite-utils insert --csv`` of the same file into a fresh database.
Budget (DESIGN.md): (1) within 1.5x of (2), and faster than (3).
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from smplanner.domain.plan_properties import PlanProperties
from smplanner.importers.export_files import read_export_file
from smplanner.services.statistics_import import FilePreview, import_files
from smplanner.services.statistics_ingest import _POST_UPSERT, metrics_json
from smplanner.storage.plan_file import create_plan

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


def fresh_plan(folder: Path, name: str):  # type: ignore[no-untyped-def]
    return create_plan(folder / name, PlanProperties(client_name="Bench", sector="bakery_food"))


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    folder = Path(tempfile.mkdtemp(prefix="smplanner-bench-"))
    export = folder / "account_analytics_content_2021-01-01_2025-05-17.csv"
    make_export(export, rows)
    print(f"{rows:,} rows, {export.stat().st_size / 1e6:.1f} MB")

    # 1. smplanner, end to end.
    plan = fresh_plan(folder, "ours.smplan")
    began = time.perf_counter()
    reading = read_export_file(export)
    read_done = time.perf_counter()
    import_files(plan, [FilePreview(export, reading)])
    ours = time.perf_counter() - began
    stored = plan.conn.execute("SELECT count(*) FROM stat_posts").fetchone()[0]
    plan.close()
    assert stored == rows, stored
    print(
        f"smplanner import:           {ours:7.3f} s  (reading {read_done - began:.3f} s, "
        f"storing {ours - (read_done - began):.3f} s)"
    )

    # 2. bare executemany of the same normalized rows into the same table.
    posts = reading.readings[0].posts
    prepared = [
        (
            "x",
            p.account,
            p.external_id,
            p.link,
            p.published_at.isoformat(),
            1,
            p.text,
            p.post_type,
            metrics_json(p.metrics),
            1,
        )
        for p in posts
        if p.published_at is not None
    ]
    bare_plan = fresh_plan(folder, "bare.smplan")
    conn = bare_plan.conn
    began = time.perf_counter()
    with conn:
        conn.executemany(
            "INSERT INTO stat_posts (network, account, external_id, link, published_at,"
            " time_known, text, post_type, metrics, import_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
            prepared,
        )
    bare = time.perf_counter() - began
    bare_plan.close()
    # Our upsert statement alone (conflict handling, undo trigger armed), same rows.
    upsert_plan = fresh_plan(folder, "upsert.smplan")
    began = time.perf_counter()
    with upsert_plan.conn:
        upsert_plan.conn.executemany(_POST_UPSERT, prepared)
    upsert_only = time.perf_counter() - began
    upsert_plan.close()
    print(f"bare executemany:           {bare:7.3f} s")
    print(f"our upsert statement alone: {upsert_only:7.3f} s")

    # 3. sqlite-utils insert --csv of the same file.
    tool = shutil.which("sqlite-utils") or str(Path(sys.executable).with_name("sqlite-utils"))
    target = folder / "sqlite_utils.db"
    began = time.perf_counter()
    subprocess.run([tool, "insert", str(target), "posts", str(export), "--csv"], check=True)
    utils = time.perf_counter() - began
    print(f"sqlite-utils insert --csv:  {utils:7.3f} s")

    print(f"ratio to bare executemany:  {ours / bare:5.2f}x end to end (budget 1.5x)")
    print(f"  SQL writing alone:        {upsert_only / bare:5.2f}x (upsert vs plain insert)")
    print(f"ratio to sqlite-utils:      {ours / utils:5.2f}x  (budget < 1x)")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
