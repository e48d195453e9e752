"""Same or nearly the same text on several networks: the method asks to adapt, not copy.

Compared pairs: variants of one group, and posts on different networks on the same
local day (where a copy-paste usually shows). A group marked as a major announcement
may repeat its text. Texts are normalized (case, accents kept, spaces, links and
hashtags dropped) before comparison.
"""

from __future__ import annotations

import re
from collections import defaultdict
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations

from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import SAME_TEXT, RuleContext, RuleWarning

_NOISE = re.compile(r"https?://\S+|#\w+|@\w+")
_SPACES = re.compile(r"\W+")


@lru_cache(maxsize=16384)
def normalized(text: str) -> str:
    """Lower-case words only: what a reader would see as 'the same text'."""
    return _SPACES.sub(" ", _NOISE.sub(" ", text.casefold())).strip()


# Texts rarely change between two refreshes (a move keeps them): remember the scores.
@lru_cache(maxsize=65536)
def text_similarity(a: str, b: str) -> float:
    """0..1 likeness of two post texts after normalization (1.0 = identical)."""
    left, right = normalized(a), normalized(b)
    if not left or not right:
        return 0.0
    if left == right:
        return 1.0
    matcher = SequenceMatcher(None, left, right, autojunk=False)
    # quick_ratio bounds ratio from above: skip the costly part for clearly different texts.
    if matcher.quick_ratio() < 0.5:
        return matcher.quick_ratio()
    return matcher.ratio()


def same_text_warnings(posts: list[PostRef], context: RuleContext) -> list[RuleWarning]:
    """One warning per pair of near-identical posts on different networks."""
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
