"""Which posts a calendar search finds: words of the text, the title, the hashtags,
the first comment or the campaign's name, accents and case ignored.

"galette #epiphanie" finds the posts that have the word "galette" somewhere and
the hashtag #épiphanie. No Qt, no SQL.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping

from smplanner.domain.post_limits import hashtags_in
from smplanner.domain.post_refs import PostRef


def folded(text: str) -> str:
    """``text`` lower-cased without accents ("Épiphanie" -> "epiphanie")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def post_matcher(
    query: str, campaign_names: Mapping[int, str] | None = None
) -> Callable[[PostRef], bool] | None:
    """A test for posts matching every term of ``query``; None for an empty query.

    A term starting with '#' must be one of the post's hashtags (its start); other
    terms may be anywhere in the title, text, hashtags, first comment or campaign.
    """
    terms = [folded(term) for term in query.split() if term.strip("#")]
    if not terms:
        return None
    names = {key: folded(name) for key, name in (campaign_names or {}).items()}

    def matches(post: PostRef) -> bool:
        haystack = folded(" ".join((post.title, post.text, post.hashtags, post.first_comment)))
        if post.campaign_id is not None:
            haystack += " " + names.get(post.campaign_id, "")
        tags: list[str] | None = None
        for term in terms:
            if term.startswith("#"):
                if tags is None:
                    tags = [folded(t) for t in hashtags_in(f"{post.text} {post.hashtags}")]
                if not any(tag.startswith(term[1:]) for tag in tags):
                    return False
            elif term not in haystack:
                return False
        return True

    return matches
