"""Same or nearly the same text on several networks: the method asks to adapt, not copy.

Compared pairs: variants of one group, and posts on different networks on the same
local day (where a copy-paste usually shows). A group marked as a major announcement
may repeat its text. Texts are normalized (case, accents kept, spaces, links and
hashtags dropped) before comparison.

Cost: the score is difflib's ratio (what the method's threshold was tuned on), but
only for the pairs that can reach the threshold. rapidfuzz (compiled) first scores
every pair of a bucket by the normalized Indel similarity 2·LCS/(|a|+|b|), which is
never below difflib's ratio (difflib's matching blocks are a common subsequence): a
pair under the threshold there is under it in difflib too, so the warnings are
exactly the former ones, and the Python work is linear in the posts plus the
near-identical pairs (a day of 45 posts: 990 pairs in C, well under a millisecond).
"""

from __future__ import annotations

import re
from collections import defaultdict
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations

import numpy as np
from rapidfuzz import fuzz, process

from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import SAME_TEXT, RuleContext, RuleWarning

_NOISE = re.compile(r"https?://\S+|#\w+|@\w+")
_SPACES = re.compile(r"\W+")
# difflib's score is quick_ratio() when that is under 0.5, which the Indel bound does
# not cover: under this threshold every pair is scored the former way.
_BOUND_HOLDS_FROM = 0.5


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


def candidate_pairs(texts: list[str], threshold: float) -> list[tuple[int, int]]:
    """Index pairs (i < j, in combinations order) whose score may reach ``threshold``."""
    if len(texts) < 2:
        return []
    if threshold < _BOUND_HOLDS_FROM:
        return list(combinations(range(len(texts)), 2))
    normal = [normalized(t) for t in texts]
    # Scores 0..100; a hair under the cutoff so that float rounding never drops a pair.
    matrix = process.cdist(
        normal, normal, scorer=fuzz.ratio, score_cutoff=threshold * 100 - 1e-3, dtype=np.float32
    )
    rows, columns = np.nonzero(np.triu(matrix, 1))
    return [(int(i), int(j)) for i, j in zip(rows, columns, strict=True)]


def same_text_warnings(
    posts: list[PostRef], context: RuleContext, *, by: str = "both"
) -> list[RuleWarning]:
    """One warning per pair of near-identical posts on different networks.

    ``by``: "day" compares the posts of each local day (what one day's cache holds),
    "group" the variants of each group that are on different days (a pair on one
    day is the day's), "both" everything in one call.
    """
    buckets: dict[object, list[PostRef]] = defaultdict(list)
    for post in posts:
        if by in ("group", "both") and post.group_id is not None:
            buckets[("group", post.group_id)].append(post)
        if by in ("day", "both") and post.scheduled_at is not None:
            buckets[("day", post.scheduled_at.date())].append(post)
    seen: set[tuple[int, int]] = set()
    warnings = []
    threshold = context.settings.similarity
    for bucket in buckets.values():
        for i, j in candidate_pairs([p.text for p in bucket], threshold):
            a, b = bucket[i], bucket[j]
            pair = (min(a.id, b.id), max(a.id, b.id))
            if a.network == b.network or pair in seen:
                continue
            if by == "group" and _same_day(a, b):
                continue  # the day's bucket has it
            seen.add(pair)
            if a.group_id is not None and a.group_id == b.group_id:
                group = context.groups.get(a.group_id)
                if group is not None and group.major_announcement:
                    continue
            score = text_similarity(a.text, b.text)
            if score >= threshold:
                warnings.append(
                    RuleWarning(
                        SAME_TEXT,
                        pair,
                        None,
                        {"similarity": round(score, 2), "networks": (a.network, b.network)},
                    )
                )
    return warnings


def _same_day(a: PostRef, b: PostRef) -> bool:
    return (
        a.scheduled_at is not None
        and b.scheduled_at is not None
        and a.scheduled_at.date() == b.scheduled_at.date()
    )
