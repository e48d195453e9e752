"""'Adapt for the network': a post's text made to fit one network's limits.

Hashtags move to the first comment where the network takes one (the caption stays
readable and the count of the caption's hashtags drops), the hashtags beyond the
network's count are dropped, and a text still too long is cut at a word with "…";
the links of the cut part stay, after the "…" (they are what brings readers to the
client's site, and X counts each as 23 characters whatever its length). No Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from smplanner.domain.post_limits import (
    hashtags_in,
    limits_for,
    link_spans,
    published_text,
    text_length,
)

# Where a scheduler can post a first comment with the post (Metricool, Buffer…).
FIRST_COMMENT_NETWORKS = ("instagram", "facebook", "linkedin")
MOVED_HASHTAGS, DROPPED_HASHTAGS, SHORTENED = "moved_hashtags", "dropped_hashtags", "shortened"


@dataclass(frozen=True)
class Adapted:
    text: str
    hashtags: str
    first_comment: str
    changes: list[str] = field(default_factory=list)  # what was done, in order


def adapt_for_network(
    network: str, text: str, hashtags: str = "", first_comment: str = "", link: str = ""
) -> Adapted:
    """The post's fields adapted to ``network`` (unchanged when it already fits)."""
    limits = limits_for(network)
    changes: list[str] = []
    tags = hashtags.strip()
    maximum = limits.hashtags_max.value if limits.hashtags_max else None
    if maximum is not None and tags:
        words = tags.split()
        if len(hashtags_in(tags)) > maximum:
            tags = " ".join(words[:maximum])
            changes.append(DROPPED_HASHTAGS)
    if tags and network in FIRST_COMMENT_NETWORKS and tags not in first_comment:
        first_comment = f"{first_comment.strip()}\n{tags}".strip()
        tags = ""
        changes.append(MOVED_HASHTAGS)
    if limits.text_max is not None:
        maximum_length = int(limits.text_max.value)
        url = int(limits.url_length.value) if limits.url_length else 23

        def length(candidate: str) -> int:
            return text_length(published_text(candidate, tags, link), limits.counting, url)

        if length(text) > maximum_length:
            text = shortened(text, lambda candidate: length(candidate) <= maximum_length)
            changes.append(SHORTENED)
    return Adapted(text, tags, first_comment, changes)


def shortened(text: str, fits: Callable[[str], bool]) -> str:
    """``text`` cut at a word with "…" until it ``fits``; the links of the words cut
    off are kept, after the "…", in their order (drop words, never the links)."""
    words = text.split(" ")
    links: list[str] = []

    def candidate() -> str:
        cut = " ".join(words).rstrip(" ,;:.") + "…"
        return " ".join([cut, *links])

    while len(words) > 1 and not fits(candidate()):
        word = words.pop()
        if link_spans(word):
            links.insert(0, word.strip())
    return candidate()
