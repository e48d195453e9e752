"""The calendar's posts CSV import at 10,000 and 100,000 rows: peak memory and time,
against a baseline measured in the same run.

    .venv/bin/python -P benchmarks/posts_csv_import.py [ROWS ...]

(-P keeps benchmarks/ off sys.path: a module there must not shadow the stdlib.)

Writes a posts CSV in smplanner's own layout (French plan: day-first dates, labels,
pillars, campaigns by name), then runs each case in a process of its own so that no
case inherits another's memory:

  baseline   the file read with plain ``csv.reader`` (every row looked at once, none
             kept): the least any import of the file can cost;
  import     ``preview_posts_csv`` then ``apply_posts_import`` into a fresh plan that
             has the file's labels, pillars and campaigns (every row a new post);
  again      the same file imported a second time (every row matched to the post it
             made, by id-less identity: nothing is written).

Each case is run twice: once under tracemalloc (the peak of Python's heap, the modules
imported before it starts; the figure the import's budget is set in: under ~60 MB at
100,000 rows, it was ~207 MB), once without (the time, and the process's peak
resident memory (VmHWM), which includes the interpreter and the modules loaded).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE]

LABELS = ("Urgent", "Client à valider", "Vidéo", "Offre")
PILLARS = ("Savoir-faire", "Coulisses", "Offres")
CAMPAIGNS = ("Noël 2026", "Galette")
HEADER = ("id", "network", "date", "time", "status", "text", "hashtags", "pillar")
HEADER += ("campaign", "labels", "notes")
NETWORKS = ("instagram", "facebook", "linkedin", "tiktok")
_TEXTS = (
    "Notre galette des rois frangipane est de retour en boutique",
    "Atelier pain au levain samedi matin, inscriptions ouvertes ; places limitées",
    "Les coulisses du fournil à 4 heures du matin",
    'Offre de la semaine : deux baguettes achetées, un croissant "offert"',
)


def write_posts_csv(path: Path, rows: int) -> None:
    import csv

    pick = random.Random(7)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(
            [
                "id",
                "network",
                "date",
                "time",
                "status",
                "text",
                "hashtags",
                "pillar",
                "campaign",
                "labels",
                "notes",
            ]
        )
        first = date(2026, 1, 1)
        for n in range(rows):
            # 40 posts a day, a quarter of an hour apart: 100,000 rows are 7 years
            day, slot = first + timedelta(days=n // 40), 8 * 60 + 15 * (n % 40)
            out.writerow(
                [
                    "",
                    NETWORKS[n % 4],
                    day.strftime("%d/%m/%Y"),
                    f"{slot // 60:02d}:{slot % 60:02d}",
                    pick.choice(("brouillon", "prêt", "idée", "validé")),
                    f"{_TEXTS[n % 4]} (n° {n})",
                    "#boulangerie #artisan",
                    PILLARS[n % 3],
                    CAMPAIGNS[n % 2] if n % 5 == 0 else "",
                    " | ".join(LABELS[: n % 3]),
                    "",
                ]
            )


def _prepared_plan(folder: Path) -> Path:
    from smplanner.domain.plan_properties import PlanProperties
    from smplanner.storage.plan_file import create_plan

    target = folder / "Fournil.smplan"
    with create_plan(target, PlanProperties(client_name="Fournil", language="fr")) as plan:
        conn = plan.conn
        with conn:
            for name in LABELS:
                conn.execute("INSERT INTO labels (name, colour) VALUES (?, '#c0392b')", (name,))
            for name in PILLARS:
                conn.execute("INSERT INTO content_pillars (name) VALUES (?)", (name,))
            for name in CAMPAIGNS:
                conn.execute(
                    "INSERT INTO campaigns (name, starts_on, ends_on)"
                    " VALUES (?, '2026-01-01', '2027-12-31')",
                    (name,),
                )
    return target


def _case(case: str, source: Path, plan_path: Path) -> None:
    """Run in the child process: the case once, as asked."""
    if case == "baseline":
        import csv

        with source.open(encoding="utf-8", newline="") as handle:
            for _ in csv.reader(handle, delimiter=";"):
                pass
        return
    from smplanner.services.calendar_import import apply_posts_import, preview_posts_csv
    from smplanner.storage.plan_file import open_plan

    with open_plan(plan_path) as plan:
        preview = preview_posts_csv(plan, source)
        assert not preview.problems, preview.problems[:3]
        apply_posts_import(plan, preview)


def _peak_resident() -> int:
    """This process's peak resident memory, in bytes. Not getrusage's ru_maxrss: Linux
    keeps that across exec, so a child would report its parent's peak (the parent that
    wrote a large file); VmHWM belongs to the process's own memory."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def _child(case: str, source: str, plan_path: str, traced: bool) -> None:
    import time
    import tracemalloc

    # Imported before tracing: the heap's peak is the import's, not the modules'.
    import smplanner.services.calendar_import
    import smplanner.storage.plan_file  # noqa: F401

    if traced:
        tracemalloc.start()
    start = time.perf_counter()
    _case(case, Path(source), Path(plan_path))
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] if traced else 0
    rss = _peak_resident()
    print(json.dumps({"seconds": seconds, "peak": peak, "rss": rss}))


def _run(case: str, source: Path, plan_path: Path, traced: bool) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-P", __file__, "--child", case, str(source), str(plan_path), str(traced)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(sizes: list[int]) -> None:
    mb = 1024 * 1024
    print(
        f"{'rows':>8} {'case':<9} {'seconds':>8} {'heap peak MB':>13} {'RSS MB':>7} {'x base':>7}"
    )
    for rows in sizes:
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            source = folder / "posts.csv"
            write_posts_csv(source, rows)
            (folder / "traced").mkdir()
            (folder / "timed").mkdir()
            traced_plan = _prepared_plan(folder / "traced")
            timed_plan = _prepared_plan(folder / "timed")
            base = 0.0
            for case in ("baseline", "import", "again"):
                # "again" runs on the plans the import filled: every row is known.
                traced = _run(case, source, traced_plan, True)
                timed = _run(case, source, timed_plan, False)
                base = base or timed["seconds"]
                print(
                    f"{rows:>8} {case:<9} {timed['seconds']:>8.2f} {traced['peak'] / mb:>13.1f}"
                    f" {timed['rss'] / mb:>7.0f} {timed['seconds'] / base:>7.1f}"
                )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] == "True")
    else:
        main([int(a) for a in sys.argv[1:]] or [10_000, 100_000])
