""".xlsx exports read row by row: peak memory and time at 100,000 rows, against
baselines measured in the same run.

    .venv/bin/python -P benchmarks/xlsx_import.py [ROWS ...] [--import]

(-P keeps benchmarks/ off sys.path: a module there must not shadow the stdlib.)

Writes a LinkedIn ``All posts`` workbook as LinkedIn does today (every cell a text, so
every cell a shared string: unique titles and links, repeated types and dates), and
the same rows as a CSV, then runs each case in a process of its own:

  csv        the CSV read through ``open_tables`` (the streaming CSV reader): what
             reading the same rows costs without a workbook around them;
  strings    openpyxl's own ``read_string_table`` of the workbook's shared strings:
             what loading the table whole costs (openpyxl's read-only mode does it);
  openpyxl   every row through openpyxl's read-only mode as it is
             (``load_workbook(read_only=True)``, ``iter_rows(values_only=True)``):
             how smplanner read workbooks before;
  xlsx       the workbook read through ``open_tables``, every row (the shared strings
             on disk, each row out of the parsed tree once read);
  import     (with --import) preview and store of the workbook into a fresh plan,
             as the import dialog and ``smplanner import`` do.

Each case runs twice: under tracemalloc (the peak of Python's heap, the modules
imported before it starts so that only the reading counts) and without (the time, and
the process's peak resident memory (VmHWM), modules included).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE]

HEADER = [
    "Post title", "Post link", "Post type", "Campaign name", "Posted by", "Created date",
    "Campaign start date", "Campaign end date", "Audience", "Impressions", "Views",
    "Offsite Views", "Clicks", "Click through rate (CTR)", "Likes", "Comments", "Reposts",
    "Follows", "Engagement rate", "Content Type",
]  # fmt: skip
NOTE = "Aggregated content metrics for Boulangerie Martin, 01/01/2020 - 12/31/2026"
_START = datetime(2020, 1, 1, 8, 0, tzinfo=UTC)


def _rows(count: int):  # type: ignore[no-untyped-def]
    for n in range(count):
        moment = _START + timedelta(hours=n)
        activity = (int(moment.timestamp() * 1000) << 22) | (n % 4096)
        yield [
            f"Fournée n° {n} : pain de campagne au levain, « croûte dorée » #boulangerie",
            f"https://www.linkedin.com/feed/update/urn:li:activity:{activity}",
            "Organic",
            "",
            "Marie Martin",
            moment.strftime("%m/%d/%Y"),
            "",
            "",
            "All followers",
            str(800 + n % 977),
            "NA",
            "NA",
            str(20 + n % 61),
            "0.04",
            str(n % 89),
            str(n % 13),
            str(n % 7),
            str(n % 5),
            "0.07",
            "Image",
        ]


def write_files(folder: Path, count: int) -> tuple[Path, Path]:
    import csv

    sys.path.append(str(Path(__file__).resolve().parents[1]))  # the tests' writer
    from tests.shared_strings_workbook import write_workbook

    xlsx = write_workbook(folder / "content.xlsx", {"All posts": [[NOTE], HEADER, *_rows(count)]})
    text = folder / "content.csv"
    with text.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(HEADER)
        out.writerows(_rows(count))
    return xlsx, text


def _case(case: str, path: Path, folder: Path) -> int:
    """Run in the child process; returns the rows read."""
    if case == "strings":
        import zipfile

        from openpyxl.reader.strings import read_string_table

        with zipfile.ZipFile(path) as archive, archive.open("xl/sharedStrings.xml") as src:
            return len(read_string_table(src))
    if case == "openpyxl":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        count = 0
        for sheet in book.worksheets:
            sheet.reset_dimensions()
            count += sum(1 for _ in sheet.iter_rows(values_only=True))
        book.close()
        return count
    if case == "import":
        from smplanner.domain.plan_properties import PlanProperties
        from smplanner.services.statistics_import import import_files, preview
        from smplanner.storage.plan_file import create_plan

        with create_plan(folder / f"{path.stem}.smplan", PlanProperties(client_name="F")) as plan:
            previews = preview([path])
            import_files(plan, previews)
            return int(plan.conn.execute("SELECT count(*) FROM stat_posts").fetchone()[0])
    from smplanner.importers.tabular_files import open_tables

    count = 0
    with open_tables(path.name, lambda: path.open("rb")) as streams:
        for stream in streams:
            count += len(stream.head)
            count += sum(1 for _ in stream.rest)
    return count


def _peak_resident() -> int:
    """This process's peak resident memory, in bytes. Not getrusage's ru_maxrss: Linux
    keeps that across exec, so a child would report its parent's peak (the parent that
    wrote a large file); VmHWM belongs to the process's own memory."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def _child(case: str, path: str, folder: str, traced: bool) -> None:
    import time
    import tracemalloc

    import openpyxl.reader.excel  # noqa: F401  (imported before the heap is traced)

    import smplanner.importers.tabular_files
    import smplanner.importers.xlsx_stream  # noqa: F401

    if traced:
        tracemalloc.start()
    start = time.perf_counter()
    rows = _case(case, Path(path), Path(folder))
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] if traced else 0
    rss = _peak_resident()
    print(json.dumps({"seconds": seconds, "peak": peak, "rss": rss, "rows": rows}))


def _run(case: str, path: Path, folder: Path, traced: bool) -> dict[str, float]:
    command = [sys.executable, "-P", __file__, "--child", case, str(path), str(folder)]
    out = subprocess.run([*command, str(traced)], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"{case} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(sizes: list[int], with_import: bool) -> None:
    mb = 1024 * 1024
    print(
        f"{'rows':>8} {'case':<8} {'rows read':>9} {'seconds':>8} {'heap peak MB':>13}"
        f" {'RSS MB':>7} {'x csv':>6}"
    )
    cases = ["csv", "strings", "openpyxl", "xlsx", *(["import"] if with_import else [])]
    for size in sizes:
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            xlsx, text = write_files(folder, size)
            base = 0.0
            for case in cases:
                path = text if case == "csv" else xlsx
                (folder / case).mkdir()
                traced = _run(case, path, folder / case, True)
                (folder / f"{case}-timed").mkdir()
                timed = _run(case, path, folder / f"{case}-timed", False)
                base = base or timed["seconds"]
                print(
                    f"{size:>8} {case:<8} {timed['rows']:>9} {timed['seconds']:>8.2f}"
                    f" {traced['peak'] / mb:>13.1f} {timed['rss'] / mb:>7.0f}"
                    f" {timed['seconds'] / base:>6.1f}"
                )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] == "True")
    else:
        flags = [a for a in sys.argv[1:] if a.startswith("--")]
        main([int(a) for a in sys.argv[1:] if a not in flags] or [100_000], "--import" in flags)
