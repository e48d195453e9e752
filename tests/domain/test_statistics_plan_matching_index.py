"""Plan vs actual matching: the indexed search finds exactly what comparing every pair did."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from smplanner.domain.plan_matching import (
    ImportedPost,
    Match,
    PlannedPost,
    match_posts,
    match_score,
)

PARIS = ZoneInfo("Europe/Paris")
WORDS = [
    "pain",
    "levain",
    "croissant",
    "fournil",
    "recette",
    "farine",
    "brioche",
    "galette",
    "tarte",
    "four",
]


def exhaustive(imported: list[ImportedPost], planned: list[PlannedPost]) -> list[Match]:
    """The former algorithm: score every pair, then greedy best-first."""
    candidates = [
        Match(post.id, plan.id, *found)
        for post in imported
        for plan in planned
        if (found := match_score(post, plan)) is not None
    ]
    candidates.sort(key=lambda m: -m.score)
    used_i: set[int] = set()
    used_p: set[int] = set()
    result = []
    for c in candidates:
        if c.imported_id in used_i or c.planned_id in used_p:
            continue
        used_i.add(c.imported_id)
        used_p.add(c.planned_id)
        result.append(c)
    return result


def random_case(rng: random.Random, size: int) -> tuple[list[ImportedPost], list[PlannedPost]]:
    start = datetime(2026, 3, 20, 8, tzinfo=PARIS)  # spans the spring clock change
    networks = ["facebook", "instagram", "x"]

    def moment() -> datetime | None:
        if rng.random() < 0.1:
            return None
        value = start + timedelta(hours=rng.randrange(0, 24 * 20), minutes=rng.choice([0, 30]))
        kind = rng.random()
        if kind < 0.15:
            return value.replace(tzinfo=None)  # a naive time from an export without zone
        if kind < 0.3:
            return value.astimezone(UTC)
        return value

    def text() -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randrange(2, 6)))

    planned = []
    for i in range(size):
        body = text()
        if rng.random() < 0.1:
            body += f" https://x.com/b/status/{1_000_000 + i}"
        planned.append(PlannedPost(i + 1, rng.choice(networks), moment(), body))
    imported = []
    for i in range(size):
        external = str(1_000_000 + rng.randrange(size))
        link = f"https://x.com/b/status/{external}" if rng.random() < 0.3 else None
        imported.append(ImportedPost(i + 1, rng.choice(networks), external, link, moment(), text()))
    return imported, planned


def test_the_indexed_matching_equals_comparing_every_pair():
    rng = random.Random(12)
    for _ in range(25):
        imported, planned = random_case(rng, rng.randrange(5, 120))
        assert match_posts(imported, planned) == exhaustive(imported, planned)


def test_only_plausible_pairs_are_scored(monkeypatch):
    from smplanner.domain import plan_matching

    rng = random.Random(3)
    imported, planned = random_case(rng, 2000)
    calls = 0
    real_score = plan_matching.match_score

    def counting(post: ImportedPost, plan: PlannedPost):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return real_score(post, plan)

    monkeypatch.setattr(plan_matching, "match_score", counting)
    assert plan_matching.match_posts(imported, planned)
    # Every pair would be 4,000,000 calls; posts within 6 hours on the same network
    # (and the few planned texts holding a link) are a small fraction of that.
    assert calls < len(imported) * len(planned) / 20
