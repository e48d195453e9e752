"""The same-text rule as it was before the rapidfuzz bound and the per-day split
(src/smplanner/domain/similarity.py and rule_warnings.check_posts, until issue #13):
every pair of a bucket scored by difflib. The equivalence tests compare with it."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from smplanner.domain import caps, gaps, timing
from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import (
    SAME_TEXT,
    RuleContext,
    RuleWarning,
    missing_strategy_links,
)
from smplanner.domain.similarity import text_similarity


def former_same_text(posts: list[PostRef], context: RuleContext) -> list[RuleWarning]:
    buckets: dict[object, list[PostRef]] = defaultdict(list)
    for post in posts:
        if post.group_id is not None:
            buckets[("group", post.group_id)].append(post)
        if post.scheduled_at is not None:
            buckets[("day", post.scheduled_at.date())].append(post)
    seen: set[tuple[int, int]] = set()
    warnings = []
    for bucket in buckets.values():
        for a, b in combinations(bucket, 2):
            pair = (min(a.id, b.id), max(a.id, b.id))
            if a.network == b.network or pair in seen:
                continue
            seen.add(pair)
            if a.group_id is not None and a.group_id == b.group_id:
                group = context.groups.get(a.group_id)
                if group is not None and group.major_announcement:
                    continue
            score = text_similarity(a.text, b.text)
            if score >= context.settings.similarity:
                warnings.append(
                    RuleWarning(
                        SAME_TEXT,
                        pair,
                        None,
                        {"similarity": round(score, 2), "networks": (a.network, b.network)},
                    )
                )
    return warnings


def former_check_posts(posts, context, *, period=None, week_posts=None):  # type: ignore[no-untyped-def]
    warnings: list[RuleWarning] = []
    warnings += caps.cap_warnings(week_posts if week_posts is not None else posts, context)
    warnings += former_same_text(posts, context)
    warnings += timing.timing_warnings(posts, context)
    warnings += missing_strategy_links(posts, context)
    if period is not None:
        warnings += gaps.gap_warnings(posts, context, period[0], period[1])
    return warnings
