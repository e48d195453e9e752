"""What each network accepts in one post, and a post measured against it.

The figures and their sources live in resources/data/network_limits.json; the text is
counted the way each network counts it by text_counting (X: twitter-text v3 weights,
every link 23; TikTok: UTF-16 units; the others: characters after NFC normalisation,
its names re-exported here); this module counts media and says which limits a post is
over. No Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import RuleWarning
from smplanner.domain.text_counting import hashtags_in as hashtags_in
from smplanner.domain.text_counting import link_spans as link_spans
from smplanner.domain.text_counting import published_text as published_text
from smplanner.domain.text_counting import text_length as text_length
from smplanner.domain.text_counting import x_weighted_length as x_weighted_length
from smplanner.resource_files import load_json

POST_LIMIT = "post_limit"  # the RuleWarning kind of a post over one of its network's limits

# What a LimitCheck measures.
TEXT = "text"
HASHTAGS = "hashtags"
MEDIA = "media"
VIDEOS = "videos"
TITLE = "title"
MEDIA_KIND = "media_kind"
MEDIA_REQUIRED = "media_required"
VIDEO_SECONDS = "video_seconds"
MEDIA_BYTES = "media_bytes"  # the largest file over its kind's size limit
IMAGE_WIDTH = "image_width"  # the narrowest image under the network's minimum (a minimum)

_EXTENSIONS = {
    "image": {"jpg", "jpeg", "png", "webp", "heic", "heif", "bmp", "tif", "tiff"},
    "gif": {"gif"},
    "video": {"mp4", "mov", "m4v", "avi", "webm", "mkv", "mpeg", "mpg", "3gp"},
    "document": {"pdf", "ppt", "pptx", "doc", "docx"},
}


@dataclass(frozen=True)
class Limit:
    """One published figure and the page it comes from."""

    value: Any
    source: str
    note: str = ""


@dataclass(frozen=True)
class NetworkLimits:
    """What one network accepts in one post (None where it sets no limit)."""

    network: str
    counting: str = "code_points"
    text_max: Limit | None = None
    url_length: Limit | None = None
    hashtags_max: Limit | None = None
    media_max: Limit | None = None
    videos_max: Limit | None = None
    media_kinds: Limit | None = None
    media_required: Limit | None = None
    video_max_seconds: Limit | None = None
    title_max: Limit | None = None
    # What the preview needs: where the feed cuts the text, the media frames.
    shown_before_more: Limit | None = None
    lines_before_more: Limit | None = None
    media_aspects: Limit | None = None  # {kind: [width, height]}
    image_max_bytes: Limit | None = None
    gif_max_bytes: Limit | None = None
    video_max_bytes: Limit | None = None
    image_min_width: Limit | None = None


@dataclass(frozen=True)
class MediaFacts:
    """What the checks need to know of one attached file."""

    name: str
    kind: str | None = None  # image, gif, video, document; None when unknown
    seconds: float | None = None  # a video's length, when known
    size: int | None = None  # bytes, when known
    width: int | None = None  # pixels, when known

    @classmethod
    def of(cls, name: str) -> MediaFacts:
        return cls(name, media_kind(name))


@dataclass(frozen=True)
class LimitCheck:
    """One figure of a post measured against one limit of its network."""

    what: str
    value: float
    limit: float
    source: str
    detail: str = ""  # MEDIA_KIND: the kinds refused, comma-separated

    @property
    def over(self) -> bool:
        """True when the post breaks this limit (MEDIA_REQUIRED is a minimum)."""
        if self.what in (MEDIA_REQUIRED, IMAGE_WIDTH):
            return self.value < self.limit
        return self.value > self.limit


@cache
def _data() -> dict[str, Any]:
    return dict(load_json("data", "network_limits.json")["networks"])


def _limit(entry: dict[str, Any] | None) -> Limit | None:
    if entry is None:
        return None
    return Limit(entry["value"], entry["source"], entry.get("note", ""))


@cache
def limits_for(network_id: str) -> NetworkLimits:
    """The limits of this network (none at all for a network the data file omits)."""
    entry = _data().get(network_id)
    if entry is None:
        return NetworkLimits(network_id)
    fields = {
        name: _limit(entry.get(name))
        for name in NetworkLimits.__dataclass_fields__
        if name not in ("network", "counting")
    }
    return NetworkLimits(network_id, entry.get("counting", "code_points"), **fields)


def media_kind(name: str) -> str | None:
    """image, gif, video or document from a file name or address; None if unknown."""
    base = name.split("?", 1)[0].rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    suffix = base.rsplit(".", 1)[-1].lower() if "." in base else ""
    for kind, extensions in _EXTENSIONS.items():
        if suffix in extensions:
            return kind
    return None


def measure(
    network: str,
    text: str,
    *,
    hashtags: str = "",
    link: str = "",
    title: str = "",
    media: Sequence[MediaFacts] = (),
) -> list[LimitCheck]:
    """Every counter of a post for its network (over or not), in the composer's order."""
    limits = limits_for(network)
    message = published_text(text, hashtags, link)
    checks: list[LimitCheck] = []

    def add(what: str, value: Callable[[], float], limit: Limit | None) -> None:
        if limit is not None and limit.value is not None:  # measured only when limited
            checks.append(LimitCheck(what, value(), limit.value, limit.source))

    url_length = int(limits.url_length.value) if limits.url_length else 23
    add(TEXT, lambda: text_length(message, limits.counting, url_length), limits.text_max)
    add(HASHTAGS, lambda: len(hashtags_in(message)), limits.hashtags_max)
    add(TITLE, lambda: text_length(title, limits.counting, url_length), limits.title_max)
    add(MEDIA, lambda: len(media), limits.media_max)
    add(VIDEOS, lambda: sum(1 for m in media if m.kind == "video"), limits.videos_max)
    if limits.media_kinds is not None:
        allowed = set(limits.media_kinds.value)
        refused = sorted({m.kind for m in media if m.kind is not None and m.kind not in allowed})
        checks.append(
            LimitCheck(MEDIA_KIND, len(refused), 0, limits.media_kinds.source, ", ".join(refused))
        )
    if limits.media_required is not None and limits.media_required.value:
        checks.append(LimitCheck(MEDIA_REQUIRED, len(media), 1, limits.media_required.source))
    seconds = [m.seconds for m in media if m.kind == "video" and m.seconds is not None]
    if seconds:
        add(VIDEO_SECONDS, lambda: max(seconds), limits.video_max_seconds)
    checks += _file_checks(media, limits)
    return checks


def _file_checks(media: Sequence[MediaFacts], limits: NetworkLimits) -> list[LimitCheck]:
    """Files too heavy for their kind, images too narrow (known sizes only)."""
    checks = []
    caps = {"image": limits.image_max_bytes, "gif": limits.gif_max_bytes}
    caps["video"] = limits.video_max_bytes
    heavy = [
        (m.size / cap.value, m.size, cap)
        for m in media
        if m.size is not None and (cap := caps.get(m.kind or "")) is not None
    ]
    if heavy:
        _, size, cap = max(heavy, key=lambda item: item[0])
        checks.append(LimitCheck(MEDIA_BYTES, size, cap.value, cap.source))
    widths = [m.width for m in media if m.kind == "image" and m.width]
    if widths and limits.image_min_width is not None:
        minimum = limits.image_min_width
        checks.append(LimitCheck(IMAGE_WIDTH, min(widths), minimum.value, minimum.source))
    return checks


def problems(
    network: str,
    text: str,
    *,
    hashtags: str = "",
    link: str = "",
    title: str = "",
    media: Sequence[MediaFacts] = (),
) -> list[LimitCheck]:
    """The limits this post is over (empty when the network takes it as it is)."""
    checks = measure(network, text, hashtags=hashtags, link=link, title=title, media=media)
    return [check for check in checks if check.over]


def post_problems(
    post: PostRef, media_facts: Mapping[str, MediaFacts] | None = None
) -> list[LimitCheck]:
    """The limits a stored post is over; its media by what the plan knows of them
    (``media_facts``: kind, length, size by reference), else by their file names.

    Cached on what is measured: the warnings of a day are computed again after every
    change of that day, and most of its posts did not change."""
    known = media_facts or {}
    facts = tuple(known.get(name) or MediaFacts.of(name) for name in post.media)
    return list(
        _post_problems(post.network, post.text, post.hashtags, post.link, post.title, facts)
    )


@lru_cache(maxsize=65536)
def _post_problems(
    network: str, text: str, hashtags: str, link: str, title: str, media: tuple[MediaFacts, ...]
) -> tuple[LimitCheck, ...]:
    return tuple(
        problems(
            network,
            text,
            hashtags=hashtags,
            link=link,
            title=title,  # measured only where the network publishes a title
            media=media,
        )
    )


def limit_warnings(
    posts: Iterable[PostRef], media_facts: Mapping[str, MediaFacts] | None = None
) -> list[RuleWarning]:
    """One warning per limit a post is over, for the cards, the panel and `check`."""
    warnings = []
    for post in posts:
        for check in post_problems(post, media_facts):
            warnings.append(
                RuleWarning(
                    POST_LIMIT,
                    (post.id,),
                    post.network,
                    {
                        "what": check.what,
                        "value": check.value,
                        "limit": check.limit,
                        "detail": check.detail,
                        "source": check.source,
                    },
                )
            )
    return warnings
