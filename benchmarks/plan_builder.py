"""The benchmarks' plans, built once and cached outside the repository.

    .venv/bin/python benchmarks/plan_builder.py [small|medium|large ...] [--rebuild]

Three sizes (issue #13):

- ``small``: 300 posts over three months;
- ``medium``: 10,000 posts over three years + 100,000 imported post rows (~52 MB);
- ``large``: 50,000 posts over three years + 1,000,000 imported post rows (~506 MB).

Each plan is made by the storage layer (``create_plan``: the real schema and
migrations), then filled with bulk SQL on the plan's own connection: the rows are
what the calendar and the statistics importer store (the imported rows' metric
keys are taken from a small X export imported through the real import service),
but written with ``executemany`` so that the large plan takes a minute, not an hour.

Plans live in ``$SMPLANNER_BENCH_CACHE`` or ``~/.cache/smplanner-bench/``, named by
size and builder version; a plan already there is reused. ``plan_path(size)`` is
what the other benchmarks call.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

# benchmarks/ must not shadow anything when run as a script.
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE]

BUILDER_VERSION = 1  # bump when the plans' contents change: old caches are ignored


class PlanSize(NamedTuple):
    name: str
    posts: int
    stat_rows: int
    years: int


SIZES = {
    "small": PlanSize("small", 300, 0, 0),  # 0 years: three months
    "medium": PlanSize("medium", 10_000, 100_000, 3),
    "large": PlanSize("large", 50_000, 1_000_000, 3),
}
FIRST_DAY = datetime(2025, 1, 1)
TIMEZONE = "Europe/Paris"
# Texts in the shape of a real editorial calendar: the same announcement adapted per
# network on one day (near-identical texts, what the same-text rule looks for),
# and unrelated posts.
_TOPICS = [
    "Notre galette des rois frangipane est de retour en boutique",
    "Atelier pain au levain samedi matin, inscriptions ouvertes",
    "Nouvelle recette : la tarte aux pommes de grand-mère",
    "Les coulisses du fournil à 4 heures du matin",
    "Offre de la semaine : deux baguettes achetées, un croissant offert",
    "Portrait de Julie, notre pâtissière depuis dix ans",
    "Le pain complet bio, moulu sur la meule de pierre du moulin voisin",
    "Fermeture exceptionnelle lundi pour inventaire",
]


def cache_folder() -> Path:
    folder = os.environ.get("SMPLANNER_BENCH_CACHE")
    path = Path(folder) if folder else Path.home() / ".cache" / "smplanner-bench"
    path.mkdir(parents=True, exist_ok=True)
    return path


def plan_path(size: str, *, rebuild: bool = False, quiet: bool = False) -> Path:
    """The cached plan of this size, built now if it is not there yet."""
    spec = SIZES[size]
    path = cache_folder() / f"{spec.name}-v{BUILDER_VERSION}.smplan"
    if rebuild:
        path.unlink(missing_ok=True)
    if not path.exists():
        began = time.perf_counter()
        build(spec, path)
        if not quiet:
            megabytes = path.stat().st_size / 1e6
            print(
                f"built the {spec.name} plan ({spec.posts:,} posts, {spec.stat_rows:,} "
                f"imported rows, {megabytes:.0f} MB) in {time.perf_counter() - began:.1f} s: "
                f"{path}",
                file=sys.stderr,
            )
    return path


def build(spec: PlanSize, path: Path) -> None:
    """Write the plan at ``path`` (via a temporary name: a cut build leaves nothing)."""
    from smplanner.domain.plan_properties import PlanProperties
    from smplanner.storage.plan_file import create_plan

    temporary = path.with_name(f".{path.name}.building")
    temporary.unlink(missing_ok=True)
    properties = PlanProperties(
        client_name=f"Boulangerie Martin ({spec.name})",
        sector="bakery_food",
        timezone=TIMEZONE,
        language="fr",
    )
    with create_plan(temporary, properties) as plan:
        _fill_posts(plan, spec)
        if spec.stat_rows:
            keys, import_id = _import_sample(plan)
            _fill_stat_posts(plan, spec.stat_rows, keys, import_id)
        plan.conn.execute("ANALYZE")
    os.replace(temporary, path)


def _fill_posts(plan, spec: PlanSize) -> None:  # type: ignore[no-untyped-def]
    from smplanner.domain.networks import network_ids
    from smplanner.storage.calendar_rows import to_storage_time

    zone = ZoneInfo(TIMEZONE)
    rng = random.Random(13)
    networks = network_ids()[:5]
    days = 90 if spec.years == 0 else 365 * spec.years
    start = FIRST_DAY.replace(tzinfo=zone)
    stamp = "2025-01-01T00:00:00+00:00"
    rows = []
    made = 0
    while made < spec.posts:
        day = start + timedelta(days=rng.randrange(days))
        topic = rng.choice(_TOPICS)
        # One announcement in two or three networks, each text adapted a little.
        for network in rng.sample(networks, rng.choice((1, 2, 3))):
            if made == spec.posts:
                break
            moment = day + timedelta(hours=rng.randrange(7, 22), minutes=rng.choice((0, 30)))
            text = f"{topic} ({network}, {made % 97}) #boulangerie"
            rows.append(
                (
                    network,
                    to_storage_time(moment, zone),
                    rng.choice(("draft", "ready")),
                    f"{topic[:30]} {made}",
                    text,
                    stamp,
                    stamp,
                )
            )
            made += 1
    rows += [("facebook", None, "idea", f"Idée {i}", f"Idée {i}", stamp, stamp) for i in range(50)]
    with plan.conn:
        plan.conn.executemany(
            "INSERT INTO posts (network, scheduled_at, status, title, text, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def _import_sample(plan) -> tuple[list[str], int]:  # type: ignore[no-untyped-def]
    """Import a small X export through the real service; return its metric keys and id."""
    from smplanner.services.statistics_import import import_files, preview

    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "account_analytics_content_2024-01-01_2024-12-31.csv"
        _write_x_export(export, 200)
        outcome = import_files(plan, preview([export]))
    import_id = outcome.import_ids[0]
    metrics = plan.conn.execute("SELECT metrics FROM stat_posts LIMIT 1").fetchone()[0]
    return sorted(json.loads(metrics)), import_id


def _write_x_export(path: Path, rows: int) -> None:
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
    first = datetime(2024, 1, 1, tzinfo=UTC)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for i in range(rows):
            moment = first + timedelta(hours=7 * i)
            post_id = 1_700_000_000_000_000_000 + i
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


def _fill_stat_posts(plan, count: int, keys: list[str], import_id: int) -> None:  # type: ignore[no-untyped-def]
    """``count`` imported posts over five years, four networks, as the importer stores them."""
    rng = random.Random(7)
    networks = ("instagram", "facebook", "linkedin", "x")
    first = datetime(2020, 1, 1, 8, tzinfo=UTC)
    step = (5 * 365 * 86_400) / count
    texts = [
        f"{topic} — {extra}"
        for topic in _TOPICS
        for extra in (
            "venez nombreux !",
            "merci à tous nos clients fidèles",
            "tous les jours de 7 h à 19 h 30",
        )
    ]

    def rows():  # type: ignore[no-untyped-def]
        for i in range(count):
            network = networks[i % 4]
            moment = first + timedelta(seconds=int(i * step))
            reach = rng.randrange(200, 20_000)
            # Each network's export fills some of the metrics, not every one.
            metrics = {key: rng.randrange(0, reach // 10 + 1) for key in keys[i % 3 :: 1 + i % 2]}
            for key in ("impressions", "reach"):
                if key in metrics:
                    metrics[key] = reach
            yield (
                network,
                "boulangerie.martin",
                f"{network}-{i}",
                f"https://example.org/{network}/p/{i}",
                moment.isoformat(timespec="seconds"),
                1,
                f"Post {i}: {texts[i % len(texts)]} #boulangerie #{network}",
                "image" if i % 3 else "video",
                json.dumps(metrics, separators=(",", ":")),
                import_id,
            )

    with plan.conn:
        plan.conn.executemany(
            "INSERT INTO stat_posts (network, account, external_id, link, published_at,"
            " time_known, text, post_type, metrics, import_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows(),
        )
        plan.conn.execute(
            "UPDATE stat_imports SET rows_read = rows_read + ?, posts_added = posts_added + ?"
            " WHERE id = ?",
            (count, count, import_id),
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", help=f"some of {', '.join(SIZES)} (default: all)")
    parser.add_argument("--rebuild", action="store_true", help="build again even if cached")
    args = parser.parse_args()
    unknown = [size for size in args.sizes if size not in SIZES]
    if unknown:
        parser.error(f"unknown size {unknown[0]!r}: choose among {', '.join(SIZES)}")
    for size in args.sizes or list(SIZES):
        path = plan_path(size, rebuild=args.rebuild)
        print(f"{size:7s} {path.stat().st_size / 1e6:8.1f} MB  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
