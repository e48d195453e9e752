"""The rule warnings after issue #13 (rapidfuzz bound, per-day split, cached off the
GUI thread) equal the former algorithm's (tests/former_rule_warnings.py) on a
generated plan with near-identical texts, groups and major announcements."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from smplanner.domain.post_limits import limit_warnings
from smplanner.domain.post_refs import PostGroup, PostRef
from smplanner.domain.rule_warnings import (
    RuleContext,
    RuleSettings,
    RuleWarning,
    check_posts,
    day_warnings,
    span_warnings,
)
from smplanner.domain.similarity import same_text_warnings
from tests.former_rule_warnings import former_check_posts, former_same_text

PARIS = ZoneInfo("Europe/Paris")
NETWORKS = ("instagram", "facebook", "linkedin", "x", "tiktok")
BASES = [
    "Notre galette des rois frangipane est de retour en boutique dès ce matin",
    "Atelier pain au levain samedi matin, inscriptions ouvertes à tous",
    "Portrait de Julie, notre pâtissière depuis dix ans, et ses éclairs",
    "Fermeture exceptionnelle lundi pour inventaire, merci de votre compréhension",
]


def _variant(rng: random.Random, text: str) -> str:
    """The same text adapted a little, a lot, or copied (with links and hashtags)."""
    words = text.split()
    for _ in range(rng.choice((0, 0, 1, 2, 4, 8))):
        position = rng.randrange(len(words))
        words[position] = rng.choice(("vite", "ici", "demain", "bravo", "merci", "miam"))
    extra = rng.choice(("", " #boulangerie", " https://ex.org/x", " @julie", " !"))
    return " ".join(words) + extra


def generated_posts(seed: int, count: int = 600) -> tuple[list[PostRef], dict[int, PostGroup]]:
    rng = random.Random(seed)
    groups = {g: PostGroup(g, f"g{g}", major_announcement=g % 3 == 0) for g in range(1, 15)}
    posts = []
    start = datetime(2026, 3, 2, tzinfo=PARIS)
    for i in range(count):
        day = start + timedelta(days=rng.randrange(42), hours=rng.randrange(0, 24))
        posts.append(
            PostRef(
                id=i + 1,
                network=rng.choice(NETWORKS),
                scheduled_at=day,
                status="draft",
                title=f"t{i}",
                text=_variant(rng, rng.choice(BASES)) if rng.random() < 0.9 else "",
                pillar_id=rng.choice((None, 1, 2)),
                objective_id=rng.choice((None, 1)),
                group_id=rng.choice((None, None, None, *groups)),
            )
        )
    posts.sort(key=lambda p: (p.scheduled_at, p.id))
    return posts, groups


def _key(warning: RuleWarning) -> tuple[object, ...]:
    return (warning.kind, warning.post_ids, warning.network, repr(sorted(warning.params.items())))


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("threshold", [0.3, 0.6, 0.85, 0.95, 1.0])
def test_same_text_equals_the_former_rule(seed: int, threshold: float) -> None:
    posts, groups = generated_posts(seed)
    context = RuleContext(groups=groups, settings=RuleSettings(similarity=threshold))
    former = former_same_text(posts, context)
    assert same_text_warnings(posts, context) == former  # same pairs, same order
    if threshold >= 0.85:
        assert former, "the generated plan has near-identical texts"


@pytest.mark.parametrize("seed", [4, 5])
def test_per_day_and_span_warnings_equal_the_former_check(seed: int) -> None:
    posts, groups = generated_posts(seed)
    context = RuleContext(
        groups=groups,
        pillar_ids=frozenset({1}),
        objective_ids=frozenset({1}),
        used_networks=NETWORKS,
        caps={"instagram": 3},
    )
    period = (date(2026, 3, 2), date(2026, 4, 13))
    # The former algorithm predates the networks' limits (issue #15): they are added as they are.
    former = former_check_posts(posts, context, period=period) + limit_warnings(posts)
    by_day: dict[date, list[PostRef]] = {}
    for post in posts:
        assert post.scheduled_at is not None
        by_day.setdefault(post.scheduled_at.date(), []).append(post)
    split = span_warnings(posts, context, period=period)
    for day_posts in by_day.values():
        split += day_warnings(day_posts, context)
    assert sorted(map(_key, split)) == sorted(map(_key, former))
    assert sorted(map(_key, check_posts(posts, context, period=period))) == sorted(
        map(_key, former)
    )
    # A group's variants on different days are found by the span rules.
    assert any(
        w.kind == "same_text" and len({by_day_of(posts, i) for i in w.post_ids}) == 2 for w in split
    )


def by_day_of(posts: list[PostRef], post_id: int) -> date:
    [post] = [p for p in posts if p.id == post_id]
    assert post.scheduled_at is not None
    return post.scheduled_at.date()


def test_a_major_announcement_may_repeat_its_text_on_one_day() -> None:
    moment = datetime(2026, 3, 3, 10, tzinfo=PARIS)
    a = PostRef(1, "instagram", moment, "draft", "", BASES[0], group_id=7)
    b = replace(a, id=2, network="facebook")
    major = RuleContext(groups={7: PostGroup(7, "launch", major_announcement=True)})
    assert all(w.kind != "same_text" for w in day_warnings([a, b], major))
    plain = RuleContext(groups={7: PostGroup(7, "launch")})
    assert [w.post_ids for w in day_warnings([a, b], plain) if w.kind == "same_text"] == [(1, 2)]
